import type { Locale } from '../messages.js';
import { plural } from '../plural.js';

const ar: Locale = {
  dir: 'rtl',
  messages: {
    timelineLabel: 'الخط الزمني',
    trackDescription: 'استخدم مفاتيح الأسهم للتنقل بين الأحداث، ومفتاح Enter لفتح حدث، ومفتاحي الزائد والناقص للتكبير والتصغير.',
    zoomIn: 'تكبير',
    zoomOut: 'تصغير',
    fit: 'عرض كل الأحداث',
    previous: 'الحدث السابق',
    next: 'الحدث التالي',
    close: 'إغلاق',
    categories: 'الفئات',
    showCategory: (label) => `إظهار فئة ${label}`,
    sources: 'المصادر',
    viewChoice: 'طريقة العرض',
    timelineView: 'الخط الزمني',
    listView: 'القائمة',
    storyView: 'القصة',
    verticalView: 'عمودي',
    tools: 'الأدوات',
    loading: 'جارٍ تحميل الخط الزمني…',
    errorHeading: (count, n) =>
      plural(
        'ar',
        n,
        {
          zero: 'لا مشكلات في هذا الخط الزمني',
          one: 'في هذا الخط الزمني مشكلة واحدة',
          two: 'في هذا الخط الزمني مشكلتان',
          few: 'في هذا الخط الزمني {n} مشكلات',
          many: 'في هذا الخط الزمني {n} مشكلة',
          other: 'في هذا الخط الزمني {n} مشكلة',
        },
        count,
      ),
    noEvents: 'لا أحداث لعرضها.',
    showMore: (rest, n) =>
      plural(
        'ar',
        n,
        {
          one: 'عرض الحدث المتبقي',
          two: 'عرض الحدثين المتبقيين',
          few: 'عرض المزيد من الأحداث (بقيت {n} أحداث)',
          many: 'عرض المزيد من الأحداث (بقي {n} حدثًا)',
          other: 'عرض المزيد من الأحداث (بقي {n} حدث)',
        },
        rest,
      ),
    notPrinted: (rest, n) =>
      plural(
        'ar',
        n,
        {
          one: 'لم يُطبع هنا حدث واحد متبقٍّ؛ القائمة الكاملة في الخط الزمني التفاعلي.',
          two: 'لم يُطبع هنا حدثان متبقيان؛ القائمة الكاملة في الخط الزمني التفاعلي.',
          few: 'لم تُطبع هنا {n} أحداث متبقية؛ القائمة الكاملة في الخط الزمني التفاعلي.',
          many: 'لم يُطبع هنا {n} حدثًا متبقيًا؛ القائمة الكاملة في الخط الزمني التفاعلي.',
          other: 'لم يُطبع هنا {n} حدث متبقٍّ؛ القائمة الكاملة في الخط الزمني التفاعلي.',
        },
        rest,
      ),
    clusterName: (count, n, dates) =>
      plural(
        'ar',
        n,
        {
          one: 'حدث واحد، {dates}. اضغط مفتاح Enter لعرضه.',
          two: 'حدثان، {dates}. اضغط مفتاح Enter لعرضهما.',
          few: '{n} أحداث، {dates}. اضغط مفتاح Enter لعرضها.',
          many: '{n} حدثًا، {dates}. اضغط مفتاح Enter لعرضها.',
          other: '{n} حدث، {dates}. اضغط مفتاح Enter لعرضها.',
        },
        count,
        { dates },
      ),
    noEventsInView: 'لا أحداث في هذا الجزء من الخط الزمني. اضغط مفتاح 0 لعرض كل الأحداث.',
    position: (index, total) => `${index} من ${total}`,
    markName: (title, date, category) => (category ? `${title}، ${date}، ${category}` : `${title}، ${date}`),
    opensInNewTab: '(يفتح في علامة تبويب جديدة)',
    announce: (title, date) => `${title}، ${date}`,
    zoomControls: 'أدوات الخط الزمني',
    trackLabel: (title) => `الخط الزمني: ${title}`,
    help: 'مساعدة',
    shortcuts: 'اختصارات لوحة المفاتيح',
    gestures: 'اللمس والفأرة',
    loadFailure: (why) =>
      ({
        timeout: 'استغرق تحميل الخط الزمني وقتًا طويلًا. قد يكون الخادم بطيئًا أو يتعذر الوصول إليه.',
        network: 'تعذر تحميل الخط الزمني. تحقق من الاتصال ومن رابط ملف البيانات.',
        http: 'لم يرسل الخادم بيانات الخط الزمني. تحقق من رابط ملف البيانات.',
        'not-data': 'حُمّل الملف، لكنه ليس بيانات خط زمني يمكن عرضها.',
        'sheet-not-published':
          'جدول Google هذا غير منشور على الويب. في جداول Google اختر «ملف» ثم «مشاركة» ثم «النشر على الويب»، واختر الورقة وصيغة «قيم مفصولة بفواصل (\u2066.csv\u2069)»، ثم اضغط «نشر» واستخدم الرابط الذي يظهر.',
        'too-large': 'ملف البيانات أكبر من أن يُعرض.',
      })[why],
    tooLarge: (size, limit) => `حجم ملف البيانات ${size}، وهو أكبر من الحد الذي يقبله هذا الخط الزمني (${limit}). قسّم القصة أو اطلب من مطور الصفحة رفع الحد.`,
    retry: 'إعادة المحاولة',
    partFailed: 'تعذر تحميل جزء من هذا الخط الزمني. أعد تحميل الصفحة للمحاولة مرة أخرى.',

    storyLabel: (title) => `القصة: ${title}`,
    storyStart: 'ابدأ',
    swipeHint: 'اسحب يمينًا أو يسارًا للتنقل في القصة.',
    eventCount: (count, n) =>
      plural('ar', n, { zero: 'لا أحداث', one: 'حدث واحد', two: 'حدثان', few: '{n} أحداث', many: '{n} حدثًا', other: '{n} حدث' }, count),
    imageUnavailable: 'تعذر تحميل الصورة.',
    share: 'مشاركة الرابط',
    linkCopied: 'نُسخ الرابط.',
    copyThisLink: 'انسخ هذا الرابط:',
    findLabel: 'البحث في الأحداث',
    matches: (count, total, n) =>
      plural(
        'ar',
        n,
        {
          zero: 'لا أحداث تطابق البحث.',
          one: 'حدث واحد من {total} يطابق البحث.',
          two: 'حدثان من {total} يطابقان البحث.',
          few: '{n} أحداث من {total} تطابق البحث.',
          many: '{n} حدثًا من {total} تطابق البحث.',
          other: '{n} حدث من {total} تطابق البحث.',
        },
        count,
        { total },
      ),
    matchPosition: (index, count, n) =>
      plural(
        'ar',
        n,
        {
          one: 'النتيجة الوحيدة',
          two: 'النتيجة {index} من نتيجتين',
          few: 'النتيجة {index} من {n} نتائج',
          many: 'النتيجة {index} من {n} نتيجة',
          other: 'النتيجة {index} من {n} نتيجة',
        },
        count,
        { index },
      ),
    downloadImage: 'تنزيل صورة',
    today: 'اليوم',
    credit: (publishers) => `المصادر: ${publishers}`,

    approximate: (date) => `نحو ${date}`,
    uncertain: (date) => `${date} (غير مؤكد)`,
    approximateUncertain: (date) => `نحو ${date} (غير مؤكد)`,
    decade: (year) => `عقد ${year}`,
    century: (year) => `القرن الذي يبدأ بعام ${year}`,
    season: (season, year) => `${{ spring: 'ربيع', summer: 'صيف', autumn: 'خريف', winter: 'شتاء' }[season]} ${year}`,
    ongoing: (start) => `منذ ${start}`,
    datesNote: 'العلامة المفرغة تعني أن التاريخ تقريبي أو غير مؤكد.',

    later: (span) => `بعد ${span}`,
    earlier: (span) => `قبل ${span}`,

    newEvents: (count, n) =>
      plural(
        'ar',
        n,
        { one: 'حدث جديد', two: 'حدثان جديدان', few: '{n} أحداث جديدة', many: '{n} حدثًا جديدًا', other: '{n} حدث جديد' },
        count,
      ),
    showNewest: 'عرض الأحدث',
    newLabel: 'جديد',
    updateFailed: 'تعذر التحديث؛ ستُعاد المحاولة.',
    selectedRemoved: 'حُذف الحدث الذي كنت تقرؤه من الخط الزمني.',
  },
  shortcuts: [
    [['Tab'], 'الانتقال إلى الخط الزمني ثم إلى بطاقة الحدث'],
    [['→', '←'], 'الحدث السابق أو التالي على الشاشة، ويتحرك الخط الزمني عند بلوغ طرف الشاشة'],
    [['↑', '↓'], 'الحدث في المسار الأعلى أو الأدنى'],
    [['Home', 'End'], 'الحدث الأول أو الأخير'],
    [['Enter', 'Space'], 'فتح الحدث أو تكبير مجموعة الأحداث'],
    [['Esc'], 'إغلاق البطاقة'],
    [['+', '−'], 'التكبير أو التصغير'],
    [['0'], 'عرض كل الأحداث'],
  ],
  gestures: [
    [['نقرة'], 'فتح الحدث أو تكبير مجموعة الأحداث'],
    [['سحب'], 'التحرك على الخط الزمني'],
    [['قرص بإصبعين'], 'التكبير أو التصغير'],
    [['Ctrl + عجلة الفأرة'], 'التكبير أو التصغير بالفأرة'],
    [['نقرة مزدوجة'], 'التكبير حول موضع النقر'],
  ],
};

export default ar;
