// The _sqlite3 module's pieces that the differential corpus (test/diff/cases/sqlite3_*.py) does not pin
// down on its own: the Node engine behind Host.sqlite, the SQL parameter scanner, complete_statement's
// automaton, the text SQLite gives REALs for converters, and `import sqlite3` on a host without SQLite.

import { describe, expect, test } from 'vitest';
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeSqlite } from '../../host/node/sqlite_engine.js';
import { sqlParameterNames } from '../../host/node/sqlite_parameters.js';
import { HostSqliteError } from '../../vm/host.js';
import type { HostSqliteStatement } from '../../vm/host.js';
import { isCompleteStatement } from '../../vm/modules/sqlite3/complete_statement.js';
import { realText } from '../../vm/modules/sqlite3/adapters.js';
import { runProgram } from './program_runner.js';

function statement(s: ReturnType<ReturnType<NodeSqlite['open']>['prepare']>): HostSqliteStatement {
  if (s === null || s === 'multiple') throw new Error(`expected a statement, got ${String(s)}`);
  return s;
}

describe('the Node SQLite engine', () => {
  const engine = new NodeSqlite(() => process.cwd());

  test('reports its SQLite version', () => {
    expect(engine.version).toMatch(/^3\.\d+\.\d+$/);
  });

  test('keeps INTEGER and REAL apart, and binds by parameter index', () => {
    const db = engine.open(':memory:', 5);
    const st = statement(db.prepare('select ?, :b, ?, typeof(:b), ?4'));
    expect(st.parameterNames).toEqual([null, ':b', null, '?4']);
    expect(st.columnNames).toHaveLength(5);
    const rows = st.run([1n, 2.5, 'x', new Uint8Array([1, 2])]);
    expect(rows).toEqual([[1n, 2.5, 'x', 'real', new Uint8Array([1, 2])]]);
    expect(typeof rows[0][0]).toBe('bigint');
    db.close();
  });

  test('says when SQL holds no statement or more than one', () => {
    const db = engine.open(':memory:', 5);
    expect(db.prepare('  -- only a comment')).toBeNull();
    expect(db.prepare('select 1; select 2')).toBe('multiple');
    expect(db.prepare('select 1; -- trailing')).not.toBe('multiple');
    db.close();
  });

  test('numbers SQLite errors by their extended result code', () => {
    const db = engine.open(':memory:', 5);
    db.exec('create table t(a integer primary key, b unique)');
    statement(db.prepare('insert into t values (1, 1)')).run([]);
    let caught: unknown = null;
    try {
      statement(db.prepare('insert into t values (2, 1)')).run([]);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(HostSqliteError);
    const err = caught as HostSqliteError;
    expect([err.message, err.code, err.codeName]).toEqual(['UNIQUE constraint failed: t.b', 2067, 'SQLITE_CONSTRAINT_UNIQUE']);
    expect(() => db.prepare('selec 1')).toThrow(HostSqliteError);
    db.close();
  });

  test('leaves foreign keys off by default, as CPython builds SQLite', () => {
    const db = engine.open(':memory:', 5);
    db.exec('create table p(id integer primary key); create table c(p integer references p(id))');
    statement(db.prepare('insert into c values (99)')).run([]);
    expect(statement(db.prepare('select count(*) from c')).run([])).toEqual([[1n]]);
    db.close();
  });

  test('tracks transactions, changes and the last rowid', () => {
    const db = engine.open(':memory:', 5);
    db.exec('create table t(x)');
    expect(db.inTransaction()).toBe(false);
    db.exec('begin');
    statement(db.prepare('insert into t values (?)')).run([5n]);
    expect(db.inTransaction()).toBe(true);
    expect([db.changes(), db.lastInsertRowid()]).toEqual([1, 1n]);
    db.exec('commit');
    expect(db.inTransaction()).toBe(false);
    db.close();
  });

  test('resolves file names against the current directory and refuses missing directories', () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'pyrewind-sqlite-')));
    try {
      const inDir = new NodeSqlite(() => dir);
      const db = inDir.open('data.db', 1);
      db.exec('create table t(x)');
      db.close();
      const again = new NodeSqlite(() => dir).open(join(dir, 'data.db'), 1);
      expect(statement(again.prepare("select name from sqlite_master")).run([])).toEqual([['t']]);
      again.close();
      let caught: unknown = null;
      try {
        inDir.open('missing/data.db', 1);
      } catch (e) {
        caught = e;
      }
      expect((caught as HostSqliteError).codeName).toBe('SQLITE_CANTOPEN');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('runs user functions and aggregates, passing their exceptions through', () => {
    const db = engine.open(':memory:', 5);
    db.createFunction('twice', 1, true, ([v]) => (typeof v === 'bigint' ? v * 2n : null));
    db.createAggregate('total', 1, {
      start: () => ({ sum: 0n }),
      step: (state, [v]) => {
        (state as { sum: bigint }).sum += v as bigint;
      },
      result: (state) => (state as { sum: bigint }).sum,
    });
    expect(statement(db.prepare('select twice(21)')).run([])).toEqual([[42n]]);
    db.exec('create table t(x); insert into t values (1), (2), (3)');
    expect(statement(db.prepare('select total(x) from t')).run([])).toEqual([[6n]]);
    const marker = new Error('from the callback');
    db.createFunction('fail', 0, false, () => {
      throw marker;
    });
    expect(() => statement(db.prepare('select fail()')).run([])).toThrow(marker);
    db.close();
  });
});

