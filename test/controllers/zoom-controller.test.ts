import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { ReactiveElement } from 'lit';
import { gesturesReady, ZoomController } from '../../src/controllers/zoom-controller.js';
import { DAY } from '../../src/core/time.js';

const WIDTH = 1000;
const HEIGHT = 100;
/** A thousand days, one a pixel when zoomed out. */
const FULL: [number, number] = [0, 1000 * DAY];

/** The smallest host: a track it zooms, and every window the controller reports. */
class ZoomHost extends ReactiveElement {
  changes: Array<[number, number]> = [];
  settles: Array<[number, number]> = [];
  /** `zoom.moving` at each change, and how many times a motion ended. */
  moving: boolean[] = [];
  motionEnds = 0;
  readonly zoom: ZoomController = new ZoomController(this, {
    onChange: (from, to) => {
      this.changes.push([from, to]);
      this.moving.push(this.zoom.moving);
    },
    onSettle: (from, to) => this.settles.push([from, to]),
    wheelZooms: () => false,
    onMotionEnd: () => this.motionEnds++,
  });
  readonly track = document.createElement('div');

  override connectedCallback(): void {
    super.connectedCallback();
    this.track.style.cssText = `display:block;width:${WIDTH}px;height:${HEIGHT}px`;
    this.append(this.track);
  }
}
customElements.define('zoom-host', ZoomHost);

/**
 * Animation frames run by hand: `frame(ms)` runs what was requested, with that time stamp. The
 * test then decides how much time passes between frames, and nothing depends on the machine's speed.
 */
function manualFrames() {
  const realRequest = window.requestAnimationFrame;
  const realCancel = window.cancelAnimationFrame;
  let queue = new Map<number, FrameRequestCallback>();
  let next = 1;
  window.requestAnimationFrame = (callback) => {
    queue.set(next, callback);
    return next++;
  };
  window.cancelAnimationFrame = (id) => void queue.delete(id);
  return {
    pending: () => queue.size,
    frame(time: number) {
      const due = queue;
      queue = new Map();
      for (const callback of due.values()) callback(time);
    },
    restore() {
      window.requestAnimationFrame = realRequest;
      window.cancelAnimationFrame = realCancel;
    },
  };
}

/** A host with its zoom bound to the track, showing the whole span. */
async function zoomHost(): Promise<ZoomHost> {
  const host = await fixture<ZoomHost>(html`<zoom-host></zoom-host>`);
  host.zoom.setFrame(FULL, WIDTH, false, HEIGHT);
  // d3's gesture code comes in a chunk of its own: these tests drive it from the first frame.
  await gesturesReady();
  host.zoom.attach(host.track, HEIGHT);
  return host;
}

const days = ([from, to]: [number, number]) => [Math.round(from / DAY), Math.round(to / DAY)];

