import type { TrackScene } from '../../../core/scene.js';
import type { TimelineEvent } from '../../../core/types.js';
import { markShapes, paintShapes, type Palette } from '../../../export/drawing.js';
import { fontOf, paletteOf } from '../../../export/from-element.js';

/**
 * The marks layer while the view is in motion: the scene's marks, counts and labels painted on a
 * canvas over the track, the same shapes a PNG export paints. One canvas frame costs a few
 * milliseconds where re-rendering hundreds of SVG marks costs tens (attributes, style, layout).
 * Loaded from a chunk beside the main file on the first zoom or pan.
 */
export interface MotionLook {
  palette: Palette;
  font: string;
}

/** The colours and font to paint in, read from the element once per motion. */
export function lookOf(element: Element): MotionLook {
  return { palette: paletteOf(element), font: fontOf(element) };
}

/**
 * What was last painted in each look, on which canvas and at what size in pixels. Kept by the
 * look, which the element holds for one motion only: once the motion ends (or new data comes),
 * the scene painted, and the data it was laid out from, are not kept alive by this.
 */
const shown = new WeakMap<MotionLook, { canvas: HTMLCanvasElement; scene: TrackScene; selected: TimelineEvent | null; width: number; height: number }>();

/**
 * Paints a scene's marks on a canvas the size of the track, sharp on the screen's pixels. A
 * canvas that already shows them (the same look, selection, pixels and `samePaintedMarks`) is left
 * as it is: the still frame after a drag or a wheel usually lays out what the gesture's last
 * frame painted, since the marks do not depend on how many labels a frame in motion could measure.
 */
export function paintMarks(canvas: HTMLCanvasElement, scene: TrackScene, look: MotionLook, selected: TimelineEvent | null): void {
  const ratio = Math.max(1, globalThis.devicePixelRatio || 1);
  const width = Math.round(scene.width * ratio);
  const height = Math.round(scene.height * ratio);
  const last = shown.get(look);
  // A canvas given back (its size set to 0) or resized has lost its pixels: its size says so.
  if (last?.canvas === canvas && canvas.width === width && canvas.height === height && last.width === width && last.height === height) {
    if (last.selected === selected && samePaintedMarks(last.scene, scene)) return;
  }
  shown.set(look, { canvas, scene, selected, width, height });
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  // Through the CSSOM, which a strict Content-Security-Policy allows (a style attribute it would not).
  canvas.style.setProperty('width', `${scene.width}px`);
  canvas.style.setProperty('height', `${scene.height}px`);
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, scene.width, scene.height);
  paintShapes(ctx, markShapes(scene, look.palette, selected), look.font);
}

/**
 * Whether two scenes' marks paint alike: the same size, and the same marks with the same events,
 * places, colours, counts and labels, in the same order (all that `markShapes` draws of them).
 */
export function samePaintedMarks(a: TrackScene, b: TrackScene): boolean {
  if (a === b) return true;
  if (a.width !== b.width || a.height !== b.height || a.marks.length !== b.marks.length) return false;
  for (let i = 0; i < a.marks.length; i++) {
    const m = a.marks[i];
    const n = b.marks[i];
    if (m.key !== n.key || m.kind !== n.kind || m.size !== n.size || m.first !== n.first || m.last !== n.last || m.lead !== n.lead) return false;
    if (m.left !== n.left || m.right !== n.right || m.centre !== n.centre || m.y !== n.y || m.color !== n.color) return false;
    if (m.count?.text !== n.count?.text || m.count?.color !== n.count?.color) return false;
    if (m.label?.text !== n.label?.text || m.label?.x !== n.label?.x || m.label?.y !== n.label?.y) return false;
  }
  return true;
}
