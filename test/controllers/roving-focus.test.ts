import { expect } from '@open-wc/testing';
import { RovingFocusController } from '../../src/controllers/roving-focus-controller.js';
import type { SceneMark } from '../../src/core/scene.js';
import type { TimelineEvent } from '../../src/core/types.js';
import { validateTimeline } from '../../src/core/validate.js';
import { sceneMark } from '../support/scene-mark.js';

const events = validateTimeline({
  events: ['a', 'b', 'c', 'd'].map((id, i) => ({ id, start: `2024-0${i + 1}-01`, title: id })),
}).timeline!.events as TimelineEvent[];

/** A scene mark for some of the events (a cluster when more than one). */
const mark = (members: TimelineEvent[]): SceneMark => sceneMark(members, events);

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
