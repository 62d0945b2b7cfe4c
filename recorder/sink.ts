// The trace file being written: opens `<out>.partial`, creates the schema, inserts the chunks of rows
// the recorder produces (multi-row INSERTs of a few thousand values each), and on finish writes the run's
// metadata and renames the file to its final name.
//
// A trace that was not finished (pyrewind itself crashed or was killed) stays `<out>.partial` with no
// `status` in meta, so it is never mistaken for a complete trace. This module knows SQL and files; it
// must not know about the VM (the recorder turns VM state into rows).

import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { APPLICATION_ID, FORMAT_VERSION, PARTIAL_SUFFIX, schemaSql } from '../schema/format.js';
import type { Cell, Chunk, PackedChunk } from './row_buffer.js';
import { TABLES, type TableName } from './tables.js';

/** Values bound per INSERT statement (SQLite allows 32766; past a few thousand nothing more is gained). */
const VALUES_PER_STATEMENT = 6000;

/** Commit after this many rows (bounds SQLite's memory; nothing is durable before finish anyway). */
const COMMIT_EVERY_ROWS = 2_000_000;

/**
 * Tables whose rows, inserted as they come, would leave their B-tree pages half empty: `frame_runs` is
 * keyed by frame first, and each new run of an older frame (the module's, after each call it makes)
 * sorts before the runs of newer frames, so nearly every insert splits a page in the middle of the tree.
 * Their rows are appended to a staging table in the temp database instead and moved at the end in key
 * order (an append, pages full). The file's schema is the same.
 */
const STAGED: readonly TableName[] = ['frame_runs'];

/**
 * Tables whose rows arrive in key order but whose indexes would be updated out of order (`writes`, keyed
 * by step, has an index by variable): the indexes are dropped when the file is created and built once,
 * from sorted rows, at the end.
 */
const INDEXED_AT_END: readonly TableName[] = ['writes'];

class TableWriter {
  private readonly rowsPerStatement: number;
  private readonly full: Database.Statement;
  private readonly partial = new Map<number, Database.Statement>();
  private readonly prefix: string;
  private readonly row: string;
  /** The full statement's parameters, refilled from each numeric chunk (no array per statement). */
  private readonly params: Cell[];

  constructor(
    private readonly db: Database.Database,
    table: TableName,
  ) {
    const shape = TABLES[table];
    const cols = shape.columns.length;
    this.rowsPerStatement = Math.max(1, Math.floor(VALUES_PER_STATEMENT / cols));
    this.prefix = STAGED.includes(table)
      ? `INSERT INTO temp.${stagingTable(table)} (${shape.columns.join(', ')}) VALUES `
      : `${shape.verb} INTO ${table} (${shape.columns.join(', ')}) VALUES `;
    this.row = `(${new Array(cols).fill('?').join(',')})`;
    this.full = db.prepare(this.sql(this.rowsPerStatement));
    this.params = new Array<Cell>(this.rowsPerStatement * cols).fill(null);
  }

  private sql(rows: number): string {
    return this.prefix + new Array(rows).fill(this.row).join(',');
  }

  insert(cells: Chunk, columns: number): number {
    if (cells instanceof Float64Array) return this.insertNumbers(cells, columns);
    if (!Array.isArray(cells)) return this.insert(unpack(cells, columns), columns);
    const rows = cells.length / columns;
    const per = this.rowsPerStatement;
    const step = per * columns;
    let i = 0;
    if (rows === per) {
      this.full.run(cells);
      return rows;
    }
    for (; i + step <= cells.length; i += step) this.full.run(cells.slice(i, i + step));
    const rest = (cells.length - i) / columns;
    if (rest > 0) {
      let st = this.partial.get(rest);
      if (st === undefined) {
        st = this.db.prepare(this.sql(rest));
        this.partial.set(rest, st);
      }
      st.run(i === 0 ? cells : cells.slice(i));
    }
    return rows;
  }

  /** Numbers only, NaN for NULL (see row_buffer.ts). */
  private insertNumbers(cells: Float64Array, columns: number): number {
    const n = cells.length;
    const step = this.rowsPerStatement * columns;
    const params = this.params;
    let i = 0;
    for (; i + step <= n; i += step) {
      for (let j = 0; j < step; j++) {
        const v = cells[i + j];
        params[j] = v === v ? v : null;
      }
      this.full.run(params);
    }
    const rest = n - i;
    if (rest > 0) {
      const rows = rest / columns;
      let st = this.partial.get(rows);
      if (st === undefined) {
        st = this.db.prepare(this.sql(rows));
        this.partial.set(rows, st);
      }
      const tail = new Array<Cell>(rest);
      for (let j = 0; j < rest; j++) {
        const v = cells[i + j];
        tail[j] = v === v ? v : null;
      }
      st.run(tail);
    }
    return n / columns;
  }
}

export class TraceSink {
  readonly partialPath: string;
  private readonly db: Database.Database;
  private readonly writers = new Map<string, TableWriter>();
  private rowsSinceCommit = 0;
  private finished = false;
  /** The CREATE INDEX statements of the staged and INDEXED_AT_END tables, run once their rows are in. */
  private readonly deferredIndexes: string[] = [];
  /** Rows inserted so far. */
  rows = 0;

