// A hash table from a pair of 32-bit integers to a positive id, on a typed array: what the recorder
// interns millions of times per second (stack nodes by (parent, value), floats by their bits). A JS Map
// with such keys would box every key as a heap number and slow each lookup down several times.
//
// Open addressing with linear probing; grows at half load. Ids are > 0 (0 marks an empty slot). Each
// slot's two keys and id sit side by side (4 Int32s, 16 bytes), so a probe touches one cache line.
//
// A table of millions of entries misses the CPU caches on nearly every probe, while the pairs looked up
// are mostly recent ones (the stacks and values of the loop running): a small direct-mapped cache of the
// latest pairs found or stored, which stays in cache, answers those first.

/** Entries of the recent-pairs cache (4 Int32s each: 64 KiB). */
const RECENT = 1 << 12;

export class PairTable {
  private slots: Int32Array;
  private mask: number;
  private readonly recent = new Int32Array(RECENT * 4);
  size = 0;

  constructor(capacity = 1 << 16) {
    this.slots = new Int32Array(capacity * 4);
    this.mask = capacity - 1;
  }

  /** The id stored for (a, b), or 0. */
  get(a: number, b: number): number {
    a |= 0;
    b |= 0;
    const h = hash(a, b);
    const recent = this.recent;
    const r = (h & (RECENT - 1)) << 2;
    if (recent[r] === a && recent[r + 1] === b && recent[r + 2] !== 0) return recent[r + 2];
    const slots = this.slots;
    const mask = this.mask;
    let i = h & mask;
    for (;;) {
      const at = i << 2;
      const id = slots[at + 2];
      if (id === 0) return 0;
      if (slots[at] === a && slots[at + 1] === b) {
        recent[r] = a;
        recent[r + 1] = b;
        recent[r + 2] = id;
        return id;
      }
      i = (i + 1) & mask;
    }
  }

  /** Store `id` (> 0) for (a, b), which must not be present. */
  set(a: number, b: number, id: number): void {
    a |= 0;
    b |= 0;
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    this.place(this.slots, this.mask, a, b, id);
    this.size++;
    const r = (hash(a, b) & (RECENT - 1)) << 2;
    this.recent[r] = a;
    this.recent[r + 1] = b;
    this.recent[r + 2] = id;
  }

  /** Forget every pair (the table keeps its capacity). */
  clear(): void {
    this.slots.fill(0);
    this.recent.fill(0);
    this.size = 0;
  }

  private place(slots: Int32Array, mask: number, a: number, b: number, id: number): void {
    let i = hash(a, b) & mask;
    while (slots[(i << 2) + 2] !== 0) i = (i + 1) & mask;
    const at = i << 2;
    slots[at] = a;
    slots[at + 1] = b;
    slots[at + 2] = id;
  }

  private grow(): void {
    const old = this.slots;
    const capacity = (this.mask + 1) * 2;
    const slots = new Int32Array(capacity * 4);
    const mask = capacity - 1;
    for (let at = 0; at < old.length; at += 4) if (old[at + 2] !== 0) this.place(slots, mask, old[at], old[at + 1], old[at + 2]);
    this.slots = slots;
    this.mask = mask;
  }
}

function hash(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b ^ (b >>> 15), 0x85ebca77);
  h ^= h >>> 13;
  return Math.imul(h, 0xc2b2ae35) ^ (h >>> 16);
}
