// The embed builder: data in (pasted, uploaded or by address), a live preview, every problem
// linked to its place in the input, and the code to paste into an article. No inline script or
// style, so it runs under the same strict Content-Security-Policy as the demo. The preview reads
// the data (a large text in a worker), so the page never waits on it.
import { isSafeUrl } from '../dist/browser/news-timeline.min.js';
import { fillLanguages, RIGHT_TO_LEFT } from './languages.js';

/** Data larger than this (characters, or a file's bytes) stays out of the text box, which would take seconds to lay it out. */
const LARGE_TEXT = 1_000_000;

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
    viewStory: 'Story (one event at a time)',
    viewAuto: 'Story on phones, timeline on wider screens',
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
    scriptUrlLabel: 'Where the timeline’s program comes from',
    scriptUrlHint:
      'Ask your web team for the address of news-timeline.min.js on your own site and put it here. The address filled in is this builder’s copy: fine for trying it out, not for publishing.',
    dataAddressLabel: 'Address of the data file (for “by its address”)',
    snippetLabel: 'Code for your article, if your publishing system lets you paste code',
    copy: 'Copy',
    iframeHeading: 'If your publishing system does not accept code',
    iframeHint: 'Download the page and ask your web team to put it on your site; then paste the embed code below, with the page’s address, into your article.',
    pageUrlLabel: 'Address the page will have on your site',
    downloadPage: 'Download the page (timeline.html)',
    iframeLabel: 'Embed code (an iframe)',
    empty: 'Paste, open or load some data to see it here.',
    loading: 'Loading…',
    copied: 'Copied.',
    copyFailed: 'Could not copy: select the code and copy it yourself.',
    pasted: 'The pasted text',
    largeText: (name, size) => `${name} (${size}) is read but not shown here: a text this large would freeze the page. Open it in your editor to change it; the problems below say where to look.`,
    inlineTooLarge: 'This data is too large to paste inside the code: put the file on your server and use its address.',
    addressRefused: (scheme) =>
      `${scheme} addresses are not accepted: only https:, http: or an address relative to the page. A javascript: address would run code in readers’ pages, and data: or blob: addresses do not load where the page is published.`,
    summary: (events, problems) =>
      `${plural('en', events, { one: '{n} event drawn', other: '{n} events drawn' })}, ${plural('en', problems, { zero: 'no problems', one: '{n} problem', other: '{n} problems' })}.`,
    nothingDrawn: 'Nothing is drawn yet: fix the problem below first.',
    linksBecameSources: 'Links inside the TimelineJS3 text are listed under each event’s Sources; the text keeps only their words.',
    problem: {
      event: (n) => `Event ${n}`,
      era: (n) => `Era ${n}`,
      category: (n) => `Category ${n}`,
      row: (n, column) => (column ? `Row ${n}, column “${column}”` : `Row ${n}`),
      data: 'Your data',
      missing: (field) => `${field} is missing.`,
      notDate: (field, value) => `${field}: “${value}” is not a date. Write it as 2024, 2024-06 or 2024-06-19.`,
      json: (line) => `This is not valid JSON${line ? ` (near line ${line})` : ''}: check the commas, quotes and brackets there.`,
      check: (field) => `${field} needs fixing (the details follow).`,
      fields: { start: 'The start date', start_date: 'The start date', end: 'The end date', end_date: 'The end date', year: 'The year', title: 'The title', headline: 'The headline', id: 'The id', events: 'The list of events', url: 'The link', src: 'The picture’s address' },
      other: 'This',
    },
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
    viewStory: 'قصة (حدث واحد في كل مرة)',
    viewAuto: 'قصة على الهواتف، وخط زمني على الشاشات الأعرض',
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
    scriptUrlLabel: 'مصدر برنامج الخط الزمني',
    scriptUrlHint:
      'اطلب من الفريق التقني لموقعك عنوان الملف \u2066news-timeline.min.js\u2069 على موقعكم وضعه هنا. العنوان المكتوب الآن هو نسخة هذه الأداة: يصلح للتجربة لا للنشر.',
    dataAddressLabel: 'عنوان ملف البيانات (للخيار «عبر عنوانها»)',
    snippetLabel: 'الشيفرة لمقالك، إن كان نظام النشر يسمح بلصق الشيفرات',
    copy: 'نسخ',
    iframeHeading: 'إن كان نظام النشر لا يقبل الشيفرات',
    iframeHint: 'نزّل الصفحة واطلب من الفريق التقني وضعها على موقعكم، ثم الصق شيفرة التضمين أدناه مع عنوان الصفحة في مقالك.',
    pageUrlLabel: 'عنوان الصفحة على موقعكم',
    downloadPage: 'تنزيل الصفحة (timeline.html)',
    iframeLabel: 'شيفرة التضمين (إطار iframe)',
    empty: 'الصق بيانات أو افتح ملفًا أو حمّل عنوانًا لتراها هنا.',
    loading: 'جارٍ التحميل…',
    copied: 'نُسخت.',
    copyFailed: 'تعذر النسخ: حدد الشيفرة وانسخها بنفسك.',
    pasted: 'النص الملصق',
    largeText: (name, size) => `قُرئ ${name} (${size}) لكنه لا يُعرض هنا: نص بهذا الحجم يجمّد الصفحة. افتحه في محررك لتعديله؛ والمشكلات أدناه تدل على مواضعها.`,
    inlineTooLarge: 'هذه البيانات أكبر من أن تُلصق داخل الشيفرة: ضع الملف على خادمك واستخدم عنوانه.',
    addressRefused: (scheme) =>
      `لا تُقبل عناوين ${scheme}: المقبول فقط https: أو http: أو عنوان نسبي للصفحة. فعنوان javascript: يشغّل شيفرة في صفحات القراء، وعناوين data: وblob: لا تُحمَّل حيث تُنشر الصفحة.`,
    summary: (events, problems) =>
      `${plural('ar', events, { zero: 'لم يُرسم أي حدث', one: 'رُسم حدث واحد', two: 'رُسم حدثان', few: 'رُسمت {n} أحداث', many: 'رُسم {n} حدثًا', other: 'رُسم {n} حدث' })}، ${plural('ar', problems, { zero: 'ولا مشكلات', one: 'ومشكلة واحدة', two: 'ومشكلتان', few: 'و{n} مشكلات', many: 'و{n} مشكلة', other: 'و{n} مشكلة' })}.`,
    nothingDrawn: 'لم يُرسم شيء بعد: أصلح المشكلة أدناه أولًا.',
    linksBecameSources: 'الروابط داخل نص TimelineJS3 مدرجة تحت «المصادر» في كل حدث، ويبقى في النص كلماتها فقط.',
    problem: {
      event: (n) => `الحدث ${n}`,
      era: (n) => `الحقبة ${n}`,
      category: (n) => `الفئة ${n}`,
      row: (n, column) => (column ? `الصف ${n}، العمود «\u2068${column}\u2069»` : `الصف ${n}`),
      data: 'بياناتك',
      missing: (field) => `أضف ${field}.`,
      notDate: (field, value) => `${field}: «\u2068${value}\u2069» ليس تاريخًا. اكتبه هكذا: 2024 أو 2024-06 أو 2024-06-19.`,
      json: (line) => `هذا ليس JSON صالحًا${line ? ` (قرب السطر ${line})` : ''}: راجع الفواصل وعلامات التنصيص والأقواس هناك.`,
      check: (field) => `صحّح ${field} (التفاصيل بعده).`,
      fields: { start: 'تاريخ البداية', start_date: 'تاريخ البداية', end: 'تاريخ النهاية', end_date: 'تاريخ النهاية', year: 'السنة', title: 'العنوان', headline: 'العنوان', id: 'المعرّف', events: 'قائمة الأحداث', url: 'الرابط', src: 'عنوان الصورة' },
      other: 'هذا',
    },
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
/** The last data read: its timeline (the preview's). */
let current = null;
/** Data too large for the text box (a file, or a pasted text as a blob), with its name, size and address, while it is the data. */
let large = null;

