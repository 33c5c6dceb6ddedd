import { expect } from '@open-wc/testing';
import { openingEvent, openingWindow, spanWithToday } from '../../src/core/opening.js';
import { buildTrackScene } from '../../src/core/scene.js';
import { localize } from '../../src/core/text.js';
import { DAY } from '../../src/core/time.js';
import { TimelineIndex } from '../../src/core/timeline-index.js';
import { validateTimeline } from '../../src/core/validate.js';

const events = validateTimeline({
  events: [
    { id: 'old', start: '2020-01-10', title: 'Old' },
    { id: 'talks', start: '2024-03-01', end: '2024-03-20', title: 'Talks' },
    { id: 'vote', start: '2024-04-02', title: 'Vote' },
    { id: 'latest', start: '2024-05-30', title: 'Latest' },
  ],
}).timeline!.events;

describe('developing stories', () => {
  it('opens on the latest event', () => {
    expect(openingEvent(events, 'latest', Date.UTC(2030, 0, 1))!.id).to.equal('latest');
  });

  it('opens on the event nearest today, or on one running today', () => {
    expect(openingEvent(events, 'today', Date.UTC(2024, 2, 10, 12))!.id, 'during the talks').to.equal('talks');
    expect(openingEvent(events, 'today', Date.UTC(2024, 3, 1))!.id, 'a day before the vote').to.equal('vote');
    expect(openingEvent(events, 'today', Date.UTC(2024, 2, 21))!.id, 'just after the talks').to.equal('talks');
    expect(openingEvent(events, 'today', Date.UTC(2031, 0, 1))!.id, 'long after').to.equal('latest');
    expect(openingEvent(events, 'today', Date.UTC(2010, 0, 1))!.id, 'long before').to.equal('old');
    expect(openingEvent([], 'today', 0)).to.equal(undefined);
  });

  it('opens on a window with the event three quarters along, not on the whole span', () => {
    const full: [number, number] = [Date.UTC(2019, 11, 1), Date.UTC(2024, 6, 1)];
    const latest = events[3];
    const [from, to] = openingWindow(latest, full);
    expect(to - from).to.be.closeTo((full[1] - full[0]) / 6, 1);
    expect((latest.start.time - from) / (to - from)).to.be.closeTo(0.75, 1e-9);
    const [a, b] = openingWindow(latest, [Date.UTC(2024, 4, 1), Date.UTC(2024, 5, 1)]);
    expect(b - a, 'at least two months').to.equal(60 * DAY);
  });

  it('stretches the span to today only when the Today line is drawn', () => {
    const extent: [number, number] = [Date.UTC(2020, 0, 1), Date.UTC(2024, 5, 1)];
    const now = Date.UTC(2025, 0, 1);
    expect(spanWithToday(extent, null)).to.deep.equal(extent);
    expect(spanWithToday(extent, now)).to.deep.equal([extent[0], now + DAY]);
    expect(spanWithToday(null, null)).to.equal(null);
  });
});

describe('the Today line in the scene', () => {
  const measure = (text: string) => text.length * 6;
  const scene = (view: [number, number], width = 1000) =>
    buildTrackScene({
      index: new TimelineIndex(events),
      categories: [{ id: 'other', label: 'Other', color: '#555555' }],
      eras: [],
      eraRows: [],
      hidden: new Set(),
      view,
      width,
      rtl: false,
      lang: 'en',
      digits: 'auto',
      text: (value) => localize(value, 'en'),
      measure,
      formatCount: String,
      today: { time: Date.UTC(2024, 6, 1), label: 'Today' },
    });

  it('draws it where today is, labelled on the axis, with no tick label under its label', () => {
    const view: [number, number] = [Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)];
    const result = scene(view);
    const x = ((Date.UTC(2024, 6, 1) - view[0]) / (view[1] - view[0])) * 1000;
    expect(result.today!.x).to.be.closeTo(x, 1e-6);
    expect(result.today!.label).to.equal('Today');
    const half = (measure('Today') * 11) / 12 / 2;
    for (const tick of result.ticks.filter((t) => t.label)) {
      const tickHalf = (measure(tick.label) * 11) / 12 / 2;
      expect(Math.abs(tick.labelX - result.today!.labelX), tick.label).to.be.greaterThan(half + tickHalf);
    }
    expect(result.ticks.some((t) => t.label)).to.equal(true);
  });

  it('leaves it out when today is not in view', () => {
    expect(scene([Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1)]).today).to.equal(undefined);
  });
});
