import type { Locale } from '../messages.js';
import { plural } from '../plural.js';
import { roman } from '../roman.js';

// A day or a season takes the article: "desde el 24 de febrero de 2022", "hacia la primavera de 2023".
const withArticle = (date: string) =>
  /^(\d{1,2} de |verano|otoño|invierno|siglo)/.test(date) ? `el ${date}` : /^primavera/.test(date) ? `la ${date}` : date;
// 19XX starts in 1900: "siglo XX" ("los años 1900" reads as 1900–1909).
const century = (year: string) => (/^\d{3,4}$/.test(year) && +year % 100 === 0 ? `siglo ${roman(+year / 100 + 1)}` : `el siglo a partir de ${year}`);

const es: Locale = {
  dir: 'ltr',
  messages: {
    timelineLabel: 'Cronología',
    trackDescription: 'Use las flechas para moverse entre los acontecimientos, Intro para abrir uno y más y menos para acercar o alejar.',
    zoomIn: 'Acercar',
    zoomOut: 'Alejar',
    fit: 'Ver todo',
    previous: 'Acontecimiento anterior',
    next: 'Acontecimiento siguiente',
    close: 'Cerrar',
    categories: 'Categorías',
    showCategory: (label) => `Mostrar ${label}`,
    sources: 'Fuentes',
    viewChoice: 'Vista',
    timelineView: 'Cronología',
    listView: 'Lista',
    storyView: 'Relato',
    verticalView: 'En vertical',
    tools: 'Herramientas',
    loading: 'Cargando la cronología…',
    errorHeading: (count, n) =>
      plural(
        'es',
        n,
        {
          one: 'Esta cronología tiene {n} problema',
          many: 'Esta cronología tiene {n} de problemas',
          other: 'Esta cronología tiene {n} problemas',
        },
        count,
      ),
    noEvents: 'No hay acontecimientos que mostrar.',
    showMore: (rest, n) =>
      plural(
        'es',
        n,
        {
          one: 'Mostrar {n} acontecimiento más',
          many: 'Mostrar más acontecimientos (quedan {n})',
          other: 'Mostrar más acontecimientos (quedan {n})',
        },
        rest,
      ),
    notPrinted: (rest, n) =>
      plural(
        'es',
        n,
        {
          one: 'Aquí no se imprime {n} acontecimiento más; la lista completa está en la cronología interactiva.',
          many: 'Aquí no se imprimen {n} de acontecimientos más; la lista completa está en la cronología interactiva.',
          other: 'Aquí no se imprimen {n} acontecimientos más; la lista completa está en la cronología interactiva.',
        },
        rest,
      ),
    clusterName: (count, n, dates) =>
      plural(
        'es',
        n,
        {
          one: '{n} acontecimiento, {dates}. Pulse Intro para mostrarlo.',
          many: '{n} de acontecimientos, {dates}. Pulse Intro para mostrarlos.',
          other: '{n} acontecimientos, {dates}. Pulse Intro para mostrarlos.',
        },
        count,
        { dates },
      ),
    noEventsInView: 'No hay acontecimientos en esta parte de la cronología. Pulse 0 para verlos todos.',
    position: (index, total) => `${index} de ${total}`,
    markName: (title, date, category) => (category ? `${title}, ${date}, ${category}` : `${title}, ${date}`),
    opensInNewTab: '(se abre en una pestaña nueva)',
    announce: (title, date) => `${title}, ${date}`,
    zoomControls: 'Controles de la cronología',
    trackLabel: (title) => `Cronología: ${title}`,
    help: 'Ayuda',
    shortcuts: 'Atajos de teclado',
    gestures: 'Pantalla táctil y ratón',
    loadFailure: (why) =>
      ({
        timeout: 'La cronología tardó demasiado en cargarse. Puede que el servidor esté lento o no responda.',
        network: 'No se pudo cargar la cronología. Compruebe la conexión y la dirección de los datos.',
        http: 'El servidor no envió los datos de la cronología. Compruebe la dirección de los datos.',
        'not-data': 'El archivo se cargó, pero no contiene datos de cronología que se puedan mostrar.',
        'sheet-not-published':
          'Esta hoja de cálculo de Google no está publicada en la Web. En Hojas de cálculo de Google, elija Archivo > Compartir > Publicar en la Web, seleccione la hoja y «Valores separados por comas (.csv)», pulse Publicar y use el enlace que aparece.',
        'too-large': 'El archivo de datos es demasiado grande para mostrarlo.',
      })[why],
    tooLarge: (size, limit) =>
      `El archivo de datos ocupa ${size}, más de los ${limit} que admite esta cronología. Divida el relato o pida a quien desarrolla la página que amplíe el límite.`,
    retry: 'Reintentar',
    partFailed: 'No se pudo cargar una parte de esta cronología. Vuelva a cargar la página para intentarlo de nuevo.',

    storyLabel: (title) => `Relato: ${title}`,
    storyStart: 'Empezar',
    swipeHint: 'Deslice el dedo a la izquierda o a la derecha para recorrer el relato.',
    eventCount: (count, n) =>
      plural('es', n, { one: '{n} acontecimiento', many: '{n} de acontecimientos', other: '{n} acontecimientos' }, count),
    imageUnavailable: 'No se pudo cargar la imagen.',
    share: 'Compartir enlace',
    linkCopied: 'Enlace copiado.',
    copyThisLink: 'Copie este enlace:',
    findLabel: 'Buscar acontecimientos',
    matches: (count, total, n) =>
      n === 0
        ? 'Ningún acontecimiento coincide.'
        : plural(
            'es',
            n,
            {
              one: '{n} de {total} acontecimientos coincide.',
              many: '{n} de {total} acontecimientos coinciden.',
              other: '{n} de {total} acontecimientos coinciden.',
            },
            count,
            { total },
          ),
    matchPosition: (index, count, n) =>
      plural('es', n, { one: 'Único resultado', many: 'Resultado {index} de {n}', other: 'Resultado {index} de {n}' }, count, { index }),
    downloadImage: 'Descargar imagen',
    today: 'Hoy',
    credit: (publishers) => `Fuentes: ${publishers}`,

    approximate: (date) => `hacia ${withArticle(date)}`,
    uncertain: (date) => `${date} (?)`,
    approximateUncertain: (date) => `hacia ${withArticle(date)} (?)`,
    decade: (year) => `la década de ${year}`,
    century,
    season: (season, year) => `${{ spring: 'primavera', summer: 'verano', autumn: 'otoño', winter: 'invierno' }[season]} de ${year}`,
    // "desde hacia 2001" is not Spanish: "desde aproximadamente 2001".
    ongoing: (start) => (start.startsWith('hacia ') ? `desde aproximadamente ${start.slice(6)}` : `desde ${withArticle(start)}`),
    datesNote: 'Una marca hueca indica una fecha aproximada o dudosa.',

    later: (span) => `${span} después`,
    earlier: (span) => `${span} antes`,

    newEvents: (count, n) =>
      plural('es', n, { one: '{n} acontecimiento nuevo', many: '{n} de acontecimientos nuevos', other: '{n} acontecimientos nuevos' }, count),
    showNewest: 'Ir al más reciente',
    newLabel: 'Nuevo',
    updateFailed: 'No se pudo actualizar; se volverá a intentar.',
    selectedRemoved: 'El acontecimiento que tenía abierto se eliminó de la cronología.',
  },
  shortcuts: [
    [['Tab'], 'Entrar en la cronología y pasar después a la ficha'],
    [['←', '→'], 'Acontecimiento anterior o siguiente en pantalla; en el borde, la cronología se desplaza'],
    [['↑', '↓'], 'Acontecimiento de la fila de arriba o de abajo'],
    [['Inicio', 'Fin'], 'Primer o último acontecimiento'],
    [['Intro', 'Espacio'], 'Abrir el acontecimiento o acercar un grupo'],
    [['Esc'], 'Cerrar la ficha'],
    [['+', '−'], 'Acercar o alejar'],
    [['0'], 'Ver todos los acontecimientos'],
  ],
  gestures: [
    [['Tocar'], 'Abrir el acontecimiento o acercar un grupo'],
    [['Arrastrar'], 'Desplazarse por la cronología'],
    [['Pellizcar'], 'Acercar o alejar'],
    [['Ctrl + rueda del ratón'], 'Acercar o alejar con el ratón'],
    [['Doble clic'], 'Acercar en el punto donde se hace clic'],
  ],
};

export default es;
