/**
 * Runs `work` when the page is next idle, where a browser can say when (else soon): within two
 * seconds, busy or not. For small warm-ups that a first render would otherwise pay for.
 */
export function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 2000 });
  else setTimeout(work, 500);
}
