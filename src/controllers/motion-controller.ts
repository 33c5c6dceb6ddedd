import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TrackScene } from '../core/scene.js';
import type { TimelineEvent } from '../core/types.js';
import type { MotionLook } from '../components/news-timeline/views/motion.js';
import { LazyPart } from './lazy-part.js';

export interface MotionOptions {
  /** Whether the view is in motion (a reader's gesture or a glide under way). */
  moving(): boolean;
  /** The canvas over the track, once rendered. */
  canvas(): HTMLCanvasElement | null;
  scene(): TrackScene | null;
  selected(): TimelineEvent | null;
  /** Whether some marks are drawn dimmed (the find field is in use): the canvas does not dim. */
  dimming(): boolean;
}

type Painter = typeof import('../components/news-timeline/views/motion.js');

/** What comes before a gesture: the painter starts loading then. */
const PREPARING = ['pointerover', 'focusin', 'touchstart'] as const;

/** Asked once: a media query list's `matches` stays up to date (asked every frame, a new list costs a little each time). */
let forcedColorsQuery: MediaQueryList | undefined;
const forcedColors = () => Boolean((forcedColorsQuery ??= globalThis.matchMedia?.('(forced-colors: active)'))?.matches);

/** How a render draws the marks: on the canvas or not, the scene the SVG marks and labels show, and their tab stop. */
export interface MotionPlan {
  canvas: boolean;
  marks: TrackScene | null;
  focusKey: string;
}

/**
 * Draws the marks on a canvas while the view moves, and as SVG again once it stops. The SVG marks
 * (each a focusable button with its accessible name and `data-event-id`) stay in the page all
 * along, as the last still frame drew them and transparent under the canvas, so focus, screen
 * readers and page scripts keep them; the first still frame draws them anew and hides the canvas
 * (it stays in the page, its pixels ready for the next gesture). Forced colours and dimmed marks
 * always draw as SVG. The painter loads when a pointer, a finger or focus first comes to the
 * element, or as soon as the first marks are drawn, so it is there by the time a gesture starts
 * (else the first frames draw as SVG).
 */
export class MotionController implements ReactiveController {
  private readonly painter: LazyPart<Painter>;
  private look?: MotionLook;
  /** The painter, when this frame paints the marks on the canvas. */
  private drawing?: Painter;
  /** What the SVG last drew, still: what it keeps showing in motion. */
  private still: Omit<MotionPlan, 'canvas'> = { marks: null, focusKey: '' };
  /** Whether loading the painter was asked for, once the first marks were drawn. */
  private loadAsked = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: MotionOptions,
  ) {
    host.addController(this);
    // Loaded ahead of a gesture: a render is wanted only when a motion is already under way.
    this.painter = new LazyPart(host, () => import('../components/news-timeline/views/motion.js'), 'the motion layer', (painter) => {
      this.warm(painter);
      return this.options.moving();
    });
  }

  /**
   * Whether this frame paints the marks on the canvas: the view moves, the painter is there, the
   * marks may be painted (not in forced colours, nor while find dims some) and a still frame drew
   * the SVG marks to keep. Only then is the layout one in motion, labelling no new texts.
   */
  willPaint(): boolean {
    return this.options.moving() && this.canPaint() && this.painter.get() !== undefined && this.still.marks !== null;
  }

  /** Whether the marks may be painted on the canvas at all: not in forced colours, nor while find dims some. */
  private canPaint(): boolean {
    return !this.options.dimming() && !forcedColors();
  }

  /**
   * Decides, before a render, whether this frame paints the marks on the canvas, and what the SVG
   * shows. `focusKey` is the tab stop's mark in `scene`: in motion the SVG keeps the one it had,
   * so a tab stop moving from cluster to cluster as they re-form redraws no SVG mark.
   */
  plan(scene: TrackScene | null, focusKey: string): MotionPlan {
    if (scene && this.willPaint()) {
      this.drawing = this.painter.get();
      // The colours are read here, before this frame's render changes the DOM: read after it
      // (the track's class now says "moving"), they would make the browser restyle every mark at once.
      this.look ??= this.drawing!.lookOf(this.host);
      return { canvas: true, ...this.still };
    }
    this.drawing = undefined;
    this.look = undefined;
    this.still = { marks: scene, focusKey };
    return { canvas: false, ...this.still };
  }

  hostUpdated(): void {
    const canvas = this.options.canvas();
    const scene = this.options.scene();
    // The first marks are drawn: the painter starts loading, to be there for a gesture that comes at once.
    if (scene && !this.loadAsked) {
      this.loadAsked = true;
      this.prepare();
    }
    if (!this.drawing || !this.look || !canvas || !scene) return;
    this.drawing.paintMarks(canvas, scene, this.look, this.options.selected());
  }

  hostConnected(): void {
    for (const type of PREPARING) this.host.addEventListener(type, this.prepare, { passive: true });
  }

  hostDisconnected(): void {
    for (const type of PREPARING) this.host.removeEventListener(type, this.prepare);
    // Out of the page, the hidden canvas gives its pixels back (a new paint makes them again).
    const canvas = this.options.canvas();
    if (canvas) canvas.width = canvas.height = 0;
    this.look = undefined;
    this.still = { marks: null, focusKey: '' };
    // Put back in a page, it asks again (a call that found it gone loaded nothing).
    this.loadAsked = false;
  }

  /** Paints the marks once on the hidden canvas as the painter arrives: a gesture's first frame finds its pixels and font ready. */
  private warm(painter: Painter): void {
    const canvas = this.options.canvas();
    const scene = this.options.scene();
    // Nor when the canvas would not be used (forced colours, dimmed marks): its pixels cost memory.
    if (!this.host.isConnected || this.options.moving() || !this.canPaint() || !canvas || !scene) return;
    painter.paintMarks(canvas, scene, painter.lookOf(this.host), this.options.selected());
  }

  /** Starts loading the painter: a reader is about to interact. */
  private readonly prepare = (): void => {
    if (!this.host.isConnected) return;
    for (const type of PREPARING) this.host.removeEventListener(type, this.prepare);
    this.painter.get();
  };
}
