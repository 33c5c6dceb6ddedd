import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DAY } from '../core/time.js';
import { glidePath } from '../core/glide.js';
import { timeScale, type TimeScale } from '../core/time-scale.js';
import type { Selection } from 'd3-selection';
import type { D3ZoomEvent, ZoomBehavior, ZoomTransform } from 'd3-zoom';

type Gestures = typeof import('./zoom-gestures.js');
let gestures: Gestures | undefined;
/** d3's gesture code loads beside the first render: buttons, keys and code zoom without it, the track binds it when it comes. */
const gesturesLoaded: Promise<unknown> = import('./zoom-gestures.js').then(
  (module) => (gestures = module),
  () => undefined,
);

/** Resolves once d3's gesture code is here (or failed to come): a track attached from then on binds at once. */
export const gesturesReady = (): Promise<unknown> => gesturesLoaded;


const prefersReducedMotion = () => Boolean(globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches);

/** How long a programmatic zoom glides to its window, and a double-click's zoom (ms). */
const GLIDE = 350;
const DOUBLE_CLICK_GLIDE = 250;

/** Cubic ease in and out: slow start, slow end. */
const easeInOut = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (2 - 2 * t) ** 3 / 2);

/** The most one wheel event may zoom: a factor of 1.75 (log2). */
const MAX_WHEEL_STEP = Math.log2(1.75);

/**
 * How far a wheel event zooms, as d3-zoom reads it (a power of two), with each event capped.
 * d3-zoom multiplies Ctrl-wheel deltas by ten for trackpad pinches, which send many small,
 * fractional deltas; a mouse notch (|deltaY| about 100, or 3 lines) then zoomed four to five
 * times. Capped, a notch zooms 1.75 times and pinches, far below the cap, stay as smooth as before.
 */
export function wheelDelta(event: Pick<WheelEvent, 'deltaY' | 'deltaMode' | 'ctrlKey'>): number {
  const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
  const delta = -event.deltaY * unit * (event.ctrlKey ? 10 : 1);
  return Math.max(-MAX_WHEEL_STEP, Math.min(MAX_WHEEL_STEP, delta));
}

export interface ZoomOptions {
  /** Called on every change of the visible window while zooming or panning. */
  onChange: (from: number, to: number) => void;
  /** Called once a zoom or pan settles (wheel stops, drag ends, animation ends). */
  onSettle: (from: number, to: number) => void;
  /** Whether a plain wheel (no Ctrl/⌘) may zoom: only once the reader has engaged the timeline. */
  wheelZooms: () => boolean;
  /** Called when a motion that moved the view ends (see `moving`). */
  onMotionEnd?: () => void;
}

/**
 * d3-zoom on the track: wheel, trackpad, drag and pinch; double-click and programmatic zooms glide
 * to their window on this controller's own animation frames (no d3-transition: the browser build
 * leaves it out, see rollup.config.mjs). The state is the visible window in time; pixels are
 * derived from it on every resize.
 */
export class ZoomController implements ReactiveController {
  /** The whole span with margins: the furthest one may zoom out. */
  full: [number, number] = [0, 1];
  /** The visible window. */
  view: [number, number] = [0, 1];
  width = 0;
  rtl = false;

