import type { Locale } from '../messages.js';
import { plural } from '../plural.js';

const sw: Locale = {
  dir: 'ltr',
  messages: {
    timelineLabel: 'Mfuatano wa matukio',
    trackDescription: 'Tumia vitufe vya mishale kusogea kati ya matukio, Enter kufungua tukio, na vitufe vya kujumlisha na kutoa ili kuvuta karibu au mbali.',
    zoomIn: 'Vuta karibu',
    zoomOut: 'Vuta mbali',
    fit: 'Onyesha yote',
    previous: 'Tukio lililotangulia',
    next: 'Tukio linalofuata',
    close: 'Funga',
    categories: 'Aina',
    showCategory: (label) => `Onyesha aina ya ${label}`,
    sources: 'Vyanzo',
    viewChoice: 'Mwonekano',
    timelineView: 'Mfuatano wa matukio',
    listView: 'Orodha',
    storyView: 'Simulizi',
    verticalView: 'Wima',
    tools: 'Zana',
    loading: 'Inapakia mfuatano wa matukio…',
    errorHeading: (count, n) =>
      plural('sw', n, { one: 'Mfuatano huu wa matukio una tatizo {n}', other: 'Mfuatano huu wa matukio una matatizo {n}' }, count),
    noEvents: 'Hakuna matukio ya kuonyesha.',
    showMore: (rest, n) => plural('sw', n, { one: 'Onyesha tukio {n} lililobaki', other: 'Onyesha matukio zaidi ({n} yamebaki)' }, rest),
    notPrinted: (rest, n) =>
      plural(
        'sw',
        n,
        {
          one: 'Tukio {n} lililobaki halijachapishwa hapa; orodha kamili iko kwenye toleo shirikishi la mfuatano wa matukio.',
          other: 'Matukio {n} yaliyobaki hayajachapishwa hapa; orodha kamili iko kwenye toleo shirikishi la mfuatano wa matukio.',
        },
        rest,
      ),
    clusterName: (count, n, dates) =>
      plural('sw', n, { one: 'Tukio {n}, {dates}. Bonyeza Enter kulionyesha.', other: 'Matukio {n}, {dates}. Bonyeza Enter kuyaonyesha.' }, count, { dates }),
    noEventsInView: 'Hakuna matukio katika sehemu hii. Bonyeza 0 kuonyesha yote.',
    position: (index, total) => `${index} kati ya ${total}`,
    markName: (title, date, category) => (category ? `${title}, ${date}, ${category}` : `${title}, ${date}`),
    opensInNewTab: '(hufunguka katika kichupo kipya)',
    announce: (title, date) => `${title}, ${date}`,
    zoomControls: 'Vidhibiti vya mfuatano wa matukio',
    trackLabel: (title) => `Mfuatano wa matukio: ${title}`,
    help: 'Usaidizi',
    shortcuts: 'Njia za mkato za kibodi',
    gestures: 'Mguso na kipanya',
    loadFailure: (why) =>
      ({
        timeout: 'Mfuatano wa matukio umechukua muda mrefu mno kupakia. Huenda seva ni ya polepole au haifikiki.',
        network: 'Imeshindikana kupakia mfuatano wa matukio. Kagua muunganisho na anwani ya data.',
        http: 'Seva haikutuma data ya mfuatano wa matukio. Kagua anwani ya data.',
        'not-data': 'Faili imepakiwa, lakini si data ya mfuatano wa matukio inayoweza kuonyeshwa.',
        'sheet-not-published':
          'Lahajedwali hii ya Google haijachapishwa kwenye wavuti. Katika Majedwali ya Google, chagua Faili, kisha Shiriki, kisha Chapisha kwenye wavuti; chagua laha na muundo wa “Thamani zilizotenganishwa kwa koma (.csv)”, bofya Chapisha, kisha tumia kiungo utakachopewa.',
        'too-large': 'Faili ya data ni kubwa mno kuonyeshwa.',
      })[why],
    tooLarge: (size, limit) =>
      `Faili ya data ina ukubwa wa ${size}, zaidi ya kikomo cha ${limit} kinachokubaliwa na mfuatano huu wa matukio. Gawanya habari hii au mwombe msanidi wa ukurasa aongeze kikomo.`,
    retry: 'Jaribu tena',
    partFailed: 'Sehemu ya mfuatano huu wa matukio haikuweza kupakiwa. Pakia upya ukurasa ili ujaribu tena.',

    storyLabel: (title) => `Simulizi: ${title}`,
    storyStart: 'Anza',
    swipeHint: 'Telezesha kidole kushoto au kulia ili kusogea katika simulizi.',
    eventCount: (count, n) => plural('sw', n, { one: 'Tukio {n}', other: 'Matukio {n}' }, count),
    imageUnavailable: 'Imeshindikana kupakia picha.',
    share: 'Shiriki kiungo',
    linkCopied: 'Kiungo kimenakiliwa.',
    copyThisLink: 'Nakili kiungo hiki:',
    findLabel: 'Tafuta matukio',
    matches: (count, total, n) =>
      n === 0
        ? 'Hakuna matukio yanayolingana.'
        : plural('sw', n, { one: 'Tukio {n} kati ya {total} linalingana.', other: 'Matukio {n} kati ya {total} yanalingana.' }, count, { total }),
    matchPosition: (index, count, n) => plural('sw', n, { one: 'Tokeo pekee', other: 'Tokeo {index} kati ya {n}' }, count, { index }),
    downloadImage: 'Pakua picha',
    today: 'Leo',
    credit: (publishers) => `Vyanzo: ${publishers}`,

    approximate: (date) => `takriban ${date}`,
    uncertain: (date) => `${date} (haijathibitishwa)`,
    approximateUncertain: (date) => `takriban ${date} (haijathibitishwa)`,
    decade: (year) => `miaka ya ${year}`,
    century: (year) => `miaka ya ${year}`,
    season: (season, year) =>
      `${{ spring: 'majira ya kuchipua', summer: 'majira ya joto', autumn: 'majira ya kupukutika majani', winter: 'majira ya baridi' }[season]} ${year}`,
    ongoing: (start) => `tangu ${start}`,
    datesNote: 'Alama isiyojazwa rangi inaonyesha tarehe ya kukadiriwa au isiyo na uhakika.',

    later: (span) => `${span} baadaye`,
    earlier: (span) => `${span} kabla ya hapo`,

    newEvents: (count, n) => plural('sw', n, { one: 'Tukio {n} jipya', other: 'Matukio {n} mapya' }, count),
    showNewest: 'Onyesha tukio jipya zaidi',
    newLabel: 'Jipya',
    updateFailed: 'Imeshindikana kusasisha; inajaribu tena.',
    selectedRemoved: 'Tukio ulilokuwa umelifungua limeondolewa kwenye mfuatano wa matukio.',
  },
  shortcuts: [
    [['Tab'], 'Ingia kwenye mfuatano wa matukio, kisha kwenye kadi'],
    [['←', '→'], 'Tukio lililotangulia au linalofuata kwenye skrini; ukifika ukingoni, mfuatano husogea'],
    [['↑', '↓'], 'Tukio katika mstari wa juu au wa chini'],
    [['Home', 'End'], 'Tukio la kwanza au la mwisho'],
    [['Enter', 'Space'], 'Fungua tukio, au vuta karibu kikundi cha matukio'],
    [['Esc'], 'Funga kadi'],
    [['+', '−'], 'Vuta karibu au mbali'],
    [['0'], 'Onyesha matukio yote'],
  ],
  gestures: [
    [['Gusa'], 'Fungua tukio, au vuta karibu kikundi cha matukio'],
    [['Buruta'], 'Sogea kwenye mfuatano wa matukio'],
    [['Bana'], 'Vuta karibu au mbali'],
    [['Ctrl + gurudumu la kipanya'], 'Vuta karibu au mbali kwa kipanya'],
    [['Bofya mara mbili'], 'Vuta karibu mahali unapobofya'],
  ],
};

export default sw;
