/** The idle time a patient task waits for: a long idle period, not the rest of a busy frame. */
const LONG_IDLE_MS = 40;

/**
 * Runs `work` when the page is next idle, where a browser can say when (else soon): within two
 * seconds, busy or not. A `patient` task (ahead of time, and long) waits instead for a long idle
 * period, when no frame is being drawn, so as never to hold up a frame a reader is waiting for:
 * a gesture's frames leave only a few milliseconds idle each.
 */
export function whenIdle(work: () => void, patient = false): void {
  if (typeof requestIdleCallback !== 'function') {
    setTimeout(work, 500);
    return;
  }
  if (!patient) {
    requestIdleCallback(work, { timeout: 2000 });
    return;
  }
  const attempt = (deadline: IdleDeadline) => {
    if (deadline.timeRemaining() >= LONG_IDLE_MS) work();
    else requestIdleCallback(attempt);
  };
  requestIdleCallback(attempt);
}
