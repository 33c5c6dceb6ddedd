import { expect } from '@open-wc/testing';
import { dateFormatter, formatEventDate, formatEventRange, formatNumber, parseEventDate, periodEnd, resolveDigits } from '../../src/core/dates.js';
import type { EventDate } from '../../src/core/types.js';

// This file also runs in browsers pinned to UTC−11, UTC−5/−4, UTC+5:30, UTC+9 and UTC+14
// (web-test-runner.config.mjs): every expectation must hold in all of them.
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const parse = (text: string): EventDate => {
  const date = parseEventDate(text);
  if (!date) throw new Error(`${text} did not parse`);
  return date;
};

describe(`parseEventDate (browser time zone ${zone})`, () => {
  it('keeps the precision written', () => {
    expect(parse('2024').precision).to.equal('year');
    expect(parse('2024-06').precision).to.equal('month');
    expect(parse('2024-06-19').precision).to.equal('day');
    expect(parse('2024-06-19T02:22+09:00').precision).to.equal('minute');
    expect(parse('2024-06-19T02:22:05Z').precision).to.equal('second');
  });

  it('places a calendar day at UTC midnight whatever the local zone', () => {
    expect(parse('2000-07-19').time).to.equal(Date.UTC(2000, 6, 19));
    expect(parse('2024-06').time).to.equal(Date.UTC(2024, 5, 1));
    expect(parse('2024').time).to.equal(Date.UTC(2024, 0, 1));
  });

  it('turns a time with an offset into the instant it names', () => {
    const landing = parse('2024-06-19T02:22+09:00');
    expect(landing.time).to.equal(Date.UTC(2024, 5, 18, 17, 22));
    expect(landing.offsetMinutes).to.equal(540);
    expect(parse('2024-06-19T02:22-0330').offsetMinutes).to.equal(-210);
  });

  it('refuses what is not a real date', () => {
    for (const bad of ['2024-13-01', '2023-02-29', '2024-04-31', '2024-00', '24-06-19', '2024/06/19', '19 June 2024', '', '2024-06-19T25:00', '2024-06-19T10:00+15:00', ' ', 'null']) {
      expect(parseEventDate(bad), bad).to.equal(null);
    }
    for (const bad of [null, undefined, 2024, {}, []]) expect(parseEventDate(bad)).to.equal(null);
    expect(parseEventDate('2024-02-29')).to.not.equal(null);
  });

  it('handles years before 100 without shifting them to the 1900s', () => {
    expect(new Date(parse('0079-08-24').time).getUTCFullYear()).to.equal(79);
  });
});

describe('parseEventDate on plain days (its fast path)', () => {
  it('reads every YYYY-MM-DD as the calendar does, and refuses the days it does not have', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    let refused = 0;
    for (let i = 0; i < 5000; i++) {
      const [y, m, d] = [random(10000), random(14), random(33)];
      const text = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
      const date = new Date(0);
      date.setUTCFullYear(y, m - 1, d);
      const real = m >= 1 && m <= 12 && d >= 1 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
      const parsed = parseEventDate(text);
      if (!real) {
        expect(parsed, text).to.equal(null);
        refused++;
        continue;
      }
      expect(parsed, text).to.deep.equal({ time: date.getTime() - (date.getTime() % 86_400_000 + 86_400_000) % 86_400_000, precision: 'day', iso: text });
    }
    expect(refused).to.be.greaterThan(100);
    expect(parseEventDate('2024-0a-01')).to.equal(null);
    expect(parseEventDate(' 2024-06-19 ')).to.deep.include({ precision: 'day', iso: '2024-06-19' });
  });
});

describe('periodEnd (inclusive ends)', () => {
  it('runs a month through its last day and a year through 31 December', () => {
    expect(periodEnd(parse('2024-06'))).to.equal(Date.UTC(2024, 6, 1));
    expect(periodEnd(parse('2024-02'))).to.equal(Date.UTC(2024, 2, 1));
    expect(periodEnd(parse('2024'))).to.equal(Date.UTC(2025, 0, 1));
    expect(periodEnd(parse('2024-12-31'))).to.equal(Date.UTC(2025, 0, 1));
    expect(periodEnd(parse('2002-12'))).to.equal(Date.UTC(2003, 0, 1));
  });

  it('ends a time with an offset one minute (or second) later, on the absolute time line', () => {
    expect(periodEnd(parse('2024-06-19T02:22+09:00'))).to.equal(Date.UTC(2024, 5, 18, 17, 23));
    expect(periodEnd(parse('2024-06-19T02:22:30Z'))).to.equal(Date.UTC(2024, 5, 19, 2, 22, 31));
  });
});

