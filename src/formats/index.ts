import type { Issue, Timeline } from '../core/types.js';
import { validateTimeline, visible } from '../core/validate.js';
import { detectFormat, looksLikeHtml } from './detect.js';
import { nativeJson } from './native-json.js';
import type { FormatReader, FormatType, ReaderOutput, SourceHints } from './reader.js';

export type { FormatReader, FormatType, ReaderOutput, SourceHints } from './reader.js';
export { detectFormat, looksLikeHtml } from './detect.js';

/**
 * Every reader, by format. Native JSON is always here; TimelineJS3 and CSV load on first use
 * (a chunk beside the browser build), so pages that never need them never download them.
 * A new format is one new reader module added here and a rule in `detect.ts`.
 */
const LOADERS: Record<FormatType, () => Promise<FormatReader>> = {
  json: () => Promise.resolve(nativeJson),
  timelinejs: () => import('./timelinejs.js').then((module) => module.timelineJs),
  csv: () => import('./csv.js').then((module) => module.csv),
};
const loaded = new Map<FormatType, FormatReader>([['json', nativeJson]]);

/** The reader for a format, loading it the first time. */
export async function loadReader(type: FormatType): Promise<FormatReader> {
  let reader = loaded.get(type);
  if (!reader) loaded.set(type, (reader = await LOADERS[type]()));
  return reader;
}

export interface ReadOptions extends SourceHints {
  /** The format, or `auto` (the default) to detect it from the hints and the content. */
  type?: FormatType | 'auto';
  /** Relative URLs in the data resolve against this (usually the data file's URL). */
  baseUrl?: string;
  /** The path that problems with the source as a whole carry: `src`, `(script)`. */
  origin?: string;
  /** How messages name the source, for example its quoted URL. */
  name?: string;
  /** A reader to use as it is, with no detection (the HTML list inside the element). */
  reader?: FormatReader;
}

export interface ReadResult {
  /** The valid part of the data, or null when nothing usable was found. */
  timeline: Timeline | null;
  /** Every problem, with its path in the source's own terms (`events[3].start`, `row 7, Year`). */
  issues: Issue[];
  /** The format it was read as, when one was recognised. */
  format?: FormatType;
  /** The data converted to the native format, before validation (what an embed can carry inline). */
  document?: unknown;
}

/** A source made ready for a reader: its format and its parsed form, or a result already. */
type Prepared = { format: FormatType; document: unknown; failure?: undefined } | { failure: ReadResult };

function prepare(source: unknown, options: ReadOptions): Prepared {
  const origin = options.origin ?? '(document)';
  const named = (message: string) => (options.name ? `${options.name} ${message}` : message);
  const type = options.type ?? 'auto';
  if (typeof source !== 'string') return { format: type === 'auto' ? detectFormat(source, options) : type, document: source };
  const text = source.replace(/^\ufeff/, '');
  const format = type === 'auto' ? detectFormat(text, options) : type;
  if (format === 'csv') return { format, document: text };
  if (text.trim() === '') return { failure: { timeline: null, issues: [{ path: origin, message: named('is empty') }] } };
  if (looksLikeHtml(text)) return { failure: { timeline: null, issues: [{ path: origin, message: named('is a web page (HTML), not timeline data') }] } };
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return { failure: { timeline: null, issues: [{ path: origin, message: named(`is not valid JSON: ${errorText(error)}`) }] } };
  }
  return { format: type === 'auto' ? detectFormat(document, options) : format, document };
}

/** A problem as shown: the source's invisible characters (a CSV header's, a list item id's) written out. */
const shownSafely = (issue: Issue): Issue => ({ path: visible(issue.path), message: visible(issue.message) });

function convert(reader: FormatReader, document: unknown, options: ReadOptions): ReadResult {
  const converted: ReaderOutput = reader.toDocument(document, options);
  // A reader that found nothing to convert says why; the native reader passes anything on to validation.
  if (converted.document === null && converted.issues.length) {
    return { timeline: null, issues: converted.issues.map(shownSafely), format: reader.type };
  }
  const result = validateTimeline(converted.document, { baseUrl: options.baseUrl });
  const pathOf = converted.pathOf ?? ((path: string) => path);
  const issues = [...converted.issues, ...result.issues.map((issue) => ({ path: pathOf(issue.path), message: issue.message }))].map(shownSafely);
  return { timeline: result.timeline, issues, format: reader.type, document: converted.document };
}

function failed(error: unknown, options: ReadOptions): ReadResult {
  const message = `could not be read: ${errorText(error)}`;
  return { timeline: null, issues: [{ path: options.origin ?? '(document)', message: options.name ? `${options.name} ${message}` : message }] };
}

/**
 * The one door for data: text (a file's body) or an object (`.data`) in, a validated timeline
 * and its problems out. The result comes at once when the format's reader is loaded (native
 * JSON always is), and as a promise when it must be loaded first. Never throws or rejects.
 */
export function readTimeline(source: unknown, options: ReadOptions = {}): ReadResult | Promise<ReadResult> {
  try {
    if (options.reader) return convert(options.reader, source, options);
    const prepared = prepare(source, options);
    if (prepared.failure) return prepared.failure;
    const { format, document } = prepared;
    const reader = loaded.get(format);
    if (reader) return convert(reader, document, options);
    return loadReader(format).then(
      (lazy) => {
        try {
          return convert(lazy, document, options);
        } catch (error) {
          return failed(error, options);
        }
      },
      (error) => failed(error, options),
    );
  } catch (error) {
    return failed(error, options);
  }
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
