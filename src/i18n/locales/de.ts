import type { Locale } from '../messages.js';
import { plural } from '../plural.js';

// A day or a season takes the article after "seit": "seit dem 24. Februar 2022", "seit dem Frühjahr 2023".
const withArticle = /^(\d{1,2}\.\s|Frühjahr|Sommer|Herbst|Winter)/;
// 19XX starts in 1900: "20. Jahrhundert", as the press names it ("1900er-Jahre" reads as 1900–1909).
const century = (year: string) => (/^\d{3,4}$/.test(year) && +year % 100 === 0 ? `${+year / 100 + 1}. Jahrhundert` : `Jahrhundert ab ${year}`);

const de: Locale = {
  dir: 'ltr',
  messages: {
    timelineLabel: 'Zeitleiste',
    trackDescription: 'Mit den Pfeiltasten wechseln Sie zwischen den Ereignissen, mit Enter öffnen Sie eines, mit Plus und Minus zoomen Sie.',
    zoomIn: 'Vergrößern',
    zoomOut: 'Verkleinern',
    fit: 'Alle anzeigen',
    previous: 'Vorheriges Ereignis',
    next: 'Nächstes Ereignis',
    close: 'Schließen',
    categories: 'Kategorien',
    showCategory: (label) => `${label} anzeigen`,
    sources: 'Quellen',
    viewChoice: 'Ansicht',
    timelineView: 'Zeitleiste',
    listView: 'Liste',
    storyView: 'Schritt für Schritt',
    verticalView: 'Vertikal',
    tools: 'Werkzeuge',
    loading: 'Zeitleiste wird geladen …',
    errorHeading: (count, n) =>
      plural('de', n, { one: 'Diese Zeitleiste enthält {n} Problem', other: 'Diese Zeitleiste enthält {n} Probleme' }, count),
    noEvents: 'Keine Ereignisse vorhanden.',
    showMore: (rest, n) =>
      plural('de', n, { one: '{n} weiteres Ereignis anzeigen', other: 'Weitere Ereignisse anzeigen (noch {n})' }, rest),
    notPrinted: (rest, n) =>
      plural(
        'de',
        n,
        {
          one: '{n} weiteres Ereignis ist hier nicht abgedruckt; die vollständige Liste steht in der interaktiven Zeitleiste.',
          other: '{n} weitere Ereignisse sind hier nicht abgedruckt; die vollständige Liste steht in der interaktiven Zeitleiste.',
        },
        rest,
      ),
    clusterName: (count, n, dates) =>
      plural(
        'de',
        n,
        {
          one: '{n} Ereignis, {dates}. Drücken Sie Enter, um es anzuzeigen.',
          other: '{n} Ereignisse, {dates}. Drücken Sie Enter, um sie anzuzeigen.',
        },
        count,
        { dates },
      ),
    noEventsInView: 'Keine Ereignisse in diesem Ausschnitt. Drücken Sie 0, um alle anzuzeigen.',
    position: (index, total) => `${index} von ${total}`,
    markName: (title, date, category) => (category ? `${title}, ${date}, ${category}` : `${title}, ${date}`),
    opensInNewTab: '(öffnet in neuem Tab)',
    announce: (title, date) => `${title}, ${date}`,
    zoomControls: 'Steuerung der Zeitleiste',
    trackLabel: (title) => `Zeitleiste: ${title}`,
    help: 'Hilfe',
    shortcuts: 'Tastenkürzel',
    gestures: 'Touchscreen und Maus',
    loadFailure: (why) =>
      ({
        timeout: 'Das Laden der Zeitleiste hat zu lange gedauert. Der Server ist möglicherweise langsam oder nicht erreichbar.',
        network: 'Die Zeitleiste konnte nicht geladen werden. Prüfen Sie die Verbindung und die Adresse der Daten.',
        http: 'Der Server hat die Daten der Zeitleiste nicht geliefert. Prüfen Sie die Adresse der Daten.',
        'not-data': 'Die Datei wurde geladen, enthält aber keine Daten, die als Zeitleiste angezeigt werden können.',
        'sheet-not-published':
          'Diese Google-Tabelle ist nicht im Web veröffentlicht. Wählen Sie in Google Tabellen „Datei“ > „Freigeben“ > „Im Web veröffentlichen“, dann das Tabellenblatt und „Kommagetrennte Werte (.csv)“, klicken Sie auf „Veröffentlichen“ und verwenden Sie den angezeigten Link.',
        'too-large': 'Die Datendatei ist zu groß, um angezeigt zu werden.',
      })[why],
    tooLarge: (size, limit) =>
      `Die Datendatei ist ${size} groß, mehr als die ${limit}, die diese Zeitleiste zulässt. Verteilen Sie die Ereignisse auf mehrere Zeitleisten oder bitten Sie die Entwickler der Seite, das Limit anzuheben.`,
    retry: 'Erneut versuchen',
    partFailed: 'Ein Teil dieser Zeitleiste konnte nicht geladen werden. Laden Sie die Seite neu, um es noch einmal zu versuchen.',

    storyLabel: (title) => `Schritt für Schritt: ${title}`,
    storyStart: 'Starten',
    swipeHint: 'Wischen Sie nach links oder rechts, um von Ereignis zu Ereignis zu blättern.',
    eventCount: (count, n) => plural('de', n, { one: '{n} Ereignis', other: '{n} Ereignisse' }, count),
    imageUnavailable: 'Das Bild konnte nicht geladen werden.',
    share: 'Link teilen',
    linkCopied: 'Link kopiert.',
    copyThisLink: 'Kopieren Sie diesen Link:',
    findLabel: 'Ereignisse suchen',
    matches: (count, total, n) =>
      n === 0
        ? 'Keine passenden Ereignisse.'
        : plural('de', n, { one: '{n} von {total} Ereignissen passt.', other: '{n} von {total} Ereignissen passen.' }, count, { total }),
    matchPosition: (index, count, n) => plural('de', n, { one: 'Einziger Treffer', other: 'Treffer {index} von {n}' }, count, { index }),
    downloadImage: 'Bild herunterladen',
    today: 'Heute',
    credit: (publishers) => `Quellen: ${publishers}`,

    approximate: (date) => `ca. ${date}`,
    uncertain: (date) => `${date} (?)`,
    approximateUncertain: (date) => `ca. ${date} (?)`,
    decade: (year) => `${year}er-Jahre`,
    century,
    season: (season, year) => `${{ spring: 'Frühjahr', summer: 'Sommer', autumn: 'Herbst', winter: 'Winter' }[season]} ${year}`,
    // Decades in the dative, also when a qualifier follows: "seit den 2010er-Jahren (?)".
    ongoing: (start) =>
      /er-Jahre\b/.test(start) ? `seit den ${start.replace(/er-Jahre\b/, 'er-Jahren')}` : `seit ${withArticle.test(start) ? 'dem ' : ''}${start}`,
    datesNote: 'Eine nicht ausgefüllte Markierung steht für ein ungefähres oder unsicheres Datum.',

    later: (span) => `${span} später`,
    earlier: (span) => `${span} früher`,

    newEvents: (count, n) => plural('de', n, { one: '{n} neues Ereignis', other: '{n} neue Ereignisse' }, count),
    showNewest: 'Zum neuesten Ereignis',
    newLabel: 'Neu',
    updateFailed: 'Aktualisierung fehlgeschlagen; neuer Versuch folgt.',
    selectedRemoved: 'Das Ereignis, das Sie geöffnet hatten, wurde aus der Zeitleiste entfernt.',
  },
  shortcuts: [
    [['Tab'], 'In die Zeitleiste wechseln, dann weiter zur Ereigniskarte'],
    [['←', '→'], 'Vorheriges oder nächstes Ereignis auf dem Bildschirm; am Rand scrollt die Zeitleiste mit'],
    [['↑', '↓'], 'Ereignis in der Spur darüber oder darunter'],
    [['Pos1', 'Ende'], 'Erstes oder letztes Ereignis'],
    [['Enter', 'Leertaste'], 'Ereignis öffnen oder in eine Gruppe hineinzoomen'],
    [['Esc'], 'Ereigniskarte schließen'],
    [['+', '−'], 'Vergrößern oder verkleinern'],
    [['0'], 'Alle Ereignisse anzeigen'],
  ],
  gestures: [
    [['Tippen'], 'Ereignis öffnen oder in eine Gruppe hineinzoomen'],
    [['Ziehen'], 'Entlang der Zeitleiste bewegen'],
    [['Auf- oder zuziehen'], 'Vergrößern oder verkleinern'],
    [['Strg + Mausrad'], 'Mit der Maus vergrößern oder verkleinern'],
    [['Doppelklick'], 'An der angeklickten Stelle vergrößern'],
  ],
};

export default de;
