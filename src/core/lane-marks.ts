import { firstAtLeast, type LaneEvents, type LaneIndex } from './lane-index.js';
import type { PlacedLabel } from './layout.js';
import { Occupancy } from './occupancy.js';
import type { TimeScale } from './time-scale.js';
import type { TimelineEvent } from './types.js';

/** One drawn thing in a lane: a single event (point or bar) or a cluster of crowded events. */
export interface LaneMark {
  lane: number;
  /** Logical extent of the mark itself. */
  from: number;
  to: number;
  /**
   * The events drawn by this mark, in time order: one for a point or bar, several for a cluster.
   * A cluster lists them when first asked (a frame with a million events in view need not).
   */
  readonly events: readonly TimelineEvent[];
  /** How many events it draws, and the first and last of them in time order. */
  readonly size: number;
  /** Whether it draws an event: found by its date in the lane, without listing a cluster's members. */
  includes(event: TimelineEvent): boolean;
  /** The first event's position in time order among all the events (of the LaneIndex, or the list given). */
  readonly order: number;
  readonly first: TimelineEvent;
  readonly last: TimelineEvent;
  /** The event whose title names the mark (the most important, earliest one). */
  lead: TimelineEvent;
  isRange: boolean;
  label?: PlacedLabel;
}

/** A linear time → pixel map as plain numbers, for loops that must not call a function per event. */
interface Linear {
  t0: number;
  r0: number;
  ratio: number;
}

const linear = (scale: TimeScale): Linear => {
  const [t0, t1] = scale.domain;
  const [r0, r1] = scale.range;
  // The same arithmetic as timeScale, so that both give the same pixels.
  return { t0, r0, ratio: (r1 - r0) / (t1 - t0 || 1) };
};

/**
 * The ranges of one lane drawn as bars in a window: those longer than `minWidth` pixels, as long
 * as no two bars overlap (or come within `gap` of each other), since bars on one line would hide
 * each other. The more important and then the longer win (ties: the earlier); a range that loses
 * is drawn as a point at its start, which may join a cluster. So a lane holds at most about
 * width / minWidth bars however many ranges the view holds. Returns positions in the lane.
 */
export function chooseBars(lane: LaneEvents, window: readonly [number, number], scale: TimeScale, minWidth: number, gap: number): number[] {
  const { t0, r0, ratio } = linear(scale);
  const line = new Occupancy();
  const bars: number[] = [];
  const claim = (i: number, start: number, until: number) => {
    const from = r0 + (start - t0) * ratio;
    const to = r0 + (until - t0) * ratio;
    if (!line.isFree(from - gap, to + gap)) return;
    line.add(from, to);
    bars.push(i);
  };
  const { starts, untils, ranges } = lane;
  const [lo, hi] = lane.span(window[0], window[1]);
  if (hi - lo < ranges.length / 8) {
    // Few events in view: take the ranges among them and put them in the claiming order.
    const found: number[] = [];
    for (let i = lo; i < hi; i++) if (lane.isRange[i] && untils[i] > window[0] && (untils[i] - starts[i]) * ratio > minWidth) found.push(i);
    for (const i of found.sort(lane.claimOrder)) claim(i, starts[i], untils[i]);
    return bars;
  }
  // Many: go through all the lane's ranges, already in that order.
  const { rangeStarts, rangeUntils, rangeGroups } = lane;
  for (let group = 0; group < 3; group++) {
    for (let r = rangeGroups[group]; r < rangeGroups[group + 1]; r++) {
      const start = rangeStarts[r];
      const until = rangeUntils[r];
      // Longest first within an importance: the rest of this one are too short as well.
      if ((until - start) * ratio <= minWidth) break;
      if (start < window[1] && until > window[0]) claim(ranges[r], start, until);
    }
  }
  return bars;
}

/** A mark for one event, or for a run of a lane's events merged into a cluster. */
class Mark implements LaneMark {
  lead: TimelineEvent;
  readonly first: TimelineEvent;
  readonly last: TimelineEvent;
  label?: PlacedLabel;
  private members?: readonly TimelineEvent[];

  constructor(
    readonly lane: number,
    public from: number,
    public to: number,
    readonly isRange: boolean,
    private readonly source: LaneEvents,
    /** Positions in the lane of the first and last event, and how many events it draws. */
    private readonly at: number,
    private readonly end = at,
    readonly size = 1,
    lead = at,
    /** Whether a position between the first and last is not one of this mark's events. */
    private readonly skip?: (i: number) => boolean,
  ) {
    this.first = source.events[at];
    this.last = source.events[end];
    this.lead = source.events[lead];
  }

  /** The first event's place in the whole timeline's time order. */
  get order(): number {
    return this.source.order[this.at];
  }

  includes(event: TimelineEvent): boolean {
    if (this.members) return this.members.includes(event);
    // The lane is in time order: the event is among the positions that start when it does.
    const { starts, events } = this.source;
    const time = event.start.time;
    for (let i = Math.max(this.at, firstAtLeast(starts, time)); i <= this.end && starts[i] === time; i++) {
      if (events[i] === event) return !this.skip?.(i);
    }
    return false;
  }

  get events(): readonly TimelineEvent[] {
    if (!this.members) {
      const members: TimelineEvent[] = [];
      for (let i = this.at; i <= this.end; i++) if (!this.skip?.(i)) members.push(this.source.events[i]);
      this.members = members;
    }
    return this.members;
  }
}

/**
 * The end of the run of a lane's events, from `i` (which joins the open cluster), that join it
 * one after another: up to the next bar (`stop`); at the view's edge all of them (none can start a
 * mark of its own there); else those that would not make it `full` (centres grow with starts, so
 * they come first) and that follow the one before closer than `minStep` (each touches the last).
 * O(log n) plus a scan of blocks of gaps; the events skipped are never looked at one by one.
 */
