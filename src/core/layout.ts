import type { TimelineEvent } from './types.js';
import { DAY } from './time.js';

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
  /** The events drawn by this mark: one for a point or bar, several for a cluster. */
  events: TimelineEvent[];
  /** The event whose title names the mark (the most important, earliest one). */
  lead: TimelineEvent;
  isRange: boolean;
  label?: PlacedLabel;
}

export interface LayoutOptions {
  /** Events to place, sorted by start (usually the ones in view). */
  events: readonly TimelineEvent[];
  /** Lane of each category id; events whose category has no lane are skipped (hidden). */
  lanes: ReadonlyMap<string, number>;
  /** Maps a time to a logical position in pixels: 0 at the earliest edge. */
  position: (time: number) => number;
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

/**
 * The ranges drawn as bars: those longer than `minWidth` pixels, as long as no two bars in a lane
 * overlap (or come within `gap` of each other), since bars on one line would hide each other.
 * The more important and then the longer win; a range that loses is drawn as a point at its
 * start, which may join a cluster. So a lane holds at most about width / minWidth bars however
 * many ranges the view holds.
 */
export function chooseBars(
  events: readonly TimelineEvent[],
  lanes: ReadonlyMap<string, number>,
  position: (time: number) => number,
  minWidth: number,
  gap: number,
): Set<TimelineEvent> {
  const candidates: Array<{ event: TimelineEvent; lane: number; from: number; to: number }> = [];
  for (const event of events) {
    if (event.end === undefined) continue;
    const lane = lanes.get(event.category);
    if (lane === undefined) continue;
    const from = position(event.start.time);
    const to = position(event.until);
    if (to - from > minWidth) candidates.push({ event, lane, from, to });
  }
  candidates.sort((a, b) => b.event.importance - a.event.importance || b.to - b.from - (a.to - a.from) || a.from - b.from);
  const taken = new Map<number, Occupancy>();
  const bars = new Set<TimelineEvent>();
  for (const { event, lane, from, to } of candidates) {
    let line = taken.get(lane);
    if (!line) taken.set(lane, (line = new Occupancy()));
    if (!line.isFree(from - gap, to + gap)) continue;
    line.add(from, to);
    bars.add(event);
  }
  return bars;
}

const byImportance = (a: LaneMark, b: LaneMark) =>
  b.lead.importance - a.lead.importance || b.events.length - a.events.length || a.from - b.from;

/**
 * Places marks and labels for the events in view. Marks that would touch in a lane merge into
 * a cluster; labels never overlap a mark or another label, and the least important give way
 * first, then are shortened, then hidden. Cost for k events in a view w pixels wide:
 * O(k log k) for the sort and the room tests, plus O(k · w / 12) array moves when labels are
 * added to a row (see Occupancy), which bounded screens keep to a few hundred per label.
 */
export function layoutLanes(options: LayoutOptions): LaneLayout {
  const { events, lanes, position, width, title, measure } = options;
  const radius = options.markRadius ?? 6;
  const gap = options.gap ?? 4;
  const maxLabel = options.maxLabelWidth ?? 200;
  const minLabel = options.minLabelWidth ?? 48;
  const maxCluster = options.maxClusterWidth ?? 40;
  // A cluster's badge must hold its count (two digits by default).
  const badge = (n: number) => Math.max(radius * 2 + 8, (options.countWidth?.(n) ?? 0) + 8);

  // 1. Marks per lane. Points (and ranges not drawn as bars) that would touch merge into
  // clusters, which stay small: dense data makes many counts, not one long bar. Bars are drawn
  // where their dates are and never merge; points may sit on top of them.
  const bars = chooseBars(events, lanes, position, radius * 2, gap);
  const open = new Map<number, LaneMark>();
  const marks: LaneMark[] = [];
  for (const event of events) {
    const lane = lanes.get(event.category);
    if (lane === undefined) continue;
    const start = position(event.start.time);
    if (bars.has(event)) {
      marks.push({ lane, from: start, to: position(event.until), events: [event], lead: event, isRange: true });
      continue;
    }
    // A point whose day began before the view (it is still in view) sits at the edge.
    const centre = Math.min(Math.max(start, radius), width - radius);
    let from = centre - radius;
    let to = centre + radius;
    const current = open.get(lane);
    if (current && from < current.to + gap) {
      // Full once its events (not its badge) span more than the limit.
      const full = to - current.from > maxCluster;
      // A full cluster lets the next point start just after it (nudged by at most its width),
      // unless that would push it off the view's edge.
      if (!full || current.to + gap + radius * 2 > width) {
        current.events.push(event);
        current.to = Math.min(Math.max(current.to, to, current.from + badge(current.events.length)), width);
        if (event.importance > current.lead.importance) current.lead = event;
        continue;
      }
      from = current.to + gap;
      to = from + radius * 2;
    }
    const mark: LaneMark = { lane, from, to, events: [event], lead: event, isRange: false };
    open.set(lane, mark);
    marks.push(mark);
  }

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
