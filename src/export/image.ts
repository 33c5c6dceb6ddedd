import type { ViewContext } from '../components/news-timeline/views/context.js';
import type { TrackScene } from '../core/scene.js';
import type { LocalizedText, TimelineEvent } from '../core/types.js';
import { drawPicture, paintShapes, type Picture, type Shape } from './drawing.js';
import { fontOf, paletteOf, publishersIn } from './from-element.js';

// Loaded only when a picture is asked for (a chunk beside the main file in the browser build).

export type { Palette, PictureInput } from './drawing.js';

/** What the element hands over for a picture of its track. */
export interface TimelinePicture {
  scene: TrackScene;
  ctx: ViewContext;
  title: LocalizedText | undefined;
  selected: TimelineEvent | null;
  /** Width of a text at the label size in the element's font. */
  measure: (text: string) => number;
}

/** The element's track as a picture: its scene, in its colours and font, titled and credited. */
export function timelinePicture(element: Element, { scene, ctx, title, selected, measure }: TimelinePicture): Picture {
  const publishers = publishersIn(scene, ctx.text, ctx.lang);
  return drawPicture({
    scene,
    title: ctx.text(title),
    // Each name isolated (FSI…PDI): Latin names inside an Arabic line keep their order, and the other way round.
    credit: publishers.length ? ctx.m.credit(publishers.map((name) => `\u2068${name}\u2069`).join(' · ')) : '',
    lang: ctx.lang,
    dir: ctx.dir,
    selected,
    palette: paletteOf(element),
    font: fontOf(element),
    measure,
  });
}

/** The PNG scale: twice the device's pixel ratio. */
const pngScale = () => 2 * (window.devicePixelRatio || 1);

/** `exportImage`: the picture as an SVG or PNG file. */
export function exportPicture(element: Element, type: 'svg' | 'png', input: TimelinePicture): Promise<Blob> {
  return pictureBlob(timelinePicture(element, input), type, pngScale());
}

/** The Download image button: the picture as a PNG, saved under the timeline's title. */
export async function downloadPicture(element: Element, input: TimelinePicture): Promise<void> {
  const picture = timelinePicture(element, input);
  saveFile(await pictureBlob(picture, 'png', pngScale()), fileName(picture.title, 'png'));
}

// Characters XML 1.0 does not allow, which hostile data could carry.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text or an attribute value made safe for XML: markup characters escaped, forbidden ones dropped. */
export function xml(value: string | number): string {
  return String(value)
    .replace(NOT_XML, '')
    .replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

const round = (n: number) => Math.round(n * 100) / 100;
const svgAnchor = (shape: Extract<Shape, { kind: 'text' }>) =>
  shape.align === 'center' ? 'middle' : (shape.align === 'left') !== shape.rtl ? 'start' : 'end';

function svgShape(shape: Shape): string {
  switch (shape.kind) {
    case 'rect':
      return `<rect x="${round(shape.x)}" y="${round(shape.y)}" width="${round(shape.width)}" height="${round(shape.height)}"${shape.rx ? ` rx="${round(shape.rx)}"` : ''} fill="${xml(shape.fill)}"${shape.opacity !== undefined ? ` fill-opacity="${round(shape.opacity)}"` : ''}${shape.stroke ? ` stroke="${xml(shape.stroke)}" stroke-width="${shape.strokeWidth ?? 1}"` : ''}${shape.alpha !== undefined ? ` opacity="${round(shape.alpha)}"` : ''}/>`;
    case 'circle':
      return `<circle cx="${round(shape.cx)}" cy="${round(shape.cy)}" r="${shape.r}" fill="${xml(shape.fill)}"${shape.stroke ? ` stroke="${xml(shape.stroke)}" stroke-width="${shape.strokeWidth ?? 1}"` : ''}/>`;
    case 'line':
      return `<line x1="${round(shape.x1)}" y1="${round(shape.y1)}" x2="${round(shape.x2)}" y2="${round(shape.y2)}" stroke="${xml(shape.stroke)}" stroke-width="${shape.strokeWidth}"${shape.dash ? ` stroke-dasharray="${shape.dash.join(' ')}"` : ''}/>`;
    case 'text':
      return `<text x="${round(shape.x)}" y="${round(shape.y)}" font-size="${shape.size}"${shape.weight ? ` font-weight="${shape.weight}"` : ''}${shape.italic ? ' font-style="italic"' : ''} fill="${xml(shape.fill)}" text-anchor="${svgAnchor(shape)}" direction="${shape.rtl ? 'rtl' : 'ltr'}">${xml(shape.text)}</text>`;
  }
}

/** The picture as a standalone SVG document: every style written on its element, the font named with fallbacks. */
export function toSvg(picture: Picture): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${picture.width}" height="${picture.height}" viewBox="0 0 ${picture.width} ${picture.height}"`,
    ` lang="${xml(picture.lang)}" xml:lang="${xml(picture.lang)}" direction="${picture.dir}" font-family="${xml(picture.font)}">`,
    picture.title ? `<title>${xml(picture.title)}</title>` : '',
    ...picture.shapes.map(svgShape),
    '</svg>',
  ].join('\n');
}

/** Draws the picture on a canvas at a scale (2× the device's pixel ratio gives a sharp PNG). */
export function toPng(picture: Picture, scale: number): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(picture.width * scale);
  canvas.height = Math.round(picture.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.reject(new Error('news-timeline: this browser cannot draw on a canvas'));
  ctx.scale(scale, scale);
  paintShapes(ctx, picture.shapes, picture.font);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('news-timeline: the picture could not be made'))), 'image/png'),
  );
}

/** The picture as an SVG or PNG file. */
function pictureBlob(picture: Picture, type: 'svg' | 'png', scale: number): Promise<Blob> {
  if (type === 'svg') return Promise.resolve(new Blob([toSvg(picture)], { type: 'image/svg+xml' }));
  return toPng(picture, scale);
}

/** Hands a file to the browser's downloads. */
function saveFile(blob: Blob, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  // The download has its own copy once it started; the next task is late enough to let go.
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
}

/** A file name from the timeline's title: `russia-and-north-korea-2000-2024.png`, or `timeline.png`. */
export function fileName(title: string, type: 'svg' | 'png'): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'timeline'}.${type}`;
}
