import { periodEnd } from './dates.js';
import { readEventDate } from './edtf.js';
import { DAY } from './time.js';
import { isSafeUrl } from './url.js';
import type {
  Category,
  Era,
  EventDate,
  Issue,
  LocalizedText,
  Media,
  SourceLink,
  Timeline,
  TimelineEvent,
} from './types.js';

export const ID_PATTERN = /^[a-z0-9-]+$/;

/** The sources of every event that cites none: one list, frozen, shared, not an empty list per event. */
const NO_SOURCES = Object.freeze([]) as unknown as SourceLink[];
const COLOR_PATTERN = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
/** The lane for events without a category (or naming one that does not exist). */
export const DEFAULT_CATEGORY_ID = 'other';
export const DEFAULT_COLORS = ['#2563eb', '#c2410c', '#8b5cf6', '#0d9488', '#dc2626', '#a16207', '#db2777', '#6b7280'];
const MAX_TEXT = 20_000;
const NOT_SPACE = /\S/;

/**
 * Whether a text has a character trim() keeps (\S): a text that begins with a printable ASCII
 * letter, as nearly every title does, runs no regular expression, and no trimmed copy is made.
 */
function hasText(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first > 32 && first < 127) || NOT_SPACE.test(text);
}

export interface ValidationResult {
  /** The valid part of the document, normalised; `null` when nothing usable was found. */
  timeline: Timeline | null;
  /** Every problem found, each with its path. */
  issues: Issue[];
}

type Json = Record<string, unknown>;

/**
 * Where a value sits in the document. A number is an event's position (`events[3]`): a path is
 * text only when a problem is reported, so a hundred thousand valid events build no path at all.
 */
type Path = string | number;
const pathText = (path: Path, field: string) => (typeof path === 'string' ? path : `events[${path}]`) + field;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Control, bidi and zero-width characters would garble a message, reorder it, or hide in it. */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/** Whether a text holds a character that would not be seen. */
export const hasInvisible = (text: string) => text.search(INVISIBLE) >= 0;

