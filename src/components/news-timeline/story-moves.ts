import { storyKeyIntent } from '../../core/keyboard.js';
import type { TimelineStore } from './timeline-store.js';

/** What the story needs from its element besides the store, read at the moment of the key, click or swipe. */
export interface StoryHost {
  /** Whether the story opens on a title card (the data has a title). */
  hasTitleCard(): boolean;
  dir(): 'ltr' | 'rtl';
  /** Resolves once the element has rendered the move. */
  rendered(): Promise<unknown>;
}

/** A swipe must travel this far sideways, and twice as far sideways as up or down. */
const SWIPE_PX = 40;

/**
 * The story view's moves: one event at a time through the shown events, after an optional title
 * card, by buttons, keys (mirrored in right-to-left text) and horizontal swipes. The selection is
 * the story's place, so the track, the card and links all agree with it.
 */
export class StoryMoves {
  private swipe?: { pointer: number; x: number; y: number };
  /** Whether the reader has moved through the story yet: until then, touch screens hint at swiping. */
  moved = false;

  constructor(
    private readonly store: TimelineStore,
    private readonly host: StoryHost,
    /** The current event's headline, once drawn. */
    private readonly headline: () => Element | null = () => null,
  ) {}

  /** The current place: -1 for the title card, else the event's place among the shown events. */
  get place(): number {
    const id = this.store.selected;
    const at = id ? this.store.shown.placeOf(id) : -1;
    if (at >= 0) return at;
    return this.host.hasTitleCard() || this.store.shown.events.length === 0 ? -1 : 0;
  }

  /** The first place: the title card when there is one. */
  get start(): number {
    return this.host.hasTitleCard() ? -1 : 0;
  }

  /** Moves to a place; false when it is out of the story or already there. */
  go(place: number): boolean {
    const { events } = this.store.shown;
    if (place < this.start || place >= events.length || place === this.place) return false;
    this.store.select(place < 0 ? null : events[place].id);
    this.moved = true;
    // The reader pressed Next at the foot of a long event: the new one starts at its headline.
    void this.host.rendered().then(() => {
      const top = this.headline()?.getBoundingClientRect().top;
      if (top !== undefined && (top < 0 || top > innerHeight * 0.6)) this.headline()!.scrollIntoView({ block: 'start' });
    });
    return true;
  }

  readonly previous = (): boolean => this.go(this.place - 1);
  readonly next = (): boolean => this.go(this.place + 1);

  readonly keydown = (event: KeyboardEvent): void => {
    const intent = storyKeyIntent(event, this.host.dir() === 'rtl');
    if (!intent) return;
    event.preventDefault();
    const last = this.store.shown.events.length - 1;
    const place = intent === 'first' ? 0 : intent === 'last' ? last : this.place + (intent === 'next' ? 1 : -1);
    if (!this.go(place)) return;
    // Focus stays where it was; if that was a link of the event just left, it goes to the story.
    const target = event.target as HTMLElement;
    const story = event.currentTarget as HTMLElement;
    void this.host.rendered().then(() => {
      if (!target.isConnected) story.focus();
    });
  };

  // A horizontal swipe on a touch screen turns the page; `touch-action: pan-y` leaves vertical
  // swipes to the page's scrolling (the browser then cancels these pointers).
  readonly pointerdown = (event: PointerEvent): void => {
    this.swipe = event.pointerType === 'mouse' || !event.isPrimary ? undefined : { pointer: event.pointerId, x: event.clientX, y: event.clientY };
  };

  readonly pointerup = (event: PointerEvent): void => {
    const start = this.swipe;
    this.swipe = undefined;
    if (!start || start.pointer !== event.pointerId) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (Math.abs(dx) < SWIPE_PX || Math.abs(dx) < 2 * Math.abs(dy)) return;
    // The page follows the finger: a swipe towards where lines begin brings the next event.
    const towardsLineStart = this.host.dir() === 'rtl' ? dx > 0 : dx < 0;
    if (towardsLineStart) this.next();
    else this.previous();
  };

  readonly pointercancel = (): void => {
    this.swipe = undefined;
  };
}
