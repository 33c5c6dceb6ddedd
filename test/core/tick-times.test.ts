import { expect } from '@open-wc/testing';
import { utcTicks } from 'd3-time';
import { roundStep, tickTimes } from '../../src/core/tick-times.js';
import { DAY } from '../../src/core/time.js';

/** A seeded sequence of numbers in [0, 1), so a failure can be run again. */
function random(seed: number): () => number {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

describe('tickTimes: the axis ticks of a window', () => {
  /** Whether tickTimes gives D3's ticks for the window; the failure names the window. */
  const sameAsD3 = (from: number, to: number, count: number) =>
    expect(tickTimes(from, to, count), `${from} to ${to}, ${count} ticks`).to.deep.equal(utcTicks(new Date(from), new Date(to), count).map(Number));

  it('ticks where D3’s utcTicks does, on 20,000 random windows a millisecond to 15,000 years long, starting between the years -1200 and 1990', () => {
    const next = random(9);
    const spans = [1, 40, 900, 7e3, 6e4, 4e5, 3.6e6, 2e7, DAY, 4 * DAY, 20 * DAY, 80 * DAY, 300 * DAY, 1000 * DAY, 1e4 * DAY, 1e5 * DAY, 1.6e6 * DAY];
    let compared = 0;
    for (let k = 0; k < 20_000; k++) {
      const from = (next() - 0.7) * 2e12 + (next() < 0.1 ? -1e14 * next() : 0);
      const to = from + spans[k % spans.length] * (0.3 + 3 * next());
      // Up to 45 ticks: a track 4,000 pixels wide.
      const count = 2 + Math.floor(next() * 44);
      if (Math.trunc(to) === Math.trunc(from)) continue;
      sameAsD3(from, to, count);
      compared++;
    }
    expect(compared).to.be.greaterThan(19_000);
  });

  it('ticks as D3 does near the first and the last times a Date holds, and ends at them', () => {
    const limit = 8.64e15;
    for (const span of [60 * DAY, 400 * DAY, 4e4 * DAY, 1e6 * DAY]) {
      for (const count of [2, 7, 30]) {
        sameAsD3(limit - 1.5 * span, limit - 0.5 * span, count);
        sameAsD3(-limit + 0.5 * span, -limit + 1.5 * span, count);
        // Windows that end at those times are not compared: for some (two-day steps up to the
        // last time) D3's utcTicks never returns. Ours do, with dates in the window.
        for (const [from, to] of [[limit - span, limit], [-limit, -limit + span]]) {
          const ticks = tickTimes(from, to, count);
          expect(ticks.every((t, i) => t >= from && t <= to && (i === 0 || t > ticks[i - 1])), `${from} to ${to}`).to.equal(true);
        }
      }
    }
    // Past those times (a padded span around an event in the year 275,760), or not a number: none.
    for (const [from, to] of [[limit - DAY, limit + 20 * DAY], [-limit - 20 * DAY, -limit + DAY], [0, Infinity], [-Infinity, 0], [0, NaN]]) {
      expect(tickTimes(from, to, 10), `${from} to ${to}`).to.deep.equal([]);
    }
    expect(tickTimes(0, DAY, Infinity)).to.deep.equal([]);
  });

  it('steps through the calendar: Sundays, the 1st of months and quarters, round years', () => {
    const weeks = tickTimes(Date.UTC(2024, 0, 1), Date.UTC(2024, 2, 1), 8);
    expect(weeks.map((t) => new Date(t).getUTCDay())).to.deep.equal(weeks.map(() => 0));
    expect(new Date(weeks[0]).toISOString()).to.equal('2024-01-07T00:00:00.000Z');
    const quarters = tickTimes(Date.UTC(2023, 1, 10), Date.UTC(2025, 1, 10), 8);
    expect(quarters.map((t) => new Date(t).toISOString().slice(0, 10))).to.deep.equal([
      '2023-04-01', '2023-07-01', '2023-10-01', '2024-01-01', '2024-04-01', '2024-07-01', '2024-10-01', '2025-01-01',
    ]);
    const decades = tickTimes(Date.UTC(1903, 5, 1), Date.UTC(2024, 5, 1), 6);
    expect(decades.map((t) => new Date(t).getUTCFullYear())).to.deep.equal([1920, 1940, 1960, 1980, 2000, 2020]);
  });

  it('includes both ends when they fall on a tick, and gives none for an empty or reversed window', () => {
    expect(tickTimes(Date.UTC(2020, 0, 1), Date.UTC(2024, 0, 1), 4)).to.deep.equal([2020, 2021, 2022, 2023, 2024].map((y) => Date.UTC(y, 0, 1)));
    expect(tickTimes(5, 5, 4)).to.deep.equal([]);
    expect(tickTimes(10, 5, 4)).to.deep.equal([]);
    expect(tickTimes(0, DAY, 0)).to.deep.equal([]);
  });

  it('rounds steps to 1, 2 or 5 times a power of ten', () => {
    expect([roundStep(10, 10), roundStep(14, 10), roundStep(15, 10), roundStep(40, 10), roundStep(75, 10), roundStep(0.3, 10)]).to.deep.equal([1, 1, 2, 5, 10, 0.02]);
  });
});
