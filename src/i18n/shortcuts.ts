import type { Shortcuts } from './messages.js';

export type { Shortcuts } from './messages.js';

/**
 * The keyboard shortcuts and gestures the help panel lists. Apart from the other messages: few
 * readers open the panel, so it and its English texts load from a chunk when one does.
 */
export const englishShortcuts: Shortcuts = [
  [['Tab'], 'Move into the timeline, then on to the card'],
  [['←', '→'], 'Previous or next event on screen; at the edge, the timeline scrolls'],
  [['↑', '↓'], 'Event in the lane above or below'],
  [['Home', 'End'], 'First or last event'],
  [['Enter', 'Space'], 'Open the event, or zoom into a group'],
  [['Esc'], 'Close the card'],
  [['+', '−'], 'Zoom in or out'],
  [['0'], 'Show all events'],
];

export const englishGestures: Shortcuts = [
  [['Tap'], 'Open the event, or zoom into a group'],
  [['Drag'], 'Move along the timeline'],
  [['Pinch'], 'Zoom in or out'],
  [['Ctrl + wheel'], 'Zoom in or out with the mouse'],
  [['Double-click'], 'Zoom in where you click'],
];
