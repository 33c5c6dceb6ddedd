import { tickTimes } from './tick-times.js';
import { dateFormatter, type Digits } from './dates.js';
import { DAY } from './time.js';

export interface Tick {
  time: number;
  label: string;
  /** The label names the year: it keeps its place when labels crowd. */
  year?: boolean;
}

/** How the ticks are written at each step: the larger unit only where it changes. */
const TICK_FIELDS = Object.freeze({
  year: { year: 'numeric' },
  monthOfYear: { year: 'numeric', month: 'short' },
  month: { month: 'short' },
  dayOfYear: { year: 'numeric', month: 'short', day: 'numeric' },
  dayOfMonth: { month: 'short', day: 'numeric' },
  day: { day: 'numeric' },
  timeOfYear: { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' },
  timeOfDay: { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' },
  time: { hour: '2-digit', minute: '2-digit' },
} satisfies Record<string, Intl.DateTimeFormatOptions>);

/**
 * Builds the formatters of every tick step for a language ahead of time (while the page is
 * idle): a zoom goes through several steps, and a new step's first formatter is slow to build
 * in the middle of a frame.
 */
export function prepareTickFormats(locale: string, digits: Digits = 'auto'): void {
  for (const fields of Object.values(TICK_FIELDS)) dateFormatter(locale, fields, digits);
}

/**
 * Axis ticks for a visible window: UTC calendar ticks (`tickTimes`), as many as fit the width,
 * labelled with `Intl.DateTimeFormat` in the Gregorian calendar at the precision the step needs.
 */
export function computeTicks(from: number, to: number, width: number, locale: string, digits: Digits = 'auto', spacing = 90): Tick[] {
  const count = Math.max(2, Math.floor(width / spacing));
  const times = tickTimes(from, to, count);
  if (times.length === 0) return [];
  const step = times.length > 1 ? times[1] - times[0] : to - from;
  const format = (fields: Intl.DateTimeFormatOptions, time: number) => dateFormatter(locale, fields, digits).format(time);
  return times.map((time, i) => {
    const date = new Date(time);
    // The larger unit is written where it changes (and on the first tick), so "4" after "28" reads as 4 February.
    const before = i > 0 ? new Date(times[i - 1]) : null;
    const newYear = !before || before.getUTCFullYear() !== date.getUTCFullYear();
    const newMonth = newYear || before!.getUTCMonth() !== date.getUTCMonth();
    const newDay = newMonth || before!.getUTCDate() !== date.getUTCDate();
    const fields = tickFields(step, newYear, newMonth, newDay);
    return { time, label: format(fields, time), year: 'year' in fields };
  });
}

/**
 * The fields a tick is written with: the step's unit, with the larger ones where they change; the
 * year is on the first tick and where it changes at every zoom ("Aug 7 … Dec 4": of which year?).
 */
function tickFields(step: number, newYear: boolean, newMonth: boolean, newDay: boolean): Intl.DateTimeFormatOptions {
  if (step >= 360 * DAY) return TICK_FIELDS.year;
  if (step >= 28 * DAY) return newYear ? TICK_FIELDS.monthOfYear : TICK_FIELDS.month;
  if (step >= DAY) return newYear ? TICK_FIELDS.dayOfYear : newMonth ? TICK_FIELDS.dayOfMonth : TICK_FIELDS.day;
  return newYear ? TICK_FIELDS.timeOfYear : newDay ? TICK_FIELDS.timeOfDay : TICK_FIELDS.time;
}
