import { trackKeyIntent, type TrackIntent } from '../core/keyboard.js';
import type { SceneMark, TrackScene } from '../core/scene.js';
import { DAY } from '../core/time.js';
import type { ShownEvents } from '../core/timeline-index.js';
import type { TimelineEvent } from '../core/types.js';
import type { RovingFocusController } from './roving-focus-controller.js';
import type { ZoomController } from './zoom-controller.js';

/** What the track's input needs from its element, read at the moment of the key or click. */
export interface TrackInputHost {
  scene(): TrackScene | null;
  shown(): ShownEvents;
  timeRunsRtl(): boolean;
  event(id: string): TimelineEvent | undefined;
  select(id: string): void;
  /** Closes the open card; false when none was open. */
  closeCard(): boolean;
}

/**
 * What a key or a click on the track does: keys become intents (`trackKeyIntent`, pure), and
 * this carries them out with the zoom and the roving focus.
 */
export class TrackInputController {
  constructor(
    private readonly host: TrackInputHost,
    private readonly zoom: ZoomController,
    private readonly roving: RovingFocusController,
  ) {}

  readonly keydown = (event: KeyboardEvent): void => {
    const scene = this.host.scene();
    if (!scene) return;
    const intent = trackKeyIntent(event, { scene, focusKey: this.roving.key, rtl: this.host.timeRunsRtl(), shown: this.host.shown() });
    if (intent && this.carryOut(intent)) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  /** A click, Enter or Space on a mark: open its event, or zoom into a cluster. */
  readonly activate = (key: string): void => {
    const mark = this.host.scene()?.marks.find((m) => m.key === key);
    if (mark) this.activateMark(mark);
  };

  /** Does what a key asked for; returns whether the key was used. */
  private carryOut(intent: TrackIntent): boolean {
    switch (intent.type) {
      case 'zoom':
        this.zoom.zoomBy(intent.factor, intent.around);
        break;
      case 'fit':
        this.zoom.show(this.zoom.full[0], this.zoom.full[1]);
        break;
      case 'close':
        return this.host.closeCard();
      case 'focus':
        this.roving.moveTo(intent.key);
        break;
      case 'reveal': {
        const event = this.host.event(intent.id);
        if (event) this.zoom.reveal(event.start.time, false);
        this.roving.moveTo(intent.id);
        break;
      }
      case 'activate':
        this.activate(intent.key);
        break;
    }
    return true;
  }

  private activateMark(mark: SceneMark): void {
    this.roving.key = mark.key;
    if (mark.events.length === 1) return this.host.select(mark.lead.id);
    const first = mark.events[0].start.time;
    let last = first;
    for (const event of mark.events) last = Math.max(last, event.until);
    const pad = Math.max((last - first) * 0.15, DAY);
    const [from, to] = this.zoom.clamp(first - pad, last + pad);
    const [viewFrom, viewTo] = this.zoom.view;
    // When zooming in would not pull the events apart (same day, or already at the limit),
    // open the first of them instead; Next walks through the rest.
    if (to - from > 0.8 * (viewTo - viewFrom) || last - first <= 2 * DAY) return this.host.select(mark.events[0].id);
    this.zoom.show(from, to);
    this.roving.moveTo(mark.lead.id);
  }
}
