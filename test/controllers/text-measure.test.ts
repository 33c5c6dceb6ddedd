import { expect } from '@open-wc/testing';
import { mountTimeline, settle, shadow, watchMeasures } from '../support/timeline.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('TextMeasureController', () => {
  it('finds the label font for Latin and Arabic while the page is idle before any data, and measures in it', async () => {
    const { measureText } = CanvasRenderingContext2D.prototype;
    const measured: { text: string; font: string }[] = [];
    CanvasRenderingContext2D.prototype.measureText = function (this: CanvasRenderingContext2D, text: string) {
      measured.push({ text, font: this.font });
      return measureText.call(this, text);
    };
    try {
      const element = await mountTimeline(undefined, 800);
      for (let i = 0; i < 40 && measured.length < 2; i++) await sleep(50);
      // First (the page's rehearsal of a first render, if it has begun, measures after them).
      expect(measured.slice(0, 2).map((m) => m.text)).to.deep.equal(['Aa 0123456789', 'عربي ٠١٢٣']);
      const font = measured[0].font;
      expect(font).to.match(/^12px /);
      // The data's labels are measured in the same font, and the samples are not measured again.
      measured.length = 0;
      element.data = { events: [{ id: 'a', start: '2024-06-19', title: 'Pyongyang summit', importance: 3 }] };
      await element.updateComplete;
      expect(shadow(element).querySelector('.mark')).to.exist;
      expect(measured.some((m) => m.text === 'Pyongyang summit' && m.font === font)).to.equal(true);
      expect(measured.some((m) => m.text === 'Aa 0123456789')).to.equal(false);
    } finally {
      CanvasRenderingContext2D.prototype.measureText = measureText;
    }
  });

  it('measures the labels again when a web font arrives (its name is the same, its widths are not)', async () => {
    const element = await mountTimeline({ events: [{ id: 'a', start: '2024-06-19', title: 'Pyongyang summit', importance: 3 }] }, 800);
    const watch = watchMeasures();
    try {
      await settle(element);
      expect(watch.texts).to.not.include('Pyongyang summit');
      document.fonts.dispatchEvent(new Event('loadingdone'));
      await settle(element);
      expect(watch.texts).to.include('Pyongyang summit');
      expect(shadow(element).querySelector('.mark')).to.exist;
    } finally {
      watch.stop();
    }
  });
});
