import { expect } from '@open-wc/testing';
import { Occupancy } from '../../src/core/occupancy.js';

/** A seeded generator of numbers in [0, 1): the same cases on every run. */
function random(seed: number): () => number {
  return () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** The same questions answered the slow way, over a list of taken intervals. */
class Plain {
  taken: Array<[number, number]> = [];
  add(from: number, to: number) {
    this.taken.push([from, to]);
  }
  isFree(from: number, to: number) {
    return this.taken.every(([a, b]) => b <= from || a >= to);
  }
  covered(x: number) {
    return this.taken.some(([a, b]) => a <= x && x < b);
  }
}

describe('Occupancy', () => {
  it('answers whether room is free as a list of every interval taken would', () => {
    const next = random(7);
    for (let round = 0; round < 50; round++) {
      const row = new Occupancy();
      const plain = new Plain();
      for (let i = 0; i < 40; i++) {
        const from = Math.floor(next() * 1000);
        const to = from + 1 + Math.floor(next() * 60);
        row.add(from, to);
        plain.add(from, to);
        const a = Math.floor(next() * 1000);
        const b = a + 1 + Math.floor(next() * 80);
        expect(row.isFree(a, b), `[${a}, ${b}) after ${JSON.stringify(plain.taken)}`).to.equal(plain.isFree(a, b));
      }
    }
  });

  it('measures the free room after and before a point, up to a limit', () => {
    const row = new Occupancy();
    row.add(100, 200);
    row.add(300, 350);
    expect(row.roomAfter(200, 1000)).to.equal(100);
    expect(row.roomAfter(360, 1000)).to.equal(640);
    expect(row.roomAfter(360, 400)).to.equal(40);
    expect(row.roomAfter(150, 1000), 'inside a taken interval').to.equal(0);
    expect(row.roomBefore(300, 0)).to.equal(100);
    expect(row.roomBefore(90, 0)).to.equal(90);
    expect(row.roomBefore(90, 50)).to.equal(40);
    expect(row.roomBefore(150, 0), 'inside a taken interval').to.equal(0);
  });

  it('finds the first free place of a size, or -1 when none is left before the limit', () => {
    const next = random(11);
    for (let round = 0; round < 50; round++) {
      const row = new Occupancy();
      const plain = new Plain();
      for (let i = 0; i < 20; i++) {
        const from = Math.floor(next() * 500);
        const to = from + 1 + Math.floor(next() * 40);
        row.add(from, to);
        plain.add(from, to);
      }
      const from = Math.floor(next() * 500);
      const size = 1 + Math.floor(next() * 30);
      let expected = -1;
      for (let x = from; x + size <= 600; x++) {
        if (plain.isFree(x, x + size)) {
          expected = x;
          break;
        }
      }
      expect(row.firstFree(from, size, 600), `${size} from ${from} in ${JSON.stringify(plain.taken)}`).to.equal(expected);
    }
  });

  it('merges the intervals it is given: a point is taken when any added interval covers it', () => {
    const row = new Occupancy();
    const plain = new Plain();
    for (const [a, b] of [[10, 20], [15, 30], [40, 50], [30, 40], [5, 8]] as const) {
      row.add(a, b);
      plain.add(a, b);
    }
    for (let x = 0; x < 60; x++) expect(!row.isFree(x, x + 0.5), String(x)).to.equal(plain.covered(x));
  });
});
