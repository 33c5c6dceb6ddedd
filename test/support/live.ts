import { fixture, html } from '@open-wc/testing';
import { refreshClock } from '../../src/controllers/refresh-controller.js';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import { settle } from './timeline.js';

/** A file served by the test server's live route (test/support/live-server.mjs), changed by `put`. */
export const liveUrl = (name: string) => `/__live/${name}`;

export interface Version {
  body: string;
  etag?: string;
  lastModified?: string;
  /** Makes every request fail with this status. */
  status?: number;
}

export async function put(name: string, version: Version): Promise<void> {
  await fetch(`${liveUrl(name)}/version`, { method: 'PUT', body: JSON.stringify(version) });
}

/** The requests the server got for a file: the conditional headers each carried, and its answer. */
export async function requests(name: string): Promise<{ ifNoneMatch: string | null; ifModifiedSince: string | null; status: number }[]> {
  return (await fetch(`${liveUrl(name)}/log`)).json();
}

/** Waits on timers, not frames (a hidden tab draws none), until a condition holds. */
export async function waitFor(condition: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!(await condition())) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${condition}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A story of events in one lane, as the file's text. */
export const story = (events: { id: string; start: string; title?: string; summary?: string }[]) =>
  JSON.stringify({ title: 'Live story', categories: [{ id: 'news', label: 'News' }], events: events.map((e) => ({ category: 'news', title: e.id.toUpperCase(), ...e })) });

/** Timelines reading a live file, each in its own box, once their first version is shown. */
export async function mountLive(name: string, attrs: Record<string, string> = {}, count = 1, style = ''): Promise<NewsTimeline[]> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1000px;${style}"></div>`);
  const elements = Array.from({ length: count }, () => {
    const element = document.createElement('news-timeline');
    for (const [key, value] of Object.entries(attrs)) element.setAttribute(key, value);
    element.setAttribute('src', liveUrl(name));
    wrapper.append(element);
    return element;
  });
  await waitFor(() => elements.every((element) => element.timeline !== null));
  for (const element of elements) await settle(element);
  return elements;
}

/** Collects the detail of each event of a type the element fires from now on. */
export function collect<T = unknown>(element: EventTarget, type: string): T[] {
  const details: T[] = [];
  element.addEventListener(type, (event) => details.push((event as CustomEvent<T>).detail));
  return details;
}

/**
 * A clock the test moves by hand, put in place of the one refreshes are timed by; it starts on a
 * multiple of every period, so the first check of a `refresh="10"` timeline is 10 s away.
 */
export function handClock() {
  const saved = { ...refreshClock };
  let now = 1_700_000_000_000;
  let timers: { at: number; run: () => void; id: number }[] = [];
  let ids = 0;
  Object.assign(refreshClock, {
    now: () => now,
    setTimeout: (run: () => void, ms: number) => {
      timers.push({ at: now + ms, run, id: ++ids });
      return ids;
    },
    clearTimeout: (id: unknown) => (timers = timers.filter((timer) => timer.id !== id)),
  });
  return {
    /** How many timers are waiting: a check that has finished has set the next one. */
    pending: () => timers.length,
    /** Moves time on, running each timer that falls due on the way. */
    advance(ms: number): void {
      const end = now + ms;
      for (;;) {
        timers.sort((a, b) => a.at - b.at);
        const timer = timers[0];
        if (!timer || timer.at > end) break;
        timers.shift();
        now = timer.at;
        timer.run();
      }
      now = end;
    },
    restore: () => Object.assign(refreshClock, saved),
  };
}
