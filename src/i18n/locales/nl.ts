import type { Locale } from '../messages.js';
import { plural } from '../plural.js';

// 19XX starts in 1900: "de 20e eeuw" ("de jaren 1900" reads as 1900–1909).
const century = (year: string) => (/^\d{3,4}$/.test(year) && +year % 100 === 0 ? `de ${+year / 100 + 1}e eeuw` : `de eeuw vanaf ${year}`);

const nl: Locale = {
  dir: 'ltr',
  messages: {
    timelineLabel: 'Tijdlijn',
    trackDescription: 'Gebruik de pijltoetsen om tussen gebeurtenissen te wisselen, Enter om er een te openen en plus en min om in en uit te zoomen.',
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    fit: 'Alles tonen',
    previous: 'Vorige gebeurtenis',
    next: 'Volgende gebeurtenis',
    close: 'Sluiten',
    categories: 'Categorieën',
    showCategory: (label) => `${label} tonen`,
    sources: 'Bronnen',
    viewChoice: 'Weergave',
    timelineView: 'Tijdlijn',
    listView: 'Lijst',
    storyView: 'Verhaal',
    verticalView: 'Verticaal',
    tools: 'Hulpmiddelen',
    loading: 'Tijdlijn wordt geladen…',
    errorHeading: (count, n) => plural('nl', n, { one: 'Deze tijdlijn bevat {n} probleem', other: 'Deze tijdlijn bevat {n} problemen' }, count),
    noEvents: 'Geen gebeurtenissen om te tonen.',
    showMore: (rest, n) => plural('nl', n, { one: 'Nog {n} gebeurtenis tonen', other: 'Meer gebeurtenissen tonen (nog {n})' }, rest),
    notPrinted: (rest, n) =>
      plural(
        'nl',
        n,
        {
          one: 'Nog {n} gebeurtenis staat hier niet afgedrukt; de volledige lijst staat in de interactieve tijdlijn.',
          other: 'Nog {n} gebeurtenissen staan hier niet afgedrukt; de volledige lijst staat in de interactieve tijdlijn.',
        },
        rest,
      ),
    clusterName: (count, n, dates) =>
      plural(
        'nl',
        n,
        {
          one: '{n} gebeurtenis, {dates}. Druk op Enter om die te tonen.',
          other: '{n} gebeurtenissen, {dates}. Druk op Enter om ze te tonen.',
        },
        count,
        { dates },
      ),
    noEventsInView: 'Geen gebeurtenissen in beeld. Druk op 0 om alles te tonen.',
    position: (index, total) => `${index} van ${total}`,
    markName: (title, date, category) => (category ? `${title}, ${date}, ${category}` : `${title}, ${date}`),
    opensInNewTab: '(opent in een nieuw tabblad)',
    announce: (title, date) => `${title}, ${date}`,
    zoomControls: 'Bediening van de tijdlijn',
    trackLabel: (title) => `Tijdlijn: ${title}`,
    help: 'Hulp',
    shortcuts: 'Sneltoetsen',
    gestures: 'Touchscreen en muis',
    loadFailure: (why) =>
      ({
        timeout: 'Het laden van de tijdlijn duurde te lang. De server is mogelijk traag of onbereikbaar.',
        network: 'De tijdlijn kon niet worden geladen. Controleer de verbinding en het adres van de gegevens.',
        http: 'De server heeft de gegevens van de tijdlijn niet gestuurd. Controleer het adres van de gegevens.',
        'not-data': 'Het bestand is geladen, maar bevat geen tijdlijngegevens die kunnen worden getoond.',
        'sheet-not-published':
          'Deze Google-spreadsheet is niet op internet gepubliceerd. Kies in Google Spreadsheets Bestand > Delen > Publiceren op internet, selecteer het blad en “Door komma’s gescheiden waarden (.csv)”, klik op Publiceren en gebruik de link die je krijgt.',
        'too-large': 'Het gegevensbestand is te groot om te tonen.',
      })[why],
    tooLarge: (size, limit) =>
      `Het gegevensbestand is ${size}, meer dan de ${limit} die deze tijdlijn toelaat. Splits het verhaal op of vraag de ontwikkelaar van de pagina om de limiet te verhogen.`,
    retry: 'Opnieuw proberen',
    partFailed: 'Een deel van deze tijdlijn kon niet worden geladen. Laad de pagina opnieuw om het nog eens te proberen.',

    storyLabel: (title) => `Verhaal: ${title}`,
    storyStart: 'Beginnen',
    swipeHint: 'Veeg naar links of rechts om door het verhaal te bladeren.',
    eventCount: (count, n) => plural('nl', n, { one: '{n} gebeurtenis', other: '{n} gebeurtenissen' }, count),
    imageUnavailable: 'De afbeelding kon niet worden geladen.',
    share: 'Link delen',
    linkCopied: 'Link gekopieerd.',
    copyThisLink: 'Kopieer deze link:',
    findLabel: 'Gebeurtenissen zoeken',
    matches: (count, total, n) =>
      n === 0
        ? 'Geen gebeurtenissen gevonden.'
        : plural('nl', n, { one: '{n} van {total} gebeurtenissen komt overeen.', other: '{n} van {total} gebeurtenissen komen overeen.' }, count, { total }),
    matchPosition: (index, count, n) => plural('nl', n, { one: 'Enig resultaat', other: 'Resultaat {index} van {n}' }, count, { index }),
    downloadImage: 'Afbeelding downloaden',
    today: 'Vandaag',
    credit: (publishers) => `Bronnen: ${publishers}`,

    // "ca." does not go before an article: "rond de jaren 2010".
    approximate: (date) => `${date.startsWith('de ') ? 'rond' : 'ca.'} ${date}`,
    uncertain: (date) => `${date} (?)`,
    approximateUncertain: (date) => `${date.startsWith('de ') ? 'rond' : 'ca.'} ${date} (?)`,
    decade: (year) => `de jaren ${year}`,
    century,
    season: (season, year) => `${{ spring: 'voorjaar', summer: 'zomer', autumn: 'najaar', winter: 'winter' }[season]} ${year}`,
    ongoing: (start) => `sinds ${start}`,
    datesNote: 'Een open markering staat voor een datum die bij benadering bekend of onzeker is.',

    later: (span) => `${span} later`,
    earlier: (span) => `${span} eerder`,

    newEvents: (count, n) => plural('nl', n, { one: '{n} nieuwe gebeurtenis', other: '{n} nieuwe gebeurtenissen' }, count),
    showNewest: 'Naar de nieuwste',
    newLabel: 'Nieuw',
    updateFailed: 'Bijwerken mislukt; we proberen het opnieuw.',
    selectedRemoved: 'De gebeurtenis die je open had, is uit de tijdlijn verwijderd.',
  },
  shortcuts: [
    [['Tab'], 'Naar de tijdlijn gaan, daarna naar de kaart'],
    [['←', '→'], 'Vorige of volgende gebeurtenis in beeld; aan de rand schuift de tijdlijn mee'],
    [['↑', '↓'], 'Gebeurtenis in de rij erboven of eronder'],
    [['Home', 'End'], 'Eerste of laatste gebeurtenis'],
    [['Enter', 'Spatie'], 'Gebeurtenis openen of inzoomen op een groep'],
    [['Esc'], 'Kaart sluiten'],
    [['+', '−'], 'Inzoomen of uitzoomen'],
    [['0'], 'Alle gebeurtenissen tonen'],
  ],
  gestures: [
    [['Tikken'], 'Gebeurtenis openen of inzoomen op een groep'],
    [['Slepen'], 'Langs de tijdlijn bewegen'],
    [['Knijpen'], 'Inzoomen of uitzoomen'],
    [['Ctrl + scrollwiel'], 'In- of uitzoomen met de muis'],
    [['Dubbelklikken'], 'Inzoomen waar je klikt'],
  ],
};

export default nl;
