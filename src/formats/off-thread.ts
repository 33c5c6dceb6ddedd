import type { TimelineEvent } from '../core/types.js';
import { readTimeline, type ReadOptions, type ReadResult } from './index.js';

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL(value: string): string }): { createScriptURL(value: string): unknown };
}
let policy: { createScriptURL(value: string): unknown } | undefined;

/**
 * The worker's address, as a page enforcing Trusted Types requires it: from the `news-timeline`
 * policy, which passes the reader's own script and nothing else. Throws where the page's
 * `trusted-types` list leaves that policy out (the text is then read in place).
 */
function workerUrl(url: string): unknown {
  const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!trustedTypes) return url;
  policy ??= trustedTypes.createPolicy('news-timeline', {
    createScriptURL: (value) => {
      if (!/\/(read-worker|news-timeline-reader\.min)\.js$/.test(new URL(value).pathname)) throw new TypeError(`news-timeline: ${value} is not its reader`);
      return value;
    },
  });
  return policy.createScriptURL(url);
}

/** What the worker sends: a part of the events, then the rest of the result. */
type WorkerMessage = { events: TimelineEvent[]; done?: undefined } | { done: ReadResult };

/**
 * Reads a text, or a file's bytes, in a Worker (this module is a chunk, loaded for large sources only) (src/formats/read-worker.ts), so the page never
 * waits on a large file's decoding, parsing and checking. Where no worker can start (a script
 * served from another origin, a policy without `worker-src` for it), it is read in place, as
 * before. Never rejects.
 */
export function readOffThread(source: string | Uint8Array, options: ReadOptions, signal: AbortSignal): Promise<ReadResult> {
  const inPlace = () => Promise.resolve(readTimeline(typeof source === 'string' ? source : new TextDecoder().decode(source), options));
  if (typeof Worker === 'undefined') return inPlace();
  let worker: Worker;
  try {
    worker = new Worker(workerUrl(new URL('./read-worker.js', import.meta.url).href) as string, { type: 'module', name: 'news-timeline reader' });
  } catch {
    return inPlace();
  }
  return new Promise<ReadResult>((resolve) => {
    const events: TimelineEvent[] = [];
    const finish = (result: ReadResult | Promise<ReadResult>) => {
      worker.terminate();
      signal.removeEventListener('abort', stop);
      resolve(result);
    };
    // A cancelled read's result is never used: the worker simply stops.
    const stop = () => finish({ timeline: null, issues: [] });
    worker.addEventListener('message', ({ data }: MessageEvent<WorkerMessage>) => {
      if (!data.done) return void events.push(...data.events);
      const { timeline } = data.done;
      finish({ ...data.done, timeline: timeline && { ...timeline, events } });
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      finish(inPlace());
    });
    signal.addEventListener('abort', stop, { once: true });
    // The bytes are copied, not transferred: read in place after all, they are still here.
    worker.postMessage({ source, options });
  });
}
