/**
 * The event ids taken so far, for checking a document's ids are unique. An id is checked
 * (a-z, 0-9 and -) and hashed in the one pass over its letters, and kept in an open-addressed
 * table of numbers: a hundred thousand ids cost about half of what a `Set` of strings does (whose
 * every new string's hash is worked out apart, and whose table the garbage collector copies).
 */
export class IdSet {
  /**
   * Two numbers a slot: an id's hash, and its position in `keys` plus one (0: an empty slot).
   * A search reads the hash beside the position, in the same few bytes, and reads the id itself
   * only when the hashes agree.
   */
  private table = new Int32Array(2 * 1024);
  /** The ids, in the order taken; a given-back id is left as `''` (no id is empty). */
  private keys: string[] = [];

  /**
   * Takes an id: 'taken' when it is new, 'used' when an earlier one took it, 'invalid' when it is
   * not an id (empty, or a letter outside a-z, 0-9 and -).
   */
  take(id: string): 'taken' | 'used' | 'invalid' {
    const hash = idHash(id);
    if (hash < 0) return 'invalid';
    const { table, keys } = this;
    const mask = (table.length >> 1) - 1;
    let slot = hash & mask;
    for (;;) {
      const at = table[2 * slot + 1];
      if (at === 0) break;
      if (table[2 * slot] === hash && keys[at - 1] === id) return 'used';
      slot = (slot + 1) & mask;
    }
    table[2 * slot] = hash;
    table[2 * slot + 1] = keys.push(id);
    // At most half full, so that a search meets an empty slot soon.
    if (keys.length * 4 > table.length) this.grow();
    return 'taken';
  }

  /** Gives back the id last taken (its event was refused): a later event may take it. */
  giveBackLast(): void {
    // Its slot stays, so that searches for ids placed past it still go on; it matches nothing.
    this.keys[this.keys.length - 1] = '';
  }

  private grow(): void {
    const old = this.table;
    const table = new Int32Array(old.length * 2);
    const mask = (table.length >> 1) - 1;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i + 1] === 0) continue;
      let slot = old[i] & mask;
      while (table[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      table[2 * slot] = old[i];
      table[2 * slot + 1] = old[i + 1];
    }
    this.table = table;
  }
}


/**
 * An id's hash (FNV-1a over its letters, 30 bits), or -1 when the text is not an id (ID_PATTERN:
 * a-z, 0-9 and -): checked letter by letter, with no regular expression.
 */
export function idHash(text: string): number {
  if (text.length === 0) return -1;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45)) return -1;
    hash = Math.imul(hash ^ c, 0x01000193);
  }
  return hash >>> 2;
}
