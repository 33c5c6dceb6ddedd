import { expect } from '@open-wc/testing';
import { readTimeline as readAny, type ReadOptions, type ReadResult } from '../../src/formats/index.js';

/** The native reader answers at once; others may load lazily, so the tests await either. */
const readTimeline = (source: unknown, options?: ReadOptions): Promise<ReadResult> => Promise.resolve(readAny(source, options));

const minimal = { events: [{ id: 'a', start: '2024-06-19', title: 'A' }] };

describe('readTimeline', () => {
  it('reads native JSON given as text or as an object, the same way', async () => {
    const fromText = await readTimeline(JSON.stringify(minimal));
    const fromObject = await readTimeline(minimal);
    expect(fromText.format).to.equal('json');
    expect(fromText.issues).to.deep.equal([]);
    expect(fromText.timeline!.events.map((e) => e.id)).to.deep.equal(['a']);
    expect({ ...fromObject, document: undefined }).to.deep.equal({ ...fromText, document: undefined });
  });

  it('names the source in a JSON syntax error, with the path given', async () => {
    const result = await readTimeline('{"events": [', { origin: 'src', name: '"story.json"' });
    expect(result.timeline).to.equal(null);
    expect(result.issues).to.have.length(1);
    expect(result.issues[0].path).to.equal('src');
    expect(result.issues[0].message).to.match(/^"story\.json" is not valid JSON: /);
  });

  it('passes validation problems through, keeping the valid events', async () => {
    const result = await readTimeline({ events: [...minimal.events, { id: 'b', start: '2024-13-01', title: 'B' }] });
    expect(result.timeline!.events.map((e) => e.id)).to.deep.equal(['a']);
    expect(result.issues.map((i) => i.path)).to.deep.equal(['events[1].start']);
  });

  it('resolves relative URLs against the base URL it is given', async () => {
    const result = await readTimeline(
      { events: [{ id: 'a', start: '2024', title: 'A', sources: [{ title: 'S', url: 'notes.html' }] }] },
      { baseUrl: 'https://example.org/stories/story.json' },
    );
    expect(result.timeline!.events[0].sources[0].url).to.equal('https://example.org/stories/story.json'.replace('story.json', 'notes.html'));
  });

  it('never throws, even on a document whose fields throw when read', async () => {
    const trap = { get events(): unknown { throw new Error('trap'); } };
    const result = await readTimeline(trap, { origin: 'data' });
    expect(result.timeline).to.equal(null);
    expect(result.issues[0].path).to.equal('data');
    for (const odd of [null, undefined, 42, '', '[]', 'null', [], () => 1]) {
      const outcome = await readTimeline(odd);
      expect(outcome.timeline, String(odd)).to.equal(null);
      expect(outcome.issues.length, String(odd)).to.be.greaterThan(0);
    }
  });
});
