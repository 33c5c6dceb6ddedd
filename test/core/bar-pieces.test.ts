import { expect } from '@open-wc/testing';
import { barPieces, type BarPiece } from '../../src/core/bar-pieces.js';

/** A fading bar's dashes: fainter one after another, all inside the bar from 10 to 110. */
function expectFading(dashes: BarPiece[]): void {
  expect(dashes).to.have.length(4);
  dashes.forEach((dash, i) => {
    expect(dash.opacity).to.be.below(i ? dashes[i - 1].opacity : 1);
    expect(dash.x).to.be.at.least(10);
    expect(dash.x + dash.width).to.be.at.most(110);
  });
}

describe('barPieces', () => {
  it('draws a bar with an end as one solid piece', () => {
    expect(barPieces({ left: 10, right: 110 })).to.deep.equal([{ x: 10, width: 100, opacity: 1 }]);
  });

  it('fades an ongoing bar out to the right: solid from its start, dashes after it', () => {
    const [solid, ...dashes] = barPieces({ left: 10, right: 110, fade: 'right' });
    expect([solid.x, solid.opacity]).to.deep.equal([10, 1]);
    expectFading(dashes);
    expect(dashes[0].x).to.be.at.least(solid.x + solid.width);
    expect(dashes.map((d) => d.x)).to.deep.equal([...dashes.map((d) => d.x)].sort((a, b) => a - b));
  });

  it('fades an ongoing bar out to the left (right to left): the mirror image', () => {
    const [solid, ...dashes] = barPieces({ left: 10, right: 110, fade: 'left' });
    expect([solid.x + solid.width, solid.opacity]).to.deep.equal([110, 1]);
    expectFading(dashes);
    expect(dashes[0].x + dashes[0].width).to.be.at.most(solid.x);
    expect(dashes.map((d) => d.x)).to.deep.equal([...dashes.map((d) => d.x)].sort((a, b) => b - a));
  });

  it('gives a short ongoing bar half of its length to fade in', () => {
    const [solid] = barPieces({ left: 0, right: 20, fade: 'right' });
    expect(solid.width).to.equal(10);
  });
});
