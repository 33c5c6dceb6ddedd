// Every interface language, complete: every message, every plural form the language has, help
// texts as long as English's, nothing left in English. Written against the full list of languages
// the project ships, so a language without its file fails here.
import { expect } from '@open-wc/testing';
import { formatNumber } from '../../src/core/dates.js';
import { BUILT_IN_LANGUAGES, loadLanguage, type Language } from '../../src/i18n/languages.js';
import { en, type LoadFailure, type Messages, type Season } from '../../src/i18n/messages.js';
import { englishGestures, englishShortcuts } from '../../src/i18n/shortcuts.js';

const LANGUAGES = ['ar', 'de', 'el', 'en', 'es', 'fa', 'fr', 'he', 'hi', 'id', 'it', 'ja', 'ko', 'nl', 'pl', 'pt', 'ru', 'sv', 'sw', 'th', 'tr', 'uk', 'ur', 'vi', 'zh-Hans', 'zh-Hant'];
const RIGHT_TO_LEFT = ['ar', 'fa', 'he', 'ur'];

type MessageKey = keyof Messages;
type FunctionKey = { [K in MessageKey]: Messages[K] extends string ? never : K }[MessageKey];

type PluralKey = 'errorHeading' | 'showMore' | 'notPrinted' | 'clusterName' | 'eventCount' | 'matches' | 'matchPosition' | 'newEvents';

/** The messages that take a count, with their arguments for a count (written, and the number). */
const PLURAL: { [K in PluralKey]: (count: string, n: number) => Parameters<Messages[K]> } = {
  errorHeading: (count, n) => [count, n],
  showMore: (count, n) => [count, n],
  notPrinted: (count, n) => [count, n],
  clusterName: (count, n) => [count, n, 'DATES'],
  eventCount: (count, n) => [count, n],
  matches: (count, n) => [count, 'TOTAL', n],
  matchPosition: (count, n) => ['INDEX', count, n],
  newEvents: (count, n) => [count, n],
};

const FAILURES: LoadFailure[] = ['timeout', 'network', 'http', 'not-data', 'sheet-not-published', 'too-large'];
const SEASONS: Season[] = ['spring', 'summer', 'autumn', 'winter'];

/** Every other message with arguments, with each set of arguments worth trying (placeholders in capitals). */
const CALLS: { [K in Exclude<FunctionKey, PluralKey>]: Array<Parameters<Messages[K]>> } = {
  showCategory: [['LABEL']],
  position: [['INDEX', 'TOTAL']],
  markName: [
    ['TITLE', 'DATE', 'CATEGORY'],
    ['TITLE', 'DATE', ''],
  ],
  announce: [['TITLE', 'DATE']],
  trackLabel: [['TITLE']],
  loadFailure: FAILURES.map((why) => [why]),
  tooLarge: [['SIZE', 'LIMIT']],
  storyLabel: [['TITLE']],
  credit: [['PUBLISHERS']],
  approximate: [['DATE']],
  uncertain: [['DATE']],
  approximateUncertain: [['DATE']],
  decade: [['2010']],
  century: [['1900']],
  season: SEASONS.map((season) => [season, '2023']),
  ongoing: [['DATE']],
  later: [['SPAN']],
  earlier: [['SPAN']],
};

/** A number in each plural category a language has (counts first; some categories hold only fractions or millions). */
function samples(tag: string): Map<Intl.LDMLPluralRule, number> {
  const rules = new Intl.PluralRules(tag);
  const found = new Map<Intl.LDMLPluralRule, number>();
  for (const n of [...Array.from({ length: 201 }, (_, i) => i), 1_000_000, 0.5, 1.5, 2.5]) {
    const category = rules.select(n);
    if (!found.has(category)) found.set(category, n);
  }
  return found;
}

/** Where a language's word is the English one: the few texts allowed to read as English does. */
const SAME_AS_ENGLISH: Record<string, string[]> = {
  fr: ['sources'],
  nl: ['season(winter, 2023)', 'later(SPAN)'],
};

/** Text with only placeholders, digits, spaces and punctuation: the same in every language is no fault. */
const languageFree = (text: string) => !/\p{L}/u.test(text.replace(/[A-Z]{2,}/g, ''));
const call = (m: Messages, key: MessageKey, args: unknown[]) => (m[key] as (...args: unknown[]) => string)(...args);

