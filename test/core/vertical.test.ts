import { expect } from '@open-wc/testing';
import { BREAK_HEIGHT, ENTRY_GAP, entriesInView, layoutVertical, spanOf, verticalMarkers, yAt, type VerticalLayout } from '../../src/core/vertical.js';
import { DAY } from '../../src/core/time.js';

const at = (iso: string) => Date.parse(`${iso}T00:00Z`);
const ENTRY = 60;

function layout(isos: string[], options: { alternate?: boolean; newestFirst?: boolean; heights?: number[] } = {}): VerticalLayout {
  const times = isos.map(at);
  return layoutVertical({
    times,
    height: (i) => options.heights?.[i] ?? ENTRY,
    entryHeight: ENTRY,
    alternate: options.alternate ?? false,
    newestFirst: options.newestFirst ?? false,
  });
}

/** Every pair of entries on one side, and every break, keep apart. */
function expectNoOverlap(result: VerticalLayout, heights: (i: number) => number) {
  const boxes = result.tops.map((top, k) => ({ top, bottom: top + heights(result.order[k]), side: result.sides[k] }));
  for (let a = 0; a < boxes.length; a++) {
    for (let b = a + 1; b < boxes.length; b++) {
      if (boxes[a].side !== boxes[b].side) continue;
      expect(boxes[a].bottom <= boxes[b].top || boxes[b].bottom <= boxes[a].top, `entries ${a} and ${b} overlap`).to.equal(true);
    }
    for (const gap of result.breaks) {
      expect(boxes[a].bottom <= gap.top || gap.top + gap.height <= boxes[a].top, `entry ${a} overlaps a break`).to.equal(true);
    }
  }
}

describe('layoutVertical', () => {
  it('draws the oldest event at the top, in time order, and the newest first when asked', () => {
    const isos = ['2000-07-19', '2001-08-04', '2002-08-23', '2011-08-24'];
    const down = layout(isos);
    expect(down.order).to.deep.equal([0, 1, 2, 3]);
    const up = layout(isos, { newestFirst: true });
    expect(up.order).to.deep.equal([3, 2, 1, 0]);
    for (const result of [down, up]) {
      for (let k = 1; k < result.tops.length; k++) expect(result.tops[k]).to.be.above(result.tops[k - 1]);
    }
  });

  it('follows time: a gap twice as long is drawn about twice as tall', () => {
    // Monthly events, then a two-month gap: neither is long enough to be compressed.
    const result = layout(['2024-01-01', '2024-02-01', '2024-03-01', '2024-04-01', '2024-06-01', '2024-07-01']);
    const oneMonth = result.tops[3] - result.tops[2];
    const twoMonths = result.tops[4] - result.tops[3];
    expect(twoMonths / oneMonth).to.be.within(1.8, 2.2);
    expect(result.breaks).to.have.length(0);
  });

  it('compresses a long quiet stretch into a break that says how long it was', () => {
    const result = layout(['2000-07-19', '2000-09-01', '2000-10-01', '2000-11-01', '2004-11-01', '2004-12-01']);
    expect(result.breaks).to.have.length(1);
    const [gap] = result.breaks;
    expect(gap.span).to.deep.equal({ unit: 'year', amount: 4 });
    expect(gap.height).to.equal(BREAK_HEIGHT);
    expect(gap.top).to.be.at.least(result.tops[3] + ENTRY);
    expect(result.tops[4]).to.equal(gap.top + BREAK_HEIGHT + ENTRY_GAP);
    // Four years take no more room than a few entries.
    expect(result.tops[4] - result.tops[3]).to.be.below(4 * (ENTRY + ENTRY_GAP));
  });

  it('stacks events on one day without overlap, taller open entries included', () => {
    const isos = ['2024-06-19', '2024-06-19', '2024-06-19', '2024-06-20', '2024-06-20'];
    const heights = [ENTRY, 300, ENTRY, ENTRY, ENTRY];
    for (const alternate of [false, true]) {
      const result = layout(isos, { alternate, heights });
      expectNoOverlap(result, (i) => heights[i]);
      expect(result.height).to.be.at.least(Math.max(...result.tops.map((top, k) => top + heights[result.order[k]])));
    }
  });

  it('alternates sides on wide screens, each entry still below the one before', () => {
    const result = layout(['2024-01-01', '2024-01-01', '2024-01-01', '2024-01-01'], { alternate: true });
    expect(result.sides).to.deep.equal([0, 1, 0, 1]);
    for (let k = 1; k < 4; k++) expect(result.tops[k]).to.be.above(result.tops[k - 1]);
    // Events on one day: alternating lets an entry start beside the one before, not below its end.
    expect(result.tops[1]).to.be.below(result.tops[0] + ENTRY);
  });

  it('never overlaps on random stories', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let round = 0; round < 50; round++) {
      const times: number[] = [];
      let t = at('1990-01-01');
      for (let i = 0; i < 60; i++) times.push((t += Math.floor(random() ** 4 * 3000) * DAY));
      const heights = times.map(() => 40 + Math.floor(random() * 200));
      const result = layoutVertical({ times, height: (i) => heights[i], entryHeight: 40, alternate: random() < 0.5, newestFirst: random() < 0.5 });
      expectNoOverlap(result, (i) => heights[i]);
    }
  });

  it('has no height and no entries for no events', () => {
    expect(layout([])).to.deep.equal({ order: [], tops: [], sides: [], breaks: [], height: 0 });
  });
});

