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
 * Measures label widths in the font the host inherits from the page, with a canvas. Widths are
 * cached until the font changes; `refresh` reads the font once per render. A frame of a zoom
 * meets hundreds of titles never measured: in motion (`refresh(true)`), `affordable` lets the
 * layout label only texts measured before, and the still frame after places the rest.
 */
export class TextMeasureController implements ReactiveController {
  private font = '';
  private readonly cache = new Map<string, number>();
  private context?: CanvasRenderingContext2D | null;
  /** Whether the coming layout is one in motion (see `affordable`). */
  private inMotion = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** While the page is idle, finds the fonts for each script, which a page's first text measure does slowly. */
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
   * Reads the inherited font (label widths are kept until it changes), and says whether the coming
   * layout is one in motion. In motion the font is not read again: the style it would make the
   * browser work out is the next frame's, and a gesture does not change the page's font.
   */
  refresh(inMotion = false): void {
    this.inMotion = inMotion;
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
      // A reader panning a million events meets tens of thousands of titles: keep a bounded few.
      if (this.cache.size >= KEPT) this.cache.clear();
      this.cache.set(text, width);
    }
    return width;
  };

  /** Whether this layout may label a text: any when still, in motion only one measured before. */
  readonly affordable = (text: string): boolean => !this.inMotion || this.cache.has(text);
}
