import { html, type TemplateResult } from 'lit';
import type { Issue } from '../../../core/types.js';
import type { ViewContext } from './context.js';

/** At most this many problems are listed; the heading still counts them all. */
const MAX_SHOWN = 200;

/** The problems in the data, each with its path (paths and messages are English, left to right). */
export function renderErrors(ctx: ViewContext, issues: readonly Issue[]): TemplateResult {
  return html`<div part="error" role="alert">
    <p>${ctx.m.errorHeading(ctx.number(issues.length), issues.length)}</p>
    <ul>
      ${issues.slice(0, MAX_SHOWN).map((issue) => html`<li><bdi dir="ltr" lang="en"><code>${issue.path}</code>: ${issue.message}</bdi></li>`)}
    </ul>
  </div>`;
}
