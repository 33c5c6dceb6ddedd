import { LitElement, type PropertyDeclarations } from 'lit';
import type { Digits } from '../../core/dates.js';
import type { OpenAt } from '../../core/opening.js';
import type { FormatType } from '../../formats/index.js';
import type { MessageOverrides } from '../../i18n/languages.js';
import type { TimelineView } from './views/choose-view.js';

/**
 * `<news-timeline>`'s public attributes and properties, its parts and its custom properties,
 * declared once; the element (news-timeline.component.ts) adds what they do.
 *
 * @csspart toolbar - The view choice (Timeline, List, Story), the zoom buttons, Download image and Help (one tab stop, arrow keys inside), the find field and the legend; on narrow widths all but the view choice fold behind a Tools button.
 * @csspart tools - The find field and its count.
 * @csspart legend - The category buttons that show and hide lanes (one tab stop, arrow keys inside).
 * @csspart zoom - The zoom buttons.
 * @csspart track - The zoomable timeline drawing.
 * @csspart card - The selected event's card.
 * @csspart list - The list view of all events.
 * @csspart search - The find field: matching events stay bright on the track, the list shows only them.
 * @csspart story - The story view: one event at a time, its title in an `<h2>`, with Previous and Next.
 * @csspart vertical - The vertical view: time down the page, each event's entry carrying `data-event-id`.
 * @csspart help - The panel listing the keyboard shortcuts.
 * @csspart error - The panel listing problems in the data, each with its path.
 * @csspart retry - The error panel's button that loads a failed `src` again.
 * @csspart update-status - The quiet line saying a refresh failed and will be tried again.
 * @csspart new-badge - The "New" badge on an event added by an update that the reader has not opened.
 * @csspart show-newest - The toolbar button that goes to the newest event, while an update's events are new.
 * @cssproperty --nt-text - Main text colour.
 * @cssproperty --nt-muted - Secondary text: axis, dates, lane names.
 * @cssproperty --nt-background - Background; also the outline around marks.
 * @cssproperty --nt-surface - Card and button background.
 * @cssproperty --nt-border - Borders and the axis line.
 * @cssproperty --nt-grid - Vertical grid lines.
 * @cssproperty --nt-era-fill - Fill of era bands.
 * @cssproperty --nt-era-opacity - Opacity of era bands.
 * @cssproperty --nt-accent - Links and the card's edge.
 * @cssproperty --nt-focus - Focus ring colour.
 * @cssproperty --nt-error - Error text colour.
 * @cssproperty --nt-error-surface - Error panel background.
 * @cssproperty --nt-radius - Corner radius of the element.
 * @cssproperty --nt-card-accent - The card's edge colour (default: --nt-accent).
 * @cssproperty --nt-height - The height the element takes from the start, before its data arrives, so the page does not move (default: about what the view fills, see README).
 */
export class NewsTimelineProperties extends LitElement {
  static override properties: PropertyDeclarations = {
    src: { type: String, reflect: true },
    data: { attribute: false },
    lang: { type: String, reflect: true },
    dir: { type: String, reflect: true },
    selected: { type: String, reflect: true },
    start: { type: String },
    end: { type: String },
    view: { type: String, reflect: true },
    theme: { type: String, reflect: true },
    digits: { type: String },
    timeDirection: { type: String, attribute: 'time-direction' },
    format: { type: String, reflect: true },
    timeout: { type: Number },
    maxSize: { type: Number, attribute: 'max-size' },
    hashLinks: { type: Boolean, attribute: 'hash-links' },
    shareUrl: { type: String, attribute: 'share-url' },
    openAt: { type: String, attribute: 'open-at' },
    todayLine: { type: Boolean, attribute: 'today-line' },
    refresh: { type: Number },
    order: { type: String, reflect: true },
    messages: { attribute: false },
  };

  /** URL of the data (news-timeline JSON). A newer `src` cancels a pending load. */
  src?: string;
  /** The data as an object (news-timeline JSON). */
  data?: unknown;
  /** Id of the selected event; reflected. */
  selected?: string | null;
  /** The initial visible range start (ISO date); default: fit all events. */
  start?: string;
  /** The initial visible range end (ISO date, inclusive). */
  end?: string;
  /**
   * `timeline` (the zoomable track and the selected event's card, the default), `list` (every
   * event), `story` (one event at a time, the track as navigation) or `auto` (story below 600 px).
   */
  view?: TimelineView;
  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`, the default). */
  theme?: 'light' | 'dark' | 'auto';
  /** Digits for dates and numbers: `auto` (the language's own), `latn` (0–9) or `arab` (٠–٩). */
  digits?: Digits;
  /** Which way time runs: `auto` follows the text direction; `ltr` keeps it left to right in Arabic. */
  timeDirection?: 'auto' | 'ltr' | 'rtl';
  /** The data's format: `auto` (detected from the content type, file extension and content), `json`, `timelinejs` or `csv`. */
  format?: FormatType | 'auto';
  /** Seconds a `src` may take to load before the element says so and offers to retry (default 20). */
  timeout?: number;
  /**
   * The largest data file read, in megabytes of a million bytes (default 30; `max-size`): a
   * larger `src`, or longer `.data` text, is refused with a message saying both sizes.
   */
  maxSize?: number;
  /** Keeps the selected event in the address as `#<id>`, and opens the event an address names. */
  hashLinks = false;
  /** The page that shared links lead to (the article, when the timeline sits in an iframe). */
  shareUrl?: string;
  /** A developing story: open on the `latest` event, or on the one nearest `today`, not the whole span. */
  openAt?: OpenAt;
  /** Draws a Today line on the axis (and lets the view reach today). */
  todayLine = false;
  /** Seconds (at least 10) between conditional re-reads of `src`; changes merge by id, keeping the reader's place. */
  refresh?: number;
  /** The vertical view's order: `oldest` at the top (the default), or `newest`, for live coverage. */
  order?: 'oldest' | 'newest';
  /**
   * Overrides of the interface text for the language shown, keyed like the message table
   * (docs/messages.md): a string replaces a text, a function receives the message's arguments.
   */
  messages?: MessageOverrides;
}
