import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import { flagshipData, mountTimeline, settle, shadow, until } from '../support/timeline.js';

let data: any;
before(async () => {
  data = await flagshipData();
});

/** A timeline in the vertical view, once the view's chunk has loaded and drawn its entries. */
async function mountVertical(input: unknown, width: number, attrs: Record<string, string> = {}): Promise<NewsTimeline> {
  const element = await mountTimeline(input, width, { view: 'vertical', ...attrs });
  if (!(await until(() => Boolean(shadow(element).querySelector('[part="vertical"] .v-entry')), 5000))) throw new Error('no vertical view');
  await settle(element);
  return element;
}

const entries = (element: NewsTimeline) => [...shadow(element).querySelectorAll<HTMLElement>('[part="vertical"] .v-entry')];
const idsDown = (element: NewsTimeline) =>
  entries(element)
    .map((entry) => ({ id: entry.dataset.eventId!, top: entry.getBoundingClientRect().top }))
    .sort((a, b) => a.top - b.top)
    .map((entry) => entry.id);

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

/** Scrolls the page through the whole element, collecting every entry drawn on the way. */
async function everyEntryRect(element: NewsTimeline): Promise<Map<string, DOMRect>> {
  const rects = new Map<string, DOMRect>();
  const view = shadow(element).querySelector('[part="vertical"]')!;
  const end = view.getBoundingClientRect().bottom + scrollY;
  for (let y = 0; y < end; y += innerHeight / 2) {
    scrollTo(0, y);
    await settle(element);
    for (const entry of entries(element)) {
      const box = entry.getBoundingClientRect();
      rects.set(entry.dataset.eventId!, new DOMRect(box.x, box.y + scrollY, box.width, box.height));
    }
  }
  scrollTo(0, 0);
  return rects;
}