describe('entriesInView', () => {
  it('finds exactly the entries that reach into a band of the page', () => {
    const times = Array.from({ length: 500 }, (_, i) => at('2000-01-01') + i * 9 * DAY);
    const result = layoutVertical({ times, height: () => ENTRY, entryHeight: ENTRY, alternate: false, newestFirst: false });
    for (const [from, to] of [
      [0, 500],
      [1234, 2100],
      [result.height - 300, result.height + 50],
    ]) {
      const [start, end] = entriesInView(result, from, to, ENTRY);
      const expected = result.tops.map((top, k) => (top < to && top + ENTRY > from ? k : -1)).filter((k) => k >= 0);
      expect(expected[0]).to.be.at.least(start);
      expect(expected[expected.length - 1]).to.be.below(end);
      // And no more than one entry's worth beyond the band on either side.
      expect(end - start - expected.length).to.be.at.most(2);
    }
  });
});

describe('verticalMarkers', () => {
  it('marks each year the events fall in, from its first event to the next year’s', () => {
    const isos = ['2000-07-19', '2000-09-01', '2001-08-04', '2024-06-19', '2024-06-20'];
    const result = layout(isos);
    const markers = verticalMarkers(isos.map(at), result);
    expect(markers.map((m) => new Date(m.time).getUTCFullYear())).to.deep.equal([2000, 2001, 2024]);
    expect(markers.every((m) => m.unit === 'year')).to.equal(true);
    expect(markers[0].top).to.equal(result.tops[0]);
    expect(markers[0].bottom).to.equal(result.tops[2]);
    expect(markers[2].bottom).to.equal(result.height);
  });

  it('marks months in a story shorter than two years, newest first too', () => {
    const isos = ['2024-05-30', '2024-06-18', '2024-06-19', '2024-07-01'];
    const markers = verticalMarkers(isos.map(at), layout(isos, { newestFirst: true }));
    expect(markers.map((m) => [m.unit, new Date(m.time).toISOString().slice(0, 7)])).to.deep.equal([
      ['month', '2024-07'],
      ['month', '2024-06'],
      ['month', '2024-05'],
    ]);
  });
});

describe('spanOf', () => {
  it('says a span in years, else months, else days', () => {
    expect(spanOf(4 * 365.25 * DAY)).to.deep.equal({ unit: 'year', amount: 4 });
    expect(spanOf(95 * DAY)).to.deep.equal({ unit: 'month', amount: 3 });
    expect(spanOf(12 * DAY)).to.deep.equal({ unit: 'day', amount: 12 });
    expect(spanOf(1000)).to.deep.equal({ unit: 'day', amount: 1 });
  });
});

describe('yAt', () => {
  it('places an instant between the drawn events around it, in proportion, either way up', () => {
    const isos = ['2020-01-01', '2020-01-11', '2020-01-21'];
    const times = isos.map(at);
    for (const newestFirst of [false, true]) {
      const result = layout(isos, { newestFirst });
      const first = result.tops[newestFirst ? 2 : 0];
      const second = result.tops[1];
      expect(yAt(times, result, at('2020-01-06'))).to.be.closeTo((first + second) / 2, 0.001);
      expect(yAt(times, result, at('2020-01-11'))).to.equal(second);
      // Before the first event and after the last, the ends.
      expect(yAt(times, result, at('1999-01-01'))).to.equal(newestFirst ? result.tops[2] : 0);
      expect(yAt(times, result, at('2030-01-01'))).to.equal(newestFirst ? 0 : result.tops[2]);
    }
  });
});
