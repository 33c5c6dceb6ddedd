// The story view's code: loaded the first time a timeline shows a story (a chunk beside the main file).
import type { TemplateResult } from 'lit';
import { StoryController, type StoryHost } from '../../controllers/story-controller.js';
import type { TimelineEvent } from '../../core/types.js';
import type { ViewContext } from './views/context.js';
import { renderStory, type StoryState } from './views/story.js';
import { storyStyles } from './views/story.styles.js';

/** Draws the story for what the element shows; the place in it is the element's selection. */
export type StoryView = (ctx: ViewContext, state: Pick<StoryState, 'title' | 'description' | 'events'>, extra: (event: TimelineEvent | undefined) => TemplateResult | undefined) => TemplateResult;

/** The story view for one element; its styles join the element's shadow root. */
export function storyView(host: StoryHost, root: ShadowRoot): StoryView {
  const sheet = storyStyles.styleSheet;
  if (!sheet) {
    // No constructable style sheets in this browser: a style element, as Lit itself falls back to.
    const style = document.createElement('style');
    style.textContent = storyStyles.cssText;
    root.append(style);
  } else if (!root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
  const controller = new StoryController(host);
  return (ctx, state, extra) => {
    const { place, start } = controller;
    return renderStory(ctx, { ...state, place, start, extra: extra(state.events[place]) }, controller);
  };
}
