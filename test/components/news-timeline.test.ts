import { contrastRatio } from '../../src/core/contrast.js';
import { expect, fixture, html, oneEvent, aTimeout } from '@open-wc/testing';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import { HOSTILE_TEXT, HOSTILE_URLS } from '../fixtures/hostile.js';
import { DATA_URL, dashes, flagshipData, mountTimeline, settle, shadow, visibleIds } from '../support/timeline.js';

let flagship: any;

async function timeline(template = html`<news-timeline></news-timeline>`, width = 1280): Promise<NewsTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px">${template}</div>`);
  return wrapper.querySelector('news-timeline')!;
}

const withData = (data: unknown = flagship, width = 1280, attrs: Record<string, string> = {}) =>
  mountTimeline(structuredClone(data), width, attrs);
const marks = (element: NewsTimeline) => [...shadow(element).querySelectorAll<SVGGElement>('.mark')];
const eventMarks = (element: NewsTimeline) => [...shadow(element).querySelectorAll<SVGGElement>('.mark[data-event-id]:not(.cluster)')];

describe('<news-timeline>', () => {
  before(async () => {
    flagship = await flagshipData();
  });

  it('loads from src and fires nt-load with the count', async () => {
    const element = await timeline();
    const loaded = oneEvent(element, 'nt-load');
    element.src = DATA_URL;
    const { detail } = await loaded;
    expect(detail.count).to.equal(34);
    await settle(element);
    expect(marks(element).length).to.be.greaterThan(5);
  });

  it('draws one mark per visible event, each with its data-event-id', async () => {
    const element = await withData(flagship, 1280, { start: '2000-01', end: '2002-12' });
    const expected = ['friendship-treaty-2000', 'putin-pyongyang-2000', 'kim-jong-il-train-moscow-2001', 'kim-jong-il-vladivostok-2002'];
    expect(eventMarks(element).map((m) => m.dataset.eventId)).to.have.members(expected);
    expect(visibleIds(element)).to.have.members(expected);
    // Each is a real, visible shape.
    for (const mark of eventMarks(element)) {
      const box = mark.querySelector('.shape')!.getBoundingClientRect();
      expect(box.width).to.be.greaterThan(4);
    }
  });

  it('accounts for every event at full zoom, crowded ones inside a cluster with a count', async () => {
    const element = await withData(flagship, 800);
    expect(visibleIds(element).sort()).to.deep.equal(flagship.events.map((e: any) => e.id).sort());
    const clusters = [...shadow(element).querySelectorAll('.cluster')];
    expect(clusters.length).to.be.greaterThan(0);
    for (const cluster of clusters) {
      const text = shadow(element).querySelector(`.count[data-for="${cluster.getAttribute('data-key')}"]`)!;
      const count = Number(text.textContent);
      expect(cluster.querySelectorAll('[data-event-id]').length).to.equal(count);
      expect(cluster.getAttribute('aria-label')).to.match(new RegExp(`^${count} events, `));
      // The count is drawn in the colour chosen to read on its badge, not in the page's text colour.
      const badge = cluster.querySelector('.shape')!.getAttribute('fill')!;
      const shown = getComputedStyle(text).fill;
      expect(shown, `count on ${badge}`).to.equal(text.getAttribute('fill') === '#ffffff' ? 'rgb(255, 255, 255)' : 'rgb(0, 0, 0)');
      expect(contrastRatio(badge, text.getAttribute('fill')!)).to.be.at.least(4.5);
    }
  });

  it('never lets two labels overlap on screen', async () => {
    for (const width of [320, 768, 1280]) {
      const element = await withData(flagship, width);
      const boxes = [...shadow(element).querySelectorAll('.labels .label')].map((label) => label.getBoundingClientRect());
      expect(boxes.length).to.be.greaterThan(2);
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          const overlap = a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
          expect(overlap, `${width}px: labels ${i} and ${j}`).to.equal(false);
        }
      }
    }
  });

  const HEADLINES: Array<[string, string, string]> = [
    ['putin-pyongyang-2000', 'July 19–20, 2000', '١٩–٢٠ يوليو ٢٠٠٠'],
    ['vostochny-summit-2023', 'September 13, 2023', '١٣ سبتمبر ٢٠٢٣'],
    ['panel-of-experts-veto', 'March 28, 2024', '٢٨ مارس ٢٠٢٤'],
    ['putin-pyongyang-2024', 'June 19, 2024', '١٩ يونيو ٢٠٢٤'],
  ];
  for (const [id, english, arabic] of HEADLINES) {
    it(`opens ${id} with select() and shows its title and date`, async () => {
      const element = await withData();
      const selected = oneEvent(element, 'nt-select');
      expect(element.select(id)).to.equal(true);
      expect((await selected).detail.id).to.equal(id);
      await settle(element);
      const card = shadow(element).querySelector('[part="card"]')!;
      const event = flagship.events.find((e: any) => e.id === id);
      expect(card.querySelector('h2')!.textContent!.trim()).to.equal(event.title.en);
      expect(card.querySelector('time')!.textContent!.replace(/\s*–\s*/, '–')).to.equal(english);
      expect(element.getAttribute('selected')).to.equal(id);
      // Egyptian Arabic: the digits are Arabic-Indic, as Intl writes them for ar-EG.
      element.setAttribute('lang', 'ar-EG');
      await settle(element);
      // Switching the language keeps the same event open, in one card.
      expect(shadow(element).querySelectorAll('[part="card"]')).to.have.length(1);
      const arCard = shadow(element).querySelector('[part="card"]')!;
      expect(arCard.getAttribute('data-event-id-card')).to.equal(id);
      expect(arCard.querySelector('h2')!.textContent!.trim()).to.equal(event.title.ar);
      expect(arCard.querySelector('time')!.textContent!.replace(/\s*–\s*/, '–')).to.equal(arabic);
    });
  }

  it('refuses to select an unknown id', async () => {
    const element = await withData();
    expect(element.select('no-such-event')).to.equal(false);
    expect(element.selected ?? null).to.equal(null);
  });

  it('opens an event on click, with numbered sources that open safely in a new tab', async () => {
    const element = await withData(flagship, 1280, { start: '2000-01', end: '2002-12' });
    const mark = shadow(element).querySelector<SVGGElement>('.mark[data-event-id="putin-pyongyang-2000"]')!;
    const selected = oneEvent(element, 'nt-select');
    mark.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect((await selected).detail.id).to.equal('putin-pyongyang-2000');
    await settle(element);
    const links = [...shadow(element).querySelectorAll<HTMLAnchorElement>('[part="card"] ol a')];
    expect(links.length).to.equal(2);
    for (const link of links) {
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener');
      expect(link.href).to.match(/^https?:/);
    }
  });

  it('moves through events in time with next() and previous() and the card buttons', async () => {
    const element = await withData();
    element.select('vostochny-summit-2023');
    await settle(element);
    element.next();
    expect(element.selected).to.equal('arms-containers-2023');
    element.previous();
    element.previous();
    expect(element.selected).to.equal('shoigu-pyongyang-2023');
    await settle(element);
    const [previousButton, nextButton] = shadow(element).querySelectorAll<HTMLButtonElement>('.card-nav button');
    nextButton.click();
    expect(element.selected).to.equal('vostochny-summit-2023');
    previousButton.click();
    expect(element.selected).to.equal('shoigu-pyongyang-2023');
  });

  it('zooms in with the button and fires nt-range-change with the narrower range', async () => {
    const element = await withData();
    const tickTimes = () => [...shadow(element).querySelectorAll('.tick')].map((tick) => tick.getAttribute('transform'));
    const before = tickTimes();
    const firstLabel = shadow(element).querySelector('.tick text')!.textContent;
    const changed = oneEvent(element, 'nt-range-change');
    shadow(element).querySelector<HTMLButtonElement>('button[aria-label="Zoom in"]')!.click();
    const { detail } = await changed;
    expect(detail.start).to.be.instanceOf(Date);
    const span = detail.end.getTime() - detail.start.getTime();
    const full = Date.UTC(2024, 11, 5) - Date.UTC(2000, 1, 9);
    expect(span).to.be.lessThan(full * 0.75);
    await settle(element);
    // The axis is drawn again for the narrower window: new tick positions and a later first label.
    expect(before.length).to.be.greaterThan(2);
    expect(tickTimes()).not.to.deep.equal(before);
    expect(shadow(element).querySelector('.tick text')!.textContent).not.to.equal(firstLabel);
  });

  it('zoomTo shows the range asked for, and fit() shows everything again', async () => {
    const element = await withData();
    const changed = oneEvent(element, 'nt-range-change');
    element.zoomTo('2024-01', '2024-12');
    const { detail } = await changed;
    expect(Math.abs(detail.start.getTime() - Date.UTC(2024, 0, 1))).to.be.lessThan(86_400_000);
    expect(Math.abs(detail.end.getTime() - Date.UTC(2025, 0, 1))).to.be.lessThan(86_400_000);
    await settle(element);
    expect(visibleIds(element)).to.include('putin-pyongyang-2024');
    expect(visibleIds(element)).to.not.include('putin-pyongyang-2000');
    const fitted = oneEvent(element, 'nt-range-change');
    element.fit();
    await fitted;
    await settle(element);
    expect(visibleIds(element)).to.include('putin-pyongyang-2000');
  });

  it('zooms with the mouse wheel once the reader is in the timeline, and lets the page scroll otherwise', async () => {
    const element = await withData();
    const svg = shadow(element).querySelector('svg.timeline')!;
    const box = svg.getBoundingClientRect();
    const wheel = (ctrlKey: boolean) =>
      new WheelEvent('wheel', { deltaY: -300, clientX: box.left + box.width / 2, clientY: box.top + 40, ctrlKey, bubbles: true, cancelable: true });
    const plain = wheel(false);
    svg.dispatchEvent(plain);
    expect(plain.defaultPrevented).to.equal(false);
    const changed = oneEvent(element, 'nt-range-change');
    const zooming = wheel(true);
    svg.dispatchEvent(zooming);
    expect(zooming.defaultPrevented).to.equal(true);
    const { detail } = await changed;
    expect(detail.end.getTime() - detail.start.getTime()).to.be.lessThan(Date.UTC(2025, 0, 1) - Date.UTC(2000, 0, 1));
  });

  it('shows the error panel with each path, fires nt-error, and still draws the valid events', async () => {
    const element = await timeline();
    const failed = oneEvent(element, 'nt-error');
    const data = structuredClone(flagship);
    data.events[3].start = '2024-13-01';
    data.events[5].sources = [{ title: 'x', url: 'javascript:alert(1)' }];
    element.data = data;
    const { detail } = await failed;
    expect(detail.issues.map((i: any) => i.path)).to.deep.equal(['events[3].start', 'events[5].sources[0].url']);
    await settle(element);
    const panel = shadow(element).querySelector('[part="error"]')!;
    expect(panel).to.exist;
    expect(panel.textContent).to.contain('events[3].start');
    expect(panel.textContent).to.contain('"2024-13-01" is not a date');
    expect(visibleIds(element)).to.have.length(33);
  });

  it('shows an error, not a broken page, for a document it cannot use', async () => {
    for (const bad of [null, 'text', { events: 'none' }]) {
      const element = await timeline();
      const failed = oneEvent(element, 'nt-error');
      element.data = bad;
      await failed;
      await settle(element);
      expect(shadow(element).querySelector('[part="error"]')).to.exist;
      expect(marks(element)).to.have.length(0);
    }
  });

  it('reports a src that cannot be loaded', async () => {
    const element = await timeline();
    const failed = oneEvent(element, 'nt-error');
    element.src = '/no/such/file.json';
    const { detail } = await failed;
    expect(detail.issues[0].path).to.equal('src');
    expect(detail.issues[0].message).to.contain('404');
  });

  it('lets a newer src cancel a pending load', async () => {
    const element = await timeline();
    const loads: number[] = [];
    element.addEventListener('nt-load', (e) => loads.push(e.detail.count));
    element.src = DATA_URL;
    await element.updateComplete; // the first request is on its way
    element.src = 'data:application/json,' + encodeURIComponent(JSON.stringify({ events: [{ id: 'only', start: '2024', title: 'Only' }] }));
    await oneEvent(element, 'nt-load');
    await aTimeout(300);
    expect(loads).to.deep.equal([1]);
  });

  it('reads its data from a JSON script child', async () => {
    const json = JSON.stringify({ events: [{ id: 'from-script', start: '2024-06-19', title: 'From a script' }] });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:600px">
      <news-timeline><script type="application/json">${json}</script></news-timeline>
    </div>`);
    const element = wrapper.querySelector('news-timeline')!;
    await settle(element);
    expect(visibleIds(element)).to.deep.equal(['from-script']);
  });

  it('hides and shows a category from the legend', async () => {
    const element = await withData();
    const button = shadow(element).querySelector<HTMLButtonElement>('.legend button[data-category="war"]')!;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(visibleIds(element)).to.include('invasion-of-ukraine');
    button.click();
    await settle(element);
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(visibleIds(element)).to.not.include('invasion-of-ukraine');
    expect(visibleIds(element)).to.include('putin-pyongyang-2024');
    button.click();
    await settle(element);
    expect(visibleIds(element)).to.include('invasion-of-ukraine');
  });

  it('renders hostile text as text and refuses hostile URLs, so no script runs', async () => {
    const w = window as unknown as { __pwned?: number };
    delete w.__pwned;
    const events = HOSTILE_TEXT.map((text, i) => ({
      id: `h-${i}`,
      start: `2024-0${(i % 9) + 1}-01`,
      title: { en: text, ar: text },
      summary: text,
      category: text,
      media: { src: HOSTILE_URLS[i % HOSTILE_URLS.length], alt: text, credit: text },
      sources: [{ title: text, publisher: text, url: HOSTILE_URLS[i % HOSTILE_URLS.length] }, { title: text, url: 'https://example.org/' }],
    }));
    const element = await withData({ title: HOSTILE_TEXT[0], categories: [{ id: 'x', label: HOSTILE_TEXT[1], color: 'red;fill:url(javascript:1)' }], events });
    for (const event of events) {
      element.select(event.id);
      await settle(element);
      const card = shadow(element).querySelector('[part="card"]')!;
      expect(card.querySelector('h2')!.textContent).to.equal(event.summary);
      expect(card.querySelector('img')).to.equal(null);
      for (const link of card.querySelectorAll('a')) expect(link.getAttribute('href')).to.equal('https://example.org/');
    }
    const root = shadow(element);
    expect(root.querySelectorAll('script, style:not([data-lit]), iframe, object').length).to.equal(0);
    for (const node of root.querySelectorAll('*')) {
      for (const attribute of node.getAttributeNames()) expect(attribute.startsWith('on'), attribute).to.equal(false);
    }
    // No style attribute, but the motion canvas's size in pixels, which it sets through the CSSOM
    // (as a strict Content-Security-Policy allows).
    expect(root.querySelector('[style]:not(canvas.motion)')).to.equal(null);
    const canvas = root.querySelector<HTMLCanvasElement>('canvas.motion[style]');
    if (canvas) expect(canvas.getAttribute('style')).to.match(/^width: \d+(\.\d+)?px; height: \d+(\.\d+)?px;$/);
    await aTimeout(50);
    expect(w.__pwned).to.equal(undefined);
  });

  it('runs time right to left in Arabic, and keeps it left to right when asked', async () => {
    const element = await withData(flagship, 1280, { lang: 'ar' });
    const x = (id: string) => shadow(element).querySelector(`[data-event-id="${id}"]`)!.getBoundingClientRect().left;
    expect(shadow(element).querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
    expect(x('invasion-of-ukraine')).to.be.lessThan(x('debt-write-off'));
    element.setAttribute('time-direction', 'ltr');
    await settle(element);
    expect(x('invasion-of-ukraine')).to.be.greaterThan(x('debt-write-off'));
  });

  it('inherits the language from an ancestor and follows it when it changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ar" style="width:900px"><news-timeline></news-timeline></div>`);
    const element = wrapper.querySelector('news-timeline')!;
    element.data = structuredClone(flagship);
    await settle(element);
    expect(shadow(element).querySelector('.legend button')!.textContent!.trim()).to.equal('الدبلوماسية');
    wrapper.setAttribute('lang', 'en');
    await settle(element);
    expect(shadow(element).querySelector('.legend button')!.textContent!.trim()).to.equal('Diplomacy');
  });

  it('shares one observer of the page between timelines, and each follows a change of language', async () => {
    const observe = MutationObserver.prototype.observe;
    let observers = 0;
    // Each element may watch its own children; only the watch on the whole page is shared.
    MutationObserver.prototype.observe = function (this: MutationObserver, ...args: Parameters<typeof observe>) {
      if (args[0] === document.documentElement) observers++;
      return observe.apply(this, args);
    };
    try {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en" style="width:700px"><news-timeline></news-timeline><news-timeline></news-timeline><news-timeline></news-timeline></div>`,
      );
      const elements = [...wrapper.querySelectorAll('news-timeline')];
      for (const element of elements) element.data = structuredClone(flagship);
      for (const element of elements) await settle(element);
      expect(observers, 'observers of the page started for three timelines').to.be.at.most(1);
      wrapper.setAttribute('lang', 'ar');
      for (const element of elements) await settle(element);
      for (const element of elements) expect(shadow(element).querySelector('.legend button')!.textContent!.trim()).to.equal('الدبلوماسية');
    } finally {
      MutationObserver.prototype.observe = observe;
    }
  });

  it('moves between marks with the arrow keys and opens one with Enter', async () => {
    const element = await withData(flagship, 1280, { start: '2000-01', end: '2002-12' });
    const first = shadow(element).querySelector<SVGGElement>('.mark[tabindex="0"]')!;
    expect(first.dataset.eventId).to.equal('friendship-treaty-2000');
    expect(shadow(element).querySelectorAll('.mark[tabindex="0"]')).to.have.length(1);
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await settle(element);
    const focused = shadow(element).activeElement as SVGGElement;
    expect(focused.dataset.eventId).to.equal('putin-pyongyang-2000');
    expect(dashes(focused.getAttribute('aria-label')!)).to.equal('Putin makes first visit to Pyongyang, July 19–20, 2000, Diplomacy');
    const selected = oneEvent(element, 'nt-select');
    focused.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect((await selected).detail.id).to.equal('putin-pyongyang-2000');
  });

  it('reflows when its box is resized, and inherits the page font', async () => {
    const element = await withData(flagship, 1000);
    const wrapper = element.parentElement!;
    wrapper.style.fontFamily = 'serif';
    const svg = () => shadow(element).querySelector('svg.timeline')!;
    expect(svg().getAttribute('width')).to.equal('1000');
    wrapper.style.width = '500px';
    await settle(element);
    expect(svg().getAttribute('width')).to.equal('500');
    const label = shadow(element).querySelector('.legend button')!;
    expect(getComputedStyle(label).fontFamily).to.equal(getComputedStyle(wrapper).fontFamily);
  });

  it('keeps host-page CSS out and its own CSS in', async () => {
    const style = document.createElement('style');
    style.textContent = 'button, text, circle { display: none !important; } .mark { visibility: hidden; }';
    document.head.append(style);
    try {
      const element = await withData();
      expect(getComputedStyle(shadow(element).querySelector('.legend button')!).display).to.not.equal('none');
      expect(getComputedStyle(shadow(element).querySelector('.mark')!).visibility).to.equal('visible');
      // Nothing of the element's own styles reaches a button outside it.
      const outside = document.createElement('button');
      element.parentElement!.append(outside);
      expect(getComputedStyle(outside).borderRadius).to.not.equal('6px');
    } finally {
      style.remove();
    }
  });

  it('survives many connect and disconnect cycles, and still zooms afterwards', async () => {
    const element = await withData();
    const parent = element.parentElement!;
    for (let i = 0; i < 1000; i++) {
      element.remove();
      parent.append(element);
    }
    await settle(element);
    expect(marks(element).length).to.be.greaterThan(5);
    const changed = oneEvent(element, 'nt-range-change');
    element.zoomTo('2024-01', '2024-12');
    const { detail } = await changed;
    expect(detail.start.getUTCFullYear()).to.equal(2024);
  });

  it('leaves no window listeners or observers behind after 1,000 connect/disconnect cycles', async () => {
    const element = await withData();
    const parent = element.parentElement!;
    element.remove();
    // From here, count what the element adds to the window and the observers it starts.
    let windowListeners = 0;
    const add = window.addEventListener;
    const remove = window.removeEventListener;
    window.addEventListener = function (this: Window, ...args: Parameters<typeof add>) {
      windowListeners++;
      return add.apply(this, args);
    } as typeof add;
    window.removeEventListener = function (this: Window, ...args: Parameters<typeof remove>) {
      windowListeners--;
      return remove.apply(this, args);
    } as typeof remove;
    let observing = 0;
    const patch = (proto: { observe: Function; disconnect: Function }) => {
      const { observe, disconnect } = proto;
      proto.observe = function (this: unknown, ...args: unknown[]) {
        observing++;
        return observe.apply(this, args);
      };
      proto.disconnect = function (this: unknown) {
        observing--;
        return disconnect.apply(this);
      };
      return () => Object.assign(proto, { observe, disconnect });
    };
    const restoreResize = patch(ResizeObserver.prototype);
    const restoreMutation = patch(MutationObserver.prototype);
    try {
      for (let i = 0; i < 1000; i++) {
        element.remove();
        parent.append(element);
      }
      element.remove();
      expect(windowListeners, 'window listeners').to.equal(0);
      expect(observing, 'observers still observing').to.equal(0);
    } finally {
      window.addEventListener = add;
      window.removeEventListener = remove;
      restoreResize();
      restoreMutation();
      parent.append(element);
    }
  });

  it('finishes loading after being moved in the page mid-load', async () => {
    const element = await timeline();
    const loaded = oneEvent(element, 'nt-load');
    element.src = DATA_URL;
    await element.updateComplete;
    const parent = element.parentElement!;
    element.remove();
    parent.append(element);
    expect((await loaded).detail.count).to.equal(34);
  });

  it('lets .data replace a pending src load', async () => {
    const element = await timeline();
    const loads: number[] = [];
    element.addEventListener('nt-load', (e) => loads.push(e.detail.count));
    element.src = DATA_URL;
    await element.updateComplete;
    element.data = { events: [{ id: 'only', start: '2024', title: 'Only' }] };
    await element.updateComplete;
    await aTimeout(300);
    expect(loads).to.deep.equal([1]);
  });

  it('fires nt-select once, for a real change only', async () => {
    const element = await timeline();
    const ids: Array<string | null> = [];
    element.addEventListener('nt-select', (e) => ids.push(e.detail.id));
    element.data = structuredClone(flagship);
    element.selected = 'putin-pyongyang-2024';
    await settle(element);
    element.select('putin-pyongyang-2024');
    element.selected = 'no-such-event';
    await settle(element);
    expect(ids).to.deep.equal(['putin-pyongyang-2024']);
    expect(element.selected).to.equal('putin-pyongyang-2024');
  });

  it('does not report a range change for a plain click on the track', async () => {
    const element = await withData();
    let changes = 0;
    element.addEventListener('nt-range-change', () => changes++);
    const svg = shadow(element).querySelector('svg.timeline')!;
    const box = svg.getBoundingClientRect();
    const at = { clientX: box.left + 200, clientY: box.top + 30, bubbles: true, composed: true, view: window, button: 0 };
    svg.dispatchEvent(new MouseEvent('mousedown', at));
    window.dispatchEvent(new MouseEvent('mouseup', at));
    await aTimeout(100);
    expect(changes).to.equal(0);
  });

  it('opens events that share a day from their cluster, which zooming could never separate', async () => {
    const element = await withData({
      events: ['a', 'b', 'c'].map((id) => ({ id, start: '2024-06-19', title: `Same day ${id}` })).concat([{ id: 'z', start: '2025-01-01', title: 'Later' }]),
    });
    const cluster = shadow(element).querySelector<SVGGElement>('.cluster')!;
    expect(cluster.getAttribute('aria-label')).to.match(/^3 events, June 19, 2024\./);
    const selected = oneEvent(element, 'nt-select');
    cluster.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect((await selected).detail.id).to.equal('a');
    element.next();
    expect(element.selected).to.equal('b');
  });

  it('resolves relative URLs in loaded data against the data file', async () => {
    const element = await timeline();
    const loaded = oneEvent(element, 'nt-load');
    element.src = '/test/fixtures/relative/story.json';
    await loaded;
    element.select('with-media');
    await settle(element);
    const card = shadow(element).querySelector('[part="card"]')!;
    expect(card.querySelector('img')!.getAttribute('src')).to.equal(`${location.origin}/test/fixtures/relative/img/photo.jpg`);
    expect(card.querySelector('img')!.getAttribute('alt')).to.equal('A photo');
    expect(card.querySelector('ol a')!.getAttribute('href')).to.equal(`${location.origin}/test/fixtures/relative/notes.html`);
  });

  it('copes with a malformed lang or digits attribute', async () => {
    const cases: Array<Record<string, string>> = [{ lang: 'en_US' }, { lang: 'constructor' }, { lang: '!!' }, { digits: '' }, { digits: 'roman' }];
    for (const attrs of cases) {
      const element = await withData(flagship, 800, attrs);
      expect(marks(element).length, JSON.stringify(attrs)).to.be.greaterThan(3);
    }
  });

  it('takes --nt-* custom properties from the element or any ancestor', async () => {
    const element = await withData(flagship, 800);
    element.parentElement!.style.setProperty('--nt-accent', 'rgb(1, 2, 3)');
    element.select('putin-pyongyang-2024');
    await settle(element);
    const link = shadow(element).querySelector('[part="card"] a')!;
    expect(getComputedStyle(link).color).to.equal('rgb(1, 2, 3)');
    element.style.setProperty('--nt-accent', 'rgb(4, 5, 6)');
    expect(getComputedStyle(link).color).to.equal('rgb(4, 5, 6)');
  });

  it('reports one settled range when a zoom interrupts another', async () => {
    const element = await withData();
    const ranges: Date[][] = [];
    element.addEventListener('nt-range-change', (e) => ranges.push([e.detail.start, e.detail.end]));
    element.zoomIn();
    await aTimeout(100);
    element.zoomIn();
    await aTimeout(700);
    expect(ranges).to.have.length(1);
  });

  it('keeps a selection made while a new src is loading', async () => {
    const element = await timeline();
    const ids: Array<string | null> = [];
    element.addEventListener('nt-select', (e) => ids.push(e.detail.id));
    element.src = DATA_URL;
    element.selected = 'vostochny-summit-2023';
    await oneEvent(element, 'nt-load');
    await settle(element);
    expect(element.selected).to.equal('vostochny-summit-2023');
    expect(ids).to.deep.equal(['vostochny-summit-2023']);
    expect(shadow(element).querySelector('[part="card"] h2')!.textContent).to.equal(flagship.events.find((e: any) => e.id === 'vostochny-summit-2023').title.en);
  });

  it('leaves one-finger swipes to the page and pans on a horizontal one', async () => {
    const element = await withData(flagship, 1000, { start: '2010-01', end: '2014-12' });
    const svg = shadow(element).querySelector('svg.timeline')!;
    const box = svg.getBoundingClientRect();
    const touch = (x: number, y: number) => new Touch({ identifier: 1, target: svg, clientX: x, clientY: y });
    const at = { bubbles: true, composed: true, cancelable: true };
    const start = new TouchEvent('touchstart', { ...at, touches: [touch(500, box.top + 40)], changedTouches: [touch(500, box.top + 40)] });
    svg.dispatchEvent(start);
    const move = new TouchEvent('touchmove', { ...at, touches: [touch(500, box.top + 10)], changedTouches: [touch(500, box.top + 10)] });
    svg.dispatchEvent(move);
    expect(move.defaultPrevented, 'a vertical swipe still scrolls the page').to.equal(false);
    svg.dispatchEvent(new TouchEvent('touchend', { ...at, touches: [], changedTouches: [touch(500, box.top + 10)] }));
    // A horizontal drag to the left shows later years.
    const before = visibleIds(element);
    const settled = oneEvent(element, 'nt-range-change');
    const pointer = (type: string, x: number) =>
      new PointerEvent(type, { ...at, pointerId: 7, pointerType: 'touch', isPrimary: true, clientX: x, clientY: box.top + 40 });
    svg.dispatchEvent(pointer('pointerdown', 800));
    for (const x of [700, 600, 500, 400, 300]) svg.dispatchEvent(pointer('pointermove', x));
    svg.dispatchEvent(pointer('pointerup', 300));
    const { detail } = await settled;
    expect(detail.start.getUTCFullYear()).to.be.at.least(2011);
    await settle(element);
    expect(visibleIds(element)).to.not.deep.equal(before);
  });

  it('closes the card when its category is hidden, and shows a hidden category when one of its events is selected', async () => {
    const element = await withData();
    element.select('vostochny-summit-2023');
    await settle(element);
    const diplomacy = shadow(element).querySelector<HTMLButtonElement>('.legend button[data-category="diplomacy"]')!;
    diplomacy.click();
    await settle(element);
    expect(element.selected ?? null).to.equal(null);
    element.select('putin-pyongyang-2024');
    await settle(element);
    expect(diplomacy.getAttribute('aria-pressed')).to.equal('true');
    expect(shadow(element).querySelector('[part="card"] .card-nav .meta')!.textContent).to.equal('28 of 34');
  });

  it('skips hidden categories when moving with Next and Previous', async () => {
    const element = await withData();
    shadow(element).querySelector<HTMLButtonElement>('.legend button[data-category="military"]')!.click();
    await settle(element);
    element.select('vostochny-summit-2023');
    element.previous();
    expect(element.selected).to.equal('icc-warrant-putin');
    await settle(element);
    expect(shadow(element).querySelector('[part="card"] .card-nav .meta')!.textContent).to.equal('18 of 30');
  });
});
