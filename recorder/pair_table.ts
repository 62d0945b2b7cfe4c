// A hash table from a pair of 32-bit integers to a positive id, on typed arrays: what the recorder
// interns millions of times per second (stack nodes by (parent, value), floats by their bits). A JS Map
// with such keys would box every key as a heap number and slow each lookup down several times.
//
// Open addressing with linear probing; grows at half load. Ids are > 0 (0 marks an empty slot).

export class PairTable {
  private a: Int32Array;
  private b: Int32Array;
  private ids: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1 << 16) {
    this.a = new Int32Array(capacity);
    this.b = new Int32Array(capacity);
    this.ids = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /** The id stored for (a, b), or 0. */
  get(a: number, b: number): number {
    const ka = this.a;
    const kb = this.b;
    const ids = this.ids;
    const mask = this.mask;
    let i = hash(a, b) & mask;
    for (;;) {
      const id = ids[i];
      if (id === 0) return 0;
      if (ka[i] === (a | 0) && kb[i] === (b | 0)) return id;
      i = (i + 1) & mask;
    }
  }

  /** Store `id` (> 0) for (a, b), which must not be present. */
  set(a: number, b: number, id: number): void {
    if ((this.size + 1) * 2 > this.ids.length) this.grow();
    this.place(a, b, id);
    this.size++;
  }

  private place(a: number, b: number, id: number): void {
    const mask = this.mask;
    let i = hash(a, b) & mask;
    while (this.ids[i] !== 0) i = (i + 1) & mask;
    this.a[i] = a;
    this.b[i] = b;
    this.ids[i] = id;
  }

  private grow(): void {
    const { a, b, ids } = this;
    const n = ids.length * 2;
    this.a = new Int32Array(n);
    this.b = new Int32Array(n);
    this.ids = new Int32Array(n);
    this.mask = n - 1;
    for (let i = 0; i < ids.length; i++) if (ids[i] !== 0) this.place(a[i], b[i], ids[i]);
  }
}

function hash(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b ^ (b >>> 15), 0x85ebca77);
  h ^= h >>> 13;
  return Math.imul(h, 0xc2b2ae35) ^ (h >>> 16);
}
