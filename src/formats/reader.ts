import type { Issue } from '../core/types.js';

/** The input formats `<news-timeline>` reads (`format` attribute), besides `auto`. */
export type FormatType = 'json' | 'timelinejs' | 'csv';

/** What a text source looks like before a reader is chosen. */
export interface SourceHints {
  /** The URL it came from, for its extension. */
  url?: string;
  /** The `Content-Type` it was served with. */
  contentType?: string;
}

/**
 * One input format. A reader turns a parsed document (or, for text formats, the raw text) into
 * a native news-timeline document, which validation then checks like any other.
 */
export interface FormatReader {
  type: FormatType;
  /** Whether a parsed JSON document (or a text, for text formats) is in this format. */
  detect(document: unknown, hints: SourceHints): boolean;
  /** Whether this format is read from raw text rather than from parsed JSON. */
  readsText?: boolean;
  /** The native document and the problems met while converting (paths in the source's terms). */
  toDocument(document: unknown, hints: SourceHints): { document: unknown; issues: Issue[] };
}
