import { css, html, type TemplateResult } from 'lit';
import { englishGestures, englishShortcuts, type Shortcuts } from '../../../i18n/shortcuts.js';
import { adoptStyles } from './adopt-styles.js';
import type { ViewContext } from './context.js';

/**
 * The keyboard help panel: the shortcuts as a definition list. Few readers open it, so it loads
 * from a chunk the first time one does, with its styles and its texts.
 */
export function helpView(root: ShadowRoot): (ctx: ViewContext) => TemplateResult {
  adoptStyles(root, helpStyles);
  return renderHelp;
}

function renderHelp({ m, language }: ViewContext): TemplateResult {
  return html`<section id="help" class="help" part="help" aria-labelledby="help-title">
    <h2 id="help-title">${m.shortcuts}</h2>
    ${renderList(language.shortcuts ?? englishShortcuts)}
    <h2>${m.gestures}</h2>
    ${renderList(language.gestures ?? englishGestures)}
    <p class="dates-note">
      <svg viewBox="0 0 12 12" aria-hidden="true"><circle cx="6" cy="6" r="5"></circle></svg>
      ${m.datesNote}
    </p>
  </section>`;
}

function renderList(items: Shortcuts): TemplateResult {
  return html`<dl>
    ${items.map(
      ([keys, action]) => html`<div>
        <dt>${keys.map((k, i) => html`${i ? ' ' : ''}<kbd>${k}</kbd>`)}</dt>
        <dd>${action}</dd>
      </div>`,
    )}
  </dl>`;
}

const helpStyles = css`
  .help {
    margin-inline: 0.25rem;
    padding: 0.75rem 1rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 8px;
    font-size: 0.875rem;
  }
  .help h2 {
    font-size: 1rem;
    margin: 0 0 0.5rem;
  }
  .help dl + h2 {
    margin-block-start: 0.75rem;
  }
  .help dl {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
    gap: 0.25rem 1.5rem;
    margin: 0;
  }
  .help dl div {
    display: flex;
    gap: 0.75rem;
  }
  .help dt {
    flex: 0 0 6.5rem;
  }
  .help dd {
    margin: 0;
  }
  .dates-note {
    margin: 0.75rem 0 0;
  }
  /* The hollow mark the note explains, drawn as the track draws it. */
  .dates-note svg {
    display: inline-block;
    width: 0.75rem;
    height: 0.75rem;
    margin-inline-end: 0.375rem;
    vertical-align: -0.0625rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
  kbd {
    font: inherit;
    font-size: 0.8125rem;
    padding: 0 0.375rem;
    border: 1px solid var(--_border);
    border-block-end-width: 2px;
    border-radius: 4px;
    background: var(--_background);
    unicode-bidi: isolate;
  }
`;
