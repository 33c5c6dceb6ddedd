import type { DatePrecision, EventDate, Season } from './types.js';

/**
 * Dates as the Extended Date/Time Format (ISO 8601-2, level 1) writes them, beside plain ISO 8601:
 * `2001~` approximate, `2024-06?` uncertain, `2024-06%` both, `201X` a decade, `19XX` a century,
 * `2024-XX` and `2024-06-XX` (some month, some day), seasons `2023-21` to `2023-24`. Pure.
 *
 * Each value names an interval; `time` is its first instant, which is where it sorts and where its
 * mark begins (a qualifier never moves it). Seasons are the northern hemisphere's meteorological
 * ones: spring is March to May, summer June to August, autumn September to November, and winter
 * December to February, so winter 2023 (`2023-24`) runs from December 2023 to February 2024.
 */

/** A read date, or what is wrong with the text. */
export type DateReading = { date: EventDate; problem?: undefined } | { date: null; problem: string };

const ISO_DATE =
  /^([+-]?\d{4,6})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/;
/** A year, then a month or a season code, each maybe unspecified (X), then a day maybe unspecified. */
const UNSPECIFIED = /^(\d{2}XX|\d{3}X|[+-]?\d{4,6})(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?$/;
/** Whether the last character of a text is an EDTF qualifier: `~` approximate, `?` uncertain, `%` both. */
const endsQualified = (text: string) => /[~?%]$/.test(text);

/** First months (0-based) of spring, summer, autumn and winter: EDTF's codes 21 to 24. */
export const SEASON_MONTHS: Readonly<Record<Season, number>> = { spring: 2, summer: 5, autumn: 8, winter: 11 };
const SEASONS: readonly Season[] = ['spring', 'summer', 'autumn', 'winter'];
const EXAMPLES = '2024, 2024-06, 2024-06-19, 2001~, 2024-06?, 201X, 2023-21';

/** Milliseconds since the epoch for a UTC calendar value, valid for years 0–99 too (month may overflow). */
export function utc(year: number, month = 0, day = 1, hour = 0, minute = 0, second = 0): number {
  // Date.UTC reads years 0–99 as 1900–1999; only those need the slower way.
  if (year >= 100 || year < 0) return Date.UTC(year, month, day, hour, minute, second);
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/** Days in a month (1–12) of the proleptic Gregorian calendar, which Date uses. */
export function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A digit's value at a position, or NaN. */
const digitAt = (text: string, i: number) => {
  const code = text.charCodeAt(i) - 48;
  return code >= 0 && code <= 9 ? code : NaN;
};

/**
 * The most common date, `YYYY-MM-DD` (years 100 to 9999), read without a regular expression:
 * its instant, or null for anything else (which the full reader then reads or refuses).
 */
function plainDay(text: string): number | null {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  const year = digitAt(text, 0) * 1000 + digitAt(text, 1) * 100 + digitAt(text, 2) * 10 + digitAt(text, 3);
  const month = digitAt(text, 5) * 10 + digitAt(text, 6);
  const day = digitAt(text, 8) * 10 + digitAt(text, 9);
  // NaN (a letter) fails every comparison, as do years Date.UTC would read as 19xx.
  if (!(year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month))) return null;
  return Date.UTC(year, month - 1, day);
}

function parseOffset(zone: string): number | null {
  if (zone === 'Z') return 0;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  if (hours > 14 || minutes > 59) return null;
  return sign * (hours * 60 + minutes);
}

/** A refusal: every one begins "is not a date", then says why. */
const refused = (why: string): DateReading => ({ date: null, problem: why.startsWith('(') ? `is not a date ${why}` : `is not a date: ${why}` });
const BEYOND = refused('its year is beyond those a date can hold (271,821 BC to AD 275,760)');

/** The month and day checks every form shares: a problem, or null when the calendar has that day. */
function calendarProblem(year: number, month: number, day: number | undefined): string | null {
  if (month < 1 || month > 12) return month > 20 && month < 25 ? null : `there is no month ${String(month).padStart(2, '0')} (months are 01 to 12, seasons 21 to 24)`;
  if (day !== undefined && (day < 1 || day > daysIn(year, month))) return `there is no day ${String(day).padStart(2, '0')} in that month (it has ${daysIn(year, month)})`;
  return null;
}

/**
 * Reads an ISO 8601 or EDTF (level 1) date, keeping its precision and qualifiers, or says what is
 * wrong with it (`2024-13`: "is not a date: there is no month 13 …").
 */
export function readEventDate(value: unknown): DateReading {
  if (typeof value !== 'string') return refused('dates are written as text (2024-06-19)');
  const plain = plainDay(value);
  if (plain !== null) return { date: { time: plain, precision: 'day', iso: value } };
  const iso = value.trim();
  let text = iso;
  if (text === '..') return refused('".." (still going on) is for an end only');
  const qualifier = endsQualified(text) ? text.slice(-1) : '';
  if (qualifier) {
    text = text.slice(0, -1);
    if (endsQualified(text)) return refused('it has more than one of ~ (about), ? (uncertain) and % (both)');
    if (text.includes('T')) return refused('a time of day cannot be qualified (~, ? or %)');
  }
  const reading = /x/i.test(text) ? readUnspecified(text.toUpperCase(), iso) : readIso(text, iso);
  if (!reading.date || !qualifier) return reading;
  const date = reading.date;
  if (qualifier !== '?') date.approximate = true;
  if (qualifier !== '~') date.uncertain = true;
  return reading;
}

/** `201X`, `19XX`, `2024-XX`, `2024-06-XX`, `2024-XX-XX`. */
function readUnspecified(text: string, iso: string): DateReading {
  const match = UNSPECIFIED.exec(text);
  if (!match) return refused('X may stand only for a year’s last digit or two (201X, 19XX), a month (2024-XX) or a day (2024-06-XX)');
  const [, y, mo, d] = match;
  const xs = y.length - y.replace(/X/g, '').length;
  if (xs > 0 && mo !== undefined) return refused('a decade or century has no month (201X, 19XX)');
  if (mo === 'XX' && d !== undefined && d !== 'XX') return refused('a month written XX has no day');
  if (xs > 0) {
    const year = Number(y.replace(/X/g, '0'));
    return { date: { time: utc(year), precision: xs === 1 ? 'decade' : 'century', unspecified: true, iso } };
  }
  const year = Number(y);
  if (Number.isNaN(utc(year, 11, 31))) return BEYOND;
  if (mo === 'XX') return { date: { time: utc(year), precision: 'year', unspecified: true, iso } };
  const month = Number(mo);
  const problem = calendarProblem(year, month, undefined) ?? (month > 12 ? 'a season has no days' : null);
  if (problem) return refused(problem);
  return { date: { time: utc(year, month - 1), precision: 'month', unspecified: true, iso } };
}

/** Plain ISO 8601, and seasons (`2023-21`). */
function readIso(text: string, iso: string): DateReading {
  const match = ISO_DATE.exec(text);
  if (!match) return refused(`(use ISO 8601 or EDTF: ${EXAMPLES})`);
  const [, y, mo, d, h, mi, s, zone] = match;
  const year = Number(y);
  const month = mo === undefined ? 1 : Number(mo);
  const problem = calendarProblem(year, month, d === undefined ? undefined : Number(d));
  if (problem) return refused(problem);
  if (month > 12) {
    if (d !== undefined) return refused('a season has no days');
    const time = utc(year, SEASON_MONTHS[SEASONS[month - 21]]);
    return Number.isNaN(time) ? BEYOND : { date: { time, precision: 'season', iso } };
  }
  const day = d === undefined ? 1 : Number(d);
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (hour > 23 || minute > 59 || second > 59) return refused('there is no such time of day');
  const local = utc(year, month - 1, day, hour, minute, second);
  if (Number.isNaN(local)) return BEYOND;
  const precision: DatePrecision =
    s !== undefined ? 'second' : mi !== undefined ? 'minute' : d !== undefined ? 'day' : mo !== undefined ? 'month' : 'year';
  if (zone === undefined) return { date: { time: local, precision, iso } };
  const offsetMinutes = parseOffset(zone);
  if (offsetMinutes === null) return refused('its offset from UTC is beyond ±14:59');
  return { date: { time: local - offsetMinutes * 60_000, precision, offsetMinutes, iso } };
}

/** Which season a date of precision `season` is. */
export function seasonOf(date: Pick<EventDate, 'time'>): Season {
  return SEASONS[Math.floor(new Date(date.time).getUTCMonth() / 3)];
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** A year as ISO 8601 writes it: four digits at least, a sign before year 0 and after 9999. */
function writeYear(year: number): string {
  if (year < 0) return `-${pad(-year, 4)}`;
  return year > 9999 ? `+${year}` : pad(year, 4);
}

/**
 * Writes a date back as EDTF, from its meaning (not from the text it was read from): what
 * `readEventDate` reads as the same date. A time of day is written in UTC, or at its own offset.
 */
export function writeEventDate(date: EventDate): string {
  const offset = date.offsetMinutes ?? 0;
  const t = new Date(date.time + offset * 60_000);
  const year = t.getUTCFullYear();
  let text: string;
  switch (date.precision) {
    case 'century':
      text = `${writeYear(year).slice(0, -2)}XX`;
      break;
    case 'decade':
      text = `${writeYear(year).slice(0, -1)}X`;
      break;
    case 'year':
      text = writeYear(year) + (date.unspecified ? '-XX' : '');
      break;
    case 'season':
      text = `${writeYear(year)}-${21 + SEASONS.indexOf(seasonOf(date))}`;
      break;
    case 'month':
      text = `${writeYear(year)}-${pad(t.getUTCMonth() + 1)}${date.unspecified ? '-XX' : ''}`;
      break;
    default: {
      text = `${writeYear(year)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
      if (date.precision === 'day') break;
      text += `T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
      if (date.precision === 'second') text += `:${pad(t.getUTCSeconds())}`;
      if (date.offsetMinutes !== undefined) {
        const abs = Math.abs(offset);
        text += offset === 0 ? 'Z' : `${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
      }
    }
  }
  return text + (date.approximate && date.uncertain ? '%' : date.approximate ? '~' : date.uncertain ? '?' : '');
}

/** Whether a date is only known to lie somewhere in its span (a decade, a season, `2024-XX`): drawn over the span. */
export const coversSpan = (date: EventDate): boolean => date.unspecified === true || date.precision === 'season';

/** Whether a date is drawn softened: approximate, uncertain, or somewhere in a span. */
export const isVague = (date: EventDate): boolean => date.approximate === true || date.uncertain === true || coversSpan(date);
