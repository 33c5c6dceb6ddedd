import { html, nothing, type TemplateResult } from 'lit';
import type { Category } from '../../../core/types.js';
import type { ViewContext } from './context.js';

export interface ToolbarState {
  categories: readonly Category[];
  hidden: ReadonlySet<string>;
  listShown: boolean;
  storyShown: boolean;
  /** Whether the zoomable track is on screen (the zoom buttons do nothing without it). */
  trackShown: boolean;
  helpShown: boolean;
  /** The find field and the image download, between the controls and the legend. */
  tools?: TemplateResult;
}

export interface ToolbarActions {
  toggleList(): void;
  toggleStory(): void;
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  toggleHelp(): void;
  toggleCategory(id: string): void;
}

/** The zoom buttons, the list and help toggles, and the legend that shows and hides lanes. */
export function renderToolbar(ctx: ViewContext, state: ToolbarState, act: ToolbarActions): TemplateResult {
  const { m } = ctx;
  const list = state.listShown;
  const still = !state.trackShown;
  return html`<div class="toolbar" part="toolbar">
    <div class="zoom" part="zoom" role="group" aria-label=${m.zoomControls}>
      <button type="button" class="list-toggle" aria-pressed=${String(list)} @click=${act.toggleList}>${m.listView}</button>
      <button type="button" class="story-toggle" aria-pressed=${String(state.storyShown)} @click=${act.toggleStory}>${m.storyView}</button>
      <button type="button" aria-label=${m.zoomOut} title=${m.zoomOut} ?disabled=${still} @click=${act.zoomOut}>−</button>
      <button type="button" aria-label=${m.zoomIn} title=${m.zoomIn} ?disabled=${still} @click=${act.zoomIn}>+</button>
      <button type="button" ?disabled=${still} @click=${act.fit}>${m.fit}</button>
      <button type="button" class="help-toggle" aria-label=${m.help} title=${m.help} aria-expanded=${String(state.helpShown)}
        aria-controls="help" @click=${act.toggleHelp}>?</button>
    </div>
    ${state.tools ? html`<div class="tools" part="tools">${state.tools}</div>` : nothing}
    <div class="legend" part="legend" role="group" aria-label=${m.categories}>
      ${state.categories.map((category) => {
        const label = ctx.text(category.label);
        return html`<button
          type="button"
          data-category=${category.id}
          aria-pressed=${String(!state.hidden.has(category.id))}
          title=${m.showCategory(label)}
          @click=${() => act.toggleCategory(category.id)}
        >
          <svg class="swatch" viewBox="0 0 12 12" aria-hidden="true"><circle cx="6" cy="6" r="6" fill=${category.color}></circle></svg>
          <bdi>${label}</bdi>
        </button>`;
      })}
    </div>
  </div>`;
}
