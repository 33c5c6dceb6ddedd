// The embed builder: data in (pasted, uploaded or by address), a live preview, every problem
// linked to its place in the input, and the code to paste into an article. No inline script or
// style, so it runs under the same strict Content-Security-Policy as the demo.
import { readTimeline } from '../dist/browser/news-timeline.min.js';
import { fillLanguages, RIGHT_TO_LEFT } from './languages.js';

const TEXT = {
  en: {
    back: 'news-timeline demo',
    pageLanguage: 'Language of this page',
    title: 'Embed builder',
    intro:
      'Bring your story as news-timeline JSON, TimelineJS3 JSON or CSV (a Google Sheet published as CSV works too). See it drawn, fix what is wrong, and copy the code for your article.',
    inputHeading: '1. Your data',
    modeLegend: 'Where the data is',
    modeText: 'Pasted or uploaded here',
    modeUrl: 'At a web address',
    pasteLabel: 'Paste JSON, TimelineJS3 JSON or CSV',
    uploadLabel: 'Or open a file',
    templatesHint: 'Start from a template:',
    csvTemplate: 'CSV template (English and Arabic)',
    flagshipCsv: 'the Russia–North Korea story as CSV',
    useExample: 'use the Russia–North Korea story',
    urlLabel: 'Address of the data (JSON, TimelineJS3 JSON, or CSV such as a Google Sheet published to the web)',
    load: 'Load',
    formatLabel: 'Format',
    formatAuto: 'Detect it',
    optionsHeading: '2. How it looks',
    langLabel: 'Language',
    viewLabel: 'View',
    viewTimeline: 'Timeline',
    viewList: 'List',
    themeLabel: 'Theme',
    themeAuto: 'Follow the reader’s setting',
    themeLight: 'Light',
    themeDark: 'Dark',
    heightLabel: 'Height of the iframe (pixels)',
    startLabel: 'Show from (for example 2000 or 2023-09)',
    endLabel: 'Show until',
    previewHeading: '3. Preview',
    problemsHeading: 'Problems',
    problemsHint: 'Select a problem to go to its place in your data.',
    outputHeading: '4. Copy the code',
    dataLegend: 'The data in the code',
    embedInline: 'Inside the code (one piece to paste)',
    embedUrl: 'By its address',
    scriptUrlLabel: 'Address of news-timeline.min.js',
    dataAddressLabel: 'Address of the data file (for “by its address”)',
    snippetLabel: 'For a page that allows scripts',
    copy: 'Copy',
    iframeHeading: 'For a CMS that removes scripts',
    iframeHint: 'Download the page, put it on your web server, then paste the iframe code with its address.',
    pageUrlLabel: 'Address where you will put the page',
    downloadPage: 'Download the page (timeline.html)',
    iframeLabel: 'Iframe code',
    empty: 'Paste, open or load some data to see it here.',
    loading: 'Loading…',
    copied: 'Copied.',
    copyFailed: 'Could not copy: select the code and copy it yourself.',
    summary: (events, problems) =>
      `${plural('en', events, { one: '{n} event drawn', other: '{n} events drawn' })}, ${plural('en', problems, { zero: 'no problems', one: '{n} problem', other: '{n} problems' })}.`,
  },
  ar: {
    back: 'العرض التجريبي لـ news-timeline',
    pageLanguage: 'لغة هذه الصفحة',
    title: 'أداة إنشاء شيفرة التضمين',
    intro:
      'أحضر قصتك بصيغة JSON الخاصة بـ news-timeline أو JSON الخاصة بـ TimelineJS3 أو CSV (ويصلح أيضًا جدول Google منشور بصيغة CSV). شاهدها مرسومة، وأصلح ما فيها من أخطاء، ثم انسخ الشيفرة لمقالك.',
    inputHeading: '١. بياناتك',
    modeLegend: 'مكان البيانات',
    modeText: 'ملصقة أو مرفوعة هنا',
    modeUrl: 'على عنوان ويب',
    pasteLabel: 'الصق JSON أو JSON الخاصة بـ TimelineJS3 أو CSV',
    uploadLabel: 'أو افتح ملفًا',
    templatesHint: 'ابدأ من قالب:',
    csvTemplate: 'قالب CSV (بالإنجليزية والعربية)',
    flagshipCsv: 'قصة روسيا وكوريا الشمالية بصيغة CSV',
    useExample: 'استخدم قصة روسيا وكوريا الشمالية',
    urlLabel: 'عنوان البيانات (JSON أو JSON الخاصة بـ TimelineJS3 أو CSV مثل جدول Google منشور على الويب)',
    load: 'تحميل',
    formatLabel: 'الصيغة',
    formatAuto: 'اكتشفها تلقائيًا',
    optionsHeading: '٢. الشكل',
    langLabel: 'اللغة',
    viewLabel: 'طريقة العرض',
    viewTimeline: 'خط زمني',
    viewList: 'قائمة',
    themeLabel: 'المظهر',
    themeAuto: 'حسب إعداد القارئ',
    themeLight: 'فاتح',
    themeDark: 'داكن',
    heightLabel: 'ارتفاع الإطار (بالبكسل)',
    startLabel: 'العرض ابتداءً من (مثلًا 2000 أو 2023-09)',
    endLabel: 'العرض حتى',
    previewHeading: '٣. المعاينة',
    problemsHeading: 'المشكلات',
    problemsHint: 'اختر مشكلة للانتقال إلى موضعها في بياناتك.',
    outputHeading: '٤. انسخ الشيفرة',
    dataLegend: 'البيانات في الشيفرة',
    embedInline: 'داخل الشيفرة (قطعة واحدة للصق)',
    embedUrl: 'عبر عنوانها',
    scriptUrlLabel: 'عنوان الملف news-timeline.min.js',
    dataAddressLabel: 'عنوان ملف البيانات (للخيار «عبر عنوانها»)',
    snippetLabel: 'لصفحة تسمح بالسكربتات',
    copy: 'نسخ',
    iframeHeading: 'لنظام إدارة محتوى يحذف السكربتات',
    iframeHint: 'نزّل الصفحة وضعها على خادمك، ثم الصق شيفرة الإطار مع عنوانها.',
    pageUrlLabel: 'العنوان الذي ستضع عليه الصفحة',
    downloadPage: 'تنزيل الصفحة (timeline.html)',
    iframeLabel: 'شيفرة الإطار',
    empty: 'الصق بيانات أو افتح ملفًا أو حمّل عنوانًا لتراها هنا.',
    loading: 'جارٍ التحميل…',
    copied: 'نُسخت.',
    copyFailed: 'تعذر النسخ: حدد الشيفرة وانسخها بنفسك.',
    summary: (events, problems) =>
      `${plural('ar', events, { zero: 'لم يُرسم أي حدث', one: 'رُسم حدث واحد', two: 'رُسم حدثان', few: 'رُسمت {n} أحداث', many: 'رُسم {n} حدثًا', other: 'رُسم {n} حدث' })}، ${plural('ar', problems, { zero: 'ولا مشكلات', one: 'ومشكلة واحدة', two: 'ومشكلتان', few: 'و{n} مشكلات', many: 'و{n} مشكلة', other: 'و{n} مشكلة' })}.`,
  },
};

