// The SQLite engine of the Node host (Host.sqlite, for the VM's _sqlite3 module), on better-sqlite3.
//
// better-sqlite3 is higher-level than SQLite's C API, so a few things are made here: parameter names
// and counts come from scanning the SQL (sqlite_parameters.ts), a statement runs to its end at once
// (rows are returned together), and SQLite's errors are renumbered from their names. Its build turns
// foreign keys on by default; CPython's SQLite leaves them off, so each connection switches them off.
// It must not change what SQLite itself answers: messages and result codes pass through unchanged.

import type BetterSqlite3 from 'better-sqlite3';
import { createRequire } from 'node:module';
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type {
  HostSqlite, HostSqliteAggregate, HostSqliteDatabase, HostSqliteFunction, HostSqliteStatement, HostSqliteValue,
} from '../../vm/host.js';
import { HostSqliteError } from '../../vm/host.js';
import { sqliteResultCode } from '../../vm/modules/sqlite3/constants.js';
import { sqlParameterNames } from './sqlite_parameters.js';

type Db = BetterSqlite3.Database;
type Stmt = BetterSqlite3.Statement<unknown[], unknown>;

let library: typeof BetterSqlite3 | null = null;
/** better-sqlite3, loaded when a program first uses SQLite: its native library costs every run ~15 ms. */
function sqliteLibrary(): typeof BetterSqlite3 {
  return (library ??= createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3);
}

/** better-sqlite3's own errors (not SQLite's) that mean "no statement" or "more than one". */
const NO_STATEMENT = 'The supplied SQL string contains no statements';
const MORE_THAN_ONE = 'The supplied SQL string contains more than one statement';

/**
 * better-sqlite3 refuses to run a statement while another of the same connection is running (a user
 * function querying its own database); SQLite itself would allow it.
 */
const BUSY = 'This database connection is busy executing a query';

/** A thrown better-sqlite3 SqliteError as the host's error; anything else is rethrown as it is. */
function translate(e: unknown): unknown {
  if (e instanceof TypeError && e.message === BUSY) {
    return new HostSqliteError(`${BUSY} (better-sqlite3 does not let a user function use its own connection)`, -1, '');
  }
  if (library !== null && e instanceof library.SqliteError) {
    const name = e.code;
    let code = sqliteResultCode(name);
    if (code < 0) {
      // An extended code newer than the table: numbered as its primary code.
      const primary = name.split('_', 2).join('_');
      code = Math.max(0, sqliteResultCode(primary));
    }
    return new HostSqliteError(e.message, code, name);
  }
  return e;
}

/** Node Buffers (what better-sqlite3 returns for BLOBs) as plain Uint8Arrays. */
function fromEngine(v: unknown): HostSqliteValue {
  if (v instanceof Uint8Array) return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  return v as HostSqliteValue;
}

function toEngine(v: HostSqliteValue): unknown {
  if (v instanceof Uint8Array && !Buffer.isBuffer(v)) return Buffer.from(v.buffer, v.byteOffset, v.byteLength);
  return v;
}

/** What the last statement that returns no rows reported, so that asking costs no query. */
interface RunInfo {
  changes: number;
  lastInsertRowid: bigint;
}

class NodeSqliteStatement implements HostSqliteStatement {
  readonly parameterNames: readonly (string | null)[];
  readonly readonly: boolean;
  columnNames: readonly string[] = [];
  declaredTypes: readonly (string | null)[] = [];
  private readonly reader: boolean;

  constructor(private readonly stmt: Stmt, sql: string, private readonly owner: NodeSqliteDatabase) {
    this.parameterNames = sqlParameterNames(sql);
    this.readonly = stmt.readonly;
    this.reader = stmt.reader;
    if (this.reader) {
      stmt.raw(true);
      this.readColumns();
    }
  }

  /** The result columns; read again after each run, since SQLite recompiles a statement when the schema changes. */
  private readColumns(): void {
    const cols = this.stmt.columns();
    this.columnNames = cols.map((c) => c.name);
    this.declaredTypes = cols.map((c) => c.type);
  }

  run(params: readonly HostSqliteValue[]): HostSqliteValue[][] {
    // better-sqlite3 binds nameless parameters from an array, named ones from an object keyed without prefix.
    const anonymous: unknown[] = [];
    let named: Record<string, unknown> | null = null;
    const names = this.parameterNames;
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      const v = toEngine(params[i]);
      if (name === null) anonymous.push(v);
      else (named ??= {})[name.slice(1)] = v;
    }
    const args: unknown[] = named === null ? [anonymous] : [anonymous, named];
    try {
      // A read-only statement leaves changes() and last_insert_rowid() as they were.
      if (!this.readonly) this.owner.lastRun = null;
      if (!this.reader) {
        const info = this.stmt.run(...args);
        this.owner.lastRun = { changes: info.changes, lastInsertRowid: BigInt(info.lastInsertRowid) };
        return [];
      }
      const rows = this.stmt.all(...args) as unknown[][];
      this.readColumns();
      for (const row of rows) {
        for (let i = 0; i < row.length; i++) if (row[i] instanceof Uint8Array) row[i] = fromEngine(row[i]);
      }
      return rows as HostSqliteValue[][];
    } catch (e) {
      throw translate(e);
    }
  }
}

