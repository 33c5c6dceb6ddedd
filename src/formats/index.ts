import type { Issue, Timeline } from '../core/types.js';
import { validateTimeline } from '../core/validate.js';
import { nativeJson } from './native-json.js';
import type { FormatReader, FormatType, SourceHints } from './reader.js';

export type { FormatReader, FormatType, SourceHints } from './reader.js';

/**
 * The readers, most specific first: the first whose `detect` accepts a document reads it.
 * A new format is one new reader module added here.
 */
const READERS: readonly FormatReader[] = [nativeJson];

export interface ReadOptions extends SourceHints {
  /** The format, or `auto` (the default) to detect it from the hints and the content. */
  type?: FormatType | 'auto';
  /** Relative URLs in the data resolve against this (usually the data file's URL). */
  baseUrl?: string;
  /** The path that problems with the source as a whole carry: `src`, `(script)`. */
  origin?: string;
  /** How messages name the source, for example its quoted URL. */
  name?: string;
}

export interface ReadResult {
  /** The valid part of the data, or null when nothing usable was found. */
  timeline: Timeline | null;
  /** Every problem, with its path. */
  issues: Issue[];
  /** The format it was read as, when one was recognised. */
  format?: FormatType;
}

/**
 * The one door for data: text (a file's body) or an object (`.data`) in, a validated timeline
 * and its problems out. Never throws.
 */
export function readTimeline(source: unknown, options: ReadOptions = {}): ReadResult {
  const origin = options.origin ?? '(document)';
  const type = options.type ?? 'auto';
  const named = (message: string) => (options.name ? `${options.name} ${message}` : message);
  try {
    let document = source;
    const textReader = typeof source === 'string' ? READERS.find((r) => r.readsText && (r.type === type || (type === 'auto' && r.detect(source, options)))) : undefined;
    if (typeof source === 'string' && !textReader) {
      try {
        document = JSON.parse(source);
      } catch (error) {
        return { timeline: null, issues: [{ path: origin, message: named(`is not valid JSON: ${errorText(error)}`) }] };
      }
    }
    const reader = textReader ?? READERS.find((r) => !r.readsText && (type === 'auto' ? r.detect(document, options) : r.type === type)) ?? nativeJson;
    const converted = reader.toDocument(document, options);
    const result = validateTimeline(converted.document, { baseUrl: options.baseUrl });
    return { timeline: result.timeline, issues: [...converted.issues, ...result.issues], format: reader.type };
  } catch (error) {
    return { timeline: null, issues: [{ path: origin, message: named(`could not be read: ${errorText(error)}`) }] };
  }
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
