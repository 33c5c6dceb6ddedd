import { layoutEraRows } from './layout.js';
import { openingEvent, spanWithToday, type OpenAt } from './opening.js';
import { buildTrackScene, eraRowCount, paddedSpan, trackHeight, type SceneInput, type TrackScene } from './scene.js';
import { DAY } from './time.js';
import { TimelineIndex, type ShownEvents } from './timeline-index.js';
import type { Timeline, TimelineEvent } from './types.js';

/**
 * A loaded timeline with what the reader chose about it: indexed once per data, with the
 * categories hidden from the legend. Pure: the element holds one and renders from it.
 */
export class TimelineModel {
  readonly index: TimelineIndex;
  /** Each era's row in the strip above the lanes. */
  readonly eraRows: number[];
  /** Categories hidden from the legend; replaced, never changed in place (caches key on it). */
  hidden: ReadonlySet<string> = new Set<string>();

  constructor(readonly timeline: Timeline | null = null) {
    this.index = new TimelineIndex(timeline?.events ?? []);
    this.eraRows = layoutEraRows((timeline?.eras ?? []).map((e) => ({ start: e.start.time, until: e.until })));
  }

  /** Events of the categories shown, in time order, with each one's place. */
  get shown(): ShownEvents {
    return this.index.shown(this.hidden);
  }

  /** The track's height for the lanes shown. */
  get trackHeight(): number {
    const lanes = (this.timeline?.categories ?? []).filter((c) => !this.hidden.has(c.id)).length;
    return trackHeight(eraRowCount(this.eraRows), lanes);
  }

  /** The span one may zoom out to: every event with a margin (and today, when it is drawn). */
  fullSpan(withToday: boolean, now = Date.now()): [number, number] {
    // Today by the day, so that the span (and the view kept in it) stays put between renders.
    return paddedSpan(spanWithToday(this.index.extent(), withToday ? Math.floor(now / DAY) * DAY : null));
  }

  /** The track's scene for a window, width and language (see `buildTrackScene`). */
  scene(input: Omit<SceneInput, 'index' | 'categories' | 'eras' | 'eraRows' | 'hidden'>): TrackScene {
    const { timeline } = this;
    return buildTrackScene({ index: this.index, categories: timeline?.categories ?? [], eras: timeline?.eras ?? [], eraRows: this.eraRows, hidden: this.hidden, ...input });
  }

  /** Shows or hides a category's lane. */
  toggle(category: string): void {
    const hidden = new Set(this.hidden);
    if (!hidden.delete(category)) hidden.add(category);
    this.hidden = hidden;
  }

  /** Shows an event's category again (opening an event shows its lane). */
  reveal(event: TimelineEvent): void {
    if (this.hidden.has(event.category)) this.toggle(event.category);
  }

  /** The event `direction` steps away from `selected` among those shown (the first or last when none). */
  step(selected: string | null | undefined, direction: 1 | -1): TimelineEvent | undefined {
    const { events, placeOf } = this.shown;
    const current = selected ? placeOf(selected) : -1;
    return events[current < 0 ? (direction > 0 ? 0 : events.length - 1) : current + direction];
  }

  /** The event a developing story (`open-at`) opens on. */
  opening(at: OpenAt | undefined, now = Date.now()): TimelineEvent | undefined {
    return at === 'latest' || at === 'today' ? openingEvent(this.shown.events, at, now) : undefined;
  }
}
