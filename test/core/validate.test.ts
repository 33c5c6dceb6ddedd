import { expect } from '@open-wc/testing';
import { validateTimeline, DEFAULT_CATEGORY_ID } from '../../src/core/validate.js';
import { HOSTILE_TEXT, HOSTILE_URLS } from '../fixtures/hostile.js';

const event = (overrides: Record<string, unknown> = {}) => ({ id: 'a', start: '2024-06-19', title: 'Title', ...overrides });
const paths = (input: unknown) => validateTimeline(input).issues.map((issue) => issue.path);

describe('validateTimeline', () => {
  it('accepts the smallest document: events with id, start and title', () => {
    const { timeline, issues } = validateTimeline({ events: [event()] });
    expect(issues).to.deep.equal([]);
    expect(timeline!.events).to.have.length(1);
    const [e] = timeline!.events;
    expect(e.importance).to.equal(2);
    expect(e.category).to.equal(DEFAULT_CATEGORY_ID);
    expect(timeline!.categories.map((c) => c.id)).to.deep.equal([DEFAULT_CATEGORY_ID]);
  });

  it('refuses a document that is not an object with an events list', () => {
    for (const input of [null, 42, 'events', [], {}, { events: {} }]) {
      const result = validateTimeline(input);
      expect(result.timeline, JSON.stringify(input)).to.equal(null);
      expect(result.issues).to.have.length(1);
    }
    expect(paths({})).to.deep.equal(['events']);
  });

  it('names each problem with its path, and keeps the valid events', () => {
    const result = validateTimeline({
      events: [
        event({ id: 'ok-1' }),
        event({ id: 'bad-date', start: '2024-13-01' }),
        event({ id: 'Bad Id' }),
        event({ id: 'ok-1' }),
        event({ id: 'no-title', title: '' }),
        event({ id: 'ok-2', end: '2024-01-01' }),
        'not an event',
      ],
    });
    expect(result.timeline!.events.map((e) => e.id)).to.deep.equal(['ok-1', 'ok-2']);
    expect(result.issues.map((i) => i.path)).to.deep.equal([
      'events[1].start',
      'events[2].id',
      'events[3].id',
      'events[4].title',
      'events[5].end',
      'events[6]',
    ]);
    expect(result.issues[0].message).to.equal('"2024-13-01" is not a date: there is no month 13 (months are 01 to 12, seasons 21 to 24)');
  });

  it('frees the id of a refused event for a later one, and refuses every repeat of a shown id', () => {
    const result = validateTimeline({
      events: [
        event({ id: 'x', start: 'not a date' }),
        event({ id: 'x', title: 'Shown' }),
        event({ id: 'x', title: 'Repeat' }),
        event({ id: 'y', title: '' }),
        event({ id: 'y', title: 'Also shown' }),
      ],
    });
    expect(result.timeline!.events.map((e) => `${e.id}: ${e.title}`)).to.deep.equal(['x: Shown', 'y: Also shown']);
    expect(result.issues.map((i) => i.path)).to.deep.equal(['events[0].start', 'events[2].id', 'events[3].title']);
  });

  it('reads each date text once: events on one day share a frozen date, and a bad date is reported at every event', () => {
    const result = validateTimeline({
      events: [
        event({ id: 'a' }),
        event({ id: 'b', end: '2024-06-19' }),
        event({ id: 'c', start: '2023-02-29' }),
        event({ id: 'd', start: '2023-02-29' }),
        event({ id: 'e', start: '2024-06-19T10:00+03:00' }),
      ],
    });
    const [a, b, e] = result.timeline!.events;
    expect(a.start).to.equal(b.start);
    expect(b.end).to.equal(a.start);
    expect(Object.isFrozen(a.start)).to.equal(true);
    expect(e.start).to.include({ precision: 'minute', offsetMinutes: 180 });
    expect(result.issues.map((i) => i.path)).to.deep.equal(['events[2].start', 'events[3].start']);
  });

  it('reports unknown categories, bad importance and bad colours but keeps the event', () => {
    const result = validateTimeline({
      categories: [{ id: 'diplomacy', color: 'red; background: url(javascript:x)' }],
      events: [event({ category: 'nope', importance: 7 })],
    });
    expect(result.issues.map((i) => i.path)).to.deep.equal(['categories[0].color', 'events[0].category', 'events[0].importance']);
    const [e] = result.timeline!.events;
    expect(e.category).to.equal(DEFAULT_CATEGORY_ID);
    expect(e.importance).to.equal(2);
    expect(result.timeline!.categories[0].color).to.match(/^#[0-9a-f]{6}$/);
  });

  it('sorts events by start, then by end', () => {
    const { timeline } = validateTimeline({
      events: [event({ id: 'c', start: '2024' }), event({ id: 'b', start: '2000-07-19', end: '2000-07-20' }), event({ id: 'a', start: '2000-07-19' })],
    });
    expect(timeline!.events.map((e) => e.id)).to.deep.equal(['a', 'b', 'c']);
  });

  it('drops every URL that is not http, https or relative, with its path', () => {
    HOSTILE_URLS.forEach((url) => {
      const result = validateTimeline({
        events: [event({ media: { src: url }, sources: [{ title: 'x', url }, { title: 'ok', url: 'https://press.un.org/' }] })],
      });
      const [e] = result.timeline!.events;
      expect(e.media, JSON.stringify(url)).to.equal(undefined);
      expect(e.sources.map((s) => s.url)).to.deep.equal(['https://press.un.org/']);
      expect(result.issues.map((i) => i.path)).to.deep.equal(['events[0].media.src', 'events[0].sources[0].url']);
    });
  });

  it('keeps hostile text as plain text, unchanged', () => {
    for (const text of HOSTILE_TEXT) {
      const { timeline, issues } = validateTimeline({ title: text, events: [event({ title: { en: text, ar: text }, summary: text })] });
      expect(issues).to.deep.equal([]);
      expect(timeline!.events[0].title).to.deep.equal({ en: text, ar: text });
    }
  });

  it('reports text of the wrong type and language tags that are not tags', () => {
    expect(paths({ events: [event({ title: 42 })] })).to.deep.equal(['events[0].title']);
    expect(paths({ events: [event({ summary: { en: 'ok', ar: 5 } })] })).to.deep.equal(['events[0].summary.ar']);
    expect(paths({ events: [event({ summary: { '<b>': 'x', en: 'ok' } })] })).to.deep.equal(['events[0].summary']);
  });

  it('never throws, whatever it is given', () => {
    const cyclic: Record<string, unknown> = { id: 'x', start: '2024', title: 't' };
    cyclic.self = cyclic;
    const odd = [
      { events: [cyclic] },
      { events: [{ id: 'x', start: { toString: () => '2024' }, title: 't' }] },
      { events: [{ id: ['a'], start: ['2024'], title: ['t'] }] },
      { events: [event({ sources: 'https://a.b' })], categories: 'x', eras: 5 },
      { events: [event({ sources: [null, 1, { url: 7 }] })], eras: [{ start: 'x' }, null] },
      Object.create(null),
      { events: new Array(3) },
      { version: 2, events: [] },
    ];
    for (const input of odd) expect(() => validateTimeline(input)).to.not.throw();
  });

  it('checks eras: a start, a label, an end not before the start', () => {
    const result = validateTimeline({
      events: [event()],
      eras: [
        { id: 'war', start: '2022-02-24', label: 'War' },
        { start: '2012', end: '2008', label: 'Backwards' },
        { start: 'soon', label: 'Bad' },
      ],
    });
    expect(result.issues.map((i) => i.path)).to.deep.equal(['eras[1].end', 'eras[2].start']);
    expect(result.timeline!.eras[0].until).to.equal(Number.POSITIVE_INFINITY);
  });
});
