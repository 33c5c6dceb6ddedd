/**
 * Every string the element shows, one table per language. Whole sentences only: a message with
 * a number picks its plural form with `Intl.PluralRules`, never by gluing translated pieces.
 */
export interface Messages {
  timelineLabel: string;
  trackDescription: string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  previous: string;
  next: string;
  close: string;
  categories: string;
  showCategory: (label: string) => string;
  sources: string;
  listView: string;
  loading: string;
  errorHeading: (count: string, n: number) => string;
  noEvents: string;
  /** The list view's button for the next items; `rest` is how many are not shown yet. */
  showMore: (rest: string) => string;
  /** Under a printed list that stops short of the whole story. */
  notPrinted: (rest: string) => string;
  clusterName: (count: string, n: number, dates: string) => string;
  noEventsInView: string;
  position: (index: string, total: string) => string;
  markName: (title: string, date: string, category: string) => string;
  opensInNewTab: string;
  /** What the live region says when an event is selected: its title and date only. */
  announce: (title: string, date: string) => string;
  zoomControls: string;
  trackLabel: (title: string) => string;
  help: string;
  shortcuts: string;
  /** Why a `src` did not load, in words a journalist can act on (the details follow in English). */
  loadFailure: (why: 'timeout' | 'network' | 'http' | 'not-data' | 'sheet-not-published') => string;
  retry: string;

  // For readers: the story view, links to events, find, the Today line and image export.
  storyView: string;
  /** The story region's name. */
  storyLabel: (title: string) => string;
  /** The Next button on the title card. */
  storyStart: string;
  eventCount: (count: string, n: number) => string;
  imageUnavailable: string;
  share: string;
  linkCopied: string;
  /** Shown with the link when the clipboard refused it. */
  copyThisLink: string;
  findLabel: string;
  /** "3 of 27 events match"; n = 0 says that none do. */
  matches: (count: string, total: string, n: number) => string;
  downloadImage: string;
  today: string;
  /** The credit line under an exported image. */
  credit: (publishers: string) => string;
}

type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const plurals = new Map<string, Intl.PluralRules>();

/** Chooses the form for a count, then fills in `{n}` (the formatted count) and any other slots. */
export function plural(lang: string, n: number, forms: PluralForms, count: string, slots: Record<string, string> = {}): string {
  let rules = plurals.get(lang);
  if (!rules) plurals.set(lang, (rules = new Intl.PluralRules(lang)));
  const form = forms[rules.select(n)] ?? forms.other;
  return form.replace(/\{(\w+)\}/g, (_, key: string) => (key === 'n' ? count : slots[key] ?? ''));
}

const en: Messages = {
  timelineLabel: 'Timeline',
  trackDescription: 'Use the arrow keys to move between events, Enter to open one, plus and minus to zoom.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show all',
  previous: 'Previous event',
  next: 'Next event',
  close: 'Close',
  categories: 'Categories',
  showCategory: (label) => `Show ${label}`,
  sources: 'Sources',
  listView: 'List view',
  loading: 'Loading the timeline…',
  errorHeading: (count, n) => plural('en', n, { one: 'This timeline has {n} problem', other: 'This timeline has {n} problems' }, count),
  noEvents: 'No events to show.',
  showMore: (rest) => `Show more events (${rest} left)`,
  notPrinted: (rest) => `${rest} more events are not printed here; the whole list is in the interactive timeline.`,
  clusterName: (count, n, dates) =>
    plural('en', n, { one: '{n} event, {dates}. Press Enter to show it.', other: '{n} events, {dates}. Press Enter to show them.' }, count, { dates }),
  noEventsInView: 'No events in view. Press 0 to show all.',
  position: (index, total) => `${index} of ${total}`,
  markName: (title, date, category) => `${title}, ${date}, ${category}`,
  opensInNewTab: '(opens in a new tab)',
  announce: (title, date) => `${title}, ${date}`,
  zoomControls: 'Timeline controls',
  trackLabel: (title) => `Timeline: ${title}`,
  help: 'Keyboard shortcuts',
  shortcuts: 'Keyboard shortcuts',
  loadFailure: (why) =>
    ({
      timeout: 'The timeline took too long to load. The server may be slow or unreachable.',
      network: 'The timeline could not be loaded. Check the connection and the address of the data.',
      http: 'The server did not send the timeline’s data. Check the address of the data.',
      'not-data': 'The file loaded, but it is not timeline data that can be shown.',
      'sheet-not-published':
        'This Google Sheet is not published to the web. In Google Sheets choose File, Share, Publish to web; pick the sheet and “Comma-separated values (.csv)”, press Publish, and use the link it gives.',
    })[why],
  retry: 'Try again',

  storyView: 'Story view',
  storyLabel: (title) => `Story: ${title}`,
  storyStart: 'Start',
  eventCount: (count, n) => plural('en', n, { one: '{n} event', other: '{n} events' }, count),
  imageUnavailable: 'The image could not be loaded.',
  share: 'Share link',
  linkCopied: 'Link copied.',
  copyThisLink: 'Copy this link:',
  findLabel: 'Find events',
  matches: (count, total, n) =>
    n === 0 ? 'No events match.' : plural('en', n, { one: '{n} of {total} events matches.', other: '{n} of {total} events match.' }, count, { total }),
  downloadImage: 'Download image',
  today: 'Today',
  credit: (publishers) => `Sources: ${publishers}`,
};

