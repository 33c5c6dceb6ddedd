import { expect } from '@open-wc/testing';
import { RovingFocusController } from '../../src/controllers/roving-focus-controller.js';
import type { SceneMark } from '../../src/core/scene.js';
import type { TimelineEvent } from '../../src/core/types.js';
import { validateTimeline } from '../../src/core/validate.js';

const events = validateTimeline({
  events: ['a', 'b', 'c', 'd'].map((id, i) => ({ id, start: `2024-0${i + 1}-01`, title: id })),
}).timeline!.events as TimelineEvent[];

/** A scene mark for some of the events (a cluster when more than one). */
function mark(members: TimelineEvent[]): SceneMark {
  return {
    key: members.length > 1 ? `cluster:${members[0].id}` : members[0].id,
    kind: members.length > 1 ? 'cluster' : 'point',
    events: members,
    size: members.length,
    order: events.indexOf(members[0]),
    first: members[0],
    last: members[members.length - 1],
    lead: members[0],
    lane: 0,
    left: 0,
    right: 12,
    centre: 6,
    y: 0,
    color: '#000000',
  };
}

describe('RovingFocusController.resolve', () => {
  const host = { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true), renderRoot: document.createElement('div') };

  it('follows the focused event into the cluster that now holds it, without looking its id up', () => {
    const roving = new RovingFocusController(host as never);
    const lookups: string[] = [];
    const lookup = (id: string) => (lookups.push(id), events.find((e) => e.id === id));
    // Drawn alone: the tab stop goes to the first mark, then to c's when it is focused.
    expect(roving.resolve([mark([events[0]]), mark([events[2]])], null, lookup)).to.equal('a');
    roving.key = 'c';
    expect(roving.resolve([mark([events[0]]), mark([events[2]])], null, lookup)).to.equal('c');
    // Zoomed out: b, c and d now share a cluster.
    expect(roving.resolve([mark([events[0]]), mark([events[1], events[2], events[3]])], null, lookup)).to.equal('cluster:b');
    // And back in: the cluster is gone; its first event, b, stands alone and takes the tab stop.
    expect(roving.resolve([mark([events[1]]), mark([events[2]])], null, lookup)).to.equal('b');
    expect(lookups, 'ids looked up').to.deep.equal([]);
  });

  it('looks an id up only for a key set before its mark was drawn', () => {
    const roving = new RovingFocusController(host as never);
    const lookups: string[] = [];
    roving.key = 'd';
    const key = roving.resolve([mark([events[0]]), mark([events[2], events[3]])], null, (id) => (lookups.push(id), events.find((e) => e.id === id)));
    expect(key).to.equal('cluster:c');
    expect(lookups).to.deep.equal(['d']);
  });
});
