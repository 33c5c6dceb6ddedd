import { csvParseRows } from 'd3-dsv';
import type { Issue } from '../core/types.js';
import { hasInvisible, ID_PATTERN } from '../core/validate.js';
import { IdMaker, slugify } from './ids.js';
import type { FormatReader } from './reader.js';
import { convertTimelineJs, type Converted, type SourcePlaces } from './timelinejs.js';

/** Cells of one spreadsheet row by (lower-case) column name, with its row number as a spreadsheet counts. */
interface Row {
  number: number;
  cells: string[];
}

const normal = (header: string) => header.trim().toLowerCase().replace(/\s+/g, ' ');

/** Reads CSV text (a Google Sheet published as CSV, an export, a paste) into the native format. */
export function convertCsv(text: string): Converted {
  let clean = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  // A quote that never closes would swallow the rest of the file into one cell: read up to its row.
  const open = unclosedQuote(clean);
  if (open) clean = clean.slice(0, open.rowStart);
  // A spreadsheet's row 1 is the header: record i of the file is row i + 1 (quoted newlines stay in their row).
  const records = csvParseRows(clean);
  const headers = records[0] ?? [];
  const rows: Row[] = [];
  records.slice(1).forEach((cells, i) => {
    if (cells.some((cell) => cell.trim() !== '')) rows.push({ number: i + 2, cells });
  });
  const names = headers.map(normal);
  const converted =
    names.includes('year') && names.includes('headline')
      ? fromTimelineJsTemplate(headers, rows)
      : names.includes('start') && names.includes('title')
        ? fromOwnColumns(headers, rows)
        : null;
  if (!open) return converted ?? notColumns(headers);
  const column = open.row === 1 ? `column ${open.column}` : (headers[open.column - 1]?.trim() || `column ${open.column}`);
  const issue = {
    path: `row ${open.row}, ${column}`,
    message: `a quote opens here and never closes: row ${open.row} and the rows after it were not read (close the quote, or write a quote inside a cell as "")`,
  };
  if (!converted) return open.row === 1 ? { document: null, issues: [issue], pathOf: (path) => path } : notColumns(headers, issue);
  return { ...converted, issues: [issue, ...converted.issues] };
}

/**
 * Where a quoted cell opens and never closes, if one does: its row as a spreadsheet counts (a
 * quoted line break stays in its row), its column from 1, and where its row begins in the text.
 * One pass over the text, quoting as RFC 4180 (and d3-dsv) do: a quote opens a cell only at its start.
 */
export function unclosedQuote(text: string): { row: number; column: number; rowStart: number } | null {
  let row = 1;
  let column = 1;
  let rowStart = 0;
  let at = 0;
  while (at < text.length) {
    if (text.charCodeAt(at) === 34 /* " */) {
      const opened = { row, column, rowStart };
      let close = at + 1;
      for (;;) {
        close = text.indexOf('"', close);
        if (close < 0) return opened;
        if (text.charCodeAt(close + 1) !== 34) break;
        close += 2;
      }
      at = close + 1;
    }
    // The rest of the cell, to the next comma or line break.
    while (at < text.length) {
      const code = text.charCodeAt(at++);
      if (code === 44 /* , */) {
        column++;
        break;
      }
      if (code === 10 /* \n */) {
        row++;
        column = 1;
        rowStart = at;
        break;
      }
    }
  }
  return null;
}

function notColumns(headers: string[], ...before: Issue[]): Converted {
  return {
    document: null,
    issues: [
      {
        path: 'row 1',
        message: headers.length
          ? 'does not name the columns: use TimelineJS3’s template (Year, Month, Day, …, Headline, Text) or id, start, end, category, title, summary, source_url'
          : 'is empty: the file has no header row',
      },
      ...before,
    ],
    pathOf: (path) => path,
  };
}

// ---- TimelineJS3's spreadsheet template -------------------------------------------------------

