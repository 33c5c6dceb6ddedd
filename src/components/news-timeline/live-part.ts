// Live updates (`refresh`, `reload()`, the New marks' styles): loaded from a chunk beside the main
// file the first time a page asks for a refresh or gives a story a new version.
import type { ReactiveControllerHost } from 'lit';
import { RefreshController, type RefreshOptions } from '../../controllers/refresh-controller.js';
import { liveStyles } from './live.styles.js';
import { adoptStyles } from './views/adopt-styles.js';

export function liveUpdates(host: ReactiveControllerHost & HTMLElement, options: RefreshOptions, root: ShadowRoot): RefreshController {
  adoptStyles(root, liveStyles);
  return new RefreshController(host, options);
}
