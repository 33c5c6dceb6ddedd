/**
 * Runs `work` when the page is next idle, where a browser can say when (else soon). Within two
 * seconds, busy or not, unless `patient`: then only in a moment the page is idle, which work
 * that is merely ahead of time (and long) waits for, so as never to delay a reader's input.
 */
export function whenIdle(work: () => void, patient = false): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, patient ? undefined : { timeout: 2000 });
  else setTimeout(work, 500);
}
