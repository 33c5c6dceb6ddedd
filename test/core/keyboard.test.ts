import { expect } from '@open-wc/testing';
import { sceneMark } from '../support/scene-mark.js';
import { trackKeyIntent, type KeyContext } from '../../src/core/keyboard.js';
import type { SceneMark } from '../../src/core/scene.js';
import { TimelineIndex } from '../../src/core/timeline-index.js';
import { validateTimeline } from '../../src/core/validate.js';
import type { TimelineEvent } from '../../src/core/types.js';

// Eight events in two lanes, a month apart; the window shows b to g (a and h are outside it).
const events = validateTimeline({
  categories: [{ id: 'top' }, { id: 'low' }],
  events: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id, i) => ({
    id,
    start: `2020-${String(i + 1).padStart(2, '0')}-01`,
    category: id === 'd' || id === 'f' ? 'low' : 'top',
    title: id.toUpperCase(),
  })),
}).timeline!.events;
const byId = new Map(events.map((e) => [e.id, e]));
const shown = new TimelineIndex(events).shown(new Set());

/** A mark as the scene gives it: screen x from the event's month, lane from its category. */
function mark(ids: string[], x: number, rtl = false): SceneMark {
  const members = ids.map((id) => byId.get(id)!) as TimelineEvent[];
  return sceneMark(members, events, { centre: rtl ? 1000 - x : x, lane: members[0].category === 'low' ? 1 : 0 });
}

function context(focusKey: string, rtl = false): KeyContext {
  // b, c and a cluster of e+g in the top lane; d and f below.
  const marks = [mark(['b'], 100, rtl), mark(['c'], 200, rtl), mark(['d'], 300, rtl), mark(['e', 'g'], 450, rtl), mark(['f'], 500, rtl)];
  return { scene: { marks, from: byId.get('b')!.start.time, to: byId.get('h')!.start.time }, focusKey, rtl, shown };
}

const press = (key: string, ctx: KeyContext, modifiers: Partial<KeyboardEvent> = {}) => trackKeyIntent({ key, ...modifiers }, ctx);

describe('trackKeyIntent', () => {
  it('leaves keys with Ctrl, ⌘ or Alt and keys it does not use to the page', () => {
    expect(press('ArrowRight', context('b'), { ctrlKey: true })).to.equal(null);
    expect(press('+', context('b'), { metaKey: true })).to.equal(null);
    expect(press('ArrowLeft', context('b'), { altKey: true })).to.equal(null);
    expect(press('a', context('b'))).to.equal(null);
    expect(press('Tab', context('b'))).to.equal(null);
  });

  it('zooms around the focused mark with + and -, fits with 0, closes with Escape', () => {
    const c = byId.get('c')!;
    expect(press('+', context('c'))).to.deep.equal({ type: 'zoom', factor: 2, around: (c.start.time + c.until) / 2 });
    expect(press('=', context('c'))).to.deep.include({ type: 'zoom', factor: 2 });
    expect(press('-', context('c'))).to.deep.include({ type: 'zoom', factor: 0.5 });
    expect(press('−', context('c'))).to.deep.include({ type: 'zoom', factor: 0.5 });
    expect(press('+', context('nothing'))).to.deep.equal({ type: 'zoom', factor: 2, around: undefined });
    expect(press('0', context('c'))).to.deep.equal({ type: 'fit' });
    expect(press('Escape', context('c'))).to.deep.equal({ type: 'close' });
  });

  it('moves left and right in screen order across lanes', () => {
    expect(press('ArrowRight', context('b'))).to.deep.equal({ type: 'focus', key: 'c' });
    expect(press('ArrowRight', context('c'))).to.deep.equal({ type: 'focus', key: 'd' });
    expect(press('ArrowLeft', context('cluster:e'))).to.deep.equal({ type: 'focus', key: 'd' });
    // With no focused mark in view, the first on screen is the starting point.
    expect(press('ArrowRight', context('gone'))).to.deep.equal({ type: 'focus', key: 'c' });
  });

  it('goes on past the edge of the view to the next event in time, whichever way time runs', () => {
    // Before b in time comes a; after f comes g (drawn in the cluster with e, but next in time).
    expect(press('ArrowLeft', context('b'))).to.deep.equal({ type: 'reveal', id: 'a' });
    expect(press('ArrowRight', context('f'))).to.deep.equal({ type: 'reveal', id: 'g' });
    // Right to left: the screen's left edge is later in time.
    const rtl = context('b', true);
    expect(press('ArrowRight', rtl)).to.deep.equal({ type: 'reveal', id: 'a' });
    expect(press('ArrowLeft', context('f', true))).to.deep.equal({ type: 'reveal', id: 'g' });
    // Past the last event there is nowhere to go, but the key is still the track's.
    expect(press('ArrowRight', { ...context('f'), shown: new TimelineIndex(events.slice(0, 6)).shown(new Set()) })).to.deep.equal({ type: 'stay' });
  });

  it('moves up and down to the nearest mark in the next lane that has one', () => {
    expect(press('ArrowDown', context('c'))).to.deep.equal({ type: 'focus', key: 'd' });
    expect(press('ArrowDown', context('cluster:e'))).to.deep.equal({ type: 'focus', key: 'f' });
    expect(press('ArrowUp', context('f'))).to.deep.equal({ type: 'focus', key: 'cluster:e' });
    expect(press('ArrowUp', context('c'))).to.deep.equal({ type: 'stay' });
  });

  it('goes to the first and last shown events with Home and End, in or out of view', () => {
    expect(press('Home', context('c'))).to.deep.equal({ type: 'reveal', id: 'a' });
    expect(press('End', context('c'))).to.deep.equal({ type: 'reveal', id: 'h' });
    const hidden = new TimelineIndex(events).shown(new Set(['top']));
    expect(press('Home', { ...context('c'), shown: hidden })).to.deep.equal({ type: 'reveal', id: 'd' });
  });

  it('opens the focused mark with Enter or Space', () => {
    expect(press('Enter', context('cluster:e'))).to.deep.equal({ type: 'activate', key: 'cluster:e' });
    expect(press(' ', context('d'))).to.deep.equal({ type: 'activate', key: 'd' });
  });

  it('with nothing in view, brings in the nearest event in the direction pressed', () => {
    // A window from 2 to 31 March 2020 holds nothing: c is on 1 March, d on 1 April.
    const ctx: KeyContext = { scene: { marks: [], from: Date.UTC(2020, 2, 2), to: Date.UTC(2020, 2, 31) }, focusKey: '', rtl: false, shown };
    expect(press('ArrowRight', ctx)).to.deep.equal({ type: 'reveal', id: 'd' });
    expect(press('ArrowLeft', ctx)).to.deep.equal({ type: 'reveal', id: 'c' });
    const rtl = { ...ctx, rtl: true };
    expect(press('ArrowRight', rtl)).to.deep.equal({ type: 'reveal', id: 'c' });
    expect(press('ArrowUp', ctx)).to.deep.equal({ type: 'stay' });
    expect(press('Enter', ctx)).to.deep.equal({ type: 'stay' });
    expect(press('x', ctx)).to.equal(null);
  });
});