/** TimelineJS3 fields and the template's columns they come from. */
const TEMPLATE_COLUMNS: Record<string, string> = {
  'start_date.year': 'Year',
  'start_date.month': 'Month',
  'start_date.day': 'Day',
  'start_date.hour': 'Time',
  'start_date.minute': 'Time',
  'start_date.second': 'Time',
  start_date: 'Year',
  'end_date.year': 'End Year',
  'end_date.month': 'End Month',
  'end_date.day': 'End Day',
  'end_date.hour': 'End Time',
  'end_date.minute': 'End Time',
  'end_date.second': 'End Time',
  end_date: 'End Year',
  'text.headline': 'Headline',
  'text.text': 'Text',
  'media.url': 'Media',
  'media.caption': 'Media Caption',
  'media.credit': 'Media Credit',
  'media.alt': 'Alt Text',
  group: 'Group',
  unique_id: 'Headline',
  display_date: 'Display Date',
};

/** "10:30 PM", "22:30", "2230", "22.30.15" as hour, minute and second. */
function parseTime(text: string): { hour: string; minute?: string; second?: string } | null {
  const match = /^(\d{1,2})(?:[:.]?(\d{2})(?:[:.](\d{2})(?:[.,]\d+)?)?)?\s*(?:([ap])\.?m\.?)?$/i.exec(text.trim());
  if (!match) return null;
  let hour = Number(match[1]);
  const period = match[4]?.toLowerCase();
  if (period && (hour < 1 || hour > 12)) return null;
  if (period === 'p' && hour !== 12) hour += 12;
  if (period === 'a' && hour === 12) hour = 0;
  const out: { hour: string; minute?: string; second?: string } = { hour: String(hour) };
  if (match[2] !== undefined) out.minute = match[2];
  if (match[3] !== undefined) out.second = match[3];
  return out;
}

function fromTimelineJsTemplate(headers: string[], rows: Row[]): Converted {
  const index = new Map(headers.map((header, i) => [normal(header), i]));
  const issues: Issue[] = [];
  const events: unknown[] = [];
  const eras: unknown[] = [];
  const eventRows: number[] = [];
  const eraRows: number[] = [];
  let title: unknown;
  let titleRow = 0;
  for (const row of rows) {
    const cell = (name: string) => (row.cells[index.get(name.toLowerCase()) ?? -1] ?? '').trim();
    const date = (prefix: string) => {
      const year = cell(`${prefix}Year`);
      if (!year) return undefined;
      const value: Record<string, string> = { year, month: cell(`${prefix}Month`), day: cell(`${prefix}Day`) };
      const time = cell(`${prefix}Time`);
      if (time) {
        const parsed = parseTime(time);
        if (parsed) Object.assign(value, parsed);
        else issues.push({ path: `row ${row.number}, ${prefix}Time`, message: `${JSON.stringify(time)} is not a time (for example 14:30 or 2:30 PM)` });
      }
      return value;
    };
    const entry = {
      start_date: date(''),
      end_date: date('End '),
      display_date: cell('Display Date'),
      text: { headline: cell('Headline'), text: cell('Text') },
      media: { url: cell('Media'), credit: cell('Media Credit'), caption: cell('Media Caption'), alt: cell('Alt Text') },
      group: cell('Group') || cell('Tag'),
    };
    const type = cell('Type').toLowerCase();
    if (type === 'title') {
      title = entry;
      titleRow = row.number;
    } else if (type === 'era') {
      eras.push(entry);
      eraRows.push(row.number);
    } else {
      events.push(entry);
      eventRows.push(row.number);
    }
  }
  const column = (field: string) => TEMPLATE_COLUMNS[field] ?? field;
  const places: SourcePlaces = {
    event: (i, field) => (field ? `row ${eventRows[i]}, ${column(field)}` : `row ${eventRows[i]}`),
    era: (i, field) => (field ? `row ${eraRows[i]}, ${column(field)}` : `row ${eraRows[i]}`),
    title: (field) => (field ? `row ${titleRow}, ${column(field)}` : `row ${titleRow}`),
  };
  const converted = convertTimelineJs({ title, events, eras }, places);
  return { ...converted, issues: [...issues, ...converted.issues] };
}

