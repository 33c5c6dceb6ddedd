import { expect } from '@open-wc/testing';
import { contrastRatio, textColorOn } from '../../src/core/contrast.js';
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

  it('writes cluster counts in black or white with 4.5:1 on every category colour', () => {
    for (const color of palette) expect(contrastRatio(textColorOn(color), color), color).to.be.at.least(4.5);
  });
});
