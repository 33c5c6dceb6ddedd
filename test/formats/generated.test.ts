// Generated inputs (fast-check): whatever a reader is given, it answers with events and/or
// problems, each problem with a path, and never throws or hangs; valid documents survive a trip
// to the native format (and to CSV) and back. Runs per property: the number in each call to
// `check` in CI, FC_RUNS each for a longer local run.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { readTimeline, type ReadOptions, type ReadResult } from '../../src/formats/index.js';
import { htmlList } from '../../src/formats/html-list.js';
import { parseEventDate } from '../../src/core/dates.js';
import type { Timeline } from '../../src/core/types.js';
import { check } from '../support/generated.js';

const read = (source: unknown, options?: ReadOptions): Promise<ReadResult> => Promise.resolve(readTimeline(source, options));

/** What every reader promises: a timeline or problems, each problem placed, nothing invisible in it. */
function expectAnswer(result: ReadResult): void {
  expect(result.timeline !== null || result.issues.length > 0, 'a timeline or problems').to.equal(true);
  for (const issue of result.issues) {
    expect(issue.path, issue.message).to.be.a('string').and.not.equal('');
    expect(issue.message, issue.path).to.be.a('string').and.not.equal('');
    expect(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/.test(issue.path + issue.message), 'invisible characters written out').to.equal(false);
  }
  for (const event of result.timeline?.events ?? []) {
    expect(Number.isFinite(event.start.time) && event.until >= event.start.time, event.id).to.equal(true);
  }
}

/** Strings that look like what they feed: dates, ids, text with quotes, commas, line breaks and invisible characters. */
const pieces = fc.oneof(
  fc.string(),
  fc.constantFrom('2024', '2024-02-29', '2023-02-29', '2024-13-01', '-0044-03-15', '0', 'a-b', 'Bad Id', '"', '""', ',', '\n', '\r\n', '\u202e', '\u200b', '<b>x</b>', 'javascript:x'),
);

describe('generated inputs: the readers', function () {
  // A long local run (FC_RUNS) takes minutes; each run is bounded by fast-check instead.
  this.timeout(0);
  it('answer any JSON value, as an object and as text', () =>
    check(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) => {
        expectAnswer(await read(value));
        expectAnswer(await read(JSON.stringify(value) ?? 'null'));
      }),
      150,
    ));

  it('answer documents shaped like news-timeline JSON, however wrong their fields', () =>
    check(
      fc.asyncProperty(
        fc.record(
          {
            title: fc.oneof(pieces, fc.dictionary(fc.string({ maxLength: 4 }), pieces)),
            categories: fc.array(fc.record({ id: pieces, label: pieces, color: pieces }, { requiredKeys: [] }), { maxLength: 4 }),
            eras: fc.array(fc.record({ start: pieces, end: pieces, label: pieces }, { requiredKeys: [] }), { maxLength: 3 }),
            events: fc.array(
              fc.record(
                { id: pieces, start: pieces, end: pieces, title: fc.oneof(pieces, fc.dictionary(pieces, pieces)), category: pieces, importance: fc.oneof(fc.integer(), pieces), sources: fc.array(fc.record({ url: pieces, title: pieces })) },
                { requiredKeys: [] },
              ),
              { maxLength: 12 },
            ),
          },
          { requiredKeys: ['events'] },
        ),
        async (document) => expectAnswer(await read(document)),
      ),
      150,
    ));

  it('answer any string as CSV, and text made of CSV’s own characters', () =>
    check(
      fc.asyncProperty(
        fc.oneof(fc.string({ maxLength: 400 }), fc.array(fc.array(pieces, { maxLength: 6 }), { maxLength: 8 }).map((rows) => ['id,start,title,summary', ...rows.map((r) => r.join(','))].join('\n'))),
        async (text) => expectAnswer(await read(text, { type: 'csv' })),
      ),
      200,
    ));

  it('answer any object shaped like TimelineJS3', () => {
    const date = fc.record({ year: fc.oneof(fc.integer({ min: -20000, max: 20000 }), pieces), month: fc.oneof(fc.integer({ min: -2, max: 14 }), pieces), day: fc.oneof(fc.integer({ min: -2, max: 33 }), pieces), hour: pieces }, { requiredKeys: [] });
    const slide = fc.record(
      { start_date: date, end_date: date, text: fc.record({ headline: pieces, text: pieces }, { requiredKeys: [] }), unique_id: pieces, group: pieces, display_date: pieces, media: fc.record({ url: pieces, caption: pieces, credit: pieces }, { requiredKeys: [] }) },
      { requiredKeys: [] },
    );
    return check(
      fc.asyncProperty(fc.record({ title: slide, events: fc.array(slide, { maxLength: 10 }), eras: fc.array(slide, { maxLength: 3 }) }, { requiredKeys: ['events'] }), async (document) =>
        expectAnswer(await read(document, { type: 'timelinejs' })),
      ),
      150,
    );
  });

  it('answer any HTML list', () => {
    const item = fc.record({ id: pieces, category: pieces, importance: pieces, times: fc.array(pieces, { maxLength: 3 }), heading: pieces, paragraphs: fc.array(pieces, { maxLength: 2 }), links: fc.array(pieces, { maxLength: 2 }), lang: fc.constantFrom('', 'en', 'ar', 'x y') });
    return check(
      fc.asyncProperty(fc.array(item, { maxLength: 8 }), async (items) => {
        const list = document.createElement('ol');
        for (const spec of items) {
          const li = list.appendChild(document.createElement('li'));
          li.id = spec.id;
          li.setAttribute('data-category', spec.category);
          li.setAttribute('data-importance', spec.importance);
          for (const value of spec.times) li.appendChild(document.createElement('time')).setAttribute('datetime', value);
          const heading = li.appendChild(document.createElement('h3'));
          heading.textContent = spec.heading;
          if (spec.lang) heading.setAttribute('lang', spec.lang);
          for (const text of spec.paragraphs) li.appendChild(document.createElement('p')).textContent = text;
          for (const href of spec.links) li.appendChild(document.createElement('a')).setAttribute('href', href);
        }
        expectAnswer(await read(list, { reader: htmlList }));
      }),
      150,
    );
  });

  it('read any string as a date or as none, never as a date that is not a time', () =>
    check(
      fc.asyncProperty(fc.oneof(fc.string(), pieces, fc.stringMatching(/^-?\d{1,6}(-\d{1,2}(-\d{1,2}(T\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)?)?)?)?[~?%]?$/)), async (text) => {
        const date = parseEventDate(text);
        expect(date === null || Number.isFinite(date.time), text).to.equal(true);
      }),
      300,
    ));
});

