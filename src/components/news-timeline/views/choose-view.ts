import type { Messages } from '../../../i18n/messages.js';

/** Below this width (in CSS pixels), `view="auto"` tells the story; from it up, the timeline. */
export const STORY_BELOW_PX = 600;

/**
 * What the `view` attribute may say: the zoomable track with the card, every event as a list,
 * one event at a time as a story (the track below it to navigate), time running down the page
 * (`vertical`), or `auto`: the story below STORY_BELOW_PX, else the timeline.
 */
export type TimelineView = 'timeline' | 'list' | 'story' | 'vertical' | 'auto';
/** What is on screen: `auto` settled by the width. */
export type ShownView = Exclude<TimelineView, 'auto'>;

/**
 * The height each view takes before its data arrives, so that the page does not move when it
 * does: about what the view fills once drawn (the flagship story, measured by
 * bench/layout-shift.mjs), below STORY_BELOW_PX and from it up. The list and the vertical view
 * run longer than a screen, so a screen's height keeps what follows them out of sight meanwhile.
 * A page that knows its timeline's height sets `--nt-height` instead.
 */
export const RESERVED_HEIGHT: Record<ShownView | 'vertical', { narrow: string; wide: string }> = {
  timeline: { narrow: '41rem', wide: '33rem' },
  story: { narrow: '74rem', wide: '55rem' },
  list: { narrow: '100vh', wide: '100vh' },
  vertical: { narrow: '100vh', wide: '100vh' },
};

/** The view on screen for the `view` attribute at a width (0 while it is not yet measured). */
export function shownView(view: string | undefined, width: number): ShownView {
  if (view === 'list' || view === 'story' || view === 'vertical') return view;
  return view === 'auto' && width > 0 && width < STORY_BELOW_PX ? 'story' : 'timeline';
}

/** Whether a view draws the track (the timeline and the story do; the list and the vertical view do not). */
export const showsTrack = (view: ShownView): boolean => view === 'timeline' || view === 'story';

/** The views a reader can choose, in the order the view choice offers them (a new view is one entry more). */
export const VIEW_CHOICES: ReadonlyArray<{ view: ShownView; label: (m: Messages) => string }> = [
  { view: 'timeline', label: (m) => m.timelineView },
  { view: 'list', label: (m) => m.listView },
  { view: 'story', label: (m) => m.storyView },
  { view: 'vertical', label: (m) => m.verticalView },
];
