import { formatEventDates, formatEventRange, formatNumber, type Digits } from '../../../core/dates.js';
import { localize, pickText, type PickedText } from '../../../core/text.js';
import type { Category, LocalizedText, TimelineEvent } from '../../../core/types.js';
import type { Language } from '../../../i18n/languages.js';
import type { Messages } from '../../../i18n/messages.js';

/** What every view needs to speak the reader's language; views never see the element. */
export interface ViewContext {
  lang: string;
  dir: 'ltr' | 'rtl';
  digits: Digits;
  /** The interface language shown (its help texts, for one). */
  language: Language;
  /** Its messages, with the page's overrides. */
  m: Messages;
  /** Text in the display language. */
  text(value: LocalizedText | undefined): string;
  /** Text in the display language, with the language it fell back to (for `lang` attributes). */
  pick(value: LocalizedText | undefined): PickedText;
  /** An event's date or range at its precision, in the reader's words, or the journalist's own (`displayDate`). */
  when(event: TimelineEvent): string;
  /** The dates from one event's start to another's end (a cluster's, the story's). */
  span(first: TimelineEvent, last: TimelineEvent): string;
  number(value: number): string;
  /** A count short enough for a cluster's badge: 1.2K rather than 1,234. */
  compactNumber(value: number): string;
  categories: readonly Category[];
  category(id: string): Category | undefined;
  /** A mark's accessible name: title, date and category (worked out once per event and language). */
  markName(event: TimelineEvent): string;
  /** A cluster's accessible name: how many events, from the first to the last (kept for a while). */
  clusterName(size: number, first: TimelineEvent, last: TimelineEvent): string;
}

/** Cluster names kept per context before the cache starts again (a zoom makes new ones each frame). */
const CLUSTER_NAMES_KEPT = 5000;

/** What a view context speaks: the language tag for Intl and data, direction, digits, interface language and its messages. */
export interface ViewSettings {
  lang: string;
  dir: 'ltr' | 'rtl';
  digits: Digits;
  language: Language;
  messages: Messages;
}

export function createViewContext({ lang, dir, digits, language, messages }: ViewSettings, categories: readonly Category[]): ViewContext {
  const byId = new Map(categories.map((category) => [category.id, category]));
  const names = new WeakMap<TimelineEvent, string>();
  const clusterNames = new Map<string, string>();
  // The messages hold the date words ("c. 2001", "the 2010s") in the reader's language.
  const dateOptions = { digits, words: messages };
  const when = (event: TimelineEvent) =>
    event.displayDate === undefined ? formatEventDates(event, lang, dateOptions) : localize(event.displayDate, lang);
  const span = (first: TimelineEvent, last: TimelineEvent) => formatEventRange(first.start, last.end ?? last.start, lang, dateOptions);
  return {
    lang,
    dir,
    digits,
    language,
    m: messages,
    text: (value) => localize(value, lang),
    pick: (value) => pickText(value, lang),
    when,
    span,
    number: (value) => formatNumber(value, lang, digits),
    compactNumber: (value) => formatNumber(value, lang, digits, value >= 1000),
    categories,
    category: (id) => byId.get(id),
    markName(event) {
      let name = names.get(event);
      if (name === undefined) {
        const category = byId.get(event.category);
        name = messages.markName(localize(event.title, lang), when(event), category ? localize(category.label, lang) : '');
        names.set(event, name);
      }
      return name;
    },
    clusterName(size, first, last) {
      const key = `${size} ${first.id} ${last.id}`;
      let name = clusterNames.get(key);
      if (name === undefined) {
        if (clusterNames.size >= CLUSTER_NAMES_KEPT) clusterNames.clear();
        clusterNames.set(key, (name = messages.clusterName(formatNumber(size, lang, digits), size, span(first, last))));
      }
      return name;
    },
  };
}

/** Contexts per data (its categories) and settings: timelines in two languages on one page each keep theirs. */
const made = new WeakMap<readonly Category[], Map<string, ViewContext>>();

/** The context for these settings, made once per data and settings (its caches of names live in it). */
export function viewContextFor(settings: ViewSettings, categories: readonly Category[]): ViewContext {
  let contexts = made.get(categories);
  if (!contexts) made.set(categories, (contexts = new Map()));
  const key = `${settings.lang}|${settings.dir}|${settings.digits}`;
  let ctx = contexts.get(key);
  // New messages (overrides set, a language registered or arrived) make a new context: its names are in them.
  if (!ctx || ctx.m !== settings.messages || ctx.language !== settings.language) contexts.set(key, (ctx = createViewContext(settings, categories)));
  return ctx;
}

/** What the live region says of a selection: its title and date only; with none, the story's title (back on its title card). */
export function selectionAnnouncement(ctx: ViewContext, event: TimelineEvent | null, storyTitle?: LocalizedText): string {
  return event ? ctx.m.announce(ctx.text(event.title), ctx.when(event)) : ctx.text(storyTitle);
}
