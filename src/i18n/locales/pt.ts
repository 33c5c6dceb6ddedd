import type { Locale } from '../messages.js';
import { plural } from '../plural.js';
import { roman } from '../roman.js';

// Brazilian Portuguese, the language's largest readership (arquivo, mouse, compartilhar); words both
// Brazil and Portugal use wherever one exists (pesquisar, comandos, à vista, no "você").
// A decade or a season takes the article: "por volta da década de 2010", "desde o verão de 2023".
const feminine = /^(década|primavera)/;
const masculine = /^(verão|outono|inverno|século)/;
// 19XX starts in 1900: "século XX" ("anos 1900" reads as 1900–1909).
const century = (year: string) => (/^\d{3,4}$/.test(year) && +year % 100 === 0 ? `século ${roman(+year / 100 + 1)}` : `século a partir de ${year}`);
const around = (date: string) => (feminine.test(date) ? `por volta da ${date}` : masculine.test(date) ? `por volta do ${date}` : `por volta de ${date}`);
const since = (date: string) => (feminine.test(date) ? `desde a ${date}` : masculine.test(date) ? `desde o ${date}` : `desde ${date}`);

const pt: Locale = {
  dir: 'ltr',
  messages: {
    timelineLabel: 'Linha do tempo',
    trackDescription: 'Use as setas para navegar entre os acontecimentos, Enter para abrir um deles e as teclas de mais e menos para ampliar ou reduzir.',
    zoomIn: 'Ampliar',
    zoomOut: 'Reduzir',
    fit: 'Mostrar tudo',
    previous: 'Acontecimento anterior',
    next: 'Próximo acontecimento',
    close: 'Fechar',
    categories: 'Categorias',
    showCategory: (label) => `Mostrar ${label}`,
    sources: 'Fontes',
    viewChoice: 'Visualização',
    timelineView: 'Linha do tempo',
    listView: 'Lista',
    storyView: 'Narrativa',
    verticalView: 'Na vertical',
    tools: 'Ferramentas',
    loading: 'Carregando a linha do tempo…',
    errorHeading: (count, n) =>
      plural(
        'pt',
        n,
        {
          one: 'Esta linha do tempo tem {n} problema',
          many: 'Esta linha do tempo tem {n} de problemas',
          other: 'Esta linha do tempo tem {n} problemas',
        },
        count,
      ),
    noEvents: 'Nenhum acontecimento para mostrar.',
    showMore: (rest, n) =>
      plural(
        'pt',
        n,
        {
          one: 'Mostrar mais {n} acontecimento',
          many: 'Mostrar mais acontecimentos (faltam {n})',
          other: 'Mostrar mais acontecimentos (faltam {n})',
        },
        rest,
      ),
    notPrinted: (rest, n) =>
      plural(
        'pt',
        n,
        {
          one: 'Mais {n} acontecimento não foi impresso aqui; a lista completa está na linha do tempo interativa.',
          many: 'Mais {n} de acontecimentos não foram impressos aqui; a lista completa está na linha do tempo interativa.',
          other: 'Mais {n} acontecimentos não foram impressos aqui; a lista completa está na linha do tempo interativa.',
        },
        rest,
      ),
    clusterName: (count, n, dates) =>
      plural(
        'pt',
        n,
        {
          one: '{n} acontecimento, {dates}. Pressione Enter para mostrá-lo.',
          many: '{n} de acontecimentos, {dates}. Pressione Enter para mostrá-los.',
          other: '{n} acontecimentos, {dates}. Pressione Enter para mostrá-los.',
        },
        count,
        { dates },
      ),
    noEventsInView: 'Nenhum acontecimento nesta parte da linha do tempo. Pressione 0 para mostrar tudo.',
    position: (index, total) => `${index} de ${total}`,
    markName: (title, date, category) => (category ? `${title}, ${date}, ${category}` : `${title}, ${date}`),
    opensInNewTab: '(abre em uma nova aba)',
    announce: (title, date) => `${title}, ${date}`,
    zoomControls: 'Comandos da linha do tempo',
    trackLabel: (title) => `Linha do tempo: ${title}`,
    help: 'Ajuda',
    shortcuts: 'Atalhos de teclado',
    gestures: 'Toque e mouse',
    loadFailure: (why) =>
      ({
        timeout: 'A linha do tempo demorou demais para carregar. O servidor pode estar lento ou inacessível.',
        network: 'Não foi possível carregar a linha do tempo. Verifique a conexão e o endereço dos dados.',
        http: 'O servidor não enviou os dados da linha do tempo. Verifique o endereço dos dados.',
        'not-data': 'O arquivo foi carregado, mas não contém dados de linha do tempo que possam ser exibidos.',
        'sheet-not-published':
          'Esta planilha do Google não está publicada na Web. No Planilhas Google, escolha Arquivo > Compartilhar > Publicar na Web, selecione a página e “Valores separados por vírgula (.csv)”, clique em Publicar e use o link gerado.',
        'too-large': 'O arquivo de dados é grande demais para ser exibido.',
      })[why],
    tooLarge: (size, limit) =>
      `O arquivo de dados tem ${size}, mais que os ${limit} aceitos por esta linha do tempo. Divida a narrativa ou peça a quem desenvolve a página que aumente o limite.`,
    retry: 'Tentar novamente',
    partFailed: 'Não foi possível carregar uma parte desta linha do tempo. Recarregue a página para tentar novamente.',

    storyLabel: (title) => `Narrativa: ${title}`,
    storyStart: 'Começar',
    swipeHint: 'Deslize para a esquerda ou para a direita para percorrer a narrativa.',
    eventCount: (count, n) =>
      plural('pt', n, { one: '{n} acontecimento', many: '{n} de acontecimentos', other: '{n} acontecimentos' }, count),
    imageUnavailable: 'Não foi possível carregar a imagem.',
    share: 'Compartilhar link',
    linkCopied: 'Link copiado.',
    copyThisLink: 'Copie este link:',
    findLabel: 'Pesquisar acontecimentos',
    matches: (count, total, n) =>
      n === 0
        ? 'Nenhum acontecimento corresponde à pesquisa.'
        : plural(
            'pt',
            n,
            {
              one: '{n} de {total} acontecimentos corresponde à pesquisa.',
              many: '{n} de {total} acontecimentos correspondem à pesquisa.',
              other: '{n} de {total} acontecimentos correspondem à pesquisa.',
            },
            count,
            { total },
          ),
    matchPosition: (index, count, n) =>
      plural('pt', n, { one: 'Único resultado', many: 'Resultado {index} de {n}', other: 'Resultado {index} de {n}' }, count, { index }),
    downloadImage: 'Baixar imagem',
    today: 'Hoje',
    credit: (publishers) => `Fontes: ${publishers}`,

    approximate: (date) => around(date),
    uncertain: (date) => `${date} (?)`,
    approximateUncertain: (date) => `${around(date)} (?)`,
    decade: (year) => `década de ${year}`,
    century,
    season: (season, year) => `${{ spring: 'primavera', summer: 'verão', autumn: 'outono', winter: 'inverno' }[season]} de ${year}`,
    ongoing: (start) => since(start),
    datesNote: 'Um marcador vazio indica uma data aproximada ou incerta.',

    later: (span) => `${span} depois`,
    earlier: (span) => `${span} antes`,

    newEvents: (count, n) =>
      plural('pt', n, { one: '{n} novo acontecimento', many: '{n} de novos acontecimentos', other: '{n} novos acontecimentos' }, count),
    showNewest: 'Ir para o mais recente',
    newLabel: 'Novo',
    updateFailed: 'Não foi possível atualizar; nova tentativa em curso.',
    selectedRemoved: 'O acontecimento que estava aberto foi removido da linha do tempo.',
  },
  shortcuts: [
    [['Tab'], 'Entrar na linha do tempo e depois passar ao cartão do acontecimento'],
    [['←', '→'], 'Acontecimento visível anterior ou próximo; na borda, a linha do tempo acompanha'],
    [['↑', '↓'], 'Acontecimento na faixa de cima ou de baixo'],
    [['Home', 'End'], 'Primeiro ou último acontecimento'],
    [['Enter', 'Espaço'], 'Abrir o acontecimento ou ampliar um grupo'],
    [['Esc'], 'Fechar o cartão'],
    [['+', '−'], 'Ampliar ou reduzir'],
    [['0'], 'Mostrar todos os acontecimentos'],
  ],
  gestures: [
    [['Tocar'], 'Abrir o acontecimento ou ampliar um grupo'],
    [['Arrastar'], 'Mover-se pela linha do tempo'],
    [['Pinçar'], 'Ampliar ou reduzir'],
    [['Ctrl + roda do mouse'], 'Ampliar ou reduzir com o mouse'],
    [['Clique duplo'], 'Ampliar no ponto clicado'],
  ],
};

export default pt;
