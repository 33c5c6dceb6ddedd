// A self-hosted copy of dist/browser/ that lacks a file: the reader is told, in the element, that
// part of the timeline could not be loaded, and the rest still works. The test server answers 404
// for the story view's chunk under /missing/story-view/ (web-test-runner.config.mjs).
// Run `npm run build` first; `npm test` does.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { en } from '../../src/i18n/messages.js';

const BUILD = '/missing/story-view/dist/browser/news-timeline.min.js';

describe('the browser build with a chunk missing', () => {
  before(async () => {
    await import(/* @vite-ignore */ BUILD as string);
  });

  it('says in the element that part of the timeline could not be loaded, and still draws the track', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:400px"><news-timeline view="story"></news-timeline></div>`);
    const element = wrapper.querySelector('news-timeline') as HTMLElement & { src: string };
    const loaded = oneEvent(element, 'nt-load');
    element.src = '/src/data/russia-north-korea.json';
    await loaded;
    const root = element.shadowRoot!;
    const message = () => [...root.querySelectorAll<HTMLElement>('[role="status"]')].find((node) => node.textContent!.trim() === en.partFailed);
    const marks = () => root.querySelectorAll('[part="track"] .mark').length;
    const deadline = performance.now() + 5000;
    while (!(message() && marks()) && performance.now() < deadline) await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(message(), 'the message').to.exist;
    expect(message()!.checkVisibility(), 'the message is on screen').to.equal(true);
    expect(root.querySelector('[part="story"]'), 'no story without its code').to.equal(null);
    expect(marks(), 'marks on the track').to.be.greaterThan(5);
  });
});
