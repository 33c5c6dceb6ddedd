import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { diffTimelines, frameChanged, isEmptyUpdate, type TimelineUpdate } from '../core/merge.js';
import type { Issue, Timeline } from '../core/types.js';
import { errorText, looksLikeHtml, readTimeline, type FormatType, type ReadOptions, type ReadResult } from '../formats/index.js';
import { OFF_THREAD_MIN } from '../formats/reader.js';
import { visible } from '../core/validate.js';
import { nextTask } from './idle.js';
import type { FreshCopy, LiveSource } from './refresh-controller.js';

export type DataStatus = 'empty' | 'loading' | 'ready' | 'failed';

/** Why a `src` could not be loaded, for a message in the reader's language and a way out. */
export type LoadFailure = 'timeout' | 'network' | 'http' | 'not-data' | 'sheet-not-published' | 'too-large';

export interface DataCallbacks {
  /**
   * New data was read: a timeline (maybe with problems), or only problems; `update` when it is a
   * new version of the story shown; `large` when it was read in the worker (its first draw may wait a task).
   */
  onRead(result: ReadResult, update?: TimelineUpdate, large?: boolean): void;
  /** A new source failed while earlier data stays on screen: only its problems. */
  onKept(issues: Issue[]): void;
}

/** How long a `src` may take before the element gives up on it, by default. */
export const DEFAULT_TIMEOUT_MS = 20_000;
/** The largest data file read, by default, in megabytes (a million bytes): `max-size` changes it. */
export const DEFAULT_MAX_SIZE_MB = 30;
const MB = 1_000_000;

