import { layoutLanes } from './layout.js';
import { MARK_RADIUS } from './scene.js';
import { timeScale } from './time-scale.js';
import type { TimelineIndex } from './timeline-index.js';
import type { TimelineEvent } from './types.js';

export interface RevealInput {
  index: TimelineIndex;
  event: TimelineEvent;
  /** The visible window. */
  view: readonly [number, number];
  width: number;
  /** Keeps a window inside the zoom limits (see ZoomController.clamp). */
  clamp: (from: number, to: number) => [number, number];
}

/** How much narrower each try is, while zooming in to pull an event out of its cluster. */
const STEP = 1.25;
/** Clusters form from neighbours; this many pixels either side decide the event's mark. */
const NEIGHBOURHOOD_PX = 160;

/** Whether an event is drawn as a mark of its own (not inside a cluster) in a window. */
export function standsAlone(index: TimelineIndex, event: TimelineEvent, from: number, to: number, width: number): boolean {
  const reach = ((to - from) / Math.max(1, width)) * NEIGHBOURHOOD_PX;
  const time = event.start.time;
  const events = index.query(Math.max(from, time - reach), Math.min(to, time + reach)).filter((e) => e.category === event.category);
  const { marks } = layoutLanes({
    events,
    lanes: new Map([[event.category, 0]]),
    position: timeScale([from, to], [0, width]),
    width,
    title: () => '',
    measure: () => 0,
    markRadius: MARK_RADIUS,
  });
  return marks.some((mark) => mark.size === 1 && mark.lead === event);
}

/**
 * The window to show for a newly selected event: the view as it is when the event is in it
 * (away from the edges) on a mark of its own; else panned to it; else zoomed in around it just
 * far enough that it leaves its cluster. When the zoom limit cannot pull it out, the window is
 * only panned (the cluster holding it shows the selection). Null when nothing needs to move.
 */
export function revealWindow({ index, event, view, width, clamp }: RevealInput): [number, number] | null {
  const time = event.start.time;
  const [viewFrom, viewTo] = view;
  const span = viewTo - viewFrom;
  const margin = span * 0.1;
  let panned: [number, number] = [viewFrom, viewTo];
  if (time < viewFrom + margin || time > viewTo - margin) panned = clamp(time - span / 2, time + span / 2);
  // Near the ends of the story the pan may be stopped by the limits: then nothing moved.
  const inView = Math.abs(panned[0] - viewFrom) < 1 && Math.abs(panned[1] - viewTo) < 1;
  if (width <= 0 || standsAlone(index, event, panned[0], panned[1], width)) return inView ? null : panned;
  // Zooming keeps the event where it is on screen (in the middle, when it had to be brought in),
  // but away from the edges.
  const ratio = Math.min(0.85, Math.max(0.15, (time - panned[0]) / span));
  let previous = span;
  for (let next = span / STEP; ; next /= STEP) {
    const window = clamp(time - ratio * next, time + (1 - ratio) * next);
    const shown = window[1] - window[0];
    if (shown >= previous) return inView ? null : panned;
    if (standsAlone(index, event, window[0], window[1], width)) return window;
    previous = shown;
  }
}