describe('sqlParameterNames', () => {
  test('numbers parameters as SQLite does', () => {
    expect(sqlParameterNames('select ?, ?')).toEqual([null, null]);
    expect(sqlParameterNames('select :a, @b, $c, :a')).toEqual([':a', '@b', '$c']);
    expect(sqlParameterNames('select ?3, ?')).toEqual([null, null, '?3', null]);
    expect(sqlParameterNames('select ?2, ?1, ?2')).toEqual(['?1', '?2']);
  });

  test('ignores quoted text and comments', () => {
    expect(sqlParameterNames("select '?', \"?\", `:x`, [:y], ? -- ?\n /* :z */")).toEqual([null]);
    expect(sqlParameterNames("select 'it''s ?', ?")).toEqual([null]);
  });
});

describe('complete_statement', () => {
  test('needs a final semicolon outside quotes and comments', () => {
    expect(isCompleteStatement('select 1;')).toBe(true);
    expect(isCompleteStatement('select 1')).toBe(false);
    expect(isCompleteStatement("select ';'")).toBe(false);
    expect(isCompleteStatement('select 1; -- done\n')).toBe(true);
    expect(isCompleteStatement('select 1 /* ; */')).toBe(false);
  });

  test('ends a trigger only at END;', () => {
    expect(isCompleteStatement('create trigger t after insert on u begin select 1;')).toBe(false);
    expect(isCompleteStatement('create temp trigger t after insert on u begin select 1; end;')).toBe(true);
  });
});

describe('realText', () => {
  test('formats REALs as SQLite 3.39 does for converters', () => {
    expect(realText(1)).toBe('1.0');
    expect(realText(0.1)).toBe('0.1');
    expect(realText(1e20)).toBe('1.0e+20');
    expect(realText(2.5e-7)).toBe('2.5e-07');
    expect(realText(123456.789)).toBe('123456.789');
    expect(realText(-0)).toBe('-0.0');
    expect(realText(1 / 3)).toBe('0.333333333333333');
  });
});

describe('what better-sqlite3 cannot do', () => {
  test('a user function querying its own connection raises NotImplementedError naming it', async () => {
    const result = await runProgram({
      'main.py': [
        'import sqlite3',
        "c = sqlite3.connect(':memory:')",
        "c.create_function('f', 0, lambda: c.execute('select 1').fetchone()[0])",
        'try:',
        "    c.execute('select f()').fetchall()",
        'except NotImplementedError as e:',
        '    print(type(e).__name__, e)',
      ].join('\n'),
    });
    expect(result.stdout).toBe(
      'NotImplementedError sqlite3: This database connection is busy executing a query '
        + '(better-sqlite3 does not let a user function use its own connection)\n',
    );
  });

  test('create_collation raises NotImplementedError naming it', async () => {
    const result = await runProgram({
      'main.py': [
        'import sqlite3',
        'try:',
        "    sqlite3.connect(':memory:').create_collation('rev', lambda a, b: 0)",
        'except NotImplementedError as e:',
        '    print(e)',
      ].join('\n'),
    });
    expect(result.stdout).toBe('sqlite3.Connection.create_collation() is not supported by pyrewind\n');
  });
});

describe('a host without SQLite', () => {
  test('makes import sqlite3 fail with ImportError', async () => {
    const result = await runProgram(
      {
        'main.py': [
          'try:',
          '    import sqlite3',
          'except ImportError as e:',
          '    print(type(e).__name__, e)',
        ].join('\n'),
      },
      (interp) => {
        const host = Object.create(interp.host) as typeof interp.host;
        Object.defineProperty(host, 'sqlite', { value: undefined });
        (interp as { host: typeof interp.host }).host = host;
      },
    );
    expect(result.stdout).toBe('ImportError _sqlite3 is not available: this host provides no SQLite engine\n');
  });
});
