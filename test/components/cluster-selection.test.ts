import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { flagshipData, mark, mountTimeline, settle, shadow } from '../support/timeline.js';

describe('selecting an event that sits in a cluster', () => {
  let data: any;
  before(async () => {
    data = await flagshipData();
  });

  it('zooms in until the event stands on its own, from code and with Next', async () => {
    const element = await mountTimeline(structuredClone(data), 800);
    const clustered = [...shadow(element).querySelectorAll('[data-clustered]')].map((node) => node.getAttribute('data-event-id')!);
    expect(clustered.length, 'the full view has clusters').to.be.greaterThan(1);
    const id = clustered[0];
    const zoomed = oneEvent(element, 'nt-range-change');
    element.select(id);
    await zoomed;
    await settle(element);
    expect(mark(element, id), `${id} has its own mark`).to.exist;
    expect(mark(element, id)!.getAttribute('aria-current')).to.equal('true');
  });

  it('zooms in again for Next when the next event is in a cluster', async () => {
    // Without animation every zoom has landed once the element has rendered.
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const element = await mountTimeline(structuredClone(data), 800);
      const ids = data.events.map((e: any) => e.id);
      for (const id of ids.slice(0, 8)) {
        element.select(id);
        await settle(element);
        expect(mark(element, id), `${id} has its own mark`).to.exist;
        element.fit();
        await settle(element);
      }
      element.select(ids[0]);
      for (const id of ids.slice(1, 8)) {
        element.next();
        await settle(element);
        expect(element.selected).to.equal(id);
        expect(mark(element, id), `Next: ${id} has its own mark`).to.exist;
      }
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('highlights the cluster when no zoom within the limit can separate its events', async () => {
    const element = await mountTimeline({
      events: ['a', 'b', 'c'].map((id) => ({ id, start: '2024-06-19', title: `Same day ${id}` })).concat([{ id: 'z', start: '2025-01-01', title: 'Later' }]),
    });
    element.select('b');
    await settle(element);
    expect(mark(element, 'b')).to.equal(null);
    const cluster = shadow(element).querySelector('.cluster')!;
    expect(cluster.querySelector('[data-event-id="b"]')).to.exist;
    expect(cluster.getAttribute('aria-current')).to.equal('true');
  });
});
