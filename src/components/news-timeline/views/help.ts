import { html, type TemplateResult } from 'lit';
import type { ViewContext } from './context.js';

/** The keyboard shortcuts, as a definition list. */
export function renderHelp({ m }: ViewContext): TemplateResult {
  return html`<section id="help" class="help" part="help" aria-labelledby="help-title">
    <h2 id="help-title">${m.shortcuts}</h2>
    <dl>
      ${m.shortcutList.map(
        ([keys, action]) => html`<div>
          <dt>${keys.map((k, i) => html`${i ? ' ' : ''}<kbd>${k}</kbd>`)}</dt>
          <dd>${action}</dd>
        </div>`,
      )}
    </dl>
  </section>`;
}
