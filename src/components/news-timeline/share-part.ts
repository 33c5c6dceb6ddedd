import { css, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ShareController } from '../../controllers/share-controller.js';
import { eventLink } from '../../core/links.js';
import type { TimelineEvent } from '../../core/types.js';
import { adoptStyles } from './views/adopt-styles.js';
import type { ViewContext } from './views/context.js';
import { renderShare } from './views/share.js';

/**
 * The share control under an event (`hash-links`, `share-url`), with its code and styles: loaded
 * from a chunk beside the main file by pages that turn links to events on.
 */
export type ShareControl = (ctx: ViewContext, event: TimelineEvent, shareUrl: string | undefined) => TemplateResult;

export function shareControl(host: ReactiveControllerHost, root: ShadowRoot): ShareControl {
  adoptStyles(root, shareStyles);
  const sharer = new ShareController(host);
  return (ctx, event, shareUrl) =>
    renderShare(ctx, event.id, sharer.status, () => void sharer.share(event.id, ctx.text(event.title), eventLink(event.id, location.href, shareUrl)));
}

const shareStyles = css`
  .share {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
    margin-block-start: 0.75rem;
  }
  .share-status {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .share-link {
    font: inherit;
    width: min(24rem, 100%);
    padding: 0.25rem 0.375rem;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: 4px;
  }
`;
