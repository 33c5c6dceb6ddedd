import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import { loadLanguage, messagesFor } from '../../src/i18n/languages.js';
import { HOSTILE_TEXT, HOSTILE_URLS } from '../fixtures/hostile.js';
import { settle, shadow, visibleIds } from '../support/timeline.js';

const STORY = { events: [{ id: 'one', start: '2024-06-19', title: { en: 'One', ar: 'واحد' } }, { id: 'two', start: '2024-07', title: 'Two' }] };

async function mount(template = html`<news-timeline></news-timeline>`): Promise<NewsTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1000px">${template}</div>`);
  return wrapper.querySelector('news-timeline')!;
}

/** Waits for the element's data, which a lazily loaded reader may have read already. */
const whenLoaded = async (element: NewsTimeline) => {
  if (!element.timeline) await oneEvent(element, 'nt-load');
  await settle(element);
};
const panel = (element: NewsTimeline) => shadow(element).querySelector<HTMLElement>('[part="error"]');
const retryButton = (element: NewsTimeline) => panel(element)?.querySelector<HTMLButtonElement>('button.retry') ?? null;

describe('<news-timeline> with a plain HTML list inside', () => {
  const list = html`<news-timeline>
    <ol>
      <li id="putin-pyongyang-2000" data-category="diplomacy" data-importance="3">
        <time datetime="2000-07-19">19 July 2000</time>
        <h3 lang="en">Putin visits Pyongyang</h3>
        <h3 lang="ar">بوتين يزور بيونغ يانغ</h3>
        <p>The first visit by a Russian leader.</p>
        <a href="https://news.example/putin">Report</a>
      </li>
      <li id="summit-2023" data-category="diplomacy">
        <time datetime="2023-09-13">13 September 2023</time><time datetime="2023-09-14">14 September</time>
        <h3>Vostochny summit</h3>
      </li>
    </ol>
  </news-timeline>`;

  it('reads its events from the list, which stays in the page but is no longer drawn', async () => {
    const element = await mount(list);
    await whenLoaded(element);
    expect(element.timeline!.events).to.have.length(2);
    expect(visibleIds(element)).to.have.members(['putin-pyongyang-2000', 'summit-2023']);
    const [first, second] = element.timeline!.events;
    expect(first.title).to.deep.equal({ en: 'Putin visits Pyongyang', ar: 'بوتين يزور بيونغ يانغ' });
    expect(first.importance).to.equal(3);
    expect(first.sources.map((s) => s.url)).to.deep.equal(['https://news.example/putin']);
    expect(second.end!.iso).to.equal('2023-09-14');
    // Still in the light DOM (for feeds, search engines and no-JavaScript readers), but not drawn.
    const li = element.querySelector('li')!;
    expect(li.getClientRects().length).to.equal(0);
  });

  it('gives assistive technology the same events through the list view, in the page language', async () => {
    const element = await mount(list);
    element.lang = 'ar';
    await whenLoaded(element);
    element.view = 'list';
    await settle(element);
    const items = [...shadow(element).querySelectorAll('[part="list"] > li')];
    expect(items.map((li) => li.getAttribute('data-list-id'))).to.deep.equal(['putin-pyongyang-2000', 'summit-2023']);
    expect(items[0].querySelector('h3')!.textContent).to.equal('بوتين يزور بيونغ يانغ');
    expect(items[0].querySelector('a')!.getAttribute('href')).to.equal('https://news.example/putin');
  });

  it('passes hostile text and URLs from the list through as text, and refuses the URLs', async () => {
    (window as any).__pwned = 0;
    const element = document.createElement('news-timeline') as NewsTimeline;
    const ol = document.createElement('ol');
    HOSTILE_TEXT.forEach((text, i) => {
      const li = document.createElement('li');
      li.id = `h${i}`;
      li.dataset.category = 'c';
      const time = document.createElement('time');
      time.setAttribute('datetime', `20${10 + i}`);
      const heading = document.createElement('h3');
      const paragraph = document.createElement('p');
      const link = document.createElement('a');
      const image = document.createElement('img');
      heading.textContent = paragraph.textContent = link.textContent = image.alt = text;
      link.setAttribute('href', HOSTILE_URLS[i % HOSTILE_URLS.length]);
      image.setAttribute('src', HOSTILE_URLS[(i + 1) % HOSTILE_URLS.length]);
      li.append(time, heading, paragraph, link, image);
      ol.append(li);
    });
    element.append(ol);
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1000px"></div>`);
    wrapper.append(element);
    await whenLoaded(element);
    element.view = 'list';
    await settle(element);
    const root = shadow(element);
    expect(root.querySelectorAll('[part="list"] > li')).to.have.length(HOSTILE_TEXT.length);
    expect(root.querySelector('[part="list"] h3')!.textContent).to.equal(HOSTILE_TEXT[0]);
    expect(root.querySelectorAll('script, iframe, [onerror], [onload]').length).to.equal(0);
    expect(root.querySelectorAll('a[href], img[src]').length).to.equal(0);
    expect((window as any).__pwned).to.equal(0);
  });

  it('is an ordinary, readable list where the script does not run', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = '<news-timeline><ol><li id="a"><time datetime="2024">2024</time><h3>Shown without JavaScript</h3></li></ol></news-timeline>';
    const ready = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await ready;
    const heading = frame.contentDocument!.querySelector('h3')!;
    expect(heading.getClientRects().length).to.equal(1);
    expect(frame.contentDocument!.body.innerText).to.contain('Shown without JavaScript');
    frame.remove();
  });

  it('picks up items a CMS adds later, and stops watching once removed from the page', async () => {
    const element = await mount(html`<news-timeline><ol></ol></news-timeline>`);
    const ol = element.querySelector('ol')!;
    let loads = 0;
    element.addEventListener('nt-load', () => loads++);
    const first = oneEvent(element, 'nt-load');
    ol.insertAdjacentHTML('beforeend', '<li id="late"><time datetime="2024">2024</time><h3>Late</h3></li>');
    expect((await first).detail.count).to.equal(1);
    await settle(element);
    expect(visibleIds(element)).to.deep.equal(['late']);

    const parent = element.parentElement!;
    element.remove();
    ol.insertAdjacentHTML('beforeend', '<li id="later"><time datetime="2025">2025</time><h3>Later</h3></li>');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loads).to.equal(1);
    // Back in the page, it reads what changed meanwhile.
    const again = oneEvent(element, 'nt-load');
    parent.append(element);
    expect((await again).detail.count).to.equal(2);
  });
});

