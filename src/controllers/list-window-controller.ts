import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** Items rendered at first, and added each time the reader nears the end of the list. */
export const LIST_STEP = 200;
/** Print renders at most this many: a longer story is thousands of pages and would freeze the tab. */
export const PRINT_LIMIT = 2000;

/**
 * The list view renders a window of its items, not all of them: the first LIST_STEP, then more
 * as the reader scrolls near the end (an IntersectionObserver on the list's last item) or
 * presses "Show more". A list of 100,000 events opens as fast as one of 200.
 */
export class ListWindowController implements ReactiveController {
  private size = LIST_STEP;
  private items?: readonly unknown[];
  private observer?: IntersectionObserver;
  private watched?: Element;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** How many of these items to render; a new list (another filter, new data) starts again. */
  limit(items: readonly unknown[]): number {
    if (items !== this.items) {
      this.items = items;
      this.size = LIST_STEP;
    }
    return Math.min(items.length, this.size);
  }

  readonly more = (): void => {
    this.size += LIST_STEP;
    this.host.requestUpdate();
  };

  hostUpdated(): void {
    const sentinel = this.host.renderRoot.querySelector('.list > .more');
    if (sentinel === this.watched) return;
    this.observer?.disconnect();
    this.watched = sentinel ?? undefined;
    if (!sentinel || typeof IntersectionObserver === 'undefined') return;
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) this.more();
    }, { rootMargin: '800px 0px' });
    this.observer.observe(sentinel);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.watched = undefined;
  }
}
