import { coversSpan } from './edtf.js';
import type { TimelineEvent } from './types.js';

/**
 * What the indexes read of each event, by position in time order, taken in one walk over the
 * events: then nothing else goes back to the event objects, which a large file's events lie all
 * over memory in (in the file's order, not in time order), each visit a trip to memory.
 */
export interface EventColumns {
  readonly starts: Float64Array;
  readonly untils: Float64Array;
  readonly importance: Uint8Array;
  /** 1 for an event drawn as a range: one with an end, one still going on, or a decade, season… (see `coversSpan`). */
  readonly isRange: Uint8Array;
  /** Each event's lane, by number: its category is `laneNames[laneOf[i]]`. */
  readonly laneOf: Int32Array;
  readonly laneNames: readonly string[];
  /** How many events each lane has. */
  readonly laneSizes: readonly number[];
}

/** The columns of events in time order (see EventColumns). */
export function eventColumns(events: readonly TimelineEvent[]): EventColumns {
  const n = events.length;
  const starts = new Float64Array(n);
  const untils = new Float64Array(n);
  const importance = new Uint8Array(n);
  const isRange = new Uint8Array(n);
  const laneOf = new Int32Array(n);
  const lanes = new Map<string, number>();
  const laneNames: string[] = [];
  const laneSizes: number[] = [];
  for (let i = 0; i < n; i++) {
    const event = events[i];
    starts[i] = event.start.time;
    untils[i] = event.until;
    importance[i] = event.importance;
    if (event.end !== undefined || event.ongoing || coversSpan(event.start)) isRange[i] = 1;
    const category = event.category;
    let lane = lanes.get(category);
    if (lane === undefined) {
      lanes.set(category, (lane = laneNames.push(category) - 1));
      laneSizes.push(0);
    }
    laneOf[i] = lane;
    laneSizes[lane]++;
  }
  return { starts, untils, importance, isRange, laneOf, laneNames, laneSizes };
}

/**
 * One category's events in time order, as flat arrays: what a frame's layout scans. Built once
 * per data, so that a frame reads numbers from typed arrays and allocates nothing per event.
 */
export class LaneEvents {
  readonly events: readonly TimelineEvent[];
  /** Start and end (exclusive) instants, and importance, by position in `events`. */
  readonly starts: Float64Array;
  readonly untils: Float64Array;
  readonly importance: Uint8Array;
  /** Each event's place in the whole timeline's time order (marks of all lanes are drawn in it). */
  readonly order: Int32Array;
  /** The latest end among the events up to each position: never decreases, so it can be searched. */
  readonly reach: Float64Array;
  /**
   * Positions of the ranges (events with an end), most important first, then longest, then
   * earliest: the order in which they claim room as bars.
   */
  readonly ranges: Int32Array;
  /** The start and end of each of `ranges`, in its order (read in turn, not all over memory). */
  readonly rangeStarts: Float64Array;
  readonly rangeUntils: Float64Array;
  /** Where each importance (3, 2, 1) begins in `ranges`, and the end of `ranges`. */
  readonly rangeGroups: number[] = [];
  /** 1 for an event with an end (a range), by position. */
  readonly isRange: Uint8Array;
  /** From each position, the first position (at or after it) of importance 3, and of 2 or more; or the size. */
  readonly next3: Int32Array;
  readonly next2: Int32Array;
  /** The time from the previous event's start to each event's start (Infinity for the first). */
  readonly gaps: Float64Array;
  /** The largest of `gaps` in each block of GAP_BLOCK positions. */
  private readonly gapBlocks: Float64Array;

