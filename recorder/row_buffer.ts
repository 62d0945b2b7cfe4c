// Rows of one trace table on their way to the SQLite writer: collected in a flat buffer and handed over
// a chunk at a time (to the writer on this thread, or posted to the thread that owns the database).
//
// Tables whose columns are all numbers (steps, stack nodes, writes ...: nearly all rows of a trace) are
// collected in a Float64Array, which is handed over whole: posting it to another thread transfers its
// memory instead of copying it, and no array of boxed values is built on either side. NULL travels as
// NaN there. Must not know SQL: the columns are the table's insert columns in order (see tables.ts).

export type Cell = number | string | null;

/**
 * Rows of numbers and text (see PackedRowBuffer): each cell in `nums`, a text cell as its length, the
 * texts one after another in `text`.
 */
export interface PackedChunk {
  nums: Float64Array;
  text: string;
}

/** A chunk of rows, row after row: an array of cells, numbers only (NaN for NULL), or packed. */
export type Chunk = Cell[] | Float64Array | PackedChunk;

/** Receives a full chunk of a table's rows: `cells` holds rows * columns values, row after row. */
export type ChunkConsumer = (table: string, cells: Chunk) => void;

/** Rows per chunk handed over at once. */
export const CHUNK_ROWS = 8192;

/** Rows with text columns. */
export class RowBuffer {
  private cells: Cell[] = [];
  /** Rows added so far. */
  rows = 0;

  constructor(
    readonly table: string,
    readonly columns: number,
    private readonly consumer: ChunkConsumer,
  ) {}

  add2(a: Cell, b: Cell): void {
    this.cells.push(a, b);
    if (++this.rows % CHUNK_ROWS === 0) this.hand();
  }

  add3(a: Cell, b: Cell, c: Cell): void {
    this.cells.push(a, b, c);
    if (++this.rows % CHUNK_ROWS === 0) this.hand();
  }

  add4(a: Cell, b: Cell, c: Cell, d: Cell): void {
    this.cells.push(a, b, c, d);
    if (++this.rows % CHUNK_ROWS === 0) this.hand();
  }

  add(row: Cell[]): void {
    for (let i = 0; i < row.length; i++) this.cells.push(row[i]);
    if (++this.rows % CHUNK_ROWS === 0) this.hand();
  }

  /** Hand over whatever is buffered. */
  flush(): void {
    if (this.cells.length > 0) this.hand();
  }

  private hand(): void {
    const cells = this.cells;
    this.cells = [];
    this.consumer(this.table, cells);
  }
}

/** Rows of numbers only (a NULL is passed as null and stored as NaN). */
export class NumberRowBuffer {
  private buf: Float64Array;
  private n = 0;
  private readonly size: number;
  /** Rows added so far. */
  rows = 0;

  constructor(
    readonly table: string,
    readonly columns: number,
    private readonly consumer: ChunkConsumer,
  ) {
    this.size = CHUNK_ROWS * columns;
    this.buf = new Float64Array(this.size);
  }

  add2(a: number, b: number): void {
    const buf = this.buf;
    const n = this.n;
    buf[n] = a;
    buf[n + 1] = b;
    if ((this.n = n + 2) === this.size) this.hand();
  }

  add3(a: number, b: number, c: number): void {
    const buf = this.buf;
    const n = this.n;
    buf[n] = a;
    buf[n + 1] = b;
    buf[n + 2] = c;
    if ((this.n = n + 3) === this.size) this.hand();
  }

  add4(a: number, b: number, c: number, d: number): void {
    const buf = this.buf;
    const n = this.n;
    buf[n] = a;
    buf[n + 1] = b;
    buf[n + 2] = c;
    buf[n + 3] = d;
    if ((this.n = n + 4) === this.size) this.hand();
  }

  add5(a: number, b: number, c: number, d: number, e: number | null): void {
    const buf = this.buf;
    const n = this.n;
    buf[n] = a;
    buf[n + 1] = b;
    buf[n + 2] = c;
    buf[n + 3] = d;
    buf[n + 4] = e === null ? NaN : e;
    if ((this.n = n + 5) === this.size) this.hand();
  }

  /** Hand over whatever is buffered. */
  flush(): void {
    if (this.n > 0) this.hand();
  }

  private hand(): void {
    const full = this.n === this.size;
    const cells = full ? this.buf : this.buf.slice(0, this.n);
    this.rows += this.n / this.columns;
    this.n = 0;
    if (full) this.buf = new Float64Array(this.size);
    this.consumer(this.table, cells);
  }
}

/**
 * Rows of (number, text, number), the shape of `objects`, the one table with text that grows with the
 * run. Posting an array of strings to another thread clones them one by one; one string of them all is
 * a single copy, and the numbers move with their buffer.
 */
export class PackedRowBuffer {
  private nums: Float64Array;
  private n = 0;
  private text = '';
  private readonly size = CHUNK_ROWS * 3;
  /** Rows added so far. */
  rows = 0;

  constructor(
    readonly table: string,
    private readonly consumer: ChunkConsumer,
  ) {
    this.nums = new Float64Array(this.size);
  }

  add3(a: number, b: string, c: number): void {
    const nums = this.nums;
    const n = this.n;
    nums[n] = a;
    nums[n + 1] = b.length;
    nums[n + 2] = c;
    this.text += b;
    if ((this.n = n + 3) === this.size) this.hand();
  }

  /** Hand over whatever is buffered. */
  flush(): void {
    if (this.n > 0) this.hand();
  }

  private hand(): void {
    const full = this.n === this.size;
    const chunk: PackedChunk = { nums: full ? this.nums : this.nums.slice(0, this.n), text: this.text };
    this.rows += this.n / 3;
    this.n = 0;
    this.text = '';
    if (full) this.nums = new Float64Array(this.size);
    this.consumer(this.table, chunk);
  }
}
