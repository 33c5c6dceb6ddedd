import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineEvent } from '../../../core/types.js';
import type { ViewContext } from './context.js';
import { renderEventBody } from './event-body.js';

export interface CardActions {
  close(): void;
  previous(): void;
  next(): void;
}

/** The selected event's card, with Close, Previous, Next and its place ("5 of 27"); `extra` (the share control) under the text. */
export function renderCard(ctx: ViewContext, event: TimelineEvent, place: number, total: number, act: CardActions, extra?: TemplateResult, isNew = false): TemplateResult {
  const { m } = ctx;
  // Disabled buttons would drop focus to the page: these say so with aria-disabled instead.
  return html`<section class="card" part="card" aria-labelledby="card-title" data-event-id-card=${event.id}>
    <button type="button" class="close" aria-label=${m.close} title=${m.close} @click=${act.close}>×</button>
    ${renderEventBody(ctx, event, { level: 2, titleId: 'card-title', isNew })}
    ${extra ?? nothing}
    <div class="card-nav">
      <button type="button" aria-disabled=${String(place <= 0)} @click=${act.previous}>${m.previous}</button>
      <span class="meta">${m.position(ctx.number(place + 1), ctx.number(total))}</span>
      <button type="button" aria-disabled=${String(place >= total - 1)} @click=${act.next}>${m.next}</button>
    </div>
  </section>`;
}
