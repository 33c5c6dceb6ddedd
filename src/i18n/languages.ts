import { isRtlLanguage } from '../core/text.js';
import { en, type Locale, type Messages, type Shortcuts } from './messages.js';
import { matchLanguage } from './match.js';

/**
 * The built-in languages besides English, each its own chunk beside the main file, fetched the
 * first time a timeline needs it. One explicit import per language, so the bundler makes each a chunk.
 */
const BUILT_IN: Readonly<Record<string, () => Promise<{ default: Locale }>>> = {
  ar: () => import('./locales/ar.js'),
  de: () => import('./locales/de.js'),
  el: () => import('./locales/el.js'),
  es: () => import('./locales/es.js'),
  fa: () => import('./locales/fa.js'),
  fr: () => import('./locales/fr.js'),
  he: () => import('./locales/he.js'),
  hi: () => import('./locales/hi.js'),
  id: () => import('./locales/id.js'),
  it: () => import('./locales/it.js'),
  ja: () => import('./locales/ja.js'),
  ko: () => import('./locales/ko.js'),
  nl: () => import('./locales/nl.js'),
  pl: () => import('./locales/pl.js'),
  pt: () => import('./locales/pt.js'),
  ru: () => import('./locales/ru.js'),
  sv: () => import('./locales/sv.js'),
  sw: () => import('./locales/sw.js'),
  th: () => import('./locales/th.js'),
  tr: () => import('./locales/tr.js'),
  uk: () => import('./locales/uk.js'),
  ur: () => import('./locales/ur.js'),
  vi: () => import('./locales/vi.js'),
  'zh-Hans': () => import('./locales/zh-Hans.js'),
  'zh-Hant': () => import('./locales/zh-Hant.js'),
};

/** The tags of the built-in languages, English included. */
export const BUILT_IN_LANGUAGES: readonly string[] = ['en', ...Object.keys(BUILT_IN)];

/** A language ready to show: its table's tag, direction and messages, and its help texts (none: English's). */
export interface Language {
  tag: string;
  dir: 'ltr' | 'rtl';
  messages: Messages;
  shortcuts?: Shortcuts;
  gestures?: Shortcuts;
}

/**
 * Overrides of the interface text, keyed like `Messages`: a string replaces a text (or whatever a
 * message with arguments would say), a function receives the message's arguments.
 */
export type MessageOverrides = {
  [K in keyof Messages]?: Messages[K] extends (...args: infer A) => string ? string | ((...args: A) => string) : string;
};

export interface RegisterOptions {
  /** The language's direction; by default right to left for Arabic, Hebrew, Persian, Urdu and the like. */
  dir?: 'ltr' | 'rtl';
  /** The help panel's keyboard shortcuts and gestures, in the same order as English's (English's when left out). */
  shortcuts?: Shortcuts;
  gestures?: Shortcuts;
}

const english: Language = { tag: 'en', dir: 'ltr', messages: en };
/** Languages registered by the page; they win over a built-in table of the same tag. */
const registered = new Map<string, Language>();
/** Built-in languages whose chunk has arrived (or failed: English stands in for them). */
const loaded = new Map<string, Language>([['en', english]]);
const loading = new Map<string, Promise<Language>>();
const listeners = new Set<() => void>();

/** The tag of the table that serves a language tag (`zh-TW` → `zh-Hant`), or `en` when none does. */
export function languageTag(tag: string): string {
  return matchLanguage(tag, [...BUILT_IN_LANGUAGES, ...registered.keys()]) ?? 'en';
}

/** The language for a tag if it is ready to show now; undefined while its chunk has not arrived. */
export function readyLanguage(tag: string): Language | undefined {
  const key = languageTag(tag);
  return registered.get(key) ?? loaded.get(key);
}

/**
 * The language for a tag, fetching its chunk the first time. Never rejects: a chunk that cannot
 * be loaded leaves that language in English (dates and numbers still in the language, from Intl).
 */
export function loadLanguage(tag: string): Promise<Language> {
  const ready = readyLanguage(tag);
  if (ready) return Promise.resolve(ready);
  const key = languageTag(tag);
  let pending = loading.get(key);
  if (!pending) {
    pending = BUILT_IN[key]()
      .then(({ default: locale }): Language => ({ tag: key, ...locale }))
      .catch((error: unknown) => {
        console.warn(`news-timeline: the ${key} interface could not be loaded; showing English`, error);
        return english;
      })
      .then((language) => {
        loaded.set(key, language);
        loading.delete(key);
        return language;
      });
    loading.set(key, pending);
  }
  return pending;
}

/** The text direction of a language: a registered one's own, else right to left for the right-to-left scripts. */
export function languageDir(tag: string): 'ltr' | 'rtl' {
  const own = registered.get(languageTag(tag));
  return own ? own.dir : isRtlLanguage(tag) ? 'rtl' : 'ltr';
}

/**
 * Adds a language that is not built in, or replaces a built-in one's text, for every timeline on
 * the page (those showing it render again). Keys left out fall back to English.
 */
export function registerLanguage(tag: string, messages: MessageOverrides, options: RegisterOptions = {}): void {
  const key = validTag(tag);
  if (!key) throw new RangeError(`news-timeline: registerLanguage needs a language tag such as "ca" or "pt-BR", not ${JSON.stringify(tag)}`);
  const { dir = isRtlLanguage(key) ? 'rtl' : 'ltr', shortcuts, gestures } = options;
  registered.set(key, { tag: key, dir, messages: withOverrides(en, messages), shortcuts, gestures });
  listeners.forEach((listener) => listener());
}

/** A tag in its canonical spelling (`zh-hant` → `zh-Hant`), or undefined when it is not one. */
function validTag(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** Calls `listener` whenever a language is registered; returns the function that stops it. */
export function watchLanguages(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** The messages of a language that is ready (registered, English, or a built-in one loaded), else English's. */
export function messagesFor(tag: string): Messages {
  return (readyLanguage(tag) ?? english).messages;
}

const merged = new WeakMap<MessageOverrides, WeakMap<Messages, Messages>>();

/**
 * A table with some messages replaced: a string replaces a message (of any arguments), a function
 * a message with arguments. Keys the table does not have, and values of other types, are ignored.
 * Made once per table and overrides, so views keep their caches while neither changes.
 */
export function withOverrides(messages: Messages, overrides: MessageOverrides | null | undefined): Messages {
  if (!overrides || typeof overrides !== 'object') return messages;
  let byTable = merged.get(overrides);
  if (!byTable) merged.set(overrides, (byTable = new WeakMap()));
  let result = byTable.get(messages);
  if (!result) {
    const table: Record<string, unknown> = { ...messages };
    for (const [key, value] of Object.entries(overrides)) {
      if (!Object.hasOwn(en, key)) continue;
      const takesArguments = typeof table[key] === 'function';
      if (typeof value === 'string') table[key] = takesArguments ? () => value : value;
      else if (typeof value === 'function' && takesArguments) table[key] = value;
    }
    byTable.set(messages, (result = table as unknown as Messages));
  }
  return result;
}
