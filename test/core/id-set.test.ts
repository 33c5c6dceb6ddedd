import { expect } from '@open-wc/testing';
import { IdSet, idHash } from '../../src/core/id-set.js';
import { ID_PATTERN } from '../../src/core/validate.js';

describe('IdSet', () => {
  it('says of each id what a Set of strings would, through growth and repeats', () => {
    const ids = new IdSet();
    const seen = new Set<string>();
    // 30,000 takes over 20,000 ids: the table grows several times, and every third take repeats an id.
    for (let i = 0; i < 30_000; i++) {
      const id = `event-${(i * 7919) % 20_000}`;
      const expected = seen.has(id) ? 'used' : 'taken';
      seen.add(id);
      expect(ids.take(id)).to.equal(expected, id);
    }
  });

  it('refuses what is not an id, as ID_PATTERN does', () => {
    const ids = new IdSet();
    for (const text of ['', 'A', 'a b', 'é', 'a_b', 'a.b', '-', 'a-1', '0', 'x'.repeat(300), 'abc\u0000', 'ab\u200f']) {
      expect(ids.take(text) !== 'invalid', JSON.stringify(text)).to.equal(ID_PATTERN.test(text));
      expect(idHash(text) >= 0).to.equal(ID_PATTERN.test(text));
    }
  });

  it('gives back the id last taken, for a later take, and keeps finding ids placed past it', () => {
    const ids = new IdSet();
    // Ids whose hashes share a slot in the first table, so that some are placed past others.
    const crowd: string[] = [];
    for (let i = 0; crowd.length < 4; i++) if ((idHash(`c${i}`) & 1023) === (idHash('c0') & 1023)) crowd.push(`c${i}`);
    expect(ids.take(crowd[0])).to.equal('taken');
    ids.giveBackLast();
    expect(ids.take(crowd[1])).to.equal('taken');
    expect(ids.take(crowd[1])).to.equal('used');
    expect(ids.take(crowd[0])).to.equal('taken');
    expect(ids.take(crowd[0])).to.equal('used');
    expect(ids.take(crowd[2])).to.equal('taken');
    expect(ids.take(crowd[1])).to.equal('used');
  });
});