class NodeSqliteDatabase implements HostSqliteDatabase {
  private counters: Stmt | null = null;
  /** Set by a statement run that returned no rows; any other run or exec() clears it. */
  lastRun: RunInfo | null = null;

  constructor(private readonly db: Db) {}

  prepare(sql: string): HostSqliteStatement | null | 'multiple' {
    let stmt: Stmt;
    try {
      stmt = this.db.prepare(sql);
    } catch (e) {
      if (e instanceof RangeError) {
        if (e.message === NO_STATEMENT) return null;
        if (e.message === MORE_THAN_ONE) return 'multiple';
      }
      throw translate(e);
    }
    stmt.safeIntegers(true);
    return new NodeSqliteStatement(stmt, sql, this);
  }

  exec(sql: string): void {
    this.lastRun = null;
    try {
      this.db.exec(sql);
    } catch (e) {
      throw translate(e);
    }
  }

  inTransaction(): boolean {
    return this.db.inTransaction;
  }

  private readCounters(): [bigint, bigint, bigint] {
    this.counters ??= this.db.prepare('SELECT changes(), total_changes(), last_insert_rowid()').raw(true).safeIntegers(true);
    return this.counters.get() as [bigint, bigint, bigint];
  }

  changes(): number {
    return this.lastRun !== null ? this.lastRun.changes : Number(this.readCounters()[0]);
  }

  totalChanges(): number {
    return Number(this.readCounters()[1]);
  }

  lastInsertRowid(): bigint {
    return this.lastRun !== null ? this.lastRun.lastInsertRowid : this.readCounters()[2];
  }

  close(): void {
    this.db.close();
  }

  createFunction(name: string, nargs: number, deterministic: boolean, fn: HostSqliteFunction | null): void {
    if (fn === null) throw new Error('removing a SQL function is not supported by better-sqlite3');
    const body = (...args: unknown[]): unknown => toEngine(fn(args.map(fromEngine)));
    // better-sqlite3 reads the argument count from the function's length.
    if (nargs >= 0) Object.defineProperty(body, 'length', { value: nargs });
    this.db.function(name, { deterministic, varargs: nargs < 0, safeIntegers: true }, body);
  }

  createAggregate(name: string, nargs: number, aggregate: HostSqliteAggregate): void {
    // The state is made at a group's first row: a group without rows is NULL and runs no callback.
    type Box = { state: unknown; started: boolean };
    const step = (box: Box, ...args: unknown[]): Box => {
      if (!box.started) {
        box.started = true;
        box.state = aggregate.start();
      }
      aggregate.step(box.state, args.map(fromEngine));
      return box;
    };
    if (nargs >= 0) Object.defineProperty(step, 'length', { value: nargs + 1 });
    this.db.aggregate(name, {
      start: (): Box => ({ state: undefined, started: false }),
      step: step as (total: Box, next: Box) => Box,
      result: (box: Box) => (box.started ? toEngine(aggregate.result(box.state)) : null),
      varargs: nargs < 0,
      safeIntegers: true,
    });
  }
}

/** The Node host's SQLite: paths are resolved against `cwd()` (the program's current directory). */
export class NodeSqlite implements HostSqlite {
  private libVersion: string | null = null;

  constructor(private readonly cwd: () => string) {}

  get version(): string {
    if (this.libVersion === null) {
      const probe = new (sqliteLibrary())(':memory:');
      this.libVersion = probe.prepare('SELECT sqlite_version()').pluck().get() as string;
      probe.close();
    }
    return this.libVersion;
  }

  open(path: string, timeoutSeconds: number): HostSqliteDatabase {
    const memory = path === ':memory:' || path === '';
    const full = memory ? path : resolve(this.cwd(), path);
    if (!memory) {
      // better-sqlite3 refuses a missing directory with its own TypeError; SQLite says it cannot open.
      const dir = dirname(full);
      if (!existsSync(dir) || (existsSync(full) && statSync(full).isDirectory())) {
        throw new HostSqliteError('unable to open database file', sqliteResultCode('SQLITE_CANTOPEN'), 'SQLITE_CANTOPEN');
      }
    }
    const timeout = Math.max(0, Math.min(0x7fffffff, Math.round(timeoutSeconds * 1000)));
    let db: Db;
    try {
      db = new (sqliteLibrary())(memory ? ':memory:' : full, { timeout });
      db.pragma('foreign_keys = OFF');
    } catch (e) {
      throw translate(e);
    }
    return new NodeSqliteDatabase(db);
  }
}
