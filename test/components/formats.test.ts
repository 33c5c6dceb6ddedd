import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import { HOSTILE_TEXT, HOSTILE_URLS } from '../fixtures/hostile.js';
import { settle, shadow, visibleIds } from '../support/timeline.js';

const TEMPLATES = '/node_modules/@knight-lab/timelinejs/src/template';

async function empty(width = 1280): Promise<NewsTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"><news-timeline></news-timeline></div>`);
  return wrapper.querySelector('news-timeline')!;
}

/** Sets a source and waits until the element has read it (a lazy reader may load first). */
async function loadInto(element: NewsTimeline, set: () => void): Promise<number> {
  const loaded = oneEvent(element, 'nt-load');
  set();
  const { detail } = await loaded;
  await settle(element);
  return detail.count;
}

const errorPaths = (element: NewsTimeline) => [...shadow(element).querySelectorAll('[part="error"] li code')].map((code) => code.textContent);

describe('<news-timeline> with TimelineJS3 and CSV data', () => {
  it('reads a TimelineJS3 object given as .data and draws its events', async () => {
    const element = await empty();
    const count = await loadInto(element, () => {
      element.data = {
        title: { text: { headline: 'Imported' } },
        events: [
          { start_date: { year: 2000, month: 7, day: 19 }, text: { headline: 'Putin in Pyongyang', text: '<p>First <b>visit</b></p>' }, group: 'Diplomacy' },
          { start_date: { year: 2024, month: 6 }, text: { headline: 'Treaty' }, group: 'Diplomacy' },
        ],
      };
    });
    expect(count).to.equal(2);
    expect(visibleIds(element)).to.have.members(['putin-in-pyongyang-2000-07-19', 'treaty-2024-06']);
  });

  it('loads TimelineJS3’s eras template from src, eras included', async () => {
    const element = await empty();
    expect(await loadInto(element, () => (element.src = `${TEMPLATES}/eras.json`))).to.equal(20);
    expect(element.timeline!.eras).to.have.length(3);
    expect(shadow(element).querySelector('[part="error"]')).to.equal(null);
  });

  it('loads TimelineJS3’s CSV template from src, detected by its extension', async () => {
    const element = await empty();
    expect(await loadInto(element, () => (element.src = `${TEMPLATES}/my-own-timeline.csv`))).to.equal(10);
    expect(element.timeline!.title).to.equal('MY OWN CSV');
  });

  it('reads CSV given as text when format="csv"', async () => {
    const element = await empty();
    element.setAttribute('format', 'csv');
    const count = await loadInto(element, () => (element.data = 'id,start,title\na,2024-06-19,One\nb,2024-07,Two'));
    expect(count).to.equal(2);
    expect(visibleIds(element)).to.have.members(['a', 'b']);
  });

  it('shows the cosmology template’s one placeable event and lists the others with their paths', async () => {
    const element = await empty();
    expect(await loadInto(element, () => (element.src = `${TEMPLATES}/cosmo.json`))).to.equal(1);
    expect(errorPaths(element)).to.deep.equal([0, 1, 2, 3, 4, 5].map((i) => `events[${i}].start_date.year`));
    // Year -3500 in TimelineJS3 is 3500 BCE, and says so.
    const mark = shadow(element).querySelector('.mark[data-event-id]')!;
    expect(mark.getAttribute('aria-label')).to.match(/3500 BC/);
  });

  it('never runs or inserts data from TimelineJS3 or CSV as markup', async () => {
    (window as any).__pwned = 0;
    const events = HOSTILE_TEXT.map((text, i) => ({
      start_date: { year: 2000 + i },
      text: { headline: text, text: `<p>${text}</p><a href="${HOSTILE_URLS[i % HOSTILE_URLS.length].replace(/"/g, '&quot;')}">${text}</a>` },
      media: { url: HOSTILE_URLS[i % HOSTILE_URLS.length], caption: text, credit: text },
      group: text,
    }));
    const element = await empty();
    await loadInto(element, () => (element.data = { events }));
    element.view = 'list';
    await settle(element);
    const root = shadow(element);
    expect(root.querySelectorAll('script, iframe, object, embed, style:not([data-lit])').length).to.equal(0);
    for (const link of root.querySelectorAll('a[href]')) expect(link.getAttribute('href')).to.match(/^https?:/);
    expect(root.querySelector('.list img[onerror], .list svg[onload]')).to.equal(null);
    expect((window as any).__pwned).to.equal(0);
  });
});
