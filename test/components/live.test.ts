import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import type { NtErrorDetail, NtUpdateDetail } from '../../src/components/news-timeline/news-timeline.js';
import { collect, handClock, mountLive, put, requests, story, waitFor } from '../support/live.js';
import { mark, mountTimeline, settle, shadow, until, visibleIds } from '../support/timeline.js';

const three = [
  { id: 'a', start: '2024-01-01', title: 'Alpha' },
  { id: 'b', start: '2024-02-01', title: 'Bravo' },
  { id: 'c', start: '2024-03-01', title: 'Charlie' },
];
let files = 0;
/** A file name of its own for each test, so that no test sees another's requests. */
const fresh = (what: string) => `${what}-${Date.now().toString(36)}-${++files}`;
const said = (element: NewsTimeline) => shadow(element).querySelector('.root > [aria-live="polite"]')!.textContent!.trim();
const cardTitle = (element: NewsTimeline) => shadow(element).querySelector('[part="card"] h2')?.textContent?.trim() ?? null;
const markIds = (element: NewsTimeline) => [...shadow(element).querySelectorAll('.mark[data-event-id]')].map((m) => m.getAttribute('data-event-id')).sort();
const centre = (element: NewsTimeline, id: string) => {
  const box = mark(element, id)!.getBoundingClientRect();
  return box.left + box.width / 2;
};

