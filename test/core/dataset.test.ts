import { expect } from '@open-wc/testing';
import { validateTimeline } from '../../src/core/validate.js';
import { localize } from '../../src/core/text.js';
import { formatEventRange } from '../../src/core/dates.js';
import type { TimelineDocument } from '../../src/core/types.js';

// Every row of shared/facts/russia-north-korea.md, and the four events its editorial review adds:
// id, start, end (inclusive), category.
const FACTS: Array<[string, string, string | undefined, string]> = [
  ['friendship-treaty-2000', '2000-02-09', undefined, 'diplomacy'],
  ['putin-pyongyang-2000', '2000-07-19', '2000-07-20', 'diplomacy'],
  ['kim-jong-il-train-moscow-2001', '2001-07-26', '2001-08-18', 'diplomacy'],
  ['kim-jong-il-vladivostok-2002', '2002-08-23', undefined, 'diplomacy'],
  ['unscr-1718-2006', '2006-10-14', undefined, 'sanctions-un'],
  ['unscr-1874-2009', '2009-06-12', undefined, 'sanctions-un'],
  ['kim-jong-il-medvedev-2011', '2011-08-24', undefined, 'diplomacy'],
  ['kim-jong-il-death-2011', '2011-12-17', undefined, 'diplomacy'],
  ['debt-write-off', '2012-09-17', '2014-04-18', 'economy'],
  ['khasan-rajin-rail-2013', '2013-09-22', undefined, 'economy'],
  ['unscr-2397-2017', '2017-12-22', undefined, 'sanctions-un'],
  ['vladivostok-summit-2019', '2019-04-25', undefined, 'diplomacy'],
  ['invasion-of-ukraine', '2022-02-24', undefined, 'war'],
  ['unga-es-11-1', '2022-03-02', undefined, 'sanctions-un'],
  ['double-veto-2022', '2022-05-26', undefined, 'sanctions-un'],
  ['dpr-lpr-recognition', '2022-07-13', undefined, 'diplomacy'],
  ['icc-warrant-putin', '2023-03-17', undefined, 'war'],
  ['shoigu-pyongyang-2023', '2023-07-25', '2023-07-27', 'military'],
  ['vostochny-summit-2023', '2023-09-13', undefined, 'diplomacy'],
  ['arms-containers-2023', '2023-10-13', undefined, 'military'],
  ['lavrov-pyongyang-2023', '2023-10-18', '2023-10-19', 'diplomacy'],
  ['nk-missiles-in-ukraine', '2024-01-04', undefined, 'war'],
  ['choe-son-hui-moscow-2024', '2024-01-15', '2024-01-17', 'diplomacy'],
  ['naryshkin-pyongyang-2024', '2024-03-25', '2024-03-27', 'military'],
  ['panel-of-experts-veto', '2024-03-28', undefined, 'sanctions-un'],
  ['putin-pyongyang-2024', '2024-06-18', '2024-06-19', 'diplomacy'],
  ['putin-vietnam-2024', '2024-06-20', undefined, 'diplomacy'],
  ['nk-troops-to-russia', '2024-10-18', undefined, 'war'],
  ['treaty-ratified', '2024-10-24', '2024-11-11', 'diplomacy'],
  ['choe-son-hui-moscow-nov-2024', '2024-11-04', undefined, 'diplomacy'],
  ['treaty-in-force', '2024-12-04', undefined, 'diplomacy'],
];
const HEADLINES = ['putin-pyongyang-2000', 'vostochny-summit-2023', 'panel-of-experts-veto', 'putin-pyongyang-2024'];
// Events that may cite the same page. "Related" means the page itself reports on both events,
// not merely that they share a subject: Reuters' report of Kim Yo Jong's denial (May 2024) covers
// both the October 2023 container shipments and the January 2024 missiles. Keep this list short.
const SHARED_SOURCES: Array<[string, string]> = [['arms-containers-2023', 'nk-missiles-in-ukraine']];
// Two spellings of one page count as one: scheme, "www.", trailing slashes and the fragment are ignored.
const samePage = (url: string) => {
  const u = new URL(url);
  return `${u.hostname.replace(/^www\./, '')}${u.pathname.replace(/\/+$/, '')}${u.search}`.toLowerCase();
};
const ARABIC = /[\u0600-\u06ff]/;

