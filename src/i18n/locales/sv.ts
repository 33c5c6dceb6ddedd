import type { Locale } from '../messages.js';
import { plural } from '../plural.js';

const sv: Locale = {
  dir: 'ltr',
  messages: {
    timelineLabel: 'Tidslinje',
    trackDescription: 'Använd piltangenterna för att gå mellan händelser, Enter för att öppna en och plus och minus för att zooma.',
    zoomIn: 'Zooma in',
    zoomOut: 'Zooma ut',
    fit: 'Visa alla',
    previous: 'Föregående händelse',
    next: 'Nästa händelse',
    close: 'Stäng',
    categories: 'Kategorier',
    showCategory: (label) => `Visa ${label}`,
    sources: 'Källor',
    viewChoice: 'Visning',
    timelineView: 'Tidslinje',
    listView: 'Lista',
    storyView: 'Berättelse',
    verticalView: 'Lodrät',
    tools: 'Verktyg',
    loading: 'Läser in tidslinjen …',
    errorHeading: (count, n) => plural('sv', n, { one: 'Tidslinjen har {n} problem', other: 'Tidslinjen har {n} problem' }, count),
    noEvents: 'Inga händelser att visa.',
    showMore: (rest, n) => plural('sv', n, { one: 'Visa {n} händelse till', other: 'Visa fler händelser ({n} kvar)' }, rest),
    notPrinted: (rest, n) =>
      plural(
        'sv',
        n,
        {
          one: 'Ytterligare {n} händelse skrivs inte ut här; hela listan finns i den interaktiva tidslinjen.',
          other: 'Ytterligare {n} händelser skrivs inte ut här; hela listan finns i den interaktiva tidslinjen.',
        },
        rest,
      ),
    clusterName: (count, n, dates) =>
      plural(
        'sv',
        n,
        {
          one: '{n} händelse, {dates}. Tryck på Enter för att visa den.',
          other: '{n} händelser, {dates}. Tryck på Enter för att visa dem.',
        },
        count,
        { dates },
      ),
    noEventsInView: 'Inga händelser i den här delen av tidslinjen. Tryck på 0 för att visa alla.',
    position: (index, total) => `${index} av ${total}`,
    markName: (title, date, category) => (category ? `${title}, ${date}, ${category}` : `${title}, ${date}`),
    opensInNewTab: '(öppnas i en ny flik)',
    announce: (title, date) => `${title}, ${date}`,
    zoomControls: 'Reglage för tidslinjen',
    trackLabel: (title) => `Tidslinje: ${title}`,
    help: 'Hjälp',
    shortcuts: 'Kortkommandon',
    gestures: 'Pekskärm och mus',
    loadFailure: (why) =>
      ({
        timeout: 'Det tog för lång tid att läsa in tidslinjen. Servern kan vara långsam eller inte gå att nå.',
        network: 'Det gick inte att läsa in tidslinjen. Kontrollera anslutningen och adressen till datakällan.',
        http: 'Servern skickade inte tidslinjens data. Kontrollera adressen till datakällan.',
        'not-data': 'Filen lästes in, men den innehåller inga tidslinjedata som kan visas.',
        'sheet-not-published':
          'Det här Google-kalkylarket är inte publicerat på webben. Välj Arkiv > Dela > Publicera på webben i Google Kalkylark, välj bladet och ”Kommaavgränsade värden (.csv)”, klicka på Publicera och använd länken du får.',
        'too-large': 'Datafilen är för stor för att visas.',
      })[why],
    tooLarge: (size, limit) =>
      `Datafilen är på ${size}, mer än de ${limit} som den här tidslinjen tar emot. Dela upp berättelsen eller be sidans utvecklare att höja gränsen.`,
    retry: 'Försök igen',
    partFailed: 'En del av tidslinjen kunde inte läsas in. Ladda om sidan för att försöka igen.',

    storyLabel: (title) => `Berättelse: ${title}`,
    storyStart: 'Börja',
    swipeHint: 'Svep åt vänster eller höger för att bläddra i berättelsen.',
    eventCount: (count, n) => plural('sv', n, { one: '{n} händelse', other: '{n} händelser' }, count),
    imageUnavailable: 'Det gick inte att läsa in bilden.',
    share: 'Dela länk',
    linkCopied: 'Länken har kopierats.',
    copyThisLink: 'Kopiera länken:',
    findLabel: 'Sök händelser',
    matches: (count, total, n) =>
      n === 0
        ? 'Inga händelser matchar.'
        : plural('sv', n, { one: '{n} av {total} händelser matchar.', other: '{n} av {total} händelser matchar.' }, count, { total }),
    matchPosition: (index, count, n) => plural('sv', n, { one: 'Enda träffen', other: 'Träff {index} av {n}' }, count, { index }),
    downloadImage: 'Ladda ned bild',
    today: 'I dag',
    credit: (publishers) => `Källor: ${publishers}`,

    approximate: (date) => `ca ${date}`,
    uncertain: (date) => `${date} (?)`,
    approximateUncertain: (date) => `ca ${date} (?)`,
    // "2000-talet" is the century: the decade 2000–2009 is named as the century's first.
    decade: (year) => (/00$/.test(year) ? `${year}-talets första decennium` : `${year}-talet`),
    century: (year) => `${year}-talet`,
    season: (season, year) => `${{ spring: 'våren', summer: 'sommaren', autumn: 'hösten', winter: 'vintern' }[season]} ${year}`,
    ongoing: (start) => `sedan ${start}`,
    datesNote: 'En ofylld markering betyder att datumet är ungefärligt eller osäkert.',

    later: (span) => `${span} senare`,
    earlier: (span) => `${span} tidigare`,

    newEvents: (count, n) => plural('sv', n, { one: '{n} ny händelse', other: '{n} nya händelser' }, count),
    showNewest: 'Visa senaste',
    newLabel: 'Ny',
    updateFailed: 'Det gick inte att uppdatera; försöker igen.',
    selectedRemoved: 'Händelsen du hade öppen har tagits bort från tidslinjen.',
  },
  shortcuts: [
    [['Tab'], 'Gå till tidslinjen och sedan vidare till kortet'],
    [['←', '→'], 'Föregående eller nästa händelse på skärmen; vid kanten rullar tidslinjen'],
    [['↑', '↓'], 'Händelse i raden ovanför eller nedanför'],
    [['Home', 'End'], 'Första eller sista händelsen'],
    [['Enter', 'Mellanslag'], 'Öppna händelsen eller zooma in på en grupp'],
    [['Esc'], 'Stäng kortet'],
    [['+', '−'], 'Zooma in eller ut'],
    [['0'], 'Visa alla händelser'],
  ],
  gestures: [
    [['Tryck'], 'Öppna händelsen eller zooma in på en grupp'],
    [['Dra'], 'Flytta längs tidslinjen'],
    [['Nyp'], 'Zooma in eller ut'],
    [['Ctrl + mushjul'], 'Zooma in eller ut med musen'],
    [['Dubbelklick'], 'Zooma in där du klickar'],
  ],
};

export default sv;
