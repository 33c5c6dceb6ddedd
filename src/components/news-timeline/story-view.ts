// The story view's code: loaded the first time a timeline shows a story (a chunk beside the main file).
import type { TemplateResult } from 'lit';
import { StoryMoves, type StoryHost } from './story-moves.js';
import type { TimelineStore } from './timeline-store.js';
import type { TimelineEvent } from '../../core/types.js';
import type { ViewContext } from './views/context.js';
import { renderStory, type StoryState } from './views/story.js';
import { storyStyles } from './views/story.styles.js';
import { adoptStyles } from './views/adopt-styles.js';

/** Draws the story for what the element shows; the place in it is the element's selection. */
export type StoryView = (ctx: ViewContext, state: Pick<StoryState, 'title' | 'description' | 'events' | 'unseen'>, extra: (event: TimelineEvent | undefined) => TemplateResult | undefined) => TemplateResult;

/** The story view for one element; its styles join the element's shadow root. */
export function storyView(store: TimelineStore, host: StoryHost, root: ShadowRoot): StoryView {
  adoptStyles(root, storyStyles);
  const controller = new StoryMoves(store, host, () => root.querySelector('#story-title'));
  return (ctx, state, extra) => {
    const { place, start, moved } = controller;
    // The page's own headline often is the data's title: the title card then does not repeat it.
    const titleOnPage = Boolean(state.title) && root.host.ownerDocument.querySelector('h1')?.textContent?.trim() === state.title;
    return renderStory(ctx, { ...state, place, start, hint: !moved, titleOnPage, extra: extra(state.events[place]) }, controller);
  };
}
