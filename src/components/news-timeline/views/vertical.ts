import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { formatEventDate, htmlDatetime, resolveDigits } from '../../../core/dates.js';
import { isVague } from '../../../core/edtf.js';
import type { TimelineEvent } from '../../../core/types.js';
import type { VerticalBreak, VerticalLayout, VerticalMarker } from '../../../core/vertical.js';
import type { ViewContext } from './context.js';
import { cssProps } from './css-props.js';
import { renderEventDetails } from './event-body.js';

/** A compact entry's height (px): the date, and the title on at most two lines. The styles hold it too. */
export const ENTRY_HEIGHT = 76;
/** From this width (px) entries alternate sides of the line, as news sites lay out long reads. */
export const ALTERNATE_FROM_PX = 720;

export interface VerticalState {
  /** The shown events, oldest first. */
  events: readonly TimelineEvent[];
  layout: VerticalLayout;
  /** The breaks and markers near the screen. */
  breaks: readonly VerticalBreak[];
  markers: readonly VerticalMarker[];
  eras: ReadonlyArray<{ top: number; height: number; label: string }>;
  /** The places in drawn order to render: those near the screen, and the open and focused ones. */
  drawn: readonly number[];
  open: string | null;
  /** The event holding the view's one tab stop. */
  focused: string | null;
  matches: ReadonlySet<string> | null;
  alternate: boolean;
  newestFirst: boolean;
  title: string;
  /** What sits under an open event: the share control. */
  extra?: TemplateResult;
  /** Events an update added that the reader has not opened yet: marked New. */
  unseen?: ReadonlySet<string>;
}

export interface VerticalActions {
  toggle(id: string): void;
  keydown(event: KeyboardEvent): void;
  focusin(event: FocusEvent): void;
}

/**
 * Time down the page: one line, the events beside it as compact entries (date, title, category
 * colour) that open in place, year or month markers that stay in view through their stretch, and
 * breaks where a quiet stretch was compressed. The page scrolls; only entries near the screen are
 * in the DOM, each at its place, so the element keeps its whole height.
 */
export function renderVertical(ctx: ViewContext, state: VerticalState, act: VerticalActions): TemplateResult {
  const { events, layout } = state;
  const classes = `vertical${state.alternate ? ' alternate' : ''}`;
  return html`<section class=${classes} part="vertical" aria-label=${ctx.m.trackLabel(state.title || ctx.m.timelineLabel)} ${cssProps({ height: `${layout.height}px` })}>
    <div class="v-line" aria-hidden="true"></div>
    <div aria-hidden="true">
      ${state.eras.map((era) => html`<div class="v-era" ${cssProps({ top: `${era.top}px`, height: `${era.height}px` })}><span dir="auto">${era.label}</span></div>`)}
      ${state.markers.map(
        (marker) =>
          html`<div class="v-marker" ${cssProps({ top: `${marker.top}px`, height: `${marker.bottom - marker.top}px` })}><span>${markerText(ctx, marker)}</span></div>`,
      )}
      ${state.breaks.map((gap) => html`<p class="v-break" ${cssProps({ top: `${gap.top}px` })}><span>${breakText(ctx, gap, state.newestFirst)}</span></p>`)}
    </div>
    <ol class="v-events" @keydown=${act.keydown} @focusin=${act.focusin}>
      ${repeat(
        state.drawn,
        (k) => events[layout.order[k]].id,
        (k) => renderEntry(ctx, state, k, act),
      )}
    </ol>
  </section>`;
}

function renderEntry(ctx: ViewContext, state: VerticalState, k: number, act: VerticalActions): TemplateResult {
  const { events, layout } = state;
  const event = events[layout.order[k]];
  const open = event.id === state.open;
  const title = ctx.pick(event.title);
  const color = ctx.category(event.category)?.color ?? 'currentColor';
  const dim = state.matches !== null && !state.matches.has(event.id);
  return html`<li
    class="v-entry side-${layout.sides[k]}${open ? ' open' : ''}"
    data-event-id=${event.id}
    aria-posinset=${k + 1}
    aria-setsize=${events.length}
    ?data-dim=${dim}
    ${cssProps({ top: `${layout.tops[k]}px`, '--v-color': color })}
  >
    <span class="v-dot${isVague(event.start) || (event.end && isVague(event.end)) ? ' hollow' : ''}" aria-hidden="true"></span>
    <h3 class="v-title">
      <button type="button" tabindex=${event.id === state.focused ? 0 : -1} aria-expanded=${String(open)} @click=${() => act.toggle(event.id)}>
        <span dir="auto" lang=${title.lang ?? nothing}>${title.text}</span>
      </button>
    </h3>
    <p class="v-date">${state.unseen?.has(event.id) ? html`<span class="new-badge" part="new-badge">${ctx.m.newLabel}</span> ` : nothing}<time datetime=${htmlDatetime(event.start) ?? nothing}>${ctx.when(event)}</time></p>
    ${open ? html`<div class="v-body">${renderEventDetails(ctx, event, 3)}${state.extra ?? nothing}</div>` : nothing}
  </li>`;
}

/** "2024", or "June 2024" in a short story: the calendar's own words, in the reader's digits. */
function markerText(ctx: ViewContext, marker: VerticalMarker): string {
  const iso = new Date(marker.time).toISOString().slice(0, marker.unit === 'year' ? 4 : 7);
  return formatEventDate({ time: marker.time, precision: marker.unit, iso }, ctx.lang, { digits: ctx.digits });
}

const spanFormats = new Map<string, Intl.NumberFormat>();

/** "4 years later" (or "earlier", newest first), the span written by Intl in the reader's language and digits. */
function breakText(ctx: ViewContext, gap: VerticalBreak, newestFirst: boolean): string {
  const key = `${ctx.lang}|${ctx.digits}|${gap.span.unit}`;
  let format = spanFormats.get(key);
  if (!format) {
    const options: Intl.NumberFormatOptions = { style: 'unit', unit: gap.span.unit, unitDisplay: 'long' };
    const numbering = resolveDigits(ctx.lang, ctx.digits);
    if (numbering !== 'auto') options.numberingSystem = numbering;
    spanFormats.set(key, (format = new Intl.NumberFormat(ctx.lang, options)));
  }
  const span = format.format(gap.span.amount);
  return newestFirst ? ctx.m.earlier(span) : ctx.m.later(span);
}
