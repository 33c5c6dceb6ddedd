import { ENGLISH_DATE_WORDS } from '../core/dates.js';
import { plural } from './plural.js';

export { plural, type PluralForms } from './plural.js';

/** Each shortcut or gesture: the keys (as printed on keyboards) or the gesture's name, and what it does. */
export type Shortcuts = ReadonlyArray<[keys: string[], action: string]>;

/** The seasons of EDTF's level 1 (`2023-21` is spring 2023, through `-24`, winter). */
export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/** Why a `src` did not load. */
export type LoadFailure = 'timeout' | 'network' | 'http' | 'not-data' | 'sheet-not-published' | 'too-large';

/**
 * Every string the element shows, one table per language. Whole sentences only: a message with
 * a number picks its plural form with `Intl.PluralRules` (`plural()`), never by gluing translated
 * pieces. Numbers and dates arrive already formatted in the reader's language and digits; `n` is
 * the plain count, for choosing the plural form.
 */
export interface Messages {
  /** The element's accessible name. */
  timelineLabel: string;
  /** Said when the track takes focus: how to use it. */
  trackDescription: string;
  /** The zoom-in button's name (the button shows +). */
  zoomIn: string;
  /** The zoom-out button's name (the button shows −). */
  zoomOut: string;
  /** Zooms out to show every event. */
  fit: string;
  /** The card's button to the event before in time. */
  previous: string;
  /** The card's button to the event after in time. */
  next: string;
  /** The card's close button. */
  close: string;
  /** The legend's name. */
  categories: string;
  /** A legend button's name; `label` is the category's own label. */
  showCategory: (label: string) => string;
  /** The heading over an event's sources. */
  sources: string;
  /** The name of the group of view buttons. */
  viewChoice: string;
  /** The view button for the zoomable track (the default view). */
  timelineView: string;
  /** The view button (and toggle) for the list of every event. */
  listView: string;
  /** The view button (and toggle) for the story, one event at a time. */
  storyView: string;
  /** The view button for time running down the page. */
  verticalView: string;
  /** On narrow screens, the button that shows and hides the find field, the zoom buttons and the other tools. */
  tools: string;
  /** Shown while the data loads. */
  loading: string;
  /** Over the list of problems in the data: how many there are. */
  errorHeading: (count: string, n: number) => string;
  /** Data with no event in it. */
  noEvents: string;
  /** The list view's button for the next items; `rest` (n) is how many are not shown yet. */
  showMore: (rest: string, n: number) => string;
  /** Under a printed list that stops short of the whole story; `rest` (n) events are left out. */
  notPrinted: (rest: string, n: number) => string;
  /** A cluster's accessible name: how many events, and their dates. */
  clusterName: (count: string, n: number, dates: string) => string;
  /** The track's window holds no event. */
  noEventsInView: string;
  /** "3 of 27": an event's place among the events shown. */
  position: (index: string, total: string) => string;
  /** A mark's accessible name. `category` is empty when the event has none: then leave it out, with its separator. */
  markName: (title: string, date: string, category: string) => string;
  /** Said after a source link's name. */
  opensInNewTab: string;
  /** What the live region says when an event is selected: its title and date only. */
  announce: (title: string, date: string) => string;
  /** The toolbar's name. */
  zoomControls: string;
  /** The track's accessible name, with the timeline's title. */
  trackLabel: (title: string) => string;
  /** The help button's name. */
  help: string;
  /** The help panel's heading, over the keyboard shortcuts. */
  shortcuts: string;
  /** The help panel's second heading, over the touch and mouse gestures. */
  gestures: string;
  /** Why a `src` did not load, in words a journalist can act on (the details follow in English). */
  loadFailure: (why: LoadFailure) => string;
  /** A data file over the size limit: both sizes are formatted, with their unit ("12 MB"). */
  tooLarge: (size: string, limit: string) => string;
  /** The error panel's button that loads a failed `src` again. */
  retry: string;
  /** A part of the element that loads on demand (the story view, the image export…) failed to load. */
  partFailed: string;

  // For readers: the story view, links to events, find, the Today line and image export.
  /** The story region's name. */
  storyLabel: (title: string) => string;
  /** The Next button on the title card. */
  storyStart: string;
  /** Shown once, on touch screens, in the story view. */
  swipeHint: string;
  /** How many events a story or a list holds. */
  eventCount: (count: string, n: number) => string;
  /** In place of an event's picture that did not load. */
  imageUnavailable: string;
  /** The card's button that copies a link to the event. */
  share: string;
  /** Said when the link is on the clipboard. */
  linkCopied: string;
  /** Shown with the link when the clipboard refused it. */
  copyThisLink: string;
  /** The find field's name and placeholder. */
  findLabel: string;
  /** "3 of 27 events match"; n = 0 says that none do. */
  matches: (count: string, total: string, n: number) => string;
  /** After Enter in the find field: which match is shown, "2 of 14" (n is the number of matches). */
  matchPosition: (index: string, count: string, n: number) => string;
  /** The button that saves the view as a picture. */
  downloadImage: string;
  /** The label of the Today line on the axis. */
  today: string;
  /** The credit line under an exported image. */
  credit: (publishers: string) => string;

  // Dates as newsrooms write them (EDTF). `date` is a date already written in the reader's language.
  /** An approximate date: "c. 2001". */
  approximate: (date: string) => string;
  /** An uncertain date: "June 2024?". */
  uncertain: (date: string) => string;
  /** Both approximate and uncertain: "c. June 2024?". */
  approximateUncertain: (date: string) => string;
  /** A decade (`201X`): `year` is its first year, written: "the 2010s". */
  decade: (year: string) => string;
  /** A century (`19XX`): `year` is its first year, written: "the 1900s". */
  century: (year: string) => string;
  /** A season (`2023-21`): "spring 2023". */
  season: (season: Season, year: string) => string;
  /** An event still going on (`"end": ".."`): "since 24 February 2022". */
  ongoing: (start: string) => string;
  /** The legend's note on how approximate and uncertain dates are drawn. */
  datesNote: string;

