import { baseLanguage } from './messages.js';

/** Each shortcut: the keys (as printed on keyboards) and what they do. */
export type Shortcuts = ReadonlyArray<[keys: string[], action: string]>;

/**
 * The keyboard shortcuts the help panel lists, in English and Arabic. Apart from the other
 * messages: few readers open the panel, so it and its texts load from a chunk when one does.
 */
const en: Shortcuts = [
  [['Tab'], 'Move into the timeline, then on to the card'],
  [['←', '→'], 'Previous or next event on screen; at the edge, the timeline scrolls'],
  [['↑', '↓'], 'Event in the lane above or below'],
  [['Home', 'End'], 'First or last event'],
  [['Enter', 'Space'], 'Open the event, or zoom into a group'],
  [['Esc'], 'Close the card'],
  [['+', '−'], 'Zoom in or out'],
  [['0'], 'Show all events'],
];

const ar: Shortcuts = [
  [['Tab'], 'الانتقال إلى الخط الزمني ثم إلى بطاقة الحدث'],
  [['→', '←'], 'الحدث المجاور على الشاشة، ويتحرك الخط الزمني عند بلوغ طرف الشاشة'],
  [['↑', '↓'], 'الحدث في المسار الأعلى أو الأدنى'],
  [['Home', 'End'], 'الحدث الأول أو الأخير'],
  [['Enter', 'Space'], 'فتح الحدث أو تكبير مجموعة الأحداث'],
  [['Esc'], 'إغلاق البطاقة'],
  [['+', '−'], 'التكبير أو التصغير'],
  [['0'], 'عرض كل الأحداث'],
];

/** The shortcuts in a language (English when there is no table for it). */
export function shortcutsFor(lang: string): Shortcuts {
  return baseLanguage(lang) === 'ar' ? ar : en;
}
