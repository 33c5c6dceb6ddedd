import type { TimelineEvent } from './types.js';

/** Where a label sits relative to its mark, along the direction time runs. */
export type LabelSide = 'after' | 'before';

export interface PlacedLabel {
  text: string;
  /** Logical start and end of the label box (time runs towards larger values). */
  from: number;
  to: number;
  side: LabelSide;
}

/** One drawn thing in a lane: a single event (point or bar) or a cluster of crowded events. */
export interface LaneMark {
  lane: number;
  /** Logical extent of the mark itself. */
  from: number;
  to: number;
  /** For a single event: where its point or bar starts; `to` is where a bar ends. */
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

/** Disjoint intervals kept sorted, with an O(log n) test for free room. */
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

  add(from: number, to: number): void {
    const i = this.firstEndingAfter(from);
    this.starts.splice(i, 0, from);
    this.ends.splice(i, 0, to);
  }
}

const byImportance = (a: LaneMark, b: LaneMark) =>
  b.lead.importance - a.lead.importance || b.events.length - a.events.length || a.from - b.from;

/**
 * Places marks and labels for the events in view. Marks that would touch in a lane merge into
 * a cluster; labels never overlap a mark or another label, and the least important give way
 * first, then are shortened, then hidden. Cost: O(k log k) for k events.
 */
export function layoutMarks(options: LayoutOptions): LaneMark[] {
  const { events, lanes, position, width, title, measure } = options;
  const radius = options.markRadius ?? 6;
  const gap = options.gap ?? 4;
  const maxLabel = options.maxLabelWidth ?? 200;
  const minLabel = options.minLabelWidth ?? 48;
  const maxCluster = options.maxClusterWidth ?? 40;
  // Wide enough for a two-digit count.
  const minCluster = radius * 2 + 8;

  // 1. Marks per lane, merging neighbours that would touch into clusters.
  const open = new Map<number, LaneMark>();
  const marks: LaneMark[] = [];
  for (const event of events) {
    const lane = lanes.get(event.category);
    if (lane === undefined) continue;
    const start = position(event.start.time);
    const end = position(event.until);
    let isRange = event.end !== undefined && end - start > radius * 2;
    let from = isRange ? start : start - radius;
    let to = isRange ? end : start + radius;
    const current = open.get(lane);
    if (current && from < current.to + gap) {
      // Crowded marks merge, but a cluster stays small: dense data makes many counts, not one bar.
      if (Math.max(to, current.to) - current.from <= maxCluster) {
        current.events.push(event);
        current.to = Math.max(current.to, to, current.from + minCluster);
        current.isRange = false;
        if (event.importance > current.lead.importance) current.lead = event;
        continue;
      }
      // The cluster is full: the next mark starts just after it, nudged by at most its width.
      from = current.to + gap;
      to = Math.max(to, from + radius * 2);
      isRange = isRange && to - from > radius * 2;
    }
    const mark: LaneMark = { lane, from, to, events: [event], lead: event, isRange };
    open.set(lane, mark);
    marks.push(mark);
  }

  // 2. Every mark occupies its lane before any label is placed.
  const occupied = new Map<number, Occupancy>();
  for (const mark of marks) {
    let lane = occupied.get(mark.lane);
    if (!lane) occupied.set(mark.lane, (lane = new Occupancy()));
    lane.add(mark.from, mark.to);
  }

  // 3. Labels, most important first: beside the mark after it, else before it, else shortened.
  for (const mark of [...marks].sort(byImportance)) {
    const lane = occupied.get(mark.lane)!;
    const text = title(mark.lead);
    const full = Math.min(measure(text), maxLabel);
    const afterFrom = mark.to + gap;
    const beforeTo = mark.from - gap;
    let label: PlacedLabel | undefined;
    if (afterFrom + full <= width && lane.isFree(afterFrom, afterFrom + full + gap)) {
      label = { text: fitText(text, full, measure), from: afterFrom, to: afterFrom + full, side: 'after' };
    } else if (beforeTo - full >= 0 && lane.isFree(beforeTo - full - gap, beforeTo)) {
      label = { text: fitText(text, full, measure), from: beforeTo - full, to: beforeTo, side: 'before' };
    } else {
      const roomAfter = lane.roomAfter(afterFrom, width) - gap;
      const roomBefore = lane.roomBefore(beforeTo, 0) - gap;
      const side: LabelSide = roomAfter >= roomBefore ? 'after' : 'before';
      const room = Math.min(Math.max(roomAfter, roomBefore), maxLabel);
      const short = room >= minLabel ? fitText(text, room, measure) : '';
      if (short) {
        const w = measure(short);
        label = side === 'after'
          ? { text: short, from: afterFrom, to: afterFrom + w, side }
          : { text: short, from: beforeTo - w, to: beforeTo, side };
      }
    }
    if (label) {
      mark.label = label;
      lane.add(label.from, label.to);
    }
  }
  return marks;
}

const DAY = 86_400_000;

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
