import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import { flagshipData, mark, mountTimeline, press, settle, shadow, storyShown } from '../support/timeline.js';

let data: any;
before(async () => {
  data = await flagshipData();
});

const story = (element: NewsTimeline) => shadow(element).querySelector<HTMLElement>('[part="story"]');
const heading = (element: NewsTimeline) => story(element)!.querySelector('h2')!.textContent!.trim();
const progress = (element: NewsTimeline) => story(element)!.querySelector('.story-progress p')!.textContent!.trim();
const button = (element: NewsTimeline, which: 'previous' | 'next') => story(element)!.querySelector<HTMLButtonElement>(`.story-${which}`)!;

/** A touch swipe across the story from one x to another (y moves by dy). */
function swipe(element: NewsTimeline, fromX: number, toX: number, dy = 0): void {
  const target = story(element)!.querySelector('.story-event, .story-cover')!;
  const box = target.getBoundingClientRect();
  const y = box.top + 40;
  const at = { bubbles: true, composed: true, cancelable: true, pointerId: 3, pointerType: 'touch', isPrimary: true };
  target.dispatchEvent(new PointerEvent('pointerdown', { ...at, clientX: fromX, clientY: y }));
  target.dispatchEvent(new PointerEvent('pointermove', { ...at, clientX: (fromX + toX) / 2, clientY: y + dy / 2 }));
  target.dispatchEvent(new PointerEvent('pointerup', { ...at, clientX: toX, clientY: y + dy }));
}