  constructor(readonly path: string) {
    this.partialPath = path + PARTIAL_SUFFIX;
    if (existsSync(this.partialPath)) rmSync(this.partialPath);
    const db = new Database(this.partialPath);
    this.db = db;
    // The file only becomes the trace by the rename in finish(), so durability before it buys nothing.
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('cache_size = -131072');
    // The staging tables (see STAGED) live in the temp database, in a file: never in memory only.
    db.pragma('temp_store = FILE');
    db.pragma('temp.cache_size = -65536');
    // Rows reference each other in any order; relations are documented, not enforced.
    db.pragma('foreign_keys = OFF');
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${FORMAT_VERSION}`);
    db.exec(schemaSql());
    db.exec('BEGIN');
    for (const t of STAGED) {
      db.exec(`CREATE TEMP TABLE ${stagingTable(t)} AS SELECT ${TABLES[t].columns.join(', ')} FROM main.${t} WHERE 0`);
    }
    for (const t of [...STAGED, ...INDEXED_AT_END]) {
      for (const ix of db.prepare("SELECT name, sql FROM main.sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL").all(t) as { name: string; sql: string }[]) {
        this.deferredIndexes.push(ix.sql);
        db.exec(`DROP INDEX main.${ix.name}`);
      }
    }
    // Object 0, the stack's NULL, and its type: in every trace, before the recorder's rows (which then
    // get object ids 1, 2 ... as rowids, see tables.ts).
    db.exec("INSERT INTO types (type_id, name) VALUES (0, 'NULL'); INSERT INTO objects (object_id, type_id, repr, mutable) VALUES (0, 0, 'NULL', 0)");
  }

  /** Insert a chunk of rows of one table (row after row, in TABLES' column order). */
  insert(table: string, cells: Chunk): void {
    let w = this.writers.get(table);
    if (w === undefined) {
      if (!(table in TABLES)) throw new Error(`pyrewind: no trace table named ${table}`);
      w = new TableWriter(this.db, table as TableName);
      this.writers.set(table, w);
    }
    const n = w.insert(cells, TABLES[table as TableName].columns.length);
    this.rows += n;
    this.rowsSinceCommit += n;
    if (this.rowsSinceCommit >= COMMIT_EVERY_ROWS) {
      this.rowsSinceCommit = 0;
      this.db.exec('COMMIT; BEGIN');
    }
  }

  /**
   * Write the metadata, close the file and give it its final name. `meta` must include `status`: its
   * presence is what marks a trace as finished.
   */
  finish(meta: Record<string, string | number | null>): void {
    if (this.finished) return;
    this.unstage();
    // Output written after the last step (at exit) belongs to the last step.
    this.db.prepare('UPDATE output SET step = (SELECT coalesce(max(step), 0) FROM steps) WHERE step > (SELECT coalesce(max(step), 0) FROM steps)').run();
    const put = this.db.prepare('INSERT OR REPLACE INTO meta VALUES (?, ?)');
    put.run('format_version', BigInt(FORMAT_VERSION));
    // Whole numbers as SQLite integers (a JS number binds as REAL into an untyped column).
    for (const [k, v] of Object.entries(meta)) put.run(k, typeof v === 'number' && Number.isSafeInteger(v) ? BigInt(v) : v);
    this.db.exec('COMMIT');
    this.db.pragma('journal_mode = DELETE');
    this.db.close();
    this.finished = true;
    renameSync(this.partialPath, this.path);
  }

  /**
   * Move the staged rows into their tables in key order (rows with the same key in arrival order, so
   * that OR REPLACE keeps the last and OR IGNORE the first, as inserting them one by one would), then
   * build the deferred indexes.
   */
  private unstage(): void {
    const db = this.db;
    for (const t of STAGED) {
      const key = (db.prepare('SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk').all(t) as { name: string }[]).map((r) => r.name);
      const cols = TABLES[t].columns.join(', ');
      db.exec(
        `${TABLES[t].verb} INTO main.${t} (${cols}) SELECT ${cols} FROM temp.${stagingTable(t)} ORDER BY ${[...key, 'rowid'].join(', ')};` +
          `DROP TABLE temp.${stagingTable(t)}`,
      );
    }
    for (const sql of this.deferredIndexes.splice(0)) db.exec(sql);
  }

  /** Stop without finishing: what was written stays in the `.partial` file, which says it is incomplete. */
  closeIncomplete(): void {
    if (this.finished) return;
    this.finished = true;
    try {
      this.unstage();
      this.db.exec('COMMIT');
    } finally {
      this.db.close();
    }
  }
}

function stagingTable(table: TableName): string {
  return `staged_${table}`;
}

/** The cells of a packed chunk (row_buffer.ts: PackedRowBuffer): column 1 is text, the others numbers. */
function unpack(chunk: PackedChunk, columns: number): Cell[] {
  const { nums, text } = chunk;
  const cells = new Array<Cell>(nums.length);
  let at = 0;
  for (let i = 0; i < nums.length; i++) {
    const v = nums[i];
    if (i % columns === 1) {
      cells[i] = text.substring(at, at + v);
      at += v;
    } else cells[i] = v === v ? v : null;
  }
  return cells;
}