describe('every interface language', () => {
  it('ships the 26 languages, no more and no fewer', () => {
    expect([...BUILT_IN_LANGUAGES].sort()).to.deep.equal([...LANGUAGES].sort());
  });

  for (const tag of LANGUAGES.filter((tag) => tag !== 'en')) {
    describe(tag, () => {
      let language: Language;
      before(async () => {
        language = await loadLanguage(tag);
      });

      it('is its own table, in its direction', () => {
        expect(language.tag).to.equal(tag);
        expect(language.dir).to.equal(RIGHT_TO_LEFT.includes(tag) ? 'rtl' : 'ltr');
      });

      it('has every message, of the same kind as English', () => {
        const m = language.messages;
        expect(Object.keys(m).sort()).to.deep.equal(Object.keys(en).sort());
        for (const key of Object.keys(en) as MessageKey[]) expect(typeof m[key], key).to.equal(typeof en[key]);
      });

      it('says nothing in English (texts of placeholders and symbols aside)', () => {
        const m = language.messages;
        for (const key of Object.keys(en) as MessageKey[]) {
          const value = en[key];
          if (typeof value === 'string') {
            expect(m[key], key).to.be.a('string');
            if (!SAME_AS_ENGLISH[tag]?.includes(key)) expect(m[key], key).not.to.equal(value);
            expect((m[key] as string).trim(), key).not.to.equal('');
          }
        }
        for (const [key, argumentSets] of Object.entries(CALLS) as Array<[MessageKey, unknown[][]]>) {
          for (const args of argumentSets) {
            const english = call(en, key, args);
            const text = call(m, key, args);
            const where = `${key}(${args.join(', ')})`;
            expect(text, where).to.be.a('string').and.not.match(/\{\w+\}|undefined|null/);
            if (!languageFree(english) && !SAME_AS_ENGLISH[tag]?.includes(where)) expect(text, where).not.to.equal(english);
          }
        }
        // A category left out, in a mark's name, takes its separator with it.
        expect(call(m, 'markName', ['TITLE', 'DATE', ''])).to.contain('TITLE').and.contain('DATE').and.not.match(/[,،、，]\s*$/);
        for (const args of CALLS.season) expect(call(m, 'season', args), args[0]).to.contain('2023');
      });

      it('has a form for every plural category of the language, none of them English', () => {
        const m = language.messages;
        const categories = samples(tag);
        expect([...categories.keys()].sort()).to.deep.equal([...new Intl.PluralRules(tag).resolvedOptions().pluralCategories].sort());
        for (const [key, args] of Object.entries(PLURAL) as Array<[MessageKey, (count: string, n: number) => unknown[]]>) {
          for (const [category, n] of categories) {
            const count = formatNumber(n, tag);
            const text = call(m, key, args(count, n));
            const where = `${key}, ${category} (${n})`;
            expect(text, where).to.be.a('string').and.not.match(/\{\w+\}|undefined|null/);
            expect(text.trim(), where).not.to.equal('');
            expect(text, where).not.to.equal(call(en, key, args(count, n)));
          }
        }
        // A cluster's name always gives its dates.
        for (const [, n] of categories) expect(call(m, 'clusterName', [formatNumber(n, tag), n, 'DATES']), `clusterName(${n})`).to.contain('DATES');
      });

      it('lists as many shortcuts and gestures as English, each with its keys and a translated action', () => {
        expect(language.shortcuts).to.have.length(englishShortcuts.length);
        expect(language.gestures).to.have.length(englishGestures.length);
        const pairs = [...englishShortcuts.map((s, i) => [s, language.shortcuts![i]]), ...englishGestures.map((g, i) => [g, language.gestures![i]])];
        for (const [[englishKeys, englishAction], [keys, action]] of pairs) {
          expect(keys, englishAction).to.have.length(englishKeys.length);
          for (const key of keys) expect(key.trim(), englishAction).not.to.equal('');
          expect(action, englishAction).to.be.a('string').and.not.equal(englishAction);
        }
      });
    });
  }
});
