import type { TimelineEvent } from './types.js';
import { DAY } from './time.js';
import { firstAtLeast, LaneIndex, type LaneEvents } from './lane-index.js';
import type { TimeScale } from './time-scale.js';

/** Where a label sits relative to its mark, along the direction time runs. */
export type LabelSide = 'after' | 'before';
export type LabelRow = 0 | 1 | 2;

export interface PlacedLabel {
  text: string;
  /** Logical start and end of the label box (time runs towards larger values). */
  from: number;
  to: number;
  side: LabelSide;
  /** 0: on the mark's own line, beside it; 1: in the row just above the line; 2: just below it. */
  row: LabelRow;
}

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
  /** The first event's position in time order among all the events (of the LaneIndex, or the list given). */
  readonly order: number;
  readonly first: TimelineEvent;
  readonly last: TimelineEvent;
  /** The event whose title names the mark (the most important, earliest one). */
  lead: TimelineEvent;
  isRange: boolean;
  label?: PlacedLabel;
}

export interface LayoutOptions {
  /**
   * The events to place: a list sorted by start, all of which are placed; or a `LaneIndex`
   * (built once per data) with the `window` whose events to place, which costs a frame a scan
   * of flat arrays and no work per event beyond it.
   */
  events: readonly TimelineEvent[] | LaneIndex;
  /** With a `LaneIndex`: the window in time; the events touching it are placed. */
  window?: readonly [number, number];
  /** Lane of each category id; events whose category has no lane are skipped (hidden). */
  lanes: ReadonlyMap<string, number>;
  /** Maps a time to a logical position in pixels: 0 at the earliest edge. */
  position: TimeScale;
  /** Width of the drawing area. */
  width: number;
  /** The label text of an event in the current language. */
  title: (event: TimelineEvent) => string;
  /** Width of a text in pixels. */
  measure: (text: string) => number;
  markRadius?: number;
  /** Space between a mark and its label, and between neighbours. */
  gap?: number;
  maxLabelWidth?: number;
  /** A label truncated to fit must still keep this much room. */
  minLabelWidth?: number;
  /** The widest a cluster may grow before the next crowded mark starts a new one. */
  maxClusterWidth?: number;
  /**
   * Width of a cluster's count as drawn (so "1.2K" or "١٫٢ ألف" fits its badge). It must never
   * shrink as the count grows: a run of events joining a cluster is taken at once and asks only
   * for the width at its end (see `countWidths` in scene.ts).
   */
  countWidth?: (count: number) => number;
  /** Width of each lane's name, placed in the lane's upper row after the headline labels. */
  laneNames?: ReadonlyMap<number, number>;
}

export interface LaneLayout {
  marks: LaneMark[];
  /** Where each lane's name starts in its upper row; absent when there was no room. */
  laneNames: Map<number, number>;
}

const ELLIPSIS = '…';

/** Shortened labels, per measuring function: a zoom asks for the same ones frame after frame. */
const fitted = new WeakMap<(text: string) => number, Map<string, string>>();
const FITTED_KEPT = 20_000;

/** Cuts a text to fit a width, ending it with an ellipsis; '' when not even one letter fits. */
export function fitText(text: string, maxWidth: number, measure: (text: string) => number): string {
  const full = measure(text);
  if (full <= maxWidth) return text;
  // Cut to the whole pixel below: the result still fits, and is found again next frame. The
  // full width is in the key, so a change of font is a change of key.
  const room = Math.floor(maxWidth);
  let cache = fitted.get(measure);
  if (!cache) fitted.set(measure, (cache = new Map()));
  const key = `${room} ${full} ${text}`;
  let cut = cache.get(key);
  if (cut === undefined) {
    if (cache.size >= FITTED_KEPT) cache.clear();
    cache.set(key, (cut = cutToFit(text, room, measure)));
  }
  return cut;
}

