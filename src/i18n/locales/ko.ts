import type { Locale } from '../messages.js';
import { plural } from '../plural.js';

// Intl writes a year with its 년 ("2010년") or, in some ranges, without: written once either way.
const bare = (year: string): string => year.replace(/\s*년$/, '');

const ko: Locale = {
  dir: 'ltr',
  messages: {
    timelineLabel: '타임라인',
    trackDescription: '화살표 키로 사건 사이를 이동하고, Enter 키로 사건을 열고, 더하기·빼기 키로 확대·축소합니다.',
    zoomIn: '확대',
    zoomOut: '축소',
    fit: '전체 보기',
    previous: '이전 사건',
    next: '다음 사건',
    close: '닫기',
    categories: '분류',
    showCategory: (label) => `‘${label}’ 보기`,
    sources: '출처',
    viewChoice: '보기 방식',
    timelineView: '타임라인',
    listView: '목록',
    storyView: '스토리',
    verticalView: '세로형',
    tools: '도구',
    loading: '타임라인을 불러오는 중…',
    errorHeading: (count, n) => plural('ko', n, { other: '이 타임라인에 문제가 {n}건 있습니다' }, count),
    noEvents: '표시할 사건이 없습니다.',
    showMore: (rest, n) => plural('ko', n, { other: '사건 더 보기({n}건 남음)' }, rest),
    notPrinted: (rest, n) =>
      plural('ko', n, { other: '나머지 사건 {n}건은 여기에 인쇄되지 않았습니다. 전체 목록은 인터랙티브 타임라인에서 볼 수 있습니다.' }, rest),
    clusterName: (count, n, dates) => plural('ko', n, { other: '사건 {n}건, {dates}. Enter 키를 누르면 표시합니다.' }, count, { dates }),
    noEventsInView: '이 구간에는 사건이 없습니다. 0을 누르면 전체를 표시합니다.',
    position: (index, total) => `${total}건 중 ${index}번째`,
    markName: (title, date, category) => (category ? `${title}, ${date}, ${category}` : `${title}, ${date}`),
    opensInNewTab: '(새 탭에서 열림)',
    announce: (title, date) => `${title}, ${date}`,
    zoomControls: '타임라인 조작 도구',
    trackLabel: (title) => `타임라인: ${title}`,
    help: '도움말',
    shortcuts: '키보드 단축키',
    gestures: '터치 및 마우스',
    loadFailure: (why) =>
      ({
        timeout: '타임라인을 불러오는 데 시간이 너무 오래 걸렸습니다. 서버가 느리거나 연결할 수 없는 상태일 수 있습니다.',
        network: '타임라인을 불러오지 못했습니다. 인터넷 연결과 데이터 주소를 확인하세요.',
        http: '서버가 타임라인 데이터를 보내지 않았습니다. 데이터 주소를 확인하세요.',
        'not-data': '파일은 불러왔지만 표시할 수 있는 타임라인 데이터가 아닙니다.',
        'sheet-not-published':
          '이 Google 스프레드시트는 웹에 게시되지 않았습니다. Google 스프레드시트에서 [파일] > [공유] > [웹에 게시]를 선택하고, 시트를 고른 뒤 형식을 ‘쉼표로 구분된 값(.csv)’으로 지정하고 [게시]를 누른 다음 표시되는 링크를 사용하세요.',
        'too-large': '데이터 파일이 너무 커서 표시할 수 없습니다.',
      })[why],
    tooLarge: (size, limit) =>
      `데이터 파일 크기(${size})가 이 타임라인의 허용 한도(${limit})를 넘습니다. 스토리를 나누거나 페이지 개발자에게 한도를 늘려 달라고 요청하세요.`,
    retry: '다시 시도',
    partFailed: '이 타임라인의 일부를 불러오지 못했습니다. 페이지를 새로고침한 뒤 다시 시도하세요.',

    storyLabel: (title) => `스토리: ${title}`,
    storyStart: '시작',
    swipeHint: '왼쪽이나 오른쪽으로 스와이프해 스토리를 넘겨 보세요.',
    eventCount: (count, n) => plural('ko', n, { other: '사건 {n}건' }, count),
    imageUnavailable: '이미지를 불러오지 못했습니다.',
    share: '링크 공유',
    linkCopied: '링크를 복사했습니다.',
    copyThisLink: '이 링크를 복사하세요:',
    findLabel: '사건 검색',
    matches: (count, total, n) =>
      n === 0 ? '일치하는 사건이 없습니다.' : plural('ko', n, { other: '사건 {total}건 중 {n}건이 일치합니다.' }, count, { total }),
    matchPosition: (index, count, n) => plural('ko', n, { other: '검색 결과 {n}건 중 {index}번째' }, count, { index }),
    downloadImage: '이미지 다운로드',
    today: '오늘',
    credit: (publishers) => `출처: ${publishers}`,

    approximate: (date) => `${date}경`,
    uncertain: (date) => `${date}(미확인)`,
    approximateUncertain: (date) => `${date}경(미확인)`,
    decade: (year) => `${bare(year)}년대`,
    century: (year) => `${bare(year)}년대`,
    season: (season, year) => `${bare(year)}년 ${{ spring: '봄', summer: '여름', autumn: '가을', winter: '겨울' }[season]}`,
    ongoing: (start) => `${start}부터`,
    datesNote: '속이 빈 표시는 날짜가 대략적이거나 확인되지 않았다는 뜻입니다.',

    later: (span) => `${span} 후`,
    earlier: (span) => `${span} 전`,

    newEvents: (count, n) => plural('ko', n, { other: '새 사건 {n}건' }, count),
    showNewest: '최신 사건 보기',
    newLabel: '신규',
    updateFailed: '업데이트하지 못했습니다. 다시 시도하는 중입니다.',
    selectedRemoved: '보고 있던 사건이 타임라인에서 삭제되었습니다.',
  },
  shortcuts: [
    [['Tab'], '타임라인으로 들어간 뒤 카드로 이동'],
    [['←', '→'], '화면의 이전 또는 다음 사건(가장자리에서는 타임라인이 스크롤됨)'],
    [['↑', '↓'], '위 또는 아래 줄의 사건'],
    [['Home', 'End'], '첫 번째 또는 마지막 사건'],
    [['Enter', 'Space'], '사건 열기 또는 묶음 확대'],
    [['Esc'], '카드 닫기'],
    [['+', '−'], '확대 또는 축소'],
    [['0'], '모든 사건 보기'],
  ],
  gestures: [
    [['탭'], '사건 열기 또는 묶음 확대'],
    [['드래그'], '타임라인 이동'],
    [['핀치'], '확대 또는 축소'],
    [['Ctrl + 휠'], '마우스로 확대 또는 축소'],
    [['더블클릭'], '클릭한 곳을 확대'],
  ],
};

export default ko;
