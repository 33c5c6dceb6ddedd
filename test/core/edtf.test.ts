import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatEventDate, formatEventDates, formatEventRange, htmlDatetime, periodEnd } from '../../src/core/dates.js';
import { readEventDate, writeEventDate } from '../../src/core/edtf.js';
import { validateTimeline } from '../../src/core/validate.js';
import type { EventDate } from '../../src/core/types.js';
import { loadLanguage } from '../../src/i18n/languages.js';
import { en, type Messages } from '../../src/i18n/messages.js';

// This file also runs in browsers pinned to UTC−11, UTC−5/−4, UTC+5:30, UTC+9 and UTC+14
// (web-test-runner.config.mjs): every expectation must hold in all of them.
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

const read = (text: string): EventDate => {
  const { date, problem } = readEventDate(text);
  if (!date) throw new Error(`${text}: ${problem}`);
  return date;
};
// Arabic loads on demand, as the element loads it.
let ar: Messages;
before(async () => {
  ar = (await loadLanguage('ar')).messages;
});
/** ICU puts thin or plain spaces around range dashes, and marks in Arabic; compare without them. */
const plain = (text: string) => text.replace(/[\s\u200f\u200e\u061c]*–[\s\u200f\u200e\u061c]*/g, '–');

/**
 * Valid values: the text, where its span starts and ends (UTC), its precision, its qualifiers, and
 * how it is written in English and in Arabic.
 */
const VALID: Array<[string, number, number, string, string, string, string]> = [
  // text, start, end (exclusive), precision, marks (a: approximate, u: uncertain, x: unspecified), English, Arabic
  ['2001~', Date.UTC(2001, 0), Date.UTC(2002, 0), 'year', 'a', 'c. 2001', 'نحو ٢٠٠١'],
  ['2024-06?', Date.UTC(2024, 5), Date.UTC(2024, 6), 'month', 'u', 'June 2024?', 'يونيو ٢٠٢٤ (غير مؤكد)'],
  ['2024-06%', Date.UTC(2024, 5), Date.UTC(2024, 6), 'month', 'au', 'c. June 2024?', 'نحو يونيو ٢٠٢٤ (غير مؤكد)'],
  ['2024-06-19~', Date.UTC(2024, 5, 19), Date.UTC(2024, 5, 20), 'day', 'a', 'c. June 19, 2024', 'نحو ١٩ يونيو ٢٠٢٤'],
  ['201X', Date.UTC(2010, 0), Date.UTC(2020, 0), 'decade', 'x', 'the 2010s', 'عقد ٢٠١٠'],
  ['19XX', Date.UTC(1900, 0), Date.UTC(2000, 0), 'century', 'x', 'the 1900s', 'القرن الذي يبدأ بعام ١٩٠٠'],
  ['199X?', Date.UTC(1990, 0), Date.UTC(2000, 0), 'decade', 'ux', 'the 1990s?', 'عقد ١٩٩٠ (غير مؤكد)'],
  ['2024-XX', Date.UTC(2024, 0), Date.UTC(2025, 0), 'year', 'x', '2024', '٢٠٢٤'],
  ['2024-XX-XX', Date.UTC(2024, 0), Date.UTC(2025, 0), 'year', 'x', '2024', '٢٠٢٤'],
  ['2024-06-XX', Date.UTC(2024, 5), Date.UTC(2024, 6), 'month', 'x', 'June 2024', 'يونيو ٢٠٢٤'],
  ['2023-21', Date.UTC(2023, 2), Date.UTC(2023, 5), 'season', '', 'spring 2023', 'ربيع ٢٠٢٣'],
  ['2023-22', Date.UTC(2023, 5), Date.UTC(2023, 8), 'season', '', 'summer 2023', 'صيف ٢٠٢٣'],
  ['2023-23~', Date.UTC(2023, 8), Date.UTC(2023, 11), 'season', 'a', 'c. autumn 2023', 'نحو خريف ٢٠٢٣'],
  ['2023-24', Date.UTC(2023, 11), Date.UTC(2024, 2), 'season', '', 'winter 2023–2024', 'شتاء ٢٠٢٣–٢٠٢٤'],
  ['2024-06-19', Date.UTC(2024, 5, 19), Date.UTC(2024, 5, 20), 'day', '', 'June 19, 2024', '١٩ يونيو ٢٠٢٤'],
  ['-0500~', Date.UTC(-500, 0), Date.UTC(-499, 0), 'year', 'a', 'c. 501 BC', 'نحو ٥٠١ ق.م'],
];

