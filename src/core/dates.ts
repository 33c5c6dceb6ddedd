import type { DatePrecision, EventDate, Season, TimelineEvent } from './types.js';
import { DAY } from './time.js';
import { readEventDate, seasonOf, utc } from './edtf.js';

/**
 * Parses an ISO 8601 or EDTF level 1 date, keeping its precision and qualifiers. Returns `null`
 * for anything that is not a real calendar date (`2024-13-01`, `2023-02-29`, `2001~~`, `2024/06/19`);
 * `readEventDate` says why.
 */
export function parseEventDate(text: unknown): EventDate | null {
  return readEventDate(text).date;
}

/**
 * The first instant after the period a date names: `2024-06` ends where July begins. (Only
 * values with a time of day carry an offset, so years and months are always calendar values.)
 */
export function periodEnd(date: EventDate): number {
  // A day, nearly every event's, needs no Date: one per event is garbage a large file's reading then collects.
  if (date.precision === 'day') return date.time + DAY;
  const t = new Date(date.time);
  switch (date.precision) {
    case 'century':
      return utc(t.getUTCFullYear() + 100);
    case 'decade':
      return utc(t.getUTCFullYear() + 10);
    case 'year':
      return utc(t.getUTCFullYear() + 1);
    case 'season':
      return utc(t.getUTCFullYear(), t.getUTCMonth() + 3);
    case 'month':
      return utc(t.getUTCFullYear(), t.getUTCMonth() + 1);
    case 'minute':
      return date.time + 60_000;
    case 'second':
      return date.time + 1_000;
  }
}

/** How dates and numbers are written: the locale's default digits, or Latin or Arabic-Indic ones. */
export type Digits = 'auto' | 'latn' | 'arab';

/** The words a date is written with beyond what Intl writes: these keys of the interface's `Messages`. */
export interface DateWords {
  approximate(date: string): string;
  uncertain(date: string): string;
  approximateUncertain(date: string): string;
  decade(year: string): string;
  century(year: string): string;
  season(season: Season, year: string): string;
  ongoing(start: string): string;
}

/** English, for callers of the core that pass no words of their own (and the English message table). */
export const ENGLISH_DATE_WORDS: DateWords = {
  approximate: (date) => `c. ${date}`,
  uncertain: (date) => `${date}?`,
  approximateUncertain: (date) => `c. ${date}?`,
  decade: (year) => `the ${year}s`,
  century: (year) => `the ${year}s`,
  season: (season, year) => `${season} ${year}`,
  ongoing: (start) => `since ${start}`,
};

