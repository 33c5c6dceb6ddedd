import type { SceneMark, TrackScene } from './scene.js';
import type { ShownEvents } from './timeline-index.js';
import type { TimelineEvent } from './types.js';

/** What a key on the track asks for; the element carries it out. */
export type TrackIntent =
  /** Zoom by a factor, keeping a time (the focused mark's) in place when given. */
  | { type: 'zoom'; factor: number; around?: number }
  | { type: 'fit' }
  /** Close the open card (the key counts as used only if one was open). */
  | { type: 'close' }
  /** Move keyboard focus to a mark in view. */
  | { type: 'focus'; key: string }
  /** Bring an event into view and focus its mark (or the cluster holding it). */
  | { type: 'reveal'; id: string }
  /** Open a mark: select its event, or zoom into a cluster. */
  | { type: 'activate'; key: string }
  /** The key is the track's, but there is nothing to do (for example at the last event). */
  | { type: 'stay' };

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

export interface KeyContext {
  scene: Pick<TrackScene, 'marks' | 'from' | 'to'>;
  /** The mark holding the track's tab stop. */
  focusKey: string;
  /** Whether time runs right to left (the arrows follow the screen, not time). */
  rtl: boolean;
  shown: ShownEvents;
}

/**
 * Maps a key on the track to an intent, or null when the key is not the track's (it then
 * belongs to the page). Arrows move in visual order; at the edge of the view they go on to the
 * next event that way.
 */
export function trackKeyIntent(input: KeyInput, context: KeyContext): TrackIntent | null {
  // Ctrl/⌘/Alt combinations belong to the browser (page zoom, history), never to the track.
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  const { key } = input;
  const focused = context.scene.marks.find((mark) => mark.key === context.focusKey);
  const around = focused ? markTime(focused) : undefined;
  if (key === '+' || key === '=') return { type: 'zoom', factor: 2, around };
  if (key === '-' || key === '_' || key === '−') return { type: 'zoom', factor: 0.5, around };
  if (key === '0') return { type: 'fit' };
  if (key === 'Escape') return { type: 'close' };
  if (key === 'Home' || key === 'End') return revealOrStay(edgeEvent(context.shown.events, key === 'Home'));
  if (context.scene.marks.length === 0) return fromEmptyView(key, context);
  return fromMark(key, context);
}

/** The middle of a mark's time span. */
function markTime(mark: SceneMark): number {
  return (mark.first.start.time + mark.last.until) / 2;
}

function edgeEvent(events: readonly TimelineEvent[], first: boolean): TimelineEvent | undefined {
  return first ? events[0] : events[events.length - 1];
}

function revealOrStay(event: TimelineEvent | undefined): TrackIntent {
  return event ? { type: 'reveal', id: event.id } : { type: 'stay' };
}

/** With nothing in view, the arrows bring in the nearest event that way. */
function fromEmptyView(key: string, { scene, rtl, shown }: KeyContext): TrackIntent | null {
  if (key === 'ArrowRight' || key === 'ArrowLeft') {
    const later = (key === 'ArrowRight') !== rtl;
    const events = shown.events;
    let event: TimelineEvent | undefined;
    if (later) event = events.find((e) => e.start.time >= scene.to);
    else for (let i = events.length - 1; i >= 0 && !event; i--) if (events[i].until <= scene.from) event = events[i];
    return revealOrStay(event);
  }
  return key === 'ArrowUp' || key === 'ArrowDown' || key === ' ' || key === 'Enter' ? { type: 'stay' } : null;
}

function fromMark(key: string, { scene, focusKey, rtl, shown }: KeyContext): TrackIntent | null {
  const visual = [...scene.marks].sort((a, b) => a.centre - b.centre || a.lane - b.lane);
  const current = visual[Math.max(0, visual.findIndex((mark) => mark.key === focusKey))];
  switch (key) {
    case 'ArrowRight':
    case 'ArrowLeft': {
      const step = key === 'ArrowRight' ? 1 : -1;
      const target = visual[visual.indexOf(current) + step];
      if (target) return { type: 'focus', key: target.key };
      // At the edge of the view, go on to the next shown event in that direction.
      const later = (step === 1) !== rtl;
      const edge = later ? current.last : current.first;
      return revealOrStay(shown.events[shown.placeOf(edge.id) + (later ? 1 : -1)]);
    }
    case 'ArrowUp':
    case 'ArrowDown': {
      // The nearest mark in the closest lane above or below that has any in view.
      const down = key === 'ArrowDown';
      let lane: number | undefined;
      for (const mark of visual) {
        const beyond = down ? mark.lane > current.lane : mark.lane < current.lane;
        if (beyond && (lane === undefined || (down ? mark.lane < lane : mark.lane > lane))) lane = mark.lane;
      }
      let target: SceneMark | undefined;
      for (const mark of visual) {
        if (mark.lane !== lane) continue;
        if (!target || Math.abs(mark.centre - current.centre) < Math.abs(target.centre - current.centre)) target = mark;
      }
      return target ? { type: 'focus', key: target.key } : { type: 'stay' };
    }
    case 'Enter':
    case ' ':
      return { type: 'activate', key: current.key };
    default:
      return null;
  }
}

/** What a key asks of the story view: the event before or after, or the first or last. */
export type StoryIntent = 'previous' | 'next' | 'first' | 'last';

/**
 * Maps a key in the story view to a move, or null. The arrows follow the reading direction:
 * in right-to-left text, ← goes on to the next event.
 */
export function storyKeyIntent(input: KeyInput, rtl: boolean): StoryIntent | null {
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  switch (input.key) {
    case 'ArrowRight':
      return rtl ? 'previous' : 'next';
    case 'ArrowLeft':
      return rtl ? 'next' : 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

/**
 * A key in the vertical view: ArrowDown and ArrowUp go down and up the page (the next or the
 * previous event in drawn order), Home and End to its ends; Escape closes the open event.
 */
export function verticalKeyIntent(input: KeyInput): StoryIntent | 'close' | null {
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  switch (input.key) {
    case 'ArrowDown':
      return 'next';
    case 'ArrowUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'close';
    default:
      return null;
  }
}
