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

const forcedColors = () => Boolean(globalThis.matchMedia?.('(forced-colors: active)').matches);

/**
 * Draws the marks on a canvas while the view moves, and as SVG again once it stops. The SVG marks
 * (each a focusable button with its accessible name and `data-event-id`) stay in the page all
 * along, unchanged and transparent under the canvas, so focus, screen readers and page scripts
 * keep them; they are brought up to date when the motion ends. Forced colours and dimmed marks
 * always draw as SVG. The painter loads when a pointer, a finger or focus first comes to the
 * element, so it is there by the time a gesture starts (else the first frames draw as SVG).
 */
export class MotionController implements ReactiveController {
  private readonly painter: LazyPart<Painter>;
  private look?: MotionLook;
  /** The painter, when this frame paints the marks on the canvas. */
  private drawing?: Painter;
  /** The last scene whose marks were drawn as SVG: what the SVG keeps showing in motion. */
  private still: TrackScene | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: MotionOptions,
  ) {
    host.addController(this);
    this.painter = new LazyPart(host, () => import('../components/news-timeline/views/motion.js'), 'the motion layer');
  }

  /**
   * Decides, before a render, whether this frame paints the marks on the canvas. Returns the scene
   * the SVG marks are to show: the one before the motion when painting, else the current one.
   */
  plan(scene: TrackScene | null): { canvas: boolean; marks: TrackScene | null } {
    const wanted = this.options.moving() && !this.options.dimming() && !forcedColors();
    const painter = wanted ? this.painter.get() : undefined;
    this.drawing = painter && this.still && scene ? painter : undefined;
    if (!this.drawing) {
      this.look = undefined;
      this.still = scene;
    }
    return { canvas: Boolean(this.drawing), marks: this.drawing ? this.still : scene };
  }

  hostUpdated(): void {
    const canvas = this.options.canvas();
    const scene = this.options.scene();
    if (!this.drawing || !canvas || !scene) return;
    this.look ??= this.drawing.lookOf(this.host);
    this.drawing.paintMarks(canvas, scene, this.look, this.options.selected());
  }

  hostConnected(): void {
    for (const type of PREPARING) this.host.addEventListener(type, this.prepare, { passive: true });
  }

  hostDisconnected(): void {
    for (const type of PREPARING) this.host.removeEventListener(type, this.prepare);
    this.look = undefined;
    this.still = null;
  }

  /** Starts loading the painter: a reader is about to interact. */
  private readonly prepare = (): void => {
    for (const type of PREPARING) this.host.removeEventListener(type, this.prepare);
    this.painter.get();
  };
}
