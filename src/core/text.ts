import type { LocalizedText } from './types.js';

/**
 * Picks the text for a language: the exact tag, then its base language, then `en`, then the
 * first entry. Tags compare case-insensitively (`ar-EG` finds `ar`).
 */
export function localize(text: LocalizedText | undefined, lang: string): string {
  if (text === undefined || text === null) return '';
  if (typeof text === 'string') return text;
  const entries = Object.entries(text).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  if (entries.length === 0) return '';
  const wanted = lang.toLowerCase();
  const base = wanted.split('-')[0];
  const find = (tag: string) => entries.find(([key]) => key.toLowerCase() === tag)?.[1];
  const sameBase = entries.find(([key]) => key.toLowerCase().split('-')[0] === base)?.[1];
  return find(wanted) ?? find(base) ?? sameBase ?? find('en') ?? entries[0][1];
}

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv', 'ckb']);

/** Whether a language is written right to left (Arabic, Hebrew, Persian, Urdu, …). */
export function isRtlLanguage(lang: string): boolean {
  return RTL_LANGUAGES.has(lang.toLowerCase().split('-')[0]);
}
