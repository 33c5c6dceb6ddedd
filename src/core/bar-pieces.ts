import type { SceneMark } from './scene.js';

/** A softened bar's fill opacity, and the outline of every softened mark: alike in SVG, canvas and image. */
export const SOFT_FILL_OPACITY = 0.25;
export const SOFT_STROKE_WIDTH = 2;
/** The opacities of the dashes an ongoing bar fades out in. */
const FADE_OPACITIES = [0.7, 0.45, 0.25, 0.12];
/** How far, at most, an ongoing bar's fading end reaches in from its open end. */
const FADE_PX = 36;

/** A part of a bar: its screen x, width and opacity. */
export interface BarPiece {
  x: number;
  width: number;
  opacity: number;
}

/**
 * The pieces a bar is drawn in: itself, or for an ongoing event a shorter bar and then dashes
 * fading out towards its open end. Every renderer draws these, so a bar looks the same in each.
 */
export function barPieces(mark: Pick<SceneMark, 'left' | 'right' | 'fade'>): BarPiece[] {
  const { left, right, fade } = mark;
  if (!fade) return [{ x: left, width: right - left, opacity: 1 }];
  const fading = Math.min(FADE_PX, (right - left) / 2);
  const slot = fading / FADE_OPACITIES.length;
  const solid = right - left - fading;
  const pieces: BarPiece[] = [{ x: fade === 'right' ? left : right - solid, width: solid, opacity: 1 }];
  FADE_OPACITIES.forEach((opacity, i) => {
    const from = solid + slot * i + slot / 3;
    pieces.push({ x: fade === 'right' ? left + from : right - from - (slot * 2) / 3, width: (slot * 2) / 3, opacity });
  });
  return pieces;
}
