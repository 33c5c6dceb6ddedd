import { expect, fixture, html } from '@open-wc/testing';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import { settle, shadow, watchMeasures } from '../support/timeline.js';

// A page of its own (each test file is one): its first element is made with its data, so there is
// no time to rehearse in, and none is taken.

describe('RehearsalController, data given at once', () => {
  it('does not rehearse once the data is in, and leaves the rehearsal to a later element that waits', async () => {
    const { texts, stop } = watchMeasures();
    try {
      const data = { events: [{ id: 'a', start: '2024-06-19', title: 'Pyongyang summit', importance: 3 }] };
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px"><news-timeline .data=${data}></news-timeline></div>`);
      const element = wrapper.querySelector<NewsTimeline>('news-timeline')!;
      await settle(element);
      expect(shadow(element).querySelector('.mark')).to.exist;
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(texts.filter((text) => /^Event \d+$/.test(text))).to.deep.equal([]);

      // The page has not rehearsed: an element that then waits for its data does.
      const later = await fixture<HTMLDivElement>(html`<div style="width:900px"><news-timeline></news-timeline></div>`);
      await settle(later.querySelector<NewsTimeline>('news-timeline')!);
      const end = performance.now() + 8000;
      while (!texts.some((text) => /^Event \d+$/.test(text)) && performance.now() < end) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(texts.some((text) => /^Event \d+$/.test(text))).to.equal(true);
    } finally {
      stop();
    }
  });
});
