import type { DatePrecision, EventDate } from './types.js';
import { DAY } from './time.js';

const ISO_DATE =
  /^([+-]?\d{4,6})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/;


/** Milliseconds since the epoch for a UTC calendar value, valid for years 0–99 too. */
function utc(year: number, month = 0, day = 1, hour = 0, minute = 0, second = 0): number {
  // Date.UTC reads years 0–99 as 1900–1999; only those need the slower way.
  if (year >= 100 || year < 0) return Date.UTC(year, month, day, hour, minute, second);
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/**
 * Parses an ISO 8601 date, keeping its precision. Returns `null` for anything that is not a
 * real calendar date (`2024-13-01`, `2023-02-29`, `24-06-19`, `2024/06/19`).
 */
export function parseEventDate(text: unknown): EventDate | null {
  if (typeof text !== 'string') return null;
  const plain = plainDay(text);
  if (plain !== null) return { time: plain, precision: 'day', iso: text };
  const iso = text.trim();
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, zone] = match;
  const year = Number(y);
  const month = mo === undefined ? 1 : Number(mo);
  const day = d === undefined ? 1 : Number(d);
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = s === undefined ? 0 : Number(s);
  // Rejects 31 April and 29 February in common years.
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 59) return null;
  const local = utc(year, month - 1, day, hour, minute, second);
  // Beyond the ±275,760 years a Date can hold.
  if (Number.isNaN(local)) return null;
  const precision: DatePrecision =
    s !== undefined ? 'second' : mi !== undefined ? 'minute' : d !== undefined ? 'day' : mo !== undefined ? 'month' : 'year';
  if (zone === undefined) return { time: local, precision, iso };
  const offsetMinutes = parseOffset(zone);
  if (offsetMinutes === null) return null;
  return { time: local - offsetMinutes * 60_000, precision, offsetMinutes, iso };
}

/** A digit's value at a position, or NaN. */
const digitAt = (text: string, i: number) => {
  const code = text.charCodeAt(i) - 48;
  return code >= 0 && code <= 9 ? code : NaN;
};

/**
 * The most common date, `YYYY-MM-DD` (years 100 to 9999), read without a regular expression:
 * its instant, or null for anything else (which the full parser then reads or refuses).
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

/** Days in a month (1–12) of the proleptic Gregorian calendar, which Date uses. */
function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
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

/**
 * The first instant after the period a date names: `2024-06` ends where July begins. (Only
 * values with a time of day carry an offset, so years and months are always calendar values.)
 */
export function periodEnd(date: EventDate): number {
  switch (date.precision) {
    case 'year':
      return utc(new Date(date.time).getUTCFullYear() + 1);
    case 'month': {
      const t = new Date(date.time);
      return utc(t.getUTCFullYear(), t.getUTCMonth() + 1);
    }
    case 'day':
      return date.time + DAY;
    case 'minute':
      return date.time + 60_000;
    case 'second':
      return date.time + 1_000;
  }
}

/** How dates and numbers are written: the locale's default digits, or Latin or Arabic-Indic ones. */
export type Digits = 'auto' | 'latn' | 'arab';

