import { readTimeline, type ReadOptions, type ReadResult } from './index.js';

/** Texts at least this long (characters) are read in a Worker; shorter ones read faster in place. */
export const OFF_THREAD_MIN = 1_000_000;

/**
 * Reads a text in a Worker (src/formats/read-worker.ts), so the page never waits on a large
 * file's parsing and checking. Where no worker can start (a script served from another origin,
 * a policy without `worker-src 'self'`), the text is read in place, as before. Never rejects.
 */
export function readOffThread(text: string, options: ReadOptions, signal: AbortSignal): Promise<ReadResult> {
  const inPlace = () => Promise.resolve(readTimeline(text, options));
  if (text.length < OFF_THREAD_MIN || typeof Worker === 'undefined') return inPlace();
  let worker: Worker;
  try {
    worker = new Worker(new URL('./read-worker.js', import.meta.url), { type: 'module', name: 'news-timeline reader' });
  } catch {
    return inPlace();
  }
  return new Promise<ReadResult>((resolve) => {
    const finish = (result: ReadResult | Promise<ReadResult>) => {
      worker.terminate();
      signal.removeEventListener('abort', stop);
      resolve(result);
    };
    // A cancelled read's result is never used: the worker simply stops.
    const stop = () => finish({ timeline: null, issues: [] });
    worker.addEventListener('message', (event: MessageEvent<ReadResult>) => finish(event.data));
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      finish(inPlace());
    });
    signal.addEventListener('abort', stop, { once: true });
    worker.postMessage({ text, options });
  });
}