  // The vertical view: a compressed quiet stretch, `span` already written with its unit ("4 years").
  /** Between two events far apart, oldest first: the time skipped ("4 years later"). */
  later: (span: string) => string;
  /** The same break when the newest event comes first. */
  earlier: (span: string) => string;

  // Stories that update themselves.
  /** Said once when an update brings events. */
  newEvents: (count: string, n: number) => string;
  /** The toolbar button that goes to the newest event. */
  showNewest: string;
  /** The badge on an event the reader has not seen yet. */
  newLabel: string;
  /** A quiet line after a failed update (what is shown stays). */
  updateFailed: string;
  /** The event the reader had open was removed by an update. */
  selectedRemoved: string;
}

/** A built-in or registered language: its messages, its help texts and its direction. */
export interface Locale {
  dir: 'ltr' | 'rtl';
  messages: Messages;
  shortcuts: Shortcuts;
  gestures: Shortcuts;
}

/** The English table, built into the main file; every other language loads on demand (languages.ts). */
export const en: Messages = {
  timelineLabel: 'Timeline',
  trackDescription: 'Use the arrow keys to move between events, Enter to open one, plus and minus to zoom.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show all',
  previous: 'Previous event',
  next: 'Next event',
  close: 'Close',
  categories: 'Categories',
  showCategory: (label) => `Show ${label}`,
  sources: 'Sources',
  viewChoice: 'View',
  timelineView: 'Timeline',
  listView: 'List',
  storyView: 'Story',
  verticalView: 'Vertical',
  tools: 'Tools',
  loading: 'Loading the timeline…',
  errorHeading: (count, n) => plural('en', n, { one: 'This timeline has {n} problem', other: 'This timeline has {n} problems' }, count),
  noEvents: 'No events to show.',
  showMore: (rest, n) => plural('en', n, { one: 'Show 1 more event', other: 'Show more events ({n} left)' }, rest),
  notPrinted: (rest, n) =>
    plural(
      'en',
      n,
      {
        one: '1 more event is not printed here; the whole list is in the interactive timeline.',
        other: '{n} more events are not printed here; the whole list is in the interactive timeline.',
      },
      rest,
    ),
  clusterName: (count, n, dates) =>
    plural('en', n, { one: '{n} event, {dates}. Press Enter to show it.', other: '{n} events, {dates}. Press Enter to show them.' }, count, { dates }),
  noEventsInView: 'No events in view. Press 0 to show all.',
  position: (index, total) => `${index} of ${total}`,
  markName: (title, date, category) => (category ? `${title}, ${date}, ${category}` : `${title}, ${date}`),
  opensInNewTab: '(opens in a new tab)',
  announce: (title, date) => `${title}, ${date}`,
  zoomControls: 'Timeline controls',
  trackLabel: (title) => `Timeline: ${title}`,
  help: 'Help',
  shortcuts: 'Keyboard shortcuts',
  gestures: 'Touch and mouse',
  loadFailure: (why) =>
    ({
      timeout: 'The timeline took too long to load. The server may be slow or unreachable.',
      network: 'The timeline could not be loaded. Check the connection and the address of the data.',
      http: 'The server did not send the timeline’s data. Check the address of the data.',
      'not-data': 'The file loaded, but it is not timeline data that can be shown.',
      'sheet-not-published':
        'This Google Sheet is not published to the web. In Google Sheets choose File, Share, Publish to web; pick the sheet and “Comma-separated values (.csv)”, press Publish, and use the link it gives.',
      'too-large': 'The data file is too large to show.',
    })[why],
  tooLarge: (size, limit) => `The data file is ${size}, more than the ${limit} this timeline accepts. Split the story or ask the page’s developer to raise the limit.`,
  retry: 'Try again',
  partFailed: 'Part of this timeline could not be loaded. Reload the page to try again.',

  storyLabel: (title) => `Story: ${title}`,
  storyStart: 'Start',
  swipeHint: 'Swipe left or right to move through the story.',
  eventCount: (count, n) => plural('en', n, { one: '{n} event', other: '{n} events' }, count),
  imageUnavailable: 'The image could not be loaded.',
  share: 'Share link',
  linkCopied: 'Link copied.',
  copyThisLink: 'Copy this link:',
  findLabel: 'Find events',
  matches: (count, total, n) =>
    n === 0 ? 'No events match.' : plural('en', n, { one: '{n} of {total} events matches.', other: '{n} of {total} events match.' }, count, { total }),
  matchPosition: (index, count, n) => plural('en', n, { one: 'The only match', other: 'Match {index} of {n}' }, count, { index }),
  downloadImage: 'Download image',
  today: 'Today',
  credit: (publishers) => `Sources: ${publishers}`,

  ...ENGLISH_DATE_WORDS,
  datesNote: 'A hollow mark is a date that is approximate or uncertain.',

  later: (span) => `${span} later`,
  earlier: (span) => `${span} earlier`,

  newEvents: (count, n) => plural('en', n, { one: '{n} new event', other: '{n} new events' }, count),
  showNewest: 'Show the newest',
  newLabel: 'New',
  updateFailed: 'Could not update; trying again.',
  selectedRemoved: 'The event you had open was removed from the timeline.',
};

/** The language of a tag, without region or script: `ar-EG` → `ar`. */
export function baseLanguage(lang: string): string {
  return lang.toLowerCase().split('-')[0];
}
