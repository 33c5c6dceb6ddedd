import type { ReactiveControllerHost } from 'lit';
import { isEmptyUpdate, newestEvent, unseenAfter, type TimelineUpdate } from '../../core/merge.js';
import { openingWindow, type OpenAt } from '../../core/opening.js';
import type { Timeline, TimelineEvent } from '../../core/types.js';
import type { DataController } from '../../controllers/data-controller.js';
import type { RefreshController } from '../../controllers/refresh-controller.js';
import type { ZoomController } from '../../controllers/zoom-controller.js';
import { emit } from './events.js';
import type { Frame, TimelineStore } from './timeline-store.js';
import type { ViewContext } from './views/context.js';

/** What the live updates need from the element, read when a new version comes. */
export type LiveHost = ReactiveControllerHost &
  HTMLElement & { refresh?: number; src?: string; openAt?: OpenAt; selected?: string | null; readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * A developing story's new versions (`refresh`, `reload()`, a new `.data`): merged into what the
 * reader sees, with the events they have not opened yet marked New, and the reader who has not
 * moved the view since `open-at` placed it following the newest event. The checking code loads
 * from a chunk the first time a page uses it.
 */
export class LiveState {
  /** Events an update added that the reader has not opened yet (marked New). */
  unseen: ReadonlySet<string> = new Set<string>();
  refresher?: RefreshController;
  /** The event last opened: seen once the reader moves on from it. */
  private opened: string | null = null;
  private live?: Promise<RefreshController>;
  /** The event `open-at` last opened: until the reader moves (a click, a touch, a key, a zoom from code), updates move them to the newest. */
  private placedAt?: { id: string | null };

  constructor(
    private readonly host: LiveHost,
    private readonly store: TimelineStore,
    private readonly zoom: ZoomController,
    private readonly source: DataController,
    private readonly say: (text: string) => void,
  ) {}

  /** The checking code, loaded once. */
  updates(): Promise<RefreshController> {
    this.live ??= import('./live-part.js').then(({ liveUpdates }) => {
      const { host } = this;
      this.refresher = liveUpdates(
        host,
        { seconds: () => host.refresh, source: () => (host.src ? this.source.shownSource : null), fresh: (copy) => this.source.refreshed(copy) },
        host.renderRoot as ShadowRoot,
      );
      host.requestUpdate();
      return this.refresher;
    });
    return this.live;
  }

  start(): void {
    this.updates().catch((error: unknown) => console.error('news-timeline: live updates could not be loaded', error));
  }

  /** A story read anew (not a version of the one shown): nothing is new, and `open-at` placed the reader. */
  loaded(): void {
    this.unseen = new Set();
    this.placedAt = this.store.model.opening(this.host.openAt) ? { id: this.host.selected ?? null } : undefined;
  }

  /** The reader took the view in hand: a live story no longer moves it to the newest event. */
  readonly moved = (): void => {
    this.placedAt = undefined;
  };

  /**
   * A new version of the story shown: the reader keeps their lanes, window, selection, find text
   * and place; new events are marked and said once; a removed open event is said and closed.
   */
  merge(timeline: Timeline, update: TimelineUpdate, frame: Frame, ctx: ViewContext): void {
    const { host } = this;
    // The New marks' styles come with the live updates' code.
    this.start();
    const following = this.placedAt && this.placedAt.id === (host.selected ?? null);
    const closed = host.selected && update.removed.includes(host.selected);
    this.store.merge(timeline, frame);
    this.unseen = unseenAfter(this.unseen, update);
    const newest = following ? this.store.model.opening(host.openAt) : undefined;
    if (newest) {
      this.zoom.show(...openingWindow(newest, this.zoom.full), false);
      host.selected = newest.id;
      this.placedAt = { id: newest.id };
    }
    this.store.sync();
    const added = update.added.length;
    const said = [closed ? ctx.m.selectedRemoved : '', added ? ctx.m.newEvents(ctx.number(added), added) : ''].filter(Boolean).join(' ');
    if (said) this.say(said);
    emit(host, 'nt-load', { count: timeline.events.length });
    if (!isEmptyUpdate(update)) emit(host, 'nt-update', update);
  }

  /** The reader opened another event (or closed one): the one they moved on from is no longer new. */
  seen(id: string | null): void {
    if (this.opened && this.opened !== id && this.unseen.has(this.opened)) {
      const unseen = new Set(this.unseen);
      unseen.delete(this.opened);
      this.unseen = unseen;
    }
    this.opened = id;
  }

  /** The latest of the new events, for the toolbar's Show the newest. */
  newest(): TimelineEvent | undefined {
    return newestEvent(this.store.shown.events, this.unseen);
  }
}