export interface DateFormatOptions {
  digits?: Digits;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function fieldsFor(precision: DatePrecision): Intl.DateTimeFormatOptions {
  switch (precision) {
    case 'year':
      return { year: 'numeric' };
    case 'month':
      return { year: 'numeric', month: 'long' };
    case 'day':
      return { year: 'numeric', month: 'long', day: 'numeric' };
    case 'minute':
      return { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' };
    case 'second':
      return { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' };
  }
}

function offsetZone(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The digits to use: `auto` gives Arabic-Indic digits for Arabic, and the locale's own elsewhere. */
export function resolveDigits(locale: string, digits: Digits = 'auto'): Digits {
  // Only the three known values: an empty or unknown attribute value means automatic.
  if (digits === 'latn' || digits === 'arab') return digits;
  return locale.toLowerCase().split('-')[0] === 'ar' ? 'arab' : 'auto';
}

/** A cached Gregorian-calendar formatter; building one costs far more than using it. */
export function dateFormatter(
  locale: string,
  fields: Intl.DateTimeFormatOptions,
  digits: Digits = 'auto',
  timeZone = 'UTC',
): Intl.DateTimeFormat {
  const key = `${locale}|${digits}|${timeZone}|${JSON.stringify(fields)}`;
  let format = formatters.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { ...fields, calendar: 'gregory', timeZone };
    const numbering = resolveDigits(locale, digits);
    if (numbering !== 'auto') options.numberingSystem = numbering;
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch {
      // An offset time zone or a locale this engine does not know: UTC, then English.
      try {
        format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
      } catch {
        format = new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' });
      }
    }
    formatters.set(key, format);
  }
  return format;
}

/** Whether a date falls before year 1, where the era must be written ("3500 BC", not "3500"). */
const beforeOurEra = (date: EventDate) => new Date(date.time).getUTCFullYear() <= 0;

function formatterFor(date: EventDate, locale: string, digits: Digits, withEra = beforeOurEra(date)): Intl.DateTimeFormat {
  const fields: Intl.DateTimeFormatOptions = withEra ? { ...fieldsFor(date.precision), era: 'short' } : fieldsFor(date.precision);
  if (date.offsetMinutes === undefined) return dateFormatter(locale, fields, digits);
  return dateFormatter(locale, { ...fields, timeZoneName: 'short' }, digits, offsetZone(date.offsetMinutes));
}

/** Formats a date at its own precision: "June 2024", "19 June 2024", "2024". */
export function formatEventDate(date: EventDate, locale: string, options: DateFormatOptions = {}): string {
  return formatterFor(date, locale, options.digits ?? 'auto').format(date.time);
}

/**
 * Formats a span as a range at its precision ("18–19 June 2024"); an end equal to the start,
 * or no end, gives the single date.
 */
export function formatEventRange(start: EventDate, end: EventDate | undefined, locale: string, options: DateFormatOptions = {}): string {
  const digits = options.digits ?? 'auto';
  if (!end || (end.time === start.time && end.precision === start.precision)) return formatEventDate(start, locale, options);
  if (end.precision === start.precision && end.offsetMinutes === start.offsetMinutes) {
    const format = formatterFor(start, locale, digits, beforeOurEra(start) || beforeOurEra(end));
    return format.formatRange(start.time, end.time);
  }
  return `${formatEventDate(start, locale, options)} – ${formatEventDate(end, locale, options)}`;
}

/**
 * Builds, ahead of time, the formatters a first render uses (dates to the day, numbers). The first
 * Intl formatter of a page starts the engine's locale data: tens of milliseconds, which the page
 * would otherwise pay in its first render.
 */
export function prepareFormats(locale: string): void {
  dateFormatter(locale, fieldsFor('day'));
  formatNumber(0, locale);
}

/** Number formatting that follows the same digit choice as dates; `compact` writes 1.2K. */
export function formatNumber(value: number, locale: string, digits: Digits = 'auto', compact = false): string {
  const key = `${locale}|${digits}|${compact}`;
  let format = numberFormats.get(key);
  if (!format) {
    const options: Intl.NumberFormatOptions = compact ? { notation: 'compact', maximumFractionDigits: 1 } : {};
    const numbering = resolveDigits(locale, digits);
    if (numbering !== 'auto') options.numberingSystem = numbering;
    numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  }
  return format.format(value);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A range boundary as epoch ms, or null: an inclusive ISO end covers its whole day, month or year. */
export function rangeBoundary(value: string | Date | number, isEnd: boolean): number | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.getTime();
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const date = parseEventDate(value);
  if (!date) return null;
  return isEnd ? periodEnd(date) : date.time;
}
