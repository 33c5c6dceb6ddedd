import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { prepareFormats } from '../core/dates.js';
import { prepareTickFormats } from '../core/ticks.js';
import { canonicalLanguage } from '../core/text.js';
import { languageDir, loadLanguage, readyLanguage, watchLanguages, type Language } from '../i18n/languages.js';
import { whenIdle } from './idle.js';

type Host = ReactiveControllerHost & HTMLElement;

/** A language on screen, and the tag it came from (for Intl and the `lang` attribute). */
export interface Shown {
  lang: string;
  language: Language;
}

/**
 * One observer per document, shared by every timeline in it: a change of `lang` or `dir`
 * anywhere re-renders them all (each then works out its own language again).
 */
const watchers = new WeakMap<Document, { observer: MutationObserver; hosts: Set<Host> }>();

function watch(host: Host): void {
  const doc = host.ownerDocument;
  let watcher = watchers.get(doc);
  if (!watcher) {
    const hosts = new Set<Host>();
    const observer = new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
    observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
    watchers.set(doc, (watcher = { observer, hosts }));
  }
  watcher.hosts.add(host);
}

function unwatch(host: Host): void {
  const doc = host.ownerDocument;
  const watcher = watchers.get(doc);
  if (!watcher) return;
  watcher.hosts.delete(host);
  if (watcher.hosts.size === 0) {
    watcher.observer.disconnect();
    watchers.delete(doc);
  }
}

/**
 * Works out the host's language and direction: its own `lang`/`dir`, else the nearest
 * ancestor's (across shadow roots), and re-renders when an ancestor's `lang` or `dir` changes.
 * Fetches the language's interface text when it is not built in, and re-renders when it arrives.
 */
export class LocaleController implements ReactiveController {
  /** The language being fetched, and the promise of its arrival (the host has rendered again by then). */
  private fetching?: { lang: string; arrived: Promise<void> };
  private showing?: Shown;
  private unwatchLanguages?: () => void;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    watch(this.host);
    // Preloaded as soon as the language is known: its chunk comes while the data does.
    this.fetch(this.lang);
    this.unwatchLanguages = watchLanguages(() => this.host.requestUpdate());
    // While the page is idle (its data loading, typically), get the dates, numbers and axis labels
    // of the host's language ready, so that the first render does not start the locale data.
    whenIdle(() => {
      if (!this.host.isConnected) return;
      prepareFormats(this.lang);
      prepareTickFormats(this.lang);
    });
  }

  hostDisconnected(): void {
    unwatch(this.host);
    this.unwatchLanguages?.();
  }

  /**
   * The language the host shows and the tag it speaks Intl with: the language asked for once it is
   * there; while a newly asked one loads, the one shown before (a switch keeps the page, its focus
   * and its place, for the moment the chunk takes); undefined before any (the loading state).
   */
  get shown(): Shown | undefined {
    return this.showing;
  }

  /** Whether the host is yet to show the language asked for. */
  get waiting(): boolean {
    const language = readyLanguage(this.lang);
    return !language || this.showing?.language !== language || this.showing.lang !== this.lang;
  }

  /** At the start of each update: shows the language asked for if it is there, else starts fetching it. */
  refresh(): void {
    const lang = this.lang;
    const language = readyLanguage(lang);
    if (language) this.showing = { lang, language };
    else this.fetch(lang);
  }

  /** Resolves once the language asked for is there (the host has been asked to render with it). */
  async ready(): Promise<void> {
    for (let lang = this.lang; !readyLanguage(lang); lang = this.lang) {
      this.fetch(lang);
      await this.fetching!.arrived;
    }
  }

  private fetch(lang: string): void {
    if (this.fetching?.lang === lang || readyLanguage(lang)) return;
    this.fetching = { lang, arrived: loadLanguage(lang).then(() => this.host.requestUpdate()) };
  }

  /**
   * The host's own `lang` or `dir`: the property, which Lit reflects to the attribute only after
   * the first render (so `el.lang = 'ar'` before connecting is not rendered in English first).
   */
  private own(name: 'lang' | 'dir'): string {
    return this.host[name] || this.host.getAttribute(name) || '';
  }

  /** The nearest value of an attribute on the host or an ancestor, crossing shadow roots. */
  private inherited(name: 'lang' | 'dir'): string {
    let node: Node | null = this.host;
    while (node) {
      if (node instanceof Element) {
        const value = node === this.host ? this.own(name) : node.getAttribute(name);
        if (value && (name === 'lang' || value === 'rtl' || value === 'ltr')) return value;
      }
      node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    }
    return '';
  }

  /** The language as a valid BCP 47 tag: `en_US` becomes `en-US`; anything unusable, `en`. */
  get lang(): string {
    return canonicalLanguage(this.inherited('lang'));
  }

  /** Own `dir` wins; then an own right-to-left `lang`; then an ancestor's `dir`; then the language. */
  get dir(): 'ltr' | 'rtl' {
    const own = this.own('dir');
    if (own === 'rtl' || own === 'ltr') return own;
    const ownLang = this.own('lang');
    if (ownLang) return languageDir(canonicalLanguage(ownLang));
    const dir = this.inherited('dir');
    if (dir === 'rtl' || dir === 'ltr') return dir;
    return languageDir(this.lang);
  }
}
