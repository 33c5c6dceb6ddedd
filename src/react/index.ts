/**
 * news-timeline/react: `<NewsTimeline>` as a React component, made with `@lit/react`.
 * Properties (`data`, `selected`, …) are set on the element, each `nt-*` event has a typed
 * `onNt…` handler prop, and a ref gives the element itself with its methods (`select()`, …).
 * Importing this module registers `<news-timeline>`.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import {
  NewsTimeline as NewsTimelineElement,
  type NewsTimelineEventDetails,
} from '../components/news-timeline/news-timeline.js';

export type {
  NtLoadDetail,
  NtErrorDetail,
  NtSelectDetail,
  NtRangeChangeDetail,
  NtUpdateDetail,
} from '../components/news-timeline/news-timeline.js';
export { NewsTimelineElement };

type ElementEvent = keyof NewsTimelineEventDetails;

/** Handler prop -> event name; each event's detail type comes from NewsTimelineEventDetails. */
const eventNames = {
  onNtLoad: 'nt-load',
  onNtError: 'nt-error',
  onNtSelect: 'nt-select',
  onNtRangeChange: 'nt-range-change',
  onNtUpdate: 'nt-update',
} as const satisfies Record<string, ElementEvent>;

// The element's events are declared once, in NewsTimelineEventDetails: the build fails here
// when one of them has no handler prop above.
type Unwrapped = Exclude<ElementEvent, (typeof eventNames)[keyof typeof eventNames]>;
const everyEventWrapped: [Unwrapped] extends [never] ? true : Unwrapped = true;
void everyEventWrapped;

type TypedEvents = {
  [Prop in keyof typeof eventNames]: EventName<CustomEvent<NewsTimelineEventDetails[(typeof eventNames)[Prop]]>>;
};

/** `<news-timeline>` for React: `<NewsTimeline data={…} onNtSelect={(e) => e.detail.id} ref={…} />`. */
export const NewsTimeline = createComponent({
  react: React,
  tagName: 'news-timeline',
  elementClass: NewsTimelineElement,
  events: eventNames as TypedEvents,
  displayName: 'NewsTimeline',
});

/** Props of `<NewsTimeline>`. */
export type NewsTimelineProps = React.ComponentProps<typeof NewsTimeline>;
