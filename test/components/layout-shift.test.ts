// The page around a timeline does not move while it loads: the element takes its view's height
// from the start, and no part of it appears above another and pushes it. Measured as the browser
// does for Core Web Vitals (layout-shift entries), loading from `src` with the server 300 ms late
// (`?delay=300`, web-test-runner.config.mjs). bench/layout-shift.mjs measures the same page by page.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import { DATA_URL, settle, shadow, until } from '../support/timeline.js';

/**
 * The sum of the layout shifts the browser reports while `load` runs. All of them: no reader input
 * happens here, but the browser marks shifts soon after a viewport change as after input.
 */
async function layoutShift(load: () => Promise<void>): Promise<number> {
  const since = performance.now();
  let total = 0;
  const add = (entries: PerformanceEntryList) => {
    for (const entry of entries as Array<PerformanceEntry & { value: number }>) if (entry.startTime >= since) total += entry.value;
  };
  const observer = new PerformanceObserver((list) => add(list.getEntries()));
  observer.observe({ type: 'layout-shift', buffered: true });
  try {
    await load();
  } finally {
    add(observer.takeRecords());
    observer.disconnect();
  }
  return total;
}

/** What each view shows once drawn. */
const DRAWN = { story: '[part="story"] h2', vertical: '[part="vertical"] [data-event-id]', timeline: '[part="track"] .mark', list: '[part="list"] li' };

// The story and the vertical view come first: the first of each in this page loads its chunk from
// the server, as a reader's first visit does (later ones find it in the module cache).
for (const view of ['story', 'vertical', 'timeline', 'list'] as const) {
  for (const lang of ['en', 'ar']) {
    for (const width of [375, 1280]) {
      it(`${view} view, ${lang}, ${width} px: the page does not move while the data loads (CLS at most 0.01)`, async () => {
        await setViewport({ width, height: 800 });
        let element!: NewsTimeline;
        const shift = await layoutShift(async () => {
          const page = await fixture<HTMLElement>(html`<article lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>
            <p>Text above the timeline.</p>
            <news-timeline view=${view} src=${`${DATA_URL}?delay=300&page=${view}-${lang}-${width}`}></news-timeline>
            <p class="below">Text below the timeline, which must not move.</p>
          </article>`);
          element = page.querySelector('news-timeline')!;
          const below = page.querySelector<HTMLElement>('.below')!;
          // While the data loads: the loading line, in the room the view will take.
          await settle(element);
          expect(shadow(element).querySelector('.status')!.textContent).to.match(/Loading|تحميل/);
          expect(below.getBoundingClientRect().top, 'text below the room reserved').to.be.greaterThan(element.getBoundingClientRect().top + 300);
          expect(await until(() => shadow(element).querySelector(DRAWN[view]) !== null, 10000), 'the view is drawn').to.equal(true);
          await settle(element);
        });
        expect(shift).to.be.at.most(0.01);
      });
    }
  }
}

after(async () => {
  await setViewport({ width: 800, height: 600 });
});
