import type { TimelineEvent } from './types.js';

/**
 * Finds the events that touch a time window in O(log n + k), from events sorted by start.
 * A prefix maximum of end times makes the lower bound searchable even with long ranges.
 */
export class TimelineIndex {
  readonly events: readonly TimelineEvent[];
  private readonly starts: Float64Array;
  private readonly reach: Float64Array;
  private readonly positions = new Map<string, number>();

  /** `events` must already be sorted by start (the validator returns them so). */
  constructor(events: readonly TimelineEvent[]) {
    this.events = events;
    this.starts = new Float64Array(events.length);
    this.reach = new Float64Array(events.length);
    let max = Number.NEGATIVE_INFINITY;
    events.forEach((event, i) => {
      this.starts[i] = event.start.time;
      max = Math.max(max, event.until);
      this.reach[i] = max;
      this.positions.set(event.id, i);
    });
  }

  get size(): number {
    return this.events.length;
  }

  /** Position of an event in time order, or -1. */
  indexOf(id: string): number {
    return this.positions.get(id) ?? -1;
  }

  /** The events overlapping [from, to), in time order. */
  query(from: number, to: number): TimelineEvent[] {
    const hi = lowerBound(this.starts, to);
    const lo = lowerBound(this.reach, from, true);
    const out: TimelineEvent[] = [];
    for (let i = lo; i < hi; i++) {
      const event = this.events[i];
      if (event.until > from) out.push(event);
    }
    return out;
  }

  /** First and last instants covered by any event, or null when empty. */
  extent(): [number, number] | null {
    if (this.events.length === 0) return null;
    return [this.starts[0], this.reach[this.reach.length - 1]];
  }
}

/** First index whose value is >= target (or > target when `strict`). */
function lowerBound(values: Float64Array, target: number, strict = false): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (strict ? values[mid] <= target : values[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
