// `pyrewind query trace.sqlite "SQL" [--json | --csv]`: runs one read-only SQL statement on a trace and
// prints its rows: an aligned table with a header (like `sqlite3 -column -header`), a JSON array of
// objects (like `sqlite3 -json`) or CSV with a header row. The trace is opened read-only and a statement
// that would write is refused before it runs; bad SQL is one line on stderr and exit status 1.
// Rows are streamed: only the first WIDTH_ROWS rows of a table are held, to size its columns.

import type { Command } from 'commander';
import type Database from 'better-sqlite3';
import { CommandError, quietOnClosedStdout, withTrace, writeStdout } from '../trace_action.js';

/** Rows read before the table's column widths are fixed; longer values later just stick out. */
const WIDTH_ROWS = 1000;

export type Cell = number | bigint | string | Buffer | null;

interface QueryOptions {
  json: boolean;
  csv: boolean;
}

export function registerQueryCommand(program: Command): void {
  program
    .command('query')
    .description('run a read-only SQL statement on a trace and print the rows')
    .argument('<trace>', 'the trace file (written by `pyrewind record`)')
    .argument('<sql>', 'one SQL statement, e.g. "select * from step_view limit 20"')
    .option('--json', 'print a JSON array of objects, one per row', false)
    .option('--csv', 'print CSV with a header row', false)
    .addHelpText('after', '\nTables, columns and views of a trace, with example queries: schema/README.md.\n' +
      'Exit status 1 for bad SQL, a statement that writes, or a file that is not a finished trace.')
    .action(async (path: string, sql: string, opts: QueryOptions) => {
      await withTrace(path, async (trace) => {
        if (opts.json && opts.csv) throw new CommandError('query: choose one of --json and --csv');
        const stmt = prepare(trace.db, sql);
        quietOnClosedStdout();
        if (!stmt.reader) {
          // A read-only statement without a result (BEGIN, ANALYZE of nothing ...): nothing to print.
          run(() => stmt.run());
          return;
        }
        stmt.safeIntegers(true).raw(true);
        const columns = stmt.columns().map((c) => c.name);
        const rows = run(() => stmt.iterate() as IterableIterator<Cell[]>);
        if (opts.json) await printJson(columns, rows);
        else if (opts.csv) await printCsv(columns, rows);
        else await printTable(columns, rows);
      });
    });
}

function prepare(db: Database.Database, sql: string): Database.Statement {
  const stmt = run(() => db.prepare(sql));
  if (!stmt.readonly) throw new CommandError('query: only read-only SQL can be run on a trace (this statement writes)');
  return stmt;
}

/** SQLite errors from the statement itself are the user's SQL, not a damaged file. */
function run<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')) throw e; // the file, not the SQL
    if (e instanceof Error && (e.name === 'SqliteError' || e instanceof RangeError || e instanceof TypeError)) {
      throw new CommandError(`query: ${e.message.split('\n')[0]}`);
    }
    throw e;
  }
}

/** Rows of the iterator, with SQLite errors met while stepping reported like those of prepare. */
function* checked(rows: IterableIterator<Cell[]>): Generator<Cell[]> {
  for (;;) {
    const r = run(() => rows.next());
    if (r.done === true) return;
    yield r.value;
  }
}

function text(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) < 1e15 ? `${v}.0` : String(v);
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'string') return v;
  return `X'${v.toString('hex').toUpperCase()}'`;
}

function json(v: Cell): string {
  if (v === null) return 'null';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  if (typeof v === 'string') return JSON.stringify(v);
  return JSON.stringify(v.toString('hex'));
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

async function printJson(columns: string[], rows: IterableIterator<Cell[]>): Promise<void> {
  const keys = columns.map((c) => JSON.stringify(c));
  let out = '[';
  let first = true;
  for (const row of checked(rows)) {
    out += `${first ? '' : ',\n'}{${row.map((v, i) => `${keys[i]}:${json(v)}`).join(',')}}`;
    first = false;
    if (out.length > 65_536) {
      await writeStdout(out);
      out = '';
    }
  }
  await writeStdout(`${out}]\n`);
}

async function printCsv(columns: string[], rows: IterableIterator<Cell[]>): Promise<void> {
  let out = `${columns.map(csvField).join(',')}\n`;
  for (const row of checked(rows)) {
    out += `${row.map((v) => csvField(text(v))).join(',')}\n`;
    if (out.length > 65_536) {
      await writeStdout(out);
      out = '';
    }
  }
  await writeStdout(out);
}

/** Lays rows out in columns sized to the header and to `head` (the rows seen so far); NULL is empty. */
export function tableFormatter(columns: string[], head: Cell[][]): { header: string; row: (cells: Cell[]) => string } {
  const cell = (v: Cell): string => text(v).replace(/\r?\n/g, '\\n');
  const length = (s: string): number => [...s].length;
  const widths = columns.map((c, i) => Math.max(length(c), ...head.map((r) => length(cell(r[i])))));
  const line = (cells: string[]): string =>
    cells.map((c, i) => c + ' '.repeat(Math.max(0, widths[i] - length(c)))).join('  ').trimEnd() + '\n';
  return { header: line(columns) + line(widths.map((w) => '-'.repeat(w))), row: (cells) => line(cells.map(cell)) };
}

/** The whole table as `pyrewind query` prints it. */
export function renderTable(columns: string[], rows: Cell[][]): string {
  const f = tableFormatter(columns, rows);
  return f.header + rows.map(f.row).join('');
}

async function printTable(columns: string[], rows: IterableIterator<Cell[]>): Promise<void> {
  const it = checked(rows);
  const head: Cell[][] = [];
  // Not a for-of with break: that would close the generator before the rest is printed.
  while (head.length < WIDTH_ROWS) {
    const r = it.next();
    if (r.done === true) break;
    head.push(r.value);
  }
  const f = tableFormatter(columns, head);
  let out = f.header;
  for (const r of head) out += f.row(r);
  for (const row of it) {
    out += f.row(row);
    if (out.length > 65_536) {
      await writeStdout(out);
      out = '';
    }
  }
  await writeStdout(out);
}
