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

  it('goes through a first render once a page while it waits for data, and shows none of it', async () => {
    const watch = watchMeasures();
    // Lit makes each template's nodes with importNode: which templates the rehearsal rendered.
    const { importNode } = Document.prototype;
    const imported: string[] = [];
    Document.prototype.importNode = function <T extends Node>(this: Document, node: T, deep?: boolean): T {
      if (node instanceof DocumentFragment) {
        for (const part of ['toolbar', 'track', 'card']) if (node.querySelector(`[part="${part}"]`)) imported.push(part);
        if (node.querySelector('.mark')) imported.push('mark');
      }
      return importNode.call(this, node, deep) as T;
    };
    const added: Node[] = [];
    const observer = new MutationObserver((records) => records.forEach((r) => added.push(...r.addedNodes)));
    const fired: string[] = [];
    const listen = (element: Element) =>
      ['nt-load', 'nt-error', 'nt-select', 'nt-range-change'].forEach((type) => element.addEventListener(type, () => fired.push(type)));
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px"><div class="first"></div><div class="then"></div></div>`);
      const element = document.createElement('news-timeline') as NewsTimeline;
      listen(element);
      wrapper.querySelector('.first')!.append(element);
      // Moved before the page is idle, as a framework may do: it still rehearses once.
      wrapper.querySelector('.then')!.append(element);
      await element.updateComplete;
      observer.observe(document, { subtree: true, childList: true });
      observer.observe(shadow(element), { subtree: true, childList: true });
      const before = shadow(element).innerHTML;
      // The rehearsal lays out its made-up events (measuring their titles), then renders the
      // toolbar, the track's marks and the card, once the page has been idle a while.
      expect(await idleUntil(() => imported.includes('card'), 8000), 'the rehearsal rendered the card').to.equal(true);
      expect(watch.texts.some(rehearsalTitle), 'it laid out its events').to.equal(true);
      expect(imported).to.include.members(['toolbar', 'track', 'mark']);
      // A second element that waits for its data does not rehearse again; nor does the first.
      const measuredBefore = watch.texts.length;
      const second = document.createElement('news-timeline') as NewsTimeline;
      wrapper.querySelector('.first')!.append(second);
      await new Promise((resolve) => setTimeout(resolve, 2000));
      observer.disconnect();
      expect(imported.filter((part) => part === 'card'), 'one card rendered').to.have.length(1);
      expect(watch.texts.slice(measuredBefore).filter(rehearsalTitle), 'titles measured again').to.deep.equal([]);
      second.remove();
      expect(added.filter((node) => node !== second), 'nodes added to the page or the element').to.deep.equal([]);
      expect(shadow(element).innerHTML).to.equal(before);
      expect(shadow(element).querySelector('.mark, [part="toolbar"], [part="card"]')).to.equal(null);
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
      Document.prototype.importNode = importNode;
    }
  });
});
