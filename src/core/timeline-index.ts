import type { TimelineEvent } from './types.js';
import { DAY } from './time.js';
import { eventColumns, firstAtLeast as lowerBound, LaneIndex, type EventColumns } from './lane-index.js';

/** The events a reader can reach with some categories hidden. */
export interface ShownEvents {
  /** In time order. */
  readonly events: readonly TimelineEvent[];
  /** An event's place in `events` (0-based), or -1 when it is hidden or unknown. O(1). */
  placeOf(id: string): number;
  /** The place of the event at a position in the whole timeline's time order, or -1 when hidden. O(1). */
  placeAt(index: number): number;
}

/**
 * Finds the events that touch a time window, from events sorted by start. Short events are
 * found by binary search (none lasts longer than `longest`, so none starting before
 * `from − longest` can reach the window); the few long ones are kept apart and checked each time.
 * A query costs O(log n + k + L) for k events in the window and L long events.
 */
export class TimelineIndex {
  readonly events: readonly TimelineEvent[];
  private readonly starts: Float64Array;
  /** Positions (in `events`) of the long events, in time order. */
  private readonly long: number[] = [];
  private readonly isLong: Uint8Array;
  /** The longest duration among the short events. */
  private longest = 0;
  /** Each id's position: built the first time an id is looked up (a million ids take a while). */
  private positionMap?: Map<string, number>;
  private reach = Number.NEGATIVE_INFINITY;
  private lastShown?: ShownEvents & { hidden: ReadonlySet<string> };
  private byLane?: LaneIndex;
  /** What the lanes are built from, kept until they are (the list view alone never builds the lanes). */
  private columns?: EventColumns;

  /** `events` must already be sorted by start (the validator returns them so). */
  constructor(events: readonly TimelineEvent[]) {
    this.events = events;
    // The one walk over the event objects; all else reads the columns it fills.
    const columns = (this.columns = eventColumns(events));
    const { starts, untils } = columns;
    this.starts = starts;
    this.isLong = new Uint8Array(events.length);
    const n = events.length;
    const span = n ? starts[n - 1] - starts[0] : 0;
    // "Long" means long for this story: over a month, and over half a percent of its span.
    const threshold = Math.max(31 * DAY, span / 200);
    // Through locals (it runs once per data, mostly before the engine optimises it).
    const { isLong, long } = this;
    let reach = this.reach;
    let longest = 0;
    for (let i = 0; i < n; i++) {
      const start = starts[i];
      const until = untils[i];
      if (until > reach) reach = until;
      if (until - start > threshold) {
        long.push(i);
        isLong[i] = 1;
      } else if (until - start > longest) {
        longest = until - start;
      }
    }
    this.reach = reach;
    this.longest = longest;
  }

  private get positions(): Map<string, number> {
    if (!this.positionMap) {
      const map = new Map<string, number>();
      this.events.forEach((event, i) => map.set(event.id, i));
      this.positionMap = map;
    }
    return this.positionMap;
  }

  /** Each category's events apart, for the track's lanes (built when first asked, then kept). */
  get lanes(): LaneIndex {
    return this.buildLanes();
  }

  /** Builds the lanes unless they are built (a large file's are, before its first draw: see the element's onRead). */
  buildLanes(): LaneIndex {
    if (!this.byLane) {
      this.byLane = new LaneIndex(this.events, this.columns);
      // The lanes have copied what they need: all but the starts (kept above) can go.
      this.columns = undefined;
    }
    return this.byLane;
  }

  get size(): number {
    return this.events.length;
  }

  /** Position of an event in time order, or -1. */
  indexOf(id: string): number {
    return this.positions.get(id) ?? -1;
  }

  /** The event with an id, or undefined. */
  get(id: string): TimelineEvent | undefined {
    const i = this.positions.get(id);
    return i === undefined ? undefined : this.events[i];
  }

  /** The events overlapping [from, to), in time order. */
  query(from: number, to: number): TimelineEvent[] {
    const hi = lowerBound(this.starts, to);
    const out: TimelineEvent[] = [];
    let next = 0;
    const takeLongBefore = (limit: number) => {
      for (; next < this.long.length && this.long[next] < limit; next++) {
        const event = this.events[this.long[next]];
        if (this.long[next] < hi && event.until > from) out.push(event);
      }
    };
    for (let i = lowerBound(this.starts, from - this.longest); i < hi; i++) {
      if (this.isLong[i]) continue;
      takeLongBefore(i);
      const event = this.events[i];
      if (event.until > from) out.push(event);
    }
    takeLongBefore(hi);
    return out;
  }

  /**
   * The events of the categories not hidden, in time order, with each one's place among them:
   * what Previous, Next, "3 of 27", the list and the keyboard count. Cached for the last set.
   */
  shown(hidden: ReadonlySet<string>): ShownEvents {
    if (this.lastShown?.hidden !== hidden) {
      if (hidden.size === 0) {
        this.lastShown = { hidden, events: this.events, placeOf: (id) => this.indexOf(id), placeAt: (index) => index };
      } else {
        // Places by position, in a typed array: no map of a million ids for a toggled category.
        const places = new Int32Array(this.events.length).fill(-1);
        const events: TimelineEvent[] = [];
        this.events.forEach((event, i) => {
          if (!hidden.has(event.category)) places[i] = events.push(event) - 1;
        });
        const placeAt = (index: number) => (index >= 0 && index < places.length ? places[index] : -1);
        this.lastShown = { hidden, events, placeOf: (id) => placeAt(this.indexOf(id)), placeAt };
      }
    }
    return this.lastShown;
  }

  /** First and last instants covered by any event, or null when empty. */
  extent(): [number, number] | null {
    if (this.events.length === 0) return null;
    return [this.starts[0], this.reach];
  }
}
