/**
 * The news-timeline JSON format, version 1, as TypeScript types.
 * `TimelineDocument` is what authors write; `Timeline` is what the validator returns.
 */

/** Plain text, or a map from BCP 47 language tag to plain text. Never parsed as HTML. */
export type LocalizedText = string | { [lang: string]: string };

/**
 * An ISO 8601 date at its own precision (`2024`, `2024-06`, `2024-06-19`, `2024-06-19T02:22+09:00`),
 * or an EDTF level 1 one: `2001~` approximate, `2024-06?` uncertain, `2024-06%` both, `201X` a
 * decade, `19XX` a century, `2024-XX`, `2024-06-XX`, seasons `2023-21` (spring) to `2023-24` (winter).
 */
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
  /** Inclusive; an era without `end` (or with `".."`) is ongoing. */
  end?: IsoDate | '..';
  label: LocalizedText;
}

export interface EventInput {
  id: string;
  start: IsoDate;
  /** Inclusive at its precision: `2024-06` runs through 30 June. `".."`: still going on. */
  end?: IsoDate | '..';
  /**
   * The journalist's own words for the date ("Early summer 2024"), shown instead of the written
   * date in the card, list, story, accessible name and image; the axis still uses start and end.
   */
  displayDate?: LocalizedText;
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

/** The span a date names: a `season` is three months (see `src/core/edtf.ts`). */
export type DatePrecision = 'century' | 'decade' | 'year' | 'season' | 'month' | 'day' | 'minute' | 'second';

/** EDTF's level 1 seasons (`2023-21` to `2023-24`). */
export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

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
  /** EDTF `~` (or `%`): about this date. */
  approximate?: true;
  /** EDTF `?` (or `%`): this date is not sure. */
  uncertain?: true;
  /** Digits left unspecified (`201X`, `2024-XX`): some time in the span, which the mark covers. */
  unspecified?: true;
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
  /**
   * First instant after the event (exclusive): the end of its last day, month or year. For an
   * event still going on, the end of the day it was read on (its bar reaches today).
   */
  until: number;
  /** `"end": ".."`: still going on. */
  ongoing?: true;
  /** The journalist's words for the date, shown instead of the written one. */
  displayDate?: LocalizedText;
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