describe('vertical view', () => {
  afterEach(() => scrollTo(0, 0));

  it('runs down the page in time order, and newest first with order="newest"', async () => {
    const element = await mountVertical(data, 800);
    const inTime = data.events.map((event: any) => event.id);
    const drawn = idsDown(element);
    expect(drawn.length).to.be.greaterThan(3);
    expect(drawn).to.deep.equal(inTime.filter((id: string) => drawn.includes(id)));
    expect(drawn[0]).to.equal(inTime[0]);

    element.setAttribute('order', 'newest');
    await settle(element);
    const newest = idsDown(element);
    expect(newest[0]).to.equal(inTime[inTime.length - 1]);
    expect(newest).to.deep.equal([...inTime].reverse().filter((id: string) => newest.includes(id)));
  });

  for (const lang of ['en', 'ar']) {
    for (const width of [320, 375, 768, 1280]) {
      it(`${lang} at ${width} px: no entries overlap and nothing overflows sideways`, async () => {
        await setViewport({ width: Math.max(width, 400), height: 800 });
        const element = await mountVertical(data, width, { lang });
        const rects = await everyEntryRect(element);
        expect(rects.size).to.equal(data.events.length);
        const boxes = [...rects.entries()];
        for (let a = 0; a < boxes.length; a++) {
          for (let b = a + 1; b < boxes.length; b++) expect(overlaps(boxes[a][1], boxes[b][1]), `${boxes[a][0]} and ${boxes[b][0]}`).to.equal(false);
        }
        const host = element.getBoundingClientRect();
        for (const [id, box] of boxes) {
          expect(box.left, id).to.be.at.least(host.left - 0.5);
          expect(box.right, id).to.be.at.most(host.right + 0.5);
        }
        const outside = [...shadow(element).querySelectorAll('*')].filter((node) => {
          const box = node.getBoundingClientRect();
          return box.width > 0 && (box.left < host.left - 1 || box.right > host.right + 1);
        });
        expect(outside.map((node) => `${node.tagName} ${node.className}`)).to.deep.equal([]);
        // Right to left mirrors the view: the line runs down the right side on narrow screens.
        const line = shadow(element).querySelector('.v-line')!.getBoundingClientRect();
        // Each event's dot sits on the line.
        for (const dot of shadow(element).querySelectorAll('.v-dot')) {
          const box = dot.getBoundingClientRect();
          expect(box.left + box.width / 2, dot.closest('li')!.dataset.eventId).to.be.closeTo(line.left + line.width / 2, 1);
        }
        if (width < 720) expect(lang === 'ar' ? line.left > host.left + host.width / 2 : line.left < host.left + host.width / 2).to.equal(true);
        await setViewport({ width: 800, height: 600 });
      });
    }
  }

  it('says how long a compressed stretch was, and keeps breaks and markers from screen readers', async () => {
    const element = await mountVertical(data, 800);
    const breaks = [...shadow(element).querySelectorAll('.v-break')].map((node) => node.textContent!.trim());
    expect(breaks.length).to.be.greaterThan(0);
    for (const text of breaks) expect(text).to.match(/^\d+ (years?|months?|days?) later$/);
    const view = shadow(element).querySelector('[part="vertical"]')!;
    for (const node of view.querySelectorAll('.v-break, .v-marker, .v-era')) expect(node.closest('[aria-hidden="true"]'), node.className).to.exist;
    // The events are an ordered list of headings with their dates.
    const first = view.querySelector('ol > li.v-entry')!;
    expect(first.querySelector('h3 button')!.textContent!.trim()).to.equal(data.events[0].title.en);
    expect(first.querySelector('time')!.getAttribute('datetime')).to.equal(data.events[0].start);
    expect(first.getAttribute('aria-setsize')).to.equal(String(data.events.length));
  });

  it('has one tab stop; the arrows, Home and End move through events; Enter opens in place and Escape closes', async () => {
    const element = await mountVertical(data, 800);
    const stops = shadow(element).querySelectorAll('[part="vertical"] [tabindex="0"]');
    expect(stops.length).to.equal(1);
    (stops[0] as HTMLElement).focus();
    const focusedId = () => (shadow(element).activeElement as HTMLElement | null)?.closest('.v-entry')?.getAttribute('data-event-id');
    expect(focusedId()).to.equal(data.events[0].id);
    await sendKeys({ press: 'ArrowDown' });
    await settle(element);
    expect(focusedId()).to.equal(data.events[1].id);
    await sendKeys({ press: 'End' });
    await until(() => focusedId() === data.events[data.events.length - 1].id);
    expect(focusedId()).to.equal(data.events[data.events.length - 1].id);
    // The focused event is brought into view.
    const box = shadow(element).activeElement!.getBoundingClientRect();
    expect(box.top).to.be.at.least(0);
    expect(box.bottom).to.be.at.most(innerHeight);
    await sendKeys({ press: 'ArrowUp' });
    await settle(element);
    expect(focusedId()).to.equal(data.events[data.events.length - 2].id);
    await sendKeys({ press: 'Enter' });
    await settle(element);
    const open = shadow(element).querySelector('.v-entry.open')!;
    expect(open.getAttribute('data-event-id')).to.equal(data.events[data.events.length - 2].id);
    expect(open.querySelector('button')!.getAttribute('aria-expanded')).to.equal('true');
    expect(open.querySelector('.summary')!.textContent).to.equal(data.events[data.events.length - 2].summary.en);
    expect(element.selected).to.equal(data.events[data.events.length - 2].id);
    await sendKeys({ press: 'Escape' });
    await settle(element);
    expect(shadow(element).querySelector('.v-entry.open')).to.equal(null);
    expect(element.selected ?? null).to.equal(null);
    expect(focusedId()).to.equal(data.events[data.events.length - 2].id);
    await sendKeys({ press: 'Home' });
    await until(() => focusedId() === data.events[0].id);
    expect(focusedId()).to.equal(data.events[0].id);
  });

  it('opens an entry in place without covering the next one', async () => {
    const element = await mountVertical(data, 375);
    const id = data.events[2].id;
    shadow(element).querySelector<HTMLButtonElement>(`.v-entry[data-event-id="${id}"] button`)!.click();
    await until(() => Boolean(shadow(element).querySelector('.v-entry.open .sources')));
    await settle(element);
    const open = shadow(element).querySelector('.v-entry.open')!.getBoundingClientRect();
    const next = shadow(element).querySelector(`.v-entry[data-event-id="${data.events[3].id}"]`)!.getBoundingClientRect();
    expect(open.bottom).to.be.at.most(next.top + 0.5);
    expect(open.height).to.be.greaterThan(150);
  });

  it('scrolls the page to an event that select() opens, and the wheel scrolls the page', async () => {
    const element = await mountVertical(data, 800);
    const last = data.events[data.events.length - 1].id;
    expect(element.select(last)).to.equal(true);
    const shown = await until(() => {
      const entry = shadow(element).querySelector(`.v-entry[data-event-id="${last}"]`);
      const box = entry?.getBoundingClientRect();
      // Its title on screen (an open entry may be taller than the screen).
      return Boolean(box && box.top >= 0 && box.top + 40 <= innerHeight);
    }, 4000);
    expect(shown, 'the selected entry is on screen').to.equal(true);
    expect(scrollY).to.be.greaterThan(0);
    // Nothing in the view takes the wheel or scrolls on its own: the page does.
    const wheel = new WheelEvent('wheel', { deltaY: 100, bubbles: true, cancelable: true, composed: true });
    shadow(element).querySelector('.v-entry')!.dispatchEvent(wheel);
    expect(wheel.defaultPrevented).to.equal(false);
    for (const node of shadow(element).querySelectorAll('[part="vertical"], [part="vertical"] *')) {
      const { overflowY } = getComputedStyle(node);
      expect(['auto', 'scroll'].includes(overflowY) && node.scrollHeight > node.clientHeight, `${node.className} scrolls`).to.equal(false);
    }
  });

  it('dims what find does not match and hides what the legend hides', async () => {
    const element = await mountVertical(data, 800);
    const input = shadow(element).querySelector<HTMLInputElement>('[part="search"]')!;
    input.value = 'Vostochny';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await until(() => Boolean(shadow(element).querySelector('.v-entry[data-dim]')));
    expect(shadow(element).querySelector('.v-entry[data-dim]')).to.exist;
    const category = data.events[0].category;
    shadow(element).querySelector<HTMLButtonElement>(`[part="legend"] [data-category="${category}"]`)!.click();
    await settle(element);
    for (const entry of entries(element)) {
      const event = data.events.find((e: any) => e.id === entry.dataset.eventId);
      expect(event.category).not.to.equal(category);
    }
  });

  it('keeps 10,000 events as tall as they are, with only those near the screen in the page', async () => {
    const events = Array.from({ length: 10_000 }, (_, i) => ({
      id: `e${i}`,
      start: new Date(Date.UTC(1990, 0, 1) + i * 86_400_000 * 1.3).toISOString().slice(0, 10),
      title: `Event ${i}`,
    }));
    const element = await mountVertical({ events }, 800);
    const view = shadow(element).querySelector('[part="vertical"]')!;
    expect(view.getBoundingClientRect().height).to.be.greaterThan(100_000);
    expect(entries(element).length).to.be.below(200);
    scrollTo(0, view.getBoundingClientRect().top + scrollY + view.getBoundingClientRect().height / 2);
    await until(() => entries(element).some((entry) => Math.abs(entry.getBoundingClientRect().top) < innerHeight));
    const near = entries(element).filter((entry) => {
      const box = entry.getBoundingClientRect();
      return box.bottom > 0 && box.top < innerHeight;
    });
    expect(near.length).to.be.greaterThan(3);
    expect(entries(element).length).to.be.below(200);
    const middle = Number(near[0].dataset.eventId!.slice(1));
    expect(middle).to.be.within(3000, 7000);
  });
});

