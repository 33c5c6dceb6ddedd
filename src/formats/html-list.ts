import type { FormatReader, ReaderOutput } from './reader.js';

/**
 * Reads the plain HTML list an article can hold inside `<news-timeline>` (what readers see with
 * no JavaScript): an `<ol>` or `<ul>` of `<li id>`, each with `<time datetime>` (a second one is
 * the end), a heading, paragraphs, an image and links (its sources). `data-category` and
 * `data-importance` on the `<li>`; `lang` on elements gives translations. Only text and
 * attributes are read, never markup.
 */
export function readHtmlList(list: Element): ReaderOutput {
  const events: Array<Record<string, unknown>> = [];
  const places: string[] = [];
  const categories = new Map<string, { id: string; label: string }>();
  const items = [...list.children].filter((child) => child.localName === 'li');
  items.forEach((li, i) => {
    places.push(li.id ? `list item ${i + 1} (#${li.id})` : `list item ${i + 1}`);
    const times = [...li.querySelectorAll('time')];
    const event: Record<string, unknown> = {
      id: li.id || undefined,
      start: times[0] ? (times[0].getAttribute('datetime') ?? times[0].textContent ?? '').trim() : undefined,
      title: texts([...li.querySelectorAll('h1, h2, h3, h4, h5, h6')], li),
    };
    if (times[1]) event.end = (times[1].getAttribute('datetime') ?? times[1].textContent ?? '').trim();
    const summary = texts([...li.querySelectorAll('p')].filter((p) => !p.closest('figure')), li, '\n');
    if (summary !== undefined) event.summary = summary;
    const category = li.getAttribute('data-category')?.trim();
    if (category) {
      event.category = category;
      if (!categories.has(category)) categories.set(category, { id: category, label: category });
    }
    const importance = li.getAttribute('data-importance')?.trim();
    if (importance) event.importance = /^[123]$/.test(importance) ? Number(importance) : importance;
    const image = li.querySelector('img');
    if (image) {
      const caption = image.closest('figure')?.querySelector('figcaption');
      event.media = { src: image.getAttribute('src') ?? '', alt: image.getAttribute('alt') ?? undefined, credit: caption ? clean(caption.textContent) : undefined };
    }
    const links = [...li.querySelectorAll('a[href]')];
    if (links.length) event.sources = links.map((a) => ({ title: clean(a.textContent) || (a.getAttribute('href') ?? ''), url: a.getAttribute('href') ?? '' }));
    events.push(event);
  });
  const document: Record<string, unknown> = { version: 1, events, categories: [...categories.values()] };
  const label = list.getAttribute('aria-label')?.trim();
  if (label) document.title = label;
  const FIELDS: Record<string, string> = {
    id: 'id',
    start: '<time datetime>',
    end: 'second <time datetime>',
    title: 'heading',
    summary: '<p>',
    category: 'data-category',
    importance: 'data-importance',
    media: '<img>',
    sources: '<a href>',
  };
  const pathOf = (path: string) => {
    const match = /^events\[(\d+)\]\.?([a-z]*)(?:\[(\d+)\])?/.exec(path);
    if (!match) return path;
    const place = places[Number(match[1])] ?? path;
    if (!match[2]) return place;
    const field = FIELDS[match[2]] ?? match[2];
    return `${place}, ${match[3] !== undefined ? `link ${Number(match[3]) + 1} ` : ''}${field}`;
  };
  return { document, issues: [], pathOf };
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * The text of some elements: plain when they share one language, a map by `lang` when they
 * are translations of each other (`<h3 lang="en">` and `<h3 lang="ar">`).
 */
function texts(elements: Element[], item: Element, joiner = ' '): string | Record<string, string> | undefined {
  const byLang = new Map<string, string[]>();
  for (const element of elements) {
    const text = clean(element.textContent);
    if (!text) continue;
    const tagged = element.closest('[lang]');
    // Only a lang inside the item marks a translation; the page's own lang is not one.
    const lang = tagged && item.contains(tagged) ? tagged.getAttribute('lang')!.trim() : '';
    byLang.set(lang, [...(byLang.get(lang) ?? []), text]);
  }
  if (byLang.size === 0) return undefined;
  if (byLang.size === 1 && byLang.has('')) return byLang.get('')!.join(joiner);
  const map: Record<string, string> = {};
  const fallback = item.closest('[lang]')?.getAttribute('lang') || 'en';
  for (const [lang, parts] of byLang) map[lang || fallback] = parts.join(joiner);
  return map;
}

/** The HTML list as a reader, for `readTimeline(listElement, { reader: htmlList })`. */
export const htmlList: FormatReader = {
  type: 'json',
  toDocument: (list) => (list instanceof Element ? readHtmlList(list) : { document: null, issues: [{ path: '(list)', message: 'is not a list element' }] }),
};
