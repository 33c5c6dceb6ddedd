// The single-file browser build that journalists load with one <script>: it registers the
// element, draws the flagship story and zooms with animated transitions (its d3-color is a
// stand-in, see rollup.config.mjs). Run `npm run build` first; `npm test` does.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';

const BUILD = '/dist/news-timeline.min.js';

describe('the browser build (dist/news-timeline.min.js)', () => {
  before(async () => {
    await import(/* @vite-ignore */ BUILD as string);
  });

  it('registers <news-timeline>, draws the story and zooms with an animated transition', async () => {
    expect(customElements.get('news-timeline'), 'registered').to.exist;
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1000px"><news-timeline></news-timeline></div>`);
    const element = wrapper.querySelector('news-timeline') as HTMLElement & { src: string; zoomIn(): void; select(id: string): boolean };
    const loading = oneEvent(element, 'nt-load');
    element.src = '/src/data/russia-north-korea.json';
    const { detail } = await loading;
    expect(detail.count).to.be.greaterThan(20);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const root = element.shadowRoot!;
    expect(root.querySelectorAll('.mark').length).to.be.greaterThan(5);
    const firstTick = () => root.querySelector('.tick text')!.textContent;
    const before = firstTick();
    const settled = oneEvent(element, 'nt-range-change');
    element.zoomIn();
    // The animation runs through d3-transition's tweens to its end before the range settles.
    const range = (await settled).detail;
    expect(range.end.getTime() - range.start.getTime()).to.be.lessThan(Date.UTC(2025, 0) - Date.UTC(2000, 0));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(firstTick()).not.to.equal(before);
    expect(element.select('vostochny-summit-2023')).to.equal(true);
  });

  it('loads the story view, find and image export from the chunks beside it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:400px"><news-timeline view="story"></news-timeline></div>`);
    const element = wrapper.querySelector('news-timeline') as HTMLElement & { src: string; exportImage(type: string): Promise<Blob> };
    // Listen before loading: the file may come from the cache before a later listener is added.
    const loaded = oneEvent(element, 'nt-load');
    element.src = '/src/data/russia-north-korea.json';
    await loaded;
    const root = element.shadowRoot!;
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    while (!root.querySelector('[part="story"] h2')) await frame();
    // The story's own styles came with it: its buttons are 44 px tall.
    expect(root.querySelector('.story-next')!.getBoundingClientRect().height).to.be.at.least(44);
    const search = root.querySelector<HTMLInputElement>('[part="search"]')!;
    search.value = 'veto';
    search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    while (!root.querySelector('.find-count')!.textContent!.trim()) await frame();
    expect(root.querySelector('.find-count')!.textContent).to.match(/^\d+ of \d+ events match/);
    const svg = await element.exportImage('svg');
    expect(await svg.text()).to.match(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });
});