describe('<news-timeline> when loading fails', () => {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
  });

  /** Answers fetches from a table of URL → response maker; anything else waits until aborted. */
  function serve(routes: Record<string, () => Response>): void {
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      const route = Object.keys(routes).find((key) => url.endsWith(key));
      if (route) return Promise.resolve(routes[route]());
      return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    }) as typeof fetch;
  }
  const json = (data: unknown) => () => new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } });

  it('gives up after the timeout with its own message, and Retry loads it', async () => {
    serve({});
    const element = await mount();
    element.timeout = 0.05;
    const failed = oneEvent(element, 'nt-error');
    element.src = '/slow.json';
    const { detail } = await failed;
    await settle(element);
    expect(detail.issues[0].message).to.contain('did not load within 0.1 s');
    expect(panel(element)!.textContent).to.contain(messagesFor('en').loadFailure('timeout'));
    serve({ '/slow.json': json(STORY) });
    const loaded = oneEvent(element, 'nt-load');
    retryButton(element)!.click();
    expect((await loaded).detail.count).to.equal(2);
    await settle(element);
    expect(panel(element)).to.equal(null);
  });

  it('keeps the earlier timeline on screen when a new src fails', async () => {
    serve({ '/good.json': json(STORY), '/missing.json': () => new Response('not found', { status: 404 }) });
    const element = await mount();
    const loaded = oneEvent(element, 'nt-load');
    element.src = '/good.json';
    await loaded;
    const failed = oneEvent(element, 'nt-error');
    element.src = '/missing.json';
    expect((await failed).detail.issues[0].message).to.contain('HTTP 404');
    await settle(element);
    expect(visibleIds(element)).to.have.members(['one', 'two']);
    expect(panel(element)!.textContent).to.contain(messagesFor('en').loadFailure('http'));
    expect(retryButton(element)).to.exist;
  });

  it('says how to publish a Google Sheet that answers with a sign-in page, in Arabic too', async () => {
    const sheet = 'https://docs.google.com/spreadsheets/d/abc/export?format=csv';
    serve({ [sheet]: () => new Response('<!DOCTYPE html><html><body>Sign in</body></html>', { headers: { 'content-type': 'text/html' } }) });
    const element = await mount(html`<news-timeline lang="ar"></news-timeline>`);
    const failed = oneEvent(element, 'nt-error');
    element.src = sheet;
    expect((await failed).detail.issues[0].message).to.contain('publish the sheet to the web');
    await settle(element);
    const arabic = (await loadLanguage('ar')).messages;
    expect(panel(element)!.textContent).to.contain(arabic.loadFailure('sheet-not-published'));
    expect(retryButton(element)!.textContent).to.equal(arabic.retry);
  });

  it('shows how much of a large file has arrived', async () => {
    const body = new TextEncoder().encode(JSON.stringify(STORY));
    const half = Math.floor(body.length / 2);
    let push!: ReadableStreamDefaultController<Uint8Array>;
    const stream = new ReadableStream<Uint8Array>({ start: (controller) => void (push = controller) });
    serve({ '/big.json': () => new Response(stream, { headers: { 'content-length': String(body.length), 'content-type': 'application/json' } }) });
    const element = await mount();
    element.src = '/big.json';
    await settle(element);
    push.enqueue(body.slice(0, half));
    let progress: HTMLProgressElement | null = null;
    while (!(progress = shadow(element).querySelector('progress'))) await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(progress.value).to.equal(Math.round((half / body.length) * 100));
    const loaded = oneEvent(element, 'nt-load');
    push.enqueue(body.slice(half));
    push.close();
    await loaded;
    await settle(element);
    expect(shadow(element).querySelector('progress')).to.equal(null);
  });
});
