import type { FormatType, SourceHints } from './reader.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Served or named as CSV: `text/csv`, a `.csv` file, or a Google Sheet published with `output=csv`. */
function hintsSayCsv({ url, contentType }: SourceHints): boolean {
  if (contentType && /\b(text\/csv|text\/comma-separated-values|application\/csv)\b/i.test(contentType)) return true;
  if (!url) return false;
  const path = url.split(/[?#]/)[0];
  return /\.csv$/i.test(path) || /[?&](output|format)=csv\b/i.test(url);
}

/** Whether text is a web page rather than data (an error page, or a sign-in page). */
export function looksLikeHtml(text: string): boolean {
  return /^\s*<(!doctype\s+html|html|head|body|!--)/i.test(text);
}

/** TimelineJS3's shape: `start_date` objects and `text.headline`, where ours has `start` and `title`. */
function isTimelineJs(document: Json): boolean {
  const events = Array.isArray(document.events) ? document.events.slice(0, 20) : [];
  const tjsEvent = (e: unknown) => isObject(e) && (isObject(e.start_date) || (isObject(e.text) && !('title' in e)));
  if (events.some(tjsEvent)) return true;
  if (events.some((e) => isObject(e) && 'start' in e)) return false;
  return (isObject(document.title) && isObject(document.title.text)) || (Array.isArray(document.eras) && document.eras.some((e) => isObject(e) && 'start_date' in e));
}

/**
 * Which format a source is in, for `format="auto"`: from the content type and the file name,
 * then from the content (text that is not JSON or HTML is read as CSV).
 */
export function detectFormat(source: unknown, hints: SourceHints = {}): FormatType {
  if (typeof source === 'string') {
    const text = source.replace(/^\ufeff/, '').trimStart();
    if (hintsSayCsv(hints) && !/^[{[]/.test(text)) return 'csv';
    if (/^[{[]/.test(text) || text === '' || looksLikeHtml(text)) return 'json';
    return 'csv';
  }
  return isObject(source) && isTimelineJs(source) ? 'timelinejs' : 'json';
}