// ---- the page's own language ------------------------------------------------------------------

function setPageLanguage(lang) {
  pageLang = lang;
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  for (const node of document.querySelectorAll('[data-text]')) node.textContent = TEXT[lang][node.dataset.text];
  for (const node of document.querySelectorAll('[data-label]')) node.setAttribute('aria-label', TEXT[lang][node.dataset.label]);
  for (const button of document.querySelectorAll('[data-page-lang]')) button.setAttribute('aria-pressed', String(button.dataset.pageLang === lang));
  document.title = `${TEXT[lang].title} · news-timeline`;
  showLarge();
  showSummary();
  update();
}

// ---- reading the data ---------------------------------------------------------------------------

/** Whether there is data to read: in the text box, or kept beside it. */
const hasText = () => Boolean(large) || input.value.trim() !== '';

function readInput() {
  current = null;
  showProblems([]);
  if ($('format').value !== 'auto') preview.setAttribute('format', $('format').value);
  else preview.removeAttribute('format');
  // The preview reads the data itself; its problems come back as nt-error. Large data goes by its
  // blob's address, so its bytes reach the reader's worker undecoded and uncopied by the page.
  if (large) {
    preview.src = large.url;
  } else {
    preview.removeAttribute('src');
    preview.data = hasText() ? input.value : { events: [] };
  }
  update();
}

