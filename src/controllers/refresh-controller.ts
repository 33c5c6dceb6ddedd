import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nextCheck, refreshPeriod, retryDelay } from '../core/refresh-schedule.js';
import { DEFAULT_TIMEOUT_MS } from './data-controller.js';

/** What identifies the version shown: the server's ETag, else its Last-Modified. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

/** The `src` shown, with its version. */
export interface LiveSource extends Validators {
  url: string;
}

/** A newer copy of a `src`, with its version. */
export interface FreshCopy extends LiveSource {
  text: string;
  /** Where it came from after redirects, for relative URLs in the data. */
  responseUrl: string;
  contentType?: string;
}

export interface RefreshOptions {
  /** The `refresh` attribute, in seconds. */
  seconds(): number | null | undefined;
  /** The `src` shown and its version; null while there is none (loading, `.data`, a failure). */
  source(): LiveSource | null;
  /** A newer copy arrived: read and merge it. */
  fresh(copy: FreshCopy): Promise<void>;
}

/** What checks are timed by; the tests put in a clock they move by hand (no package exports it). */
export const refreshClock = {
  now: (): number => Date.now(),
  setTimeout: (run: () => void, ms: number): unknown => setTimeout(run, ms),
  clearTimeout: (timer: unknown): void => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

/** Checks under way, by URL and version: timelines showing the same file share one request. */
const checking = new Map<string, Promise<FreshCopy | null>>();

/** Asks for a `src` again, conditionally; null when it has not changed. Rejects on a failure. */
export function checkSource(source: LiveSource): Promise<FreshCopy | null> {
  const url = new URL(source.url, document.baseURI).href;
  const key = `${url} ${source.etag ?? ''} ${source.lastModified ?? ''}`;
  let check = checking.get(key);
  if (!check) {
    check = requestCopy(url, source).finally(() => checking.delete(key));
    checking.set(key, check);
  }
  return check;
}

async function requestCopy(url: string, source: LiveSource): Promise<FreshCopy | null> {
  // Our own If-None-Match on another origin would need a CORS preflight most hosts refuse: there,
  // the browser revalidates its cached copy itself and the version is compared below.
  const sameOrigin = new URL(url).origin === location.origin;
  const headers: Record<string, string> = {};
  if (sameOrigin && source.etag) headers['If-None-Match'] = source.etag;
  else if (sameOrigin && source.lastModified) headers['If-Modified-Since'] = source.lastModified;
  const response = await fetch(url, {
    headers,
    cache: sameOrigin ? 'no-store' : 'no-cache',
    credentials: 'same-origin',
    signal: AbortSignal.timeout(DEFAULT_TIMEOUT_MS),
  });
  if (response.status === 304) return null;
  if (!response.ok) {
    void response.body?.cancel();
    throw new Error(`HTTP ${response.status}`);
  }
  const etag = response.headers.get('etag') ?? undefined;
  const lastModified = response.headers.get('last-modified') ?? undefined;
  if ((etag && etag === source.etag) || (!etag && lastModified && lastModified === source.lastModified)) return null;
  const contentType = response.headers.get('content-type') ?? undefined;
  return { url: source.url, responseUrl: response.url || url, etag, lastModified, contentType, text: await response.text() };
}

/**
 * Keeps a `src` up to date (`refresh`): checks it every period, on the clock's multiples of it so
 * that timelines sharing a file check together; waits while the tab is hidden or the element is
 * far off screen and checks once on its return; after a failure keeps what is shown, says so
 * quietly (`failing`) and waits twice as long each time, up to ten minutes.
 */
export class RefreshController implements ReactiveController {
  /** The last check failed: what is shown may be out of date. */
  failing = false;

  private failures = 0;
  private timer?: unknown;
  /** A check fell due while paused: made on return. */
  private due = false;
  private near = true;
  private connected = false;
  private intersection?: IntersectionObserver;
  /** What the timer was set for (period and URL): a change sets it again. */
  private scheduled = '';
  /** Counts checks, so that one answering after a newer one (or a disconnect) is dropped. */
  private generation = 0;
  /** The `refresh` value last noted in the console as too small. */
  private noted?: number;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: RefreshOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    document.addEventListener('visibilitychange', this.onVisibility);
    if (typeof IntersectionObserver !== 'undefined') {
      // Two screens away counts as far: a reader scrolling towards it finds it up to date.
      this.intersection = new IntersectionObserver((entries) => this.setNear(entries[entries.length - 1].isIntersecting), { rootMargin: '200%' });
      this.intersection.observe(this.host);
    }
    this.scheduled = '';
    this.hostUpdated();
  }

  hostDisconnected(): void {
    this.connected = false;
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.intersection?.disconnect();
    this.intersection = undefined;
    this.stop();
    this.generation++;
  }

  /** After each render: (re)starts the timer when the period or the `src` shown changed. */
  hostUpdated(): void {
    const period = this.period();
    const source = this.options.source();
    const key = period && source ? `${period} ${source.url}` : '';
    if (key === this.scheduled) return;
    this.scheduled = key;
    this.failures = 0;
    this.failing = false;
    this.schedule();
  }

  /** Checks now, whatever the period; resolves once a newer copy (if any) is shown. */
  async check(): Promise<void> {
    const source = this.options.source();
    if (!source) return;
    const generation = ++this.generation;
    this.due = false;
    try {
      const copy = await checkSource(source);
      if (generation !== this.generation) return;
      this.failures = 0;
      this.setFailing(false);
      if (copy) await this.options.fresh(copy);
    } catch {
      if (generation !== this.generation) return;
      this.failures++;
      this.setFailing(true);
    }
    this.schedule();
  }

  private period(): number | null {
    const seconds = this.options.seconds();
    const period = refreshPeriod(seconds);
    if (period?.raised && this.noted !== seconds) {
      this.noted = seconds ?? undefined;
      console.info(`news-timeline: refresh="${seconds}" is raised to ${period.ms / 1000} seconds, the shortest allowed`);
    }
    return period?.ms ?? null;
  }

  private schedule(): void {
    this.stop();
    const period = this.period();
    if (!period || !this.connected || !this.options.source()) return;
    const now = refreshClock.now();
    const wait = this.failures ? retryDelay(period, this.failures) : nextCheck(now, period) - now;
    this.timer = refreshClock.setTimeout(() => this.tick(), wait);
  }

  private tick(): void {
    this.timer = undefined;
    if (this.paused) this.due = true;
    else void this.check();
  }

  private stop(): void {
    if (this.timer !== undefined) refreshClock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private get paused(): boolean {
    return document.hidden || !this.near;
  }

  /** Back in view or in a shown tab: the check that fell due meanwhile, once. */
  private resume(): void {
    if (this.due && !this.paused) void this.check();
  }

  private setNear(near: boolean): void {
    this.near = near;
    this.resume();
  }

  private readonly onVisibility = (): void => this.resume();

  private setFailing(failing: boolean): void {
    if (failing === this.failing) return;
    this.failing = failing;
    this.host.requestUpdate();
  }
}
