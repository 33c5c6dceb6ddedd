import type { Locale } from '../messages.js';
import { plural } from '../plural.js';

// Intl writes a year with its 年 ("2010年") or, in some ranges, without: written once either way.
const bare = (year: string): string => year.replace(/\s*年$/, '');

const ja: Locale = {
  dir: 'ltr',
  messages: {
    timelineLabel: 'タイムライン',
    trackDescription: '矢印キーで出来事を切り替え、Enter キーで開きます。プラスキーとマイナスキーで拡大・縮小できます。',
    zoomIn: '拡大',
    zoomOut: '縮小',
    fit: 'すべて表示',
    previous: '前の出来事',
    next: '次の出来事',
    close: '閉じる',
    categories: 'カテゴリ',
    showCategory: (label) => `「${label}」を表示`,
    sources: '出典',
    viewChoice: '表示形式',
    timelineView: 'タイムライン',
    listView: '一覧',
    storyView: 'ストーリー',
    verticalView: '縦表示',
    tools: 'ツール',
    loading: 'タイムラインを読み込んでいます…',
    errorHeading: (count, n) => plural('ja', n, { other: 'このタイムラインには{n}件の問題があります' }, count),
    noEvents: '表示する出来事がありません。',
    showMore: (rest, n) => plural('ja', n, { other: 'さらに表示（残り{n}件）' }, rest),
    notPrinted: (rest, n) =>
      plural('ja', n, { other: '残り{n}件の出来事はここには印刷されていません。すべての出来事は、インタラクティブ版のタイムラインでご覧いただけます。' }, rest),
    clusterName: (count, n, dates) => plural('ja', n, { other: '{n}件の出来事、{dates}。Enter キーを押すと表示します。' }, count, { dates }),
    noEventsInView: 'この範囲には出来事がありません。0 キーを押すとすべて表示します。',
    position: (index, total) => `${total}件中${index}件目`,
    markName: (title, date, category) => (category ? `${title}、${date}、${category}` : `${title}、${date}`),
    opensInNewTab: '（新しいタブで開きます）',
    announce: (title, date) => `${title}、${date}`,
    zoomControls: 'タイムラインの操作',
    trackLabel: (title) => `タイムライン：${title}`,
    help: 'ヘルプ',
    shortcuts: 'キーボードショートカット',
    gestures: 'タッチ・マウス操作',
    loadFailure: (why) =>
      ({
        timeout: 'タイムラインの読み込みに時間がかかりすぎました。サーバーの応答が遅いか、接続できない可能性があります。',
        network: 'タイムラインを読み込めませんでした。接続状況とデータの URL を確認してください。',
        http: 'サーバーからタイムラインのデータが返されませんでした。データの URL を確認してください。',
        'not-data': 'ファイルは読み込めましたが、表示できるタイムラインのデータではありません。',
        'sheet-not-published':
          'この Google スプレッドシートはウェブに公開されていません。Google スプレッドシートで「ファイル」→「共有」→「ウェブに公開」を選び、シートと「カンマ区切り形式（.csv）」を選択して「公開」を押し、表示されたリンクを使ってください。',
        'too-large': 'データファイルが大きすぎるため表示できません。',
      })[why],
    tooLarge: (size, limit) =>
      `データファイルのサイズは${size}で、このタイムラインの上限（${limit}）を超えています。ストーリーを分割するか、ページの開発者に上限の引き上げを依頼してください。`,
    retry: '再試行',
    partFailed: 'このタイムラインの一部を読み込めませんでした。ページを再読み込みして、もう一度お試しください。',

    storyLabel: (title) => `ストーリー：${title}`,
    storyStart: '開始',
    swipeHint: '左右にスワイプすると、ストーリーを読み進められます。',
    eventCount: (count, n) => plural('ja', n, { other: '{n}件の出来事' }, count),
    imageUnavailable: '画像を読み込めませんでした。',
    share: 'リンクを共有',
    linkCopied: 'リンクをコピーしました。',
    copyThisLink: 'このリンクをコピーしてください：',
    findLabel: '出来事を検索',
    matches: (count, total, n) =>
      n === 0 ? '該当する出来事はありません。' : plural('ja', n, { other: '{total}件中{n}件が該当します。' }, count, { total }),
    matchPosition: (index, count, n) => plural('ja', n, { other: '{n}件中{index}件目' }, count, { index }),
    downloadImage: '画像をダウンロード',
    today: '今日',
    credit: (publishers) => `出典：${publishers}`,

    approximate: (date) => `${date}ごろ`,
    uncertain: (date) => `${date}（未確認）`,
    approximateUncertain: (date) => `${date}ごろ（未確認）`,
    decade: (year) => `${bare(year)}年代`,
    century: (year) => `${bare(year)}年代`,
    season: (season, year) => `${bare(year)}年${{ spring: '春', summer: '夏', autumn: '秋', winter: '冬' }[season]}`,
    ongoing: (start) => `${start}から`,
    datesNote: '白抜きの印は、日付がおおよそか未確認であることを示します。',

    later: (span) => `${span}後`,
    earlier: (span) => `${span}前`,

    newEvents: (count, n) => plural('ja', n, { other: '新しい出来事が{n}件あります' }, count),
    showNewest: '最新の出来事を表示',
    newLabel: '新着',
    updateFailed: '更新できませんでした。再試行しています。',
    selectedRemoved: '開いていた出来事はタイムラインから削除されました。',
  },
  shortcuts: [
    [['Tab'], 'タイムラインに移動し、続いてカードに移動'],
    [['←', '→'], '画面上の前または次の出来事（端まで来るとタイムラインがスクロール）'],
    [['↑', '↓'], '上または下の段の出来事'],
    [['Home', 'End'], '最初または最後の出来事'],
    [['Enter', 'スペース'], '出来事を開く、またはグループを拡大'],
    [['Esc'], 'カードを閉じる'],
    [['+', '−'], '拡大・縮小'],
    [['0'], 'すべての出来事を表示'],
  ],
  gestures: [
    [['タップ'], '出来事を開く、またはグループを拡大'],
    [['ドラッグ'], 'タイムラインを移動'],
    [['ピンチ'], '拡大・縮小'],
    [['Ctrl + ホイール'], 'マウスで拡大・縮小'],
    [['ダブルクリック'], 'クリックした位置を拡大'],
  ],
};

export default ja;
