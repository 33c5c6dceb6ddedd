import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Issue, Timeline } from '../core/types.js';
import { errorText, readTimeline, type FormatType, type ReadResult } from '../formats/index.js';

export type DataStatus = 'empty' | 'loading' | 'ready' | 'failed';

export interface DataCallbacks {
  /** New data was read: a timeline (maybe with problems), or only problems. */
  onRead(result: ReadResult): void;
}

/**
 * Owns getting the data in: `src` (fetched, aborted when replaced or disconnected, resumed on
 * reconnect), `.data`, or a `<script type="application/json">` child. It reads everything
 * through `readTimeline` and reports through a callback; it never touches zoom or selection.
 */
export class DataController implements ReactiveController {
  status: DataStatus = 'empty';
  timeline: Timeline | null = null;
  issues: Issue[] = [];
  /** The format for the next reads (`format` attribute). */
  format: FormatType | 'auto' = 'auto';

  private abort?: AbortController;
  /** The URL being loaded. */
  private current?: string;
  /** A URL whose load a disconnect cut short: loaded again on reconnect. */
  private interrupted?: string;

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
  }

  hostDisconnected(): void {
    if (this.abort) this.interrupted = this.current;
    this.abort?.abort();
    this.abort = undefined;
  }

  /** Fetches and reads a URL; a newer load (or `set`, or `cancel`) cancels this one. */
  async load(url: string): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.current = url;
    this.setStatus('loading');
    const name = JSON.stringify(url);
    try {
      const response = await fetch(url, { signal: abort.signal, credentials: 'same-origin' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const text = await response.text();
      if (abort.signal.aborted) return;
      // Relative URLs in the data are relative to the data file, not to the page.
      const baseUrl = response.url || new URL(url, document.baseURI).href;
      this.accept(
        readTimeline(text, { type: this.format, baseUrl, url, contentType: response.headers.get('content-type') ?? undefined, origin: 'src', name }),
      );
    } catch (error) {
      if (abort.signal.aborted) return;
      this.accept({ timeline: null, issues: [{ path: 'src', message: `could not load ${name}: ${errorText(error)}` }] });
    } finally {
      if (this.abort === abort) this.abort = undefined;
    }
  }

  /** Reads data given as an object or text (`.data`), cancelling any pending load. */
  set(data: unknown): void {
    this.cancel();
    this.accept(readTimeline(data, { type: this.format, origin: 'data' }));
  }

  /** Reads a `<script type="application/json">` child of the host, if it has one. */
  readChildren(): boolean {
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    if (!script) return false;
    this.accept(readTimeline(script.textContent ?? '', { type: this.format, origin: '(script)' }));
    return true;
  }

  /** Stops a pending load; what was shown before stays. */
  cancel(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.interrupted = undefined;
    if (this.status === 'loading') this.setStatus(this.timeline ? 'ready' : 'empty');
  }

  private accept(result: ReadResult): void {
    this.timeline = result.timeline;
    this.issues = result.issues;
    this.status = result.timeline ? 'ready' : 'failed';
    this.callbacks.onRead(result);
    this.host.requestUpdate();
  }

  private setStatus(status: DataStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }
}