// ---- round trips ---------------------------------------------------------------------------------

/** A valid native document: unique ids, real dates at every precision, text in one or two languages. */
export const validDocument = fc
  .record({
    categories: fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/), { minLength: 1, maxLength: 4 }),
    events: fc.array(
      fc.record({
        year: fc.integer({ min: 1, max: 2100 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
        precision: fc.constantFrom('year', 'month', 'day'),
        days: fc.option(fc.integer({ min: 1, max: 4000 }), { nil: undefined }),
        category: fc.nat(),
        importance: fc.constantFrom(1, 2, 3),
        title: fc.string({ minLength: 1, maxLength: 40 }).filter((t) => t.trim() !== ''),
        arabic: fc.option(fc.string({ minLength: 1, maxLength: 20 }).filter((t) => t.trim() !== ''), { nil: undefined }),
      }),
      { maxLength: 30 },
    ),
  })
  .map(({ categories, events }) => ({
    version: 1,
    categories: categories.map((id) => ({ id, label: id })),
    events: events.map((e, i) => {
      const pad = (n: number, width = 2) => String(n).padStart(width, '0');
      const start = e.precision === 'year' ? pad(e.year, 4) : e.precision === 'month' ? `${pad(e.year, 4)}-${pad(e.month)}` : `${pad(e.year, 4)}-${pad(e.month)}-${pad(e.day)}`;
      const end = e.days === undefined ? undefined : new Date(Date.UTC(e.year, e.month - 1, e.day) + (e.days + 400) * 86_400_000).toISOString().slice(0, 10);
      return {
        id: `event-${i}`,
        start,
        ...(end && Number(end.slice(0, 4)) < 10000 ? { end } : {}),
        category: categories[e.category % categories.length],
        importance: e.importance,
        title: e.arabic ? { en: e.title, ar: e.arabic } : e.title,
      };
    }),
  }));

/** What a timeline means, for comparing two reads of it: a plain title is its English text. */
const meaning = (timeline: Timeline | null) =>
  timeline?.events.map((e) => ({ id: e.id, start: e.start.iso, end: e.end?.iso, category: e.category, importance: e.importance, title: typeof e.title === 'string' ? { en: e.title } : e.title }));

/** A timeline written back as a native document, as the embed builder does. */
const native = (timeline: Timeline) => ({
  version: 1,
  categories: timeline.categories.map(({ id, label, color }) => ({ id, label, color })),
  events: timeline.events.map((e) => ({ id: e.id, start: e.start.iso, end: e.end?.iso, category: e.category, importance: e.importance, title: e.title })),
});

/** The same document in news-timeline's own CSV columns. */
function csvOf(document: ReturnType<typeof native>): string {
  const cell = (value: string) => (/[",\n\r]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value);
  const rows = document.events.map((e) => {
    const title = typeof e.title === 'string' ? { en: e.title } : (e.title as Record<string, string>);
    return [e.id, e.start, e.end ?? '', e.category, String(e.importance), title.en ?? '', title.ar ?? ''].map(cell).join(',');
  });
  return ['id,start,end,category,importance,title,title_ar', ...rows].join('\n');
}

describe('generated inputs: round trips', function () {
  // A long local run (FC_RUNS) takes minutes; each run is bounded by fast-check instead.
  this.timeout(0);
  it('a valid document reads without problems, and its native form reads the same', () =>
    check(
      fc.asyncProperty(validDocument, async (document) => {
        const first = await read(document);
        expect(first.issues).to.deep.equal([]);
        expect(first.timeline!.events).to.have.length(document.events.length);
        const again = await read(JSON.stringify(native(first.timeline!)));
        expect(again.issues).to.deep.equal([]);
        expect(meaning(again.timeline)).to.deep.equal(meaning(first.timeline));
      }),
      100,
    ));

  it('a valid document written as CSV reads back the same, its cells trimmed as spreadsheets trim them', () =>
    check(
      fc.asyncProperty(validDocument, async (document) => {
        const first = (await read(document)).timeline!;
        // CSV cells are trimmed as spreadsheets are: compare titles trimmed.
        const trimmed = (m: ReturnType<typeof meaning>) => m!.map((e) => ({ ...e, title: Object.fromEntries(Object.entries(e.title).map(([k, v]) => [k, v.trim()])) }));
        const back = await read(csvOf(native(first)), { type: 'csv' });
        expect(back.issues).to.deep.equal([]);
        expect(trimmed(meaning(back.timeline))).to.deep.equal(trimmed(meaning(first)));
      }),
      100,
    ));
});