function plural(lang, n, forms) {
  const key = n === 0 && forms.zero ? 'zero' : new Intl.PluralRules(lang).select(n);
  return (forms[key] ?? forms.other).replace('{n}', new Intl.NumberFormat(lang).format(n));
}

const $ = (id) => document.getElementById(id);
const preview = $('preview');
const input = $('data-text');
let pageLang = 'en';
let mode = 'text';
/** The last read of the pasted data: its native document, problems and timeline. */
let current = null;
let readCount = 0;

// ---- the page's own language ------------------------------------------------------------------

function setPageLanguage(lang) {
  pageLang = lang;
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  for (const node of document.querySelectorAll('[data-text]')) node.textContent = TEXT[lang][node.dataset.text];
  for (const node of document.querySelectorAll('[data-label]')) node.setAttribute('aria-label', TEXT[lang][node.dataset.label]);
  for (const button of document.querySelectorAll('[data-page-lang]')) button.setAttribute('aria-pressed', String(button.dataset.pageLang === lang));
  document.title = `${TEXT[lang].title} · news-timeline`;
  showSummary();
}

// ---- reading the data ---------------------------------------------------------------------------

async function readInput() {
  const text = input.value;
  const read = ++readCount;
  if (text.trim() === '') {
    current = null;
    preview.removeAttribute('src');
    preview.data = { events: [] };
    showProblems([]);
    return update();
  }
  const result = await readTimeline(text, { type: $('format').value });
  if (read !== readCount) return;
  current = result.timeline ? { ...result, document: nativeDocument(result.timeline) } : result;
  showProblems(result.issues);
  // The preview shows exactly what the snippet will carry: the valid part, as news-timeline JSON.
  preview.data = current.document ?? text;
  update();
}

