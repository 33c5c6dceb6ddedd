// A page open all day: a thousand data swaps, language switches, view switches and pans leave
// the shadow root with the nodes it had after the first round (lit-html's keyed repeat used to
// leave a comment behind per removed item: scripts/lit-end-marker.mjs), so an update touches
// as many nodes at the end as at first.
import { executeServerCommand } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';
import { mountTimeline } from '../support/timeline.js';

/** A story of `count` events whose ids all start with `prefix`, spread over 2000–2024. */
function story(prefix: string, count: number) {
  const categories = ['diplomacy', 'military', 'economy'].map((id) => ({ id, label: id }));
  const events = Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2000, 0, 1) + Math.floor((i * 24 * 365.25 * 86_400_000) / count));
    return {
      id: `${prefix}-${i}`,
      start: day.toISOString().slice(0, 10),
      title: `${prefix} event ${i}`,
      category: categories[i % 3].id,
      importance: (i % 3) + 1,
    };
  });
  return { version: 1, categories, events };
}

/** Every node under the shadow root: elements, text and comments. */
function nodeCount(root: Node): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  let count = 0;
  while (walker.nextNode()) count++;
  return count;
}

describe('a long-running page', () => {
  before(() => executeServerCommand('media-features', [{ name: 'prefers-reduced-motion', value: 'reduce' }]));
  after(() => executeServerCommand('media-features', []));

  it('keeps the same number of nodes after a thousand data swaps, language and view switches and pans', async function () {
    this.timeout(180_000);
    const stories = [story('a', 300), story('b', 300)];
    const element = await mountTimeline(stories[0], 1000);
    const windows: Array<[string, string]> = [
      ['2003-01-01', '2009-12-31'],
      ['2015-01-01', '2021-12-31'],
    ];
    // Eight steps bring the element back to where it started, two of each kind; the story view keeps
    // the track, so nothing clears what the steps might leave in it.
    const steps = [
      () => (element.data = stories[1]),
      () => (element.lang = 'ar'),
      () => (element.view = 'story'),
      () => element.zoomTo(...windows[0]),
      () => (element.data = stories[0]),
      () => (element.lang = 'en'),
      () => (element.view = 'timeline'),
      () => element.zoomTo(...windows[1]),
    ];
    const root = element.shadowRoot!;
    const times: number[] = [];
    let first = 0;
    for (let i = 0; i < 1000; i++) {
      const began = performance.now();
      steps[i % steps.length]();
      await element.updateComplete;
      times.push(performance.now() - began);
      if (i === steps.length - 1) first = nodeCount(root);
    }
    const last = nodeCount(root);
    const mean = (list: number[]) => list.reduce((sum, t) => sum + t, 0) / list.length;
    console.log(
      `long-running: ${first} nodes after the first round, ${last} after 1000 steps (ratio ${(last / first).toFixed(3)}); ` +
        `mean step ${mean(times.slice(8, 88)).toFixed(1)} ms in rounds 2–11, ${mean(times.slice(-80)).toFixed(1)} ms in the last ten`,
    );
    expect(root.querySelectorAll('.mark').length, 'marks drawn at the end').to.be.greaterThan(10);
    expect(last / first, 'nodes at the end ÷ nodes after the first round').to.equal(1);
  });
});
