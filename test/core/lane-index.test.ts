import { expect } from '@open-wc/testing';
import { LaneIndex, eventColumns, firstAtLeast } from '../../src/core/lane-index.js';
import { validateTimeline } from '../../src/core/validate.js';
import type { TimelineEvent } from '../../src/core/types.js';

/** A seeded generator of numbers in [0, 1): the same events on every run. */
function random(seed: number): () => number {
  return () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const day = (n: number) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

/** Events in two lanes, some on the same day, a third of them ranges, in time order. */
function events(count: number, seed: number): TimelineEvent[] {
  const next = random(seed);
  const raw = Array.from({ length: count }, (_, i) => {
    const start = Math.floor(next() * 400);
    return {
      id: `e${i}`,
      start: day(start),
      ...(next() < 0.3 ? { end: day(start + 1 + Math.floor(next() * 60)) } : {}),
      title: `Event ${i}`,
      category: next() < 0.6 ? 'a' : 'b',
      importance: 1 + Math.floor(next() * 3),
    };
  });
  return validateTimeline({ categories: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }], events: raw }).timeline!.events;
}

describe('LaneIndex', () => {
  const all = events(300, 3);
  const index = new LaneIndex(all);
  const lanes = ['a', 'b'].map((category) => ({ category, lane: index.lane(category)!, members: all.filter((e) => e.category === category) }));

  it('keeps each category\'s events in time order, with their places among all the events', () => {
    for (const { lane, members } of lanes) {
      expect(lane.events).to.deep.equal(members);
      expect([...lane.order].map((at) => all[at])).to.deep.equal(members);
      expect([...lane.starts]).to.deep.equal(members.map((e) => e.start.time));
      expect([...lane.untils]).to.deep.equal(members.map((e) => e.until));
    }
    expect(index.lane('missing')).to.equal(undefined);
  });

  it('finds every event touching a window within its span, the way a filter over them all would', () => {
    const next = random(5);
    for (let round = 0; round < 200; round++) {
      const from = Date.UTC(2020, 0, 1) + next() * 420 * 86_400_000;
      const to = from + next() * 90 * 86_400_000;
      for (const { lane, members } of lanes) {
        const [lo, hi] = lane.span(from, to);
        const found = [];
        for (let i = lo; i < hi; i++) if (lane.untils[i] > from) found.push(lane.events[i]);
        expect(found.map((e) => e.id)).to.deep.equal(members.filter((e) => e.until > from && e.start.time < to).map((e) => e.id));
      }
    }
  });

  it('orders the ranges as they claim room as bars: more important, then longer, then earlier', () => {
    for (const { lane } of lanes) {
      const ranges = [...lane.ranges];
      expect(ranges.every((i) => lane.isRange[i] === 1)).to.equal(true);
      expect(ranges.length).to.equal(lane.events.filter((e) => e.end !== undefined).length);
      for (let r = 1; r < ranges.length; r++) expect(lane.claimOrder(ranges[r - 1], ranges[r])).to.be.lessThan(0);
      expect([...lane.rangeStarts]).to.deep.equal(ranges.map((i) => lane.starts[i]));
    }
  });

  it('points from each position to the next event of importance 3, and of 2 or more', () => {
    for (const { lane } of lanes) {
      for (let i = 0; i < lane.size; i++) {
        const next3 = lane.events.findIndex((e, j) => j >= i && e.importance === 3);
        const next2 = lane.events.findIndex((e, j) => j >= i && e.importance >= 2);
        expect(lane.next3[i]).to.equal(next3 < 0 ? lane.size : next3);
        expect(lane.next2[i]).to.equal(next2 < 0 ? lane.size : next2);
      }
    }
  });

  it('finds the first gap between starts at least as long as asked, skipping whole blocks', () => {
    const next = random(9);
    for (const { lane } of lanes) {
      for (let round = 0; round < 200; round++) {
        const from = Math.floor(next() * lane.size);
        const to = from + Math.floor(next() * (lane.size - from + 1));
        const gap = next() * 5 * 86_400_000;
        let expected = to;
        for (let i = from; i < to; i++) {
          const between = i === 0 ? Infinity : lane.starts[i] - lane.starts[i - 1];
          if (between >= gap) {
            expected = i;
            break;
          }
        }
        expect(lane.firstGapAtLeast(from, to, gap), `[${from}, ${to}) ${gap}`).to.equal(expected);
      }
    }
  });

  it('reads each event once into columns: starts, ends, importance, ranges and lanes', () => {
    const columns = eventColumns(all);
    expect([...columns.starts]).to.deep.equal(all.map((e) => e.start.time));
    expect([...columns.isRange]).to.deep.equal(all.map((e) => (e.end ? 1 : 0)));
    expect(columns.laneSizes.reduce((a, b) => a + b)).to.equal(all.length);
    expect([...columns.laneOf].map((lane) => columns.laneNames[lane])).to.deep.equal(all.map((e) => e.category));
  });

  it('searches sorted values for the first at least a target', () => {
    const values = Float64Array.from([1, 3, 3, 5]);
    expect([0, 1, 2, 3, 4, 5, 6].map((t) => firstAtLeast(values, t))).to.deep.equal([0, 0, 1, 1, 3, 3, 4]);
  });
});
