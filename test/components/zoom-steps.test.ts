import { expect, oneEvent } from '@open-wc/testing';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import { flagshipData, mountTimeline, shadow } from '../support/timeline.js';

/** The span of the window nt-range-change reports after some wheel events on the track. */
async function spanAfterWheel(element: NewsTimeline, events: WheelEventInit[]): Promise<number> {
  const svg = shadow(element).querySelector('svg.timeline')!;
  const box = svg.getBoundingClientRect();
  const settled = oneEvent(element, 'nt-range-change');
  for (const init of events) {
    svg.dispatchEvent(new WheelEvent('wheel', { clientX: box.left + box.width / 2, clientY: box.top + 40, bubbles: true, cancelable: true, ...init }));
  }
  const { detail } = await settled;
  return detail.end.getTime() - detail.start.getTime();
}

describe('zoom steps', () => {
  let data: any;
  before(async () => {
    data = await flagshipData();
  });

  it('zooms 1.5 to 2 times for one Ctrl + mouse-wheel notch, either way', async () => {
    const element = await mountTimeline(structuredClone(data), 1280, { start: '2010-01', end: '2015-12' });
    const full = Date.UTC(2016, 0, 1) - Date.UTC(2010, 0, 1);
    const zoomedIn = await spanAfterWheel(element, [{ deltaY: -100, ctrlKey: true }]);
    expect(full / zoomedIn).to.be.within(1.5, 2);
    const zoomedOut = await spanAfterWheel(element, [{ deltaY: 100, ctrlKey: true }]);
    expect(zoomedOut / zoomedIn).to.be.within(1.5, 2);
    // A wheel that counts in lines (3 lines a notch) steps the same way.
    const lines = await spanAfterWheel(element, [{ deltaY: -3, deltaMode: 1, ctrlKey: true }]);
    expect(zoomedOut / lines).to.be.within(1.5, 2);
  });

  it('keeps a trackpad pinch (many small deltas) as smooth and as far-reaching as before', async () => {
    const element = await mountTimeline(structuredClone(data), 1280, { start: '2010-01', end: '2015-12' });
    const full = Date.UTC(2016, 0, 1) - Date.UTC(2010, 0, 1);
    // Twenty pinch events of deltaY -2.5: d3-zoom reads each as 2^0.05, together 2^1.
    const pinch = Array.from({ length: 20 }, () => ({ deltaY: -2.5, ctrlKey: true }));
    const span = await spanAfterWheel(element, pinch);
    expect(full / span).to.be.closeTo(2, 0.05);
  });
});
