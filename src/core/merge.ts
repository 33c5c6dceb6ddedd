import type { Timeline, TimelineEvent } from './types.js';

/** What a new version of a timeline changed, as event ids (the `nt-update` event's detail). */
export interface TimelineUpdate {
  added: string[];
  changed: string[];
  removed: string[];
}

/**
 * An event as one string, keys in a fixed order, so that two versions of it compare equal when
 * every field is the same however the file wrote them.
 */
export function eventFingerprint(event: TimelineEvent): string {
  return JSON.stringify(event, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}

/** The events added, changed (any field differs) and removed between two versions, matched by id, in the new version's order. */
export function diffTimelines(before: Timeline | null, after: Timeline): TimelineUpdate {
  const old = new Map((before?.events ?? []).map((event) => [event.id, event]));
  const update: TimelineUpdate = { added: [], changed: [], removed: [] };
  for (const event of after.events) {
    const was = old.get(event.id);
    if (!was) update.added.push(event.id);
    else if (was !== event && eventFingerprint(was) !== eventFingerprint(event)) update.changed.push(event.id);
    old.delete(event.id);
  }
  update.removed = [...old.keys()];
  return update;
}

/** Whether anything besides the events changed: title, description, categories or eras. */
export function frameChanged(before: Timeline | null, after: Timeline): boolean {
  const frame = (timeline: Timeline | null) => JSON.stringify([timeline?.title, timeline?.description, timeline?.categories, timeline?.eras]);
  return frame(before) !== frame(after);
}

/** Whether an update changed nothing. */
export function isEmptyUpdate(update: TimelineUpdate): boolean {
  return update.added.length === 0 && update.changed.length === 0 && update.removed.length === 0;
}

/** The events the reader has not seen after an update: the new ones join, the removed ones go. */
export function unseenAfter(unseen: ReadonlySet<string>, update: TimelineUpdate): Set<string> {
  const next = new Set(unseen);
  for (const id of update.added) next.add(id);
  for (const id of update.removed) next.delete(id);
  return next;
}

/** The latest (in time) of the unseen events, or of all events when none is unseen. `events` are in time order. */
export function newestEvent(events: readonly TimelineEvent[], unseen: ReadonlySet<string>): TimelineEvent | undefined {
  for (let i = events.length - 1; i >= 0; i--) if (unseen.has(events[i].id)) return events[i];
  return events[events.length - 1];
}
