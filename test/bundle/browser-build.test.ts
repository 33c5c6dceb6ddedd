// The single-file browser build that journalists load with one <script>: it registers the
// element, draws the flagship story, zooms gliding over several frames, and zooms and pans under
// the mouse and keys with no error: its d3-transition and d3-interpolate are stand-ins (see
// rollup.config.mjs) that throw if ever reached. Run `npm run build` first; `npm test` does.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';

const BUILD = '/dist/browser/news-timeline.min.js';

describe('the browser build (dist/browser/news-timeline.min.js)', () => {
  before(async () => {
    await import(/* @vite-ignore */ BUILD as string);
  });

  it('registers <news-timeline>, draws the story and zooms gliding over several frames', async () => {
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
    const axis = () => [...root.querySelectorAll('.tick')].map((tick) => tick.getAttribute('transform')).join();
    const before = firstTick();
    const ranges: Array<{ start: Date; end: Date }> = [];
    element.addEventListener('nt-range-change', (event) => ranges.push((event as CustomEvent).detail));
    // The zoom glides on animation frames, run here by hand 50 ms apart: it takes 350 ms.
    const realRequest = window.requestAnimationFrame;
    const realCancel = window.cancelAnimationFrame;
    let queue = new Map<number, FrameRequestCallback>();
    let id = 0;
    window.requestAnimationFrame = (callback) => (queue.set(++id, callback), id);
    window.cancelAnimationFrame = (handle) => void queue.delete(handle);
    const axes = new Set<string>();
    try {
      element.zoomIn();
      for (let time = 0; queue.size && time <= 1000; time += 50) {
        const due = queue;
        queue = new Map();
        for (const callback of due.values()) callback(time);
        await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        if (queue.size) {
          expect(ranges, `settled half-way, at ${time} ms`).to.have.length(0);
          axes.add(axis());
        }
      }
    } finally {
      window.requestAnimationFrame = realRequest;
      window.cancelAnimationFrame = realCancel;
    }
    // The axis moved on the frames in between (the first one, at 0 ms, is where it starts)...
    expect(axes.size, 'axes drawn on the way').to.be.at.least(5);
    // ...and the range settled once, at the end.
    expect(ranges).to.have.length(1);
    expect(ranges[0].end.getTime() - ranges[0].start.getTime()).to.be.lessThan(Date.UTC(2025, 0) - Date.UTC(2000, 0));
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

  describe('interface languages, each a chunk beside it', () => {
    type Timeline = HTMLElement & { data: unknown; lang: string; updateComplete: Promise<unknown> };
    const STORY = { events: [{ id: 'one', start: '2024-06-19', title: 'One' }] };
    /** The build's chunks for a language that the page asked for. */
    const requested = (tag: string) => performance.getEntriesByType('resource').filter((entry) => new RegExp(`/dist/browser/news-timeline-${tag}-[\\w-]{8}\\.min\\.js$`).test(entry.name));
    async function mount(lang: string): Promise<{ element: Timeline; errors: unknown[] }> {
      const element = document.createElement('news-timeline') as Timeline;
      const errors: unknown[] = [];
      element.addEventListener('nt-error', (event) => errors.push(event));
      element.lang = lang;
      element.data = STORY;
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
      wrapper.append(element);
      await element.updateComplete;
      return { element, errors };
    }
    const zoomIn = (element: Timeline) => element.shadowRoot!.querySelectorAll('[part="zoom"] button[aria-label]')[1].getAttribute('aria-label');

    it('fetches a language’s chunk when a timeline shows it, and nothing for English', async () => {
      const before = performance.getEntriesByType('resource').length;
      expect(requested('ko')).to.have.length(0);
      const { element } = await mount('ko');
      expect(requested('ko')).to.have.length(1);
      expect(zoomIn(element)).to.equal('확대');
      expect(element.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('ko');
      // An English timeline fetches no language.
      await mount('en');
      const since = performance.getEntriesByType('resource').slice(before).map((entry) => entry.name);
      expect(since.filter((name) => /\/dist\/browser\/news-timeline-[a-z]{2}(-Han[st])?-[\w-]{8}\.min\.js$/.test(name))).to.deep.equal(requested('ko').map((entry) => entry.name));
    });

    it('shows English, without an error, when a language’s chunk cannot be loaded', async () => {
      // The test server answers 503 for the Swedish chunk while this cookie is set.
      document.cookie = 'nt-fail-language=sv; path=/';
      try {
        const { element, errors } = await mount('sv');
        expect(requested('sv')).to.have.length(1);
        expect(zoomIn(element)).to.equal('Zoom in');
        // The marks come once the element has measured its width, a frame or more after its first render.
        for (let frame = 0; frame < 300 && !element.shadowRoot!.querySelector('.mark'); frame++) await new Promise(requestAnimationFrame);
        expect(element.shadowRoot!.querySelectorAll('.mark').length).to.be.greaterThan(0);
        expect(element.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
        expect(errors).to.have.length(0);
      } finally {
        document.cookie = 'nt-fail-language=; path=/; max-age=0';
      }
    });
  });

  describe('under the mouse (d3-zoom, d3-selection)', () => {
    type Timeline = HTMLElement & { src: string; zoomTo(start: string, end: string): void; updateComplete: Promise<unknown> };
    const frames = async (n: number) => {
      for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    };
    /** The flagship story, 2019 to 2024 in view; the 2019 Vladivostok summit's mark and its x. */
    async function mount(): Promise<{ element: Timeline; svg: SVGSVGElement; root: ShadowRoot; id: string; x: number }> {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1000px"><news-timeline></news-timeline></div>`);
      const element = wrapper.querySelector('news-timeline') as Timeline;
      const loaded = oneEvent(element, 'nt-load');
      element.src = '/src/data/russia-north-korea.json';
      await loaded;
      await frames(2);
      const shown = settled(element);
      element.zoomTo('2019-01-01', '2024-12-31');
      await shown;
      await frames(2);
      const root = element.shadowRoot!;
      const id = 'vladivostok-summit-2019';
      return { element, svg: root.querySelector<SVGSVGElement>('svg.timeline')!, root, id, x: markX(root, id) };
    }
    /** The screen x of a point mark's shape. */
    const markX = (root: ShadowRoot, id: string) => {
      const box = root.querySelector(`.mark[data-event-id="${id}"] .shape`)!.getBoundingClientRect();
      return box.x + box.width / 2;
    };
    const settled = (element: Timeline) =>
      new Promise<{ start: Date; end: Date }>((resolve) => element.addEventListener('nt-range-change', (event) => resolve((event as CustomEvent).detail), { once: true }));

    it('zooms in with Ctrl + wheel around the pointer: the mark under it stays under it', async () => {
      const { element, svg, root, id, x } = await mount();
      const y = svg.getBoundingClientRect().top + 60;
      const range = settled(element);
      svg.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, deltaMode: 0, ctrlKey: true, clientX: x, clientY: y, bubbles: true, cancelable: true, composed: true }));
      const { start, end } = await range;
      await frames(3);
      expect(end.getTime() - start.getTime(), 'a narrower range').to.be.lessThan(Date.UTC(2025, 0) - Date.UTC(2019, 0));
      expect(markX(root, id), 'the mark under the pointer').to.be.closeTo(x, 3);
    });

    it('pans with a drag, and a double click zooms in; listeners leave with the element', async () => {
      const { element, svg, root, id, x } = await mount();
      const box = svg.getBoundingClientRect();
      const at = (clientX: number) => ({ clientX, clientY: box.top + 60, bubbles: true, cancelable: true, composed: true, view: window, button: 0 });
      const panned = settled(element);
      svg.dispatchEvent(new MouseEvent('mousedown', at(box.left + 500)));
      for (let step = 1; step <= 4; step++) {
        window.dispatchEvent(new MouseEvent('mousemove', at(box.left + 500 + 40 * step)));
        await frames(1);
      }
      window.dispatchEvent(new MouseEvent('mouseup', at(box.left + 660)));
      await panned;
      await frames(3);
      expect(markX(root, id), 'moved with the drag').to.be.closeTo(x + 160, 3);
      // A double click zooms in (the element's own, gliding: wait for the range to settle).
      const before = Date.UTC(2025, 0) - Date.UTC(2019, 0);
      const zoomed = settled(element);
      svg.dispatchEvent(new MouseEvent('dblclick', at(box.left + 500)));
      const { start, end } = await zoomed;
      expect(end.getTime() - start.getTime()).to.be.lessThan(before);
      // Taken out of the page, the element leaves no listener on the track: a wheel there settles nothing.
      element.remove();
      let settledAfter = false;
      element.addEventListener('nt-range-change', () => (settledAfter = true));
      svg.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, ctrlKey: true, clientX: box.left + 500, clientY: box.top + 60, bubbles: true, cancelable: true }));
      // d3-zoom ends a wheel gesture 150 ms after its last event: an absence cannot be awaited sooner.
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(settledAfter).to.equal(false);
    });

    it('runs every gesture without reaching the transition and interpolation stand-ins', async () => {
      const errors: string[] = [];
      const stuck: string[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.message);
      const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      try {
        const { element, svg, root } = await mount();
        const box = svg.getBoundingClientRect();
        const y = box.top + 60;
        const mouse = (clientX: number, extra: MouseEventInit = {}) => ({ clientX, clientY: y, bubbles: true, cancelable: true, composed: true, view: window, button: 0, ...extra });
        const gesture = async (name: string, run: () => void) => {
          const done = settled(element);
          run();
          if (!(await Promise.race([done.then(() => true), new Promise((resolve) => setTimeout(resolve, 3000, false))]))) stuck.push(name);
          await frames(2);
        };
        // The keyboard on a focused mark, and the zoom buttons.
        await gesture('zoom button', () => [...root.querySelectorAll<HTMLButtonElement>('[part="zoom"] button')].find((button) => button.textContent === '+')!.click());
        const focused = root.querySelector<SVGGElement>('.mark')!;
        focused.focus();
        await gesture('minus key', () => focused.dispatchEvent(new KeyboardEvent('keydown', { key: '-', bubbles: true, composed: true, cancelable: true })));
        await gesture('ctrl wheel in', () => svg.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, ctrlKey: true, ...mouse(box.left + 300) })));
        await gesture('ctrl wheel out', () => svg.dispatchEvent(new WheelEvent('wheel', { deltaY: 100, ctrlKey: true, ...mouse(box.left + 300) })));
        await gesture('double click', () => svg.dispatchEvent(new MouseEvent('dblclick', mouse(box.left + 400))));
        await gesture('shift double click', () => svg.dispatchEvent(new MouseEvent('dblclick', mouse(box.left + 400, { shiftKey: true }))));
        await gesture('drag', () => {
          svg.dispatchEvent(new MouseEvent('mousedown', mouse(box.left + 400)));
          window.dispatchEvent(new MouseEvent('mousemove', mouse(box.left + 450)));
          window.dispatchEvent(new MouseEvent('mouseup', mouse(box.left + 450)));
        });
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onRejection);
      }
      expect(errors).to.deep.equal([]);
      expect(stuck).to.deep.equal([]);
    });
  });
});
