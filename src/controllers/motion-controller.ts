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

/**
 * How a render draws the marks: on the canvas or not, the scenes the SVG marks and labels show,
 * and the mark holding the tab stop among the SVG marks (in motion, the one they were drawn with).
 */
export interface MotionPlan {
  canvas: boolean;
  marks: TrackScene | null;
  labels: TrackScene | null;
  focusKey: string;
}

/**
 * Draws the marks on a canvas while the view moves, and as SVG again once it stops. The SVG marks
 * (each a focusable button with its accessible name and `data-event-id`) stay in the page all
 * along, unchanged and transparent under the canvas, so focus, screen readers and page scripts
 * keep them. When the motion ends they catch up in two frames, each about half the work: the
 * marks first (what focus and screen readers use), under the canvas (painted once more if the
 * still layout differs from what it shows), then the labels, as the canvas is hidden (it stays
 * in the page, its pixels ready for the next gesture).
 * Forced colours and dimmed marks always draw as SVG. The painter loads when a pointer, a finger
 * or focus first comes to the element, or as soon as the first marks are drawn, so it is there
 * by the time a gesture starts (else the first frames draw as SVG).
 */
export class MotionController implements ReactiveController {
  private readonly painter: LazyPart<Painter>;
  private look?: MotionLook;
  /** The painter, when this frame paints the marks on the canvas. */
  private drawing?: Painter;
  /** Whether the view moved in the last frame painted: the next still frame brings the marks up to date. */
  private settling = false;
  /** The scenes the SVG marks and labels were last drawn from: what they keep showing in motion. */
  private shown: Omit<MotionPlan, 'canvas'> = { marks: null, labels: null, focusKey: '' };
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

  /** Whether the marks may be painted on the canvas at all: not in forced colours, nor while find dims some. */
  private canPaint(): boolean {
    return !this.options.dimming() && !forcedColors();
  }

  /**
   * Whether this frame will paint the marks on the canvas (the view moves and the painter is
   * there): only then may its layout leave labels for the next frames.
   */
  willPaint(): boolean {
    return this.options.moving() && this.canPaint() && this.painter.get() !== undefined && this.shown.marks !== null;
  }

  /**
   * Decides, before a render, whether this frame paints the marks on the canvas, and what the SVG
   * shows. `focusKey` is the tab stop's mark in `scene`: in motion the SVG keeps the one it had,
   * so a tab stop moving from cluster to cluster as they re-form redraws no SVG mark.
   */
  plan(scene: TrackScene | null, focusKey: string): MotionPlan {
    const allowed = this.canPaint();
    const moving = allowed && this.options.moving();
    const painter = moving || (allowed && this.settling) ? this.painter.get() : undefined;
    const { shown } = this;
    if (painter && scene && shown.marks) {
      this.drawing = painter;
      // The colours are read here, before this frame's render changes the DOM: read after it
      // (the track's class now says "moving"), they would make the browser restyle every mark at once.
      this.look ??= painter.lookOf(this.host);
      // Moving: the SVG keeps what it showed. The first still frame after: the marks now, the
      // labels in the next frame, past the one this is drawn in (a callback asked for now
      // could run before it is drawn).
      if (!moving) {
        shown.marks = scene;
        shown.focusKey = focusKey;
        requestAnimationFrame(() => requestAnimationFrame(() => this.host.requestUpdate()));
      }
      this.settling = moving;
      return { canvas: true, ...shown };
    }
    this.drawing = undefined;
    this.settling = false;
    this.look = undefined;
    this.shown = { marks: scene, labels: scene, focusKey };
    return { canvas: false, ...this.shown };
  }

  hostUpdated(): void {
    const canvas = this.options.canvas();
    const scene = this.options.scene();
    // The first marks are drawn: the painter (a few kilobytes) starts loading now, so that it is
    // there for a gesture that comes right away (else that gesture's first frames draw as SVG,
    // measuring every label: tens of milliseconds at a hundred thousand events).
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
    this.shown = { marks: null, labels: null, focusKey: '' };
    this.settling = false;
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
