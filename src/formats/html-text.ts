/**
 * Reduces the HTML that TimelineJS3 allows in `text.text` and captions to plain text. A small
 * tokenizer, not a DOM: it runs in Node too, loads nothing, and its output is only ever text
 * (the element renders it as text nodes), so no markup from data can survive it.
 */

export interface LinkInText {
  /** The link's text, or its URL when it has none. */
  text: string;
  /** The `href` as written (the validator decides whether it is allowed). */
  href: string;
}

export interface PlainText {
  /** The text, paragraphs separated by one line break, runs of spaces collapsed. */
  text: string;
  /** Every `<a href>` inside, in order. */
  links: LinkInText[];
}

/** Elements that end a line (a paragraph, a list item, a quote …). */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'tr', 'ul',
]);
/** Elements whose content is not text a reader sees. */
const HIDDEN = new Set(['script', 'style', 'template', 'iframe', 'noscript', 'object', 'svg', 'math', 'textarea', 'select', 'title', 'head']);

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©', reg: '®', trade: '™',
  middot: '·', bull: '•', deg: '°', eacute: 'é', egrave: 'è', aacute: 'á', agrave: 'à', oacute: 'ó',
  uuml: 'ü', ouml: 'ö', auml: 'ä', ccedil: 'ç', ntilde: 'ñ', szlig: 'ß', times: '×', euro: '€', pound: '£',
};

/** Decodes character references; unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      // Control characters, surrogates and out-of-range values would garble the text.
      if (!(code > 0x1f && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff) || (code >= 0x7f && code < 0xa0)) return '\ufffd';
      return String.fromCodePoint(code);
    }
    return NAMED[name] ?? NAMED[name.toLowerCase()] ?? whole;
  });
}

/** One attribute's value from a start tag's text, decoded. */
function attribute(tag: string, name: string): string | undefined {
  const pattern = new RegExp(`[\\s/]${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+))`, 'i');
  const match = pattern.exec(tag);
  if (!match) return undefined;
  return decodeEntities(match[1] ?? match[2] ?? match[3] ?? '');
}

/** Collapses spaces within lines and drops empty lines: paragraphs become single line breaks. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * HTML to plain text: tags dropped, paragraphs and line breaks kept as `\n`, entities decoded,
 * script and style content removed, and each link's text and address collected.
 */
export function htmlToText(html: string): PlainText {
  let out = '';
  const links: LinkInText[] = [];
  let link: { href: string; start: number } | null = null;
  let hidden: string | null = null;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const chunk = lt < 0 ? html.slice(i) : html.slice(i, lt);
    if (!hidden) out += decodeEntities(chunk).replace(/\n/g, ' ');
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    const tagMatch = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>?/.exec(html.slice(lt));
    if (!tagMatch) {
      // A lone `<` (as in "a < b") or a declaration (`<!doctype>`): text, or skipped.
      if (/^<[!?]/.test(html.slice(lt, lt + 2))) {
        const close = html.indexOf('>', lt);
        i = close < 0 ? html.length : close + 1;
      } else {
        if (!hidden) out += '<';
        i = lt + 1;
      }
      continue;
    }
    i = lt + tagMatch[0].length;
    const closing = tagMatch[1] === '/';
    const name = tagMatch[2].toLowerCase();
    if (hidden) {
      if (closing && name === hidden) hidden = null;
      continue;
    }
    if (HIDDEN.has(name)) {
      if (!closing && !/\/\s*>?$/.test(tagMatch[0])) hidden = name;
      continue;
    }
    if (BLOCKS.has(name)) out += '\n';
    if (name === 'a') {
      if (link) finishLink();
      if (!closing) {
        const href = attribute(tagMatch[0], 'href');
        if (href !== undefined) link = { href: href.trim(), start: out.length };
      }
    }
  }
  if (link) finishLink();
  return { text: tidy(out), links };

  function finishLink(): void {
    if (!link) return;
    const text = out.slice(link.start).replace(/[\s\u00a0]+/g, ' ').trim();
    if (link.href) links.push({ text: text || link.href, href: link.href });
    link = null;
  }
}
