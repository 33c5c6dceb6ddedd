import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import { flagshipData, mark, mountTimeline, settle, shadow, until } from '../support/timeline.js';

/** The motion canvas while it shows: when still it stays in the page, hidden. */
const SHOWN_CANVAS = 'canvas.motion:not([hidden])';
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Presses the mouse on the track and drags it by `dx` in a few moves, without letting go. */
async function dragWithoutRelease(element: NewsTimeline, dx: number): Promise<{ up: () => void; release: () => Promise<void> }> {
  const svg = shadow(element).querySelector('svg.timeline')!;
  const box = svg.getBoundingClientRect();
  const at = (x: number) => ({ clientX: box.left + x, clientY: box.top + 40, bubbles: true, composed: true, view: window, button: 0 });
  svg.dispatchEvent(new MouseEvent('mousedown', at(400)));
  for (let step = 1; step <= 4; step++) {
    window.dispatchEvent(new MouseEvent('mousemove', at(400 + (dx * step) / 4)));
    await nextFrame();
  }
  await element.updateComplete;
  const up = () => window.dispatchEvent(new MouseEvent('mouseup', at(400 + dx)));
  return {
    /** Lets go, and no more. */
    up,
    /** Lets go and waits until the view has settled. */
    release: async () => {
      up();
      await settle(element);
    },
  };
}

/** Whether any pixel of the canvas was painted. */
function painted(canvas: HTMLCanvasElement): number {
  const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  let count = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i] > 0) count++;
  return count;
}

/** A point mark in the middle of the track (at least 300 px from either end), and its shape's x. */
function middleMark(element: NewsTimeline): { key: string; x: () => number | undefined } {
  const root = shadow(element);
  const box = root.querySelector('svg.timeline')!.getBoundingClientRect();
  const shapeX = (node: Element | null) => node?.querySelector('circle.shape, rect.shape')?.getBoundingClientRect().x;
  const found = [...root.querySelectorAll('.mark:not(.cluster)[data-event-id]')].find((node) => {
    const x = shapeX(node)!;
    return x > box.left + 300 && x < box.right - 300 && root.querySelector(`text.label[data-for="${CSS.escape(node.getAttribute('data-key')!)}"]`);
  });
  if (!found) throw new Error('no labelled mark in the middle of the track');
  const key = found.getAttribute('data-key')!;
  return { key, x: () => shapeX(root.querySelector(`.mark[data-key="${CSS.escape(key)}"]`)) };
}

/**
 * Zooms in (at the whole span there is nothing to pan to), then drags until the painter chunk has
 * loaded (the first motion may draw as SVG while it loads).
 */
async function warmUp(element: NewsTimeline): Promise<void> {
  const { start, end } = await new Promise<{ start: Date; end: Date }>((resolve) => {
    element.addEventListener('nt-range-change', (event) => resolve((event as CustomEvent).detail), { once: true });
    element.zoomIn();
  });
  expect(end.getTime() - start.getTime()).to.be.greaterThan(0);
  await settle(element);
  const drag = await dragWithoutRelease(element, -60);
  for (let i = 0; i < 20 && !shadow(element).querySelector(SHOWN_CANVAS); i++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    window.dispatchEvent(new MouseEvent('mousemove', { clientX: 300 + i, clientY: 100, bubbles: true, view: window }));
    await element.updateComplete;
  }
  await drag.release();
}

/**
 * Two thousand events a day apart in five lanes, each with a title of its own: every frame of a
 * drag meets titles never measured. Headlines all: the layout tries every one of them, however
 * crowded the lane.
 */
const DISPATCHES = (() => {
  const categories = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, label: id }));
  const events = Array.from({ length: 2000 }, (_, i) => ({
    id: `e-${i}`,
    start: new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
    title: `Dispatch ${i} from the northern desk`,
    category: categories[i % 5].id,
    importance: 3 as const,
  }));
  return { categories, events };
})();

/** The dispatches, warmed up and shown a year at a time. */
async function mountDispatches(): Promise<NewsTimeline> {
  const element = await mountTimeline(DISPATCHES, 1100);
  await warmUp(element);
  element.zoomTo('2020-06-01', '2021-06-01');
  await settle(element);
  return element;
}

