import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { TimelineEvent } from '../../../core/types.js';
import type { ViewContext } from './context.js';
import { renderEventBody } from './event-body.js';

/**
 * Shown events as a semantic list: the list view, print, and what screen readers browse. Only
 * the first `limit` are rendered; the last item then offers the rest (`more`).
 */
export function renderList(ctx: ViewContext, label: string, events: readonly TimelineEvent[], limit: number, more?: () => void, unseen?: ReadonlySet<string>): TemplateResult {
  const rest = events.length - limit;
  return html`<ol class="list" part="list" aria-label=${label}>
    ${repeat(
      events.slice(0, limit),
      (event) => event.id,
      (event) => html`<li data-list-id=${event.id}>${renderEventBody(ctx, event, { level: 3, isNew: unseen?.has(event.id) })}</li>`,
    )}
    ${rest > 0
      ? html`<li class="more">
          ${more
            ? html`<button type="button" @click=${more}>${ctx.m.showMore(ctx.number(rest), rest)}</button>`
            : html`<p>${ctx.m.notPrinted(ctx.number(rest), rest)}</p>`}
        </li>`
      : nothing}
  </ol>`;
}
