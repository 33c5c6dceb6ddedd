import { COUNT_FONT_PX, ERA_ROW_HEIGHT, holds, LABEL_FONT_PX, MARK_RADIUS, type TrackScene } from '../core/scene.js';
import { barPieces, SOFT_FILL_OPACITY, SOFT_STROKE_WIDTH } from '../core/bar-pieces.js';
import type { TimelineEvent } from '../core/types.js';

/** The colours a picture is drawn in: the element's theme, as the page set it. */
export interface Palette {
  text: string;
  muted: string;
  background: string;
  border: string;
  grid: string;
  eraFill: string;
  eraOpacity: number;
  accent: string;
}

export interface PictureInput {
  scene: TrackScene;
  /** The timeline's title in the shown language ('' for none). */
  title: string;
  /** The credit line ('' for none): "Sources: …" naming the publishers. */
  credit: string;
  lang: string;
  /** The page's direction: where the title and credit line start. */
  dir: 'ltr' | 'rtl';
  /** The selected event, drawn with its ring. */
  selected: TimelineEvent | null;
  palette: Palette;
  /** The font family list, with fallbacks. */
  font: string;
  /** Width of a text at LABEL_FONT_PX in that font. */
  measure: (text: string) => number;
}

export type Align = 'left' | 'center' | 'right';

/** What a picture is made of: drawn the same way into SVG and onto a canvas. */
export type Shape =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; rx?: number; fill: string; opacity?: number; stroke?: string; strokeWidth?: number; alpha?: number }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string; stroke?: string; strokeWidth?: number }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; strokeWidth: number; dash?: [number, number] }
  | { kind: 'text'; x: number; y: number; text: string; size: number; fill: string; align: Align; rtl: boolean; weight?: number; italic?: boolean };

export interface Picture {
  width: number;
  height: number;
  lang: string;
  dir: 'ltr' | 'rtl';
  font: string;
  title: string;
  shapes: Shape[];
}

const PAD = 16;
const TITLE_PX = 20;
const CREDIT_PX = 11;
const SMALL_PX = 11;

/** Whether a text reads right to left: its first strong letter is Hebrew or Arabic script. */
export function startsRtl(text: string): boolean {
  const first = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/.exec(text);
  return Boolean(first && /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/.test(first[0]));
}

