import { expect } from '@open-wc/testing';
import { TimelineModel } from '../../src/core/timeline-model.js';
import { validateTimeline } from '../../src/core/validate.js';
import { DAY } from '../../src/core/time.js';

const { timeline } = validateTimeline({
  categories: [
    { id: 'a', label: 'A' },
    { id: 'b', label: 'B' },
  ],
  eras: [{ start: '2020-01-01', end: '2021-01-01', label: 'Era' }],
  events: [
    { id: 'one', start: '2020-03-01', title: 'One', category: 'a' },
    { id: 'two', start: '2020-06-01', title: 'Two', category: 'b' },
    { id: 'three', start: '2021-02-01', title: 'Three', category: 'a' },
  ],
});

describe('TimelineModel', () => {
  it('shows every category at first, and hides and shows one with a new set each time', () => {
    const model = new TimelineModel(timeline);
    expect(model.shown.events.map((e) => e.id)).to.deep.equal(['one', 'two', 'three']);
    const before = model.hidden;
    const height = model.trackHeight;
    model.toggle('b');
    expect(model.hidden).to.not.equal(before);
    expect([...model.hidden]).to.deep.equal(['b']);
    expect(model.shown.events.map((e) => e.id)).to.deep.equal(['one', 'three']);
    expect(model.trackHeight, 'one lane fewer').to.be.lessThan(height);
    model.toggle('b');
    expect(model.shown.events).to.have.length(3);
    expect(model.trackHeight).to.equal(height);
  });

  it("shows an event's category again when it is revealed", () => {
    const model = new TimelineModel(timeline);
    model.toggle('a');
    model.reveal(timeline!.events.find((e) => e.id === 'one')!);
    expect(model.hidden.size).to.equal(0);
  });

  it('steps through the events shown, from the first or the last when none is selected', () => {
    const model = new TimelineModel(timeline);
    expect(model.step(null, 1)?.id).to.equal('one');
    expect(model.step(null, -1)?.id).to.equal('three');
    expect(model.step('one', 1)?.id).to.equal('two');
    expect(model.step('three', 1)).to.equal(undefined);
    model.toggle('b');
    expect(model.step('one', 1)?.id, 'the hidden lane skipped').to.equal('three');
  });

  it('spans every event with a margin, reaching to today when the Today line is drawn', () => {
    const model = new TimelineModel(timeline);
    const [from, to] = model.fullSpan(false);
    expect(from).to.be.lessThan(Date.UTC(2020, 2, 1));
    expect(to).to.be.greaterThan(Date.UTC(2021, 1, 1));
    const now = Date.UTC(2030, 5, 15, 13);
    const [, withToday] = model.fullSpan(true, now);
    expect(withToday).to.be.greaterThan(Math.floor(now / DAY) * DAY);
    // By the day: the span stays put through the day.
    expect(model.fullSpan(true, now + 3_600_000)).to.deep.equal(model.fullSpan(true, now));
  });

  it('opens a developing story on its latest event, and on nothing without open-at', () => {
    const model = new TimelineModel(timeline);
    expect(model.opening('latest')?.id).to.equal('three');
    expect(model.opening(undefined)).to.equal(undefined);
  });

  it('is empty before any data', () => {
    const model = new TimelineModel();
    expect(model.shown.events).to.deep.equal([]);
    expect(model.step(null, 1)).to.equal(undefined);
  });
});
