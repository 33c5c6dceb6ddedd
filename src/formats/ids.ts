import { ID_PATTERN } from '../core/validate.js';

/** Lower-case ASCII words joined by `-`: "Putin's visit (2024)" → `putins-visit-2024`. */
export function slugify(text: string, maxLength = 48): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '');
}

/** FNV-1a over the text, as six base-36 digits: short, and the same on every load. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36).padStart(6, '0').slice(-6);
}

/**
 * Hands out event ids that are valid, unique and stable: the same file gives the same ids on
 * every load, so links to events keep working. An id the author wrote is kept when it is valid
 * and unused; otherwise one is made from the headline and the date.
 */
export class IdMaker {
  private readonly used = new Set<string>();

  /**
   * `written`: the author's id, if any; `headline`, `date`: what a made id is built from;
   * `content`: the event's whole text, which tells apart two events with the same headline and date.
   */
  take(written: unknown, headline: string, date: string, content: string): string {
    if (typeof written === 'string') {
      const own = written.trim();
      if (ID_PATTERN.test(own) && !this.used.has(own)) return this.claim(own);
      const slug = slugify(own, 64);
      if (slug && !this.used.has(slug)) return this.claim(slug);
    }
    const base = [slugify(headline), slugify(date)].filter(Boolean).join('-') || 'event';
    if (!this.used.has(base)) return this.claim(base);
    // A duplicate: a suffix from its content, then (for identical copies) a count.
    let id = `${base}-${shortHash(content)}`;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${shortHash(content)}-${n}`;
    return this.claim(id);
  }

  /** Keeps an id the author wrote from being made for another event. */
  reserve(id: string): string {
    return this.claim(id);
  }

  private claim(id: string): string {
    this.used.add(id);
    return id;
  }
}
