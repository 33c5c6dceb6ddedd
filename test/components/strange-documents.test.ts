// Strange but possible documents: each gives a visible, sensible outcome (what is drawn, what the
// error panel says), never a blank or broken element.
import { expect } from '@open-wc/testing';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import { mountTimeline, shadow, visibleIds } from '../support/timeline.js';

const panelItems = (element: NewsTimeline) => [...shadow(element).querySelectorAll('[part="error"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
const marks = (element: NewsTimeline) => [...shadow(element).querySelectorAll('.mark')];
const event = (id: string, start: string, more: Record<string, unknown> = {}) => ({ id, start, title: `Event ${id}`, ...more });

/** No attribute of the drawing holds NaN or Infinity. */
function expectFiniteDrawing(element: NewsTimeline): void {
  const values = [...shadow(element).querySelectorAll('svg *')].flatMap((node) => ['x', 'y', 'cx', 'cy', 'width', 'x1', 'x2', 'transform'].map((name) => node.getAttribute(name) ?? ''));
  expect(values.filter((value) => /NaN|Infinity/.test(value))).to.deep.equal([]);
}

describe('strange documents', () => {
  it('no events: says so, with no error', async () => {
    const element = await mountTimeline({ events: [] });
    expect(shadow(element).querySelector('p.status')!.textContent).to.equal('No events to show.');
    expect(marks(element)).to.have.length(0);
    expect(panelItems(element)).to.deep.equal([]);
  });

  it('one event: drawn and labelled', async () => {
    const element = await mountTimeline({ events: [event('only', '2024-06-19')] });
    expect(visibleIds(element)).to.deep.equal(['only']);
    expect(shadow(element).querySelector('.label')!.textContent).to.equal('Event only');
    expectFiniteDrawing(element);
  });

  it('all on one day: every event is on the track, alone or in a cluster', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => `same-${i}`);
    const element = await mountTimeline({ events: ids.map((id) => event(id, '2024-06-19')) });
    expect(visibleIds(element).sort()).to.deep.equal(ids.slice().sort());
    expectFiniteDrawing(element);
  });

  it('a span of one day, and one of 10,000 years: an axis with dates, every event drawn', async () => {
    for (const events of [[event('a', '2024-06-19T08:00Z'), event('b', '2024-06-19T20:00Z')], [event('old', '-7999'), event('new', '2001')]]) {
      const element = await mountTimeline({ events });
      expect(visibleIds(element).sort()).to.deep.equal(events.map((e) => e.id).sort());
      expect(shadow(element).querySelectorAll('.tick text').length, events[0].id).to.be.greaterThan(1);
      expectFiniteDrawing(element);
    }
  });

  it('year 0 and negative years: drawn, with their years in their names', async () => {
    const element = await mountTimeline({ events: [event('zero', '0000'), event('caesar', '-0043-03-15'), event('later', '0100')] });
    expect(visibleIds(element).sort()).to.deep.equal(['caesar', 'later', 'zero']);
    expect(panelItems(element)).to.deep.equal([]);
    expectFiniteDrawing(element);
  });

  it('30 February and 29 February of a common year are refused with their paths; a leap day is drawn', async () => {
    const element = await mountTimeline({ events: [event('feb-30', '2024-02-30'), event('common', '2023-02-29'), event('leap', '2024-02-29')] });
    expect(visibleIds(element)).to.deep.equal(['leap']);
    const items = panelItems(element);
    expect(items).to.have.length(2);
    expect(items[0]).to.match(/^events\[0\]\.start: "2024-02-30" is not a date/);
    expect(items[1]).to.match(/^events\[1\]\.start: "2023-02-29" is not a date/);
  });

  it('a duplicate id and an unknown category: the first is kept, the other drawn in the default lane, both reported', async () => {
    const element = await mountTimeline({ categories: [{ id: 'known' }], events: [event('a', '2020'), event('a', '2021'), event('b', '2022', { category: 'nope' })] });
    expect(visibleIds(element).sort()).to.deep.equal(['a', 'b']);
    expect(panelItems(element)).to.deep.equal(['events[1].id: "a" is used by an earlier event', 'events[2].category: "nope" is not one of the categories']);
    expect([...shadow(element).querySelectorAll('.lane-label')].map((label) => label.textContent)).to.include('Other');
  });

  it('a 5,000-character title: the label is shortened on the track, the name keeps it whole', async () => {
    const title = 'Long '.repeat(1000).trim();
    const element = await mountTimeline({ events: [{ id: 'long', start: '2024', title }, event('short', '2020')] });
    const label = [...shadow(element).querySelectorAll('.label')].find((node) => node.textContent!.startsWith('Long'))!;
    expect(label.textContent!.length).to.be.lessThan(200);
    expect(label.textContent).to.match(/…$/);
    expect(shadow(element).querySelector('.mark[data-event-id="long"]')!.getAttribute('aria-label')).to.contain(title);
  });

  it('2,000 categories: drawn, with every event on the track and a legend button per category', async () => {
    const categories = Array.from({ length: 2000 }, (_, i) => ({ id: `c${i}` }));
    const element = await mountTimeline({ categories, events: [event('x', '2020', { category: 'c0' }), event('y', '2021', { category: 'c1999' })] });
    expect(visibleIds(element).sort()).to.deep.equal(['x', 'y']);
    expect(panelItems(element)).to.deep.equal([]);
    expect(shadow(element).querySelectorAll('[part="legend"] button').length).to.equal(2000);
    expectFiniteDrawing(element);
  });

  it('whitespace-only text: a title of spaces is refused with its path; a summary of spaces is no summary', async () => {
    const element = await mountTimeline({ events: [event('blank', '2020', { title: ' \t\n ' }), event('fine', '2021', { summary: '   ' })] });
    expect(visibleIds(element)).to.deep.equal(['fine']);
    expect(panelItems(element)).to.deep.equal(['events[0].title: must not be empty']);
  });

  it('zero-width and right-to-left characters: ids refused with them written out, titles drawn as written', async () => {
    const element = await mountTimeline({
      events: [event('bidi\u202eid', '2020'), event('zero\u200bwidth', '2021'), { id: 'ok', start: '2022', title: 'abc\u202edef\u200b' }],
    });
    expect(visibleIds(element)).to.deep.equal(['ok']);
    expect(panelItems(element)).to.deep.equal([
      'events[0].id: "bidi\\u202Eid" is not an id (a-z, 0-9 and -)',
      'events[1].id: "zero\\u200Bwidth" is not an id (a-z, 0-9 and -)',
    ]);
    expect(shadow(element).querySelector('.mark[data-event-id="ok"]')!.getAttribute('aria-label')).to.contain('abc\u202edef\u200b');
  });
});
