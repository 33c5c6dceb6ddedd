import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineEvent } from '../../../core/types.js';
import { htmlDatetime } from '../../../core/dates.js';
import type { ViewContext } from './context.js';
import { renderEventBody } from './event-body.js';

export interface StoryState {
  /** The timeline's title and description, for the title card ('' when the data has none). */
  title: string;
  description: string;
  /** The shown events, in time order. */
  events: readonly TimelineEvent[];
  /** -1 for the title card, else the current event's place in `events`. */
  place: number;
  /** The first place: -1 when the story opens on the title card. */
  start: number;
  /** The page's own heading says the title already: the title card does not show it again. */
  titleOnPage?: boolean;
  /** Whether touch screens are told that swiping works (until the reader first moves). */
  hint?: boolean;
  /** What sits under the buttons: the share control and its confirmation. */
  extra?: TemplateResult;
  /** Events an update added that the reader has not opened yet: marked New. */
  unseen?: ReadonlySet<string>;
}

export interface StoryActions {
  previous(): void;
  next(): void;
  keydown(event: KeyboardEvent): void;
  pointerdown(event: PointerEvent): void;
  pointerup(event: PointerEvent): void;
  pointercancel(): void;
}

/**
 * One event at a time, large: the title card first when the data has a title, then each event
 * told by the same body as the card and the list, with Previous and Next and the place ("5 of 27").
 */
export function renderStory(ctx: ViewContext, state: StoryState, act: StoryActions): TemplateResult {
  const { m } = ctx;
  const { events, place } = state;
  const event = place >= 0 ? events[place] : undefined;
  const count = ctx.number(events.length);
  const atStart = place <= state.start;
  const atEnd = place >= events.length - 1;
  return html`<section class="story" part="story" tabindex="-1" aria-label=${m.storyLabel(state.title || m.timelineLabel)}
      @keydown=${act.keydown} @pointerdown=${act.pointerdown} @pointerup=${act.pointerup} @pointercancel=${act.pointercancel}>
    ${event
      ? html`<article class="story-event ${event.media ? 'with-media' : ''}" data-story-id=${event.id}>
          ${renderEventBody(ctx, event, { level: 2, titleId: 'story-title', isNew: state.unseen?.has(event.id) })}
        </article>`
      : renderTitleCard(ctx, state)}
    <div class="story-progress">
      <p>${event ? m.position(ctx.number(place + 1), count) : m.eventCount(count, events.length)}</p>
      <svg class="story-meter" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true">
        <rect class="track-line" width="100" height="4" rx="2"></rect>
        <rect class="done" width=${events.length ? ((place + 1) / events.length) * 100 : 0} height="4" rx="2"></rect>
      </svg>
    </div>
    <div class="story-nav">
      <button type="button" class="story-previous" aria-disabled=${String(atStart)} @click=${act.previous}>
        <span aria-hidden="true">‹</span> ${m.previous}
      </button>
      <button type="button" class="story-next" aria-disabled=${String(atEnd)} @click=${act.next}>
        ${event ? m.next : m.storyStart} <span aria-hidden="true">›</span>
      </button>
    </div>
    ${state.hint ? html`<p class="swipe-hint">${m.swipeHint}</p>` : nothing}
    ${state.extra ?? nothing}
  </section>`;
}

function renderTitleCard(ctx: ViewContext, { title, description, events, titleOnPage }: StoryState): TemplateResult {
  const first = events[0];
  const last = events[events.length - 1];
  const span = first ? ctx.span(first, last) : '';
  return html`<div class="story-cover">
    <h2 id="story-title" class="title ${titleOnPage ? 'sr-only' : ''}" dir="auto">${title}</h2>
    ${span ? html`<p class="meta"><time datetime=${htmlDatetime(first.start) ?? nothing}>${span}</time></p>` : nothing}
    ${description ? html`<p class="summary" dir="auto">${description}</p>` : nothing}
  </div>`;
}
