import type { Issue } from '../core/types.js';
import { htmlToText, type LinkInText } from './html-text.js';
import { IdMaker, shortHash, slugify } from './ids.js';
import { classifyMedia } from './media.js';
import type { FormatReader } from './reader.js';

/**
 * Names a place in the source in its author's terms: `events[3].start_date.year` in a JSON
 * file, `row 7, Year` in a spreadsheet. `field` is a TimelineJS3 field path.
 */
export interface SourcePlaces {
  event(index: number, field: string): string;
  title(field: string): string;
  era(index: number, field: string): string;
}

export const JSON_PLACES: SourcePlaces = {
  event: (i, field) => (field ? `events[${i}].${field}` : `events[${i}]`),
  title: (field) => (field ? `title.${field}` : 'title'),
  era: (i, field) => (field ? `eras[${i}].${field}` : `eras[${i}]`),
};

/** The years a browser's `Date` can hold (as years, with room for a whole year's span). */
const MIN_YEAR = -271_820;
const MAX_YEAR = 275_759;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A field as text: strings trimmed, numbers written out, anything else empty. */
function str(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** Where each native field of an event came from, for messages about it. */
const FIELD_ORIGIN: Record<string, string> = {
  id: 'unique_id',
  start: 'start_date',
  end: 'end_date',
  title: 'text.headline',
  summary: 'text.text',
  category: 'group',
  media: 'media.url',
};

interface NativeEvent {
  id: string;
  start: string;
  end?: string;
  displayDate?: string;
  category?: string;
  title: string;
  summary?: string;
  media?: { src: string; alt?: string; credit?: string };
  sources?: Array<{ title: string; publisher?: string; url: string }>;
}

export interface Converted {
  document: unknown;
  issues: Issue[];
  /** A path in the native document (from validation) as a place in the source. */
  pathOf(path: string): string;
}

/**
 * The slide's own words for its date: its `display_date`, else those of its start and end dates
 * ("Early 2024 – Summer 2024"), as plain text; '' for none.
 */
function displayDateOf(raw: Record<string, unknown>): string {
  const words = (value: unknown) => htmlToText(str(value)).text;
  const slide = words(raw.display_date);
  if (slide) return slide;
  const start = isObject(raw.start_date) ? words(raw.start_date.display_date) : '';
  const end = isObject(raw.end_date) ? words(raw.end_date.display_date) : '';
  return start && end ? `${start} – ${end}` : start;
}

/** A TimelineJS3 date object as an ISO date at its precision, or a problem. */
function isoDate(value: unknown, place: (field: string) => string, issues: Issue[]): string | null {
  if (!isObject(value)) {
    issues.push({ path: place(''), message: 'must be an object with a year' });
    return null;
  }
  const field = (name: string) => str(value[name]).replace(/[\s,]+/g, '');
  const year = field('year');
  if (year === '') {
    issues.push({ path: place('year'), message: 'is required' });
    return null;
  }
  if (!/^[+-]?\d+$/.test(year)) {
    issues.push({ path: place('year'), message: `${JSON.stringify(year)} is not a year (a whole number; negative for BCE)` });
    return null;
  }
  // TimelineJS3 shows year -3500 as "3500 BCE": that is year -3499 in ISO 8601's count, which has a year 0.
  const written = Number(year);
  const astronomical = written < 0 ? written + 1 : written;
  if (astronomical < MIN_YEAR || astronomical > MAX_YEAR) {
    issues.push({
      path: place('year'),
      message: `${year} is beyond the dates a browser can place (from 271,821 BCE to 275,759); this event is left out`,
    });
    return null;
  }
  const sign = astronomical < 0 ? '-' : astronomical > 9999 ? '+' : '';
  let iso = sign + String(Math.abs(astronomical)).padStart(sign ? 6 : 4, '0');
  const parts: Array<[string, number, number]> = [
    ['month', 1, 12],
    ['day', 1, 31],
    ['hour', 0, 23],
    ['minute', 0, 59],
    ['second', 0, 59],
  ];
  for (const [name, min, max] of parts) {
    const text = field(name);
    if (text === '') break;
    const n = Number(text);
    if (!/^\d+$/.test(text) || n < min || n > max) {
      issues.push({ path: place(name), message: `${JSON.stringify(text)} is not a ${name} (${min}–${max})` });
      return null;
    }
    const two = String(n).padStart(2, '0');
    iso += name === 'month' || name === 'day' ? `-${two}` : name === 'hour' ? `T${two}` : `:${two}`;
  }
  // An hour alone reads as the start of that hour.
  if (/T\d{2}$/.test(iso)) iso += ':00';
  if (!isoDateExists(iso)) {
    issues.push({ path: place('day'), message: `${JSON.stringify(field('day'))} is not a day of that month` });
    return null;
  }
  return iso;
}

/** Whether the day of a `yyyy-mm-dd…` value exists (no 31 April, no 29 February in common years). */
function isoDateExists(iso: string): boolean {
  const match = /^([+-]?\d+)-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return true;
  const date = new Date(0);
  date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return date.getUTCDate() === Number(match[3]);
}

/** A link found in the text or a caption, as a source; its URL is checked by validation. */
const linkSource = (link: LinkInText) => ({ title: link.text, url: link.href });

/**
 * Converts a TimelineJS3 document (`title`, `events`, `eras`) into the native format. Each event
 * whose date cannot be placed is left out with a problem naming where it is; the rest is kept.
 */
export function convertTimelineJs(input: unknown, places: SourcePlaces = JSON_PLACES): Converted {
  const issues: Issue[] = [];
  const doc = isObject(input) ? input : {};
  const events: NativeEvent[] = [];
  /** The source index of each native event, and for its sources where each one came from. */
  const origins: Array<{ index: number; sources: string[] }> = [];
  const categories = new Map<string, { id: string; label: string }>();
  const ids = new IdMaker();
  const rawEvents = Array.isArray(doc.events) ? doc.events : [];
  if (!Array.isArray(doc.events)) issues.push({ path: 'events', message: 'is required (a list of events)' });

  rawEvents.forEach((raw, i) => {
    const at = (field: string) => places.event(i, field);
    if (!isObject(raw)) {
      issues.push({ path: at(''), message: 'must be an object with a start_date' });
      return;
    }
    if (raw.start_date === undefined || raw.start_date === null || raw.start_date === '') {
      issues.push({ path: at('start_date'), message: 'is required' });
      return;
    }
    const start = isoDate(raw.start_date, (f) => at(f ? `start_date.${f}` : 'start_date'), issues);
    if (!start) return;
    const hasEnd = isObject(raw.end_date) && str(raw.end_date.year) !== '';
    const end = hasEnd ? isoDate(raw.end_date, (f) => at(f ? `end_date.${f}` : 'end_date'), issues) : null;

    const text = isObject(raw.text) ? raw.text : {};
    const headline = htmlToText(str(text.headline));
    const body = htmlToText(str(text.text));
    const media = isObject(raw.media) ? raw.media : {};
    const caption = htmlToText(str(media.caption));
    const credit = htmlToText(str(media.credit));
    const sources: NativeEvent['sources'] = [];
    const sourceOrigins: string[] = [];
    const addLinks = (links: LinkInText[], field: string) => {
      for (const link of links) {
        sources.push(linkSource(link));
        sourceOrigins.push(field);
      }
    };

    let summary = body.text;
    let image: NativeEvent['media'];
    const kind = classifyMedia(str(media.url));
    if (kind.kind === 'image') {
      image = {
        src: kind.src,
        alt: htmlToText(str(media.alt)).text || caption.text || headline.text || undefined,
        credit: [caption.text, credit.text].filter(Boolean).join(' — ') || undefined,
      };
    } else if (kind.kind === 'link') {
      // Videos, posts, maps, documents: a link that names where it goes, never an embed.
      sources.push(caption.text ? { title: caption.text, publisher: kind.provider, url: kind.url } : { title: kind.provider, url: kind.url });
      sourceOrigins.push('media.url');
    } else if (kind.kind === 'html') {
      // A quote or an embed code pasted as media: its text joins the summary, its links the sources.
      const pasted = htmlToText(str(media.url));
      const frame = /<iframe[^>]*\ssrc\s*=\s*["']?([^"'\s>]+)/i.exec(str(media.url));
      if (frame) {
        const framed = classifyMedia(frame[1]);
        if (framed.kind === 'link') sources.push({ title: caption.text || framed.provider, publisher: caption.text ? framed.provider : undefined, url: framed.url });
        else if (framed.kind === 'image') sources.push({ title: caption.text || framed.src, url: framed.src });
        if (framed.kind === 'link' || framed.kind === 'image') sourceOrigins.push('media.url');
      }
      if (pasted.text) summary = [summary, pasted.text].filter(Boolean).join('\n');
      addLinks(pasted.links, 'media.url');
    }
    addLinks(body.links, 'text.text');
    addLinks(caption.links, 'media.caption');
    addLinks(credit.links, 'media.credit');

    const displayDate = displayDateOf(raw);
    const title = headline.text || firstLine(body.text) || caption.text || displayDate || start;
    const event: NativeEvent = {
      id: ids.take(raw.unique_id, title, start, JSON.stringify(raw)),
      start,
      title,
    };
    if (end) event.end = end;
    if (displayDate) event.displayDate = displayDate;
    const group = htmlToText(str(raw.group)).text;
    if (group) event.category = categoryFor(group, categories);
    if (summary) event.summary = summary;
    if (image) event.media = image;
    if (sources.length) event.sources = sources;
    events.push(event);
    origins.push({ index: i, sources: sourceOrigins });
  });

  const eras: Array<{ start: string; end?: string; label: string }> = [];
  const eraOrigins: number[] = [];
  (Array.isArray(doc.eras) ? doc.eras : []).forEach((raw, i) => {
    const at = (field: string) => places.era(i, field);
    if (!isObject(raw)) {
      issues.push({ path: at(''), message: 'must be an object with a start_date' });
      return;
    }
    const start = isoDate(raw.start_date, (f) => at(f ? `start_date.${f}` : 'start_date'), issues);
    if (!start) return;
    const end = isObject(raw.end_date) && str(raw.end_date.year) !== '' ? isoDate(raw.end_date, (f) => at(f ? `end_date.${f}` : 'end_date'), issues) : null;
    const text = isObject(raw.text) ? raw.text : {};
    const label = htmlToText(str(text.headline)).text || start;
    eras.push(end ? { start, end, label } : { start, label });
    eraOrigins.push(i);
  });

  const document: Json = { version: 1, events, eras, categories: [...categories.values()] };
  const title = isObject(doc.title) && isObject(doc.title.text) ? doc.title.text : {};
  const heading = htmlToText(str(title.headline)).text;
  const description = htmlToText(str(title.text)).text;
  if (heading) document.title = heading;
  if (description) document.description = description;

  const pathOf = (path: string): string => {
    const match = /^(events|eras)\[(\d+)\](?:\.([a-z]+)(?:\[(\d+)\])?)?/.exec(path);
    if (match) {
      const [, list, index, field, sub] = match;
      if (list === 'eras') {
        const origin = eraOrigins[Number(index)] ?? Number(index);
        return places.era(origin, field === 'label' ? 'text.headline' : field === 'end' ? 'end_date' : 'start_date');
      }
      const origin = origins[Number(index)];
      if (!origin) return path;
      const from = field === 'sources' ? origin.sources[Number(sub)] ?? 'text.text' : FIELD_ORIGIN[field ?? ''] ?? field ?? '';
      return places.event(origin.index, from);
    }
    if (path === 'title') return places.title('text.headline');
    if (path === 'description') return places.title('text.text');
    return path;
  };
  return { document, issues, pathOf };
}

function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 80 ? `${line.slice(0, 79).trimEnd()}…` : line;
}

/** A lane for a TimelineJS3 group: its id made from the name, its label the name itself. */
function categoryFor(group: string, categories: Map<string, { id: string; label: string }>): string {
  const known = categories.get(group);
  if (known) return known.id;
  let id = slugify(group) || `group-${shortHash(group)}`;
  const taken = new Set([...categories.values()].map((c) => c.id));
  if (taken.has(id)) id = `${id}-${shortHash(group)}`;
  categories.set(group, { id, label: group });
  return id;
}

/** TimelineJS3's JSON format (`events[].start_date`, `text.headline`, `media`, `group`, `eras`). */
export const timelineJs: FormatReader = {
  type: 'timelinejs',
  toDocument: (document) => convertTimelineJs(document, JSON_PLACES),
};
