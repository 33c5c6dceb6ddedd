import type { Locale } from '../messages.js';
import { plural } from '../plural.js';
import { roman } from '../roman.js';

// French spacing: a no-break space before a colon, a narrow one before ; ? and inside « ».
// A day or a season takes the article: "depuis le 24 février 2022", "vers l’été 2023".
const le = (date: string) =>
  /^(\d{1,2}(er)?\s|printemps|[IVX]+e siècle)/.test(date) ? `le ${date}` : /^(été|automne|hiver)/.test(date) ? `l’${date}` : date;
// 19XX starts in 1900: "XXe siècle" ("les années 1900" reads as 1900–1909).
const century = (year: string) => (/^\d{3,4}$/.test(year) && +year % 100 === 0 ? `${roman(+year / 100 + 1)}e siècle` : `le siècle à partir de ${year}`);

const fr: Locale = {
  dir: 'ltr',
  messages: {
    timelineLabel: 'Chronologie',
    trackDescription: 'Utilisez les flèches pour passer d’un événement à l’autre, Entrée pour en ouvrir un, plus et moins pour zoomer.',
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    fit: 'Tout afficher',
    previous: 'Événement précédent',
    next: 'Événement suivant',
    close: 'Fermer',
    categories: 'Catégories',
    showCategory: (label) => `Afficher ${label}`,
    sources: 'Sources',
    viewChoice: 'Vue',
    timelineView: 'Frise',
    listView: 'Liste',
    storyView: 'Récit',
    verticalView: 'Verticale',
    tools: 'Outils',
    loading: 'Chargement de la chronologie…',
    errorHeading: (count, n) =>
      plural(
        'fr',
        n,
        {
          one: 'Cette chronologie comporte {n} problème',
          many: 'Cette chronologie comporte {n} de problèmes',
          other: 'Cette chronologie comporte {n} problèmes',
        },
        count,
      ),
    noEvents: 'Aucun événement à afficher.',
    showMore: (rest, n) =>
      plural(
        'fr',
        n,
        { one: 'Afficher {n} événement de plus', many: 'Afficher plus d’événements (encore {n})', other: 'Afficher plus d’événements (encore {n})' },
        rest,
      ),
    notPrinted: (rest, n) =>
      plural(
        'fr',
        n,
        {
          one: '{n} autre événement n’est pas imprimé ici\u202f; la liste complète figure dans la chronologie interactive.',
          many: '{n} d’autres événements ne sont pas imprimés ici\u202f; la liste complète figure dans la chronologie interactive.',
          other: '{n} autres événements ne sont pas imprimés ici\u202f; la liste complète figure dans la chronologie interactive.',
        },
        rest,
      ),
    clusterName: (count, n, dates) =>
      plural(
        'fr',
        n,
        {
          one: '{n} événement, {dates}. Appuyez sur Entrée pour l’afficher.',
          many: '{n} d’événements, {dates}. Appuyez sur Entrée pour les afficher.',
          other: '{n} événements, {dates}. Appuyez sur Entrée pour les afficher.',
        },
        count,
        { dates },
      ),
    noEventsInView: 'Aucun événement dans cette partie de la chronologie. Appuyez sur 0 pour tout afficher.',
    position: (index, total) => `${index} sur ${total}`,
    markName: (title, date, category) => (category ? `${title}, ${date}, ${category}` : `${title}, ${date}`),
    opensInNewTab: '(s’ouvre dans un nouvel onglet)',
    announce: (title, date) => `${title}, ${date}`,
    zoomControls: 'Commandes de la chronologie',
    trackLabel: (title) => `Chronologie\u00a0: ${title}`,
    help: 'Aide',
    shortcuts: 'Raccourcis clavier',
    gestures: 'Écran tactile et souris',
    loadFailure: (why) =>
      ({
        timeout: 'Le chargement de la chronologie a pris trop de temps. Le serveur est peut-être lent ou injoignable.',
        network: 'La chronologie n’a pas pu être chargée. Vérifiez la connexion et l’adresse des données.',
        http: 'Le serveur n’a pas envoyé les données de la chronologie. Vérifiez l’adresse des données.',
        'not-data': 'Le fichier a été chargé, mais il ne contient pas de données de chronologie affichables.',
        'sheet-not-published':
          'Cette feuille Google Sheets n’est pas publiée sur le Web. Dans Google Sheets, choisissez Fichier > Partager > Publier sur le Web, sélectionnez la feuille et «\u202fValeurs séparées par des virgules (.csv)\u202f», cliquez sur Publier et utilisez le lien obtenu.',
        'too-large': 'Le fichier de données est trop volumineux pour être affiché.',
      })[why],
    tooLarge: (size, limit) =>
      `Le fichier de données pèse ${size}, au-delà des ${limit} acceptés par cette chronologie. Scindez le récit ou demandez au développeur de la page de relever la limite.`,
    retry: 'Réessayer',
    partFailed: 'Une partie de cette chronologie n’a pas pu être chargée. Rechargez la page pour réessayer.',

    storyLabel: (title) => `Récit\u00a0: ${title}`,
    storyStart: 'Commencer',
    swipeHint: 'Balayez vers la gauche ou la droite pour parcourir le récit.',
    eventCount: (count, n) => plural('fr', n, { one: '{n} événement', many: '{n} d’événements', other: '{n} événements' }, count),
    imageUnavailable: 'L’image n’a pas pu être chargée.',
    share: 'Partager le lien',
    linkCopied: 'Lien copié.',
    copyThisLink: 'Copiez ce lien\u00a0:',
    findLabel: 'Rechercher des événements',
    matches: (count, total, n) =>
      n === 0
        ? 'Aucun événement ne correspond.'
        : plural(
            'fr',
            n,
            {
              one: '{n} événement sur {total} correspond.',
              many: '{n} d’événements sur {total} correspondent.',
              other: '{n} événements sur {total} correspondent.',
            },
            count,
            { total },
          ),
    matchPosition: (index, count, n) =>
      plural('fr', n, { one: 'Seul résultat', many: 'Résultat {index} sur {n}', other: 'Résultat {index} sur {n}' }, count, { index }),
    downloadImage: 'Télécharger l’image',
    today: 'Aujourd’hui',
    credit: (publishers) => `Sources\u00a0: ${publishers}`,

    approximate: (date) => `vers ${le(date)}`,
    uncertain: (date) => `${date}\u202f?`,
    approximateUncertain: (date) => `vers ${le(date)}\u202f?`,
    decade: (year) => `les années ${year}`,
    century,
    season: (season, year) => `${{ spring: 'printemps', summer: 'été', autumn: 'automne', winter: 'hiver' }[season]} ${year}`,
    // "depuis vers 2001" is not French: "depuis 2001 environ".
    ongoing: (start) => {
      const around = /^vers (.*?)(\u202f\?)?$/.exec(start);
      return around ? `depuis ${around[1]} environ${around[2] ?? ''}` : `depuis ${le(start)}`;
    },
    datesNote: 'Un repère creux signale une date approximative ou incertaine.',

    later: (span) => `${span} plus tard`,
    earlier: (span) => `${span} plus tôt`,

    newEvents: (count, n) =>
      plural('fr', n, { one: '{n} nouvel événement', many: '{n} de nouveaux événements', other: '{n} nouveaux événements' }, count),
    showNewest: 'Voir le plus récent',
    newLabel: 'Nouveau',
    updateFailed: 'Mise à jour impossible\u202f; nouvelle tentative en cours.',
    selectedRemoved: 'L’événement que vous consultiez a été retiré de la chronologie.',
  },
  shortcuts: [
    [['Tab'], 'Entrer dans la chronologie, puis passer à la fiche'],
    [['←', '→'], 'Événement précédent ou suivant à l’écran\u202f; au bord, la chronologie défile'],
    [['↑', '↓'], 'Événement de la ligne du dessus ou du dessous'],
    [['Origine', 'Fin'], 'Premier ou dernier événement'],
    [['Entrée', 'Espace'], 'Ouvrir l’événement ou zoomer sur un groupe'],
    [['Échap'], 'Fermer la fiche'],
    [['+', '−'], 'Zoom avant ou arrière'],
    [['0'], 'Afficher tous les événements'],
  ],
  gestures: [
    [['Toucher'], 'Ouvrir l’événement ou zoomer sur un groupe'],
    [['Faire glisser'], 'Se déplacer le long de la chronologie'],
    [['Pincer'], 'Zoom avant ou arrière'],
    [['Ctrl + molette'], 'Zoomer avec la souris'],
    [['Double-clic'], 'Zoomer à l’endroit du clic'],
  ],
};

export default fr;