/** Keeps large data out of the text box, saying so in the reader's language. */
function takeLarge(blob, name) {
  dropLarge();
  large = { url: URL.createObjectURL(blob), name, size: blob.size };
  input.value = '';
  showLarge();
  readInput();
}

function dropLarge() {
  if (large) URL.revokeObjectURL(large.url);
  large = null;
  showLarge();
}

function showLarge() {
  const size = large ? new Intl.NumberFormat(pageLang, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(large.size / 1e6) : '';
  input.placeholder = large ? TEXT[pageLang].largeText(large.name, size) : '';
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
  const url = address('data-url');
  if (!url) return;
  current = null;
  showProblems([]);
  if ($('format').value !== 'auto') preview.setAttribute('format', $('format').value);
  else preview.removeAttribute('format');
  preview.src = url;
  $('data-address').value = url;
  update();
}

preview.addEventListener('nt-error', (event) => showProblems(event.detail.issues));
preview.addEventListener('nt-load', () => {
  if (mode === 'url' && !preview.shadowRoot.querySelector('[part="error"]')) showProblems([]);
  current = { timeline: preview.timeline };
  update();
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
    // What to fix in words first; the path and the reader's own message follow as a detail.
    const label = document.createElement('span');
    const sentence = document.createElement('span');
    sentence.className = 'problem-words';
    sentence.textContent = describeProblem(issue);
    const detail = document.createElement('bdi');
    detail.dir = 'ltr';
    detail.lang = 'en';
    detail.className = 'problem-detail';
    detail.textContent = `${issue.path}: ${issue.message}`;
    label.append(sentence, ' ', detail);
    // Its place is found when it is asked for, scanning no further than the place itself.
    if (mode === 'text' && !large && placeable(issue.path)) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'problem';
      button.append(label);
      button.addEventListener('click', () => {
        const place = locate(input.value, issue.path);
        if (place) goTo(place);
      });
      item.append(button);
    } else {
      item.append(label);
    }
    list.append(item);
  });
  showSummary();
}

function showSummary() {
  const text = TEXT[pageLang];
  const hasData = mode === 'text' ? hasText() : Boolean(preview.src);
  // Pasted data that could not be read draws nothing, whatever the preview showed before.
  const timeline = mode === 'text' ? current?.timeline : preview.timeline;
  if (!hasData) $('summary').textContent = text.empty;
  else if (!timeline && problems.length) $('summary').textContent = text.nothingDrawn;
  else $('summary').textContent = text.summary(timeline?.events.length ?? 0, problems.length);
  const flattenedLinks = mode === 'text' && Boolean(timeline) && /"start_date"/.test(input.value) && /<a\s[^>]*href/i.test(input.value);
  $('notes').textContent = flattenedLinks ? text.linksBecameSources : '';
}

