import { trackKeyIntent, type TrackIntent } from '../../core/keyboard.js';
import type { SceneMark, TrackScene } from '../../core/scene.js';
import { DAY } from '../../core/time.js';
import type { RovingFocusController } from '../../controllers/roving-focus-controller.js';
import type { ZoomController } from '../../controllers/zoom-controller.js';
import type { TimelineStore } from './timeline-store.js';

/**
 * What a key or a click on the track does: keys become intents (`trackKeyIntent`, pure), and
 * this carries them out with the store, the zoom and the roving focus. `scene` is the track as
 * this render drew it.
 */
export class TrackInput {
  constructor(
    private readonly store: TimelineStore,
    private readonly zoom: ZoomController,
    private readonly roving: RovingFocusController,
    private readonly scene: () => TrackScene | null,
    /** An event was opened from the track (its card may need bringing into view). */
    private readonly opened: () => void = () => {},
  ) {}

  readonly keydown = (event: KeyboardEvent): void => {
    const scene = this.scene();
    if (!scene) return;
    const intent = trackKeyIntent(event, { scene, focusKey: this.roving.key, rtl: this.zoom.rtl, shown: this.store.shown });
    if (intent && this.carryOut(intent)) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  /** A click, Enter or Space on a mark: open its event, or zoom into a cluster. */
  readonly activate = (key: string): void => {
    const mark = this.scene()?.marks.find((m) => m.key === key);
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
        return this.store.closeCard();
      case 'focus':
        this.roving.moveTo(intent.key);
        break;
      case 'reveal': {
        const event = this.store.event(intent.id);
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

  private open(id: string): void {
    this.store.select(id);
    this.opened();
  }

  private activateMark(mark: SceneMark): void {
    this.roving.key = mark.key;
    if (mark.events.length === 1) return this.open(mark.lead.id);
    const first = mark.events[0].start.time;
    let last = first;
    for (const event of mark.events) last = Math.max(last, event.until);
    const pad = Math.max((last - first) * 0.15, DAY);
    const [from, to] = this.zoom.clamp(first - pad, last + pad);
    const [viewFrom, viewTo] = this.zoom.view;
    // When zooming in would not pull the events apart (same day, or already at the limit),
    // open the first of them instead; Next walks through the rest.
    if (to - from > 0.8 * (viewTo - viewFrom) || last - first <= 2 * DAY) return this.open(mark.events[0].id);
    this.zoom.show(from, to);
    this.roving.moveTo(mark.lead.id);
  }
}