/** A text for a message or a path, with each invisible character written out (`\u202E`), not hidden. */
export function visible(text: string): string {
  return text.replace(INVISIBLE, (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/** Shows a value briefly and safely in a message: quoted, truncated, invisible characters written out. */
function show(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (value === undefined) text = 'nothing';
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  text = visible(text);
  return text.length > 60 ? text.slice(0, 57) + '…' : text;
}

export interface ValidateOptions {
  /** Where the data came from: relative URLs in it are resolved against this (http or https only). */
  baseUrl?: string;
  /** The time an ongoing event (`"end": ".."`) reaches: the end of this day. Default: now. */
  now?: number;
}

/** An end that is `".."`: still going on. */
const ONGOING = 'ongoing';

class Checker {
  readonly issues: Issue[] = [];
  /** Texts cut at the length limit: reported, though the event is still shown. */
  readonly cuts: Issue[] = [];

  constructor(private readonly baseUrl?: string) {}

  /** Records a problem at a path (and a field in it: `.start`). */
  report(path: Path, message: string, field = ''): void {
    this.issues.push({ path: visible(pathText(path, field)), message });
  }

  private cut(text: string, at: Path, field: string): string {
    if (text.length <= MAX_TEXT) return text;
    this.cuts.push({ path: visible(pathText(at, field)), message: `is ${text.length.toLocaleString('en')} characters long: cut at ${MAX_TEXT.toLocaleString('en')}` });
    return text.slice(0, MAX_TEXT);
  }

  /** Plain text or a language map of plain texts; returns undefined (with an issue) otherwise. */
  text(value: unknown, at: Path, required = false, field = ''): LocalizedText | undefined {
    if (value === undefined || value === null) {
      if (required) this.report(at, 'is required', field);
      return undefined;
    }
    if (typeof value === 'string') {
      if (required && !hasText(value)) {
        this.report(at, 'must not be empty', field);
        return undefined;
      }
      return this.cut(value, at, field);
    }
    if (isObject(value)) {
      const out: Record<string, string> = {};
      for (const [lang, text] of Object.entries(value)) {
        if (typeof text !== 'string') {
          this.report(at, `must be text, not ${show(text)}`, `${field}.${lang}`);
          continue;
        }
        if (!/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(lang)) {
          this.report(at, `${show(lang)} is not a language tag`, field);
          continue;
        }
        out[lang] = this.cut(text, at, `${field}.${lang}`);
      }
      if (Object.keys(out).length === 0) {
        if (required) this.report(at, 'has no text in any language', field);
        return undefined;
      }
      return out;
    }
    this.report(at, `must be text or a map of language to text, not ${show(value)}`, field);
    return undefined;
  }

  /**
   * Each date already read, by its text. Events on the same day share one date, frozen: a
   * hundred thousand events over twenty years make a few thousand dates, not a hundred thousand.
   */
  private readonly dates = new Map<string, EventDate>();

  date(value: unknown, path: Path, field = ''): EventDate | null {
    if (typeof value === 'string') {
      const known = this.dates.get(value);
      if (known) return known;
    }
    if (value === undefined || value === null || value === '') {
      this.report(path, 'is required', field);
      return null;
    }
    const { date, problem } = readEventDate(value);
    if (!date) this.report(path, `${show(value)} ${problem}`, field);
    else this.dates.set(value as string, Object.freeze(date));
    return date;
  }

  /** An optional end: must be a date and must not come before the start; `".."` is still going on. */
  end(value: unknown, start: EventDate, path: Path, field = ''): EventDate | typeof ONGOING | undefined {
    if (value === undefined || value === null || value === '') return undefined;
    if (value === '..') return ONGOING;
    const end = this.date(value, path, field);
    if (!end) return undefined;
    if (periodEnd(end) <= start.time) {
      this.report(path, `${show(value)} is before the start`, field);
      return undefined;
    }
    return end;
  }

  url(value: unknown, path: string): string | undefined {
    if (isSafeUrl(value)) {
      if (!this.baseUrl || !/^https?:/i.test(this.baseUrl)) return value;
      const resolved = new URL(value, this.baseUrl).href;
      return isSafeUrl(resolved) ? resolved : undefined;
    }
    this.report(path, `${show(value)} is not an allowed URL (only http:, https: or relative)`);
    return undefined;
  }
}

function checkCategories(value: unknown, check: Checker): Category[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    check.report('categories', 'must be a list');
    return [];
  }
  const seen = new Set<string>();
  const categories: Category[] = [];
  value.forEach((raw, i) => {
    const path = `categories[${i}]`;
    if (!isObject(raw)) return check.report(path, 'must be an object');
    const id = raw.id;
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) return check.report(`${path}.id`, `${show(id)} is not an id (a-z, 0-9 and -)`);
    if (seen.has(id)) return check.report(`${path}.id`, `${show(id)} is used twice`);
    seen.add(id);
    let color = DEFAULT_COLORS[categories.length % DEFAULT_COLORS.length];
    if (raw.color !== undefined) {
      if (typeof raw.color === 'string' && COLOR_PATTERN.test(raw.color)) color = raw.color.toLowerCase();
      else check.report(`${path}.color`, `${show(raw.color)} is not a colour (#rgb or #rrggbb)`);
    }
    categories.push({ id, label: check.text(raw.label, `${path}.label`) ?? id, color });
  });
  return categories;
}

function checkEras(value: unknown, check: Checker): Era[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    check.report('eras', 'must be a list');
    return [];
  }
  const eras: Era[] = [];
  value.forEach((raw, i) => {
    const path = `eras[${i}]`;
    if (!isObject(raw)) return check.report(path, 'must be an object');
    const start = check.date(raw.start, `${path}.start`);
    const label = check.text(raw.label, `${path}.label`, true);
    if (!start || label === undefined) return;
    const read = check.end(raw.end, start, `${path}.end`);
    const end = read === ONGOING ? undefined : read;
    const id = typeof raw.id === 'string' && ID_PATTERN.test(raw.id) ? raw.id : `era-${i}`;
    eras.push({ id, start, end, until: end ? periodEnd(end) : Number.POSITIVE_INFINITY, label });
  });
  return eras;
}

function checkMedia(value: unknown, path: string, check: Checker): Media | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) {
    check.report(path, 'must be an object');
    return undefined;
  }
  const src = check.url(value.src, `${path}.src`);
  if (!src) return undefined;
  return {
    src,
    alt: check.text(value.alt, `${path}.alt`),
    credit: check.text(value.credit, `${path}.credit`),
  };
}

function checkSources(value: unknown, path: string, check: Checker): SourceLink[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    check.report(path, 'must be a list');
    return [];
  }
  const sources: SourceLink[] = [];
  value.forEach((raw, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(raw)) return check.report(at, 'must be an object with a url');
    const url = check.url(raw.url, `${at}.url`);
    if (!url) return;
    const publisher = check.text(raw.publisher, `${at}.publisher`);
    sources.push({ title: check.text(raw.title, `${at}.title`) ?? publisher ?? url, publisher, url });
  });
  return sources;
}

/** What checking the events shares: the checker, the categories and the ids taken so far. */
class EventChecker {
  /** The ids of the events accepted so far: a refused event's id stays free for a later one. */
  private readonly ids = new Set<string>();

