import type { ReactiveControllerHost } from 'lit';
import type { EventSearch } from '../../core/search.js';
import type { TimelineEvent } from '../../core/types.js';
import { LazyPart } from '../../controllers/lazy-part.js';
import type { TimelineStore } from './timeline-store.js';

export interface FindHost {
  /** An event's searchable text (title and summary) in the language shown. */
  text(event: TimelineEvent): string;
  lang(): string;
}

/**
 * The find field: what the reader typed, the events it matches (worked out once per query,
 * language and set of events), Enter for the next match and Escape to clear. The matching code
 * loads with the first letter typed (a chunk beside the main file).
 */
export class FindField {
  query = '';
  /** The matching code, loaded with the first letter typed. */
  readonly searching: LazyPart<typeof import('../../core/search.js')>;
  private search?: { lang: string; search: EventSearch };
  private filtered?: { from: readonly TimelineEvent[]; matches: ReadonlySet<string>; events: readonly TimelineEvent[] };
  private last?: { events: readonly TimelineEvent[]; lang: string; query: string; found: ReadonlySet<string> | null };

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly store: TimelineStore,
    private readonly options: FindHost,
  ) {
    this.searching = new LazyPart(host, () => import('../../core/search.js'), 'find');
  }

  /** The ids of the matching events, or null when nothing is being looked for. */
  get matches(): ReadonlySet<string> | null {
    if (!this.query.trim()) return null;
    const searching = this.searching.get();
    if (!searching) return null;
    const events = this.store.shown.events;
    const lang = this.options.lang();
    const last = this.last;
    if (last && last.events === events && last.lang === lang && last.query === this.query) return last.found;
    if (this.search?.lang !== lang) this.search = { lang, search: new searching.EventSearch((event) => this.options.text(event)) };
    const found = this.search.search.find(events, this.query);
    this.last = { events, lang, query: this.query, found };
    return found;
  }

  /** The events the find field matches, or all of them when nothing is looked for; the same array while neither changes. */
  filter(events: readonly TimelineEvent[]): readonly TimelineEvent[] {
    const matches = this.matches;
    if (!matches) return events;
    if (this.filtered?.from !== events || this.filtered.matches !== matches) {
      this.filtered = { from: events, matches, events: events.filter((event) => matches.has(event.id)) };
    }
    return this.filtered.events;
  }

  /** Which match Enter went to last (1 for the first in time), or null before Enter or after new typing. */
  get at(): number | null {
    const matches = this.matches;
    const selected = this.store.selected;
    if (!this.stepped || !matches || !selected || !matches.has(selected)) return null;
    return this.store.shown.events.filter((event) => matches.has(event.id)).findIndex((event) => event.id === selected) + 1;
  }

  private stepped = false;

  readonly input = (event: Event): void => {
    this.stepped = false;
    this.query = (event.target as HTMLInputElement).value;
    this.host.requestUpdate();
  };

  readonly keydown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.next();
    } else if (event.key === 'Escape' && this.query) {
      // Clears the field; with nothing left to clear, Escape goes on to close the card.
      event.preventDefault();
      event.stopPropagation();
      this.query = '';
      this.host.requestUpdate();
    }
  };

  /** Opens the next match after the selected event (in time), going round to the first. */
  next(): void {
    const matches = this.matches;
    if (!matches?.size) return;
    const events = this.store.shown.events;
    const from = events.findIndex((event) => event.id === this.store.selected);
    const match = events.find((event, i) => i > from && matches.has(event.id)) ?? events.find((event) => matches.has(event.id));
    if (!match) return;
    this.stepped = true;
    this.open(match.id);
    this.host.requestUpdate();
  }

  /** Opens an event the reader went to with Enter; the list, which has no card, scrolls to it. */
  open(id: string): void {
    this.store.select(id);
    if (this.store.view !== 'list') return;
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector(`[data-list-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest' }));
  }
}
