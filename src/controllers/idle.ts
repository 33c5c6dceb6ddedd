/** The idle time a patient task waits for: a long idle period, not the rest of a busy frame. */
const LONG_IDLE_MS = 40;
/** How long a patient task goes on waiting for one (a page that animates all along never gives one). */
const PATIENCE_MS = 10_000;

/**
 * Runs `work` when the page is next idle, where a browser can say when (else soon): within two
 * seconds, busy or not. Given `wanted`, the task is patient (ahead of time, and long): it waits
 * for a long idle period, when no frame is being drawn, so as never to hold up a frame a reader
 * is waiting for (a gesture's frames leave only a few milliseconds idle each). It is dropped once
 * `wanted()` says no, or after ten seconds without such a period.
 */
export function whenIdle(work: () => void, wanted?: () => boolean): void {
  if (typeof requestIdleCallback !== 'function') {
    setTimeout(() => (!wanted || wanted()) && work(), 500);
    return;
  }
  if (!wanted) {
    requestIdleCallback(work, { timeout: 2000 });
    return;
  }
  const until = performance.now() + PATIENCE_MS;
  const attempt = (deadline: IdleDeadline) => {
    if (!wanted() || performance.now() > until) return;
    if (deadline.timeRemaining() >= LONG_IDLE_MS) work();
    else requestIdleCallback(attempt);
  };
  requestIdleCallback(attempt);
}
