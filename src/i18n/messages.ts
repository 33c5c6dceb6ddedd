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
  timelineView: string;
  loading: string;
  errorHeading: (count: string, n: number) => string;
  noEvents: string;
  eventCount: (count: string, n: number) => string;
  clusterName: (count: string, n: number, from: string, to: string) => string;
  position: (index: string, total: string) => string;
  markName: (title: string, date: string, category: string) => string;
  eraName: (label: string, dates: string) => string;
  ongoing: string;
  opensInNewTab: string;
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
  timelineView: 'Timeline view',
  loading: 'Loading the timeline…',
  errorHeading: (count, n) => plural('en', n, { one: 'This timeline has {n} problem', other: 'This timeline has {n} problems' }, count),
  noEvents: 'No events to show.',
  eventCount: (count, n) => plural('en', n, { one: '{n} event', other: '{n} events' }, count),
  clusterName: (count, n, from, to) =>
    plural('en', n, {
      one: '{n} event, {from}. Press Enter to zoom in.',
      other: '{n} events, {from} to {to}. Press Enter to zoom in.',
    }, count, { from, to }),
  position: (index, total) => `${index} of ${total}`,
  markName: (title, date, category) => `${title}, ${date}, ${category}`,
  eraName: (label, dates) => `${label}: ${dates}`,
  ongoing: 'ongoing',
  opensInNewTab: '(opens in a new tab)',
};

const ar: Messages = {
  timelineLabel: 'الخط الزمني',
  trackDescription: 'استخدم مفاتيح الأسهم للتنقل بين الأحداث، وEnter لفتح الحدث، ومفتاحي الزائد والناقص للتكبير والتصغير.',
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  fit: 'عرض الكل',
  previous: 'الحدث السابق',
  next: 'الحدث التالي',
  close: 'إغلاق',
  categories: 'الفئات',
  showCategory: (label) => `إظهار ${label}`,
  sources: 'المصادر',
  listView: 'عرض القائمة',
  timelineView: 'عرض الخط الزمني',
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
  eventCount: (count, n) =>
    plural('ar', n, { zero: 'لا أحداث', one: 'حدث واحد', two: 'حدثان', few: '{n} أحداث', many: '{n} حدثًا', other: '{n} حدث' }, count),
  clusterName: (count, n, from, to) =>
    plural('ar', n, {
      one: 'حدث واحد، {from}. اضغط Enter للتكبير.',
      two: 'حدثان، من {from} إلى {to}. اضغط Enter للتكبير.',
      few: '{n} أحداث، من {from} إلى {to}. اضغط Enter للتكبير.',
      many: '{n} حدثًا، من {from} إلى {to}. اضغط Enter للتكبير.',
      other: '{n} حدث، من {from} إلى {to}. اضغط Enter للتكبير.',
    }, count, { from, to }),
  position: (index, total) => `${index} من ${total}`,
  markName: (title, date, category) => `${title}، ${date}، ${category}`,
  eraName: (label, dates) => `${label}: ${dates}`,
  ongoing: 'مستمر',
  opensInNewTab: '(يفتح في علامة تبويب جديدة)',
};

const tables: Record<string, Messages> = { en, ar };

/** The message table for a language, falling back to its base language, then English. */
export function messagesFor(lang: string): Messages {
  const base = lang.toLowerCase().split('-')[0];
  return tables[base] ?? en;
}
