import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import { flagshipData, shareControlLoaded, mountTimeline, settle, shadow, storyShown } from '../support/timeline.js';

let data: any;
before(async () => {
  data = await flagshipData();
});

const page = () => `${location.pathname}${location.search}`;
const setHash = (hash: string) => history.replaceState(null, '', `${page()}${hash}`);
/** Follows a link on the page: a new history entry, and a hashchange the timelines hear. */
async function followLink(hash: string): Promise<void> {
  // Setting the hash the address already has adds no entry, and a later back would leave the page.
  expect(location.hash, 'the address before following a link').to.not.equal(hash);
  const changed = oneEvent(window, 'hashchange');
  location.hash = hash;
  await changed;
}
/**
 * The back button, as the page sees it: the address returns to an earlier hash and a hashchange
 * fires. (Not history.back(): the test runner loads every test file in one tab, and Chromium keeps
 * 50 entries a tab, so a real step back can leave this page and end the test run.)
 */
async function goBack(hash: string): Promise<void> {
  setHash(hash);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}
const cardTitle = (element: NewsTimeline) => shadow(element).querySelector('[part="card"] h2')?.textContent?.trim();
const titleOf = (id: string) => data.events.find((e: any) => e.id === id).title.en;

describe('hash-links', () => {
  afterEach(() => setHash(''));

  it('writes the selected event into the address without adding history entries, and takes it out on close', async () => {
    const element = await mountTimeline(data, 1000, { 'hash-links': '' });
    const entries = history.length;
    element.select('vostochny-summit-2023');
    await settle(element);
    expect(location.hash).to.equal('#vostochny-summit-2023');
    element.next();
    await settle(element);
    expect(location.hash).to.equal(`#${element.selected}`);
    expect(history.length).to.equal(entries);
    element.select(null);
    await settle(element);
    expect(location.hash).to.equal('');
  });

  it('leaves the address alone without the attribute', async () => {
    const element = await mountTimeline(data, 1000);
    element.select('vostochny-summit-2023');
    await settle(element);
    expect(location.hash).to.equal('');
  });

  it('opens the event an address names when the page loads, in the current view', async () => {
    setHash('#panel-of-experts-veto');
    const element = await mountTimeline(data, 1000, { 'hash-links': '', selected: 'putin-pyongyang-2000' });
    expect(element.selected).to.equal('panel-of-experts-veto');
    expect(cardTitle(element)).to.equal(titleOf('panel-of-experts-veto'));
    const story = await mountTimeline(data, 400, { 'hash-links': '', view: 'story' });
    await storyShown(story);
    expect(shadow(story).querySelector('[part="story"] h2')!.textContent!.trim()).to.equal(titleOf('panel-of-experts-veto'));
  });

  it('scrolls a timeline opened from a link into view', async () => {
    setHash('#panel-of-experts-veto');
    const wrapper = await fixture<HTMLDivElement>(html`<div><div style="height:3000px"></div><div style="width:900px"><news-timeline hash-links></news-timeline></div></div>`);
    const element = wrapper.querySelector('news-timeline')!;
    element.data = structuredClone(data);
    await shareControlLoaded(element);
    const box = element.getBoundingClientRect();
    expect(box.top).to.be.lessThan(window.innerHeight);
    expect(box.bottom).to.be.greaterThan(0);
    window.scrollTo(0, 0);
  });

  it('follows links on the page and the back button', async () => {
    const element = await mountTimeline(data, 1000, { 'hash-links': '' });
    await followLink('#vostochny-summit-2023');
    await settle(element);
    expect(element.selected).to.equal('vostochny-summit-2023');
    await followLink('#putin-pyongyang-2024');
    await settle(element);
    expect(cardTitle(element)).to.equal(titleOf('putin-pyongyang-2024'));
    await goBack('#vostochny-summit-2023');
    await settle(element);
    expect(element.selected).to.equal('vostochny-summit-2023');
    await goBack('');
    await settle(element);
    expect(element.selected ?? null, 'back to the address without an event').to.equal(null);
  });

  it('lets two timelines share a page: each answers to its own ids and keeps the other’s hash', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px">
      <news-timeline id="a" hash-links></news-timeline><news-timeline id="b" hash-links></news-timeline>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll('news-timeline')];
    const story = (prefix: string) => ({ events: ['one', 'two'].map((n, i) => ({ id: `${prefix}-${n}`, start: `202${i}-01-01`, title: `${prefix} ${n}` })) });
    a.data = story('a');
    b.data = story('b');
    await shareControlLoaded(a);
    await shareControlLoaded(b);
    a.select('a-one');
    await settle(a);
    b.select('b-one');
    await settle(b);
    expect(location.hash).to.equal('#b-one');
    expect(a.selected).to.equal('a-one');
    a.select(null);
    await settle(a);
    expect(location.hash, 'closing a does not clear b’s hash').to.equal('#b-one');
    await followLink('#a-two');
    await settle(a);
    expect(a.selected).to.equal('a-two');
    expect(b.selected).to.equal('b-one');
    await followLink('#b-two');
    await settle(b);
    expect(a.selected).to.equal('a-two');
    expect(b.selected).to.equal('b-two');
  });
});

