import { expect } from '@open-wc/testing';
import { MAX_RETRY_MS, nextCheck, refreshPeriod, retryDelay } from '../../src/core/refresh-schedule.js';

describe('refresh schedule', () => {
  it('reads refresh as seconds, raising anything under ten to ten', () => {
    expect(refreshPeriod(60)).to.deep.equal({ ms: 60_000, raised: false });
    expect(refreshPeriod(10)).to.deep.equal({ ms: 10_000, raised: false });
    expect(refreshPeriod(2)).to.deep.equal({ ms: 10_000, raised: true });
    expect(refreshPeriod(0)).to.equal(null);
    expect(refreshPeriod(undefined)).to.equal(null);
    expect(refreshPeriod(Number.NaN)).to.equal(null);
  });

  it('waits twice as long after each failure in a row, up to ten minutes', () => {
    expect([0, 1, 2, 3].map((failures) => retryDelay(30_000, failures))).to.deep.equal([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelay(30_000, 10)).to.equal(MAX_RETRY_MS);
    expect(retryDelay(30_000, 1000)).to.equal(MAX_RETRY_MS);
    // A period longer than ten minutes is never shortened by a failure.
    expect(retryDelay(3_600_000, 2)).to.equal(3_600_000);
  });

  it('checks on the clock multiples of the period, so timelines with one file check together', () => {
    expect(nextCheck(1_000, 10_000)).to.equal(10_000);
    expect(nextCheck(9_999, 10_000)).to.equal(10_000);
    expect(nextCheck(10_000, 10_000)).to.equal(20_000);
    expect(nextCheck(123_456, 30_000)).to.equal(150_000);
  });
});