  constructor(
    private readonly check: Checker,
    private readonly categoryIds: ReadonlySet<string>,
    /** Where an ongoing event's bar ends: the end of today. */
    private readonly today: number,
  ) {}

  /** The event at position `at`, normalised, or null (with its issues) when it cannot be shown. */
  event(raw: unknown, at: number): TimelineEvent | null {
    const { check, ids } = this;
    if (!isObject(raw)) {
      check.report(at, 'must be an object with id, start and title');
      return null;
    }
    const before = check.issues.length;
    const id = raw.id;
    if (id === undefined) check.report(at, 'is required', '.id');
    else if (typeof id !== 'string' || !ID_PATTERN.test(id)) check.report(at, `${show(id)} is not an id (a-z, 0-9 and -)`, '.id');
    else if (ids.has(id)) check.report(at, `${show(id)} is used by an earlier event`, '.id');
    const start = check.date(raw.start, at, '.start');
    const title = check.text(raw.title, at, true, '.title');
    if (check.issues.length > before || !start || title === undefined) return null;
    ids.add(id as string);

    const read = check.end(raw.end, start, at, '.end');
    const end = read === ONGOING ? undefined : read;
    let category = DEFAULT_CATEGORY_ID;
    if (raw.category !== undefined) {
      if (typeof raw.category === 'string' && this.categoryIds.has(raw.category)) category = raw.category;
      else check.report(at, `${show(raw.category)} is not one of the categories`, '.category');
    }
    let importance: 1 | 2 | 3 = 2;
    if (raw.importance !== undefined) {
      if (raw.importance === 1 || raw.importance === 2 || raw.importance === 3) importance = raw.importance;
      else check.report(at, `${show(raw.importance)} must be 1, 2 or 3`, '.importance');
    }
    const event: TimelineEvent = {
      id: id as string,
      start,
      end,
      until: read === ONGOING ? Math.max(periodEnd(start), this.today) : periodEnd(end ?? start),
      category,
      importance,
      title,
      summary: raw.summary === undefined ? undefined : check.text(raw.summary, at, false, '.summary'),
      media: raw.media === undefined ? undefined : checkMedia(raw.media, `${pathText(at, '')}.media`, check),
      sources: raw.sources === undefined || raw.sources === null ? NO_SOURCES : checkSources(raw.sources, `${pathText(at, '')}.sources`, check),
    };
    // Only on the events that have them: the common event keeps the shape it had.
    if (read === ONGOING) event.ongoing = true;
    if (raw.displayDate !== undefined) {
      const words = check.text(raw.displayDate, at, false, '.displayDate');
      if (words !== undefined) event.displayDate = words;
    }
    return event;
  }
}

/** Orders events by start, then by end, then by id, so every view of them agrees. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return a.start.time - b.start.time || a.until - b.until || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Checks a news-timeline document and returns its valid part with every problem found.
 * Never throws: anything that is not a usable document gives `timeline: null` and an issue.
 */
export function validateTimeline(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const check = new Checker(options.baseUrl);
  if (!isObject(input)) {
    check.report('(document)', `must be an object with an "events" list, not ${show(input)}`);
    return { timeline: null, issues: check.issues };
  }
  if (input.version !== undefined && input.version !== 1) check.report('version', `${show(input.version)} is not a supported version (1)`);
  if (!Array.isArray(input.events)) {
    check.report('events', input.events === undefined ? 'is required (a list of events)' : 'must be a list');
    return { timeline: null, issues: check.issues };
  }
  const categories = checkCategories(input.categories, check);
  const categoryIds = new Set(categories.map((c) => c.id));
  const eras = checkEras(input.eras, check);
  const raws: unknown[] = input.events;
  const today = Math.floor((options.now ?? Date.now()) / DAY) * DAY + DAY;
  const checker = new EventChecker(check, categoryIds, today);
  const events: TimelineEvent[] = [];
  // Noted as each event is made, while it is at hand: not a second walk over all of them.
  let uncategorised = false;
  for (let i = 0; i < raws.length; i++) {
    const event = checker.event(raws[i], i);
    if (!event) continue;
    events.push(event);
    if (event.category === DEFAULT_CATEGORY_ID) uncategorised = true;
  }
  events.sort(compareEvents);
  if (uncategorised && !categoryIds.has(DEFAULT_CATEGORY_ID)) {
    categories.push({ id: DEFAULT_CATEGORY_ID, label: { en: 'Other', ar: 'أخرى' }, color: DEFAULT_COLORS[7] });
  }
  return {
    timeline: {
      title: check.text(input.title, 'title'),
      description: check.text(input.description, 'description'),
      categories,
      eras,
      events,
    },
    issues: [...check.issues, ...check.cuts],
  };
}
