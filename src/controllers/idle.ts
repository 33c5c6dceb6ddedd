/**
 * Runs `work` when the page is next idle, where a browser can say when (else soon): within two
 * seconds, busy or not. For small warm-ups that a first render would otherwise pay for.
 */
export function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 2000 });
  else setTimeout(work, 500);
}

/** Resolves in a later task, so the page can draw and answer input in between: `scheduler.yield()` where there is one. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return typeof scheduler?.yield === 'function' ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