  /**
   * `order`: each event's place in the whole timeline's time order (taken, not copied), and
   * `columns` the whole timeline's columns: what is read of each event comes from them.
   */
  constructor(events: readonly TimelineEvent[], order: Int32Array, columns: EventColumns) {
    const n = events.length;
    this.events = events;
    this.order = order;
    // Filled through locals: this runs once per data, mostly before the engine has optimised it,
    // where each `this.x[i]` would be a property load more.
    const starts = (this.starts = new Float64Array(n));
    const untils = (this.untils = new Float64Array(n));
    const importance = (this.importance = new Uint8Array(n));
    const reaches = (this.reach = new Float64Array(n));
    const isRange = (this.isRange = new Uint8Array(n));
    // The whole timeline's columns, read at each event's place in it.
    const { starts: startAt, untils: untilAt, importance: importanceAt, isRange: rangeAt } = columns;
    const ranges: number[] = [];
    let reach = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      const at = order[i];
      const until = untilAt[at];
      starts[i] = startAt[at];
      untils[i] = until;
      importance[i] = importanceAt[at];
      if (until > reach) reach = until;
      reaches[i] = reach;
      if (rangeAt[at] === 1) {
        ranges.push(i);
        isRange[i] = 1;
      }
    }
    const next3 = (this.next3 = new Int32Array(n));
    const next2 = (this.next2 = new Int32Array(n));
    for (let i = n - 1, three = n, two = n; i >= 0; i--) {
      if (importance[i] === 3) three = i;
      if (importance[i] >= 2) two = i;
      next3[i] = three;
      next2[i] = two;
    }
    const gaps = (this.gaps = new Float64Array(n));
    const blocks = (this.gapBlocks = new Float64Array(Math.ceil(n / GAP_BLOCK)).fill(-Infinity));
    for (let i = 0; i < n; i++) {
      const gap = i === 0 ? Infinity : starts[i] - starts[i - 1];
      gaps[i] = gap;
      const block = (i / GAP_BLOCK) | 0;
      if (gap > blocks[block]) blocks[block] = gap;
    }
    ranges.sort(this.claimOrder);
    this.ranges = Int32Array.from(ranges);
    this.rangeStarts = new Float64Array(ranges.length);
    this.rangeUntils = new Float64Array(ranges.length);
    for (let r = 0; r < ranges.length; r++) {
      this.rangeStarts[r] = starts[ranges[r]];
      this.rangeUntils[r] = untils[ranges[r]];
    }
    for (let g = 0, i = 0; g < 3; g++) {
      this.rangeGroups.push(i);
      while (i < ranges.length && importance[ranges[i]] === 3 - g) i++;
    }
    this.rangeGroups.push(ranges.length);
  }

  /** The order in which ranges claim room as bars: more important, then longer, then earlier. */
  readonly claimOrder = (a: number, b: number): number =>
    this.importance[b] - this.importance[a] || this.untils[b] - this.starts[b] - (this.untils[a] - this.starts[a]) || a - b;

  get size(): number {
    return this.events.length;
  }

  /** The first position in [from, to) whose gap (see `gaps`) is at least `gap`, or `to`. Skips whole blocks. */
  firstGapAtLeast(from: number, to: number, gap: number): number {
    let i = from;
    while (i < to) {
      if (i % GAP_BLOCK === 0 && i + GAP_BLOCK <= to && this.gapBlocks[i / GAP_BLOCK] < gap) {
        i += GAP_BLOCK;
        continue;
      }
      if (this.gaps[i] >= gap) return i;
      i++;
    }
    return to;
  }

  /**
   * Positions [lo, hi) to scan for the events touching [from, to): every such event is in it;
   * those in it that ended by `from` are to be skipped (`untils[i] <= from`). O(log n).
   */
  span(from: number, to: number): [number, number] {
    return [firstAbove(this.reach, from), firstAtLeast(this.starts, to)];
  }
}

/** Positions per block of the largest-gap summary: a search reads a block's maximum, not its gaps. */
const GAP_BLOCK = 32;

/**
 * Every category's events apart, for the track's lanes. Built once per data change.
 * `events` must be in time order (the validator returns them so).
 */
export class LaneIndex {
  private readonly lanes = new Map<string, LaneEvents>();

  /** `columns`: those of `events`, when the caller has them already. */
  constructor(events: readonly TimelineEvent[], columns: EventColumns = eventColumns(events)) {
    // Each lane's events and places laid out at once, from the lanes counted: no list grows.
    const { laneOf, laneSizes } = columns;
    const members = laneSizes.map((count) => new Array<TimelineEvent>(count));
    const orders = laneSizes.map((count) => new Int32Array(count));
    const filled = laneSizes.map(() => 0);
    for (let i = 0; i < events.length; i++) {
      const lane = laneOf[i];
      const at = filled[lane]++;
      members[lane][at] = events[i];
      orders[lane][at] = i;
    }
    columns.laneNames.forEach((name, lane) => this.lanes.set(name, new LaneEvents(members[lane], orders[lane], columns)));
  }

  lane(category: string): LaneEvents | undefined {
    return this.lanes.get(category);
  }
}

/** First position whose value is >= target (values ascending). */
export function firstAtLeast(values: Float64Array, target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First position whose value is > target (values ascending). */
function firstAbove(values: Float64Array, target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] <= target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
