import { expect } from '@open-wc/testing';
import { mountTimeline, settle, shadow, watchMeasures } from '../support/timeline.js';


describe('TextMeasureController', () => {
  it('finds the label font for Latin and Arabic while the page is idle before any data, and measures in it', async () => {
    // The page's idle moments, run by hand: the warm-ups wait for them.
    const idle: IdleRequestCallback[] = [];
    const realIdle = window.requestIdleCallback;
    window.requestIdleCallback = (work) => idle.push(work);
    const measured = watchMeasures();
    try {
      const element = await mountTimeline(undefined, 800);
      expect(measured.texts, 'nothing measured before the page is idle').to.deep.equal([]);
      for (const work of idle.splice(0)) work({ didTimeout: false, timeRemaining: () => 50 });
      expect(measured.texts).to.deep.equal(['Aa 0123456789', 'عربي ٠١٢٣']);
      const font = measured.fonts[0];
      expect(font).to.match(/^12px /);
      // The data's labels are measured in the same font, and the samples are not measured again.
      measured.texts.length = measured.fonts.length = 0;
      element.data = { events: [{ id: 'a', start: '2024-06-19', title: 'Pyongyang summit', importance: 3 }] };
      await element.updateComplete;
      expect(shadow(element).querySelector('.mark')).to.exist;
      const at = measured.texts.indexOf('Pyongyang summit');
      expect(at).to.be.at.least(0);
      expect(measured.fonts[at]).to.equal(font);
      expect(measured.texts).to.not.include('Aa 0123456789');
    } finally {
      measured.stop();
      window.requestIdleCallback = realIdle;
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
