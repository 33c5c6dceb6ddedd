import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { diffTimelines, frameChanged, isEmptyUpdate, newestEvent, unseenAfter } from '../../src/core/merge.js';
import { validateTimeline } from '../../src/core/validate.js';

const read = (input: unknown) => validateTimeline(input).timeline!;
const base = () => ({
  title: 'Talks',
  events: [
    { id: 'a', start: '2024-01-01', title: 'A', summary: { en: 'First', ar: 'الأول' } },
    { id: 'b', start: '2024-02-01', title: 'B', sources: [{ title: 'Wire', url: 'https://example.com/b' }] },
    { id: 'c', start: '2024-03-01', title: 'C' },
  ],
});

describe('merging a new version by id', () => {
  it('finds nothing to do in the same story, however its keys are ordered', () => {
    const reordered = { events: base().events.map((event) => Object.fromEntries(Object.entries(event).reverse())).reverse(), title: 'Talks' };
    const update = diffTimelines(read(base()), read(reordered));
    expect(update).to.deep.equal({ added: [], changed: [], removed: [] });
    expect(isEmptyUpdate(update)).to.equal(true);
  });

  it('names an added event', () => {
    const next = base();
    next.events.push({ id: 'd', start: '2024-04-01', title: 'D' });
    expect(diffTimelines(read(base()), read(next))).to.deep.equal({ added: ['d'], changed: [], removed: [] });
  });

  it('names a removed event', () => {
    const next = base();
    next.events.splice(1, 1);
    expect(diffTimelines(read(base()), read(next))).to.deep.equal({ added: [], changed: [], removed: ['b'] });
  });

  it('names an event changed in any field: title, a translation, a date, a source, the importance', () => {
    const edits: ((events: any[]) => void)[] = [
      (events) => (events[0].title = 'A, corrected'),
      (events) => (events[0].summary.ar = 'تصحيح'),
      (events) => (events[0].start = '2024-01-02'),
      (events) => (events[1].sources[0].url = 'https://example.com/b2'),
      (events) => (events[2].importance = 3),
    ];
    for (const edit of edits) {
      const next = base();
      edit(next.events);
      const update = diffTimelines(read(base()), read(next));
      expect(update.added.length + update.removed.length).to.equal(0);
      expect(update.changed).to.have.length(1);
    }
  });

  it('names every kind at once, and treats a first version as all added', () => {
    const next = base();
    next.events[0].title = 'A2';
    next.events.splice(2, 1);
    next.events.push({ id: 'e', start: '2025-01-01', title: 'E' });
    expect(diffTimelines(read(base()), read(next))).to.deep.equal({ added: ['e'], changed: ['a'], removed: ['c'] });
    expect(diffTimelines(null, read(base())).added).to.deep.equal(['a', 'b', 'c']);
  });

  it('tells a new title or category apart from a change to the events', () => {
    const next = { ...base(), title: 'Talks, updated' };
    expect(isEmptyUpdate(diffTimelines(read(base()), read(next)))).to.equal(true);
    expect(frameChanged(read(base()), read(next))).to.equal(true);
    expect(frameChanged(read(base()), read(base()))).to.equal(false);
  });

  it('on random versions: every id is in exactly one place, and applying the update gives the new ids', () => {
    const ids = fc.uniqueArray(fc.constantFrom<string>('a', 'b', 'c', 'd', 'e', 'f', 'g'), { maxLength: 7 });
    const version = ids.chain((list) => fc.tuple(fc.constant(list), fc.array(fc.boolean(), { minLength: list.length, maxLength: list.length })));
    fc.assert(
      fc.property(version, version, ([oldIds], [newIds, edited]) => {
        const before = read({ events: oldIds.map((id) => ({ id, start: '2024-01-01', title: id })) });
        const after = read({ events: newIds.map((id, i) => ({ id, start: '2024-01-01', title: edited[i] ? `${id}!` : id })) });
        const { added, changed, removed } = diffTimelines(before, after);
        const kept = oldIds.filter((id) => !removed.includes(id));
        expect([...kept, ...added].sort()).to.deep.equal([...newIds].sort());
        expect(changed.every((id) => oldIds.includes(id) && newIds.includes(id) && edited[newIds.indexOf(id)])).to.equal(true);
        expect(changed.length).to.equal(newIds.filter((id, i) => oldIds.includes(id) && edited[i]).length);
      }),
    );
  });
});

describe('what is new to the reader', () => {
  it('adds the new events and drops the removed ones', () => {
    const unseen = unseenAfter(new Set(['x', 'y']), { added: ['z'], changed: ['x'], removed: ['y'] });
    expect([...unseen].sort()).to.deep.equal(['x', 'z']);
  });

  it('goes to the latest new event, or the latest of all when none is new', () => {
    const events = read(base()).events;
    expect(newestEvent(events, new Set(['a', 'b']))!.id).to.equal('b');
    expect(newestEvent(events, new Set())!.id).to.equal('c');
    expect(newestEvent([], new Set())).to.equal(undefined);
  });
});