export interface DateFormatOptions {
  digits?: Digits;
  /** The reader's language's words ("c. 2001", "the 2010s"); English when absent. */
  words?: DateWords;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function fieldsFor(precision: DatePrecision): Intl.DateTimeFormatOptions {
  switch (precision) {
    case 'century':
    case 'decade':
    case 'year':
    case 'season':
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

/**
 * The digits dates and numbers are written with, as Intl names them: `latn` and `arab` when asked
 * for; with `auto`, the tag's own default (`latn` for `ar` and `ur`, `arab` for `ar-EG`, `arabext` for `fa`).
 */
export function resolveDigits(locale: string, digits: Digits = 'auto'): string {
  return numberFormatter(locale, digits, false).resolvedOptions().numberingSystem;
}

/** Only the two known values are forced: an empty or unknown attribute value means automatic. */
const forcedDigits = (digits: Digits): 'latn' | 'arab' | undefined => (digits === 'latn' || digits === 'arab' ? digits : undefined);

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
    // Gregorian always: Thai and Persian, among others, default to another calendar.
    const options: Intl.DateTimeFormatOptions = { ...fields, calendar: 'gregory', timeZone, numberingSystem: forcedDigits(digits) };
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

/**
 * Formats a date at its own precision, in the reader's words: "June 2024", "19 June 2024", "2024",
 * "c. 2001", "June 2024?", "the 2010s", "spring 2023", "winter 2023–2024".
 */
export function formatEventDate(date: EventDate, locale: string, options: DateFormatOptions = {}): string {
  const words = options.words ?? ENGLISH_DATE_WORDS;
  const written = writtenDate(date, locale, options.digits ?? 'auto', words);
  if (date.approximate && date.uncertain) return words.approximateUncertain(written);
  if (date.approximate) return words.approximate(written);
  return date.uncertain ? words.uncertain(written) : written;
}

/** A date without its qualifier. */
function writtenDate(date: EventDate, locale: string, digits: Digits, words: DateWords): string {
  const format = formatterFor(date, locale, digits);
  switch (date.precision) {
    case 'decade':
      return words.decade(format.format(date.time));
    case 'century':
      return words.century(format.format(date.time));
    case 'season': {
      const season = seasonOf(date);
      // Winter runs from December into the next year: both years are written.
      const year = season === 'winter' ? format.formatRange(date.time, periodEnd(date) - DAY) : format.format(date.time);
      return words.season(season, year);
    }
    default:
      return format.format(date.time);
  }
}

/** Whether a date is written with words of its own (a qualifier, a decade, a season…), not as Intl alone writes it. */
const hasWords = (date: EventDate) => date.approximate || date.uncertain || date.precision === 'decade' || date.precision === 'century' || date.precision === 'season';

/**
 * Formats a span as a range at its precision ("18–19 June 2024"); an end equal to the start,
 * or no end, gives the single date.
 */
export function formatEventRange(start: EventDate, end: EventDate | undefined, locale: string, options: DateFormatOptions = {}): string {
  const digits = options.digits ?? 'auto';
  if (!end || (end.time === start.time && end.precision === start.precision && end.approximate === start.approximate && end.uncertain === start.uncertain)) return formatEventDate(start, locale, options);
  if (end.precision === start.precision && end.offsetMinutes === start.offsetMinutes && !hasWords(start) && !hasWords(end)) {
    const format = formatterFor(start, locale, digits, beforeOurEra(start) || beforeOurEra(end));
    const parts = format.formatRangeToParts(start.time, end.time);
    if (writesBothEnds(format, parts, start.time, end.time)) return parts.map((part) => part.value).join('');
    // Some languages' range patterns lose the date's own form (Japanese and Chinese fall back to
    // 2024/06/18, Swahili drops the first month): each end in full, with the range's own separator.
    return `${format.format(start.time)}${rangeSeparator(parts)}${format.format(end.time)}`;
  }
  return `${formatEventDate(start, locale, options)} – ${formatEventDate(end, locale, options)}`;
}

/** An event's dates as the reader is told them: a range, a single date, or "since 24 February 2022" while ongoing. */
export function formatEventDates(event: Pick<TimelineEvent, 'start' | 'end' | 'ongoing'>, locale: string, options: DateFormatOptions = {}): string {
  if (event.ongoing) return (options.words ?? ENGLISH_DATE_WORDS).ongoing(formatEventDate(event.start, locale, options));
  return formatEventRange(event.start, event.end, locale, options);
}

const DATE_FIELDS = new Set<string>(['era', 'year', 'month', 'day', 'hour', 'minute', 'second']);

/**
 * Whether a formatted range writes its ends as single dates do: no sign or letter a single date
 * lacks (2024/06 for 2024年6月), and each field that differs between the ends on both sides.
 */
function writesBothEnds(format: Intl.DateTimeFormat, parts: Intl.DateTimeRangeFormatPart[], from: number, to: number): boolean {
  const signs = (text: string) => text.replace(/[\s\p{Nd}]/gu, '');
  const known = new Set(signs(format.format(from) + format.format(to)));
  const [lastOfStart, firstOfEnd] = separatorBounds(parts);
  // What lies between the ends is the range's own separator ("–", "～", "至").
  if (parts.some((part, i) => (i < lastOfStart || i > firstOfEnd) && [...signs(part.value)].some((sign) => !known.has(sign)))) return false;
  const fields = (time: number) => new Map(format.formatToParts(time).filter((part) => DATE_FIELDS.has(part.type)).map((part) => [part.type, part.value]));
  const [start, end] = [fields(from), fields(to)];
  for (const [type, value] of start) {
    if (end.get(type) === value) continue;
    if (!parts.some((part) => part.source === 'startRange' && part.type === type) || !parts.some((part) => part.source === 'endRange' && part.type === type)) return false;
  }
  return true;
}

/** The index of the start's last part and of the end's first part: what lies between them separates the ends. */
function separatorBounds(parts: Intl.DateTimeRangeFormatPart[]): [number, number] {
  return [parts.map((part) => part.source).lastIndexOf('startRange'), parts.findIndex((part) => part.source === 'endRange')];
}

/** What a range puts between its ends ("–", "～", "至"), or a spaced en dash when it shares nothing between them. */
function rangeSeparator(parts: Intl.DateTimeRangeFormatPart[]): string {
  const [lastOfStart, firstOfEnd] = separatorBounds(parts);
  const between = lastOfStart >= 0 && firstOfEnd > lastOfStart ? parts.slice(lastOfStart + 1, firstOfEnd) : [];
  const separator = between.every((part) => part.type === 'literal') ? between.map((part) => part.value).join('') : '';
  return separator.trim() ? separator : ' – ';
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
  return numberFormatter(locale, digits, compact).format(value);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormatter(locale: string, digits: Digits, compact: boolean): Intl.NumberFormat {
  const key = `${locale}|${digits}|${compact}`;
  let format = numberFormats.get(key);
  if (!format) {
    const options: Intl.NumberFormatOptions = compact ? { notation: 'compact', maximumFractionDigits: 1 } : {};
    numberFormats.set(key, (format = new Intl.NumberFormat(locale, { ...options, numberingSystem: forcedDigits(digits) })));
  }
  return format;
}

/** A range boundary as epoch ms, or null: an inclusive ISO end covers its whole day, month or year. */
export function rangeBoundary(value: string | Date | number, isEnd: boolean): number | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.getTime();
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const date = parseEventDate(value);
  if (!date) return null;
  return isEnd ? periodEnd(date) : date.time;
}

/**
 * A date as an HTML `datetime` value, without EDTF's marks (`2001~` gives `2001`), or undefined
 * for a span HTML has no value for (a decade, a century, a season).
 */
export function htmlDatetime(date: EventDate): string | undefined {
  if (date.precision === 'decade' || date.precision === 'century' || date.precision === 'season') return undefined;
  // A qualifier ends the text, and an unspecified month or day is its last part or two.
  return date.iso.replace(/[~?%]$/, '').replace(/-XX/gi, '');
}