describe('news-timeline in motion', () => {
  afterEach(async () => {
    await executeServerCommand('media-features', []);
  });

  it('paints the marks on a canvas while a drag moves the view, and keeps the SVG marks as they were', async () => {
    const element = await mountTimeline(await flagshipData(), 1100);
    await warmUp(element);
    const target = middleMark(element);
    const before = shadow(element).querySelector<SVGGElement>(`.mark[data-key="${CSS.escape(target.key)}"]`)!;
    const id = before.getAttribute('data-event-id')!;
    const beforeX = target.x()!;
    const drag = await dragWithoutRelease(element, -200);
    const canvas = shadow(element).querySelector<HTMLCanvasElement>(SHOWN_CANVAS);
    expect(canvas, 'a canvas over the track').to.exist;
    expect(canvas!.getAttribute('aria-hidden')).to.equal('true');
    expect(painted(canvas!), 'painted pixels').to.be.greaterThan(500);
    const svg = shadow(element).querySelector('svg.timeline')!;
    expect(svg.classList.contains('moving')).to.equal(true);
    expect(getComputedStyle(svg.querySelector('.marks')!).opacity).to.equal('0');
    // The same node, not moved: focus and screen readers keep it until the motion ends.
    expect(mark(element, id)).to.equal(before);
    expect(before.querySelector('circle.shape, rect.shape')!.getBoundingClientRect().x).to.be.closeTo(beforeX, 0.5);
    // The axis follows the drag all along.
    await drag.release();
    expect(shadow(element).querySelector(SHOWN_CANVAS), 'canvas gone once still').to.equal(null);
    // Hidden, not removed: the next gesture paints on the same canvas, its pixels already made.
    expect(shadow(element).querySelector('canvas.motion[hidden]'), 'the same canvas, hidden').to.equal(canvas);
    expect(getComputedStyle(canvas!).display).to.equal('none');
    expect(svg.classList.contains('moving')).to.equal(false);
    // Still, the SVG marks are drawn where the view now is: 200 px to the left.
    expect(mark(element, id)!.querySelector('circle.shape, rect.shape')!.getBoundingClientRect().x).to.be.closeTo(beforeX - 200, 2);
  });

  it('draws the SVG marks and labels anew and hides the canvas in the first still frame', async () => {
    const element = await mountTimeline(await flagshipData(), 1100);
    await warmUp(element);
    const root = shadow(element);
    const { key, x: markX } = middleMark(element);
    const labelX = () => Number(root.querySelector(`text.label[data-for="${CSS.escape(key)}"]`)!.getAttribute('x'));
    const [label0, mark0] = [labelX(), markX()!];
    const drag = await dragWithoutRelease(element, -200);
    expect(root.querySelector(SHOWN_CANVAS), 'canvas up in motion').to.exist;
    // In motion the SVG keeps what the last still frame drew.
    expect(markX()).to.be.closeTo(mark0, 0.5);
    expect(labelX()).to.equal(label0);
    drag.up();
    await element.updateComplete;
    expect(root.querySelector(SHOWN_CANVAS), 'canvas hidden').to.equal(null);
    expect(root.querySelector('svg.timeline')!.classList.contains('moving')).to.equal(false);
    expect(markX()).to.be.closeTo(mark0 - 200, 2);
    expect(labelX()).to.be.closeTo(label0 - 200, 2);
  });

  it('keeps focus on the focused mark through the motion', async () => {
    const element = await mountTimeline(await flagshipData(), 1100);
    await warmUp(element);
    const target = shadow(element).querySelector<SVGGElement>('.mark:not(.cluster)[data-event-id]')!;
    const key = target.getAttribute('data-key');
    target.focus();
    const drag = await dragWithoutRelease(element, -40);
    expect(shadow(element).querySelector(SHOWN_CANVAS)).to.exist;
    expect(shadow(element).activeElement).to.equal(target);
    await drag.release();
    expect(shadow(element).activeElement?.getAttribute('data-key')).to.equal(key);
  });

  it('draws as SVG in forced colours, where a canvas could not follow the system colours', async () => {
    const element = await mountTimeline(await flagshipData(), 1100);
    await warmUp(element);
    await executeServerCommand('media-features', [{ name: 'forced-colors', value: 'active' }]);
    const drag = await dragWithoutRelease(element, -200);
    expect(shadow(element).querySelector(SHOWN_CANVAS)).to.equal(null);
    expect(shadow(element).querySelector('svg.timeline')!.classList.contains('moving')).to.equal(false);
    await drag.release();
  });

  it('draws as SVG while the find field dims marks', async () => {
    const element = await mountTimeline(await flagshipData(), 1100);
    await warmUp(element);
    const input = shadow(element).querySelector<HTMLInputElement>('input[part="search"]')!;
    input.value = 'veto';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    // Find's matching loads from a chunk with the first letter typed: wait for the dimmed marks.
    expect(await until(() => shadow(element).querySelector('[data-dim]') !== null), 'some marks dimmed').to.equal(true);
    await settle(element);
    const drag = await dragWithoutRelease(element, -200);
    expect(shadow(element).querySelector(SHOWN_CANVAS)).to.equal(null);
    await drag.release();
  });

  it('once still after a drag across titles never shown, places every label as a timeline drawn there from the start', async () => {
    const element = await mountDispatches();
    const svg = shadow(element).querySelector('svg.timeline')!;
    const box = svg.getBoundingClientRect();
    const at = (x: number) => ({ clientX: box.left + x, clientY: box.top + 40, bubbles: true, composed: true, view: window, button: 0 });
    svg.dispatchEvent(new MouseEvent('mousedown', at(1080)));
    // Each move brings half a year, and a hundred marks or more with titles not yet shown, into view.
    for (let step = 1; step <= 2; step++) {
      window.dispatchEvent(new MouseEvent('mousemove', at(1080 - step * 500)));
      await element.updateComplete;
      await nextFrame();
    }
    expect(shadow(element).querySelector(SHOWN_CANVAS), 'in motion').to.exist;
    const settled = new Promise<{ start: Date; end: Date }>((resolve) =>
      element.addEventListener('nt-range-change', (event) => resolve((event as CustomEvent).detail), { once: true }),
    );
    window.dispatchEvent(new MouseEvent('mouseup', at(80)));
    const range = await settled;
    await settle(element);
    const labels = (el: NewsTimeline) => [...shadow(el).querySelectorAll('.labels text.label')].map((t) => `${Number(t.getAttribute('x')).toFixed(1)} ${t.textContent}`);
    const fresh = await mountTimeline(DISPATCHES, 1100);
    const shown = new Promise((resolve) => fresh.addEventListener('nt-range-change', resolve, { once: true }));
    fresh.zoomTo(range.start, range.end);
    await shown;
    await settle(fresh);
    expect(labels(element).length).to.be.greaterThan(10);
    expect(labels(element)).to.deep.equal(labels(fresh));
  });

  it('gets ready as the painter arrives: paints the hidden canvas, which gives its pixels back out of the page', async () => {
    const element = await mountTimeline(await flagshipData(), 1100);
    await settle(element);
    const canvas = shadow(element).querySelector<HTMLCanvasElement>('canvas.motion')!;
    expect(canvas.hidden, 'hidden while still').to.equal(true);
    // The element asked for the painter with its first marks: once the chunk is in, it paints.
    await import('../../src/components/news-timeline/views/motion.js');
    expect(await until(() => canvas.width > 0 && painted(canvas) > 500, 2000), 'the hidden canvas painted').to.equal(true);
    expect(canvas.hidden).to.equal(true);
    element.remove();
    expect([canvas.width, canvas.height]).to.deep.equal([0, 0]);
  });

  it('has the painter by the first gesture right after the first marks, with no idle time and no pointer before it', async () => {
    const { requestIdleCallback: idle } = window;
    // A page that is never idle: what loads only when it is idle never loads.
    window.requestIdleCallback = () => 0;
    try {
      const element = await mountTimeline(await flagshipData(), 1100);
      // However slow the page is to fetch the chunk: once it is in, the element (which asked for
      // it with its first marks) has it. With no idle time and no pointer, it would not have asked.
      await import('../../src/components/news-timeline/views/motion.js');
      await nextFrame();
      await nextFrame();
      // A glide, from code: no pointer or focus came to the element before it. Until the painter
      // is there, a frame in motion draws the SVG marks where they move to.
      const where = () => shadow(element).querySelector('.mark[data-event-id] .shape')!.getBoundingClientRect().x;
      const before = where();
      element.zoomIn();
      let canvasFrames = 0;
      for (let i = 0; i < 6; i++) {
        await nextFrame();
        await element.updateComplete;
        const canvasShown = shadow(element).querySelector(SHOWN_CANVAS) !== null;
        expect(canvasShown || where() === before, `frame ${i}: the SVG marks moved without the canvas`).to.equal(true);
        if (canvasShown) canvasFrames++;
      }
      expect(canvasFrames, 'frames painted on the canvas').to.be.greaterThan(2);
      await settle(element);
    } finally {
      window.requestIdleCallback = idle;
    }
  });

  it('shows a hostile title as text, in motion and still', async () => {
    const hostile = '<img src=x onerror="window.__hacked=1">';
    const events = ['2024-01-01', '2024-03-01', '2024-05-01', '2024-07-01', '2024-09-01'].map((start, i) => ({ id: `e${i}`, start, title: i === 2 ? hostile : `Event ${i}`, importance: 3 }));
    const element = await mountTimeline({ events }, 1100);
    await warmUp(element);
    const label = () => [...shadow(element).querySelectorAll('text.label')].find((node) => node.textContent === hostile);
    expect(label(), 'the title as its label reads').to.exist;
    const drag = await dragWithoutRelease(element, 100);
    expect(shadow(element).querySelector(SHOWN_CANVAS), 'in motion').to.exist;
    expect(painted(shadow(element).querySelector<HTMLCanvasElement>(SHOWN_CANVAS)!)).to.be.greaterThan(500);
    await drag.release();
    expect(label(), 'still shown as text').to.exist;
    expect(label()!.childElementCount).to.equal(0);
    expect(shadow(element).querySelector('img')).to.equal(null);
    expect((window as unknown as { __hacked?: number }).__hacked).to.equal(undefined);
  });
});
