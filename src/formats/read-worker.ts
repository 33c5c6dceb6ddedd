/**
 * The reader in a Worker: a large file's text in, its validated timeline and problems out, so the
 * page stays responsive while it is parsed and checked. Started by `readOffThread`; one read each.
 */
import { readTimeline, type ReadOptions } from './index.js';

addEventListener('message', (event: MessageEvent<{ text: string; options: ReadOptions }>) => {
  void Promise.resolve(readTimeline(event.data.text, event.data.options)).then((result) => {
    // The native document is not sent back: only the timeline is used, and a copy costs the page time.
    postMessage({ timeline: result.timeline, issues: result.issues, format: result.format });
  });
});
