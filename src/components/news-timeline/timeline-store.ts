import type { ReactiveControllerHost } from 'lit';
import { rangeBoundary } from '../../core/dates.js';
import { openingWindow, type OpenAt } from '../../core/opening.js';
import { revealWindow } from '../../core/reveal.js';
import { DAY } from '../../core/time.js';
import { TimelineModel } from '../../core/timeline-model.js';
import type { ShownEvents } from '../../core/timeline-index.js';
import type { Timeline, TimelineEvent } from '../../core/types.js';
import type { ResizeController } from '../../controllers/resize-controller.js';
import type { RovingFocusController } from '../../controllers/roving-focus-controller.js';
import type { ZoomController } from '../../controllers/zoom-controller.js';
import { shownView, type ShownView, type TimelineView } from './views/choose-view.js';

/** The element as the store sees it: its public `selected` and `view`, both reflected. */
export interface StoreHost extends ReactiveControllerHost {
  selected?: string | null;
  view?: TimelineView;
}

/** What the store asks of its element. */
export interface StoreOptions {
  /** Data set or loading but not read yet: an id selected now waits for it. */
  waitingForData(): boolean;
  /** The open event really changed (for nt-select, the address, the announcement). */
  changed(event: TimelineEvent | null): void;
}

/** The frame the view window lives in: the track's width, which way time runs, and whether today is drawn. */
export interface Frame {
  width: number;
  rtl: boolean;
  today: boolean;
}

/**
 * The element's state in one place: the loaded timeline, indexed, with the categories the reader
 * hid (the model), the open event (the element's `selected`), the view shown (its `view`) and the
 * view window (the zoom's). The element, its helpers and its views read it, and change it only
 * through these operations.
 */
export class TimelineStore {
  model = new TimelineModel();
  /** The selection the card shows and `changed` last heard of. */
  private open: string | null = null;
  /** The frame last given to the zoom: it is set again only when this changes. */
  private frameKey = '';
  /** A window asked for with `zoomTo()` before the data came. */
  private requested?: readonly [number, number];

  constructor(
    private readonly host: StoreHost,
    private readonly zoom: ZoomController,
    private readonly roving: RovingFocusController,
    private readonly resize: ResizeController,
    private readonly options: StoreOptions,
  ) {}

  // ---- reading ------------------------------------------------------------------------------

  get timeline(): Timeline | null {
    return this.model.timeline;
  }

  /** Events of the categories shown, in time order, with each one's place. */
  get shown(): ShownEvents {
    return this.model.shown;
  }

  event(id: string | null | undefined): TimelineEvent | undefined {
    return id ? this.model.index.get(id) : undefined;
  }

  has(id: string): boolean {
    return this.model.index.indexOf(id) >= 0;
  }

  get selected(): string | null {
    return this.host.selected ?? null;
  }

  get selectedEvent(): TimelineEvent | undefined {
    return this.event(this.host.selected);
  }

  /** The view shown: `auto` settled by the width. */
  get view(): ShownView {
    return shownView(this.host.view, this.resize.width);
  }

  // ---- operations ---------------------------------------------------------------------------

  /** New data (or none): indexed once, its frame set on the zoom. */
  load(timeline: Timeline | null, frame: Frame): void {
    this.model = new TimelineModel(timeline);
    this.frameKey = '';
    if (timeline) this.setFrame(frame);
  }

  /**
   * A new version of the story shown (a refresh, a new `.data`): indexed once, keeping the lanes
   * the reader hid and the view window (a reader shown the whole span goes on seeing all of it).
   */
  merge(timeline: Timeline, frame: Frame): void {
    const hidden = this.model.hidden;
    const [from, to] = this.zoom.view;
    const whole = from === this.zoom.full[0] && to === this.zoom.full[1];
    this.model = new TimelineModel(timeline);
    this.model.hidden = hidden;
    this.frameKey = '';
    this.setFrame(frame, !whole);
  }

