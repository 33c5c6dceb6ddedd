import { DAY } from './time.js';
import type { TimelineEvent } from './types.js';

/** Where a developing story opens: on its latest event, or on the event nearest today. */
export type OpenAt = 'latest' | 'today';

/** The event to open on; undefined when there are none. `events` are in time order. */
export function openingEvent(events: readonly TimelineEvent[], at: OpenAt, now: number): TimelineEvent | undefined {
  if (at === 'latest') return events[events.length - 1];
  let nearest: TimelineEvent | undefined;
  let distance = Number.POSITIVE_INFINITY;
  for (const event of events) {
    // Zero while the event runs (it covers today); on a tie the later event wins.
    const d = now < event.start.time ? event.start.time - now : now >= event.until ? now - event.until + 1 : 0;
    if (d <= distance) {
      nearest = event;
      distance = d;
    }
  }
  return nearest;
}

/**
 * The window a developing story opens on: a sixth of the whole span (at least two months), the
 * event three quarters of the way along, so the run-up to it is in view.
 */
export function openingWindow(event: TimelineEvent, full: readonly [number, number]): [number, number] {
  const span = Math.max((full[1] - full[0]) / 6, 60 * DAY);
  const time = event.start.time;
  return [time - 0.75 * span, time + 0.25 * span];
}

/** The span a story may be zoomed out to, stretched to take in today when the Today line is drawn. */
export function spanWithToday(extent: readonly [number, number] | null, now: number | null): [number, number] | null {
  if (now === null) return extent ? [extent[0], extent[1]] : null;
  if (!extent) return [now - 30 * DAY, now + DAY];
  return [Math.min(extent[0], now), Math.max(extent[1], now + DAY)];
}
