import { html, nothing, type TemplateResult } from 'lit';
import type { Category } from '../../../core/types.js';
import { showsTrack, VIEW_CHOICES, type ShownView } from './choose-view.js';
import type { ViewContext } from './context.js';

export interface ToolbarState {
  categories: readonly Category[];
  hidden: ReadonlySet<string>;
  view: ShownView;
  helpShown: boolean;
  /** On narrow widths the tools and the legend fold behind one button: whether they are shown. */
  toolsShown: boolean;
  /** Whether the view can zoom in further, or out (the buttons say so at their limits). */
  canZoomIn: boolean;
  canZoomOut: boolean;
  /** The find field, and the image download when the view draws the track. */
  find: TemplateResult;
  download?: TemplateResult;
  /** After an update brought events: the button that goes to the newest (never folded away). */
  newest?: TemplateResult;
}

export interface ToolbarActions {
  chooseView(view: ShownView): void;
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  toggleHelp(): void;
  toggleTools(): void;
  toggleCategory(id: string): void;
}

/**
 * The view choice, the zoom buttons, the tools and help, then the legend. The toolbar and the
 * legend are one tab stop each, with the arrow keys inside (see RovingGroupsController); the
 * find field is a tab stop of its own, since its arrow keys move the caret.
 */
export function renderToolbar(ctx: ViewContext, state: ToolbarState, act: ToolbarActions): TemplateResult {
  const { m } = ctx;
  const track = showsTrack(state.view);
  const folded = state.toolsShown ? 'unfolded' : 'folded';
  // Buttons at a zoom limit stay focusable (aria-disabled): a disabled one would drop focus to the page.
  return html`<div class="toolbar ${folded}" part="toolbar">
    <div class="controls" role="toolbar" aria-label=${m.zoomControls} data-roving="controls">
      <div class="views" role="radiogroup" aria-label=${m.viewChoice}>
        ${VIEW_CHOICES.map(
          ({ view, label }) => html`<button type="button" role="radio" class="view-choice" data-view=${view} aria-checked=${String(state.view === view)}
            @click=${() => act.chooseView(view)}>${label(m)}</button>`,
        )}
      </div>
      ${track
        ? html`<div class="zoom foldable" part="zoom" role="group" aria-label=${m.zoomControls}>
            <button type="button" aria-label=${m.zoomOut} title=${m.zoomOut} aria-disabled=${String(!state.canZoomOut)} @click=${state.canZoomOut ? act.zoomOut : nothing}>−</button>
            <button type="button" aria-label=${m.zoomIn} title=${m.zoomIn} aria-disabled=${String(!state.canZoomIn)} @click=${state.canZoomIn ? act.zoomIn : nothing}>+</button>
            <button type="button" @click=${act.fit}>${m.fit}</button>
          </div>`
        : nothing}
      ${state.download ? html`<div class="foldable">${state.download}</div>` : nothing}
      ${state.newest ?? nothing}
      <button type="button" class="tools-toggle" aria-expanded=${String(state.toolsShown)} @click=${act.toggleTools}>${m.tools}</button>
      <button type="button" class="help-toggle foldable" aria-label=${m.help} title=${m.help} aria-expanded=${String(state.helpShown)}
        aria-controls="help" @click=${act.toggleHelp}>?</button>
    </div>
    <div class="tools foldable" part="tools">${state.find}</div>
    <div class="legend foldable" part="legend" role="toolbar" aria-label=${m.categories} data-roving="legend">
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
