import type { Locale } from '../messages.js';
import { plural } from '../plural.js';

const hi: Locale = {
  dir: 'ltr',
  messages: {
    timelineLabel: 'टाइमलाइन',
    trackDescription: 'घटनाओं के बीच जाने के लिए तीर वाली कुंजियाँ, कोई घटना खोलने के लिए Enter और ज़ूम करने के लिए प्लस और माइनस दबाएँ।',
    zoomIn: 'ज़ूम इन',
    zoomOut: 'ज़ूम आउट',
    fit: 'सभी घटनाएँ दिखाएँ',
    previous: 'पिछली घटना',
    next: 'अगली घटना',
    close: 'बंद करें',
    categories: 'श्रेणियाँ',
    showCategory: (label) => `“${label}” श्रेणी दिखाएँ`,
    sources: 'स्रोत',
    viewChoice: 'दृश्य',
    timelineView: 'टाइमलाइन',
    listView: 'सूची',
    storyView: 'कहानी',
    verticalView: 'लंबवत',
    tools: 'टूल',
    loading: 'टाइमलाइन लोड हो रही है…',
    errorHeading: (count, n) => plural('hi', n, { one: 'इस टाइमलाइन में {n} समस्या है', other: 'इस टाइमलाइन में {n} समस्याएँ हैं' }, count),
    noEvents: 'दिखाने के लिए कोई घटना नहीं है।',
    showMore: (rest, n) => plural('hi', n, { one: '{n} और घटना दिखाएँ', other: 'और घटनाएँ दिखाएँ ({n} बाकी)' }, rest),
    notPrinted: (rest, n) =>
      plural(
        'hi',
        n,
        {
          one: '{n} और घटना यहाँ छापी नहीं गई है; पूरी सूची इंटरैक्टिव टाइमलाइन में है।',
          other: '{n} और घटनाएँ यहाँ छापी नहीं गई हैं; पूरी सूची इंटरैक्टिव टाइमलाइन में है।',
        },
        rest,
      ),
    clusterName: (count, n, dates) =>
      plural(
        'hi',
        n,
        {
          one: '{n} घटना, {dates}। इसे देखने के लिए Enter दबाएँ।',
          other: '{n} घटनाएँ, {dates}। इन्हें देखने के लिए Enter दबाएँ।',
        },
        count,
        { dates },
      ),
    noEventsInView: 'टाइमलाइन के इस हिस्से में कोई घटना नहीं है। सभी घटनाएँ देखने के लिए 0 दबाएँ।',
    position: (index, total) => `${total} में से ${index}`,
    markName: (title, date, category) => (category ? `${title}, ${date}, ${category}` : `${title}, ${date}`),
    opensInNewTab: '(नए टैब में खुलता है)',
    announce: (title, date) => `${title}, ${date}`,
    zoomControls: 'टाइमलाइन के नियंत्रण',
    trackLabel: (title) => `टाइमलाइन: ${title}`,
    help: 'सहायता',
    shortcuts: 'कीबोर्ड शॉर्टकट',
    gestures: 'टच और माउस',
    loadFailure: (why) =>
      ({
        timeout: 'टाइमलाइन लोड होने में बहुत ज़्यादा समय लगा। हो सकता है सर्वर धीमा हो या उस तक पहुँचा न जा सके।',
        network: 'टाइमलाइन लोड नहीं हो सकी। इंटरनेट कनेक्शन और डेटा फ़ाइल का पता जाँचें।',
        http: 'सर्वर ने टाइमलाइन का डेटा नहीं भेजा। डेटा फ़ाइल का पता जाँचें।',
        'not-data': 'फ़ाइल लोड हो गई, लेकिन इसमें ऐसा टाइमलाइन डेटा नहीं है जिसे दिखाया जा सके।',
        'sheet-not-published':
          'यह Google शीट वेब पर प्रकाशित नहीं है। Google शीट में “फ़ाइल” > “शेयर करें” > “वेब पर प्रकाशित करें” चुनें, फिर शीट और “कॉमा से अलग की गई वैल्यू (.csv)” चुनें, “प्रकाशित करें” दबाएँ और मिलने वाला लिंक इस्तेमाल करें।',
        'too-large': 'डेटा फ़ाइल इतनी बड़ी है कि उसे दिखाया नहीं जा सकता।',
      })[why],
    tooLarge: (size, limit) =>
      `डेटा फ़ाइल ${size} की है, जो इस टाइमलाइन की ${limit} की सीमा से ज़्यादा है। स्टोरी को हिस्सों में बाँटें या पेज के डेवलपर से सीमा बढ़ाने को कहें।`,
    retry: 'फिर से कोशिश करें',
    partFailed: 'इस टाइमलाइन का एक हिस्सा लोड नहीं हो सका। फिर से कोशिश करने के लिए पेज रीलोड करें।',

    storyLabel: (title) => `कहानी: ${title}`,
    storyStart: 'शुरू करें',
    swipeHint: 'घटनाओं के बीच जाने के लिए बाएँ या दाएँ स्वाइप करें।',
    // CLDR puts 0 with 1 in Hindi, but a count of none reads naturally only as a phrase.
    eventCount: (count, n) => (n === 0 ? 'कोई घटना नहीं' : plural('hi', n, { one: '{n} घटना', other: '{n} घटनाएँ' }, count)),
    imageUnavailable: 'तस्वीर लोड नहीं हो सकी।',
    share: 'लिंक शेयर करें',
    linkCopied: 'लिंक कॉपी हो गया।',
    copyThisLink: 'यह लिंक कॉपी करें:',
    findLabel: 'घटनाएँ खोजें',
    matches: (count, total, n) =>
      n === 0
        ? 'कोई घटना मेल नहीं खाती।'
        : plural('hi', n, { one: '{total} में से {n} घटना मेल खाती है।', other: '{total} में से {n} घटनाएँ मेल खाती हैं।' }, count, { total }),
    matchPosition: (index, count, n) => (n === 1 ? 'इकलौता नतीजा' : `नतीजा: ${count} में से ${index}`),
    downloadImage: 'तस्वीर डाउनलोड करें',
    today: 'आज',
    credit: (publishers) => `स्रोत: ${publishers}`,

    approximate: (date) => `लगभग ${date}`,
    uncertain: (date) => `${date} (अपुष्ट)`,
    approximateUncertain: (date) => `लगभग ${date} (अपुष्ट)`,
    decade: (year) => `${year} का दशक`,
    century: (year) => `${year} से शुरू होने वाली सदी`,
    season: (season, year) =>
      ({ spring: `${year} का वसंत`, summer: `${year} की गर्मियाँ`, autumn: `${year} का पतझड़`, winter: `${year} की सर्दियाँ` })[season],
    ongoing: (start) => `${start} – अब तक`,
    datesNote: 'खोखला निशान बताता है कि तारीख़ अनुमानित या अपुष्ट है।',

    later: (span) => `${span} बाद`,
    earlier: (span) => `${span} पहले`,

    newEvents: (count, n) => plural('hi', n, { one: '{n} नई घटना', other: '{n} नई घटनाएँ' }, count),
    showNewest: 'सबसे नई घटना दिखाएँ',
    newLabel: 'नई',
    updateFailed: 'अपडेट नहीं हो सका; फिर से कोशिश की जा रही है।',
    selectedRemoved: 'आपने जो घटना खोली थी, उसे टाइमलाइन से हटा दिया गया है।',
  },
  shortcuts: [
    [['Tab'], 'टाइमलाइन में जाएँ, फिर घटना के कार्ड पर'],
    [['←', '→'], 'स्क्रीन पर पिछली या अगली घटना; किनारे पर पहुँचने पर टाइमलाइन खिसकती है'],
    [['↑', '↓'], 'ऊपर या नीचे वाली पंक्ति की घटना'],
    [['Home', 'End'], 'पहली या आख़िरी घटना'],
    [['Enter', 'स्पेस'], 'घटना खोलें या किसी समूह पर ज़ूम करें'],
    [['Esc'], 'कार्ड बंद करें'],
    [['+', '−'], 'ज़ूम इन या ज़ूम आउट'],
    [['0'], 'सभी घटनाएँ दिखाएँ'],
  ],
  gestures: [
    [['टैप'], 'घटना खोलें या किसी समूह पर ज़ूम करें'],
    [['ड्रैग'], 'टाइमलाइन पर आगे-पीछे जाएँ'],
    [['पिंच'], 'ज़ूम इन या ज़ूम आउट'],
    [['Ctrl + माउस व्हील'], 'माउस से ज़ूम इन या ज़ूम आउट'],
    [['डबल-क्लिक'], 'जहाँ क्लिक करें, वहाँ ज़ूम इन'],
  ],
};

export default hi;
