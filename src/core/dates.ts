import type { DatePrecision, EventDate } from './types.js';
import { DAY } from './time.js';

const ISO_DATE =
  /^([+-]?\d{4,6})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/;


/** Milliseconds since the epoch for a UTC calendar value, valid for years 0–99 too. */
function utc(year: number, month = 0, day = 1, hour = 0, minute = 0, second = 0): number {
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
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const local = utc(year, month - 1, day, hour, minute, second);
  // Rejects 31 April and 29 February in common years.
  if (new Date(local).getUTCDate() !== day) return null;
  const precision: DatePrecision =
    s !== undefined ? 'second' : mi !== undefined ? 'minute' : d !== undefined ? 'day' : mo !== undefined ? 'month' : 'year';
  if (zone === undefined) return { time: local, precision, iso };
  const offsetMinutes = parseOffset(zone);
  if (offsetMinutes === null) return null;
  return { time: local - offsetMinutes * 60_000, precision, offsetMinutes, iso };
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
  const t = new Date(date.time);
  const y = t.getUTCFullYear();
  switch (date.precision) {
    case 'year':
      return utc(y + 1);
    case 'month':
      return utc(y, t.getUTCMonth() + 1);
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
