import type { CSSResult } from 'lit';

/** Adds styles that came with a lazily loaded part to the element's shadow root, once. */
export function adoptStyles(root: ShadowRoot, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (!sheet) {
    // No constructable style sheets in this browser: a style element, as Lit itself falls back to.
    const style = document.createElement('style');
    style.textContent = styles.cssText;
    root.append(style);
  } else if (!root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}
