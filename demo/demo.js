// The demo's own behaviour: language and theme switches, and the credits line.
// No inline script or style anywhere, so the page runs under a strict Content-Security-Policy.
const TEXT = {
  en: {
    kicker: 'Timeline',
    title: 'Russia and North Korea, 2000–2024',
    intro:
      "Twenty-four years separate Vladimir Putin's two visits to Pyongyang. In between, a friendship treaty without a defence clause became a pact that promises military aid, a Russian veto ended the UN expert panel that monitored sanctions on North Korea, and, according to Washington and Seoul, North Korean munitions, missiles and troops were sent to Russia for its war in Ukraine.",
    howto: 'Drag to move along the timeline, use the buttons to zoom, and select an event to read it and its sources.',
    creditsLabel: 'Sources:',
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
    creditsLabel: 'المصادر:',
    builderLink: 'اصنع خطك الزمني: أداة إنشاء شيفرة التضمين',
    themeAuto: 'تلقائي',
    themeLight: 'فاتح',
    themeDark: 'داكن',
    language: 'اللغة',
    theme: 'المظهر',
  },
};

const root = document.documentElement;
const timeline = document.getElementById('timeline');

function setLanguage(lang) {
  root.lang = lang;
  root.dir = lang === 'ar' ? 'rtl' : 'ltr';
  for (const node of document.querySelectorAll('[data-text]')) node.textContent = TEXT[lang][node.dataset.text];
  for (const node of document.querySelectorAll('[data-label]')) node.setAttribute('aria-label', TEXT[lang][node.dataset.label]);
  for (const button of document.querySelectorAll('[data-lang]')) button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  document.title = `${TEXT[lang].title} · news-timeline`;
}

function setTheme(theme) {
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
  timeline.setAttribute('theme', theme);
  for (const button of document.querySelectorAll('[data-theme]')) button.setAttribute('aria-pressed', String(button.dataset.theme === theme));
}

for (const button of document.querySelectorAll('[data-lang]')) button.addEventListener('click', () => setLanguage(button.dataset.lang));
for (const button of document.querySelectorAll('[data-theme]')) button.addEventListener('click', () => setTheme(button.dataset.theme));

// Lists each publisher once, as text (never as markup).
timeline.addEventListener('nt-load', () => {
  const publishers = new Set();
  for (const event of timeline.timeline?.events ?? []) {
    for (const source of event.sources) if (typeof source.publisher === 'string') publishers.add(source.publisher);
  }
  document.getElementById('credits').textContent = [...publishers].sort().join(' · ');
});

const params = new URLSearchParams(location.search);
if (params.get('lang') === 'ar') setLanguage('ar');
if (['light', 'dark'].includes(params.get('theme'))) setTheme(params.get('theme'));
if (['timeline', 'list', 'story', 'auto'].includes(params.get('view'))) timeline.setAttribute('view', params.get('view'));
