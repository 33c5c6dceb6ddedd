import type { TimelineEvent } from './types.js';
import { DAY } from './time.js';
import { LaneIndex } from './lane-index.js';
import { laneMarks, type LaneMark } from './lane-marks.js';
import { Occupancy } from './occupancy.js';
import type { TimeScale } from './time-scale.js';

export type { LaneMark } from './lane-marks.js';

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
  /**
   * Whether a label's text may be measured in this layout (absent: every text may). A mark whose
   * text may not gets no label this time, and is not a miss: in motion, only texts measured before.
   */
  affordable?: (text: string) => boolean;
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
}

export interface LaneLayout {
  marks: LaneMark[];
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
    cache.set(key, (cut = cutToFit(text, full, room, measure)));
  }
  return cut;
}

/**
 * The longest start of `text` that fits with an ellipsis. The letters' own widths (each measured
 * once, then cached by `measure`), scaled to the text's measured width for kerning and shaping,
 * say about where to cut; the cut is then checked with the real measure and moved a letter at a
 * time at first, then in growing steps. About two measures of new text per label, where a binary
 * search takes six.
 */
function cutToFit(text: string, full: number, maxWidth: number, measure: (text: string) => number): string {
  const letters = Array.from(text);
  const cut = (k: number) => letters.slice(0, k).join('').trimEnd() + ELLIPSIS;
  const fits = (k: number) => k === 0 || measure(cut(k)) <= maxWidth;
  let sum = 0;
  for (const letter of letters) sum += measure(letter);
  const scale = sum > 0 ? full / sum : 1;
  let k = 0;
  for (let width = measure(ELLIPSIS); k < letters.length; k++) {
    width += measure(letters[k]) * scale;
    if (width > maxWidth) break;
  }
  // From the estimate, steps of 1, 2, 4 … towards the answer, then halving between the last cut
  // that fit and the first that did not: two or three measures when the estimate is close, and
  // never more than a binary search's few dozen when it is not (a title of joined emoji, say).
  // Throughout, `fit` fits and `miss` does not (or is past the last letter).
  let fit = 0;
  let miss = letters.length + 1;
  if (fits(k)) {
    fit = k;
    for (let step = 1; fit + step < miss; step *= 2) {
      if (!fits(fit + step)) miss = fit + step;
      else fit += step;
    }
  } else {
    miss = k;
    for (let step = 1; miss - step > fit; step *= 2) {
      if (fits(miss - step)) fit = miss - step;
      else miss -= step;
    }
  }
  while (miss - fit > 1) {
    const mid = (fit + miss) >>> 1;
    if (fits(mid)) fit = mid;
    else miss = mid;
  }
  return fit === 0 ? '' : cut(fit);
}

const byImportance = (a: LaneMark, b: LaneMark) =>
  b.lead.importance - a.lead.importance || b.size - a.size || a.from - b.from;

/**
 * Places marks and labels for the events in view. Marks that would touch in a lane merge into
 * a cluster; labels never overlap a mark or another label, and the least important give way
 * first, then are shortened, then hidden. Cost, with a `LaneIndex`, for m marks in a view w
 * pixels wide: about O(m log n) to make them (see laneMarks), then O(m log m) for the sort and
 * the room tests, plus O(m · w / 12) array moves when labels are added to a row (see Occupancy).
 * m stays in the hundreds: clusters and bars both take room on their line.
 */
export function layoutLanes(options: LayoutOptions): LaneLayout {
  const { lanes, position, width, title, measure } = options;
  const radius = options.markRadius ?? 6;
  const gap = options.gap ?? 4;
  const maxLabel = options.maxLabelWidth ?? 200;
  const minLabel = options.minLabelWidth ?? 48;

  // 1. Marks per lane (see laneMarks): points that would touch merge into clusters; bars never overlap.
  const marks = laneMarks({
    index: options.events instanceof LaneIndex ? options.events : new LaneIndex(options.events),
    window: options.events instanceof LaneIndex && options.window ? options.window : [-Infinity, Infinity],
    lanes,
    position,
    width,
    radius,
    gap,
    maxCluster: options.maxClusterWidth ?? 40,
    countWidth: options.countWidth,
  });

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
  // below it, from its start; else shortened to the widest free room; else none.
  const ordered = [...marks].sort(byImportance);
  // A lane whose rows are full turns away label after label: after this many in a row, the less
  // important marks in it are not tried at all, so crowded views cost O(k), not O(k · room tests).
  const GIVE_UP_AFTER = 50;
  const misses = new Map<number, number>();
  for (const mark of ordered) {
    if (mark.lead.importance < 3 && (misses.get(mark.lane) ?? 0) >= GIVE_UP_AFTER) continue;
    const text = title(mark.lead);
    if (options.affordable && !options.affordable(text)) continue;
    const whole = measure(text);
    const full = Math.min(whole, maxLabel);
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
  return { marks };
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
