import { html, type TemplateResult } from 'lit';
import type { TimelineEvent } from '../../../core/types.js';
import type { ViewContext } from './context.js';
import { renderEventBody } from './event-body.js';

/** Every shown event as a semantic list: the list view, print, and what screen readers browse. */
export function renderList(ctx: ViewContext, label: string, events: readonly TimelineEvent[]): TemplateResult {
  return html`<ol class="list" part="list" aria-label=${label}>
    ${events.map((event) => html`<li data-list-id=${event.id}>${renderEventBody(ctx, event, { level: 3 })}</li>`)}
  </ol>`;
}
