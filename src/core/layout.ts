import type { TimelineEvent } from './types.js';
import { DAY } from './time.js';
import { LaneIndex, type LaneEvents } from './lane-index.js';
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
  /** Width of a cluster's count as drawn (so "1.2K" or "١٫٢ ألف" fits its badge). */
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

/** Cuts a text to fit a width, ending it with an ellipsis; '' when not even one letter fits. */
export function fitText(text: string, maxWidth: number, measure: (text: string) => number): string {
  if (measure(text) <= maxWidth) return text;
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
  const { ranges, rangeGroups, starts, untils } = lane;
  const line = new Occupancy();
  const bars: number[] = [];
  for (let group = 0; group < 3; group++) {
    for (let r = rangeGroups[group]; r < rangeGroups[group + 1]; r++) {
      const i = ranges[r];
      // Longest first within an importance: the rest of this one are too short as well.
      if ((untils[i] - starts[i]) * ratio <= minWidth) break;
      if (starts[i] >= window[1] || untils[i] <= window[0]) continue;
      const from = r0 + (starts[i] - t0) * ratio;
      const to = r0 + (untils[i] - t0) * ratio;
      if (!line.isFree(from - gap, to + gap)) continue;
      line.add(from, to);
      bars.push(i);
    }
  }
  return bars;
}

/** A mark for one event, or for a run of a lane's events merged into a cluster. */
class Mark implements LaneMark {
  size = 1;
  lead: TimelineEvent;
  first: TimelineEvent;
  last: TimelineEvent;
  label?: PlacedLabel;
  /** Positions in the lane of the first and last event. */
  readonly at: number;
  private end: number;
  private members?: readonly TimelineEvent[];

  constructor(
    readonly lane: number,
    public from: number,
    public to: number,
    readonly isRange: boolean,
    private readonly source: LaneEvents,
    at: number,
    /** Whether a position between the first and last is not one of this mark's events. */
    private readonly skip?: (i: number) => boolean,
  ) {
    this.at = this.end = at;
    this.lead = this.first = this.last = source.events[at];
  }

  /** The first event's place in the whole timeline's time order. */
  get order(): number {
    return this.source.order[this.at];
  }

  take(i: number): void {
    this.size++;
    this.end = i;
    this.last = this.source.events[i];
    if (this.source.importance[i] > this.lead.importance) this.lead = this.last;
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

  // 1. Marks per lane. Points (and ranges not drawn as bars) that would touch merge into
  // clusters, which stay small: dense data makes many counts, not one long bar. Bars are drawn
  // where their dates are and never merge; points may sit on top of them.
  const made: Mark[] = [];
  for (const [category, lane] of lanes) {
    const source = index.lane(category);
    if (!source) continue;
    const [lo, hi] = source.span(window[0], window[1]);
    if (lo >= hi) continue;
    const { starts, untils } = source;
    const bars = chooseBars(source, window, position, radius * 2, gap);
    const isBar = new Set(bars);
    const skip = (i: number) => untils[i] <= window[0] || isBar.has(i);
    for (const i of bars) made.push(new Mark(lane, r0 + (starts[i] - t0) * ratio, r0 + (untils[i] - t0) * ratio, true, source, i));
    const sortedBars = bars.sort((a, b) => a - b);
    let nextBar = 0;
    let current: Mark | undefined;
    for (let i = lo; i < hi; i++) {
      if (untils[i] <= window[0]) continue;
      while (nextBar < sortedBars.length && sortedBars[nextBar] < i) nextBar++;
      if (sortedBars[nextBar] === i) continue;
      // A point whose day began before the view (it is still in view) sits at the edge.
      const centre = Math.min(Math.max(r0 + (starts[i] - t0) * ratio, radius), width - radius);
      let from = centre - radius;
      let to = centre + radius;
      if (current && from < current.to + gap) {
        // Full once its events (not its badge) span more than the limit.
        const full = to - current.from > maxCluster;
        // A full cluster lets the next point start just after it (nudged by at most its width),
        // unless that would push it off the view's edge.
        if (!full || current.to + gap + radius * 2 > width) {
          current.take(i);
          current.to = Math.min(Math.max(current.to, to, current.from + badge(current.size)), width);
          continue;
        }
        from = current.to + gap;
        to = from + radius * 2;
      }
      current = new Mark(lane, from, to, false, source, i, skip);
      made.push(current);
    }
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
