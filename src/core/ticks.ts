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
  const first = times[0];
  const format = (fields: Intl.DateTimeFormatOptions, time: number) => dateFormatter(locale, fields, digits).format(time);
  return times.map((time) => {
    const date = new Date(time);
    let label: string;
    if (step >= 360 * DAY) {
      label = format({ year: 'numeric' }, time);
    } else if (step >= 28 * DAY) {
      const withYear = time === first || date.getUTCMonth() === 0;
      label = format(withYear ? { year: 'numeric', month: 'short' } : { month: 'short' }, time);
    } else if (step >= DAY) {
      const withMonth = time === first || date.getUTCDate() === 1;
      label = format(withMonth ? { month: 'short', day: 'numeric' } : { day: 'numeric' }, time);
    } else {
      const withDay = time === first || (date.getUTCHours() === 0 && date.getUTCMinutes() === 0);
      label = format(withDay ? { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' } : { hour: '2-digit', minute: '2-digit' }, time);
    }
    return { time, label };
  });
}