describe('live stories: conditional re-reads', () => {
  it('asks again with If-None-Match, and an unchanged file (304) changes nothing', async () => {
    const name = fresh('etag');
    await put(name, { body: story(three), etag: '"v1"', lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT' });
    const [element] = await mountLive(name);
    const updates = collect(element, 'nt-update');
    const loads = collect(element, 'nt-load');
    await element.reload();
    await element.reload();
    expect((await requests(name)).map((r) => [r.ifNoneMatch, r.status])).to.deep.equal([
      [null, 200],
      ['"v1"', 304],
      ['"v1"', 304],
    ]);
    expect(updates).to.have.length(0);
    expect(loads).to.have.length(0);
    expect(markIds(element)).to.deep.equal(['a', 'b', 'c']);
  });

  it('asks with If-Modified-Since when the server gives no ETag', async () => {
    const name = fresh('modified');
    const lastModified = 'Tue, 02 Jan 2024 10:00:00 GMT';
    await put(name, { body: story(three), lastModified });
    const [element] = await mountLive(name);
    await element.reload();
    const log = await requests(name);
    expect(log[1]).to.deep.equal({ ifNoneMatch: null, ifModifiedSince: lastModified, status: 304 });
  });
});

describe('live stories: merging a new version by id', () => {
  it('adds, changes and removes events in place, fires nt-update with the ids and says the new ones once', async () => {
    const name = fresh('merge');
    await put(name, { body: story(three), etag: '"1"' });
    const [element] = await mountLive(name);
    const updates = collect<NtUpdateDetail>(element, 'nt-update');
    await put(name, {
      body: story([{ id: 'a', start: '2024-01-01', title: 'Alpha, corrected' }, three[1], { id: 'd', start: '2024-04-01', title: 'Delta' }]),
      etag: '"2"',
    });
    await element.reload();
    expect(updates).to.deep.equal([{ added: ['d'], changed: ['a'], removed: ['c'] }]);
    expect(markIds(element)).to.deep.equal(['a', 'b', 'd']);
    expect(mark(element, 'a')!.getAttribute('aria-label')).to.contain('Alpha, corrected');
    // The new event is marked, on the track and in its accessible name; the others are not.
    expect(mark(element, 'd')!.hasAttribute('data-new')).to.equal(true);
    expect(mark(element, 'd')!.querySelector('.new-dot')).to.not.equal(null);
    expect(mark(element, 'd')!.getAttribute('aria-label')).to.contain('(New)');
    expect(mark(element, 'b')!.hasAttribute('data-new')).to.equal(false);
    expect(said(element)).to.equal('1 new event');
    expect(shadow(element).querySelector('[part="show-newest"]')!.textContent!.trim()).to.equal('Show the newest');
    expect((await requests(name)).map((r) => r.ifNoneMatch)).to.deep.equal([null, '"1"']);
    // A second update with as many new events is said again, not left as the text already there.
    const region = shadow(element).querySelector('.root > [aria-live="polite"]')!;
    const texts: string[] = [];
    new MutationObserver(() => texts.push(region.textContent!.trim())).observe(region, { childList: true, characterData: true, subtree: true });
    await put(name, { body: story([{ id: 'a', start: '2024-01-01', title: 'Alpha, corrected' }, three[1], { id: 'd', start: '2024-04-01', title: 'Delta' }, { id: 'e', start: '2024-05-01' }]), etag: '"3"' });
    await element.reload();
    expect(await until(() => texts.includes('1 new event'))).to.equal(true);
    expect(said(element)).to.equal('1 new event');
  });

  it('says it in the reader’s language: Arabic, with its dual', async () => {
    const name = fresh('arabic');
    await put(name, { body: story(three), etag: '"1"' });
    const [element] = await mountLive(name, { lang: 'ar' });
    await put(name, { body: story([...three, { id: 'd', start: '2024-04-01' }, { id: 'e', start: '2024-05-01' }]), etag: '"2"' });
    await element.reload();
    expect(said(element)).to.equal('حدثان جديدان');
    expect(shadow(element).querySelector('[part="show-newest"]')!.textContent!.trim()).to.equal('عرض الأحدث');
    expect(mark(element, 'e')!.getAttribute('aria-label')).to.match(/\(جديد\)$/);
  });

  it('marks a cluster that holds a new event', async () => {
    const name = fresh('cluster');
    const far = [{ id: 'old', start: '2020-01-01' }, { id: 'b', start: '2024-01-01' }];
    await put(name, { body: story(far), etag: '"1"' });
    const [element] = await mountLive(name);
    await put(name, { body: story([...far, { id: 'c', start: '2024-01-02' }]), etag: '"2"' });
    await element.reload();
    const cluster = shadow(element).querySelector('.mark.cluster')!;
    expect(cluster.querySelector('[data-event-id="c"]')).to.not.equal(null);
    expect(cluster.hasAttribute('data-new')).to.equal(true);
    expect(cluster.querySelector('.new-dot')).to.not.equal(null);
    expect(cluster.getAttribute('aria-label')).to.match(/\(New\)$/);
  });

  it('keeps the reader’s selection, zoom window and find text', async () => {
    const name = fresh('keep');
    const events = [...three, { id: 'e', start: '2024-09-01', title: 'Echo' }];
    await put(name, { body: story(events), etag: '"1"' });
    const [element] = await mountLive(name);
    element.select('b');
    await settle(element);
    const settled = oneEvent(element, 'nt-range-change');
    element.zoomTo('2024-01-10', '2024-04-20');
    await settled;
    await settle(element);
    const find = shadow(element).querySelector<HTMLInputElement>('input[part="search"]')!;
    find.value = 'Bravo';
    find.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(element);
    await waitFor(() => mark(element, 'c')!.hasAttribute('data-dim'));
    const before = { b: centre(element, 'b'), c: centre(element, 'c'), visible: visibleIds(element) };
    const ranges = collect(element, 'nt-range-change');
    const selects = collect(element, 'nt-select');
    await put(name, { body: story([...events.slice(0, 1), { ...three[1], summary: 'More detail' }, ...events.slice(2), { id: 'f', start: '2024-11-01' }]), etag: '"2"' });
    await element.reload();
    await settle(element);
    expect(element.selected).to.equal('b');
    expect(cardTitle(element)).to.equal('Bravo');
    expect(shadow(element).querySelector('[part="card"] .summary')!.textContent).to.equal('More detail');
    expect(centre(element, 'b')).to.be.closeTo(before.b, 1);
    expect(centre(element, 'c')).to.be.closeTo(before.c, 1);
    expect(visibleIds(element)).to.deep.equal(before.visible);
    expect(find.value).to.equal('Bravo');
    expect(mark(element, 'c')!.hasAttribute('data-dim')).to.equal(true);
    expect(mark(element, 'b')!.hasAttribute('data-dim')).to.equal(false);
    expect(ranges).to.have.length(0);
    expect(selects).to.have.length(0);
  });

  it('says so politely and closes the card when the open event is removed', async () => {
    const name = fresh('removed');
    await put(name, { body: story(three), etag: '"1"' });
    const [element] = await mountLive(name);
    element.select('b');
    await settle(element);
    expect(cardTitle(element)).to.equal('Bravo');
    const selects = collect(element, 'nt-select');
    await put(name, { body: story([three[0], three[2]]), etag: '"2"' });
    await element.reload();
    expect(element.selected).to.equal(null);
    expect(element.hasAttribute('selected')).to.equal(false);
    expect(cardTitle(element)).to.equal(null);
    expect(said(element)).to.equal('The event you had open was removed from the timeline.');
    expect(selects).to.deep.equal([{ id: null }]);
  });

  it('with open-at="latest", follows the newest event while the reader has not moved, and not after', async () => {
    const name = fresh('latest');
    await put(name, { body: story(three), etag: '"1"' });
    const [still, moved] = await mountLive(name, { 'open-at': 'latest' }, 2);
    expect(still.selected).to.equal('c');
    moved.select('a');
    await settle(moved);
    await put(name, { body: story([...three, { id: 'd', start: '2024-05-01', title: 'Delta' }]), etag: '"2"' });
    await Promise.all([still.reload(), moved.reload()]);
    await settle(still);
    expect(still.selected).to.equal('d');
    expect(cardTitle(still)).to.equal('Delta');
    expect(visibleIds(still)).to.include('d');
    expect(moved.selected).to.equal('a');
    // Again, with the newest a day after the last: opening it zooms in on the pair, and it still follows.
    await put(name, { body: story([...three, { id: 'd', start: '2024-05-01', title: 'Delta' }, { id: 'e', start: '2024-05-02', title: 'Echo' }]), etag: '"3"' });
    await still.reload();
    await settle(still);
    await put(name, { body: story([...three, { id: 'd', start: '2024-05-01', title: 'Delta' }, { id: 'e', start: '2024-05-02', title: 'Echo' }, { id: 'f', start: '2024-05-03', title: 'Foxtrot' }]), etag: '"4"' });
    await still.reload();
    expect(still.selected).to.equal('f');
    // A reader who zooms has taken the view in hand: the next update leaves it be.
    still.zoomOut();
    await put(name, { body: story([...three, { id: 'd', start: '2024-05-01' }, { id: 'e', start: '2024-05-02' }, { id: 'f', start: '2024-05-03' }, { id: 'g', start: '2024-06-01' }]), etag: '"5"' });
    await still.reload();
    expect(still.selected).to.equal('f');
  });

  it('Show the newest opens the latest new event; each stays New until the reader has opened it and moved on', async () => {
    const name = fresh('newest');
    await put(name, { body: story(three), etag: '"1"' });
    const [element] = await mountLive(name);
    await put(name, { body: story([...three, { id: 'd', start: '2024-04-01', title: 'Delta' }, { id: 'e', start: '2024-05-01', title: 'Echo' }]), etag: '"2"' });
    await element.reload();
    expect(said(element)).to.equal('2 new events');
    shadow(element).querySelector<HTMLButtonElement>('[part="show-newest"]')!.click();
    await settle(element);
    expect(element.selected).to.equal('e');
    expect(shadow(element).querySelector('[part="card"] [part="new-badge"]')!.textContent).to.equal('New');
    element.select('a');
    await settle(element);
    expect(mark(element, 'e')!.hasAttribute('data-new')).to.equal(false);
    expect(mark(element, 'd')!.hasAttribute('data-new')).to.equal(true);
    expect(shadow(element).querySelector('[part="show-newest"]')).to.not.equal(null);
    element.view = 'list';
    await settle(element);
    const badged = [...shadow(element).querySelectorAll('[part="list"] li')].filter((li) => li.querySelector('[part="new-badge"]'));
    expect(badged.map((li) => li.getAttribute('data-list-id'))).to.deep.equal(['d']);
    element.view = 'vertical';
    await until(() => shadow(element).querySelector('[part="vertical"]') !== null);
    await settle(element);
    const entries = [...shadow(element).querySelectorAll('[part="vertical"] [data-event-id]')].filter((entry) => entry.querySelector('[part="new-badge"]'));
    expect(entries.map((entry) => entry.getAttribute('data-event-id'))).to.deep.equal(['d']);
  });

  it('keeps the story’s place', async () => {
    const name = fresh('story');
    await put(name, { body: story(three), etag: '"1"' });
    const [element] = await mountLive(name, { view: 'story' });
    element.select('b');
    await until(() => shadow(element).querySelector('[part="story"] h2')?.textContent?.trim() === 'Bravo');
    await put(name, { body: story([...three, { id: 'd', start: '2024-04-01', title: 'Delta' }]), etag: '"2"' });
    await element.reload();
    await settle(element);
    expect(element.selected).to.equal('b');
    expect(shadow(element).querySelector('[part="story"] h2')!.textContent!.trim()).to.equal('Bravo');
    expect(shadow(element).querySelector('.story-progress p')!.textContent).to.equal('2 of 4');
  });

  it('a new version with problems keeps the story shown and reports them; the next good one clears them', async () => {
    const name = fresh('bad');
    await put(name, { body: story(three), etag: '"1"' });
    const [element] = await mountLive(name);
    const errors = collect<NtErrorDetail>(element, 'nt-error');
    const updates = collect(element, 'nt-update');
    await put(name, { body: story([...three, { id: 'bad', start: '2024-13-01' }]), etag: '"2"' });
    await element.reload();
    expect(errors).to.have.length(1);
    expect(errors[0].issues[0].path).to.match(/^events\[\d\]\.start$/);
    expect(shadow(element).querySelector('[part="error"]')!.textContent).to.contain('2024-13-01');
    expect(markIds(element)).to.deep.equal(['a', 'b', 'c']);
    expect(updates).to.have.length(0);
    await put(name, { body: '{"events": [', etag: '"3"' });
    await element.reload();
    expect(errors).to.have.length(2);
    expect(markIds(element)).to.deep.equal(['a', 'b', 'c']);
    await put(name, { body: story([...three, { id: 'd', start: '2024-04-01' }]), etag: '"4"' });
    await element.reload();
    expect(shadow(element).querySelector('[part="error"]')).to.equal(null);
    expect(markIds(element)).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(updates).to.have.length(1);
  });

  it('setting .data to a new version merges the same way', async () => {
    const data = (events: object[]) => ({ categories: [{ id: 'news', label: 'News' }], events: events.map((e) => ({ category: 'news', ...e })) });
    const element = await mountTimeline(data(three), 1000);
    element.select('b');
    await settle(element);
    const updates = collect<NtUpdateDetail>(element, 'nt-update');
    element.data = data([three[0], three[1], { id: 'd', start: '2024-04-01', title: 'Delta' }]);
    await settle(element);
    expect(updates).to.deep.equal([{ added: ['d'], changed: [], removed: ['c'] }]);
    expect(element.selected).to.equal('b');
    expect(cardTitle(element)).to.equal('Bravo');
    expect(mark(element, 'd')!.hasAttribute('data-new')).to.equal(true);
    expect(said(element)).to.equal('1 new event');
  });
});

describe('live stories: timing', () => {
  let clock: ReturnType<typeof handClock>;
  beforeEach(() => (clock = handClock()));
  afterEach(async () => {
    clock.restore();
    await executeServerCommand('tab-visibility', 'visible');
  });

  const count = async (name: string) => (await requests(name)).length;

  /**
   * Moves the clock, then waits for the requests the server should have had by then. A timer that
   * fires starts a check, which sets the next timer only when it is done: none waiting means one ran.
   */
  async function advance(ms: number, name: string, expected: number): Promise<void> {
    const before = await count(name);
    clock.advance(ms);
    expect(clock.pending() === 0, 'a check started').to.equal(expected > before);
    await waitFor(async () => (await count(name)) >= expected);
    await waitFor(() => clock.pending() > 0);
    expect(await count(name)).to.equal(expected);
  }

  it('checks every period (refresh under 10 s is raised to 10)', async () => {
    const name = fresh('period');
    await put(name, { body: story(three), etag: '"1"' });
    await mountLive(name, { refresh: '2' });
    await advance(9_999, name, 1);
    await advance(1, name, 2);
    await advance(10_000, name, 3);
  });

  it('after a failure keeps the story, says so quietly, and waits twice as long each time, up to a success', async () => {
    const name = fresh('backoff');
    await put(name, { body: story(three), etag: '"1"' });
    const [element] = await mountLive(name, { refresh: '10' });
    await put(name, { body: '', status: 503 });
    await advance(10_000, name, 2);
    await settle(element);
    expect(shadow(element).querySelector('[part="update-status"]')!.textContent).to.equal('Could not update; trying again.');
    expect(shadow(element).querySelector('[part="error"]')).to.equal(null);
    expect(markIds(element)).to.deep.equal(['a', 'b', 'c']);
    await advance(19_999, name, 2);
    await advance(1, name, 3);
    await advance(39_999, name, 3);
    await advance(1, name, 4);
    await put(name, { body: story([...three, { id: 'd', start: '2024-04-01' }]), etag: '"2"' });
    await advance(80_000, name, 5);
    await settle(element);
    expect(shadow(element).querySelector('[part="update-status"]')).to.equal(null);
    expect(markIds(element)).to.deep.equal(['a', 'b', 'c', 'd']);
    // Back to the period once it works again.
    await advance(10_000, name, 6);
  });

  it('two timelines with the same src share one request per check', async () => {
    const name = fresh('shared');
    await put(name, { body: story(three), etag: '"1"' });
    const [first, second] = await mountLive(name, { refresh: '10' }, 2);
    await put(name, { body: story([...three, { id: 'd', start: '2024-04-01' }]), etag: '"2"' });
    await advance(10_000, name, 3);
    await waitFor(() => markIds(first).includes('d') && markIds(second).includes('d'));
    expect((await requests(name)).slice(2)).to.deep.equal([{ ifNoneMatch: '"1"', ifModifiedSince: null, status: 200 }]);
    await Promise.all([first.reload(), second.reload()]);
    expect((await requests(name)).length).to.equal(4);
  });

  it('waits while the tab is hidden, and checks once when it is shown again', async () => {
    const name = fresh('hidden');
    await put(name, { body: story(three), etag: '"1"' });
    await mountLive(name, { refresh: '10' });
    await executeServerCommand('tab-visibility', 'hidden');
    await waitFor(() => document.hidden);
    clock.advance(60_000);
    expect(clock.pending(), 'the check fell due and waits').to.equal(0);
    expect(await count(name)).to.equal(1);
    await executeServerCommand('tab-visibility', 'visible');
    await waitFor(() => !document.hidden);
    await waitFor(() => clock.pending() > 0);
    expect(await count(name)).to.equal(2);
  });

  it('waits while far off screen, and checks once when scrolled back', async () => {
    const name = fresh('far');
    await put(name, { body: story(three), etag: '"1"' });
    const [element] = await mountLive(name, { refresh: '10' }, 1, 'margin-top:20000px');
    window.scrollTo(0, 0);
    await settle(element);
    clock.advance(60_000);
    expect(clock.pending(), 'the check fell due and waits').to.equal(0);
    expect(await count(name)).to.equal(1);
    element.scrollIntoView();
    await waitFor(() => clock.pending() > 0);
    expect(await count(name)).to.equal(2);
    window.scrollTo(0, 0);
  });
});
