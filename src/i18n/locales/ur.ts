import type { Locale } from '../messages.js';
import { plural } from '../plural.js';

const ur: Locale = {
  dir: 'rtl',
  messages: {
    timelineLabel: 'ٹائم لائن',
    trackDescription: 'واقعات کے درمیان جانے کے لیے تیر والی کلیدیں، کوئی واقعہ کھولنے کے لیے \u2066Enter\u2069 اور زوم کے لیے پلس اور مائنس کی کلیدیں استعمال کریں۔',
    zoomIn: 'زوم اِن',
    zoomOut: 'زوم آؤٹ',
    fit: 'تمام واقعات دکھائیں',
    previous: 'پچھلا واقعہ',
    next: 'اگلا واقعہ',
    close: 'بند کریں',
    categories: 'زمرے',
    showCategory: (label) => `زمرہ ${label} دکھائیں`,
    sources: 'ذرائع',
    viewChoice: 'منظر',
    timelineView: 'ٹائم لائن',
    listView: 'فہرست',
    storyView: 'کہانی',
    verticalView: 'عمودی',
    tools: 'ٹولز',
    loading: 'ٹائم لائن لوڈ ہو رہی ہے…',
    errorHeading: (count, n) => plural('ur', n, { one: 'اس ٹائم لائن میں {n} مسئلہ ہے', other: 'اس ٹائم لائن میں {n} مسائل ہیں' }, count),
    noEvents: 'دکھانے کے لیے کوئی واقعہ نہیں۔',
    showMore: (rest, n) => plural('ur', n, { one: 'ایک اور واقعہ دکھائیں', other: 'مزید واقعات دکھائیں ({n} باقی)' }, rest),
    notPrinted: (rest, n) =>
      plural(
        'ur',
        n,
        {
          one: 'یہاں {n} مزید واقعہ طباعت میں شامل نہیں؛ پوری فہرست انٹرایکٹو ٹائم لائن میں موجود ہے۔',
          other: 'یہاں {n} مزید واقعات طباعت میں شامل نہیں؛ پوری فہرست انٹرایکٹو ٹائم لائن میں موجود ہے۔',
        },
        rest,
      ),
    clusterName: (count, n, dates) =>
      plural(
        'ur',
        n,
        {
          one: '{n} واقعہ، {dates}۔ اسے دیکھنے کے لیے \u2066Enter\u2069 دبائیں۔',
          other: '{n} واقعات، {dates}۔ انھیں دیکھنے کے لیے \u2066Enter\u2069 دبائیں۔',
        },
        count,
        { dates },
      ),
    noEventsInView: 'ٹائم لائن کے اس حصے میں کوئی واقعہ نہیں۔ تمام واقعات دیکھنے کے لیے 0 دبائیں۔',
    position: (index, total) => `${total} میں سے ${index}`,
    markName: (title, date, category) => (category ? `${title}، ${date}، ${category}` : `${title}، ${date}`),
    opensInNewTab: '(نئے ٹیب میں کھلتا ہے)',
    announce: (title, date) => `${title}، ${date}`,
    zoomControls: 'ٹائم لائن کنٹرولز',
    trackLabel: (title) => `ٹائم لائن: ${title}`,
    help: 'مدد',
    shortcuts: 'کی بورڈ شارٹ کٹس',
    gestures: 'ٹچ اور ماؤس',
    loadFailure: (why) =>
      ({
        timeout: 'ٹائم لائن لوڈ ہونے میں بہت دیر لگی۔ ہو سکتا ہے سرور سست ہو یا دستیاب نہ ہو۔',
        network: 'ٹائم لائن لوڈ نہیں ہو سکی۔ انٹرنیٹ کنکشن اور ڈیٹا فائل کا پتہ چیک کریں۔',
        http: 'سرور نے ٹائم لائن کا ڈیٹا نہیں بھیجا۔ ڈیٹا فائل کا پتہ چیک کریں۔',
        'not-data': 'فائل لوڈ ہو گئی، لیکن اس میں ایسا ٹائم لائن ڈیٹا نہیں جو دکھایا جا سکے۔',
        'sheet-not-published':
          'یہ شیٹ ویب پر شائع نہیں کی گئی۔ \u2066Google Sheets\u2069 میں "فائل" > "اشتراک کریں" > "ویب پر شائع کریں" منتخب کریں، شیٹ اور "کوما سے الگ کردہ قدریں (\u2066.csv\u2069)" چنیں، "شائع کریں" دبائیں اور ملنے والا لنک استعمال کریں۔',
        'too-large': 'ڈیٹا فائل اتنی بڑی ہے کہ دکھائی نہیں جا سکتی۔',
      })[why],
    tooLarge: (size, limit) =>
      `ڈیٹا فائل کا سائز \u2066${size}\u2069 ہے، جو اس ٹائم لائن کی \u2066${limit}\u2069 کی حد سے زیادہ ہے۔ کہانی کو حصوں میں تقسیم کریں یا صفحے کے ڈیولپر سے حد بڑھانے کو کہیں۔`,
    retry: 'دوبارہ کوشش کریں',
    partFailed: 'اس ٹائم لائن کا ایک حصہ لوڈ نہیں ہو سکا۔ دوبارہ کوشش کے لیے صفحہ ری لوڈ کریں۔',

    storyLabel: (title) => `کہانی: ${title}`,
    storyStart: 'شروع کریں',
    swipeHint: 'واقعات کے درمیان جانے کے لیے بائیں یا دائیں سوائپ کریں۔',
    eventCount: (count, n) => plural('ur', n, { one: '{n} واقعہ', other: '{n} واقعات' }, count),
    imageUnavailable: 'تصویر لوڈ نہیں ہو سکی۔',
    share: 'لنک شیئر کریں',
    linkCopied: 'لنک کاپی ہو گیا۔',
    copyThisLink: 'یہ لنک کاپی کریں:',
    findLabel: 'واقعات تلاش کریں',
    matches: (count, total, n) =>
      n === 0
        ? 'کوئی واقعہ تلاش سے مطابقت نہیں رکھتا۔'
        : plural(
            'ur',
            n,
            { one: '{total} میں سے {n} واقعہ تلاش سے مطابقت رکھتا ہے۔', other: '{total} میں سے {n} واقعات تلاش سے مطابقت رکھتے ہیں۔' },
            count,
            { total },
          ),
    matchPosition: (index, count, n) => plural('ur', n, { one: 'واحد نتیجہ', other: 'نتیجہ: {n} میں سے {index}' }, count, { index }),
    downloadImage: 'تصویر ڈاؤن لوڈ کریں',
    today: 'آج',
    credit: (publishers) => `ذرائع: ${publishers}`,

    approximate: (date) => `تقریباً ${date}`,
    uncertain: (date) => `${date} (غیر یقینی)`,
    approximateUncertain: (date) => `تقریباً ${date} (غیر یقینی)`,
    decade: (year) => `${year} کی دہائی`,
    century: (year) => `${year} سے شروع ہونے والی صدی`,
    season: (season, year) => `${{ spring: 'موسم بہار', summer: 'موسم گرما', autumn: 'موسم خزاں', winter: 'موسم سرما' }[season]} ${year}`,
    ongoing: (start) => `${start} سے جاری`,
    datesNote: 'کھوکھلا نشان بتاتا ہے کہ تاریخ تخمینی یا غیر یقینی ہے۔',

    later: (span) => `${span} بعد`,
    earlier: (span) => `${span} پہلے`,

    newEvents: (count, n) => plural('ur', n, { one: '{n} نیا واقعہ', other: '{n} نئے واقعات' }, count),
    showNewest: 'تازہ ترین واقعہ دکھائیں',
    newLabel: 'نیا',
    updateFailed: 'اپ ڈیٹ نہیں ہو سکا؛ دوبارہ کوشش کی جا رہی ہے۔',
    selectedRemoved: 'آپ نے جو واقعہ کھولا تھا، وہ ٹائم لائن سے ہٹا دیا گیا ہے۔',
  },
  shortcuts: [
    [['Tab'], 'ٹائم لائن میں جائیں، پھر واقعے کے کارڈ پر'],
    [['→', '←'], 'اسکرین پر پچھلا یا اگلا واقعہ؛ کنارے پر پہنچ کر ٹائم لائن سرکتی ہے'],
    [['↑', '↓'], 'اوپر یا نیچے والی قطار کا واقعہ'],
    [['Home', 'End'], 'پہلا یا آخری واقعہ'],
    [['Enter', 'اسپیس'], 'واقعہ کھولیں یا کسی گروپ پر زوم کریں'],
    [['Esc'], 'کارڈ بند کریں'],
    [['+', '−'], 'زوم اِن یا زوم آؤٹ'],
    [['0'], 'تمام واقعات دکھائیں'],
  ],
  gestures: [
    [['ٹیپ'], 'واقعہ کھولیں یا کسی گروپ پر زوم کریں'],
    [['گھسیٹنا'], 'ٹائم لائن پر آگے پیچھے جائیں'],
    [['دو انگلیوں سے چٹکی'], 'زوم اِن یا زوم آؤٹ'],
    [['\u2066Ctrl\u2069 + ماؤس وہیل'], 'ماؤس سے زوم اِن یا زوم آؤٹ'],
    [['ڈبل کلک'], 'جہاں کلک کریں وہاں زوم اِن'],
  ],
};

export default ur;
