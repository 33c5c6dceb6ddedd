import { html, type TemplateResult } from 'lit';
import type { ViewContext } from './context.js';

export interface FindState {
  query: string;
  /** How many of the shown events match (null while not known yet), and how many there are. */
  found: number | null;
  total: number;
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
    <p class="find-count" role="status">${state.found !== null && state.query.trim() ? m.matches(ctx.number(state.found), ctx.number(state.total), state.found) : ''}</p>
  </div>`;
}