/** Breaks a text into lines no wider than `width`, at spaces. */
function wrap(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The track's scene as a standalone picture: the title above, the eras, lanes, axis, marks and
 * labels as the scene placed them, and the credit line below. Pure: numbers and strings in and out.
 */
export function drawPicture(input: PictureInput): Picture {
  const { scene, palette: c, dir } = input;
  const rtlPage = dir === 'rtl';
  const width = scene.width + 2 * PAD;
  const sized = (px: number, factor = 1) => (text: string) => (input.measure(text) * px * factor) / LABEL_FONT_PX;
  const shapes: Shape[] = [{ kind: 'rect', x: 0, y: 0, width, height: 0, fill: c.background }];
  const lineStart = rtlPage ? width - PAD : PAD;
  const pageAlign: Align = rtlPage ? 'right' : 'left';

  let y = PAD;
  const titleLines = input.title ? wrap(input.title, scene.width, sized(TITLE_PX, 1.08)) : [];
  for (const line of titleLines) {
    y += TITLE_PX * 1.25;
    shapes.push({ kind: 'text', x: lineStart, y, text: line, size: TITLE_PX, weight: 700, fill: c.text, align: pageAlign, rtl: rtlPage });
  }
  const top = titleLines.length ? y + 12 : PAD;
  const X = (x: number) => x + PAD;
  const Y = (v: number) => v + top;
  const sceneDir = scene.direction === 'rtl';

  for (const era of scene.eras) {
    shapes.push({ kind: 'rect', x: X(era.left), y: Y(scene.lanesTop), width: era.width, height: scene.axisY - scene.lanesTop, fill: c.eraFill, opacity: c.eraOpacity * 0.5 });
    shapes.push({ kind: 'rect', x: X(era.left), y: Y(era.stripY + 1), width: era.width, height: ERA_ROW_HEIGHT - 3, rx: 3, fill: c.eraFill, opacity: c.eraOpacity * 1.8 });
    if (era.label.text) {
      shapes.push({ kind: 'text', x: X(era.label.x), y: Y(era.label.y), text: era.label.text, size: SMALL_PX, fill: c.muted, align: sceneDir ? 'right' : 'left', rtl: sceneDir });
    }
  }
  for (const tick of scene.ticks) shapes.push({ kind: 'line', x1: X(tick.x), y1: Y(scene.lanesTop), x2: X(tick.x), y2: Y(scene.axisY), stroke: c.grid, strokeWidth: 1 });
  for (const lane of scene.lanes) {
    shapes.push({ kind: 'line', x1: X(0), y1: Y(lane.y), x2: X(scene.width), y2: Y(lane.y), stroke: c.border, strokeWidth: 1, dash: [2, 4] });
    const { name } = lane;
    shapes.push({ kind: 'text', x: X(name.x), y: Y(name.y), text: name.text, size: SMALL_PX, weight: 600, fill: c.muted, align: sceneDir ? 'right' : 'left', rtl: sceneDir });
    shapes.push({ kind: 'line', x1: X(name.ruleFrom), y1: Y(name.ruleY), x2: X(name.ruleTo), y2: Y(name.ruleY), stroke: c.border, strokeWidth: 1 });
  }
  shapes.push({ kind: 'line', x1: X(0), y1: Y(scene.axisY), x2: X(scene.width), y2: Y(scene.axisY), stroke: c.border, strokeWidth: 1 });
  for (const tick of scene.ticks) {
    shapes.push({ kind: 'line', x1: X(tick.x), y1: Y(scene.axisY), x2: X(tick.x), y2: Y(scene.axisY + 5), stroke: c.grid, strokeWidth: 1 });
    if (tick.label) shapes.push({ kind: 'text', x: X(tick.labelX), y: Y(scene.axisY + 18), text: tick.label, size: SMALL_PX, fill: c.muted, align: 'center', rtl: startsRtl(tick.label) });
  }
  if (scene.today) {
    const t = scene.today;
    shapes.push({ kind: 'line', x1: X(t.x), y1: Y(scene.lanesTop), x2: X(t.x), y2: Y(scene.axisY + 5), stroke: c.accent, strokeWidth: 1.5, dash: [4, 3] });
    shapes.push({ kind: 'text', x: X(t.labelX), y: Y(scene.axisY + 18), text: t.label, size: SMALL_PX, weight: 700, fill: c.accent, align: 'center', rtl: startsRtl(t.label) });
  }

  shapes.push(...markShapes(scene, c, input.selected, X, Y));

  y = Y(scene.height) + 8;
  for (const line of input.credit ? wrap(input.credit, scene.width, sized(CREDIT_PX)) : []) {
    y += CREDIT_PX * 1.4;
    shapes.push({ kind: 'text', x: lineStart, y, text: line, size: CREDIT_PX, fill: c.muted, align: pageAlign, rtl: rtlPage });
  }
  const height = Math.ceil(y + PAD);
  const background = shapes[0];
  if (background.kind === 'rect') background.height = height;
  return { width, height, lang: input.lang, dir, font: input.font, title: input.title, shapes };
}

/**
 * The marks of a scene with their counts and labels, as on screen: bars first, then points and
 * clusters over them, then the labels. `X` and `Y` move them to where the picture has them.
 */
export function markShapes(
  scene: TrackScene,
  c: Pick<Palette, 'text' | 'background'>,
  selected: TimelineEvent | null,
  X: (x: number) => number = (x) => x,
  Y: (y: number) => number = (y) => y,
): Shape[] {
  const shapes: Shape[] = [];
  const marks = [...scene.marks.filter((m) => m.kind === 'range'), ...scene.marks.filter((m) => m.kind !== 'range')];
  for (const mark of marks) {
    const ring = selected !== null && holds(mark, selected);
    const { left, right, centre } = mark;
    const my = Y(mark.y);
    if (mark.kind === 'point') {
      if (ring) shapes.push({ kind: 'circle', cx: X(centre), cy: my, r: MARK_RADIUS + 4, fill: 'none', stroke: c.text, strokeWidth: 2.5 });
      // A softened point is hollow, as the track draws it (see renderPoint).
      if (mark.soft) shapes.push({ kind: 'circle', cx: X(centre), cy: my, r: MARK_RADIUS - SOFT_STROKE_WIDTH / 2, fill: c.background, stroke: mark.color, strokeWidth: SOFT_STROKE_WIDTH });
      else shapes.push({ kind: 'circle', cx: X(centre), cy: my, r: MARK_RADIUS, fill: mark.color, stroke: c.background, strokeWidth: 1.5 });
    } else if (mark.kind === 'range') {
      if (ring) shapes.push({ kind: 'rect', x: X(left - 3), y: my - 8, width: right - left + 6, height: 16, rx: 8, fill: 'none', stroke: c.text, strokeWidth: 2.5 });
      for (const piece of barPieces(mark)) {
        const rx = Math.min(5, piece.width / 2);
        const alpha = piece.opacity === 1 ? undefined : piece.opacity;
        const bar = { kind: 'rect', x: X(piece.x), y: my - 5, width: piece.width, height: 10, rx, fill: mark.color, alpha } as const;
        shapes.push(mark.soft ? { ...bar, opacity: SOFT_FILL_OPACITY, stroke: mark.color, strokeWidth: SOFT_STROKE_WIDTH } : { ...bar, stroke: c.background, strokeWidth: 1.5 });
      }
    } else {
      if (ring) shapes.push({ kind: 'rect', x: X(left - 3), y: my - 12, width: right - left + 6, height: 24, rx: 12, fill: 'none', stroke: c.text, strokeWidth: 2.5 });
      shapes.push({ kind: 'rect', x: X(left), y: my - 9, width: right - left, height: 18, rx: 9, fill: mark.color, stroke: c.background, strokeWidth: 1.5 });
    }
    if (mark.count) shapes.push({ kind: 'text', x: X(centre), y: my + 3.5, text: mark.count.text, size: COUNT_FONT_PX, weight: 700, fill: mark.count.color, align: 'center', rtl: false });
  }
  for (const mark of scene.marks) {
    if (mark.label) shapes.push({ kind: 'text', x: X(mark.label.x), y: Y(mark.label.y), text: mark.label.text, size: LABEL_FONT_PX, fill: c.text, align: 'center', rtl: startsRtl(mark.label.text) });
  }
  return shapes;
}

/**
 * Paints shapes onto a canvas, in order, in a font family (sizes and weights are the shapes').
 * The context's state is set only where a shape needs another value than the one before it:
 * setting `font` parses the whole font list, and a frame in motion paints hundreds of labels in
 * the same one.
 */
export function paintShapes(ctx: CanvasRenderingContext2D, shapes: readonly Shape[], font: string): void {
  let textFont = '';
  let dashed = true;
  for (const shape of shapes) {
    const dash = shape.kind === 'line' ? shape.dash : undefined;
    if (dash || dashed) ctx.setLineDash(dash ?? []);
    dashed = Boolean(dash);
    switch (shape.kind) {
      case 'rect':
        ctx.beginPath();
        ctx.roundRect(shape.x, shape.y, shape.width, shape.height, shape.rx ?? 0);
        if (shape.alpha !== undefined) ctx.globalAlpha = shape.alpha;
        paint(ctx, shape.fill, shape.stroke, shape.strokeWidth, shape.opacity);
        if (shape.alpha !== undefined) ctx.globalAlpha = 1;
        break;
      case 'circle':
        ctx.beginPath();
        ctx.arc(shape.cx, shape.cy, shape.r, 0, 2 * Math.PI);
        paint(ctx, shape.fill, shape.stroke, shape.strokeWidth);
        break;
      case 'line':
        ctx.beginPath();
        ctx.moveTo(shape.x1, shape.y1);
        ctx.lineTo(shape.x2, shape.y2);
        ctx.strokeStyle = shape.stroke;
        ctx.lineWidth = shape.strokeWidth;
        ctx.stroke();
        break;
      case 'text': {
        const wanted = `${shape.italic ? 'italic ' : ''}${shape.weight ?? 400} ${shape.size}px ${font}`;
        if (wanted !== textFont) ctx.font = textFont = wanted;
        const direction = shape.rtl ? 'rtl' : 'ltr';
        if (ctx.direction !== direction) ctx.direction = direction;
        if (ctx.textAlign !== shape.align) ctx.textAlign = shape.align;
        ctx.fillStyle = shape.fill;
        ctx.fillText(shape.text, shape.x, shape.y);
        break;
      }
    }
  }
}

function paint(ctx: CanvasRenderingContext2D, fill: string, stroke?: string, width = 1, opacity = 1): void {
  if (fill !== 'none') {
    // Within a shape's own alpha (an ongoing bar's fading dash), not instead of it.
    const alpha = ctx.globalAlpha;
    if (opacity !== 1) ctx.globalAlpha = alpha * opacity;
    ctx.fillStyle = fill;
    ctx.fill();
    if (opacity !== 1) ctx.globalAlpha = alpha;
  }
  if (stroke) {
    ctx.strokeStyle = stroke;
    ctx.lineWidth = width;
    ctx.stroke();
  }
}