  /**
   * Sets the zoom's frame when the data, the width, the direction, the lanes or today changed
   * since the last time (the zoom keeps the visible window where it was).
   */
  setFrame({ width, rtl, today }: Frame, keepWindow = false): void {
    const height = this.model.trackHeight;
    // Today's line moves the span's end once a day.
    const key = `${width}|${rtl}|${today ? Math.floor(Date.now() / DAY) : ''}|${height}`;
    if (key === this.frameKey) return;
    this.frameKey = key;
    this.zoom.setFrame(this.model.fullSpan(today), width, rtl, height, keepWindow);
  }

  /**
   * Selects an event by id, or none (null). False for an id the data does not have; while data
   * is on its way the id waits for it (and is dropped if unknown).
   */
  select(id: string | null): boolean {
    if (id === null || id === '') {
      this.host.selected = null;
      return true;
    }
    if (!this.has(id) && !this.options.waitingForData()) return false;
    this.host.selected = id;
    return true;
  }

  /** Shows a window of time; before the data comes, remembers it for when it does. */
  zoomTo(from: number, to: number): void {
    if (this.timeline) this.zoom.show(from, to);
    else this.requested = [from, to];
  }

  /**
   * Shows the first window on new data (or a new `start`/`end`): a window asked for before the
   * data came, else `start` and `end` (either may be missing), else where a developing story opens.
   */
  showFirstWindow(start: string | undefined, end: string | undefined, openAt: OpenAt | undefined): void {
    const requested = this.requested;
    this.requested = undefined;
    if (requested) return this.zoom.show(requested[0], requested[1], false);
    const opening = start || end ? undefined : this.model.opening(openAt);
    if (opening) return this.zoom.show(...openingWindow(opening, this.zoom.full), false);
    const [from, to] = this.zoom.full;
    this.zoom.show((start ? rangeBoundary(start, false) : null) ?? from, (end ? rangeBoundary(end, true) : null) ?? to, false);
  }

  /** Selects the next or previous shown event (the first or last when none is open). */
  step(direction: 1 | -1): boolean {
    const event = this.model.step(this.host.selected, direction);
    return event ? this.select(event.id) : false;
  }

  /** Opens, changes or closes the card to match `selected`; reports only a real change. */
  sync(): void {
    let id = this.host.selected || null;
    if (id && !this.has(id)) {
      // An id this data does not have: keep what was shown before (nothing, after a new load).
      id = this.has(this.open ?? '') ? this.open : null;
      this.host.selected = id;
    }
    if (id === this.open) return;
    this.open = id;
    const event = this.event(id);
    if (event) {
      // Opening an event shows its category again, so its mark and Previous/Next make sense.
      this.model.reveal(event);
      this.reveal(event);
      this.roving.key = event.id;
    }
    this.options.changed(event ?? null);
  }

  /** The view choice: shows that view. */
  chooseView(view: ShownView): void {
    this.host.view = view;
  }

  /** Shows or hides a category's lane; hiding the open event's category closes its card. */
  toggleCategory(id: string): void {
    this.model.toggle(id);
    this.host.requestUpdate();
    const selected = this.selectedEvent;
    if (selected && this.model.hidden.has(selected.category)) this.select(null);
  }

  /** Closes the card and returns focus to the event's mark. Returns false when none was open. */
  readonly closeCard = (): boolean => {
    const event = this.selectedEvent;
    // The story shows no card: Escape there is the page's.
    if (!event || this.view === 'story') return false;
    this.select(null);
    this.zoom.reveal(event.start.time, false);
    this.roving.moveTo(event.id);
    return true;
  };

  /** Brings an event into view, zoomed in just enough to pull it out of a cluster when the limit allows. */
  private reveal(event: TimelineEvent): void {
    const clamp = (from: number, to: number) => this.zoom.clamp(from, to);
    const window = revealWindow({ index: this.model.index, event, view: this.zoom.view, width: this.resize.width, clamp });
    if (window) this.zoom.show(window[0], window[1]);
  }
}
