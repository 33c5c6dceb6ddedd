import type { Locale } from '../messages.js';
import { plural } from '../plural.js';

const he: Locale = {
  dir: 'rtl',
  messages: {
    timelineLabel: 'ציר זמן',
    trackDescription: 'בעזרת מקשי החצים עוברים בין אירועים, ב־\u2066Enter\u2069 פותחים אירוע, ובמקשי הפלוס והמינוס מגדילים ומקטינים את התצוגה.',
    zoomIn: 'הגדלה',
    zoomOut: 'הקטנה',
    fit: 'הצגת כל האירועים',
    previous: 'האירוע הקודם',
    next: 'האירוע הבא',
    close: 'סגירה',
    categories: 'קטגוריות',
    showCategory: (label) => `הצגת הקטגוריה ${label}`,
    sources: 'מקורות',
    viewChoice: 'תצוגה',
    timelineView: 'ציר זמן',
    listView: 'רשימה',
    storyView: 'סיפור',
    verticalView: 'אנכי',
    tools: 'כלים',
    loading: 'ציר הזמן נטען…',
    errorHeading: (count, n) =>
      plural(
        'he',
        n,
        { one: 'בציר הזמן הזה יש בעיה אחת', two: 'בציר הזמן הזה יש שתי בעיות', other: 'בציר הזמן הזה יש {n} בעיות' },
        count,
      ),
    noEvents: 'אין אירועים להצגה.',
    showMore: (rest, n) =>
      plural(
        'he',
        n,
        { one: 'הצגת עוד אירוע אחד', two: 'הצגת עוד אירועים (נותרו שניים)', other: 'הצגת עוד אירועים (נותרו {n})' },
        rest,
      ),
    notPrinted: (rest, n) =>
      plural(
        'he',
        n,
        {
          one: 'עוד אירוע אחד לא מודפס כאן; הרשימה המלאה נמצאת בציר הזמן האינטראקטיבי.',
          two: 'עוד שני אירועים לא מודפסים כאן; הרשימה המלאה נמצאת בציר הזמן האינטראקטיבי.',
          other: 'עוד {n} אירועים לא מודפסים כאן; הרשימה המלאה נמצאת בציר הזמן האינטראקטיבי.',
        },
        rest,
      ),
    clusterName: (count, n, dates) =>
      plural(
        'he',
        n,
        {
          one: 'אירוע אחד, {dates}. הקישו \u2066Enter\u2069 כדי להציג אותו.',
          two: 'שני אירועים, {dates}. הקישו \u2066Enter\u2069 כדי להציג אותם.',
          other: '{n} אירועים, {dates}. הקישו \u2066Enter\u2069 כדי להציג אותם.',
        },
        count,
        { dates },
      ),
    noEventsInView: 'אין אירועים בחלק הזה של ציר הזמן. הקישו 0 כדי להציג את כולם.',
    position: (index, total) => `${index} מתוך ${total}`,
    markName: (title, date, category) => (category ? `${title}, ${date}, ${category}` : `${title}, ${date}`),
    opensInNewTab: '(נפתח בכרטיסייה חדשה)',
    announce: (title, date) => `${title}, ${date}`,
    zoomControls: 'פקדי ציר הזמן',
    trackLabel: (title) => `ציר זמן: ${title}`,
    help: 'עזרה',
    shortcuts: 'קיצורי מקלדת',
    gestures: 'מגע ועכבר',
    loadFailure: (why) =>
      ({
        timeout: 'טעינת ציר הזמן נמשכה זמן רב מדי. ייתכן שהשרת איטי או שאינו זמין.',
        network: 'לא ניתן לטעון את ציר הזמן. בדקו את החיבור לאינטרנט ואת הכתובת של קובץ הנתונים.',
        http: 'השרת לא שלח את הנתונים של ציר הזמן. בדקו את הכתובת של קובץ הנתונים.',
        'not-data': 'הקובץ נטען, אבל אין בו נתונים של ציר זמן שאפשר להציג.',
        'sheet-not-published':
          'הגיליון הזה לא פורסם באינטרנט. ב־\u2066Google Sheets\u2069 בחרו "קובץ" > "שיתוף" > "פרסום באינטרנט", בחרו את הגיליון ואת הפורמט "ערכים מופרדים בפסיקים (\u2066.csv\u2069)", לחצו על "פרסום" והשתמשו בקישור שיתקבל.',
        'too-large': 'קובץ הנתונים גדול מכדי להציג אותו.',
      })[why],
    tooLarge: (size, limit) =>
      `גודל קובץ הנתונים הוא \u2066${size}\u2069, יותר מ־\u2066${limit}\u2069 שציר הזמן הזה מקבל. פצלו את הסיפור או בקשו ממפתח הדף להגדיל את המגבלה.`,
    retry: 'ניסיון נוסף',
    partFailed: 'לא ניתן לטעון חלק מציר הזמן. טענו מחדש את הדף כדי לנסות שוב.',

    storyLabel: (title) => `סיפור: ${title}`,
    storyStart: 'התחלה',
    swipeHint: 'החליקו ימינה או שמאלה כדי לעבור בין האירועים.',
    eventCount: (count, n) => plural('he', n, { one: 'אירוע אחד', two: 'שני אירועים', other: '{n} אירועים' }, count),
    imageUnavailable: 'לא ניתן לטעון את התמונה.',
    share: 'שיתוף קישור',
    linkCopied: 'הקישור הועתק.',
    copyThisLink: 'העתיקו את הקישור:',
    findLabel: 'חיפוש אירועים',
    matches: (count, total, n) =>
      n === 0
        ? 'אין אירועים תואמים.'
        : plural(
            'he',
            n,
            {
              one: 'אירוע אחד מתוך {total} תואם.',
              two: 'שני אירועים מתוך {total} תואמים.',
              other: '{n} אירועים מתוך {total} תואמים.',
            },
            count,
            { total },
          ),
    matchPosition: (index, count, n) =>
      plural('he', n, { one: 'התוצאה היחידה', two: 'תוצאה {index} מתוך {n}', other: 'תוצאה {index} מתוך {n}' }, count, { index }),
    downloadImage: 'הורדת תמונה',
    today: 'היום',
    credit: (publishers) => `מקורות: ${publishers}`,

    approximate: (date) => `בסביבות ${date}`,
    uncertain: (date) => `${date} (לא ודאי)`,
    approximateUncertain: (date) => `בסביבות ${date} (לא ודאי)`,
    decade: (year) => `שנות ה־${year}`,
    century: (year) => `המאה שמתחילה בשנת ${year}`,
    season: (season, year) => `${{ spring: 'אביב', summer: 'קיץ', autumn: 'סתיו', winter: 'חורף' }[season]} ${year}`,
    ongoing: (start) => `מאז ${start}`,
    datesNote: 'סימון חלול מציין תאריך משוער או לא ודאי.',

    later: (span) => `${span} לאחר מכן`,
    earlier: (span) => `${span} קודם לכן`,

    newEvents: (count, n) => plural('he', n, { one: 'אירוע חדש אחד', two: 'שני אירועים חדשים', other: '{n} אירועים חדשים' }, count),
    showNewest: 'מעבר לאירוע החדש ביותר',
    newLabel: 'חדש',
    updateFailed: 'העדכון נכשל; מנסים שוב.',
    selectedRemoved: 'האירוע שפתחתם הוסר מציר הזמן.',
  },
  shortcuts: [
    [['Tab'], 'מעבר אל ציר הזמן ואחר כך אל כרטיס האירוע'],
    [['→', '←'], 'האירוע הקודם או הבא על המסך; בקצה המסך ציר הזמן נגלל'],
    [['↑', '↓'], 'האירוע במסלול שמעל או מתחת'],
    [['Home', 'End'], 'האירוע הראשון או האחרון'],
    [['Enter', 'רווח'], 'פתיחת האירוע או הגדלת קבוצת אירועים'],
    [['Esc'], 'סגירת הכרטיס'],
    [['+', '−'], 'הגדלה או הקטנה'],
    [['0'], 'הצגת כל האירועים'],
  ],
  gestures: [
    [['הקשה'], 'פתיחת האירוע או הגדלת קבוצת אירועים'],
    [['גרירה'], 'תנועה לאורך ציר הזמן'],
    [['צביטה'], 'הגדלה או הקטנה'],
    [['\u2066Ctrl\u2069 + גלגלת העכבר'], 'הגדלה או הקטנה בעזרת העכבר'],
    [['לחיצה כפולה'], 'הגדלה סביב מקום הלחיצה'],
  ],
};

export default he;