describe('vertical view: accessibility and pictures', () => {
  let data: any;
  before(async () => {
    data = await flagshipData();
  });

  for (const lang of ['en', 'ar']) {
    it(`${lang}: axe finds nothing, closed and with an event open`, async () => {
      const element = await mountVertical(data, 800, { lang });
      await expect(element).to.be.accessible();
      shadow(element).querySelector<HTMLButtonElement>('.v-entry button')!.click();
      await until(() => Boolean(shadow(element).querySelector('.v-entry.open .summary')));
      await expect(element).to.be.accessible();
    });
  }

  it('exports a picture of the whole story’s track from the vertical view', async () => {
    const element = await mountVertical(data, 800);
    const svg = await (await element.exportImage('svg')).text();
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    // Marks for the events across the story, and its title.
    expect(doc.querySelectorAll('circle, rect').length).to.be.greaterThan(10);
    expect(svg).to.contain(data.title.en);
  });
});

describe('vertical view: links to events', () => {
  let data: any;
  before(async () => {
    data = await flagshipData();
  });
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('opens the event an address names, and keeps the open event in the address', async () => {
    const id = data.events[5].id;
    history.replaceState(null, '', `#${id}`);
    const element = await mountVertical(data, 800, { 'hash-links': '' });
    await until(() => Boolean(shadow(element).querySelector(`.v-entry.open[data-event-id="${id}"]`)));
    expect(shadow(element).querySelector('.v-entry.open')!.getAttribute('data-event-id')).to.equal(id);
    const other = data.events[7].id;
    expect(element.select(other)).to.equal(true);
    await until(() => location.hash === `#${other}`);
    expect(location.hash).to.equal(`#${other}`);
  });
});
