import type { LocalizedText } from './types.js';

/** A text picked for a language, with the tag of the entry used (undefined for plain strings). */
export interface PickedText {
  text: string;
  lang?: string;
}

/**
 * Picks the text for a language: the exact tag, then its base language, then `en`, then the
 * first entry. Tags compare case-insensitively (`ar-EG` finds `ar`). The tag returned lets the
 * page mark English shown on an Arabic page as English, for screen readers' voices.
 */
export function pickText(text: LocalizedText | undefined, lang: string): PickedText {
  if (text === undefined || text === null) return { text: '' };
  if (typeof text === 'string') return { text };
  const entries = Object.entries(text).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  if (entries.length === 0) return { text: '' };
  const wanted = lang.toLowerCase();
  const base = wanted.split('-')[0];
  const find = (test: (key: string) => boolean) => entries.find(([key]) => test(key.toLowerCase()));
  const [key, value] =
    find((key) => key === wanted) ??
    find((key) => key === base) ??
    find((key) => key.split('-')[0] === base) ??
    find((key) => key === 'en') ??
    entries[0];
  return { text: value, lang: key };
}

/** The text for a language, by the fallback order of `pickText`. */
export function localize(text: LocalizedText | undefined, lang: string): string {
  return pickText(text, lang).text;
}

/** A usable BCP 47 tag for Intl: `en_US` → `en-US`; empty or invalid → `en`. */
export function canonicalLanguage(tag: string | null | undefined): string {
  if (!tag) return 'en';
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? 'en';
  } catch {
    return 'en';
  }
}

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv', 'ckb']);

/** Whether a language is written right to left (Arabic, Hebrew, Persian, Urdu, …). */
export function isRtlLanguage(lang: string): boolean {
  return RTL_LANGUAGES.has(lang.toLowerCase().split('-')[0]);
}