class LoadError extends Error {
  constructor(
    readonly failure: LoadFailure,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Owns getting the data in: `src` (fetched with a timeout and progress, aborted when replaced or
 * disconnected, resumed on reconnect, retried on request), `.data`, a `<script
 * type="application/json">` child, or a plain `<ol>`/`<ul>` list child (watched for changes).
 * It reads everything through `readTimeline` and reports through callbacks; it never touches
 * zoom or selection.
 */
export class DataController implements ReactiveController {
  status: DataStatus = 'empty';
  timeline: Timeline | null = null;
  issues: Issue[] = [];
  /** The format for the next reads (`format` attribute). */
  format: FormatType | 'auto' = 'auto';
  /** Milliseconds a `src` may take (`timeout` attribute). */
  timeoutMs = DEFAULT_TIMEOUT_MS;
  /** Why the last `src` failed, while its problems are shown. */
  failure?: LoadFailure;
  /** Share of a large file received so far (0–1), when the server said how large it is. */
  progress: number | null = null;
  /** Bytes a source may have (`max-size` attribute, in megabytes). */
  maxBytes = DEFAULT_MAX_SIZE_MB * MB;
  /** The size of a source refused as too large, and the limit it broke, while that is shown. */
  refused?: { bytes: number; limit: number };
  /** The `src` shown and its version (ETag, Last-Modified), for conditional re-reads (`refresh`). */
  shownSource: LiveSource | null = null;

  private abort?: AbortController;
  /** Stops a worker reading `.data` text that newer data replaced. */
  private reading?: AbortController;
  /** The URL being loaded, or the last one that failed (for Retry). */
  private current?: string;
  /** A URL whose load a disconnect cut short: loaded again on reconnect. */
  private interrupted?: string;
  /** Counts reads, so a slow lazy reader cannot overwrite newer data. */
  private generation = 0;
  /** Watches a list child, while the data comes from one. */
  private observer?: MutationObserver;
  private rereadPending = false;
  /**
   * The children as last read, serialised: compared on reconnect to catch changes made while the
   * observer was off. `innerHTML` is only read and compared as a string here, never parsed or
   * inserted, so hostile children cannot become markup or code through it.
   */
  private childrenSeen?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly callbacks: DataCallbacks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const url = this.interrupted;
    this.interrupted = undefined;
    if (url) void this.load(url);
    if (this.observer) {
      this.watchChildren();
      if (this.host.innerHTML !== this.childrenSeen) this.childrenChanged();
    }
  }

  hostDisconnected(): void {
    if (this.abort) this.interrupted = this.current;
    this.reading?.abort();
    this.abort?.abort();
    this.abort = undefined;
    this.observer?.disconnect();
  }

  /** Whether the last failure can be tried again (a `src` that did not load). */
  get canRetry(): boolean {
    return this.failure !== undefined && this.current !== undefined && !this.abort;
  }

  /** Loads the last `src` again, after a failure. */
  retry(): void {
    if (this.current) void this.load(this.current);
  }

  /** The `format`, `timeout` (seconds) and `max-size` (megabytes) attributes, taken before any read. */
  configure(format: string | undefined, timeoutSeconds: number | undefined, maxSizeMb?: number): void {
    this.format = format === 'json' || format === 'timelinejs' || format === 'csv' ? format : 'auto';
    this.timeoutMs = typeof timeoutSeconds === 'number' && timeoutSeconds > 0 ? timeoutSeconds * 1000 : DEFAULT_TIMEOUT_MS;
    this.maxBytes = (typeof maxSizeMb === 'number' && maxSizeMb > 0 ? maxSizeMb : DEFAULT_MAX_SIZE_MB) * MB;
  }

  /** The problem for a source over the size limit (sizes in the message, for the console and `nt-error`). */
  private tooLarge(bytes: number): LoadError {
    this.refused = { bytes, limit: this.maxBytes };
    const mb = (n: number) => `${Math.round(n / (MB / 10)) / 10} MB`;
    return new LoadError('too-large', `is ${mb(bytes)}, more than the ${mb(this.maxBytes)} this timeline accepts (max-size)`);
  }

  /** Fetches and reads a URL; a newer load (or `set`, or `cancel`) cancels this one. */
  async load(url: string): Promise<void> {
    this.stopWatching();
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.current = url;
    this.shownSource = null;
    this.failure = undefined;
    this.refused = undefined;
    this.progress = null;
    const generation = ++this.generation;
    this.setStatus('loading');
    const name = visible(JSON.stringify(url));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, this.timeoutMs);
    try {
      const response = await fetch(url, { signal: abort.signal, credentials: 'same-origin' });
      if (!response.ok) throw new LoadError('http', `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      const declared = Number(response.headers.get('content-length'));
      if (declared > this.maxBytes) throw this.tooLarge(declared);
      const version = { etag: response.headers.get('etag') ?? undefined, lastModified: response.headers.get('last-modified') ?? undefined };
      const body = await this.readBody(response, abort.signal);
      clearTimeout(timer);
      if (abort.signal.aborted || generation !== this.generation) return;
      // Its start tells a web page from data; the whole body is decoded where it is read (a large one in the worker).
      const head = new TextDecoder().decode(body.subarray(0, 2048));
      const contentType = response.headers.get('content-type') ?? undefined;
      if (looksLikeHtml(head) || (contentType && /^text\/html/i.test(contentType) && !/^\s*[{[]/.test(head))) {
        // Google answers a sheet that is not published to the web with its sign-in page.
        if (/(^|\.)google\.com$/i.test(hostOf(response.url || url))) {
          throw new LoadError('sheet-not-published', 'is a Google sign-in page, not data: publish the sheet to the web as CSV (File › Share › Publish to web) and use that link');
        }
        throw new LoadError('not-data', 'is a web page (HTML), not timeline data: check the address');
      }
      if (body.length <= 2048 && head.trim() === '') throw new LoadError('not-data', 'is empty');
      // Relative URLs in the data are relative to the data file, not to the page.
      const baseUrl = response.url || new URL(url, document.baseURI).href;
      const result = await readSized(body, { type: this.format, baseUrl, url, contentType, origin: 'src', name }, abort.signal);
      const large = body.length >= OFF_THREAD_MIN;
      // A large file is taken in a task after the one that unpacked the worker's last part.
      if (large) await nextTask();
      if (abort.signal.aborted || generation !== this.generation) return;
      if (!result.timeline) this.failure = 'not-data';
      else this.shownSource = { url, ...version };
      this.accept(result, true, false, large);
    } catch (error) {
      clearTimeout(timer);
      if (generation !== this.generation || (abort.signal.aborted && !timedOut)) return;
      const failure: LoadFailure = timedOut ? 'timeout' : error instanceof LoadError ? error.failure : 'network';
      const message = timedOut
        ? `did not load within ${Math.round(this.timeoutMs / 100) / 10} s`
        : error instanceof LoadError && failure !== 'http'
          ? error.message
          : `could not be loaded: ${errorText(error)}`;
      this.failure = failure;
      this.accept({ timeline: null, issues: [{ path: 'src', message: `${name} ${message}` }] }, true);
    } finally {
      if (this.abort === abort) this.abort = undefined;
      this.progress = null;
      this.host.requestUpdate();
    }
  }

  /**
   * The body's bytes, counted as they arrive (a server may send more than it declared, or declare
   * nothing): reading stops past the size limit. Progress is shown when the length is known.
   */
  private async readBody(response: Response, signal: AbortSignal): Promise<Uint8Array> {
    const total = Number(response.headers.get('content-length'));
    if (!response.body) return new Uint8Array(await response.arrayBuffer());
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (signal.aborted) throw new DOMException('aborted', 'AbortError');
      received += value.byteLength;
      if (received > this.maxBytes) {
        void reader.cancel();
        throw this.tooLarge(received);
      }
      chunks.push(value);
      if (total > 0) {
        this.progress = Math.min(1, received / total);
        this.host.requestUpdate();
      }
    }
    const body = new Uint8Array(received);
    let at = 0;
    for (const chunk of chunks) {
      body.set(chunk, at);
      at += chunk.byteLength;
    }
    return body;
  }

  /** Reads data given as an object or text (`.data`), cancelling any pending load; a new version of the data shown merges. */
  set(data: unknown): void {
    this.cancel();
    this.stopWatching();
    this.refused = undefined;
    // Text is measured as characters: what a page hands over is already in memory, only its reading is at stake.
    if (typeof data === 'string' && data.length > this.maxBytes) {
      this.failure = 'too-large';
      const { message } = this.tooLarge(data.length);
      this.accept({ timeline: null, issues: [{ path: 'data', message: `The text given ${message}` }] }, true);
      return;
    }
    this.shownSource = null;
    this.read(data, { type: this.format, origin: 'data' }, true);
  }

  /**
   * A newer copy of the `src` shown (`refresh`): merged into the story when it reads cleanly;
   * with problems, the story shown stays and the problems are reported (once: its version is kept).
   */
  async refreshed(copy: FreshCopy): Promise<void> {
    const generation = this.generation;
    const name = JSON.stringify(copy.url);
    // The same path as a first load: over the size limit it is refused, a large copy is read in the worker.
    if (copy.text.length > this.maxBytes) {
      this.issues = [{ path: 'src', message: `${name} ${this.tooLarge(copy.text.length).message}` }];
      this.callbacks.onKept(this.issues);
      this.host.requestUpdate();
      return;
    }
    const result = await readSized(copy.text, { type: this.format, baseUrl: copy.responseUrl, url: copy.url, contentType: copy.contentType, origin: 'src', name }, new AbortController().signal);
    if (generation !== this.generation || this.shownSource?.url !== copy.url) return;
    this.shownSource = { url: copy.url, etag: copy.etag, lastModified: copy.lastModified };
    if (!result.timeline || result.issues.length) {
      this.issues = result.issues.length ? result.issues : [{ path: 'src', message: `${name} has no timeline data` }];
      this.callbacks.onKept(this.issues);
      this.host.requestUpdate();
      return;
    }
    const update = diffTimelines(this.timeline, result.timeline);
    // An unchanged story costs no render (an earlier version's problems, now gone, are cleared).
    if (isEmptyUpdate(update) && !frameChanged(this.timeline, result.timeline)) {
      if (this.issues.length) this.issues = [];
      this.host.requestUpdate();
      return;
    }
    this.failure = undefined;
    this.timeline = result.timeline;
    this.issues = [];
    this.callbacks.onRead(result, update);
    this.host.requestUpdate();
  }

  /**
   * Reads the data inside the element: a `<script type="application/json">` child, or else an
   * `<ol>`/`<ul>` list, which is then watched so a CMS filling it in late is picked up.
   */
  readChildren(): boolean {
    this.shownSource = null;
    this.watchChildren();
    this.childrenSeen = this.host.innerHTML;
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    if (script) {
      this.read(script.textContent ?? '', { type: this.format, origin: '(script)' });
      return true;
    }
    const list = this.host.querySelector(':scope > ol, :scope > ul');
    if (!list) return false;
    const generation = ++this.generation;
    if (this.status === 'empty') this.setStatus('loading');
    import('../formats/html-list.js').then(
      ({ htmlList }) => {
        if (generation === this.generation) this.read(list, { reader: htmlList, origin: '(list)' });
      },
      (error) => this.accept({ timeline: null, issues: [{ path: '(list)', message: `could not be read: ${errorText(error)}` }] }),
    );
    return true;
  }

  /** Stops a pending load; what was shown before stays. */
  cancel(): void {
    this.reading?.abort();
    this.shownSource = null;
    this.abort?.abort();
    this.abort = undefined;
    this.interrupted = undefined;
    this.generation++;
    if (this.status === 'loading') this.setStatus(this.timeline ? 'ready' : 'empty');
  }

  /** Reads a source at once when its reader is loaded, or when the reader arrives; a large text in a worker. */
  private read(source: unknown, options: ReadOptions, merge = false): void {
    const generation = ++this.generation;
    this.reading?.abort();
    this.reading = new AbortController();
    const result = typeof source === 'string' ? readSized(source, options, this.reading.signal) : readTimeline(source, options);
    if (!(result instanceof Promise)) return this.accept(result, false, merge);
    this.setStatus('loading');
    const large = typeof source === 'string' && source.length >= OFF_THREAD_MIN;
    void result.then(async (read) => {
      // As for a large `src`: taken in a task after the one that unpacked the worker's last part.
      if (large) await nextTask();
      if (generation === this.generation) this.accept(read, false, merge, large);
    });
  }

  /** Takes a result; a failed `src` leaves earlier good data on screen, with its problems above it. */
  private accept(result: ReadResult, fromSrc = false, merge = false, large = false): void {
    if (fromSrc && !result.timeline && this.timeline) {
      this.issues = result.issues;
      this.status = 'ready';
      this.callbacks.onKept(result.issues);
      this.host.requestUpdate();
      return;
    }
    if (!fromSrc) this.failure = undefined;
    const update = merge && this.timeline && result.timeline ? diffTimelines(this.timeline, result.timeline) : undefined;
    this.timeline = result.timeline;
    this.issues = result.issues;
    this.status = result.timeline ? 'ready' : 'failed';
    this.callbacks.onRead(result, update, large);
    this.host.requestUpdate();
  }

  private watchChildren(): void {
    if (typeof MutationObserver === 'undefined') return;
    // The element's own attributes (selected, view …) change as it is used: only its content counts.
    this.observer ??= new MutationObserver((records) => {
      if (records.some((record) => record.type !== 'attributes' || record.target !== this.host)) this.childrenChanged();
    });
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true, attributes: true });
  }

  private stopWatching(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** Children changed (a CMS filled them in): read them again once the burst of changes is over. */
  private childrenChanged(): void {
    if (this.rereadPending) return;
    this.rereadPending = true;
    queueMicrotask(() => {
      this.rereadPending = false;
      if (this.observer) this.readChildren();
    });
  }

  private setStatus(status: DataStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }
}

/** Reads a large source in a worker (its code a chunk, loaded then), a small one at once, in place. */
function readSized(source: string | Uint8Array, options: ReadOptions, signal: AbortSignal): ReadResult | Promise<ReadResult> {
  const inPlace = () => readTimeline(typeof source === 'string' ? source : new TextDecoder().decode(source), options);
  if (source.length < OFF_THREAD_MIN) return inPlace();
  return import('../formats/off-thread.js').then(({ readOffThread }) => readOffThread(source, options, signal), inPlace);
}

function hostOf(url: string): string {
  try {
    return new URL(url, document.baseURI).hostname;
  } catch {
    return '';
  }
}
