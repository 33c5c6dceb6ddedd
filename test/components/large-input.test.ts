// Large files: over the size limit they are refused with both sizes said; under it, a large
// file is read in a worker (the page stays free) and drawn like any other, and where no worker
// may start the text is still read.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import { readOffThread } from '../../src/formats/off-thread.js';
import { OFF_THREAD_MIN } from '../../src/formats/reader.js';
import { settle, shadow } from '../support/timeline.js';

/** A story of `count` events with some words each: about 240 bytes an event. */
export function bigStory(count: number): string {
  const events = Array.from({ length: count }, (_, i) => ({
    id: `event-${i}`,
    start: new Date(Date.UTC(1990, 0, 1) + i * 3_600_000).toISOString().slice(0, 10),
    title: `Event ${i}`,
    summary: `What happened in event ${i}, told in a sentence or two as a newsroom would write it, with a source.`,
    sources: [{ title: 'Report', url: `https://news.example/${i}` }],
  }));
  return JSON.stringify({ version: 1, events });
}

const blobUrl = (text: string) => URL.createObjectURL(new Blob([text], { type: 'application/json' }));
const panel = (element: NewsTimeline) => shadow(element).querySelector<HTMLElement>('[part="error"]');

async function mount(attrs: Record<string, string> = {}): Promise<NewsTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1000px"><news-timeline></news-timeline></div>`);
  const element = wrapper.querySelector('news-timeline')!;
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  return element;
}

describe('a large data file', function () {
  this.timeout(60_000);

  it('over max-size is refused, saying its size and the limit in the reader’s language', async () => {
    const element = await mount({ 'max-size': '0.5' });
    const failed = oneEvent(element, 'nt-error');
    element.src = blobUrl(bigStory(4000));
    const { detail } = await failed;
    await settle(element);
    expect(element.timeline).to.equal(null);
    expect(detail.issues[0].message).to.match(/is 1(\.\d)? MB, more than the 0\.5 MB this timeline accepts \(max-size\)$/);
    expect(panel(element)!.querySelector('.failure')!.textContent).to.match(/^The data file is 1(\.\d)? MB, more than the 0\.5 MB this timeline accepts\./);
    element.lang = 'ar';
    await settle(element);
    const megabytes = new Intl.NumberFormat('ar', { style: 'unit', unit: 'megabyte' }).format(0.5);
    expect(panel(element)!.querySelector('.failure')!.textContent).to.match(/^حجم ملف البيانات /).and.contain(megabytes);
  });

  it('under max-size loads, and .data text past the limit is refused too', async () => {
    const element = await mount({ 'max-size': '2' });
    const loaded = oneEvent(element, 'nt-load');
    element.src = blobUrl(bigStory(4000));
    expect((await loaded).detail.count).to.equal(4000);
    const failed = oneEvent(element, 'nt-error');
    element.data = bigStory(12_000);
    expect((await failed).detail.issues[0]).to.deep.include({ path: 'data' });
    await settle(element);
    expect(element.timeline!.events, 'the earlier data stays').to.have.length(4000);
  });

  it('is read in a worker, from its own script beside the element’s, and drawn', async () => {
    const text = bigStory(20_000);
    expect(text.length).to.be.greaterThan(OFF_THREAD_MIN);
    const element = await mount();
    const loaded = oneEvent(element, 'nt-load');
    element.src = blobUrl(text);
    expect((await loaded).detail.count).to.equal(20_000);
    await settle(element);
    expect(shadow(element).querySelectorAll('.mark').length).to.be.greaterThan(0);
    const scripts = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(scripts).to.include('/src/formats/read-worker.js');
  });

  it('is taken in and drawn once: one nt-load with every event, from src and from .data text alike', async () => {
    for (const give of ['src', 'data'] as const) {
      const element = await mount();
      const loads: number[] = [];
      element.addEventListener('nt-load', (event) => loads.push(event.detail.count));
      const text = bigStory(12_000);
      expect(text.length).to.be.greaterThan(OFF_THREAD_MIN);
      const loaded = oneEvent(element, 'nt-load');
      if (give === 'src') element.src = blobUrl(text);
      else element.data = text;
      await loaded;
      await settle(element);
      expect(loads, give).to.deep.equal([12_000]);
      const ids = element.timeline!.events.map((event) => event.id).sort();
      expect(ids, give).to.deep.equal(Array.from({ length: 12_000 }, (_, i) => `event-${i}`).sort());
      expect(shadow(element).querySelectorAll('.mark').length, give).to.be.greaterThan(0);
    }
  });

  it('gives way to a newer src, whether it comes while the large one is read or between its indexing and its first draw', async () => {
    const small = 'data:application/json,' + encodeURIComponent(JSON.stringify({ events: [{ id: 'only', start: '2024', title: 'Only' }] }));
    const large = blobUrl(bigStory(12_000));
    // While it is read: a second element reading the same file says when the first would have had it.
    const element = await mount();
    const clock = await mount();
    const loads: number[] = [];
    element.addEventListener('nt-load', (event) => loads.push(event.detail.count));
    const clockLoaded = oneEvent(clock, 'nt-load');
    element.src = large;
    clock.src = large;
    await element.updateComplete;
    element.src = small;
    await clockLoaded;
    await settle(clock);
    await settle(element);
    expect(loads).to.deep.equal([1]);
    expect(shadow(element).querySelector('.mark[data-event-id="only"]')).to.not.equal(null);
    // Between its indexing (nt-load) and its first draw.
    const later = await mount();
    const laterLoads: number[] = [];
    later.addEventListener('nt-load', (event) => {
      laterLoads.push(event.detail.count);
      if (laterLoads.length === 1) later.src = small;
    });
    const both = new Promise<void>((resolve) => later.addEventListener('nt-load', () => laterLoads.length === 2 && resolve()));
    later.src = large;
    await both;
    await settle(later);
    expect(laterLoads).to.deep.equal([12_000, 1]);
    expect(later.timeline!.events.map((event) => event.id)).to.deep.equal(['only']);
    expect([...shadow(later).querySelectorAll('.mark')].map((mark) => mark.getAttribute('data-event-id'))).to.deep.equal(['only']);
  });

  it('read in a worker and then cancelled gives nothing', async () => {
    const abort = new AbortController();
    const pending = readOffThread(bigStory(5000), {}, abort.signal);
    abort.abort();
    expect((await pending).timeline).to.equal(null);
  });
});

describe('a src address with invisible characters', () => {
  it('is named in the panel with them written out', async () => {
    const element = await mount();
    const failed = oneEvent(element, 'nt-error');
    element.src = '/no/such/\u202efile.json';
    await failed;
    await settle(element);
    const text = panel(element)!.textContent!;
    expect(text).to.contain('"/no/such/\\u202Efile.json"');
    expect(text.includes('\u202e'), 'a raw override').to.equal(false);
  });
});
