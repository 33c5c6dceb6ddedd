import type { SceneMark } from '../../src/core/scene.js';
import type { TimelineEvent } from '../../src/core/types.js';

/**
 * A mark as the scene gives it, for tests of what reads the scene: one event drawn as a point,
 * or several as a cluster keyed by the first. `all` is the timeline's events in time order.
 */
export function sceneMark(members: TimelineEvent[], all: readonly TimelineEvent[], at: { centre?: number; lane?: number } = {}): SceneMark {
  const centre = at.centre ?? 6;
  return {
    key: members.length > 1 ? `cluster:${members[0].id}` : members[0].id,
    kind: members.length > 1 ? 'cluster' : 'point',
    events: members,
    includes: (event) => members.includes(event),
    size: members.length,
    order: all.indexOf(members[0]),
    first: members[0],
    last: members[members.length - 1],
    lead: members[0],
    lane: at.lane ?? 0,
    left: centre - 6,
    right: centre + 6,
    centre,
    y: 0,
    color: '#000000',
  };
}
