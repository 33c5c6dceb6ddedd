import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { idFromHash } from '../core/links.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** The events of this timeline (another timeline on the page may hold others), and its selection. */
export interface HashLinksStore {
  has(id: string): boolean;
  readonly selected: string | null;
  select(id: string | null): boolean;
}

/**
 * `hash-links`: the selected event lives in the address as `#<id>`. Selecting rewrites the hash in
 * place (replaceState, so no history entry per click); an address that names one of this
 * timeline's events opens it on load and on back/forward. A hash that names another timeline's
 * event is left alone, so two timelines share one page.
 */
export class HashLinksController implements ReactiveController {
  constructor(
    private readonly host: Host,
    private readonly store: HashLinksStore,
    /** Whether the element has `hash-links`. */
    private readonly enabled: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** New data is in: opens the event the address names, if it is ours. Returns whether it did. */
  loaded(): boolean {
    const id = this.ours();
    if (!id) return false;
    this.store.select(id);
    this.scrollTo(id);
    return true;
  }

  /** The selection changed: write it into the address, or take out a hash that named one of ours. */
  selected(id: string | null): void {
    if (!this.enabled() || !this.host.isConnected) return;
    const named = idFromHash(location.hash);
    if (id && named !== id) this.replace(`#${encodeURIComponent(id)}`);
    else if (!id && named && this.store.has(named)) this.replace('');
  }

  /** The id in the address when it is one of this timeline's events. */
  private ours(): string {
    if (!this.enabled()) return '';
    const id = idFromHash(location.hash);
    return id && this.store.has(id) ? id : '';
  }

  private replace(hash: string): void {
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  }

  /** Brings the opened event into the reader's view: its list item in the list, else the element. */
  private scrollTo(id: string): void {
    void this.host.updateComplete.then(() => {
      const item = this.host.renderRoot.querySelector(`[data-list-id="${CSS.escape(id)}"]`);
      (item ?? this.host).scrollIntoView({ block: 'start' });
    });
  }

  private readonly onHashChange = (): void => {
    if (!this.enabled()) return;
    const id = this.ours();
    if (id) {
      if (id !== this.store.selected) this.store.select(id);
      this.scrollTo(id);
    } else if (!location.hash && this.store.selected) {
      // Back to the address without an event: close it.
      this.store.select(null);
    }
  };
}
