import { expect } from '@open-wc/testing';
import { readTimeline } from '../../src/formats/index.js';

const minimal = { events: [{ id: 'a', start: '2024-06-19', title: 'A' }] };

describe('readTimeline', () => {
  it('reads native JSON given as text or as an object, the same way', () => {
    const fromText = readTimeline(JSON.stringify(minimal));
    const fromObject = readTimeline(minimal);
    expect(fromText.format).to.equal('json');
    expect(fromText.issues).to.deep.equal([]);
    expect(fromText.timeline!.events.map((e) => e.id)).to.deep.equal(['a']);
    expect(fromObject).to.deep.equal(fromText);
  });

  it('names the source in a JSON syntax error, with the path given', () => {
    const result = readTimeline('{"events": [', { origin: 'src', name: '"story.json"' });
    expect(result.timeline).to.equal(null);
    expect(result.issues).to.have.length(1);
    expect(result.issues[0].path).to.equal('src');
    expect(result.issues[0].message).to.match(/^"story\.json" is not valid JSON: /);
  });

  it('passes validation problems through, keeping the valid events', () => {
    const result = readTimeline({ events: [...minimal.events, { id: 'b', start: '2024-13-01', title: 'B' }] });
    expect(result.timeline!.events.map((e) => e.id)).to.deep.equal(['a']);
    expect(result.issues.map((i) => i.path)).to.deep.equal(['events[1].start']);
  });

  it('resolves relative URLs against the base URL it is given', () => {
    const result = readTimeline(
      { events: [{ id: 'a', start: '2024', title: 'A', sources: [{ title: 'S', url: 'notes.html' }] }] },
      { baseUrl: 'https://example.org/stories/story.json' },
    );
    expect(result.timeline!.events[0].sources[0].url).to.equal('https://example.org/stories/story.json'.replace('story.json', 'notes.html'));
  });

  it('never throws, even on a document whose fields throw when read', () => {
    const trap = { get events(): unknown { throw new Error('trap'); } };
    const result = readTimeline(trap, { origin: 'data' });
    expect(result.timeline).to.equal(null);
    expect(result.issues[0].path).to.equal('data');
    for (const odd of [null, undefined, 42, '', '[]', 'null', [], () => 1]) {
      const outcome = readTimeline(odd);
      expect(outcome.timeline, String(odd)).to.equal(null);
      expect(outcome.issues.length, String(odd)).to.be.greaterThan(0);
    }
  });
});
