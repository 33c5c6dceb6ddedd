/**
 * news-timeline: importing this module registers `<news-timeline>` and exposes the pure logic
 * (validation, dates, layout) for use without the element.
 */
export { NewsTimeline } from './components/news-timeline/news-timeline.js';
export type {
  NtLoadDetail,
  NtErrorDetail,
  NtSelectDetail,
  NtRangeChangeDetail,
  NtUpdateDetail,
} from './components/news-timeline/news-timeline.js';
export * from './core/index.js';
export { messagesFor, registerLanguage, loadLanguage, languageTag, BUILT_IN_LANGUAGES } from './i18n/languages.js';
export type { MessageOverrides, RegisterOptions, Language } from './i18n/languages.js';
export { readTimeline, detectFormat } from './formats/index.js';
export type { ReadResult, ReadOptions, FormatType } from './formats/index.js';
export type { Messages, Locale, Shortcuts, Season, LoadFailure } from './i18n/messages.js';
