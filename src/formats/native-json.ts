import type { FormatReader } from './reader.js';

/** news-timeline's own JSON format (version 1): the document is already in the native shape. */
export const nativeJson: FormatReader = {
  type: 'json',
  toDocument: (document) => ({ document, issues: [] }),
};
