import { DAY } from './time.js';

/** Room between two entries on the same side of the line (px). */
export const ENTRY_GAP = 12;
/** How tall a break drawn for a compressed quiet stretch is (px). */
export const BREAK_HEIGHT = 56;
/** A stretch of time longer than this many entry heights on the page is compressed into a break. */
const LONGEST_STRETCH = 2.5;
/** When entries alternate sides, each one starts at least this far below the one before (px), so they are read in time order. */
const STAGGER = 28;

const YEAR = 365.2425 * DAY;
const MONTH = YEAR / 12;

export interface VerticalInput {
  /** Each event's start (ms), oldest first. */
  times: ArrayLike<number>;
  /** Each event's entry height (px), by its place in `times`: compact, or as measured once opened. */
  height: (i: number) => number;
  /** The height a compact entry has: the unit of the time scale. */
  entryHeight: number;
  /** Entries on both sides of the line (wide screens), or all on one side. */
  alternate: boolean;
  /** The newest event at the top. */
  newestFirst: boolean;
}

/** A compressed quiet stretch: where it is drawn, and how much time it leaves out. */
export interface VerticalBreak {
  top: number;
  height: number;
  span: { unit: 'year' | 'month' | 'day'; amount: number };
}

export interface VerticalLayout {
  /** The events' places in `times`, in the order they are drawn from the top. */
  order: number[];
  /** Each drawn entry's top (px), in drawn order: never decreasing. */
  tops: number[];
  /** Each drawn entry's side: 0 the line's start side (or the only side), 1 the other. */
  sides: number[];
  breaks: VerticalBreak[];
  /** The whole view's height (px). */
  height: number;
}

/**
 * Lays events down the page. Positions follow time at one scale (the median gap between events
 * takes about an entry's height), stretches too long for that are compressed into a break, and
 * entries that would collide are pushed down, never overlapping on their side.
 */
export function layoutVertical({ times, height, entryHeight, alternate, newestFirst }: VerticalInput): VerticalLayout {
  const n = times.length;
  const order = Array.from({ length: n }, (_, i) => (newestFirst ? n - 1 - i : i));
  const scale = (entryHeight + ENTRY_GAP) / typicalGap(times);
  const longest = LONGEST_STRETCH * (entryHeight + ENTRY_GAP);
  const tops: number[] = [];
  const sides: number[] = [];
  const breaks: VerticalBreak[] = [];
  const bottoms = [-ENTRY_GAP, -ENTRY_GAP];
  for (let k = 0; k < n; k++) {
    const i = order[k];
    const side = alternate ? k % 2 : 0;
    let top = 0;
    if (k > 0) {
      const previous = tops[k - 1];
      const gap = Math.abs(times[i] - times[order[k - 1]]);
      let ideal = previous + gap * scale;
      if (gap * scale > longest) {
        const at = Math.max(bottoms[0], bottoms[1]) + ENTRY_GAP;
        breaks.push({ top: at, height: BREAK_HEIGHT, span: spanOf(gap) });
        ideal = at + BREAK_HEIGHT + ENTRY_GAP;
      }
      top = Math.max(ideal, bottoms[side] + ENTRY_GAP, alternate ? previous + STAGGER : previous);
    }
    tops.push(top);
    sides.push(side);
    bottoms[side] = top + height(i);
  }
  return { order, tops, sides, breaks, height: n ? Math.max(bottoms[0], bottoms[1]) : 0 };
}

/** The median gap between consecutive events (a day when they all share one instant). */
function typicalGap(times: ArrayLike<number>): number {
  const gaps: number[] = [];
  for (let i = 1; i < times.length; i++) if (times[i] > times[i - 1]) gaps.push(times[i] - times[i - 1]);
  if (!gaps.length) return DAY;
  gaps.sort((a, b) => a - b);
  return Math.max(gaps[gaps.length >> 1], DAY);
}

/** A length of time in the largest unit that says it in whole numbers: years, else months, else days. */
export function spanOf(ms: number): VerticalBreak['span'] {
  if (ms >= YEAR) return { unit: 'year', amount: Math.round(ms / YEAR) };
  if (ms >= MONTH) return { unit: 'month', amount: Math.round(ms / MONTH) };
  return { unit: 'day', amount: Math.max(1, Math.round(ms / DAY)) };
}

/**
 * The drawn entries that reach into `[from, to)` (px), as a range of places in drawn order. Tops
 * never decrease, so two binary searches find it; `tallest` is the tallest entry's height.
 */
export function entriesInView({ tops }: VerticalLayout, from: number, to: number, tallest: number): [number, number] {
  return [firstAtOrBelow(tops, from - tallest), firstAtOrBelow(tops, to)];
}

/** The first place whose top is at or below `y` (the length when none is). */
function firstAtOrBelow(tops: readonly number[], y: number): number {
  let lo = 0;
  let hi = tops.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tops[mid] < y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A year or month marker: it stays in view while the reader scrolls from `top` to `bottom`. */
export interface VerticalMarker {
  /** The first instant of the year or month (UTC). */
  time: number;
  unit: 'year' | 'month';
  top: number;
  bottom: number;
}

/** One marker per year the events fall in, or per month for a story shorter than two years. */
export function verticalMarkers(times: ArrayLike<number>, layout: VerticalLayout): VerticalMarker[] {
  const n = times.length;
  if (!n) return [];
  const unit = Math.abs(times[n - 1] - times[0]) < 2 * YEAR ? 'month' : 'year';
  const markers: VerticalMarker[] = [];
  let key = NaN;
  layout.order.forEach((i, k) => {
    const date = new Date(times[i]);
    const year = date.getUTCFullYear();
    const month = unit === 'month' ? date.getUTCMonth() : 0;
    if (year * 12 + month === key) return;
    key = year * 12 + month;
    const last = markers[markers.length - 1];
    if (last) last.bottom = layout.tops[k];
    const time = new Date(0);
    time.setUTCFullYear(year, month, 1);
    markers.push({ time: time.getTime(), unit, top: layout.tops[k], bottom: layout.height });
  });
  return markers;
}

/** Where an instant falls down the view: between the two drawn events around it, in proportion. */
export function yAt(times: ArrayLike<number>, layout: VerticalLayout, time: number): number {
  const { order, tops } = layout;
  const n = order.length;
  if (!n) return 0;
  // Drawn order runs forward in time, or backward when the newest is first: compare along it.
  const sign = n > 1 && times[order[n - 1]] < times[order[0]] ? -1 : 1;
  const along = (k: number) => sign * times[order[k]];
  const at = sign * time;
  if (at <= along(0)) return tops[0];
  if (at >= along(n - 1)) return n > 1 ? tops[n - 1] : tops[0];
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (along(mid) <= at) lo = mid;
    else hi = mid;
  }
  const span = along(hi) - along(lo);
  return span > 0 ? tops[lo] + ((at - along(lo)) / span) * (tops[hi] - tops[lo]) : tops[lo];
}
