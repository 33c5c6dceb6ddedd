import { html, nothing, type TemplateResult } from 'lit';
import type { LoadFailure } from '../../../controllers/data-controller.js';
import type { Issue } from '../../../core/types.js';
import type { ViewContext } from './context.js';

/** At most this many problems are listed; the heading still counts them all. */
const MAX_SHOWN = 200;

export interface ErrorPanelOptions {
  /** Why a `src` failed to load, said in the reader's language above the details. */
  failure?: LoadFailure;
  /** A source refused as too large: its size and the limit, in bytes. */
  refused?: { bytes: number; limit: number };
  /** Loads the `src` again; no button without it. */
  retry?: () => void;
}

/** The problems in the data, each with its path (paths and messages are English, left to right). */
export function renderErrors(ctx: ViewContext, issues: readonly Issue[], options: ErrorPanelOptions = {}): TemplateResult {
  const { m } = ctx;
  const megabytes = (bytes: number) => new Intl.NumberFormat(ctx.lang, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1e6);
  const { refused } = options;
  const failure =
    options.failure === 'too-large' && refused
      ? m.tooLarge(megabytes(refused.bytes), megabytes(refused.limit))
      : options.failure
        ? m.loadFailure(options.failure)
        : '';
  return html`<div part="error" role="alert">
    ${failure ? html`<p class="failure">${failure}</p>` : nothing}
    <p>${ctx.m.errorHeading(ctx.number(issues.length), issues.length)}</p>
    <ul>
      ${issues.slice(0, MAX_SHOWN).map((issue) => html`<li><bdi dir="ltr" lang="en"><code>${issue.path}</code>: ${issue.message}</bdi></li>`)}
    </ul>
    ${options.retry ? html`<button type="button" class="retry" part="retry" @click=${options.retry}>${m.retry}</button>` : nothing}
  </div>`;
}

/** The loading line, with how much of a large file has arrived when the server said its size. */
export function renderLoading(ctx: ViewContext, progress: number | null): TemplateResult {
  const { m } = ctx;
  if (progress === null) return html`<p class="status" role="status">${m.loading}</p>`;
  const percent = Math.round(progress * 100);
  return html`<p class="status" role="status">
    ${m.loading}
    <progress max="100" value=${percent} aria-label=${m.loading}>${ctx.number(percent)}%</progress>
  </p>`;
}

/** While the interface language loads: the loading line's place, with no words in a language the reader may not read. */
export function renderLanguageLoading(): TemplateResult {
  return html`<p class="status" role="status" aria-busy="true"><progress></progress></p>`;
}
