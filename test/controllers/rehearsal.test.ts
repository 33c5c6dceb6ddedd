import { expect, fixture, html } from '@open-wc/testing';
import { rehearsalDocument } from '../../src/controllers/rehearsal-controller.js';
import { formatNumber } from '../../src/core/dates.js';
import { localize } from '../../src/core/text.js';
import { TimelineModel } from '../../src/core/timeline-model.js';
import { readTimeline, type ReadResult } from '../../src/formats/index.js';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import { flagshipData, settle, shadow, watchMeasures } from '../support/timeline.js';

// This file's page rehearses once: its first element is connected with no data and left idle.
// (rehearsal-skipped.test.ts checks a page whose element gets its data at once.)

const context = document.createElement('canvas').getContext('2d')!;
context.font = '12px sans-serif';
const measure = (text: string) => context.measureText(text).width;

const rehearsalTitle = (text: string) => /^Event \d+$/.test(text);

/**
 * Waits (up to `ms`) until a condition holds, checking on timers: polling on animation frames, as
 * `until` does, keeps frames coming, and the rehearsal waits for a page with no frame to draw.
 */
async function idleUntil(condition: () => boolean, ms: number): Promise<boolean> {
  const end = performance.now() + ms;
  while (!condition() && performance.now() < end) await new Promise((resolve) => setTimeout(resolve, 50));
  return condition();
}

describe('RehearsalController', () => {
  it('rehearses on a made-up timeline that has what a real first render meets', () => {
    const read = readTimeline(rehearsalDocument()) as ReadResult;
    expect(read.issues).to.deep.equal([]);
    const timeline = read.timeline!;
    expect(timeline.events[0].sources.length).to.equal(1);
    expect(timeline.events[0].summary).to.be.a('string');
    for (const [lang, rtl] of [['en', false], ['ar', true]] as const) {
      const model = new TimelineModel(timeline);
      const scene = model.scene({
        view: model.fullSpan(false),
        width: 800,
        rtl,
        lang,
        digits: 'auto',
        text: (value) => localize(value, lang),
        measure,
        formatCount: (n) => formatNumber(n, lang, 'auto', n >= 1000),
      });
      const kinds = new Set(scene.marks.map((m) => m.kind));
      expect([...kinds].sort(), lang).to.deep.equal(['cluster', 'point', 'range']);
      expect(scene.marks.some((m) => m.kind === 'cluster' && m.count), `${lang}: a cluster with its count`).to.equal(true);
      expect([...new Set(scene.marks.filter((m) => m.size === 1).map((m) => m.lead.importance))].sort(), `${lang}: every importance`).to.deep.equal([1, 2, 3]);
      expect(scene.marks.some((m) => m.label), `${lang}: labels`).to.equal(true);
      expect(scene.eras.length, `${lang}: the era`).to.equal(1);
      expect(new Set(scene.marks.map((m) => m.lane)).size, `${lang}: three lanes`).to.equal(3);
    }
  });

  it('goes through a first render while the page waits for data, and shows none of it', async () => {
    const watch = watchMeasures();
    const added: Node[] = [];
    const observer = new MutationObserver((records) => records.forEach((r) => added.push(...r.addedNodes)));
    const fired: string[] = [];
    const listen = (element: Element) =>
      ['nt-load', 'nt-error', 'nt-select', 'nt-range-change'].forEach((type) => element.addEventListener(type, () => fired.push(type)));
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px"><news-timeline></news-timeline></div>`);
      const element = wrapper.querySelector<NewsTimeline>('news-timeline')!;
      listen(element);
      await settle(element);
      observer.observe(document, { subtree: true, childList: true });
      observer.observe(shadow(element), { subtree: true, childList: true });
      const before = shadow(element).innerHTML;
      // The rehearsal lays out its made-up events (measuring their titles) and renders them,
      // each step when the page has time.
      expect(await idleUntil(() => watch.texts.some(rehearsalTitle), 8000), 'the rehearsal laid out its events').to.equal(true);
      await new Promise((resolve) => setTimeout(resolve, 300));
      observer.disconnect();
      expect(added, 'nodes added to the page or the element').to.deep.equal([]);
      expect(shadow(element).innerHTML).to.equal(before);
      expect(shadow(element).querySelector('.mark, .toolbar, [part="card"]')).to.equal(null);
      expect(fired).to.deep.equal([]);
      expect(element.timeline).to.equal(null);

      // The real data then renders as it would have without the rehearsal: its own lanes, marks
      // and card, nothing of the made-up timeline.
      element.data = await flagshipData();
      await settle(element);
      expect(fired).to.include('nt-load');
      const legend = [...shadow(element).querySelectorAll('[part="legend"] button')].map((b) => b.textContent!.trim());
      expect(legend.length).to.be.greaterThan(1);
      expect(legend.some((text) => /^[ABC]$/.test(text))).to.equal(false);
      const text = shadow(element).textContent ?? '';
      expect(text).to.not.match(/Event \d+|Rehearsal|What happened\./);
      const ids = [...shadow(element).querySelectorAll('.mark[data-event-id]')].map((m) => m.getAttribute('data-event-id')!);
      expect(ids.length).to.be.greaterThan(5);
      expect(ids.every((id) => element.timeline!.events.some((e) => e.id === id))).to.equal(true);
      element.select(ids[0]);
      await settle(element);
      expect(shadow(element).querySelector('[part="card"]')!.textContent).to.contain(localize(element.timeline!.events.find((e) => e.id === ids[0])!.title, 'en'));
    } finally {
      observer.disconnect();
      watch.stop();
    }
  });

  it('rehearses once a page: a second element waiting for data does not', async () => {
    const watch = watchMeasures();
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px"><news-timeline></news-timeline></div>`);
      const element = wrapper.querySelector<NewsTimeline>('news-timeline')!;
      await settle(element);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(watch.texts.filter(rehearsalTitle)).to.deep.equal([]);
    } finally {
      watch.stop();
    }
  });
});