/** A validated timeline written back as news-timeline JSON: what was wrong is left out, not carried along. */
function nativeDocument(timeline) {
  return {
    version: 1,
    title: timeline.title,
    description: timeline.description,
    categories: timeline.categories.map(({ id, label, color }) => ({ id, label, color })),
    eras: timeline.eras.map((era) => ({ id: era.id, start: era.start.iso, end: era.end?.iso, label: era.label })),
    events: timeline.events.map((event) => ({
      id: event.id,
      start: event.start.iso,
      end: event.ongoing ? '..' : event.end?.iso,
      displayDate: event.displayDate,
      category: event.category,
      importance: event.importance,
      title: event.title,
      summary: event.summary,
      media: event.media,
      sources: event.sources.length ? event.sources : undefined,
    })),
  };
}

function loadUrl() {
  const url = $('data-url').value.trim();
  if (!url) return;
  current = null;
  showProblems([]);
  if ($('format').value !== 'auto') preview.setAttribute('format', $('format').value);
  else preview.removeAttribute('format');
  preview.src = url;
  $('data-address').value = url;
  update();
}

preview.addEventListener('nt-error', (event) => {
  if (mode === 'url') showProblems(event.detail.issues);
});
preview.addEventListener('nt-load', () => {
  if (mode === 'url' && !preview.shadowRoot.querySelector('[part="error"]')) showProblems([]);
  showSummary();
});

// ---- problems, each a way to its place in the input -------------------------------------------

let problems = [];

function showProblems(issues) {
  problems = issues;
  const list = $('problems');
  list.replaceChildren();
  $('problems-box').hidden = issues.length === 0;
  issues.slice(0, 200).forEach((issue) => {
    const item = document.createElement('li');
    const label = document.createElement('bdi');
    label.dir = 'ltr';
    label.lang = 'en';
    label.textContent = `${issue.path}: ${issue.message}`;
    const place = mode === 'text' ? locate(input.value, issue.path) : null;
    if (place) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'problem';
      button.append(label);
      button.addEventListener('click', () => goTo(place));
      item.append(button);
    } else {
      item.append(label);
    }
    list.append(item);
  });
  showSummary();
}

function showSummary() {
  const events = current?.timeline?.events.length ?? preview.timeline?.events.length ?? 0;
  const hasData = mode === 'text' ? input.value.trim() !== '' : Boolean(preview.src);
  $('summary').textContent = hasData ? TEXT[pageLang].summary(events, problems.length) : TEXT[pageLang].empty;
}

/** Selects a place in the input and scrolls it into view. */
function goTo({ start, end }) {
  input.focus();
  input.setSelectionRange(start, end);
  const line = input.value.slice(0, start).split('\n').length - 1;
  const lineHeight = parseFloat(getComputedStyle(input).lineHeight) || 18;
  input.scrollTop = Math.max(0, (line - 3) * lineHeight);
}

/** Where a problem's path points in the input: a JSON path, or a CSV row and column. */
export function locate(text, path) {
  const row = /^row (\d+)(?:, (.+))?$/.exec(path);
  if (row) return locateCsv(text, Number(row[1]), row[2]);
  if (!/^(events|eras|categories|title|description|version)\b/.test(path)) return null;
  const segments = path.match(/[^.[\]]+/g).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  return locateJson(text, segments);
}

