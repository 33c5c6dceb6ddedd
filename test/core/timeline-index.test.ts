import { expect } from '@open-wc/testing';
import { TimelineIndex } from '../../src/core/timeline-index.js';
import { validateTimeline } from '../../src/core/validate.js';
import type { TimelineEvent } from '../../src/core/types.js';

/** A deterministic pseudo-random generator, so a failure can be replayed. */
function random(seed: number) {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function generate(count: number, seed = 1): TimelineEvent[] {
  const next = random(seed);
  const events = Array.from({ length: count }, (_, i) => {
    const start = new Date(Date.UTC(2000, 0, 1) + Math.floor(next() * 9000) * 86_400_000);
    const long = next() < 0.2;
    const end = long ? new Date(start.getTime() + Math.floor(next() * 2000) * 86_400_000) : undefined;
    return { id: `e-${i}`, start: start.toISOString().slice(0, 10), end: end?.toISOString().slice(0, 10), title: `Event ${i}` };
  });
  return validateTimeline({ events }).timeline!.events;
}

describe('TimelineIndex', () => {
  it('finds exactly the events overlapping a window, as a full scan would', () => {
    const events = generate(2000, 7);
    const index = new TimelineIndex(events);
    const next = random(99);
    for (let i = 0; i < 200; i++) {
      const a = Date.UTC(1999, 0, 1) + next() * 27 * 365 * 86_400_000;
      const b = a + next() * 3 * 365 * 86_400_000;
      const expected = events.filter((e) => e.start.time < b && e.until > a).map((e) => e.id);
      expect(index.query(a, b).map((e) => e.id)).to.deep.equal(expected);
    }
  });

  it('stays correct with one very long early event among many short ones', () => {
    const events = validateTimeline({
      events: [
        { id: 'era-long', start: '2000-01-01', end: '2024-12-31', title: 'Everything' },
        ...Array.from({ length: 500 }, (_, i) => ({ id: `s-${i}`, start: new Date(Date.UTC(2000, 0, 2) + i * 17 * 86_400_000).toISOString().slice(0, 10), title: 's' })),
        { id: 'mid-long', start: '2010-03', end: '2012-08', title: 'Middle' },
      ],
    }).timeline!.events;
    const index = new TimelineIndex(events);
    const next = random(5);
    for (let i = 0; i < 100; i++) {
      const a = Date.UTC(1999, 0, 1) + next() * 27 * 365 * 86_400_000;
      const b = a + next() * 400 * 86_400_000;
      const expected = events.filter((e) => e.start.time < b && e.until > a).map((e) => e.id);
      expect(index.query(a, b).map((e) => e.id)).to.deep.equal(expected);
    }
  });

  it('includes a long range that started before the window', () => {
    const events = validateTimeline({
      events: [
        { id: 'long', start: '2012-09-17', end: '2014-04-18', title: 'Debt' },
        { id: 'short', start: '2013-01-01', title: 'x' },
        { id: 'later', start: '2020-01-01', title: 'y' },
      ],
    }).timeline!.events;
    const index = new TimelineIndex(events);
    expect(index.query(Date.UTC(2014, 0, 1), Date.UTC(2015, 0, 1)).map((e) => e.id)).to.deep.equal(['long']);
    expect(index.query(Date.UTC(2014, 3, 18), Date.UTC(2014, 3, 19)).map((e) => e.id)).to.deep.equal(['long']);
    expect(index.query(Date.UTC(2014, 3, 19), Date.UTC(2019, 0, 1))).to.deep.equal([]);
  });

  it('knows each event’s place in time order and the extent', () => {
    const events = generate(50, 3);
    const index = new TimelineIndex(events);
    events.forEach((e, i) => expect(index.indexOf(e.id)).to.equal(i));
    expect(index.indexOf('missing')).to.equal(-1);
    expect(index.extent()![0]).to.equal(events[0].start.time);
    expect(new TimelineIndex([]).extent()).to.equal(null);
  });

  it('gets an event by id, and undefined for an id it does not hold', () => {
    const events = generate(50, 4);
    const index = new TimelineIndex(events);
    for (const event of events) expect(index.get(event.id)).to.equal(event);
    expect(index.get('missing')).to.equal(undefined);
    expect(index.get('')).to.equal(undefined);
  });

  it('lists the events of the shown categories, each with its place among them', () => {
    const events = validateTimeline({
      categories: [{ id: 'a' }, { id: 'b' }],
      events: Array.from({ length: 30 }, (_, i) => ({ id: `e-${i}`, start: `2001-01-${String(i + 1).padStart(2, '0')}`, category: i % 3 ? 'a' : 'b', title: 't' })),
    }).timeline!.events;
    const index = new TimelineIndex(events);
    const everything = index.shown(new Set());
    expect(everything.events).to.have.length(30);
    expect(everything.placeOf('e-7')).to.equal(7);
    const hidden = new Set(['b']);
    const shown = index.shown(hidden);
    expect(shown.events.map((e) => e.id)).to.deep.equal(events.filter((e) => e.category === 'a').map((e) => e.id));
    shown.events.forEach((event, i) => expect(shown.placeOf(event.id)).to.equal(i));
    expect(shown.placeOf('e-0'), 'a hidden event').to.equal(-1);
    expect(shown.placeOf('missing')).to.equal(-1);
    // The same set asks again at no cost; a new set is worked out anew.
    expect(index.shown(hidden)).to.equal(shown);
    expect(index.shown(new Set(['a'])).events.every((e) => e.category === 'b')).to.equal(true);
  });

  it('builds each lane from the columns read in its one walk over the events, as from the events themselves', () => {
    const categories = ['a', 'b', 'c'];
    const raw = generate(3000, 5).map((e, i) => ({ id: e.id, start: new Date(e.start.time).toISOString().slice(0, 10), end: e.end ? new Date(e.end.time).toISOString().slice(0, 10) : undefined, title: 'T', category: categories[i % 3], importance: (i % 3) + 1 }));
    const events = validateTimeline({ categories: categories.map((id) => ({ id, label: id })), events: raw }).timeline!.events;
    const index = new TimelineIndex(events);
    for (const category of categories) {
      const lane = index.lanes.lane(category)!;
      const members = events.filter((e) => e.category === category);
      expect(lane.events).to.deep.equal(members);
      expect([...lane.order]).to.deep.equal(members.map((e) => events.indexOf(e)));
      expect([...lane.starts]).to.deep.equal(members.map((e) => e.start.time));
      expect([...lane.untils]).to.deep.equal(members.map((e) => e.until));
      expect([...lane.importance]).to.deep.equal(members.map((e) => e.importance));
      expect([...lane.isRange]).to.deep.equal(members.map((e) => (e.end ? 1 : 0)));
      expect([...lane.ranges].every((i) => members[i].end !== undefined)).to.equal(true);
    }
  });
});