describe('ZoomController', () => {
  let frames: ReturnType<typeof manualFrames>;
  beforeEach(() => {
    frames = manualFrames();
  });
  afterEach(() => frames.restore());

  it('glides to a window over several frames and settles once, at the end', async () => {
    const host = await zoomHost();
    host.zoom.show(600 * DAY, 700 * DAY);
    expect(host.changes, 'nothing moves before the first frame').to.have.length(0);
    frames.frame(1000);
    const spans: number[] = [];
    for (let time = 1050; frames.pending(); time += 50) {
      frames.frame(time);
      if (!frames.pending()) break;
      spans.push(host.zoom.view[1] - host.zoom.view[0]);
      expect(host.settles, `settled half-way, at ${time} ms`).to.have.length(0);
    }
    expect(spans.length, 'frames in between').to.be.at.least(4);
    // Half-way windows lie between the two: narrower than the whole, wider than the target.
    for (const span of spans) expect(span).to.be.within(100 * DAY, 1000 * DAY);
    expect(days(host.zoom.view)).to.deep.equal([600, 700]);
    expect(host.settles.map(days)).to.deep.equal([[600, 700]]);
    expect(days(host.changes.at(-1)!)).to.deep.equal([600, 700]);
  });

  it('lets a later glide take over from one under way, still settling once', async () => {
    const host = await zoomHost();
    host.zoom.show(600 * DAY, 700 * DAY);
    frames.frame(0);
    frames.frame(100);
    host.zoom.show(100 * DAY, 300 * DAY);
    for (let time = 200; frames.pending(); time += 50) frames.frame(time);
    expect(host.settles.map(days)).to.deep.equal([[100, 300]]);
  });

  it('stops a glide when the reader drags, and settles where the drag ends', async () => {
    const host = await zoomHost();
    host.zoom.show(600 * DAY, 700 * DAY);
    frames.frame(0);
    frames.frame(120);
    const halfWay = [...host.zoom.view];
    expect(halfWay[1] - halfWay[0]).to.be.within(100 * DAY, 1000 * DAY - 1);
    const box = host.track.getBoundingClientRect();
    const at = (x: number) => ({ clientX: box.left + x, clientY: box.top + 50, bubbles: true, view: window, button: 0 });
    host.track.dispatchEvent(new MouseEvent('mousedown', at(400)));
    expect(frames.pending(), 'the glide stopped').to.equal(0);
    window.dispatchEvent(new MouseEvent('mousemove', at(500)));
    window.dispatchEvent(new MouseEvent('mouseup', at(500)));
    frames.frame(1000);
    // The drag moved the half-way window 100 px to earlier times; it never reached the target.
    const perPixel = (halfWay[1] - halfWay[0]) / WIDTH;
    expect(host.zoom.view[0]).to.be.closeTo(halfWay[0] - 100 * perPixel, DAY);
    expect(host.settles).to.have.length(1);
    expect(host.settles[0][0]).to.equal(host.zoom.view[0]);
  });

  it('stops a glide when the reader zooms with the wheel', async () => {
    const host = await zoomHost();
    host.zoom.show(600 * DAY, 700 * DAY);
    frames.frame(0);
    frames.frame(120);
    const box = host.track.getBoundingClientRect();
    const settled = new Promise<void>((resolve) => {
      const seen = host.settles.length;
      const poll = () => (host.settles.length > seen ? resolve() : setTimeout(poll, 20));
      poll();
    });
    host.track.dispatchEvent(new WheelEvent('wheel', { clientX: box.left + 500, clientY: box.top + 50, deltaY: -100, ctrlKey: true, bubbles: true, cancelable: true }));
    expect(frames.pending(), 'the glide stopped').to.equal(0);
    await settled;
    expect(host.settles).to.have.length(1);
    const [from, to] = host.settles[0];
    expect(Math.round((to - from) / DAY), 'the wheel zoomed from the half-way window, not to the target').to.not.equal(100);
  });

  it('jumps at once when the reader prefers reduced motion', async () => {
    await executeServerCommand('media-features', [{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    try {
      const host = await zoomHost();
      host.zoom.show(600 * DAY, 700 * DAY);
      expect(frames.pending()).to.equal(0);
      expect(days(host.zoom.view)).to.deep.equal([600, 700]);
      expect(host.settles.map(days)).to.deep.equal([[600, 700]]);
    } finally {
      await executeServerCommand('media-features', [{ name: 'prefers-reduced-motion', value: 'no-preference' }]);
    }
  });

  it('zooms in twice around the pointer on a double-click, and out with Shift', async () => {
    const host = await zoomHost();
    const box = host.track.getBoundingClientRect();
    const click = (x: number, shiftKey = false) =>
      host.track.dispatchEvent(new MouseEvent('dblclick', { clientX: box.left + x, clientY: box.top + 50, shiftKey, bubbles: true, cancelable: true, view: window }));
    click(250);
    expect(frames.pending(), 'it glides').to.equal(1);
    for (let time = 0; frames.pending(); time += 50) frames.frame(time);
    // Day 250 was under the pointer at 250 px; it still is, with half the days across the width.
    expect(days(host.zoom.view)).to.deep.equal([125, 625]);
    click(500, true);
    for (let time = 1000; frames.pending(); time += 50) frames.frame(time);
    // Twice the days around day 375 (at 500 px) would begin before the span: held inside it.
    expect(days(host.zoom.view)).to.deep.equal([0, 1000]);
    expect(host.settles.map(days)).to.deep.equal([[125, 625], [0, 1000]]);
  });

  it('keeps the time under the pointer when time runs right to left', async () => {
    const host = await zoomHost();
    host.zoom.setFrame(FULL, WIDTH, true, HEIGHT);
    const box = host.track.getBoundingClientRect();
    // 250 px from the left is day 750 when the latest day is at the left edge.
    host.track.dispatchEvent(new MouseEvent('dblclick', { clientX: box.left + 250, clientY: box.top + 50, bubbles: true, cancelable: true, view: window }));
    for (let time = 0; frames.pending(); time += 50) frames.frame(time);
    expect(days(host.zoom.view)).to.deep.equal([375, 875]);
  });

  it('is moving through a glide, and says once when the motion ends', async () => {
    const host = await zoomHost();
    host.zoom.show(600 * DAY, 700 * DAY);
    for (let time = 0; frames.pending(); time += 50) frames.frame(time);
    // Every frame but the last one moved the view in motion; the last is the window itself.
    expect(host.moving.slice(0, -1).every(Boolean), host.moving.join()).to.equal(true);
    expect(host.moving.length).to.be.at.least(4);
    expect(host.zoom.moving).to.equal(false);
    expect(host.motionEnds).to.equal(1);
  });

  it('is moving while a drag moves the view, and not for a click', async () => {
    const host = await zoomHost();
    host.zoom.show(400 * DAY, 600 * DAY, false);
    const box = host.track.getBoundingClientRect();
    const at = (x: number) => ({ clientX: box.left + x, clientY: box.top + 50, bubbles: true, view: window, button: 0 });
    host.track.dispatchEvent(new MouseEvent('mousedown', at(400)));
    window.dispatchEvent(new MouseEvent('mouseup', at(400)));
    expect(host.motionEnds, 'a click is no motion').to.equal(0);
    host.track.dispatchEvent(new MouseEvent('mousedown', at(400)));
    expect(host.zoom.moving, 'pressed, not yet moved').to.equal(false);
    window.dispatchEvent(new MouseEvent('mousemove', at(450)));
    window.dispatchEvent(new MouseEvent('mousemove', at(500)));
    expect(host.zoom.moving).to.equal(true);
    window.dispatchEvent(new MouseEvent('mouseup', at(500)));
    expect(host.zoom.moving).to.equal(false);
    expect(host.motionEnds).to.equal(1);
  });

  it('is never moving for a window shown at once', async () => {
    const host = await zoomHost();
    host.zoom.show(100 * DAY, 200 * DAY, false);
    host.zoom.panBy(50);
    expect(host.moving).to.deep.equal([false, false]);
    expect(host.motionEnds).to.equal(0);
  });
});