describe(`formatEventDate (browser time zone ${zone})`, () => {
  it('shows a date at its own precision in English', () => {
    expect(formatEventDate(parse('2024'), 'en')).to.equal('2024');
    expect(formatEventDate(parse('2024-06'), 'en')).to.equal('June 2024');
    expect(formatEventDate(parse('2024-06-19'), 'en')).to.equal('June 19, 2024');
    expect(formatEventDate(parse('2024-06-19'), 'en-GB')).to.equal('19 June 2024');
  });

  it('shows the same calendar day in every time zone', () => {
    // 1 January and 31 December are where a shifted day would show first.
    expect(formatEventDate(parse('2000-01-01'), 'en-GB')).to.equal('1 January 2000');
    expect(formatEventDate(parse('2024-12-31'), 'en-GB')).to.equal('31 December 2024');
    expect(formatEventDate(parse('2022-02-24'), 'en-GB')).to.equal('24 February 2022');
  });

  it('writes Arabic month names in the Gregorian calendar, in the digits of the tag', () => {
    expect(formatEventDate(parse('2024-06-19'), 'ar')).to.equal('19 يونيو 2024');
    expect(formatEventDate(parse('2024-06-19'), 'ar-EG')).to.equal('١٩ يونيو ٢٠٢٤');
    expect(formatEventDate(parse('2024-06'), 'ar-EG')).to.equal('يونيو ٢٠٢٤');
    // Saudi Arabia's default calendar is the Islamic one: still Gregorian here.
    expect(formatEventDate(parse('2024-06-19'), 'ar-SA')).to.contain('يونيو');
  });

  it('writes the digits asked for, whatever the tag’s own', () => {
    expect(formatEventDate(parse('2024-06-19'), 'ar-EG', { digits: 'latn' })).to.equal('19 يونيو 2024');
    expect(formatEventDate(parse('2024-06-19'), 'ar', { digits: 'arab' })).to.equal('١٩ يونيو ٢٠٢٤');
    expect(resolveDigits('ar-EG', 'latn')).to.equal('latn');
    expect(resolveDigits('ar', 'arab')).to.equal('arab');
    expect(resolveDigits('en', 'arab')).to.equal('arab');
  });

  it('takes Intl’s default digits for the tag with `auto`: Western for ar and ur, Arabic-Indic for ar-EG and ar-SA, extended for fa', () => {
    const expected: Record<string, string> = { ar: 'latn', ur: 'latn', en: 'latn', 'ar-EG': 'arab', 'ar-SA': 'arab', fa: 'arabext' };
    for (const [tag, system] of Object.entries(expected)) {
      expect(resolveDigits(tag), tag).to.equal(system);
      expect(resolveDigits(tag, 'auto'), tag).to.equal(system);
    }
    expect(formatEventDate(parse('2024-06-19'), 'ar-SA')).to.match(/^١٩ يونيو ٢٠٢٤/);
    expect(formatEventDate(parse('2024-06-19'), 'fa')).to.equal('۱۹ ژوئن ۲۰۲۴');
    expect(formatEventDate(parse('2024-06-19'), 'ur')).to.match(/^19 جون،? 2024$/);
  });

  it('writes Thai and Persian dates in the Gregorian calendar, not the Buddhist or Solar Hijri one they default to', () => {
    expect(formatEventDate(parse('2024-06-19'), 'th')).to.equal('19 มิถุนายน 2024');
    expect(formatEventDate(parse('2024-06'), 'th')).to.equal('มิถุนายน 2024');
    expect(formatEventDate(parse('2024'), 'fa')).to.equal('۲۰۲۴');
    expect(formatEventDate(parse('2024-06'), 'fa')).to.equal('ژوئن ۲۰۲۴');
  });

  it('writes each month in the form the language uses: on its own with the year, and inside a full date', () => {
    const forms: Record<string, [month: string, day: string]> = {
      ru: ['июнь 2024 г.', '19 июня 2024 г.'],
      uk: ['червень 2024 р.', '19 червня 2024 р.'],
      pl: ['czerwiec 2024', '19 czerwca 2024'],
      el: ['Ιούνιος 2024', '19 Ιουνίου 2024'],
      he: ['יוני 2024', '19 ביוני 2024'],
    };
    for (const [tag, [month, day]] of Object.entries(forms)) {
      expect(formatEventDate(parse('2024-06'), tag), tag).to.equal(month);
      expect(formatEventDate(parse('2024-06-19'), tag), tag).to.equal(day);
    }
  });

  it('shows a time in the offset it was written with, not the reader’s zone', () => {
    const text = formatEventDate(parse('2024-06-19T02:22+09:00'), 'en-GB');
    expect(text).to.contain('19 June 2024');
    expect(text).to.contain('02:22');
  });
});

