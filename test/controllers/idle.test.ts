import { expect } from '@open-wc/testing';
import { whenIdle } from '../../src/controllers/idle.js';

describe('whenIdle', () => {
  const real = window.requestIdleCallback;
  afterEach(() => {
    window.requestIdleCallback = real;
  });

  it('hands the work to the idle callback, with a deadline of two seconds, and runs it only then', () => {
    const asked: Array<{ work: IdleRequestCallback; timeout?: number }> = [];
    window.requestIdleCallback = (work, options) => (asked.push({ work, timeout: options?.timeout }), asked.length);
    let ran = false;
    whenIdle(() => (ran = true));
    expect(ran, 'not before the page is idle').to.equal(false);
    expect(asked).to.have.length(1);
    expect(asked[0].timeout).to.equal(2000);
    asked[0].work({ didTimeout: false, timeRemaining: () => 50 });
    expect(ran).to.equal(true);
  });

  it('runs the work soon where the browser has no idle callback', async () => {
    (window as { requestIdleCallback?: unknown }).requestIdleCallback = undefined;
    let ran = false;
    const done = new Promise<void>((resolve) => whenIdle(() => ((ran = true), resolve())));
    expect(ran).to.equal(false);
    await done;
    expect(ran).to.equal(true);
  });
});