/** The deepest value of a JSON text along a path, as offsets (a small scanner, no parsing twice). */
function locateJson(text, segments) {
  let i = 0;
  let best = null;
  const space = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const string = () => {
    const from = ++i;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    const raw = text.slice(from, i++);
    try {
      return JSON.parse(`"${raw}"`);
    } catch {
      return raw;
    }
  };
  const value = (path) => {
    space();
    if (i >= text.length) throw new Error('end');
    const start = i;
    const onPath = path.every((segment, k) => segment === segments[k]);
    if (text[i] === '{' || text[i] === '[') {
      const object = text[i++] === '{';
      space();
      for (let n = 0; text[i] !== (object ? '}' : ']'); n++) {
        if (i >= text.length) throw new Error('end');
        let key = n;
        if (object) {
          key = string();
          space();
          i++; // the colon
        }
        value([...path, key]);
        space();
        if (text[i] === ',') i++;
        space();
      }
      i++;
    } else if (text[i] === '"') string();
    else while (i < text.length && !/[,\]}\s]/.test(text[i])) i++;
    if (onPath && (!best || path.length > best.depth)) best = { depth: path.length, start, end: i };
  };
  try {
    value([]);
  } catch {
    // Broken JSON: the deepest place found before the break.
  }
  return best && best.depth > 0 ? { start: best.start, end: best.end } : null;
}

/** A cell of a CSV text: row as a spreadsheet counts it (the header is row 1), column by its header. */
function locateCsv(text, rowNumber, columnName) {
  const rows = [];
  let cells = [[0, 0]];
  let quoted = false;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === ',' || c === '\n' || c === undefined)) {
      cells[cells.length - 1][1] = i > 0 && text[i - 1] === '\r' && c === '\n' ? i - 1 : i;
      if (c === ',') cells.push([i + 1, i + 1]);
      else {
        rows.push(cells);
        cells = [[i + 1, i + 1]];
      }
    }
  }
  const row = rows[rowNumber - 1];
  if (!row) return null;
  const header = (rows[0] ?? []).map(([a, b]) => text.slice(a, b).replace(/^\ufeff/, '').replace(/^"|"$/g, '').trim().toLowerCase());
  const index = columnName ? header.indexOf(columnName.trim().toLowerCase()) : -1;
  const [start, end] = index >= 0 && row[index] ? row[index] : [row[0][0], row[row.length - 1][1]];
  return { start, end };
}

// ---- options and the code to copy ---------------------------------------------------------------

const escapeAttribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function options() {
  return {
    lang: $('opt-lang').value,
    view: $('opt-view').value,
    theme: $('opt-theme').value,
    height: Math.min(2000, Math.max(200, Number($('opt-height').value) || 640)),
    start: $('opt-start').value.trim(),
    end: $('opt-end').value.trim(),
  };
}

/** The element's attributes for the chosen options. */
function attributes(extra = []) {
  const o = options();
  const list = [`lang="${o.lang}"`];
  if (o.view !== 'timeline') list.push(`view="${o.view}"`);
  if (o.theme !== 'auto') list.push(`theme="${o.theme}"`);
  if (o.start) list.push(`start="${escapeAttribute(o.start)}"`);
  if (o.end) list.push(`end="${escapeAttribute(o.end)}"`);
  return [...extra, ...list].join(' ');
}