/** Invalid values, and what the problem says. */
const INVALID: Array<[string, string]> = [
  ['2024-1X-99', 'X may stand only for a year’s last digit or two'],
  ['2001~~', 'it has more than one of ~'],
  ['2001?~', 'it has more than one of ~'],
  ['2024-13', 'there is no month 13'],
  ['2023-25', 'there is no month 25'],
  ['2024-00', 'there is no month 00'],
  ['2024-02-30', 'there is no day 30 in that month (it has 29)'],
  ['2023-02-29~', 'there is no day 29 in that month (it has 28)'],
  ['2023-21-05', 'a season has no days'],
  ['2023-21-XX', 'a season has no days'],
  ['201X-06', 'a decade or century has no month'],
  ['2024-XX-05', 'a month written XX has no day'],
  ['2XXX', 'X may stand only for'],
  ['-201X', 'X may stand only for'],
  ['+275761-XX', 'beyond those a date can hold'],
  ['2024-06-19T10:00~', 'a time of day cannot be qualified'],
  ['..', '".." (still going on) is for an end only'],
  ['+275761', 'beyond those a date can hold'],
  ['-271822', 'beyond those a date can hold'],
  ['June 2024', 'use ISO 8601 or EDTF'],
  ['~', 'use ISO 8601 or EDTF'],
];

describe(`EDTF dates (browser time zone ${zone})`, () => {
  it('reads each valid value as the span it names, with its qualifiers', () => {
    for (const [text, start, end, precision, marks] of VALID) {
      const date = read(text);
      expect(date.time, text).to.equal(start);
      expect(periodEnd(date), text).to.equal(end);
      expect(date.precision, text).to.equal(precision);
      expect(Boolean(date.approximate), `${text} approximate`).to.equal(marks.includes('a'));
      expect(Boolean(date.uncertain), `${text} uncertain`).to.equal(marks.includes('u'));
      expect(Boolean(date.unspecified), `${text} unspecified`).to.equal(marks.includes('x'));
      expect(date.iso, text).to.equal(text);
    }
  });

  it('refuses each invalid value, saying what is wrong with it', () => {
    for (const [text, why] of INVALID) {
      const { date, problem } = readEventDate(text);
      expect(date, text).to.equal(null);
      expect(problem, text).to.match(/^is not a date/);
      expect(problem, text).to.contain(why);
    }
  });

  it('writes each value as English readers expect', () => {
    for (const [text, , , , , english] of VALID) expect(plain(formatEventDate(read(text), 'en', { words: en })), text).to.equal(english);
  });

  it('writes each value in Arabic, with the Arabic words, in Egypt with Arabic-Indic digits', () => {
    for (const [text, , , , , , arabic] of VALID) expect(plain(formatEventDate(read(text), 'ar-EG', { words: ar })), text).to.equal(arabic);
    // Plain `ar`: the Western digits Intl writes for it.
    expect(formatEventDate(read('2001~'), 'ar', { words: ar })).to.equal('نحو 2001');
  });

  it('writes an ongoing event as "since" its start, and a range of vague dates end to end', () => {
    const start = read('2022-02-24');
    expect(formatEventDates({ start, ongoing: true }, 'en', { words: en })).to.equal('since February 24, 2022');
    expect(formatEventDates({ start, ongoing: true }, 'ar-EG', { words: ar })).to.equal('منذ ٢٤ فبراير ٢٠٢٢');
    expect(plain(formatEventRange(read('2001~'), read('201X'), 'en', { words: en }))).to.equal('c. 2001–the 2010s');
    // Plain ends keep Intl's own ranges.
    expect(plain(formatEventRange(read('2024-06-18'), read('2024-06-19'), 'en'))).to.equal('June 18–19, 2024');
  });

  it('gives HTML a datetime it accepts: the date without EDTF marks, none for a decade or season', () => {
    expect(htmlDatetime(read('2001~'))).to.equal('2001');
    expect(htmlDatetime(read('2024-06-XX'))).to.equal('2024-06');
    expect(htmlDatetime(read('2024-06-19?'))).to.equal('2024-06-19');
    expect(htmlDatetime(read('201X'))).to.equal(undefined);
    expect(htmlDatetime(read('2023-22'))).to.equal(undefined);
    expect(htmlDatetime(read('2024-06-19T02:22+09:00'))).to.equal('2024-06-19T02:22+09:00');
  });
});

