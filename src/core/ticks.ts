import { utcTicks } from 'd3-time';
import { dateFormatter, type Digits } from './dates.js';
import { DAY } from './time.js';

export interface Tick {
  time: number;
  label: string;
}


/**
 * Axis ticks for a visible window: D3's UTC time ticks, as many as fit the width, labelled with
 * `Intl.DateTimeFormat` in the Gregorian calendar at the precision the step needs.
 */
export function computeTicks(from: number, to: number, width: number, locale: string, digits: Digits = 'auto', spacing = 90): Tick[] {
  const count = Math.max(2, Math.floor(width / spacing));
  const times = utcTicks(new Date(from), new Date(to), count).map((d) => d.getTime());
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
    let label: string;
    if (step >= 360 * DAY) {
      label = format({ year: 'numeric' }, time);
    } else if (step >= 28 * DAY) {
      label = format(newYear ? { year: 'numeric', month: 'short' } : { month: 'short' }, time);
    } else if (step >= DAY) {
      label = format(newMonth ? { month: 'short', day: 'numeric' } : { day: 'numeric' }, time);
    } else {
      label = format(newDay ? { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' } : { hour: '2-digit', minute: '2-digit' }, time);
    }
    return { time, label };
  });
}
