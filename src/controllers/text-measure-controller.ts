import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LABEL_FONT_PX } from '../core/scene.js';
import { whenIdle } from './idle.js';

/**
 * Measured while the page is idle before any data (see hostConnected): Latin letters and digits,
 * and Arabic ones, so that the browser has found the fonts for both scripts by the first render.
 */
const FONT_SAMPLES = ['Aa 0123456789', 'عربي ٠١٢٣'];

/** Widths kept at most; past that the cache starts again. */
const KEPT = 50_000;
/**
 * New texts a layout in motion measures before it takes on no more labels: a few milliseconds of
 * canvas measuring, where a zoom through a hundred thousand events meets two or three hundred new
 * titles a frame.
 */
const MOTION_MEASURES = 40;

/**
 * Measures label widths in the font the host inherits from the page, with a canvas. Widths are
 * cached until the font changes; `refresh` reads the font once per render. A canvas measure costs
 * tens of microseconds, and a frame of a zoom meets hundreds of titles it has not measured: in
 * motion, `refresh(true)` bounds how many new texts `affordable` lets the layout take on.
 */
export class TextMeasureController implements ReactiveController {
  private font = '';
  private readonly cache = new Map<string, number>();
  private context?: CanvasRenderingContext2D | null;
  /** New texts this layout may still measure (see `affordable`). */
  private budget = Number.POSITIVE_INFINITY;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /**
   * While the page is idle (its data loading, typically), reads the font and measures a few
   * samples: a page's first text measure has the browser look up the fonts for each script
   * (about 20 ms of the flagship's first render here), which the first render then need not do.
   */
  hostConnected(): void {
    whenIdle(() => {
      if (!this.host.isConnected || this.font) return;
      this.refresh();
      for (const sample of FONT_SAMPLES) this.measure(sample);
    });
    document.fonts?.addEventListener('loadingdone', this.fontsLoaded);
  }

  hostDisconnected(): void {
    document.fonts?.removeEventListener('loadingdone', this.fontsLoaded);
    this.cache.clear();
    this.context = undefined;
    this.font = '';
  }

  /**
   * A web font that arrives after texts were measured in a fallback changes their widths, not the
   * font's name: the widths are measured again and the labels placed anew.
   */
  private readonly fontsLoaded = (): void => {
    if (this.cache.size === 0) return;
    this.cache.clear();
    this.host.requestUpdate();
  };

  /**
   * Reads the inherited font (label widths are kept until it changes) and sets how many new texts
   * the coming layout may measure: MOTION_MEASURES in motion, else any number. In motion the font
   * is not read again: the style it would make the browser work out is the next frame's, and a
   * gesture does not change the page's font.
   */
  refresh(inMotion = false): void {
    this.budget = inMotion ? MOTION_MEASURES : Number.POSITIVE_INFINITY;
    if (inMotion && this.font) return;
    const font = `${LABEL_FONT_PX}px ${getComputedStyle(this.host).fontFamily || 'sans-serif'}`;
    if (font === this.font) return;
    this.font = font;
    this.cache.clear();
    this.context ??= document.createElement('canvas').getContext('2d');
    if (this.context) this.context.font = font;
  }

  readonly measure = (text: string): number => {
    let width = this.cache.get(text);
    if (width === undefined) {
      width = this.context ? this.context.measureText(text).width : text.length * LABEL_FONT_PX * 0.6;
      this.budget--;
      // A reader panning a million events meets tens of thousands of titles: keep a bounded few.
      if (this.cache.size >= KEPT) this.cache.clear();
      this.cache.set(text, width);
    }
    return width;
  };

  /** Whether this layout may still measure new texts, or (given one) whether that text is measured already. */
  readonly affordable = (text?: string): boolean => this.budget > 0 || (text !== undefined && this.cache.has(text));
}