describe('EDTF in a document', () => {
  const doc = (events: unknown[]) => validateTimeline({ events }, { now: Date.UTC(2026, 11, 7, 15) });

  it('sorts each date at the start of its span; a qualifier never moves it', () => {
    const { timeline, issues } = doc([
      { id: 'decade', start: '201X', title: 'the 2010s' },
      { id: 'about', start: '2010~', title: 'about 2010' },
      { id: 'exact', start: '2010', title: '2010' },
      { id: 'spring', start: '2010-21', title: 'spring 2010' },
      { id: 'march', start: '2010-03-01?', title: '1 March 2010?' },
      { id: 'century', start: '20XX', title: 'the 2000s' },
    ]);
    expect(issues).to.deep.equal([]);
    // Same start: the shorter span first (then the id), as for any dates.
    expect(timeline!.events.map((e) => e.id)).to.deep.equal(['century', 'about', 'exact', 'decade', 'march', 'spring']);
  });

  it('reads "end": ".." as ongoing, reaching the end of today', () => {
    const { timeline, issues } = doc([{ id: 'war', start: '2022-02-24', end: '..', title: 'War' }]);
    expect(issues).to.deep.equal([]);
    const [war] = timeline!.events;
    expect(war.ongoing).to.equal(true);
    expect(war.end).to.equal(undefined);
    expect(war.until).to.equal(Date.UTC(2026, 11, 8));
  });

  it('reports each bad value with its path and what is wrong, and keeps the rest', () => {
    const { timeline, issues } = doc([
      { id: 'a', start: '2024-1X-99', title: 'A' },
      { id: 'b', start: '2001~~', title: 'B' },
      { id: 'c', start: '2024', end: '2024-13', title: 'C' },
      { id: 'd', start: '2023-25', title: 'D' },
      { id: 'e', start: '2024-02-30', title: 'E' },
      { id: 'f', start: '2001~', title: 'F' },
      { id: 'g', start: '..', title: 'G' },
    ]);
    expect(issues.map((i) => `${i.path}: ${i.message.split(' (')[0].split(';')[0]}`)).to.deep.equal([
      'events[0].start: "2024-1X-99" is not a date: X may stand only for a year’s last digit or two',
      'events[1].start: "2001~~" is not a date: it has more than one of ~',
      'events[2].end: "2024-13" is not a date: there is no month 13',
      'events[3].start: "2023-25" is not a date: there is no month 25',
      'events[4].start: "2024-02-30" is not a date: there is no day 30 in that month',
      'events[6].start: ".." is not a date: ".."',
    ]);
    expect(timeline!.events.map((e) => e.id)).to.deep.equal(['f', 'c']);
  });

  it('keeps displayDate, as text or per language', () => {
    const { timeline, issues } = doc([
      { id: 'a', start: '2024-22', title: 'A', displayDate: 'Early summer 2024' },
      { id: 'b', start: '2024-22', title: 'B', displayDate: { en: 'Early summer 2024', ar: 'مطلع صيف ٢٠٢٤' } },
      { id: 'c', start: '2024-22', title: 'C', displayDate: 5 },
    ]);
    expect(timeline!.events.map((e) => e.displayDate)).to.deep.equal(['Early summer 2024', { en: 'Early summer 2024', ar: 'مطلع صيف ٢٠٢٤' }, undefined]);
    expect(issues.map((i) => i.path)).to.deep.equal(['events[2].displayDate']);
  });
});

