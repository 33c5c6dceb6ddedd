/**
 * The event ids taken so far, for checking a document's ids are unique. An id is checked
 * (a-z, 0-9 and -) and hashed in the one pass over its letters, and kept in an open-addressed
 * table of numbers: a hundred thousand ids cost about half of what a `Set` of strings does (whose
 * every new string's hash is worked out apart, and whose table the garbage collector copies).
 *
 * Data is hostile: the hashes start from a random seed and are mixed, so no file can be written
 * whose ids pile up in one place in the table; should a search still run long, the ids move to a
 * `Set` of strings for the rest of the document. A refused event's id is removed outright, so a
 * file repeating one refused id costs no more than any other.
 */
export class IdSet {
  /**
   * Two numbers a slot: an id's hash, and its position in `keys` plus one (0: an empty slot).
   * A search reads the hash beside the position, in the same few bytes, and reads the id itself
   * only when the hashes agree.
   */
  private table: Int32Array;
  /** The ids, in the order taken (emptied once the Set takes over). */
  private readonly keys: string[] = [];
  /** The slot of the id last taken, while it may be given back (-1: none). */
  private lastSlot = -1;
  /** Where the ids go once a search ran long (see above). */
  private fallback?: Set<string>;
  /** The id last taken into the fallback, while it may be given back. */
  private lastId?: string;

  /**
   * `expected`: about how many ids will be taken (a document's events): the table is made large
   * enough for them at once, not grown (and every id placed again) as they come. `seed`: where
   * the hashes start (random unless given: tests give one).
   */
  constructor(
    expected = 0,
    private readonly seed = (Math.random() * 2 ** 32) | 0,
  ) {
    let slots = 1024;
    while (slots < 2 * expected && slots < MAX_PRESIZED_SLOTS) slots *= 2;
    this.table = new Int32Array(2 * slots);
  }

  /**
   * Takes an id: 'taken' when it is new, 'used' when an earlier one took it, 'invalid' when it is
   * not an id (empty, or a letter outside a-z, 0-9 and -).
   */
  take(id: string): 'taken' | 'used' | 'invalid' {
    this.lastSlot = -1;
    this.lastId = undefined;
    const hash = idHash(id, this.seed);
    if (hash < 0) return 'invalid';
    if (this.fallback) return this.takeIntoFallback(id);
    const { table, keys } = this;
    const mask = (table.length >> 1) - 1;
    let slot = hash & mask;
    for (let probes = 0; ; probes++) {
      const at = table[2 * slot + 1];
      if (at === 0) break;
      if (table[2 * slot] === hash && keys[at - 1] === id) return 'used';
      if (probes === MAX_PROBES) {
        // The Set holds the ids from here on: the table and the list go.
        this.fallback = new Set(keys);
        this.table = new Int32Array(0);
        keys.length = 0;
        return this.takeIntoFallback(id);
      }
      slot = (slot + 1) & mask;
    }
    table[2 * slot] = hash;
    table[2 * slot + 1] = keys.push(id);
    this.lastSlot = slot;
    // At most half full, so that a search meets an empty slot soon.
    if (keys.length * 4 > table.length) this.grow();
    return 'taken';
  }

  /** Gives back the id last taken (its event was refused): a later event may take it. */
  giveBackLast(): void {
    if (this.lastId !== undefined) this.fallback?.delete(this.lastId);
    this.lastId = undefined;
    let hole = this.lastSlot;
    if (hole < 0) return;
    this.lastSlot = -1;
    this.keys.pop();
    const { table } = this;
    const mask = (table.length >> 1) - 1;
    table[2 * hole + 1] = 0;
    // The ids after it in its run move back into the hole, unless their own slot lies between
    // the hole and where they are (then a search for them never passes the hole).
    for (let slot = (hole + 1) & mask; table[2 * slot + 1] !== 0; slot = (slot + 1) & mask) {
      const home = table[2 * slot] & mask;
      const stays = hole <= slot ? hole < home && home <= slot : hole < home || home <= slot;
      if (stays) continue;
      table[2 * hole] = table[2 * slot];
      table[2 * hole + 1] = table[2 * slot + 1];
      table[2 * slot + 1] = 0;
      hole = slot;
    }
  }

  /** How many ids are taken. */
  get size(): number {
    return this.fallback ? this.fallback.size : this.keys.length;
  }

  private takeIntoFallback(id: string): 'taken' | 'used' {
    const ids = this.fallback!;
    if (ids.has(id)) return 'used';
    ids.add(id);
    this.lastId = id;
    return 'taken';
  }

  private grow(): void {
    const old = this.table;
    const table = new Int32Array(old.length * 2);
    const mask = (table.length >> 1) - 1;
    const last = this.keys.length;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i + 1] === 0) continue;
      let slot = old[i] & mask;
      while (table[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      table[2 * slot] = old[i];
      table[2 * slot + 1] = old[i + 1];
      if (old[i + 1] === last) this.lastSlot = slot;
    }
    this.table = table;
  }
}

/** The largest table made ahead of time (16 MiB); past it, it grows as ids come. */
const MAX_PRESIZED_SLOTS = 2 ** 21;

/** Steps a search may take before the ids move to a Set: with the table at most half full, a search takes one or two. */
const MAX_PROBES = 64;

/**
 * An id's hash (FNV-1a over its letters from `seed`, then mixed so that every bit depends on
 * every letter; 30 bits), or -1 when the text is not an id (ID_PATTERN: a-z, 0-9 and -): checked
 * letter by letter, with no regular expression.
 */
export function idHash(text: string, seed = 0x811c9dc5): number {
  if (text.length === 0) return -1;
  let hash = seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45)) return -1;
    hash = Math.imul(hash ^ c, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 2;
}
