import { expect } from '@open-wc/testing';

// Runs only in the time-zone groups (web-test-runner.config.mjs): proves the zone took effect,
// so the date tests there really run away from UTC.
describe('time-zone group', () => {
  it('runs in a zone other than UTC', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(zone).to.not.equal('UTC');
    // ICU may report a zone by its older name (Asia/Calcutta for Asia/Kolkata).
    expect(['Pacific/Pago_Pago', 'America/New_York', 'Asia/Kolkata', 'Asia/Calcutta', 'Asia/Pyongyang', 'Pacific/Kiritimati']).to.include(zone);
    expect(new Date(2024, 0, 1).getTimezoneOffset()).to.not.equal(0);
  });
});
