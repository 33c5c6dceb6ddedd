// news-timeline: the element is on the page before the timer starts; the timer runs from
// setting `.data` to the second frame after `nt-load` with marks in its shadow root.
import { install, drawnAfterTwoFrames } from './harness.mjs';

await customElements.whenDefined('news-timeline');
const element = document.createElement('news-timeline');
element.lang = 'en';
document.getElementById('stage').append(element);
let doc = null;
let problems = 0;
element.addEventListener('nt-error', (event) => (problems += event.detail.issues.length));

install({
  prepare(data) {
    doc = data;
  },
  async render() {
    const loaded = new Promise((resolve) => element.addEventListener('nt-load', resolve, { once: true }));
    element.data = doc;
    await loaded;
    await drawnAfterTwoFrames(() => element.shadowRoot.querySelector('.mark'));
  },
  release() {
    doc = null; // the element keeps its own reference
  },
  target: () => element.shadowRoot.querySelector('[part="track"]'),
  info: () => ({ problems, marks: element.shadowRoot.querySelectorAll('.mark').length }),
});