function cutToFit(text: string, maxWidth: number, measure: (text: string) => number): string {
  const letters = Array.from(text);
  let lo = 0;
  let hi = letters.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (measure(letters.slice(0, mid).join('').trimEnd() + ELLIPSIS) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '' : letters.slice(0, lo).join('').trimEnd() + ELLIPSIS;
}

/**
 * Disjoint intervals kept sorted, with an O(log n) test for free room. Adding one splices the
 * arrays, which costs O(n) moves; n stays small because every interval is at least a mark wide
 * (12 px) and overlapping ones merge, so a row holds at most about width / 12 of them.
 */
class Occupancy {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** Index of the first interval that ends after `x`. */
  private firstEndingAfter(x: number): number {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ends[mid] <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  isFree(from: number, to: number): boolean {
    const i = this.firstEndingAfter(from);
    return i === this.starts.length || this.starts[i] >= to;
  }

  /** Free room from `x` towards larger values, up to `limit`. */
  roomAfter(x: number, limit: number): number {
    const i = this.firstEndingAfter(x);
    if (i < this.starts.length && this.starts[i] <= x) return 0;
    const next = i < this.starts.length ? Math.min(this.starts[i], limit) : limit;
    return Math.max(0, next - x);
  }

  /** Free room from `x` towards smaller values, down to `limit`. */
  roomBefore(x: number, limit: number): number {
    const i = this.firstEndingAfter(x) - 1;
    if (i + 1 < this.starts.length && this.starts[i + 1] < x && this.ends[i + 1] > x) return 0;
    const previous = i >= 0 ? Math.max(this.ends[i], limit) : limit;
    return Math.max(0, x - previous);
  }

  /** The first place at or after `from` with `size` free room before `limit`, or -1. */
  firstFree(from: number, size: number, limit: number): number {
    let candidate = from;
    for (let i = this.firstEndingAfter(from); i < this.starts.length; i++) {
      if (this.starts[i] >= candidate + size) break;
      candidate = Math.max(candidate, this.ends[i]);
    }
    return candidate + size <= limit ? candidate : -1;
  }

  /** Takes [from, to), merging it with any interval it overlaps so the intervals stay disjoint. */
  add(from: number, to: number): void {
    let i = this.firstEndingAfter(from);
    let j = i;
    while (j < this.starts.length && this.starts[j] <= to) {
      from = Math.min(from, this.starts[j]);
      to = Math.max(to, this.ends[j]);
      j++;
    }
    if (i > 0 && this.ends[i - 1] >= from) {
      i--;
      from = Math.min(from, this.starts[i]);
    }
    this.starts.splice(i, j - i, from);
    this.ends.splice(i, j - i, to);
  }
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

const byImportance = (a: LaneMark, b: LaneMark) =>
  b.lead.importance - a.lead.importance || b.size - a.size || a.from - b.from;

/**
 * Places marks and labels for the events in view. Marks that would touch in a lane merge into
 * a cluster; labels never overlap a mark or another label, and the least important give way
 * first, then are shortened, then hidden. Cost for k events in a view w pixels wide, with a
 * `LaneIndex`: a scan of k numbers (no object made or function called per event), then for the
 * m marks made O(m log m) for the sort and the room tests, plus O(m · w / 12) array moves when
 * labels are added to a row (see Occupancy). m stays in the hundreds: clusters and bars both
 * take room on their line.
 */
export function layoutLanes(options: LayoutOptions): LaneLayout {
  const { lanes, position, width, title, measure } = options;
  const radius = options.markRadius ?? 6;
  const gap = options.gap ?? 4;
  const maxLabel = options.maxLabelWidth ?? 200;
  const minLabel = options.minLabelWidth ?? 48;
  const maxCluster = options.maxClusterWidth ?? 40;
  // A cluster's badge must hold its count (two digits by default).
  const badge = (n: number) => Math.max(radius * 2 + 8, (options.countWidth?.(n) ?? 0) + 8);
  const index = options.events instanceof LaneIndex ? options.events : new LaneIndex(options.events);
  const window = options.events instanceof LaneIndex && options.window ? options.window : ([-Infinity, Infinity] as const);
  const { t0, r0, ratio } = linear(position);
  /** Where an event inside the window (none began before it) is drawn: its centre. */
  const place = (start: number) => Math.min(Math.max(r0 + (start - t0) * ratio, radius), width - radius);
  // Events whose starts lie closer than a mark and a gap always join the cluster before them. In
  // time, with a hair to spare, so that rounding never lets the fast path take one the slow would not.
  const minStep = ((radius * 2 + gap) * (1 - 1e-9)) / Math.abs(ratio || 1);

  // 1. Marks per lane. Points (and ranges not drawn as bars) that would touch merge into
  // clusters, which stay small: dense data makes many counts, not one long bar. Bars are drawn
  // where their dates are and never merge; points may sit on top of them.
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
      // A point whose day began before the view (it is still in view) sits at the edge.
      const centre = Math.min(Math.max(r0 + (starts[i] - t0) * ratio, radius), width - radius);
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
  const marks: LaneMark[] = made.sort((a, b) => a.order - b.order);

  // 2. Every mark occupies its line before any label is placed.
  const rows = new Map<string, Occupancy>();
  const rowOf = (lane: number, row: LabelRow) => {
    const key = `${lane}:${row}`;
    let occupancy = rows.get(key);
    if (!occupancy) rows.set(key, (occupancy = new Occupancy()));
    return occupancy;
  };
  for (const mark of marks) rowOf(mark.lane, 0).add(mark.from, mark.to);

  // 3. Labels, most important first: beside the mark, after it then before it; else above or
  // below it, from its start; else shortened to the widest free room; else none. Lane names
  // take the first free room in their upper row once the headline labels are placed.
  const laneNames = new Map<number, number>();
  const placeLaneNames = () => {
    for (const [lane, size] of options.laneNames ?? []) {
      const free = rowOf(lane, 1).firstFree(0, size + gap * 3, width);
      if (free < 0) continue;
      // Keep a clear gap after a label the name follows.
      const at = free === 0 ? 0 : free + gap * 2;
      laneNames.set(lane, at);
      rowOf(lane, 1).add(at, at + size);
    }
  };
  const ordered = [...marks].sort(byImportance);
  let namesPlaced = false;
  // A lane whose rows are full turns away label after label: after this many in a row, the less
  // important marks in it are not tried at all, so crowded views cost O(k), not O(k · room tests).
  const GIVE_UP_AFTER = 50;
  const misses = new Map<number, number>();
  for (const mark of ordered) {
    if (!namesPlaced && mark.lead.importance < 3) {
      placeLaneNames();
      namesPlaced = true;
    }
    if (mark.lead.importance < 3 && (misses.get(mark.lane) ?? 0) >= GIVE_UP_AFTER) continue;
    const text = title(mark.lead);
    const full = Math.min(measure(text), maxLabel);
    const fits = (row: Occupancy, from: number) => from >= 0 && from + full <= width && row.isFree(from - gap, from + full + gap);
    const afterFrom = mark.to + gap;
    const beforeTo = mark.from - gap;
    const candidates: Array<[LabelRow, number, LabelSide]> = [
      [0, afterFrom, 'after'],
      [0, beforeTo - full, 'before'],
      [1, mark.from, 'after'],
      [2, mark.from, 'after'],
      [1, mark.to - full, 'before'],
      [2, mark.to - full, 'before'],
    ];
    // A headline may also sit a little further along the row above or below, rather than go unlabelled.
    if (mark.lead.importance === 3) {
      for (const row of [1, 2] as const) {
        const at = rowOf(mark.lane, row).firstFree(Math.max(0, mark.from), full + gap * 2, Math.min(width, mark.to + full + 60));
        if (at >= 0) candidates.push([row, at + gap, 'after']);
      }
    }
    const chosen = candidates.find(([row, from]) => fits(rowOf(mark.lane, row), from));
    let label: PlacedLabel | undefined;
    if (chosen) {
      const [row, from, side] = chosen;
      label = { text: fitText(text, full, measure), from, to: from + full, side, row };
    } else {
      // Rows above and below start where the mark does (or end where it ends), inside the view.
      const start = Math.max(0, mark.from);
      const end = Math.min(width, mark.to);
      const rooms: Array<[number, LabelSide, LabelRow]> = [
        [rowOf(mark.lane, 0).roomAfter(afterFrom, width) - gap, 'after', 0],
        [rowOf(mark.lane, 0).roomBefore(beforeTo, 0) - gap, 'before', 0],
        [rowOf(mark.lane, 1).roomAfter(start, width) - gap, 'after', 1],
        [rowOf(mark.lane, 2).roomAfter(start, width) - gap, 'after', 2],
        [rowOf(mark.lane, 1).roomBefore(end, 0) - gap, 'before', 1],
        [rowOf(mark.lane, 2).roomBefore(end, 0) - gap, 'before', 2],
      ];
      const [room, side, row] = rooms.reduce((best, next) => (next[0] > best[0] ? next : best));
      const short = room >= minLabel ? fitText(text, Math.min(room, maxLabel), measure) : '';
      if (short) {
        const w = measure(short);
        const from = side === 'after' ? (row === 0 ? afterFrom : start) : (row === 0 ? beforeTo : end) - w;
        label = { text: short, from, to: from + w, side, row };
      }
    }
    if (label) {
      mark.label = label;
      rowOf(mark.lane, label.row).add(label.from, label.to);
      misses.set(mark.lane, 0);
    } else {
      misses.set(mark.lane, (misses.get(mark.lane) ?? 0) + 1);
    }
  }
  if (!namesPlaced) placeLaneNames();
  return { marks, laneNames };
}


/**
 * Lays eras out in rows so that overlapping eras never share one. Returns each era's row. An era
 * may begin on the day the one before it ends (a death and a succession on the same date).
 */
export function layoutEraRows(spans: ReadonlyArray<{ start: number; until: number }>): number[] {
  const rowEnds: number[] = [];
  const order = spans.map((_, i) => i).sort((a, b) => spans[a].start - spans[b].start);
  const rows = new Array<number>(spans.length);
  for (const i of order) {
    let row = rowEnds.findIndex((end) => end <= spans[i].start + DAY);
    if (row === -1) row = rowEnds.push(0) - 1;
    rowEnds[row] = spans[i].until;
    rows[i] = row;
  }
  return rows;
}