describe('the Russia–North Korea dataset', () => {
  let raw: TimelineDocument;
  before(async () => {
    raw = await (await fetch('/src/data/russia-north-korea.json')).json();
  });

  it('is valid, with no problems reported', () => {
    const { timeline, issues } = validateTimeline(raw);
    expect(issues).to.deep.equal([]);
    expect(timeline!.events).to.have.length(31);
  });

  it('has every row of the facts sheet with its id, dates and category', () => {
    const { timeline } = validateTimeline(raw);
    const byId = new Map(timeline!.events.map((e) => [e.id, e]));
    expect([...byId.keys()].sort()).to.deep.equal(FACTS.map((f) => f[0]).sort());
    for (const [id, start, end, category] of FACTS) {
      const event = byId.get(id)!;
      expect(event.start.iso, id).to.equal(start);
      expect(event.end?.iso, id).to.equal(end);
      expect(event.category, id).to.equal(category);
    }
  });

  it('gives the four headline events importance 3', () => {
    const { timeline } = validateTimeline(raw);
    for (const id of HEADLINES) expect(timeline!.events.find((e) => e.id === id)!.importance, id).to.equal(3);
  });

  it('writes every title, summary, category and era in English and Arabic', () => {
    for (const event of raw.events) {
      for (const field of ['title', 'summary'] as const) {
        const text = event[field] as Record<string, string>;
        expect(text.en, `${event.id}.${field}.en`).to.be.a('string').and.not.match(ARABIC);
        expect(text.ar, `${event.id}.${field}.ar`).to.match(ARABIC);
      }
    }
    for (const item of [...raw.categories!.map((c) => c.label), ...raw.eras!.map((e) => e.label), raw.title]) {
      expect(localize(item, 'ar')).to.match(ARABIC);
      expect(localize(item, 'en')).to.not.match(ARABIC);
    }
  });

  it('cites at least one source with a publisher for every event', () => {
    for (const event of raw.events) {
      expect(event.sources ?? [], event.id).to.not.be.empty;
      for (const source of event.sources!) {
        expect(source.url, event.id).to.match(/^https?:\/\//);
        expect(source.publisher, source.url).to.be.a('string').and.not.equal('');
      }
    }
  });

  it('never cites one page for two unrelated events', () => {
    const related = new Set(SHARED_SOURCES.map(([a, b]) => [a, b].sort().join(' ')));
    const citedBy = new Map<string, string>();
    for (const event of raw.events) {
      for (const page of new Set(event.sources!.map((s) => samePage(s.url)))) {
        const first = citedBy.get(page);
        if (first) expect(related.has([first, event.id].sort().join(' ')), `${page}: ${first} and ${event.id}`).to.equal(true);
        else citedBy.set(page, event.id);
      }
    }
    // Every allowed pair is still in use, so the list cannot grow stale.
    for (const [a, b] of SHARED_SOURCES) {
      const pages = (id: string) => raw.events.find((e) => e.id === id)!.sources!.map((s) => samePage(s.url));
      expect(pages(a).some((p) => pages(b).includes(p)), `${a} / ${b}`).to.equal(true);
    }
  });

  it('dates the June 2024 visit as 18–19 June in both languages', () => {
    const { timeline } = validateTimeline(raw);
    const visit = timeline!.events.find((e) => e.id === 'putin-pyongyang-2024')!;
    expect(formatEventRange(visit.start, visit.end, 'en-GB').replace(/\s*–\s*/, '–')).to.equal('18–19 June 2024');
    expect(formatEventRange(visit.start, visit.end, 'ar').replace(/\s*–\s*/, '–')).to.equal('١٨–١٩ يونيو ٢٠٢٤');
  });
});
