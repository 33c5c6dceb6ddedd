import { fixture, html } from '@open-wc/testing';
import '../../src/components/news-timeline/news-timeline.js';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';

export const DATA_URL = '/src/data/russia-north-korea.json';

let cached: Promise<any> | undefined;
/** The flagship dataset, fetched once per test file; each caller gets its own copy. */
export async function flagshipData(): Promise<any> {
  cached ??= fetch(DATA_URL).then((response) => response.json());
  return structuredClone(await cached);
}

/** Waits for Lit to render and the resize observer (which reports on the next frame) to settle. */
export async function settle(element: NewsTimeline): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await element.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Waits, frame by frame (up to `ms`), until a condition holds; returns whether it did. */
export async function until(condition: () => boolean, ms = 3000): Promise<boolean> {
  const end = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > end) return false;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return true;
}

/**
 * Waits until the share control's code, which loads from a chunk when a page turns on links to
 * events (`hash-links`, `share-url`), is there: the same module the element imports, then a render.
 */
export async function shareControlLoaded(element: NewsTimeline): Promise<void> {
  await import('../../src/components/news-timeline/share-part.js');
  await settle(element);
}

/** A timeline in a box of the given width, with attributes set before its data. */
export async function mountTimeline(data: unknown, width = 1280, attrs: Record<string, string> = {}): Promise<NewsTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"><news-timeline></news-timeline></div>`);
  const element = wrapper.querySelector('news-timeline')!;
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  if (data !== undefined) element.data = data;
  await settle(element);
  if ('hash-links' in attrs || 'share-url' in attrs) await shareControlLoaded(element);
  return element;
}

/**
 * Records the texts the page measures on a canvas from now on (labels are measured so), and the
 * font each was measured in, until `stop()`. Canvas measuring has no event to listen to.
 */
export function watchMeasures(): { texts: string[]; fonts: string[]; stop(): void } {
  const { measureText } = CanvasRenderingContext2D.prototype;
  const texts: string[] = [];
  const fonts: string[] = [];
  CanvasRenderingContext2D.prototype.measureText = function (this: CanvasRenderingContext2D, text: string) {
    texts.push(text);
    fonts.push(this.font);
    return measureText.call(this, text);
  };
  return { texts, fonts, stop: () => void (CanvasRenderingContext2D.prototype.measureText = measureText) };
}

export const shadow = (element: NewsTimeline) => element.shadowRoot!;
export const mark = (element: NewsTimeline, id: string) => shadow(element).querySelector<SVGGElement>(`.mark[data-event-id="${id}"]`);
export const focused = (element: NewsTimeline) => shadow(element).activeElement as (SVGGElement & HTMLElement) | null;
export const visibleIds = (element: NewsTimeline) =>
  [...shadow(element).querySelectorAll('[data-event-id]')].map((node) => node.getAttribute('data-event-id')!);

/** Presses a key on whatever has focus inside the element; returns the event to check defaultPrevented. */
export function press(element: NewsTimeline, key: string): KeyboardEvent {
  const target = (shadow(element).activeElement ?? element) as Element;
  const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
}

/** Normalises the spaces ICU puts around range dashes. */
export const dashes = (text: string) => text.replace(/\s*–\s*/g, '–');

/** Waits, frame by frame, for the story view, whose code loads the first time a story is shown. */
export async function storyShown(element: NewsTimeline): Promise<HTMLElement> {
  let story: HTMLElement | null;
  while (!(story = shadow(element).querySelector<HTMLElement>('[part="story"]'))) await new Promise((resolve) => requestAnimationFrame(resolve));
  await settle(element);
  return story;
}