function joiningRun(
  lane: LaneEvents,
  i: number,
  stop: number,
  atEdge: boolean,
  full: (start: number) => boolean,
  minStep: number,
): number {
  if (atEdge) return stop;
  let lo = i + 1;
  let hi = stop;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (full(lane.starts[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lane.firstGapAtLeast(i + 1, lo, minStep);
}

export interface LaneMarksOptions {
  index: LaneIndex;
  /** The window in time: the events touching it are placed. */
  window: readonly [number, number];
  /** Lane of each category id; categories without one are skipped (hidden). */
  lanes: ReadonlyMap<string, number>;
  /** Maps a time to a logical position in pixels: 0 at the earliest edge. */
  position: TimeScale;
  width: number;
  radius: number;
  /** Space kept between marks. */
  gap: number;
  /** The widest a cluster may grow before the next crowded mark starts a new one. */
  maxCluster: number;
  /** Width of a cluster's count as drawn; never shrinks as the count grows (see LayoutOptions). */
  countWidth?: (count: number) => number;
}

/**
 * The marks of each lane in a window, in time order across lanes. Points (and ranges not drawn
 * as bars) that would touch merge into clusters, which stay small: dense data makes many counts,
 * not one long bar. Bars are drawn where their dates are and never merge; points may sit on top
 * of them. A frame walks each lane's window, but takes a run of events that would each join the
 * open cluster with one search (see joiningRun): about O(marks · log n).
 */
export function laneMarks(options: LaneMarksOptions): LaneMark[] {
  const { index, window, lanes, position, width, radius, gap, maxCluster } = options;
  // A cluster's badge must hold its count (two digits by default).
  const badge = (n: number) => Math.max(radius * 2 + 8, (options.countWidth?.(n) ?? 0) + 8);
  const { t0, r0, ratio } = linear(position);
  /** Where an event is drawn: its centre, kept inside the view (one that began before it sits at the edge). */
  const place = (start: number) => Math.min(Math.max(r0 + (start - t0) * ratio, radius), width - radius);
  // Events whose starts lie closer than a mark and a gap always join the cluster before them. In
  // time, with a hair to spare, so that rounding never lets the fast path take one the slow would not.
  const minStep = ((radius * 2 + gap) * (1 - 1e-9)) / Math.abs(ratio || 1);
  const made: Mark[] = [];
  for (const [category, lane] of lanes) {
    const source = index.lane(category);
    if (!source) continue;
    const [lo, hi] = source.span(window[0], window[1]);
    if (lo >= hi) continue;
    const { starts, untils, importance } = source;
    const bars = chooseBars(source, window, position, radius * 2, gap);
    const isBar = new Set(bars);
    const skip = (i: number) => untils[i] <= window[0] || isBar.has(i);
    for (const i of bars) made.push(new Mark(lane, r0 + (starts[i] - t0) * ratio, r0 + (untils[i] - t0) * ratio, true, source, i));
    // The bars in lane order, then a stop past the end (no read beyond the array).
    const sortedBars = [...bars].sort((a, b) => a - b);
    sortedBars.push(hi);
    let nextBar = 0;
    // From here on no event in view began before the window (none can have ended before it).
    const inside = Math.max(lo, firstAtLeast(starts, window[0]));
    const { next3, next2 } = source;
    // The cluster being filled, kept in plain local numbers (no closure holds them, so they stay
    // in registers): this loop visits each mark, and each event only where marks are decided.
    let at = -1;
    let end = -1;
    let size = 0;
    let lead = -1;
    let clusterFrom = 0;
    let clusterTo = 0;
    let i = lo;
    while (i < hi) {
      while (sortedBars[nextBar] < i) nextBar++;
      if (untils[i] <= window[0] || sortedBars[nextBar] === i) {
        i++;
        continue;
      }
      const centre = place(starts[i]);
      let from = centre - radius;
      let to = centre + radius;
      if (at >= 0 && from < clusterTo + gap) {
        // Full once its events (not its badge) span more than the limit.
        const full = to - clusterFrom > maxCluster;
        // A full cluster lets the next point start just after it (nudged by at most its width),
        // unless that would push it off the view's edge.
        const atEdge = clusterTo + gap + radius * 2 > width;
        if (!full || atEdge) {
          // The event joins, and so does the run after it that surely would, one by one: taken
          // at once, a crowded stretch costs a search, not a step per event (see joiningRun).
          const j = i < inside ? i + 1 : joiningRun(source, i, sortedBars[nextBar], atEdge, (start) => place(start) + radius - clusterFrom > maxCluster, minStep);
          size += j - i;
          end = j - 1;
          if (importance[lead] < 3 && next3[i] < j) lead = next3[i];
          else if (importance[lead] < 2 && next2[i] < j) lead = next2[i];
          const last = j === i + 1 ? to : place(starts[end]) + radius;
          clusterTo = Math.min(Math.max(clusterTo, last, clusterFrom + badge(size)), width);
          i = j;
          continue;
        }
        from = clusterTo + gap;
        to = from + radius * 2;
      }
      if (at >= 0) made.push(new Mark(lane, clusterFrom, clusterTo, false, source, at, end, size, lead, skip));
      at = end = lead = i;
      size = 1;
      clusterFrom = from;
      clusterTo = to;
      i++;
    }
    if (at >= 0) made.push(new Mark(lane, clusterFrom, clusterTo, false, source, at, end, size, lead, skip));
  }
  // In time order of each mark's first event, across lanes.
  return made.sort((a, b) => a.order - b.order);
}
