import type { TimeScale } from '../../src/core/time-scale.js';
import type { TimelineEvent } from '../../src/core/types.js';

/** A mark as the reference lays it out: enough to compare with `layoutLanes`. */
export interface ReferenceMark {
  lane: number;
  from: number;
  to: number;
  ids: string[];
  lead: string;
  isRange: boolean;
}

export interface ReferenceOptions {
  /** Every event of the timeline, in time order. */
  events: readonly TimelineEvent[];
  window: readonly [number, number];
  lanes: ReadonlyMap<string, number>;
  position: TimeScale;
  width: number;
  radius: number;
  gap: number;
  maxCluster: number;
  badge: (n: number) => number;
}

/**
 * The marks of `layoutLanes`, the slow and obvious way: objects for every event, a filter for
 * the window, a sort of every range for the bars, and one pass over the events in time order.
 * Written from the rules as the layout's comments state them, to check its fast path against.
 */
export function referenceMarks(o: ReferenceOptions): ReferenceMark[] {
  const [from, to] = o.window;
  const [t0] = o.position.domain;
  const [r0, r1] = o.position.range;
  const ratio = (r1 - r0) / (o.position.domain[1] - t0 || 1);
  const px = (time: number) => r0 + (time - t0) * ratio;
  const inView = o.events.filter((e) => e.start.time < to && e.until > from && o.lanes.has(e.category));
  const order = new Map(o.events.map((e, i) => [e, i]));

  // Bars: ranges wider than two radii; most important, then longest, then earliest first;
  // none within `gap` of another in its lane.
  const candidates = inView
    .filter((e) => e.end !== undefined && (e.until - e.start.time) * ratio > o.radius * 2)
    .sort((a, b) => b.importance - a.importance || b.until - b.start.time - (a.until - a.start.time) || order.get(a)! - order.get(b)!);
  const bars = new Set<TimelineEvent>();
  const taken: Array<{ lane: number; from: number; to: number }> = [];
  for (const event of candidates) {
    const lane = o.lanes.get(event.category)!;
    const a = px(event.start.time);
    const b = px(event.until);
    if (taken.some((t) => t.lane === lane && t.to > a - o.gap && t.from < b + o.gap)) continue;
    taken.push({ lane, from: a, to: b });
    bars.add(event);
  }

  const marks: ReferenceMark[] = [];
  const open = new Map<number, ReferenceMark & { leadImportance: number }>();
  for (const event of inView) {
    const lane = o.lanes.get(event.category)!;
    if (bars.has(event)) {
      marks.push({ lane, from: px(event.start.time), to: px(event.until), ids: [event.id], lead: event.id, isRange: true });
      continue;
    }
    const centre = Math.min(Math.max(px(event.start.time), o.radius), o.width - o.radius);
    let a = centre - o.radius;
    let b = centre + o.radius;
    const current = open.get(lane);
    if (current && a < current.to + o.gap) {
      const full = b - current.from > o.maxCluster;
      if (!full || current.to + o.gap + o.radius * 2 > o.width) {
        current.ids.push(event.id);
        current.to = Math.min(Math.max(current.to, b, current.from + o.badge(current.ids.length)), o.width);
        if (event.importance > current.leadImportance) {
          current.lead = event.id;
          current.leadImportance = event.importance;
        }
        continue;
      }
      a = current.to + o.gap;
      b = a + o.radius * 2;
    }
    const mark = { lane, from: a, to: b, ids: [event.id], lead: event.id, isRange: false, leadImportance: event.importance };
    open.set(lane, mark);
    marks.push(mark);
  }
  return marks.map(({ lane, from: a, to: b, ids, lead, isRange }) => ({ lane, from: a, to: b, ids, lead, isRange }));
}
