// Rows of one trace table on their way to the SQLite writer: collected in a flat array and handed over
// a chunk at a time (to the writer on this thread, or posted to the thread that owns the database).
//
// Must not know SQL: the columns are the table's insert columns in order (see tables.ts).

export type Cell = number | string | null;

/** Receives a full chunk of a table's rows: `cells` holds rows * columns values, row after row. */
export type ChunkConsumer = (table: string, cells: Cell[]) => void;

/** Rows per chunk handed over at once. */
const CHUNK_ROWS = 8192;

export class RowBuffer {
  private cells: Cell[] = [];
  private readonly chunkCells: number;
  /** Rows added so far. */
  rows = 0;

  constructor(
    readonly table: string,
    readonly columns: number,
    private readonly consumer: ChunkConsumer,
  ) {
    this.chunkCells = CHUNK_ROWS * columns;
  }

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

  add5(a: Cell, b: Cell, c: Cell, d: Cell, e: Cell): void {
    this.cells.push(a, b, c, d, e);
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
