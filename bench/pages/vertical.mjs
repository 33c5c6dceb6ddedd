// The vertical view: the element is on the page before the timer starts; the timer runs from
// setting `.data` to the second frame after the first entries are in its shadow root.
import { generateTimeline } from '../generate.mjs';
import { drawnAfterTwoFrames, nextFrame } from './harness.mjs';

await customElements.whenDefined('news-timeline');
const element = document.createElement('news-timeline');
element.lang = 'en';
element.setAttribute('view', 'vertical');
document.body.append(element);

window.bench = {
  async render(size) {
    const data = generateTimeline(size);
    const start = performance.now();
    element.data = data;
    await drawnAfterTwoFrames(() => element.shadowRoot.querySelector('.v-entry'));
    return { firstRender: performance.now() - start, entries: element.shadowRoot.querySelectorAll('.v-entry').length, height: element.getBoundingClientRect().height };
  },
  /** Frame gaps while the page scrolls by `step` px a frame for `frames` frames. */
  async scroll(step, frames) {
    const gaps = [];
    let last = await nextFrame();
    for (let i = 0; i < frames; i++) {
      scrollBy(0, step);
      const now = await nextFrame();
      gaps.push(now - last);
      last = now;
    }
    return { gaps, entries: element.shadowRoot.querySelectorAll('.v-entry').length };
  },
};