/** A date's meaning: what a round trip must keep. */
const meaning = (date: EventDate) => ({
  time: date.time,
  until: periodEnd(date),
  precision: date.precision,
  offsetMinutes: date.offsetMinutes,
  approximate: Boolean(date.approximate),
  uncertain: Boolean(date.uncertain),
  unspecified: Boolean(date.unspecified),
});

const two = (n: number) => String(n).padStart(2, '0');
const year4 = (y: number) => (y < 0 ? `-${String(-y).padStart(4, '0')}` : String(y).padStart(4, '0'));

/** EDTF texts made from their parts: every form the reader takes, with any qualifier. */
const edtfText = fc
  .record({
    year: fc.integer({ min: -9999, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    season: fc.integer({ min: 21, max: 24 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    offset: fc.integer({ min: -14 * 60, max: 14 * 60 }),
    form: fc.constantFrom('year', 'month', 'day', 'season', 'decade', 'century', 'year-xx', 'month-xx', 'time'),
    qualifier: fc.constantFrom('', '~', '?', '%'),
  })
  .map(({ year, month, day, season, hour, minute, offset, form, qualifier }) => {
    const y = year4(year);
    const abs = Math.abs(offset);
    const zone = `${offset < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
    const unsigned = String(Math.abs(year)).padStart(4, '0');
    switch (form) {
      case 'year': return y + qualifier;
      case 'month': return `${y}-${two(month)}${qualifier}`;
      case 'day': return `${y}-${two(month)}-${two(day)}${qualifier}`;
      case 'season': return `${y}-${season}${qualifier}`;
      case 'decade': return `${unsigned.slice(0, 3)}X${qualifier}`;
      case 'century': return `${unsigned.slice(0, 2)}XX${qualifier}`;
      case 'year-xx': return `${y}-XX${qualifier}`;
      case 'month-xx': return `${y}-${two(month)}-XX${qualifier}`;
      default: return `${y}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}${zone}`;
    }
  });

describe('EDTF round trips (generated)', () => {
  it('reads, writes and reads again to the same meaning', () => {
    const seed = Date.now() % 2 ** 31;
    try {
      fc.assert(
        fc.property(edtfText, (text) => {
          const first = read(text);
          const written = writeEventDate(first);
          expect(meaning(read(written)), `${text} → ${written}`).to.deep.equal(meaning(first));
        }),
        { seed, numRuns: 3000 },
      );
    } catch (error) {
      throw new Error(`round trip failed with seed ${seed}: ${(error as Error).message}`);
    }
  });
});

/** Every built-in language's table, imported directly (the element loads them on demand). */
const LOCALES = ['ar', 'de', 'el', 'es', 'fa', 'fr', 'he', 'hi', 'id', 'it', 'ja', 'ko', 'nl', 'pl', 'pt', 'ru', 'sv', 'sw', 'th', 'tr', 'uk', 'ur', 'vi', 'zh-Hans', 'zh-Hant'];

describe('EDTF dates in every language', () => {
  it('writes each form in the language’s own words, around the year as Intl writes it there', async () => {
    for (const lang of LOCALES) {
      const { messages } = (await import(`../../src/i18n/locales/${lang}.ts`)).default as { messages: typeof en };
      for (const text of ['2001~', '2024-06?', '2024-06%', '201X', '19XX', '2023-21', '2023-24']) {
        const date = read(text);
        const written = formatEventDate(date, lang, { words: messages });
        // No English word left in it ("winter" is Dutch too).
        expect(written, `${lang} ${text}`).not.to.match(/(^|\s)(c\.|the|spring|summer|autumn|since)\s/);
        // The year is in it, in the language's digits (a century may be named by its number instead).
        if (text === '19XX') continue;
        const year = new Intl.NumberFormat(lang, { useGrouping: false }).format(new Date(date.time).getUTCFullYear());
        expect(written, `${lang} ${text}`).to.contain(year);
      }
      const ongoing = formatEventDates({ start: read('2022-02-24'), ongoing: true }, lang, { words: messages });
      expect(ongoing, lang).not.to.match(/since/);
    }
  });
});