const ar: Messages = {
  timelineLabel: 'الخط الزمني',
  trackDescription: 'استخدم مفاتيح الأسهم للتنقل بين الأحداث، ومفتاح Enter لفتح حدث، ومفتاحي الزائد والناقص للتكبير والتصغير.',
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  fit: 'عرض الكل',
  previous: 'الحدث السابق',
  next: 'الحدث التالي',
  close: 'إغلاق',
  categories: 'الفئات',
  showCategory: (label) => `إظهار فئة ${label}`,
  sources: 'المصادر',
  listView: 'عرض القائمة',
  loading: 'جارٍ تحميل الخط الزمني…',
  errorHeading: (count, n) =>
    plural('ar', n, {
      zero: 'لا مشكلات في هذا الخط الزمني',
      one: 'في هذا الخط الزمني مشكلة واحدة',
      two: 'في هذا الخط الزمني مشكلتان',
      few: 'في هذا الخط الزمني {n} مشكلات',
      many: 'في هذا الخط الزمني {n} مشكلة',
      other: 'في هذا الخط الزمني {n} مشكلة',
    }, count),
  noEvents: 'لا أحداث لعرضها.',
  showMore: (rest) => `عرض المزيد من الأحداث (المتبقي ${rest})`,
  notPrinted: (rest) => `لم تُطبع هنا بقية الأحداث (${rest})؛ القائمة الكاملة في الخط الزمني التفاعلي.`,
  clusterName: (count, n, dates) =>
    plural('ar', n, {
      one: 'حدث واحد، {dates}. اضغط مفتاح Enter لعرضه.',
      two: 'حدثان، {dates}. اضغط مفتاح Enter لعرضهما.',
      few: '{n} أحداث، {dates}. اضغط مفتاح Enter لعرضها.',
      many: '{n} حدثًا، {dates}. اضغط مفتاح Enter لعرضها.',
      other: '{n} حدث، {dates}. اضغط مفتاح Enter لعرضها.',
    }, count, { dates }),
  noEventsInView: 'لا أحداث في هذا الجزء من الخط الزمني. اضغط مفتاح 0 لعرض كل الأحداث.',
  position: (index, total) => `${index} من ${total}`,
  markName: (title, date, category) => `${title}، ${date}، ${category}`,
  opensInNewTab: '(يفتح في علامة تبويب جديدة)',
  announce: (title, date) => `${title}، ${date}`,
  zoomControls: 'أدوات الخط الزمني',
  trackLabel: (title) => `الخط الزمني: ${title}`,
  help: 'اختصارات لوحة المفاتيح',
  shortcuts: 'اختصارات لوحة المفاتيح',
  loadFailure: (why) =>
    ({
      timeout: 'استغرق تحميل الخط الزمني وقتًا طويلًا. قد يكون الخادم بطيئًا أو يتعذر الوصول إليه.',
      network: 'تعذر تحميل الخط الزمني. تحقق من الاتصال ومن عنوان البيانات.',
      http: 'لم يرسل الخادم بيانات الخط الزمني. تحقق من عنوان البيانات.',
      'not-data': 'حُمّل الملف، لكنه ليس بيانات خط زمني يمكن عرضها.',
      'sheet-not-published':
        'جدول Google هذا غير منشور على الويب. في جداول Google اختر «ملف» ثم «مشاركة» ثم «النشر على الويب»، واختر الورقة وصيغة «قيم مفصولة بفواصل (.csv)»، ثم اضغط «نشر» واستخدم الرابط الذي يظهر.',
    })[why],
  retry: 'إعادة المحاولة',

  storyView: 'عرض القصة',
  storyLabel: (title) => `القصة: ${title}`,
  storyStart: 'ابدأ',
  eventCount: (count, n) =>
    plural('ar', n, { zero: 'لا أحداث', one: 'حدث واحد', two: 'حدثان', few: '{n} أحداث', many: '{n} حدثًا', other: '{n} حدث' }, count),
  imageUnavailable: 'تعذّر تحميل الصورة.',
  share: 'مشاركة الرابط',
  linkCopied: 'نُسخ الرابط.',
  copyThisLink: 'انسخ هذا الرابط:',
  findLabel: 'البحث في الأحداث',
  matches: (count, total, n) => (n === 0 ? 'لا أحداث تطابق البحث.' : `الأحداث المطابقة للبحث: ${count} من ${total}.`),
  downloadImage: 'تنزيل صورة',
  today: 'اليوم',
  credit: (publishers) => `المصادر: ${publishers}`,
};

const tables = new Map<string, Messages>([
  ['en', en],
  ['ar', ar],
]);

/** The message table for a language, falling back to its base language, then English. */
export function messagesFor(lang: string): Messages {
  return tables.get(baseLanguage(lang)) ?? en;
}

/** The language of a tag, without region or script: `ar-EG` → `ar`. */
export function baseLanguage(lang: string): string {
  return lang.toLowerCase().split('-')[0];
}
