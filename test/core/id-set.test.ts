import { expect } from '@open-wc/testing';
import { IdSet, idHash } from '../../src/core/id-set.js';
import { ID_PATTERN, validateTimeline } from '../../src/core/validate.js';

/** A deterministic pseudo-random generator, so a failure can be replayed. */
function random(seed: number) {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** The table's slots, to check it stays as small as its ids need (a private field, read for the test). */
const slots = (ids: IdSet) => (ids as unknown as { table: Int32Array }).table.length / 2;
const fellBack = (ids: IdSet) => (ids as unknown as { fallback?: Set<string> }).fallback !== undefined;

/** `count` ids whose hashes from `seed` all point to the same slot of the first table (1,024 slots). */
function crowd(count: number, seed: number): string[] {
  const found: string[] = [];
  const target = idHash('c0', seed) & 1023;
  for (let i = 0; found.length < count; i++) if ((idHash(`c${i}`, seed) & 1023) === target) found.push(`c${i}`);
  return found;
}

describe('IdSet', () => {
  it('says of each id what a Set of strings would, through growth, repeats and ids given back', () => {
    const ids = new IdSet();
    const seen = new Set<string>();
    const next = random(3);
    // 40,000 takes of ids drawn from 20,000: repeats all along, the table grows several times,
    // and about one new id in ten is given back (a refused event).
    for (let i = 0; i < 40_000; i++) {
      const id = `event-${Math.floor(next() * 20_000)}`;
      const expected = seen.has(id) ? 'used' : 'taken';
      expect(ids.take(id)).to.equal(expected, id);
      if (expected === 'taken' && next() < 0.1) ids.giveBackLast();
      else seen.add(id);
      expect(ids.size).to.equal(seen.size);
    }
    expect(fellBack(ids)).to.equal(false);
  });

  it('refuses what is not an id, as ID_PATTERN does', () => {
    const ids = new IdSet();
    for (const text of ['', 'A', 'a b', 'é', 'a_b', 'a.b', '-', 'a-1', '0', 'x'.repeat(300), 'abc\u0000', 'ab\u200f']) {
      expect(ids.take(text) !== 'invalid', JSON.stringify(text)).to.equal(ID_PATTERN.test(text));
      expect(idHash(text) >= 0).to.equal(ID_PATTERN.test(text));
    }
  });

  it('gives back the id last taken, for a later take, and keeps finding the ids placed past it', () => {
    const ids = new IdSet(0, 7);
    // Ids that share a slot: each is placed past the ones before it.
    const [a, b, c, d] = crowd(4, 7);
    expect(ids.take(a)).to.equal('taken');
    expect(ids.take(b)).to.equal('taken');
    expect(ids.take(c)).to.equal('taken');
    // d goes past a, b and c, and is given back twice: they are still found, and d is free.
    ids.take(d);
    ids.giveBackLast();
    expect(ids.take(d)).to.equal('taken');
    ids.giveBackLast();
    expect(ids.take(c)).to.equal('used');
    expect(ids.take(a)).to.equal('used');
    expect(ids.take(b)).to.equal('used');
    expect(ids.take(d)).to.equal('taken');
    // Only the id just taken is given back: after a refusal ('used'), nothing is.
    expect(ids.take(a)).to.equal('used');
    ids.giveBackLast();
    expect([a, b, c, d].map((id) => ids.take(id))).to.deep.equal(['used', 'used', 'used', 'used']);
    expect(ids.size).to.equal(4);
  });

  it('gives back an id whose taking made the table grow', () => {
    const ids = new IdSet(0, 11);
    for (let i = 0; i < 512; i++) ids.take(`e-${i}`);
    expect(slots(ids)).to.equal(1024);
    expect(ids.take('e-512')).to.equal('taken');
    expect(slots(ids)).to.equal(2048);
    ids.giveBackLast();
    expect(ids.size).to.equal(512);
    for (let i = 0; i < 512; i++) expect(ids.take(`e-${i}`)).to.equal('used');
    expect(ids.take('e-512')).to.equal('taken');
    expect(ids.take('e-0')).to.equal('used');
  });

  it('stays small and quick when a file repeats one refused id a hundred thousand times', () => {
    const ids = new IdSet();
    for (let i = 0; i < 100_000; i++) {
      expect(ids.take('a')).to.equal('taken');
      ids.giveBackLast();
    }
    expect(slots(ids)).to.equal(1024);
    expect(ids.size).to.equal(0);
    // The same through validation: every event refused for its date, each reported.
    const events = Array.from({ length: 50_000 }, () => ({ id: 'a', start: 'not a date', title: 'T' }));
    const { issues } = validateTimeline({ events });
    expect(issues).to.have.length(50_000);
  });

  it('moves to a Set of strings when ids were made to pile up in one slot, and still answers right', () => {
    // Ids written against a known seed: the set under test is given it (a real one picks its own at random).
    const piled = crowd(100, 5);
    const ids = new IdSet(0, 5);
    for (const id of piled) expect(ids.take(id)).to.equal('taken');
    expect(fellBack(ids), 'a search ran long').to.equal(true);
    for (const id of piled) expect(ids.take(id)).to.equal('used');
    expect(ids.take('fresh')).to.equal('taken');
    ids.giveBackLast();
    expect(ids.take('fresh')).to.equal('taken');
    expect(ids.size).to.equal(101);
    // With a seed of its own, the same ids spread out.
    const spread = new IdSet();
    for (const id of piled) spread.take(id);
    expect(fellBack(spread)).to.equal(false);
  });

  it('is made large enough for the ids expected, and grows past them', () => {
    const ids = new IdSet(100_000);
    expect(slots(ids)).to.equal(262_144);
    for (let i = 0; i < 100_000; i++) ids.take(`e-${i}`);
    expect(slots(ids)).to.equal(262_144);
    for (let i = 100_000; i < 140_000; i++) ids.take(`e-${i}`);
    expect(slots(ids)).to.equal(524_288);
    expect(ids.take('e-0')).to.equal('used');
    expect(ids.size).to.equal(140_000);
  });
});