/** A problem in a journalist's words: where it is, and what to fix. */
function describeProblem({ path, message }) {
  const t = TEXT[pageLang].problem;
  const row = /^row (\d+)(?:, (.+))?$/.exec(path);
  const item = /^(events|eras|categories)\[(\d+)\]/.exec(path);
  const where = row ? t.row(row[1], row[2]) : item ? t[{ events: 'event', eras: 'era', categories: 'category' }[item[1]]](Number(item[2]) + 1) : t.data;
  const name = row ? row[2] : /([A-Za-z_]+)(?:\[\d+\])?$/.exec(path)?.[1];
  const field = t.fields[name] ?? t.other;
  const date = /^"(.*)" is not a date/.exec(message);
  let what = t.check(field);
  if (/^is required/.test(message)) what = t.missing(field);
  else if (date) what = t.notDate(field, date[1]);
  else if (/is not valid JSON/.test(message)) what = t.json(jsonLine(message));
  return `${where}: ${what}`;
}

/** The line a JSON error points at: the browser's own "line N", or counted from "position N" in the pasted text. */
function jsonLine(message) {
  const line = /line (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/.exec(message);
  return position && mode === 'text' ? input.value.slice(0, Number(position[1])).split('\n').length : null;
}

/** Selects a place in the input and scrolls it into view. */
function goTo({ start, end }) {
  input.focus();
  input.setSelectionRange(start, end);
  const line = input.value.slice(0, start).split('\n').length - 1;
  const lineHeight = parseFloat(getComputedStyle(input).lineHeight) || 18;
  input.scrollTop = Math.max(0, (line - 3) * lineHeight);
}

/** Whether a problem's path names a place in the input: a JSON path, or a CSV row. */
const placeable = (path) => /^row \d+/.test(path) || /^(events|eras|categories|title|description|version)\b/.test(path);

/** Where a problem's path points in the input: a JSON path, or a CSV row and column. */
export function locate(text, path) {
  const row = /^row (\d+)(?:, (.+))?$/.exec(path);
  if (row) return locateCsv(text, Number(row[1]), row[2]);
  if (!placeable(path)) return null;
  const segments = path.match(/[^.[\]]+/g).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  return locateJson(text, segments);
}

/**
 * The deepest value of a JSON text along a path, as offsets. Values off the path are skipped
 * without being read, and the scan stops at the place: it costs what lies before the place.
 */
function locateJson(text, segments) {
  let i = 0;
  let best = null;
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  /** Past a string (i at its opening quote); returns its raw text. */
  const string = () => {
    const from = ++i;
    for (;;) {
      i = text.indexOf('"', i);
      if (i < 0) throw new Error('end');
      let slashes = 0;
      while (text[i - 1 - slashes] === '\\') slashes++;
      if (slashes % 2 === 0) break;
      i++;
    }
    return text.slice(from, i++);
  };
  const key = () => {
    const raw = string();
    try {
      return JSON.parse(`"${raw}"`);
    } catch {
      return raw;
    }
  };
  /** Past a value off the path: brackets counted, strings jumped over. */
  const skip = () => {
    let depth = 0;
    while (i < text.length) {
      const c = text[i];
      if (c === '"') {
        string();
        if (depth === 0) return;
        continue;
      }
      if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') {
        if (depth === 0) return;
        if (--depth === 0) return void i++;
      } else if (depth === 0 && (c === ',' || ' \t\n\r'.includes(c))) return;
      i++;
    }
  };
  /** A value at `depth` segments along the path. */
  const value = (depth) => {
    space();
    if (i >= text.length) throw new Error('end');
    const start = i;
    if (depth === segments.length || (text[i] !== '{' && text[i] !== '[')) {
      if (text[i] === '"') string();
      else skip();
      best = { depth, start, end: i };
      throw new Error('found');
    }
    const object = text[i++] === '{';
    best = { depth, start, end: start + 1 };
    space();
    for (let n = 0; text[i] !== (object ? '}' : ']'); n++) {
      if (i >= text.length) throw new Error('end');
      let name = n;
      if (object) {
        name = key();
        space();
        i++; // the colon
      }
      if (name === segments[depth]) value(depth + 1);
      else {
        space();
        skip();
      }
      space();
      if (text[i] === ',') i++;
      space();
    }
    // The path goes on where this value has nothing: the value itself is the place.
    best = { depth, start, end: i + 1 };
    throw new Error('found');
  };
  try {
    value(0);
  } catch {
    // Found, or broken JSON: the deepest place reached.
  }
  return best && best.depth > 0 ? { start: best.start, end: best.end } : null;
}

