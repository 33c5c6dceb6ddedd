import { expect } from '@open-wc/testing';
import { contrastRatio, darkenForWhite, textColorOn } from '../../src/core/contrast.js';
import { DEFAULT_COLORS } from '../../src/core/validate.js';
import { THEMES } from '../../src/components/news-timeline/theme.js';

describe('colour contrast', () => {
  let palette: string[] = [];
  before(async () => {
    const data = await (await fetch('/src/data/russia-north-korea.json')).json();
    palette = [...new Set([...data.categories.map((c: { color: string }) => c.color), ...DEFAULT_COLORS])];
  });

  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).to.be.closeTo(21, 0.01);
    expect(contrastRatio('#777777', '#777777')).to.equal(1);
    expect(contrastRatio('#fff', '#ffffff')).to.equal(1);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`gives every category mark 3:1 against the ${theme} background`, () => {
      for (const color of palette) {
        expect(contrastRatio(color, THEMES[theme].background), `${color} on ${theme}`).to.be.at.least(3);
      }
    });

    it(`gives the ${theme} theme's text 4.5:1 on its backgrounds`, () => {
      const { text, muted, background, surface, accent, error, 'error-surface': errorSurface } = THEMES[theme];
      for (const [fg, bg] of [[text, background], [text, surface], [muted, background], [muted, surface], [accent, surface], [accent, background], [error, errorSurface]]) {
        expect(contrastRatio(fg, bg), `${fg} on ${bg}`).to.be.at.least(4.5);
      }
    });
  }

  it('finds black or white text with 4.5:1 on every category colour', () => {
    for (const color of palette) expect(contrastRatio(textColorOn(color), color), color).to.be.at.least(4.5);
  });

  it('darkens a badge only as far as white text on it needs', () => {
    // Dark enough already: returned as written.
    for (const color of ['#2563eb', '#00f', '#000000']) expect(darkenForWhite(color, 4.5)).to.equal(color);
    for (const color of [...palette, '#0d9488', '#8b5cf6', '#facc15', '#ffffff', '#fff']) {
      const badge = darkenForWhite(color, 4.5);
      expect(contrastRatio(badge, '#ffffff'), `${color} → ${badge}`).to.be.at.least(4.5);
    }
    // The teal is darkened a little, not to black: its hue stays.
    const teal = darkenForWhite('#0d9488', 4.5);
    expect(teal).to.not.equal('#0d9488');
    expect(contrastRatio(teal, '#ffffff')).to.be.below(6);
  });
});
