import type { TimelineUpdate } from '../../core/merge.js';
import type { Issue } from '../../core/types.js';

export interface NtLoadDetail {
  count: number;
}
export interface NtErrorDetail {
  message: string;
  issues: Issue[];
}
export interface NtSelectDetail {
  id: string | null;
}
export interface NtRangeChangeDetail {
  start: Date;
  end: Date;
}
/** Ids of the events a new version of the story added, changed and removed. */
export type NtUpdateDetail = TimelineUpdate;

/** Every event `<news-timeline>` fires, with its detail: declared once, here. */
export interface NewsTimelineEventDetails {
  'nt-load': NtLoadDetail;
  'nt-error': NtErrorDetail;
  'nt-select': NtSelectDetail;
  'nt-range-change': NtRangeChangeDetail;
  'nt-update': NtUpdateDetail;
}

export type NewsTimelineEventMap = { [K in keyof NewsTimelineEventDetails]: CustomEvent<NewsTimelineEventDetails[K]> };

/** Fires one of the element's events: a `CustomEvent` that bubbles out of the shadow root. */
export function emit<K extends keyof NewsTimelineEventDetails>(target: EventTarget, type: K, detail: NewsTimelineEventDetails[K]): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

/** Shows problems in the data where developers look: the console, and an `nt-error` event. */
export function reportProblems(target: EventTarget, issues: Issue[]): void {
  const message = `news-timeline: ${issues.length} problem${issues.length === 1 ? '' : 's'} in the data`;
  console.error(`${message}\n${issues.map((issue) => `  ${issue.path}: ${issue.message}`).join('\n')}`);
  emit(target, 'nt-error', { message, issues });
}

declare global {
  // Typed listeners: `addEventListener('nt-select', (e) => e.detail.id)`.
  interface GlobalEventHandlersEventMap extends NewsTimelineEventMap {}
}
