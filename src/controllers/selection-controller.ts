import type { ReactiveControllerHost } from 'lit';
import { revealWindow } from '../core/reveal.js';
import type { TimelineModel } from '../core/timeline-model.js';
import type { TimelineEvent } from '../core/types.js';
import type { ResizeController } from './resize-controller.js';
import type { RovingFocusController } from './roving-focus-controller.js';
import type { ZoomController } from './zoom-controller.js';

/** What selection needs from its element: the `selected` property itself, and a few answers. */
export interface SelectionHost extends ReactiveControllerHost {
  selected?: string | null;
  select(id: string | null): boolean;
}

export interface SelectionOptions {
  model(): TimelineModel;
  /** The story has no card: Escape there is the page's. */
  storyShown(): boolean;
  /** Says what is new, politely: the event's title and date, or (null) that nothing is open. */
  announce(event: TimelineEvent | null): void;
  /** The selection really changed (fires nt-select, updates the address). */
  changed(id: string | null): void;
}

/**
 * The open event: keeps what the card shows in step with `selected`, brings the event into view
 * (out of a cluster when the zoom allows), steps through events, and closes the card.
 */
export class SelectionController {
  /** The selection the card shows and nt-select last announced. */
  private shown: string | null = null;

  constructor(
    private readonly host: SelectionHost,
    private readonly options: SelectionOptions,
    private readonly zoom: ZoomController,
    private readonly roving: RovingFocusController,
    private readonly resize: ResizeController,
  ) {}

  /** Opens, changes or closes the card to match `selected`; reports only a real change. */
  sync(): void {
    const { index } = this.options.model();
    let id = this.host.selected || null;
    if (id && index.indexOf(id) < 0) {
      // An id this data does not have: keep what was shown before (nothing, after a new load).
      id = index.indexOf(this.shown ?? '') >= 0 ? this.shown : null;
      this.host.selected = id;
    }
    if (id === this.shown) return;
    this.shown = id;
    const event = id ? index.get(id) : undefined;
    if (event) {
      // Opening an event shows its category again, so its mark and Previous/Next make sense.
      this.options.model().reveal(event);
      this.reveal(event);
      this.roving.key = event.id;
    }
    this.options.announce(event ?? null);
    this.options.changed(id);
  }

  /** Brings an event into view, zoomed in just enough to pull it out of a cluster when the limit allows. */
  private reveal(event: TimelineEvent): void {
    const clamp = (from: number, to: number) => this.zoom.clamp(from, to);
    const window = revealWindow({ index: this.options.model().index, event, view: this.zoom.view, width: this.resize.width, clamp });
    if (window) this.zoom.show(window[0], window[1]);
  }

  /** Selects the next or previous shown event (the first or last when none is open). */
  step(direction: 1 | -1): boolean {
    const event = this.options.model().step(this.host.selected, direction);
    return event ? this.host.select(event.id) : false;
  }

  /** Shows or hides a category's lane; hiding the open event's category closes its card. */
  toggleCategory(id: string): void {
    const model = this.options.model();
    model.toggle(id);
    this.host.requestUpdate();
    const selected = this.host.selected ? model.index.get(this.host.selected) : undefined;
    if (selected && model.hidden.has(selected.category)) this.host.select(null);
  }

  /** Closes the card and returns focus to the event's mark. Returns false when none was open. */
  readonly closeCard = (): boolean => {
    const id = this.host.selected;
    if (!id || this.options.storyShown()) return false;
    this.host.select(null);
    const event = this.options.model().index.get(id);
    if (event) this.zoom.reveal(event.start.time, false);
    this.roving.moveTo(id);
    return true;
  };
}
