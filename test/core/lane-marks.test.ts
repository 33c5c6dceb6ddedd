import { expect } from '@open-wc/testing';
import { LaneIndex } from '../../src/core/lane-index.js';
import { chooseBars, laneMarks } from '../../src/core/lane-marks.js';
import { timeScale } from '../../src/core/time-scale.js';
import { validateTimeline } from '../../src/core/validate.js';
import { referenceMarks } from '../support/layout-reference.js';

function random(seed: number): () => number {
  return () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const day = (n: number) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

/** Crowded and sparse stretches, ranges among them, in three lanes. */
function timeline(count: number, seed: number) {
  const next = random(seed);
  const raw = Array.from({ length: count }, (_, i) => {
    const start = next() < 0.5 ? Math.floor(next() * 20) : Math.floor(next() * 2000);
    return {
      id: `e${i}`,
      start: day(start),
      ...(next() < 0.25 ? { end: day(start + 1 + Math.floor(next() * 300)) } : {}),
      title: `Event ${i}`,
      category: ['a', 'b', 'c'][Math.floor(next() * 3)],
      importance: 1 + Math.floor(next() * 3),
    };
  });
  return validateTimeline({ categories: ['a', 'b', 'c'].map((id) => ({ id, label: id })), events: raw }).timeline!;
}

describe('laneMarks', () => {
  it('draws the marks the plain layout of every event draws, in many windows', () => {
    const next = random(21);
    const badge = (n: number) => Math.max(20, String(n).length * 6 + 8);
    for (let round = 0; round < 40; round++) {
      const t = timeline(400, round + 1);
      const index = new LaneIndex(t.events);
      const from = Date.UTC(2020, 0, 1) + next() * 1500 * 86_400_000;
      const window: [number, number] = [from, from + (1 + next() * 800) * 86_400_000];
      const width = 400 + Math.floor(next() * 800);
      const position = timeScale(window, [0, width]);
      const lanes = new Map([['a', 0], ['b', 1], ['c', 2]]);
      const marks = laneMarks({ index, window, lanes, position, width, radius: 6, gap: 4, maxCluster: 40, countWidth: (n) => String(n).length * 6 });
      const expected = referenceMarks({ events: t.events, window, lanes, position, width, radius: 6, gap: 4, maxCluster: 40, badge });
      const shape = (m: { lane: number; from: number; to: number; isRange: boolean }) => `${m.lane} ${m.from.toFixed(3)} ${m.to.toFixed(3)} ${m.isRange}`;
      expect(marks.map(shape), `round ${round}`).to.deep.equal(expected.map(shape));
      expect(marks.map((m) => m.events.map((e) => e.id))).to.deep.equal(expected.map((m) => m.ids));
      expect(marks.map((m) => m.lead.id)).to.deep.equal(expected.map((m) => m.lead));
    }
  });

  it('chooses bars that never overlap nor come within the gap, each at least the least width', () => {
    const t = timeline(600, 99);
    const lane = new LaneIndex(t.events).lane('a')!;
    const window: [number, number] = [Date.UTC(2020, 0, 1), Date.UTC(2025, 6, 1)];
    const scale = timeScale(window, [0, 1000]);
    const bars = chooseBars(lane, window, scale, 12, 4);
    expect(bars.length).to.be.greaterThan(0);
    const boxes = bars.map((i) => [scale(lane.starts[i]), scale(lane.untils[i]), lane.importance[i]] as const).sort((x, y) => x[0] - y[0]);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i][0], 'apart by the gap').to.be.at.least(boxes[i - 1][1] + 4);
    expect(boxes.every(([a, b]) => b - a >= 12), 'longer than the least width').to.equal(true);
  });
});
