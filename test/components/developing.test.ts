import { expect } from '@open-wc/testing';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import { flagshipData, mark, mountTimeline, settle, shadow, visibleIds } from '../support/timeline.js';

const DAY = 86_400_000;
/** A calendar day this many days from today, as ISO. */
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
const around = () => ({
  events: [
    { id: 'long-ago', start: day(-900), title: 'Long ago' },
    { id: 'last-month', start: day(-30), title: 'Last month' },
    { id: 'next-month', start: day(30), title: 'Next month' },
  ],
});
const centre = (element: NewsTimeline, id: string) => {
  const box = mark(element, id)!.getBoundingClientRect();
  return box.left + box.width / 2;
};
const todayX = (element: NewsTimeline) => shadow(element).querySelector('.today line')!.getBoundingClientRect().left;

describe('developing stories', () => {
  it('open-at="latest" opens on the latest event and its run-up, not on the whole span', async () => {
    const data = await flagshipData();
    const element = await mountTimeline(data, 1000, { 'open-at': 'latest' });
    const latest = data.events[data.events.length - 1];
    expect(element.selected).to.equal(latest.id);
    expect(shadow(element).querySelector('[part="card"] h2')!.textContent!.trim()).to.equal(latest.title.en);
    expect(visibleIds(element)).to.include(latest.id);
    expect(visibleIds(element)).to.not.include(data.events[0].id);
  });

  it('open-at="today" opens on the event nearest today', async () => {
    const element = await mountTimeline(
      { events: [{ id: 'past', start: day(-400), title: 'Past' }, { id: 'recent', start: day(-10), title: 'Recent' }, { id: 'planned', start: day(45), title: 'Planned' }] },
      1000,
      { 'open-at': 'today' },
    );
    expect(element.selected).to.equal('recent');
  });

  it('a link or selected wins over open-at', async () => {
    const element = await mountTimeline(around(), 1000, { 'open-at': 'latest', selected: 'long-ago' });
    expect(element.selected).to.equal('long-ago');
  });

  it('today-line draws Today between the events before and after it, mirrored in Arabic', async () => {
    const element = await mountTimeline(around(), 1000, { 'today-line': '' });
    const line = shadow(element).querySelector('.today')!;
    expect(line.querySelector('text')!.textContent).to.equal('Today');
    expect(todayX(element)).to.be.within(centre(element, 'last-month'), centre(element, 'next-month'));
    element.setAttribute('lang', 'ar');
    await settle(element);
    expect(shadow(element).querySelector('.today text')!.textContent).to.equal('اليوم');
    expect(todayX(element)).to.be.within(centre(element, 'next-month'), centre(element, 'last-month'));
  });

  it('today-line lets the view reach today after a story that has gone quiet, and is absent without the attribute', async () => {
    const quiet = { events: [{ id: 'a', start: day(-800), title: 'A' }, { id: 'b', start: day(-400), title: 'B' }] };
    const element = await mountTimeline(quiet, 1000, { 'today-line': '' });
    expect(todayX(element)).to.be.greaterThan(centre(element, 'b'));
    const plain = await mountTimeline(quiet, 1000);
    expect(shadow(plain).querySelector('.today')).to.equal(null);
  });
});
