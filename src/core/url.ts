/**
 * Accepts `http:`, `https:` and relative URLs; refuses everything else (`javascript:`,
 * `data:`, `vbscript:`, `file:` …). Uses the URL parser, so tricks such as `java\tscript:` or
 * leading control characters resolve to the scheme a browser would really use.
 */
export function isSafeUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.trim() === '') return false;
  // Control characters and backslashes change how browsers parse a URL: refuse them outright.
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return false;
  try {
    const url = new URL(value, 'https://relative.invalid/');
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