  private behavior?: ZoomBehavior<Element, unknown>;
  /** The track to bind once d3's gesture code has arrived. */
  private waiting?: { element: Element; height: number };
  private target?: Selection<Element, unknown, null, undefined>;
  private quiet = false;
  private settled?: [number, number];
  /** The animation frame of a glide under way: while it runs, nothing settles. */
  private glide?: number;
  /** The frame the zoom behaviour was last set up for. */
  private configured = '';
  /** A reader's wheel, drag, pinch or swipe is under way (d3-zoom's start to its end). */
  private gesture = false;
  /** The view changed since the gesture or glide began. */
  private moved = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ZoomOptions,
  ) {
    host.addController(this);
  }

  /** Moved in the page: render again, so that the zoom is bound to the track anew. */
  hostConnected(): void {
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.stop();
    this.target?.on('.zoom', null).on('.touchpan', null);
    this.target = undefined;
    this.behavior = undefined;
    this.waiting = undefined;
  }

  /** The base scale: the whole span across the width (reversed when time runs right to left). */
  private base(): TimeScale {
    return timeScale(this.full, this.rtl ? [this.width, 0] : [0, this.width]);
  }

  private transformFor(zoomIdentity: ZoomTransform, from: number, to: number): ZoomTransform {
    const base = this.base();
    const k = (this.full[1] - this.full[0]) / Math.max(1, to - from);
    return zoomIdentity.translate((this.rtl ? this.width : 0) - k * base(from), 0).scale(k);
  }

  /** Binds d3-zoom to the track element (again after a re-render that replaced it), once its code is here. */
  attach(element: Element, height: number): void {
    if (!gestures) {
      const first = !this.waiting;
      this.waiting = { element, height };
      if (first) {
        void gesturesLoaded.then(() => {
          const waiting = this.waiting;
          this.waiting = undefined;
          if (gestures && waiting?.element.isConnected) this.attach(waiting.element, waiting.height);
        });
      }
      return;
    }
    const { zoom: d3zoom, select, pointer } = gestures;
    if (this.target?.node() !== element) {
      this.target?.on('.zoom', null);
      this.behavior = d3zoom<Element, unknown>()
        .wheelDelta(wheelDelta)
        .filter((event: Event & { ctrlKey?: boolean; metaKey?: boolean; button?: number }) => {
          if (event.type === 'wheel') return Boolean(event.ctrlKey || event.metaKey) || this.options.wheelZooms();
          // One finger belongs to the page's scrolling (and to the horizontal pan below);
          // d3-zoom takes touches only for a pinch.
          if (event.type === 'touchstart') return (event as unknown as TouchEvent).touches.length >= 2;
          return !event.ctrlKey && !event.button;
        })
        .on('zoom', (event: D3ZoomEvent<Element, unknown>) => {
          const base = this.base();
          const a = base.invert(event.transform.invertX(0));
          const b = base.invert(event.transform.invertX(this.width));
          const next: [number, number] = a < b ? [a, b] : [b, a];
          // Re-syncing the transform after a resize gives back the same window: nothing to redraw.
          if (Math.abs(next[0] - this.view[0]) < 1 && Math.abs(next[1] - this.view[1]) < 1) return;
          this.view = next;
          if (this.gesture || this.glide !== undefined) this.moved = true;
          this.options.onChange(this.view[0], this.view[1]);
        })
        // A reader's wheel, drag or pinch takes over from a glide (d3-zoom's own calls carry no event).
        .on('start', (event: D3ZoomEvent<Element, unknown>) => {
          if (!event.sourceEvent) return;
          this.stop();
          this.gesture = true;
        })
        .on('end', (event: D3ZoomEvent<Element, unknown>) => {
          if (event.sourceEvent) this.endGesture();
          this.settle();
        })
        // d3-zoom would animate a double-click through d3-transition: it never may (duration 0).
        .duration(0);
      this.target = select(element);
      this.target.call(this.behavior);
      // Double-click (and d3-zoom's double tap, which calls this listener) zooms in twice around
      // the pointer, Shift + double-click out, gliding like the zoom buttons.
      this.target.on('dblclick.zoom', (event: MouseEvent & { changedTouches?: TouchList }) => {
        if (event.ctrlKey || event.button) return;
        event.preventDefault();
        event.stopImmediatePropagation();
        const [x] = pointer(event.changedTouches?.[0] ?? event, element);
        this.zoomBy(event.shiftKey ? 0.5 : 2, this.timeAt(x), true, DOUBLE_CLICK_GLIDE);
      });
      this.bindTouchPan();
      this.configured = '';
    }
    this.configure(height);
  }

  /**
   * Whether the view is in motion: a reader's gesture or a glide under way that has moved it.
   * Frames in motion may be drawn more cheaply; `onMotionEnd` says when to draw in full again.
   */
  get moving(): boolean {
    return this.moved && (this.gesture || this.glide !== undefined);
  }

  private endGesture(): void {
    this.gesture = false;
    this.endMotion();
  }

  private endMotion(): void {
    if (this.gesture || this.glide !== undefined || !this.moved) return;
    this.moved = false;
    this.options.onMotionEnd?.();
  }

  /** Reports the window once it stops moving, and only when it differs from the last one reported. */
  private settle(): void {
    if (this.quiet || this.glide !== undefined) return;
    const [from, to] = this.view;
    if (this.settled && Math.abs(this.settled[0] - from) < 1 && Math.abs(this.settled[1] - to) < 1) return;
    this.settled = [from, to];
    this.options.onSettle(from, to);
  }

  /**
   * Sets the span, width and direction, keeping the visible window where it was; a new span shows
   * all of itself, unless `keep` (a new version of the same story) keeps the window inside it.
   */
  setFrame(full: [number, number], width: number, rtl: boolean, height: number, keep = false): void {
    const changed = full[0] !== this.full[0] || full[1] !== this.full[1];
    this.full = full;
    this.width = width;
    this.rtl = rtl;
    if (changed) this.view = keep ? this.clamp(this.view[0], this.view[1]) : [...full];
    this.configure(height);
  }

  private configure(height: number): void {
    if (!this.behavior || !this.target || this.width <= 0) return;
    const key = `${this.full}|${this.width}|${height}|${this.rtl}`;
    if (key === this.configured) return;
    this.configured = key;
    const span = this.full[1] - this.full[0];
    this.behavior
      .extent([[0, 0], [this.width, height]])
      .translateExtent([[0, 0], [this.width, height]])
      .scaleExtent([1, Math.max(1, span / DAY)]);
    // A glide under way goes on from here with the new pixels: it works in time, not in pixels.
    this.quiet = true;
    this.jump(this.view[0], this.view[1]);
    this.quiet = false;
    // The window drawn now is the baseline: only a change from it is worth reporting.
    this.settled = [...this.view];
  }

  /** Moves d3-zoom (and so the view) to a window at once. */
  private jump(from: number, to: number): void {
    if (this.target && this.behavior && gestures) return void this.target.call(this.behavior.transform, this.transformFor(gestures.zoomIdentity, from, to));
    // Drawn before d3's gesture code came: the window moves without it, and settles as d3-zoom's end would.
    this.view = [from, to];
    this.options.onChange(from, to);
    if (this.glide === undefined) this.settle();
  }

  /** The time under a horizontal position on the track. */
  private timeAt(x: number): number {
    const [from, to] = this.view;
    return from + ((this.rtl ? this.width - x : x) / Math.max(1, this.width)) * (to - from);
  }

  /**
   * Glides from the current window to another one over `duration` ms (see `glidePath`), one step
   * each animation frame; the window settles once, at
   * the end. The first frame is the start of the clock. Reduced motion: at once.
   */
  private glideTo(from: number, to: number, duration: number): void {
    this.stop();
    if (prefersReducedMotion()) return this.jump(from, to);
    const [a, b] = this.view;
    const path = glidePath([a, b], [from, to]);
    let start: number | undefined;
    const step = (now: number) => {
      start ??= now;
      const t = Math.min(1, (now - start) / duration);
      if (t === 1) {
        this.glide = undefined;
        this.jump(from, to);
        return this.endMotion();
      }
      this.glide = requestAnimationFrame(step);
      this.jump(...this.clamp(...path(easeInOut(t))));
    };
    this.glide = requestAnimationFrame(step);
  }

  /** Stops a glide under way where it is, without reporting the half-way window as settled. */
  private stop(): void {
    if (this.glide === undefined) return;
    cancelAnimationFrame(this.glide);
    this.glide = undefined;
    this.endMotion();
  }

  /** Shows a window in time (clamped to the limits). */
  show(from: number, to: number, animate = true, duration = GLIDE): void {
    [from, to] = this.clamp(from, to);
    if (!this.behavior && !this.waiting) {
      // Not drawn yet (or moved in the page): keep the window for when the zoom is bound.
      this.view = [from, to];
      this.options.onChange(from, to);
      return;
    }
    if (animate) this.glideTo(from, to, duration);
    else {
      this.stop();
      this.jump(from, to);
    }
  }

  /** Whether zooming in would still show a shorter window (one day is the closest). */
  get canZoomIn(): boolean {
    return this.view[1] - this.view[0] > DAY * 1.01;
  }

  /** Whether zooming out would still show more (the whole span is the furthest). */
  get canZoomOut(): boolean {
    return this.view[1] - this.view[0] < (this.full[1] - this.full[0]) * 0.99;
  }

  /** Keeps a window between one day and the whole span, and inside the span. */
  clamp(from: number, to: number): [number, number] {
    const [f0, f1] = this.full;
    const span = Math.min(f1 - f0, Math.max(DAY, to - from));
    const centre = (from + to) / 2;
    const start = Math.min(Math.max(centre - span / 2, f0), f1 - span);
    return [start, start + span];
  }

  /** Zooms by a factor around the middle of the view, or around a given time. */
  zoomBy(factor: number, around?: number, animate = true, duration = GLIDE): void {
    const [from, to] = this.view;
    const centre = around ?? (from + to) / 2;
    const ratio = (centre - from) / (to - from);
    const span = (to - from) / factor;
    this.show(centre - ratio * span, centre + (1 - ratio) * span, animate, duration);
  }

  /**
   * A one-finger horizontal drag pans. With `touch-action: pan-y pinch-zoom` the browser keeps
   * vertical swipes (the page scrolls) and hands horizontal ones to these pointer events.
   */
  private bindTouchPan(): void {
    let lastX: number | null = null;
    const touches = new Set<number>();
    const end = (event: PointerEvent) => {
      touches.delete(event.pointerId);
      if (lastX !== null && touches.size === 0) {
        lastX = null;
        if (this.gesture) this.endGesture();
        this.settle();
      }
    };
    this.target
      ?.on('pointerdown.touchpan', (event: PointerEvent) => {
        if (event.pointerType !== 'touch') return;
        touches.add(event.pointerId);
        lastX = touches.size === 1 ? event.clientX : null;
      })
      .on('pointermove.touchpan', (event: PointerEvent) => {
        if (lastX === null || event.pointerType !== 'touch' || touches.size !== 1) return;
        const dx = event.clientX - lastX;
        lastX = event.clientX;
        this.gesture = this.moved = true;
        this.quiet = true;
        this.panBy(this.rtl ? dx : -dx);
        this.quiet = false;
      })
      .on('pointerup.touchpan', end)
      .on('pointercancel.touchpan', end);
  }

  /** Pans by a number of pixels (positive: later in time). */
  panBy(pixels: number): void {
    const [from, to] = this.view;
    const shift = ((to - from) / Math.max(1, this.width)) * pixels;
    this.show(from + shift, to + shift, false);
  }

  /** Pans, if needed, so that a time is inside the view with a margin. */
  reveal(time: number, animate = true): void {
    const [from, to] = this.view;
    const margin = (to - from) * 0.1;
    if (time >= from + margin && time <= to - margin) return;
    const half = (to - from) / 2;
    this.show(time - half, time + half, animate);
  }
}
