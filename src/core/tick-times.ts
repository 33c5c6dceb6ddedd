import { DAY } from './time.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
/** 1970-01-04, the first Sunday of Unix time: weekly ticks fall on Sundays, counted from it. */
const FIRST_SUNDAY = 3 * DAY;

/**
 * How far apart ticks may be, shortest first: a length in milliseconds (ticks at its multiples
 * since 1970, which whole seconds, minutes, hours and days divide evenly in UTC, and Sundays
 * counted from the first one), or a calendar unit and how many of it (month `n`: January and
 * every n-th month after it; year `n`: the years `n` divides). `span` is about how long the
 * step is, for choosing one.
 */
interface Step {
  span: number;
  every: number;
  unit?: 'month' | 'year';
}
const YEAR = 365 * DAY;
/** The latest time a Date holds (and minus it, the earliest): 100,000,000 days from 1970. */
const MAX_TIME = 8.64e15;
const STEPS: Step[] = [
  ...[1, 5, 15, 30].map((n) => ({ span: n * SECOND, every: n * SECOND })),
  ...[1, 5, 15, 30].map((n) => ({ span: n * MINUTE, every: n * MINUTE })),
  ...[1, 3, 6, 12].map((n) => ({ span: n * HOUR, every: n * HOUR })),
  ...[1, 2].map((n) => ({ span: n * DAY, every: n * DAY })),
  { span: 7 * DAY, every: 7 * DAY },
  { span: 30 * DAY, every: 1, unit: 'month' },
  { span: 90 * DAY, every: 3, unit: 'month' },
  { span: YEAR, every: 1, unit: 'year' },
];

/**
 * A round step near `span / count`: 1, 2 or 5 times a power of ten, each chosen where it is the
 * nearest on a log scale (as D3 rounds its ticks' steps).
 */
export function roundStep(span: number, count: number): number {
  const raw = span / count;
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  const ratio = raw / power;
  return power * (ratio >= Math.sqrt(50) ? 10 : ratio >= Math.sqrt(10) ? 5 : ratio >= Math.sqrt(2) ? 2 : 1);
}

/**
 * The times of about `count` evenly spaced axis ticks from `from` to `to` (both included), at
 * calendar boundaries in UTC: the step nearest to a `count`-th of the window among seconds,
 * minutes, hours, days, Sundays, months, quarters and years, or a round number of milliseconds
 * or of years beyond them. For a window of a millisecond or more within the times a Date holds,
 * the same ticks as D3's `utcTicks` (the tests compare them), in the few lines the element needs.
 * None for an empty or reversed window, one reaching past those times, or an endless count (D3
 * gives one tick for an empty window, reverses a reversed one and makes a tick a millisecond for
 * an endless count; it never returns for some windows ending at the last time a Date holds).
 */
export function tickTimes(from: number, to: number, count: number): number[] {
  // Whole milliseconds, as a Date holds them.
  from = Math.trunc(from);
  to = Math.trunc(to);
  const out: number[] = [];
  if (!(to > from && from >= -MAX_TIME && to <= MAX_TIME && count > 0 && count < Infinity)) return out;
  const target = (to - from) / count;
  const i = STEPS.findIndex((step) => step.span > target);
  const { every, unit }: Omit<Step, 'span'> =
    i < 0
      ? { every: Math.max(1, Math.floor(roundStep(to / YEAR - from / YEAR, count))), unit: 'year' }
      : i === 0
        ? { every: Math.max(1, Math.floor(roundStep(to - from, count))) }
        : STEPS[target / STEPS[i - 1].span < STEPS[i].span / target ? i - 1 : i];
  if (!unit) {
    const offset = every === 7 * DAY ? FIRST_SUNDAY : 0;
    for (let time = Math.ceil((from - offset) / every) * every + offset; time <= to; time += every) out.push(time);
    return out;
  }
  // Calendar units, walked from the first of `from`'s month (or from the first year at or after
  // `from`'s that `every` divides, `every` years at a time), keeping those in the window. A date
  // past the times a Date holds is NaN, which ends the walk as the window's end does.
  const date = new Date(from);
  if (unit === 'year') date.setUTCFullYear(Math.ceil(date.getUTCFullYear() / every) * every, 0, 1);
  else if (unit === 'month') date.setUTCDate(1);
  date.setUTCHours(0, 0, 0, 0);
  for (;;) {
    const time = date.getTime();
    if (!(time <= to)) return out;
    if (time >= from && (unit === 'year' || date.getUTCMonth() % every === 0)) out.push(time);
    if (unit === 'month') date.setUTCMonth(date.getUTCMonth() + 1);
    else date.setUTCFullYear(date.getUTCFullYear() + every);
  }
}
