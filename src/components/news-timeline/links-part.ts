import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { HashLinksController, type HashLinksOptions } from '../../controllers/hash-links-controller.js';
import { ShareController } from '../../controllers/share-controller.js';
import { eventLink } from '../../core/links.js';
import type { TimelineEvent } from '../../core/types.js';
import type { ViewContext } from './views/context.js';
import { renderShare } from './views/share.js';

/**
 * Links to events (`hash-links`, `share-url`): the address that follows the selection and the
 * share control. Loaded from a chunk beside the main file by pages that turn either on.
 */
export interface LinksPart {
  links: HashLinksController;
  /** The share control for an event, leading to `shareUrl` or to this page. */
  share(ctx: ViewContext, event: TimelineEvent, shareUrl: string | undefined): TemplateResult;
}

export function linksPart(host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment }, options: HashLinksOptions): LinksPart {
  const links = new HashLinksController(host, options);
  const sharer = new ShareController(host);
  return {
    links,
    share: (ctx, event, shareUrl) =>
      renderShare(ctx, event.id, sharer.status, () => void sharer.share(event.id, ctx.text(event.title), eventLink(event.id, location.href, shareUrl))),
  };
}
