// The trace file being written: opens `<out>.partial`, creates the schema, inserts the chunks of rows
// the recorder produces (multi-row INSERTs of a few hundred rows each), and on finish writes the run's
// metadata and renames the file to its final name.
//
// A trace that was not finished (pyrewind itself crashed or was killed) stays `<out>.partial` with no
// `status` in meta, so it is never mistaken for a complete trace. This module knows SQL and files; it
// must not know about the VM (the recorder turns VM state into rows).

import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { APPLICATION_ID, FORMAT_VERSION, PARTIAL_SUFFIX, schemaSql } from '../schema/format.js';
import type { Cell } from './row_buffer.js';
import { TABLES, type TableName } from './tables.js';

/** Values bound per INSERT statement (SQLite allows 32766). */
const VALUES_PER_STATEMENT = 1800;

/** Commit after this many rows (bounds SQLite's memory; nothing is durable before finish anyway). */
const COMMIT_EVERY_ROWS = 2_000_000;

class TableWriter {
  private readonly rowsPerStatement: number;
  private readonly full: Database.Statement;
  private readonly partial = new Map<number, Database.Statement>();
  private readonly prefix: string;
  private readonly row: string;

  constructor(
    private readonly db: Database.Database,
    table: TableName,
  ) {
    const shape = TABLES[table];
    const cols = shape.columns.length;
    this.rowsPerStatement = Math.max(1, Math.floor(VALUES_PER_STATEMENT / cols));
    this.prefix = `${shape.verb} INTO ${table} (${shape.columns.join(', ')}) VALUES `;
    this.row = `(${new Array(cols).fill('?').join(',')})`;
    this.full = db.prepare(this.sql(this.rowsPerStatement));
  }

  private sql(rows: number): string {
    return this.prefix + new Array(rows).fill(this.row).join(',');
  }

  insert(cells: Cell[], columns: number): number {
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
}

export class TraceSink {
  readonly partialPath: string;
  private readonly db: Database.Database;
  private readonly writers = new Map<string, TableWriter>();
  private rowsSinceCommit = 0;
  private finished = false;
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
    // Rows reference each other in any order; relations are documented, not enforced.
    db.pragma('foreign_keys = OFF');
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${FORMAT_VERSION}`);
    db.exec(schemaSql());
    db.exec('BEGIN');
  }

  /** Insert a chunk of rows of one table (row after row, in TABLES' column order). */
  insert(table: string, cells: Cell[]): void {
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

  /** Stop without finishing: what was written stays in the `.partial` file, which says it is incomplete. */
  closeIncomplete(): void {
    if (this.finished) return;
    this.finished = true;
    try {
      this.db.exec('COMMIT');
    } finally {
      this.db.close();
    }
  }
}