/** The data as an inline JSON block: `<` escaped, so nothing in it can close the script element. */
function inlineData() {
  return JSON.stringify(current.document, null, 2).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function elementCode() {
  const inline = mode === 'text' && current?.document && document.querySelector('input[name="embed"]:checked').value === 'inline';
  if (inline) return `<news-timeline ${attributes()}>\n<script type="application/json">\n${inlineData()}\n</script>\n</news-timeline>`;
  const format = $('format').value;
  const src = mode === 'url' ? $('data-url').value.trim() : $('data-address').value.trim();
  const extra = [`src="${escapeAttribute(src)}"`];
  if (format !== 'auto') extra.push(`format="${format}"`);
  return `<news-timeline ${attributes(extra)}></news-timeline>`;
}

function snippet() {
  return `<script type="module" src="${escapeAttribute($('script-url').value.trim())}"></script>\n${elementCode()}`;
}

function storyTitle() {
  const title = current?.timeline?.title ?? preview.timeline?.title;
  const lang = options().lang;
  if (!title) return 'Timeline';
  return typeof title === 'string' ? title : title[lang] ?? title.en ?? Object.values(title)[0];
}

/** A whole page holding the timeline, for an iframe. */
function page() {
  const o = options();
  const title = storyTitle().replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html>
<html lang="${o.lang}"${RIGHT_TO_LEFT.has(o.lang) ? ' dir="rtl"' : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
</head>
<body>
${snippet()}
</body>
</html>
`;
}

function iframeCode() {
  const o = options();
  return `<iframe src="${escapeAttribute($('page-url').value.trim())}" title="${escapeAttribute(storyTitle())}" width="100%" height="${o.height}" loading="lazy"></iframe>`;
}

function update() {
  const o = options();
  preview.setAttribute('lang', o.lang);
  preview.setAttribute('view', o.view);
  preview.setAttribute('theme', o.theme);
  for (const name of ['start', 'end']) {
    if (o[name]) preview.setAttribute(name, o[name]);
    else preview.removeAttribute(name);
  }
  $('snippet').value = snippet();
  $('iframe-snippet').value = iframeCode();
  const inlineRadio = document.querySelector('input[name="embed"][value="inline"]');
  inlineRadio.disabled = mode === 'url';
  if (mode === 'url') document.querySelector('input[name="embed"][value="url"]').checked = true;
  showSummary();
}

async function copy(id) {
  const text = $(id).value;
  try {
    await navigator.clipboard.writeText(text);
    $('copied').textContent = TEXT[pageLang].copied;
  } catch {
    $(id).select();
    $('copied').textContent = TEXT[pageLang].copyFailed;
  }
}

function download() {
  const url = URL.createObjectURL(new Blob([page()], { type: 'text/html' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'timeline.html';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function setMode(next) {
  mode = next;
  $('text-mode').hidden = mode !== 'text';
  $('url-mode').hidden = mode !== 'url';
  if (mode === 'text') {
    preview.removeAttribute('src');
    preview.removeAttribute('format');
    void readInput();
  } else {
    showProblems([]);
    update();
  }
}

// ---- wiring -------------------------------------------------------------------------------------

let timer;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(readInput, 250);
});
$('data-file').addEventListener('change', async () => {
  const file = $('data-file').files?.[0];
  if (!file) return;
  input.value = await file.text();
  if (/\.csv$/i.test(file.name) && $('format').value === 'auto') $('format').value = 'csv';
  await readInput();
});
$('use-example').addEventListener('click', async () => {
  input.value = await (await fetch('../src/data/russia-north-korea.json')).text();
  await readInput();
});
$('format').addEventListener('change', () => (mode === 'text' ? readInput() : loadUrl()));
$('load-url').addEventListener('click', loadUrl);
$('data-url').addEventListener('keydown', (event) => {
  if (event.key === 'Enter') loadUrl();
});
for (const radio of document.querySelectorAll('input[name="mode"]')) radio.addEventListener('change', () => setMode(radio.value));
for (const id of ['opt-lang', 'opt-view', 'opt-theme', 'opt-height', 'opt-start', 'opt-end', 'script-url', 'data-address', 'page-url']) $(id).addEventListener('input', update);
for (const radio of document.querySelectorAll('input[name="embed"]')) radio.addEventListener('change', update);
$('copy-snippet').addEventListener('click', () => copy('snippet'));
$('copy-iframe').addEventListener('click', () => copy('iframe-snippet'));
$('download-page').addEventListener('click', download);
for (const button of document.querySelectorAll('[data-page-lang]')) button.addEventListener('click', () => setPageLanguage(button.dataset.pageLang));

$('script-url').value = new URL('../dist/browser/news-timeline.min.js', location.href).href;
const params = new URLSearchParams(location.search);
fillLanguages($('opt-lang'), 'en');
setPageLanguage(params.get('lang') === 'ar' ? 'ar' : 'en');
update();
