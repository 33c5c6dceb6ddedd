/**
 * Registers `<news-timeline>`. Importing this module defines the element (once); the class
 * lives in news-timeline.component.ts.
 */
import { NewsTimeline } from './news-timeline.component.js';

export { NewsTimeline } from './news-timeline.component.js';
export type { TimelineView } from './news-timeline.component.js';
export type { NtLoadDetail, NtErrorDetail, NtSelectDetail, NtRangeChangeDetail, NtUpdateDetail, NewsTimelineEventDetails } from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'news-timeline': NewsTimeline;
  }
}

if (!customElements.get('news-timeline')) customElements.define('news-timeline', NewsTimeline);
