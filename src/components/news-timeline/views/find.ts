import { html, type TemplateResult } from 'lit';
import type { ViewContext } from './context.js';

export interface FindState {
  query: string;
  /** How many of the shown events match (null while not known yet), and how many there are. */
  found: number | null;
  total: number;
  /** Which match Enter went to (1-based), or null. */
  at: number | null;
}

export interface FindActions {
  input(event: Event): void;
  keydown(event: KeyboardEvent): void;
}

/** The find field, with the count of matches said politely as it changes. */
export function renderFind(ctx: ViewContext, state: FindState, act: FindActions): TemplateResult {
  const { m } = ctx;
  return html`<div class="find" role="search">
    <input type="search" part="search" aria-label=${m.findLabel} placeholder=${m.findLabel} autocomplete="off" spellcheck="false"
      enterkeyhint="search" .value=${state.query} @input=${act.input} @keydown=${act.keydown} />
    <p class="find-count" role="status">${findCount(ctx, state)}</p>
  </div>`;
}

/** How many events match, or, after Enter, which match is open ("Match 2 of 14"). */
function findCount({ m, number }: ViewContext, { query, found, total, at }: FindState): string {
  if (found === null || !query.trim()) return '';
  return at !== null ? m.matchPosition(number(at), number(found), found) : m.matches(number(found), number(total), found);
}
