/** The shortest time between two checks of a live `src`, in seconds: a newsroom's file is not a chat. */
export const MIN_REFRESH_SECONDS = 10;
/** The longest wait between checks after failures, in milliseconds. */
export const MAX_RETRY_MS = 10 * 60_000;

/** The `refresh` attribute as milliseconds, raised to the minimum (`raised` says so); null when off. */
export function refreshPeriod(seconds: number | null | undefined): { ms: number; raised: boolean } | null {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) return null;
  const raised = seconds < MIN_REFRESH_SECONDS;
  return { ms: Math.max(seconds, MIN_REFRESH_SECONDS) * 1000, raised };
}

/** The wait before the next check: the period, doubled for each failure in a row, at most ten minutes. */
export function retryDelay(periodMs: number, failures: number): number {
  return Math.min(periodMs * 2 ** Math.min(failures, 30), Math.max(MAX_RETRY_MS, periodMs));
}

/**
 * The next check after `now`, on the clock's multiples of the period, so that timelines on one
 * page with the same `src` and period check together and share one request.
 */
export function nextCheck(now: number, periodMs: number): number {
  return (Math.floor(now / periodMs) + 1) * periodMs;
}
