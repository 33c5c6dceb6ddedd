/**
 * The reader in a Worker: a large file's text (or its bytes) in, its validated timeline and
 * problems out, so the page stays responsive while it is decoded, parsed and checked. The events
 * come back in parts, each a message of its own: the page unpacks each part in a short task.
 * Started by `readOffThread`; one read each.
 */
import { readTimeline, type ReadOptions } from './index.js';

/** Events per message: small enough that unpacking one part is a short task for the page. */
const PART = 1000;

addEventListener('message', (event: MessageEvent<{ source: string | Uint8Array; options: ReadOptions }>) => {
  const { source, options } = event.data;
  const text = typeof source === 'string' ? source : new TextDecoder().decode(source);
  void Promise.resolve(readTimeline(text, options)).then(({ timeline, issues, format }) => {
    const events = timeline?.events ?? [];
    for (let i = 0; i < events.length; i += PART) postMessage({ events: events.slice(i, i + PART) });
    // The native document is not sent back: only the timeline is used, and a copy costs the page time.
    postMessage({ done: { timeline: timeline && { ...timeline, events: [] }, issues, format } });
  });
});