/** A cell of a CSV text: row as a spreadsheet counts it (the header is row 1), column by its header; read up to that row only. */
function locateCsv(text, rowNumber, columnName) {
  let i = 0;
  /** The cells of the row starting at i, as offsets; i ends at the next row. */
  const readRow = () => {
    const cells = [];
    let start = i;
    let quoted = false;
    for (; i <= text.length; i++) {
      const c = text[i];
      if (c === '"') quoted = !quoted;
      else if (!quoted && (c === ',' || c === '\n' || c === undefined)) {
        cells.push([start, i > start && text[i - 1] === '\r' && c === '\n' ? i - 1 : i]);
        start = i + 1;
        if (c !== ',') {
          i++;
          return cells;
        }
      }
    }
    return cells;
  };
  const header = readRow().map(([a, b]) => text.slice(a, b).replace(/^\ufeff/, '').replace(/^"|"$/g, '').trim().toLowerCase());
  let row = header;
  let cells = null;
  for (let n = 2; n <= rowNumber; n++) {
    if (i > text.length) return null;
    cells = readRow();
  }
  if (rowNumber === 1) return null;
  row = cells;
  if (!row || row.length === 0) return null;
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

/** The scheme an address would use, for the reason it is refused. */
const schemeOf = (value) => /^([a-z][a-z0-9+.-]*):/i.exec(value.replace(/[\u0000-\u0020\u007f]/g, ''))?.[1].toLowerCase();

/**
 * An address from a field, for the code: http:, https: or relative only. Any other is left out,
 * and the field's note says why (an address written into an article is run or loaded by readers).
 */
function address(id) {
  const value = $(id).value.trim();
  const safe = value === '' || isSafeUrl(value);
  const scheme = schemeOf(value);
  const note = $(`${id}-note`);
  note.textContent = safe ? '' : TEXT[pageLang].addressRefused(scheme ? `${scheme}:` : JSON.stringify(value.slice(0, 24)));
  note.hidden = safe;
  $(id).setAttribute('aria-invalid', String(!safe));
  return safe ? value : '';
}

/** The origin a policy names for an address: its own when absolute, 'self' when relative. */
function originOf(value) {
  return /^https?:\/\//i.test(value) ? new URL(value).origin : "'self'";
}

/** Whether the data is too large to carry inside the code (it would be a text of megabytes to paste). */
const inlineTooLarge = () => mode === 'text' && Boolean(large);
/** Whether the code carries the data inside it. */
const inlineChosen = () => mode === 'text' && Boolean(current?.timeline) && !inlineTooLarge() && document.querySelector('input[name="embed"]:checked').value === 'inline';

/** The data as an inline JSON block: `<` escaped, so nothing in it can close the script element. */
function inlineData() {
  return JSON.stringify(nativeDocument(current.timeline), null, 2).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function elementCode() {
  if (inlineChosen()) return `<news-timeline ${attributes()}>\n<script type="application/json">\n${inlineData()}\n</script>\n</news-timeline>`;
  const format = $('format').value;
  const src = dataAddress();
  const extra = [`src="${escapeAttribute(src)}"`];
  if (format !== 'auto') extra.push(`format="${format}"`);
  return `<news-timeline ${attributes(extra)}></news-timeline>`;
}

/** The data's address in the code, when the data goes by address. */
const dataAddress = () => (mode === 'url' ? address('data-url') : address('data-address'));

function snippet() {
  return `<script type="module" src="${escapeAttribute(address('script-url'))}"></script>\n${elementCode()}`;
}

/**
 * The downloaded page's policy: the element's script (and its worker) from where it is served,
 * data only from the data's address, images over https, no inline script or style, no eval, and
 * Trusted Types for every script sink.
 */
function pagePolicy() {
  const script = originOf(address('script-url'));
  const data = inlineChosen() ? "'none'" : originOf(dataAddress());
  return [
    "default-src 'none'",
    `script-src ${script}`,
    `worker-src ${script}`,
    `connect-src ${data}`,
    "img-src https: 'self'",
    "style-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
  ].join('; ');
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
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(pagePolicy())}">
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
  return `<iframe src="${escapeAttribute(address('page-url'))}" title="${escapeAttribute(storyTitle())}" width="100%" height="${o.height}" loading="lazy"></iframe>`;
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
  inlineRadio.disabled = mode === 'url' || inlineTooLarge();
  if (inlineRadio.disabled) document.querySelector('input[name="embed"][value="url"]').checked = true;
  $('inline-note').textContent = inlineTooLarge() ? TEXT[pageLang].inlineTooLarge : '';
  $('inline-note').hidden = !inlineTooLarge();
  showSummary();
}

/** Copies a code box; the confirmation shows beside the button that was pressed. */
async function copy(id, status) {
  const text = $(id).value;
  for (const node of document.querySelectorAll('.copied')) node.textContent = '';
  try {
    await navigator.clipboard.writeText(text);
    $(status).textContent = TEXT[pageLang].copied;
  } catch {
    $(id).select();
    $(status).textContent = TEXT[pageLang].copyFailed;
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
  // Pasted data's problems are listed beside the input, with their places: the preview need not show them again.
  preview.classList.toggle('problems-listed', mode === 'text');
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
  dropLarge();
  clearTimeout(timer);
  timer = setTimeout(readInput, 250);
});
$('data-file').addEventListener('change', async () => {
  const file = $('data-file').files?.[0];
  if (!file) return;
  if (/\.csv$/i.test(file.name) && $('format').value === 'auto') $('format').value = 'csv';
  if (file.size > LARGE_TEXT) return takeLarge(file, file.name);
  dropLarge();
  input.value = await file.text();
  readInput();
});
// A large paste goes where a large file goes, not into the text box.
input.addEventListener('paste', (event) => {
  const text = event.clipboardData?.getData('text/plain') ?? '';
  if (text.length <= LARGE_TEXT) return;
  event.preventDefault();
  takeLarge(new Blob([text], { type: 'text/plain' }), TEXT[pageLang].pasted);
});
$('use-example').addEventListener('click', async () => {
  dropLarge();
  input.value = await (await fetch('../src/data/russia-north-korea.json')).text();
  readInput();
});
$('format').addEventListener('change', () => (mode === 'text' ? readInput() : loadUrl()));
$('load-url').addEventListener('click', loadUrl);
$('data-url').addEventListener('keydown', (event) => {
  if (event.key === 'Enter') loadUrl();
});
for (const radio of document.querySelectorAll('input[name="mode"]')) radio.addEventListener('change', () => setMode(radio.value));
for (const id of ['opt-lang', 'opt-view', 'opt-theme', 'opt-height', 'opt-start', 'opt-end', 'script-url', 'data-address', 'page-url']) $(id).addEventListener('input', update);
for (const radio of document.querySelectorAll('input[name="embed"]')) radio.addEventListener('change', update);
$('copy-snippet').addEventListener('click', () => copy('snippet', 'copied-snippet'));
$('copy-iframe').addEventListener('click', () => copy('iframe-snippet', 'copied-iframe'));
$('download-page').addEventListener('click', download);
for (const button of document.querySelectorAll('[data-page-lang]')) button.addEventListener('click', () => setPageLanguage(button.dataset.pageLang));

$('script-url').value = new URL('../dist/browser/news-timeline.min.js', location.href).href;
preview.classList.add('problems-listed');
const params = new URLSearchParams(location.search);
fillLanguages($('opt-lang'), 'en');
setPageLanguage(params.get('lang') === 'ar' ? 'ar' : 'en');
update();
