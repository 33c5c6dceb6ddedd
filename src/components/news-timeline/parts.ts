import type { ReactiveControllerHost } from 'lit';
import { LazyPart } from '../../controllers/lazy-part.js';
import type { StoryHost } from './story-moves.js';
import type { TimelineStore } from './timeline-store.js';

type Host = ReactiveControllerHost & { readonly renderRoot: ShadowRoot };

/**
 * The parts of the element few pages need, each loaded from a chunk beside the main file (with
 * its styles) the first time it is asked for: the keyboard help, the share control (`hash-links`,
 * `share-url`), the story view and the vertical view.
 */
export function lazyParts(host: Host, store: TimelineStore, story: StoryHost) {
  // The shadow root is read when a part loads: it does not exist yet when the element is made.
  const root = () => host.renderRoot;
  const selection = { selected: () => store.selected, select: (id: string | null) => void store.select(id) };
  return {
    help: new LazyPart(host, () => import('./views/help.js').then(({ helpView }) => helpView(root())), 'the keyboard help'),
    share: new LazyPart(host, () => import('./share-part.js').then(({ shareControl }) => shareControl(host, root())), 'the share control'),
    story: new LazyPart(host, () => import('./story-view.js').then(({ storyView }) => storyView(store, story, root())), 'the story view'),
    vertical: new LazyPart(host, () => import('./vertical-view.js').then(({ verticalView }) => verticalView(host, selection)), 'the vertical view'),
  };
}
