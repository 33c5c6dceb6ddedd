import { expect } from '@open-wc/testing';
import { glidePath } from '../../src/core/glide.js';

describe('glidePath', () => {
  it('starts at one window and ends exactly at the other', () => {
    const path = glidePath([0, 1000], [600, 700]);
    expect(path(0)).to.deep.equal([0, 1000]);
    expect(path(1)).to.deep.equal([600, 700]);
  });

  it('zooms about the instant that keeps its place, the span changing by an even factor', () => {
    const from = [0, 1000] as const;
    const to = [600, 700] as const;
    const path = glidePath(from, to);
    // 666.67 sits two thirds across both windows.
    const p = 2000 / 3;
    for (const t of [0.1, 0.25, 0.5, 0.75, 0.9]) {
      const [a, b] = path(t);
      expect((p - a) / (b - a), `t = ${t}`).to.be.closeTo(2 / 3, 1e-9);
      expect(b - a).to.be.closeTo(1000 * 0.1 ** t, 1e-6);
    }
  });

  it('zooms out the same way, and slides a window of the same span', () => {
    const out = glidePath([600, 700], [0, 1000]);
    expect(out(0.5)[1] - out(0.5)[0]).to.be.closeTo(Math.sqrt(100 * 1000), 1e-6);
    const slide = glidePath([0, 100], [500, 600]);
    expect(slide(0.5)).to.deep.equal([250, 350]);
  });
});