describe('formatEventRange', () => {
  // ICU versions differ in the (thin) spaces around the dash; the reader sees the same range.
  const range = (...args: Parameters<typeof formatEventRange>) => formatEventRange(...args).replace(/\s*–\s*/g, '–');

  it('formats a span as one range at its precision', () => {
    expect(range(parse('2024-06-18'), parse('2024-06-19'), 'en-GB')).to.equal('18–19 June 2024');
    expect(range(parse('2001-07-26'), parse('2001-08-18'), 'en-GB')).to.equal('26 July–18 August 2001');
    expect(range(parse('2024-06-18'), parse('2024-06-19'), 'ar-EG')).to.equal('١٨–١٩ يونيو ٢٠٢٤');
    expect(range(parse('2023-07'), parse('2024-01'), 'en-GB')).to.equal('July 2023–January 2024');
  });

  it('writes each end of a range as the language writes a date, where Intl’s range pattern would not', () => {
    // Japanese and Chinese range patterns fall back to numbers (2024/06/18～2024/06/19).
    expect(range(parse('2024-06-18'), parse('2024-06-19'), 'ja')).to.equal('2024年6月18日～2024年6月19日');
    expect(range(parse('2023-07'), parse('2024-01'), 'zh-Hans')).to.equal('2023年7月–2024年1月');
    expect(range(parse('2024-06-18'), parse('2024-06-19'), 'zh-Hant')).to.equal('2024年6月18日至2024年6月19日');
    // Swahili's would drop the first month (26 – 18 Agosti 2001).
    expect(range(parse('2001-07-26'), parse('2001-08-18'), 'sw')).to.equal('26 Julai 2001–18 Agosti 2001');
    // Where the pattern writes both ends, it stands: shared parts written once.
    expect(range(parse('2024-06-18'), parse('2024-06-19'), 'ko')).to.equal('2024년 6월 18일 ~ 19일');
    expect(range(parse('2001-07-26'), parse('2001-08-18'), 'ru')).to.equal('26 июля–18 августа 2001 г.');
    expect(range(parse('2023-07'), parse('2024-01'), 'pl')).to.equal('lipiec 2023–styczeń 2024');
  });

  it('names both months of a range across two months, in every interface language', () => {
    const LANGUAGES = ['ar', 'de', 'el', 'en', 'es', 'fa', 'fr', 'he', 'hi', 'id', 'it', 'ja', 'ko', 'nl', 'pl', 'pt', 'ru', 'sv', 'sw', 'th', 'tr', 'uk', 'ur', 'vi', 'zh-Hans', 'zh-Hant'];
    const month = (iso: string, tag: string) => dateFormatter(tag, { year: 'numeric', month: 'long', day: 'numeric' }).formatToParts(parse(iso).time).find((part) => part.type === 'month')!.value;
    for (const tag of LANGUAGES) {
      const text = formatEventRange(parse('2001-07-26'), parse('2001-08-18'), tag);
      expect(text, tag).to.contain(month('2001-07-26', tag)).and.contain(month('2001-08-18', tag));
      expect(text, tag).not.to.match(/\d\/\d/);
    }
  });

  it('gives the single date when there is no end, or the end is the start', () => {
    expect(formatEventRange(parse('2024-06-19'), undefined, 'en-GB')).to.equal('19 June 2024');
    expect(formatEventRange(parse('2024-06'), parse('2024-06'), 'en')).to.equal('June 2024');
  });

  it('joins ends of different precision with a dash, each at its own precision', () => {
    expect(range(parse('2012-09-17'), parse('2014-04'), 'en-GB')).to.equal('17 September 2012–April 2014');
  });
});

describe('formatNumber', () => {
  it('follows the digit choice', () => {
    expect(formatNumber(27, 'ar')).to.equal('27');
    expect(formatNumber(27, 'ar-EG')).to.equal('٢٧');
    expect(formatNumber(27, 'fa')).to.equal('۲۷');
    expect(formatNumber(27, 'ar', 'arab')).to.equal('٢٧');
    expect(formatNumber(27, 'ar-EG', 'latn')).to.equal('27');
    expect(formatNumber(1500, 'en')).to.equal('1,500');
    expect(formatNumber(1234, 'en', 'auto', true)).to.equal('1.2K');
  });
});
