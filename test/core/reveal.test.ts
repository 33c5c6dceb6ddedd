import { expect } from '@open-wc/testing';
import { revealWindow, standsAlone } from '../../src/core/reveal.js';
import { DAY } from '../../src/core/time.js';
import { TimelineIndex } from '../../src/core/timeline-index.js';
import { validateTimeline } from '../../src/core/validate.js';

const events = [
  ['early', '2000-01-10'],
  ['a', '2012-05-01'],
  ['b', '2012-05-03'],
  ['c', '2012-05-06'],
  ['same-1', '2016-08-08'],
  ['same-2', '2016-08-08'],
  ['late', '2024-12-20'],
].map(([id, start]) => ({ id, start, title: id }));
const { timeline } = validateTimeline({ events });
const index = new TimelineIndex(timeline!.events);
const event = (id: string) => index.get(id)!;
const full: [number, number] = [Date.UTC(1999, 11, 1), Date.UTC(2025, 1, 1)];
/** The zoom limits: at least a day, at most the whole span, inside it. */
const clamp = (from: number, to: number): [number, number] => {
  const span = Math.min(full[1] - full[0], Math.max(DAY, to - from));
  const start = Math.min(Math.max((from + to) / 2 - span / 2, full[0]), full[1] - span);
  return [start, start + span];
};
const WIDTH = 1000;

describe('revealWindow', () => {
  it('leaves the view alone when the event is in it on a mark of its own', () => {
    expect(standsAlone(index, event('early'), full[0], full[1], WIDTH)).to.equal(true);
    expect(revealWindow({ index, event: event('early'), view: full, width: WIDTH, clamp })).to.equal(null);
  });

  it('zooms in just far enough to pull an event out of its cluster', () => {
    expect(standsAlone(index, event('b'), full[0], full[1], WIDTH), 'clustered at first').to.equal(false);
    const window = revealWindow({ index, event: event('b'), view: full, width: WIDTH, clamp })!;
    expect(window).to.not.equal(null);
    const [from, to] = window;
    expect(standsAlone(index, event('b'), from, to, WIDTH)).to.equal(true);
    expect(from).to.be.lessThan(event('b').start.time);
    expect(to).to.be.greaterThan(event('b').start.time);
    // Just far enough: a window a step wider around the event still holds it in a cluster.
    const middle = event('b').start.time;
    const wider = (to - from) * 1.25;
    const ratio = (middle - from) / (to - from);
    expect(standsAlone(index, event('b'), middle - ratio * wider, middle + (1 - ratio) * wider, WIDTH)).to.equal(false);
  });

  it('only pans when no zoom within the limit can pull it out (events on the same day)', () => {
    const view: [number, number] = [Date.UTC(2000, 0, 1), Date.UTC(2004, 0, 1)];
    const window = revealWindow({ index, event: event('same-2'), view, width: WIDTH, clamp })!;
    expect(window[1] - window[0]).to.be.closeTo(view[1] - view[0], 1);
    expect(window[0]).to.be.lessThan(event('same-2').start.time);
    expect(window[1]).to.be.greaterThan(event('same-2').start.time);
    expect(revealWindow({ index, event: event('same-2'), view: window, width: WIDTH, clamp })).to.equal(null);
  });
});