describe('story view', () => {
  it('opens on the title card, then tells one event at a time with Previous and Next', async () => {
    const element = await mountTimeline(data, 400, { view: 'story' });
    await storyShown(element);
    expect(story(element)).to.exist;
    expect(shadow(element).querySelector('[part="card"]')).to.equal(null);
    expect(heading(element)).to.equal(data.title.en);
    expect(progress(element)).to.equal(`${data.events.length} events`);
    expect(button(element, 'previous').getAttribute('aria-disabled')).to.equal('true');
    button(element, 'next').click();
    await settle(element);
    expect(element.selected).to.equal(data.events[0].id);
    expect(heading(element)).to.equal(data.events[0].title.en);
    expect(story(element)!.querySelector('h2')!.id).to.equal('story-title');
    expect(progress(element)).to.equal(`1 of ${data.events.length}`);
    button(element, 'next').click();
    await settle(element);
    expect(heading(element)).to.equal(data.events[1].title.en);
    expect(progress(element)).to.equal(`2 of ${data.events.length}`);
    button(element, 'previous').click();
    button(element, 'previous').click();
    await settle(element);
    expect(element.selected ?? null).to.equal(null);
    expect(heading(element)).to.equal(data.title.en);
  });

  it('keeps controls at least 44 px and the text readable at 320 px', async () => {
    const element = await mountTimeline(data, 320, { view: 'story', selected: 'putin-pyongyang-2024' });
    await storyShown(element);
    for (const which of ['previous', 'next'] as const) {
      const box = button(element, which).getBoundingClientRect();
      expect(box.height, which).to.be.at.least(44);
      expect(box.width, which).to.be.at.least(44);
    }
    const storyBox = story(element)!.getBoundingClientRect();
    expect(storyBox.right).to.be.at.most(element.getBoundingClientRect().right + 0.5);
    const summary = story(element)!.querySelector('.summary')!;
    expect(parseFloat(getComputedStyle(summary).fontSize)).to.be.at.least(16);
    expect(summary.getBoundingClientRect().width).to.be.at.most(storyBox.width);
  });

  it('moves with the arrow keys, Home and End, mirrored in Arabic, keeping focus on the control', async () => {
    const element = await mountTimeline(data, 400, { view: 'story', selected: data.events[4].id });
    await storyShown(element);
    const next = button(element, 'next');
    next.focus();
    press(element, 'ArrowRight');
    await settle(element);
    expect(element.selected).to.equal(data.events[5].id);
    press(element, 'ArrowLeft');
    await settle(element);
    expect(element.selected).to.equal(data.events[4].id);
    press(element, 'End');
    await settle(element);
    expect(element.selected).to.equal(data.events[data.events.length - 1].id);
    expect(next.getAttribute('aria-disabled')).to.equal('true');
    press(element, 'Home');
    await settle(element);
    expect(element.selected).to.equal(data.events[0].id);
    expect(shadow(element).activeElement).to.equal(next);

    element.setAttribute('lang', 'ar');
    await settle(element);
    press(element, 'ArrowLeft');
    await settle(element);
    expect(element.selected, 'in Arabic, ← goes on').to.equal(data.events[1].id);
    expect(heading(element)).to.equal(data.events[1].title.ar);
    press(element, 'ArrowRight');
    await settle(element);
    expect(element.selected, 'and → goes back').to.equal(data.events[0].id);
  });

  it('turns with a horizontal swipe, mirrored in Arabic, and leaves vertical swipes to the page', async () => {
    const element = await mountTimeline(data, 400, { view: 'story', selected: data.events[10].id });
    await storyShown(element);
    swipe(element, 300, 100);
    await settle(element);
    expect(element.selected, 'swiping left brings the next event').to.equal(data.events[11].id);
    swipe(element, 100, 300);
    await settle(element);
    expect(element.selected, 'swiping right goes back').to.equal(data.events[10].id);
    swipe(element, 200, 230, 250);
    await settle(element);
    expect(element.selected, 'a vertical swipe scrolls instead').to.equal(data.events[10].id);
    expect(getComputedStyle(story(element)!).touchAction).to.equal('pan-y pinch-zoom');
    element.setAttribute('lang', 'ar');
    await settle(element);
    swipe(element, 100, 300);
    await settle(element);
    expect(element.selected, 'in Arabic, swiping right goes on').to.equal(data.events[11].id);
  });

  it('announces only the new title and date, politely, and the track follows', async () => {
    // Without animation the track has landed on the event once the element has rendered.
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const element = await mountTimeline(data, 400, { view: 'story', selected: 'vostochny-summit-2023' });
      await storyShown(element);
      const index = data.events.findIndex((e: any) => e.id === 'vostochny-summit-2023');
      button(element, 'next').click();
      await settle(element);
      const live = shadow(element).querySelector('[aria-live="polite"]')!;
      const next = data.events[index + 1];
      expect(live.textContent!.trim().startsWith(`${next.title.en}, `)).to.equal(true);
      expect(live.textContent!.length).to.be.lessThan(next.title.en.length + 40);
      expect(shadow(element).querySelector('[part="track"]')).to.exist;
      expect(mark(element, next.id)?.getAttribute('aria-current')).to.equal('true');
      // Clicking another mark on the track moves the story there.
      const other = shadow(element).querySelector<SVGGElement>(`.mark[data-event-id]:not([data-event-id="${next.id}"])`)!;
      other.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await settle(element);
      expect(element.selected).to.equal(other.dataset.eventId);
      expect(heading(element)).to.equal(data.events.find((e: any) => e.id === other.dataset.eventId).title.en);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('keeps the selection and the language when the view changes at run time', async () => {
    const element = await mountTimeline(data, 900, { lang: 'ar' });
    element.select('panel-of-experts-veto');
    await settle(element);
    const title = data.events.find((e: any) => e.id === 'panel-of-experts-veto').title.ar;
    expect(shadow(element).querySelector('[part="card"] h2')!.textContent!.trim()).to.equal(title);
    element.view = 'story';
    await storyShown(element);
    expect(heading(element)).to.equal(title);
    element.view = 'list';
    await settle(element);
    expect(story(element)).to.equal(null);
    expect(shadow(element).querySelector('[part="list"]')).to.exist;
    element.view = 'timeline';
    await settle(element);
    expect(element.selected).to.equal('panel-of-experts-veto');
    expect(shadow(element).querySelector('[part="card"] h2')!.textContent!.trim()).to.equal(title);
    // The view choice's Story goes there, its Timeline back.
    const choice = (view: string) => shadow(element).querySelector<HTMLButtonElement>(`[data-view="${view}"]`)!;
    choice('story').click();
    await storyShown(element);
    expect(choice('story').getAttribute('aria-checked')).to.equal('true');
    expect(heading(element)).to.equal(title);
    choice('timeline').click();
    await settle(element);
    expect(story(element)).to.equal(null);
    expect(choice('timeline').getAttribute('aria-checked')).to.equal('true');
  });

  it('view="auto" tells the story below 600 px and shows the timeline from there up', async () => {
    const narrow = await mountTimeline(data, 599, { view: 'auto' });
    expect(await storyShown(narrow)).to.exist;
    const wide = await mountTimeline(data, 600, { view: 'auto' });
    expect(story(wide)).to.equal(null);
    expect(shadow(wide).querySelector('[part="track"] svg')).to.exist;
    wide.parentElement!.style.width = '450px';
    expect(await storyShown(wide), 'narrowed to a phone').to.exist;
  });

  it('starts on the first event when the data has no title', async () => {
    const element = await mountTimeline({ events: [{ id: 'a', start: '2020', title: 'A' }, { id: 'b', start: '2021', title: 'B' }] }, 400, { view: 'story' });
    await storyShown(element);
    expect(heading(element)).to.equal('A');
    expect(progress(element)).to.equal('1 of 2');
    button(element, 'next').click();
    await settle(element);
    expect(heading(element)).to.equal('B');
  });

  /** A story from `src`, 800 px wide, with `id` open and its picture failed to load. */
  async function brokenPicture(src: string, id: string) {
    const wrapper = document.createElement('div');
    wrapper.style.width = '800px';
    document.body.append(wrapper);
    const element = document.createElement('news-timeline') as NewsTimeline;
    element.setAttribute('view', 'story');
    const loaded = oneEvent(element, 'nt-load');
    element.src = src;
    wrapper.append(element);
    await loaded;
    element.select(id);
    await storyShown(element);
    const figure = story(element)!.querySelector('figure')!;
    const img = figure.querySelector('img')!;
    if (!figure.classList.contains('broken')) await oneEvent(img, 'error');
    await settle(element);
    return { wrapper, figure, img };
  }

  it('shows a tidy note in place of an image that cannot load', async () => {
    const { wrapper, figure, img } = await brokenPicture('/test/fixtures/relative/story.json', 'with-media');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(getComputedStyle(img).display).to.equal('none');
    const note = figure.querySelector('.media-fallback')!;
    expect(getComputedStyle(note).display).to.equal('block');
    expect(note.textContent).to.contain('A photo');
    wrapper.remove();
  });

  it('shows a TimelineJS3 caption once when its picture cannot be shown', async () => {
    const { wrapper, figure, img } = await brokenPicture('/test/fixtures/relative/timelinejs-caption.json', 'captioned');
    const caption = 'Kim Jong Un greets Putin at the airport';
    // The fallback line is shown (it is hidden until the picture fails), without the caption again.
    expect(figure.classList.contains('broken')).to.equal(true);
    const fallback = figure.querySelector('.media-fallback')!;
    expect(getComputedStyle(fallback).display).to.equal('block');
    expect(fallback.textContent!.trim()).to.equal('The image could not be loaded.');
    expect(figure.innerText.split(caption).length - 1, figure.innerText).to.equal(1);
    expect(figure.querySelector('figcaption')!.textContent).to.contain(caption);
    expect(figure.querySelector('figcaption')!.textContent).to.contain('KCNA');
    // The picture still has its words for a screen reader.
    expect(img.alt).to.equal(caption);
    wrapper.remove();
  });

  for (const lang of ['en', 'ar']) {
    it(`passes axe in ${lang}, on the title card and on an event`, async () => {
      const element = await mountTimeline(data, 400, { view: 'story', lang });
      await storyShown(element);
      await expect(element).to.be.accessible();
      element.select('putin-pyongyang-2024');
      await settle(element);
      await expect(element).to.be.accessible();
    });
  }
});