describe('share', () => {
  // The browser's own API is stubbed on the navigator object; removing the stub uncovers the real one.
  const stub = (name: 'share' | 'clipboard', value: unknown) => Object.defineProperty(navigator, name, { value, configurable: true });
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'share');
    Reflect.deleteProperty(navigator, 'clipboard');
    setHash('');
  });
  const shareButton = (element: NewsTimeline) => shadow(element).querySelector<HTMLButtonElement>('.share-button')!;
  const status = (element: NewsTimeline) => shadow(element).querySelector('.share-status')!;

  it('offers the link through the Web Share API where the browser has it', async () => {
    const shared: ShareData[] = [];
    stub('share', async (payload: ShareData) => void shared.push(payload));
    const element = await mountTimeline(data, 1000, { 'hash-links': '', selected: 'vostochny-summit-2023' });
    shareButton(element).click();
    await settle(element);
    expect(shared).to.have.length(1);
    expect(shared[0].url).to.equal(`${location.origin}${page()}#vostochny-summit-2023`);
    expect(shared[0].title).to.equal(titleOf('vostochny-summit-2023'));
  });

  it('copies the link and says so, visibly and politely, without the Web Share API', async () => {
    const copied: string[] = [];
    stub('share', undefined);
    stub('clipboard', { writeText: async (text: string) => void copied.push(text) });
    const element = await mountTimeline(data, 400, { 'hash-links': '', view: 'story', selected: 'putin-pyongyang-2024' });
    await storyShown(element);
    shareButton(element).click();
    await settle(element);
    expect(copied).to.deep.equal([`${location.origin}${page()}#putin-pyongyang-2024`]);
    expect(status(element).getAttribute('role')).to.equal('status');
    expect(status(element).textContent!.trim()).to.equal('Link copied.');
    expect(status(element).getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('shows the link to copy by hand when the clipboard refuses', async () => {
    stub('share', undefined);
    stub('clipboard', { writeText: async () => Promise.reject(new DOMException('denied', 'NotAllowedError')) });
    const element = await mountTimeline(data, 1000, { 'hash-links': '', selected: 'vostochny-summit-2023' });
    shareButton(element).click();
    await settle(element);
    const input = status(element).querySelector('input')!;
    expect(input.value).to.equal(`${location.origin}${page()}#vostochny-summit-2023`);
  });

  it('shares the embedding page’s address when share-url names it (a timeline in an iframe)', async () => {
    const shared: ShareData[] = [];
    stub('share', async (payload: ShareData) => void shared.push(payload));
    const element = await mountTimeline(data, 1000, { 'share-url': 'https://news.example/article?id=7', selected: 'vostochny-summit-2023' });
    shareButton(element).click();
    await settle(element);
    expect(shared[0].url).to.equal('https://news.example/article?id=7#vostochny-summit-2023');
  });

  it('offers no share control when links to events are off', async () => {
    const element = await mountTimeline(data, 1000, { selected: 'vostochny-summit-2023' });
    expect(shadow(element).querySelector('[part="card"]')).to.exist;
    expect(shadow(element).querySelector('.share-button')).to.equal(null);
  });
});
