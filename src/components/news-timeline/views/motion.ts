import type { TrackScene } from '../../../core/scene.js';
import type { TimelineEvent } from '../../../core/types.js';
import { markShapes, paintShapes, type Palette } from '../../../export/drawing.js';
import { fontOf, paletteOf } from '../../../export/from-element.js';

/**
 * The marks layer while the view is in motion: the scene's marks, counts and labels painted on a
 * canvas over the track, the same shapes a PNG export paints: far cheaper a frame than re-rendering
 * hundreds of SVG marks (attributes, style, layout).
 * Loaded from a chunk beside the main file before the first zoom or pan.
 */
export interface MotionLook {
  palette: Palette;
  font: string;
}

/** The colours and font to paint in, read from the element once per motion. */
export function lookOf(element: Element): MotionLook {
  return { palette: paletteOf(element), font: fontOf(element) };
}

/** Paints a scene's marks on a canvas the size of the track, sharp on the screen's pixels. */
export function paintMarks(canvas: HTMLCanvasElement, scene: TrackScene, look: MotionLook, selected: TimelineEvent | null): void {
  const ratio = Math.max(1, globalThis.devicePixelRatio || 1);
  const width = Math.round(scene.width * ratio);
  const height = Math.round(scene.height * ratio);
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
