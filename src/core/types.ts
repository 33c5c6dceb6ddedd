/**
 * The news-timeline JSON format, version 1, as TypeScript types.
 * `TimelineDocument` is what authors write; `Timeline` is what the validator returns.
 */

/** Plain text, or a map from BCP 47 language tag to plain text. Never parsed as HTML. */
export type LocalizedText = string | { [lang: string]: string };

/** An ISO 8601 date at its own precision: `2024`, `2024-06`, `2024-06-19`, `2024-06-19T02:22+09:00`. */
export type IsoDate = string;

export interface SourceLink {
  title: LocalizedText;
  publisher?: LocalizedText;
  url: string;
}

export interface Media {
  src: string;
  alt?: LocalizedText;
  credit?: LocalizedText;
}

export interface CategoryInput {
  id: string;
  label?: LocalizedText;
  /** A hex colour, `#rgb` or `#rrggbb`. */
  color?: string;
}

export interface EraInput {
  id?: string;
  start: IsoDate;
  /** Inclusive; an era without `end` is ongoing. */
  end?: IsoDate;
  label: LocalizedText;
}

export interface EventInput {
  id: string;
  start: IsoDate;
  /** Inclusive at its precision: `2024-06` runs through 30 June. */
  end?: IsoDate;
  category?: string;
  /** 1 to 3; 3 is always labelled. Default 2. */
  importance?: 1 | 2 | 3;
  title: LocalizedText;
  summary?: LocalizedText;
  media?: Media;
  sources?: SourceLink[];
}

export interface TimelineDocument {
  $schema?: string;
  version?: 1;
  title?: LocalizedText;
  description?: LocalizedText;
  categories?: CategoryInput[];
  eras?: EraInput[];
  events: EventInput[];
}

export type DatePrecision = 'year' | 'month' | 'day' | 'minute' | 'second';

/**
 * A parsed date. `time` is milliseconds on the UTC time line. A value without a time of day is
 * a calendar day: it is placed at UTC midnight and always formatted in UTC, so it reads as the
 * same day in every time zone.
 */
export interface EventDate {
  time: number;
  precision: DatePrecision;
  /** The offset written in the source, in minutes east of UTC; absent for floating values. */
  offsetMinutes?: number;
  /** The text as written. */
  iso: string;
}

export interface Category {
  id: string;
  label: LocalizedText;
  color: string;
}

export interface Era {
  id: string;
  start: EventDate;
  end?: EventDate;
  /** First instant after the era (exclusive), or +Infinity while ongoing. */
  until: number;
  label: LocalizedText;
}

export interface TimelineEvent {
  id: string;
  start: EventDate;
  end?: EventDate;
  /** First instant after the event (exclusive): the end of its last day, month or year. */
  until: number;
  category: string;
  importance: 1 | 2 | 3;
  title: LocalizedText;
  summary?: LocalizedText;
  media?: Media;
  sources: SourceLink[];
}

export interface Timeline {
  title?: LocalizedText;
  description?: LocalizedText;
  categories: Category[];
  eras: Era[];
  /** Sorted by start, then by end, then by id. */
  events: TimelineEvent[];
}

export interface Issue {
  /** Where the problem is, e.g. `events[3].start`. */
  path: string;
  message: string;
}
