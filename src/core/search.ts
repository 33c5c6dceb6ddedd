import type { TimelineEvent } from './types.js';

const MARKS = /[\p{M}\u0640]/gu; // combining marks (accents, Arabic short vowels and hamza seats' hamza), tatweel
const ARABIC_LETTER_FORMS: Record<string, string> = {
  '\u0671': '\u0627', // ٱ alef wasla → ا (أ إ آ come apart into ا and a mark under NFKD)
  '\u0649': '\u064a', // ى alef maksura → ي
  '\u0629': '\u0647', // ة ta marbuta → ه
  '\u06cc': '\u064a', // ی Persian yeh → ي
  '\u06a9': '\u0643', // ک Persian kaf → ك
};
const LETTER_FORMS = /[\u0671\u0649\u0629\u06cc\u06a9]/g;
/** Arabic-Indic and Persian digits, read as 0–9. */
const DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

/**
 * Folds text the way readers type it: Latin without case or accents ("Séoul" finds "seoul"),
 * Arabic without short vowels or tatweel, with the alef forms أ إ آ ا ٱ alike, ى as ي and ة as ه,
 * and any digits as 0–9. Query and text are folded alike, so whatever the fold loses, both lose.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(LETTER_FORMS, (letter) => ARABIC_LETTER_FORMS[letter])
    .replace(DIGITS, (digit) => String((digit.charCodeAt(0) - 0x0660) % (0x06f0 - 0x0660)))
    .toLowerCase();
}

/** Spaces and hyphens inside names: "Kim Jong-un" and «بيونغيانغ» are also written "Kim Jong Un" and «بيونغ يانغ». */
const JOINERS = /[\s\-\u2010-\u2015]+/gu;

/** The words of a query, folded; an event matches when its text holds every one. */
export function searchTerms(query: string): string[] {
  return foldForSearch(query).split(JOINERS).filter(Boolean);
}

/** Whether folded text holds a term, also with the spaces and hyphens between its words left out. */
const holdsTerm = (text: string, joined: string, term: string) => text.includes(term) || joined.includes(term);

/**
 * Finds events by their title and summary in one language. Each event's text is folded once, the
 * first time it is searched.
 */
export class EventSearch {
  private readonly folded = new Map<TimelineEvent, [text: string, joined: string]>();

  constructor(private readonly text: (event: TimelineEvent) => string) {}

  /** The ids of the events that match, or null when the query has no words (nothing is filtered). */
  find(events: readonly TimelineEvent[], query: string): Set<string> | null {
    const terms = searchTerms(query);
    if (terms.length === 0) return null;
    const found = new Set<string>();
    for (const event of events) {
      let folded = this.folded.get(event);
      if (folded === undefined) {
        const text = foldForSearch(this.text(event));
        this.folded.set(event, (folded = [text, text.replace(JOINERS, '')]));
      }
      const [text, joined] = folded;
      if (terms.every((term) => holdsTerm(text, joined, term))) found.add(event.id);
    }
    return found;
  }
}