// ---- Our own columns -------------------------------------------------------------------------

const BASES = [
  'id', 'type', 'start', 'end', 'category', 'category_label', 'category_color', 'importance', 'title', 'summary',
  'media', 'media_credit', 'media_alt', 'source_title', 'source_url', 'source_publisher', 'display_date',
];

interface Column {
  index: number;
  /** The header as written, for messages. */
  header: string;
  base: string;
  lang?: string;
  /** For sources: 1 for `source_url`, 2 for `source_url_2` … */
  number: number;
}

/** `title_ar` → title in Arabic; `source_url_2` → the second source's URL; `source_title_ar_2` both. */
function parseColumn(header: string, index: number): Column | null {
  const name = normal(header).replace(/[\s-]+/g, '_');
  const base = BASES.filter((b) => name === b || name.startsWith(`${b}_`)).sort((a, b) => b.length - a.length)[0];
  if (!base) return null;
  const column: Column = { index, header: header.trim(), base, number: 1 };
  for (const part of name.slice(base.length).split('_').filter(Boolean)) {
    if (/^\d+$/.test(part)) column.number = Number(part);
    else if (/^[a-z]{2,3}$/.test(part)) column.lang = part;
    else return null;
  }
  return column;
}

function fromOwnColumns(headers: string[], rows: Row[]): Converted {
  const columns = headers.map(parseColumn).filter((c): c is Column => c !== null);
  const issues: Issue[] = [];
  const ids = new IdMaker();
  const events: Record<string, unknown>[] = [];
  const eras: Record<string, unknown>[] = [];
  const categories = new Map<string, { id: string; label?: Record<string, string> | string; color?: string }>();
  /** For each native event: its row, and for each native field the column it came from. */
  const origins: Array<{ row: number; columns: Map<string, string> }> = [];
  const eraOrigins: Array<{ row: number; columns: Map<string, string> }> = [];
  let title: unknown;
  let description: unknown;

  for (const row of rows) {
    const from = new Map<string, string>();
    const value = (base: string, number = 1) => {
      const column = columns.find((c) => c.base === base && c.number === number && !c.lang);
      if (column) from.set(base, column.header);
      return (row.cells[column?.index ?? -1] ?? '').trim();
    };
    /** A plain text, or a map of languages when the sheet has columns for more than one. */
    const text = (base: string, number = 1, field = base): string | Record<string, string> | undefined => {
      const found = columns.filter((c) => c.base === base && c.number === number);
      const map: Record<string, string> = {};
      for (const column of found) {
        const cell = (row.cells[column.index] ?? '').trim();
        if (cell === '') continue;
        const lang = column.lang ?? 'en';
        map[lang] = cell;
        from.set(`${field}.${lang}`, column.header);
        from.set(field, from.get(field) ?? column.header);
      }
      const langs = Object.keys(map);
      if (langs.length === 0) return undefined;
      return langs.length === 1 && !found.some((c) => c.lang) ? map[langs[0]] : map;
    };

    const type = value('type').toLowerCase();
    if (type === 'title') {
      title = text('title');
      description = text('summary');
      continue;
    }
    if (type === 'category') {
      // A lane named ahead of its events: its order, label and colour.
      const id = value('id') || value('category');
      if (id) categoryFor(id, text('title') ?? text('category_label'), value('category_color'), categories);
      continue;
    }
    if (type === 'era') {
      const era: Record<string, unknown> = { start: value('start') || undefined, end: value('end') || undefined, label: text('title', 1, 'label') };
      if (value('id')) era.id = value('id');
      eras.push(era);
      from.set('label', from.get('title') ?? 'title');
      eraOrigins.push({ row: row.number, columns: from });
      continue;
    }

    const event: Record<string, unknown> = {};
    const eventTitle = text('title');
    const start = value('start');
    event.title = eventTitle;
    event.start = start;
    const written = value('id');
    const english = typeof eventTitle === 'string' ? eventTitle : eventTitle?.en ?? Object.values(eventTitle ?? {})[0] ?? '';
    // An id the author wrote stays as written (validation reports a duplicate); others are made.
    event.id = ID_PATTERN.test(written) ? ids.reserve(written) : ids.take(written || undefined, english, start, row.cells.join('\u0000'));
    if (hasInvisible(written)) issues.push({ path: `row ${row.number}, ${from.get('id') ?? 'id'}`, message: `${JSON.stringify(written)} holds invisible characters: the event's id is ${JSON.stringify(event.id)}` });
    const end = value('end');
    if (end) event.end = end;
    const displayDate = text('display_date', 1, 'displayDate');
    if (displayDate) event.displayDate = displayDate;
    const category = value('category');
    if (category) event.category = categoryFor(category, text('category_label'), value('category_color'), categories);
    const importance = value('importance');
    if (importance) event.importance = /^\d+$/.test(importance) ? Number(importance) : importance;
    const summary = text('summary');
    if (summary) event.summary = summary;
    const media = value('media');
    if (media) event.media = { src: media, alt: text('media_alt', 1, 'media.alt'), credit: text('media_credit', 1, 'media.credit') };
    if (media) from.set('media.src', from.get('media') ?? 'media');
    const sources: unknown[] = [];
    const numbers = [...new Set(columns.filter((c) => c.base === 'source_url').map((c) => c.number))].sort((a, b) => a - b);
    for (const n of numbers) {
      const url = value('source_url', n);
      if (!url) continue;
      const k = sources.length;
      from.set(`sources[${k}].url`, columns.find((c) => c.base === 'source_url' && c.number === n)!.header);
      sources.push({ url, title: text('source_title', n, `sources[${k}].title`), publisher: text('source_publisher', n, `sources[${k}].publisher`) });
    }
    if (sources.length) event.sources = sources;
    events.push(event);
    origins.push({ row: row.number, columns: from });
  }

  const document: Record<string, unknown> = { version: 1, events, eras, categories: [...categories.values()] };
  if (title) document.title = title;
  if (description) document.description = description;

  const pathOf = (path: string): string => {
    const match = /^(events|eras)\[(\d+)\]\.?(.*)$/.exec(path);
    if (!match) return path;
    const [, list, index, rest] = match;
    const origin = (list === 'events' ? origins : eraOrigins)[Number(index)];
    if (!origin) return path;
    if (!rest) return `row ${origin.row}`;
    // The most specific column that gave this field: `title.ar` → title_ar, `sources[1].url` → source_url_2.
    let key = rest;
    while (key && !origin.columns.has(key)) key = key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : '';
    const header = origin.columns.get(key) ?? rest.split(/[.[]/)[0];
    return `row ${origin.row}, ${header}`;
  };
  return { document, issues, pathOf };
}

function categoryFor(
  value: string,
  label: string | Record<string, string> | undefined,
  color: string,
  categories: Map<string, { id: string; label?: Record<string, string> | string; color?: string }>,
): string {
  const known = categories.get(value);
  if (known) {
    if (!known.label && label) known.label = label;
    if (!known.color && color) known.color = color;
    return known.id;
  }
  const id = ID_PATTERN.test(value) ? value : slugify(value) || 'other';
  const category: { id: string; label?: Record<string, string> | string; color?: string } = { id, label: label ?? value };
  if (color) category.color = color;
  categories.set(value, category);
  return id;
}

/** CSV: TimelineJS3's spreadsheet template, or news-timeline's own columns. */
export const csv: FormatReader = {
  type: 'csv',
  toDocument: (text) => convertCsv(typeof text === 'string' ? text : ''),
};
