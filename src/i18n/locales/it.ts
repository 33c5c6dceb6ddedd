import type { Locale } from '../messages.js';
import { plural } from '../plural.js';
import { roman } from '../roman.js';

// "Since" takes the article a date needs: "dal 2022", "dall’11 settembre 2001", "da febbraio 2022", "dalla primavera 2023", "dagli anni 2010".
function since(date: string): string {
  if (/^(8\d*|11)(?!\d)/.test(date)) return `dall’${date}`;
  if (/^\d/.test(date)) return `dal ${date}`;
  if (/^anni /.test(date)) return `dagli ${date}`;
  if (/^[IVX]+ secolo/.test(date)) return `dal ${date}`;
  if (/^primavera /.test(date)) return `dalla ${date}`;
  if (/^(estate|autunno|inverno) /.test(date)) return `dall’${date}`;
  return `da ${date}`;
}

// 19XX starts in 1900: "XX secolo" ("anni 1900" reads as 1900–1909).
const century = (year: string) => (/^\d{3,4}$/.test(year) && +year % 100 === 0 ? `${roman(+year / 100 + 1)} secolo` : `secolo dal ${year}`);

const it: Locale = {
  dir: 'ltr',
  messages: {
    timelineLabel: 'Cronologia',
    trackDescription: 'Usa i tasti freccia per spostarti tra gli eventi, Invio per aprirne uno, più e meno per ingrandire o ridurre.',
    zoomIn: 'Ingrandisci',
    zoomOut: 'Riduci',
    fit: 'Mostra tutto',
    previous: 'Evento precedente',
    next: 'Evento successivo',
    close: 'Chiudi',
    categories: 'Categorie',
    showCategory: (label) => `Mostra ${label}`,
    sources: 'Fonti',
    viewChoice: 'Vista',
    timelineView: 'Cronologia',
    listView: 'Elenco',
    storyView: 'Racconto',
    verticalView: 'Verticale',
    tools: 'Strumenti',
    loading: 'Caricamento della cronologia…',
    errorHeading: (count, n) =>
      plural(
        'it',
        n,
        {
          one: 'In questa cronologia c’è {n} problema',
          many: 'In questa cronologia ci sono {n} di problemi',
          other: 'In questa cronologia ci sono {n} problemi',
        },
        count,
      ),
    noEvents: 'Nessun evento da mostrare.',
    showMore: (rest, n) =>
      plural(
        'it',
        n,
        { one: 'Mostra {n} altro evento', many: 'Mostra altri eventi (ne restano {n})', other: 'Mostra altri eventi (ne restano {n})' },
        rest,
      ),
    notPrinted: (rest, n) =>
      plural(
        'it',
        n,
        {
          one: '{n} altro evento non è stampato qui; l’elenco completo è nella cronologia interattiva.',
          many: 'Altri {n} di eventi non sono stampati qui; l’elenco completo è nella cronologia interattiva.',
          other: 'Altri {n} eventi non sono stampati qui; l’elenco completo è nella cronologia interattiva.',
        },
        rest,
      ),
    clusterName: (count, n, dates) =>
      plural(
        'it',
        n,
        {
          one: '{n} evento, {dates}. Premi Invio per mostrarlo.',
          many: '{n} di eventi, {dates}. Premi Invio per mostrarli.',
          other: '{n} eventi, {dates}. Premi Invio per mostrarli.',
        },
        count,
        { dates },
      ),
    noEventsInView: 'Nessun evento in questa parte della cronologia. Premi 0 per mostrare tutto.',
    position: (index, total) => `${index} di ${total}`,
    markName: (title, date, category) => (category ? `${title}, ${date}, ${category}` : `${title}, ${date}`),
    opensInNewTab: '(si apre in una nuova scheda)',
    announce: (title, date) => `${title}, ${date}`,
    zoomControls: 'Comandi della cronologia',
    trackLabel: (title) => `Cronologia: ${title}`,
    help: 'Aiuto',
    shortcuts: 'Scorciatoie da tastiera',
    gestures: 'Touchscreen e mouse',
    loadFailure: (why) =>
      ({
        timeout: 'Il caricamento della cronologia ha richiesto troppo tempo. Il server potrebbe essere lento o irraggiungibile.',
        network: 'Impossibile caricare la cronologia. Controlla la connessione e l’indirizzo dei dati.',
        http: 'Il server non ha inviato i dati della cronologia. Controlla l’indirizzo dei dati.',
        'not-data': 'Il file è stato caricato, ma non contiene dati di cronologia che si possano mostrare.',
        'sheet-not-published':
          'Questo foglio Google non è pubblicato sul Web. In Fogli Google scegli File > Condividi > Pubblica sul Web, seleziona il foglio e «Valori separati da virgola (.csv)», fai clic su Pubblica e usa il link che ottieni.',
        'too-large': 'Il file di dati è troppo grande per essere mostrato.',
      })[why],
    tooLarge: (size, limit) =>
      `Il file di dati pesa ${size}, più dei ${limit} accettati da questa cronologia. Dividi il racconto o chiedi a chi sviluppa la pagina di alzare il limite.`,
    retry: 'Riprova',
    partFailed: 'Non è stato possibile caricare una parte di questa cronologia. Ricarica la pagina per riprovare.',

    storyLabel: (title) => `Racconto: ${title}`,
    storyStart: 'Inizia',
    swipeHint: 'Scorri verso sinistra o destra per sfogliare il racconto.',
    eventCount: (count, n) => plural('it', n, { one: '{n} evento', many: '{n} di eventi', other: '{n} eventi' }, count),
    imageUnavailable: 'Impossibile caricare l’immagine.',
    share: 'Condividi link',
    linkCopied: 'Link copiato.',
    copyThisLink: 'Copia questo link:',
    findLabel: 'Cerca eventi',
    matches: (count, total, n) =>
      n === 0
        ? 'Nessun evento corrisponde.'
        : plural(
            'it',
            n,
            {
              one: '{n} evento su {total} corrisponde.',
              many: '{n} di eventi su {total} corrispondono.',
              other: '{n} eventi su {total} corrispondono.',
            },
            count,
            { total },
          ),
    matchPosition: (index, count, n) =>
      plural('it', n, { one: 'Unico risultato', many: 'Risultato {index} di {n}', other: 'Risultato {index} di {n}' }, count, { index }),
    downloadImage: 'Scarica immagine',
    today: 'Oggi',
    credit: (publishers) => `Fonti: ${publishers}`,

    approximate: (date) => `${date} circa`,
    uncertain: (date) => `${date} (?)`,
    approximateUncertain: (date) => `${date} circa (?)`,
    decade: (year) => `anni ${year}`,
    century,
    season: (season, year) => `${{ spring: 'primavera', summer: 'estate', autumn: 'autunno', winter: 'inverno' }[season]} ${year}`,
    ongoing: (start) => since(start),
    datesNote: 'Un segno vuoto indica una data approssimativa o incerta.',

    later: (span) => `${span} dopo`,
    earlier: (span) => `${span} prima`,

    newEvents: (count, n) => plural('it', n, { one: '{n} nuovo evento', many: '{n} di nuovi eventi', other: '{n} nuovi eventi' }, count),
    showNewest: 'Vai al più recente',
    newLabel: 'Nuovo',
    updateFailed: 'Aggiornamento non riuscito; nuovo tentativo in corso.',
    selectedRemoved: 'L’evento che avevi aperto è stato rimosso dalla cronologia.',
  },
  shortcuts: [
    [['Tab'], 'Entra nella cronologia, poi passa al riquadro dell’evento'],
    [['←', '→'], 'Evento precedente o successivo sullo schermo; al bordo, la cronologia scorre'],
    [['↑', '↓'], 'Evento nella riga sopra o sotto'],
    [['Home', 'Fine'], 'Primo o ultimo evento'],
    [['Invio', 'Spazio'], 'Apri l’evento o ingrandisci un gruppo'],
    [['Esc'], 'Chiudi il riquadro'],
    [['+', '−'], 'Ingrandisci o riduci'],
    [['0'], 'Mostra tutti gli eventi'],
  ],
  gestures: [
    [['Tocco'], 'Apri l’evento o ingrandisci un gruppo'],
    [['Trascinamento'], 'Spostati lungo la cronologia'],
    [['Pizzico'], 'Ingrandisci o riduci'],
    [['Ctrl + rotellina'], 'Ingrandisci o riduci con il mouse'],
    [['Doppio clic'], 'Ingrandisci nel punto del clic'],
  ],
};

export default it;
