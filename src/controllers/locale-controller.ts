import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { canonicalLanguage, isRtlLanguage } from '../core/text.js';

/**
 * Works out the host's language and direction: its own `lang`/`dir`, else the nearest
 * ancestor's (across shadow roots), and re-renders when an ancestor's `lang` or `dir` changes.
 */
export class LocaleController implements ReactiveController {
  private observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(this.host.ownerDocument.documentElement, {
      attributes: true,
      attributeFilter: ['lang', 'dir'],
      subtree: true,
    });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** The nearest value of an attribute on the host or an ancestor, crossing shadow roots. */
  private inherited(name: 'lang' | 'dir'): string {
    let node: Node | null = this.host;
    while (node) {
      if (node instanceof Element) {
        const value = node.getAttribute(name);
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
    const own = this.host.getAttribute('dir');
    if (own === 'rtl' || own === 'ltr') return own;
    const ownLang = this.host.getAttribute('lang');
    if (ownLang) return isRtlLanguage(canonicalLanguage(ownLang)) ? 'rtl' : 'ltr';
    const dir = this.inherited('dir');
    if (dir === 'rtl' || dir === 'ltr') return dir;
    return isRtlLanguage(this.lang) ? 'rtl' : 'ltr';
  }
}
