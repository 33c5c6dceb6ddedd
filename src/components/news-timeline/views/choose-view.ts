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
  timeline: { narrow: '41rem', wide: '29rem' },
  story: { narrow: '74rem', wide: '50rem' },
  list: { narrow: '100vh', wide: '100vh' },
  vertical: { narrow: '100vh', wide: '100vh' },
};

/** The view on screen for the `view` attribute at a width (0 while it is not yet measured). */
export function shownView(view: string | undefined, width: number): ShownView {
  if (view === 'list' || view === 'story' || view === 'vertical') return view;
  return view === 'auto' && width > 0 && width < STORY_BELOW_PX ? 'story' : 'timeline';
}

/**
 * The List view and Story view buttons: pressed, they show their view and remember the `view`
 * to come back to; pressed again, they go back to it (or to the timeline).
 */
export function toggledView(button: 'list' | 'story', shown: ShownView, view: TimelineView | undefined, back: TimelineView | undefined): { view: TimelineView; back?: TimelineView } {
  if (shown !== button) return { view: button, back: view ?? 'timeline' };
  const usable = back && back !== button && !(back === 'auto' && button === 'story');
  return { view: usable ? back : 'timeline' };
}
