/** Runs `work` when the page is next idle (within two seconds), where a browser can say when; else soon. */
export function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 2000 });
  else setTimeout(work, 500);
}
