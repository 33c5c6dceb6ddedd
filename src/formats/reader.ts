import type { Issue } from '../core/types.js';

/** Sources at least this long (characters, or bytes) are read in a Worker (off-thread.ts); shorter ones read faster in place. */
export const OFF_THREAD_MIN = 1_000_000;

/** The input formats `<news-timeline>` reads (`format` attribute), besides `auto`. */
export type FormatType = 'json' | 'timelinejs' | 'csv';

/** What a text source looks like before a reader is chosen. */
export interface SourceHints {
  /** The URL it came from, for its extension. */
  url?: string;
  /** The `Content-Type` it was served with. */
  contentType?: string;
}

/** What a reader makes of a document. */
export interface ReaderOutput {
  /** The document in the native news-timeline shape, for validation. */
  document: unknown;
  /** Problems met while converting, named in the source's own terms. */
  issues: Issue[];
  /** Turns a path in the native document (from validation) into a place in the source. */
  pathOf?: (path: string) => string;
}

/**
 * One input format. A reader turns a parsed document (or, for text formats, the raw text) into
 * a native news-timeline document, which validation then checks like any other. Which reader
 * reads a source is decided in `detect.ts`, so rarely used readers can load only when needed.
 */
export interface FormatReader {
  type: FormatType;
  toDocument(document: unknown, hints: SourceHints): ReaderOutput;
}
