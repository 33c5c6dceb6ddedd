// The demo's own behaviour: language and theme switches, and the credits line.
// No inline script or style anywhere, so the page runs under a strict Content-Security-Policy.
import { fillLanguages, LANGUAGES } from './languages.js';

const TEXT = {
  en: {
    kicker: 'Timeline',
    title: 'Russia and North Korea, 2000–2024',
    intro:
      "Twenty-four years separate Vladimir Putin's two visits to Pyongyang. In between, a friendship treaty without a defence clause became a pact that promises military aid, a Russian veto ended the UN expert panel that monitored sanctions on North Korea, and, according to Washington and Seoul, North Korean munitions, missiles and troops were sent to Russia for its war in Ukraine.",
    howto: 'Drag to move along the timeline, use the buttons to zoom, and select an event to read it and its sources.',
    creditsLabel: 'Sources',
    builderLink: 'Make your own: the embed builder',
    themeAuto: 'Auto',
    themeLight: 'Light',
    themeDark: 'Dark',
    language: 'Language',
    theme: 'Theme',
  },
  ar: {
    kicker: 'خط زمني',
    title: 'روسيا وكوريا الشمالية، 2000–2024',
    intro:
      'أربعة وعشرون عامًا تفصل بين زيارتي فلاديمير بوتين إلى بيونغ يانغ. وبينهما تحولت معاهدة صداقة خالية من أي بند دفاعي إلى اتفاق يتعهد بالمساعدة العسكرية، وأنهى فيتو روسي عمل فريق الخبراء الأممي الذي كان يراقب تطبيق العقوبات المفروضة على كوريا الشمالية، وأرسلت بيونغ يانغ، بحسب واشنطن وسول، ذخائر وصواريخ وجنودًا إلى روسيا في حربها على أوكرانيا.',
    howto: 'اسحب الخط الزمني للتنقل، واستخدم الأزرار للتكبير والتصغير، واختر حدثًا لقراءة تفاصيله ومصادره.',
    creditsLabel: 'المصادر',
    builderLink: 'اصنع خطك الزمني: أداة إنشاء شيفرة التضمين',
    themeAuto: 'تلقائي',
    themeLight: 'فاتح',
    themeDark: 'داكن',
    language: 'اللغة',
    theme: 'المظهر',
  },
  ru: {
    kicker: 'Хроника',
    title: 'Россия и Северная Корея, 2000–2024',
    intro:
      'Два визита Владимира Путина в Пхеньян разделяют двадцать четыре года. За это время договор о дружбе без оборонительных положений сменился пактом, обещающим военную помощь, российское вето прекратило работу группы экспертов ООН, следившей за санкциями против Северной Кореи, а по данным Вашингтона и Сеула, северокорейские боеприпасы, ракеты и войска были отправлены в Россию для войны в Украине.',
    howto: 'Перетаскивайте ленту, чтобы перемещаться по хронике, масштабируйте её кнопками и выберите событие, чтобы прочитать его описание и источники.',
    creditsLabel: 'Источники',
    builderLink: 'Создайте свою хронику: конструктор кода для встраивания',
    themeAuto: 'Авто',
    themeLight: 'Светлая',
    themeDark: 'Тёмная',
    language: 'Язык',
    theme: 'Тема',
  },
  ko: {
    kicker: '연표',
    title: '러시아와 북한, 2000~2024',
    intro:
      '블라디미르 푸틴 러시아 대통령의 두 차례 평양 방문 사이에는 24년의 세월이 놓여 있다. 그사이 방위 조항이 없던 우호조약은 군사 지원을 약속하는 조약으로 바뀌었고, 대북 제재를 감시하던 유엔 전문가 패널은 러시아의 거부권으로 활동을 멈췄다. 미국과 한국 정부에 따르면 북한의 탄약과 미사일, 병력이 우크라이나 전쟁을 치르는 러시아로 보내졌다.',
    howto: '연표를 끌어 이동하고 버튼으로 확대·축소하세요. 사건을 선택하면 내용과 출처를 볼 수 있습니다.',
    creditsLabel: '출처',
    builderLink: '직접 만들어 보세요: 임베드 코드 빌더',
    themeAuto: '자동',
    themeLight: '밝게',
    themeDark: '어둡게',
    language: '언어',
    theme: '테마',
  },
};

const root = document.documentElement;
const timeline = document.getElementById('timeline');

/**
 * The page's own text is in a few languages (TEXT); the timeline speaks every language it ships.
 * In another, the page stays in English and only the element changes (it takes its own direction
 * from its language).
 */
function setLanguage(lang) {
  const page = TEXT[lang] ? lang : 'en';
  root.lang = page;
  root.dir = page === 'ar' ? 'rtl' : 'ltr';
  if (lang === page) timeline.removeAttribute('lang');
  else timeline.setAttribute('lang', lang);
  for (const node of document.querySelectorAll('[data-text]')) node.textContent = TEXT[page][node.dataset.text];
  for (const node of document.querySelectorAll('[data-label]')) node.setAttribute('aria-label', TEXT[page][node.dataset.label]);
  languages.value = lang;
  document.title = `${TEXT[page].title} · news-timeline`;
}

function setTheme(theme) {
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
  timeline.setAttribute('theme', theme);
  for (const button of document.querySelectorAll('[data-theme]')) button.setAttribute('aria-pressed', String(button.dataset.theme === theme));
}

const languages = document.getElementById('language');
fillLanguages(languages, 'en');
languages.addEventListener('change', () => setLanguage(languages.value));
for (const button of document.querySelectorAll('[data-theme]')) button.addEventListener('click', () => setTheme(button.dataset.theme));

// Lists each publisher once, as text (never as markup), in columns behind a summary.
timeline.addEventListener('nt-load', () => {
  const publishers = new Set();
  for (const event of timeline.timeline?.events ?? []) {
    for (const source of event.sources) if (typeof source.publisher === 'string') publishers.add(source.publisher);
  }
  const items = [...publishers].sort().map((name) => {
    const item = document.createElement('li');
    item.dir = 'auto';
    item.textContent = name;
    return item;
  });
  document.getElementById('credits').replaceChildren(...items);
});

const params = new URLSearchParams(location.search);
if (LANGUAGES.some(([tag]) => tag === params.get('lang'))) setLanguage(params.get('lang'));
if (['light', 'dark'].includes(params.get('theme'))) setTheme(params.get('theme'));
if (['timeline', 'list', 'story', 'vertical', 'auto'].includes(params.get('view'))) timeline.setAttribute('view', params.get('view'));
