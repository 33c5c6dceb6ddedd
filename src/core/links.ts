import { isSafeUrl } from './url.js';

/** The event id an address's hash names ('' for none): `#putin-pyongyang-2024` → `putin-pyongyang-2024`. */
export function idFromHash(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * The link to one event: the page's address with `#<id>`. `page` is where the link should lead
 * (for a timeline inside an iframe, the embedding article); when it is missing or not an
 * http(s) address, the link leads to `current`, the address of the document showing the timeline.
 */
export function eventLink(id: string, current: string, page?: string | null): string {
  const base = page && isSafeUrl(page) ? new URL(page, current) : new URL(current);
  base.hash = encodeURIComponent(id);
  return base.href;
}
