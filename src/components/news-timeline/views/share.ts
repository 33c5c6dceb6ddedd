import { html, nothing, type TemplateResult } from 'lit';
import type { ShareStatus } from '../../../controllers/share-controller.js';
import type { ViewContext } from './context.js';

/** The share button for one event, with its confirmation (a polite status the reader also sees). */
export function renderShare(ctx: ViewContext, id: string, status: ShareStatus | null, share: () => void): TemplateResult {
  const { m } = ctx;
  const mine = status?.id === id ? status : null;
  return html`<div class="share">
    <button type="button" class="share-button" @click=${share}>${m.share}</button>
    <p class="share-status" role="status">
      ${mine
        ? mine.copied
          ? m.linkCopied
          : html`${m.copyThisLink} <input class="share-link" type="text" readonly dir="ltr" aria-label=${m.copyThisLink} .value=${mine.link}
                @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()} />`
        : nothing}
    </p>
  </div>`;
}
