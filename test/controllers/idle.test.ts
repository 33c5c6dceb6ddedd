import { expect } from '@open-wc/testing';
import { whenIdle } from '../../src/controllers/idle.js';

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('whenIdle', () => {
  it('runs a patient task only in a long idle period: never between the frames of a gesture', async () => {
    let ran = false;
    whenIdle(() => (ran = true), () => true);
    // Frames like a gesture's: each keeps the main thread busy for 10 ms.
    for (let i = 0; i < 30; i++) {
      await frame();
      const end = performance.now() + 10;
      while (performance.now() < end);
    }
    expect(ran, 'not while frames are drawn').to.equal(false);
    for (let i = 0; i < 40 && !ran; i++) await sleep(50);
    expect(ran, 'once the page is idle').to.equal(true);
  });

  it('drops a patient task that is no longer wanted (its element left the page)', async () => {
    let ran = false;
    let wanted = true;
    whenIdle(() => (ran = true), () => wanted);
    wanted = false;
    await sleep(500);
    expect(ran).to.equal(false);
  });

  it('runs other work at the next idle moment, frames or not', async () => {
    let ran = false;
    whenIdle(() => (ran = true));
    for (let i = 0; i < 30 && !ran; i++) await frame();
    expect(ran).to.equal(true);
  });
});
