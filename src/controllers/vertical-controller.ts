import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { verticalKeyIntent } from '../core/keyboard.js';
import { entriesInView, type VerticalLayout } from '../core/vertical.js';

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/** The events' ids in drawn order, and each id's place in it. */
export interface DrawnOrder {
  ids: readonly string[];
  places: ReadonlyMap<string, number>;
}

/** What the vertical view needs from its element's selection, read when the reader clicks or types. */
export interface VerticalSelection {
  selected(): string | null;
  select(id: string | null): void;
}

/** How far beyond the screen entries are kept in the DOM, above and below (in screen heights). */
const SPARE_SCREENS = 1;
/** An open entry's height before it has been measured (px). */
const OPEN_GUESS = 320;

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The vertical view's reader side: which entries are near the screen as the page scrolls (only
 * those are rendered), how tall the open one is, the view's one tab stop and its keys, and
 * bringing the selected event into view.
 */
export class VerticalController implements ReactiveController {
  /** The event holding the tab stop; null until the reader or the selection gives it one. */
  focused: string | null = null;
  /** The open entry's measured height (px). */
  private openHeight = OPEN_GUESS;
  private band: [number, number] = [0, 2 * (typeof innerHeight === 'number' ? innerHeight : 800)];
  private shown: [number, number] = [0, 0];
  /** The tallest entry of the last layout drawn (px). */
  private tallest = 0;
  private layout?: VerticalLayout;
  private order: DrawnOrder = { ids: [], places: new Map() };
  private frame = 0;
  private scrolledTo: string | null = null;
  private pendingFocus = false;
  private resizeObserver?: ResizeObserver;
  private measured?: Element;

  constructor(
    private readonly host: Host,
    private readonly selection: VerticalSelection,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Capture: a page that scrolls inside a container of its own moves the view too.
    document.addEventListener('scroll', this.onScroll, { passive: true, capture: true });
    addEventListener('resize', this.onScroll, { passive: true });
  }

  hostDisconnected(): void {
    document.removeEventListener('scroll', this.onScroll, { capture: true });
    removeEventListener('resize', this.onScroll);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.measured = undefined;
  }

  /** An entry's height in the layout: compact, or as measured when it is the open one. */
  heightOf(id: string, open: string | null, compact: number): number {
    return id === open ? Math.max(this.openHeight, compact) : compact;
  }

  /** The places in drawn order to render for this layout: near the screen, and the open and focused ones. */
  drawn(layout: VerticalLayout, order: DrawnOrder, open: string | null, compact: number): number[] {
    this.layout = layout;
    this.order = order;
    this.tallest = open ? Math.max(this.openHeight, compact) : compact;
    this.shown = entriesInView(layout, this.band[0], this.band[1], this.tallest);
    const places = new Set<number>();
    for (let k = this.shown[0]; k < this.shown[1]; k++) places.add(k);
    for (const id of [open, this.focused]) {
      const k = id === null ? undefined : order.places.get(id);
      if (k !== undefined) places.add(k);
    }
    return [...places].sort((a, b) => a - b);
  }

  /** Whether a stretch of the view (px) is near the screen: markers, breaks and eras outside it are not drawn. */
  near(top: number, bottom: number): boolean {
    return bottom >= this.band[0] && top <= this.band[1];
  }

  readonly toggle = (id: string): void => {
    this.focused = id;
    this.selection.select(this.selection.selected() === id ? null : id);
  };

  readonly focusin = (event: FocusEvent): void => {
    const id = (event.target as Element).closest('[data-event-id]')?.getAttribute('data-event-id');
    if (id && id !== this.focused) {
      this.focused = id;
      this.host.requestUpdate();
    }
  };

  readonly keydown = (event: KeyboardEvent): void => {
    const intent = verticalKeyIntent(event);
    if (!intent || !this.layout) return;
    const { ids, places } = this.order;
    if (intent === 'close') {
      if (this.selection.selected() === null) return;
      event.preventDefault();
      this.selection.select(null);
      return;
    }
    event.preventDefault();
    const at = this.focused === null ? -1 : (places.get(this.focused) ?? -1);
    const last = ids.length - 1;
    const k = intent === 'first' ? 0 : intent === 'last' ? last : Math.min(last, Math.max(0, at + (intent === 'next' ? 1 : -1)));
    if (k < 0 || ids[k] === this.focused) return;
    this.focused = ids[k];
    this.pendingFocus = true;
    this.host.requestUpdate();
  };

  hostUpdated(): void {
    const root = this.host.renderRoot;
    const view = root.querySelector('.vertical');
    if (!view) return;
    this.watchOpen(root.querySelector('.v-entry.open'));
    const selected = this.selection.selected();
    if (this.pendingFocus && this.focused) {
      this.pendingFocus = false;
      const button = this.buttonOf(this.focused);
      button?.focus({ preventScroll: true });
      button?.closest('li')?.scrollIntoView({ block: 'nearest' });
    }
    if (selected !== this.scrolledTo) {
      this.scrolledTo = selected;
      if (selected) {
        this.focused = selected;
        this.buttonOf(selected)?.closest('li')?.scrollIntoView({ block: 'nearest', behavior: reducedMotion() ? 'auto' : 'smooth' });
      }
    }
    this.measureBand(view);
  }

  private buttonOf(id: string): HTMLButtonElement | null {
    return this.host.renderRoot.querySelector<HTMLButtonElement>(`.v-entry[data-event-id="${CSS.escape(id)}"] button`);
  }

  /** Keeps the open entry's height, as it is drawn and as its image loads. */
  private watchOpen(entry: Element | null): void {
    if (entry === this.measured) return;
    this.resizeObserver?.disconnect();
    this.measured = entry ?? undefined;
    if (!entry) return;
    // Read on the next frame: laying the view out again from inside the observer's callback would
    // resize what it observes in the same frame.
    this.resizeObserver ??= new ResizeObserver(() =>
      requestAnimationFrame(() => {
        const height = (this.measured as HTMLElement | undefined)?.offsetHeight ?? 0;
        if (height > 0 && Math.abs(height - this.openHeight) > 1) {
          this.openHeight = height;
          this.host.requestUpdate();
        }
      }),
    );
    this.resizeObserver.observe(entry);
  }

  private readonly onScroll = (): void => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const view = this.host.renderRoot.querySelector('.vertical');
      if (view) this.measureBand(view);
    });
  };

  /** The part of the view on screen, with a screen to spare each way; renders again when other entries come near. */
  private measureBand(view: Element): void {
    const top = view.getBoundingClientRect().top;
    const screen = innerHeight;
    this.band = [-top - SPARE_SCREENS * screen, -top + (1 + SPARE_SCREENS) * screen];
    if (!this.layout) return;
    const [start, end] = entriesInView(this.layout, this.band[0], this.band[1], this.tallest);
    if (start !== this.shown[0] || end !== this.shown[1]) this.host.requestUpdate();
  }
}
