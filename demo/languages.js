// The interface languages news-timeline ships, each by its own name, for the demo's and the
// builder's language choices; and those written right to left.
export const LANGUAGES = [
  ['en', 'English'],
  ['ar', 'العربية'],
  ['de', 'Deutsch'],
  ['el', 'Ελληνικά'],
  ['es', 'Español'],
  ['fa', 'فارسی'],
  ['fr', 'Français'],
  ['he', 'עברית'],
  ['hi', 'हिन्दी'],
  ['id', 'Bahasa Indonesia'],
  ['it', 'Italiano'],
  ['ja', '日本語'],
  ['ko', '한국어'],
  ['nl', 'Nederlands'],
  ['pl', 'Polski'],
  ['pt', 'Português'],
  ['ru', 'Русский'],
  ['sv', 'Svenska'],
  ['sw', 'Kiswahili'],
  ['th', 'ไทย'],
  ['tr', 'Türkçe'],
  ['uk', 'Українська'],
  ['ur', 'اردو'],
  ['vi', 'Tiếng Việt'],
  ['zh-Hans', '简体中文'],
  ['zh-Hant', '繁體中文'],
];

export const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur']);

/** Fills a <select> with one option per language, each marked with its own language. */
export function fillLanguages(select, chosen) {
  for (const [tag, name] of LANGUAGES) {
    const option = document.createElement('option');
    option.value = tag;
    option.lang = tag;
    option.textContent = name;
    option.selected = tag === chosen;
    select.append(option);
  }
}
