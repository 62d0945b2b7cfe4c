// sqlite3.Cursor (CPython's Modules/_sqlite/cursor.c and the binding half of statement.c): execute,
// executemany and executescript, parameter binding (qmark sequences and named dicts, with CPython's
// messages), the implicit BEGIN of legacy transaction control before DML, description, rowcount,
// lastrowid, converters (detect_types), row_factory, and fetching by fetchone/fetchmany/fetchall or
// iteration.
//
// The host runs a statement to its end at once, so a cursor holds the raw rows of its last statement
// and turns each into Python values (converters, text_factory, row_factory) only as it is fetched.

import { PyValue, typeName, isInstance, strType, typeOf } from '../../objects/object.js';
import { PyTuple, tuple, tupleType } from '../../objects/tuple.js';
import { PyList, listType } from '../../objects/list.js';
import { PyDict, dictType } from '../../objects/dict.js';
import { PyBaseException, exceptionType } from '../../objects/exceptions.js';
import { None } from '../../objects/singletons.js';
import { defNew, defMethod, defGetSet, bindArgs, argRange, noArgs } from '../../objects/native.js';
import { callObject } from '../../runtime/call.js';
import { asIndex, getItem, getIter, iterNext, len, strValue } from '../../runtime/protocols.js';
import { attributeError, typeError, valueError } from '../../runtime/raise.js';
import { HostSqliteError } from '../../host.js';
import type { HostSqliteStatement, HostSqliteValue } from '../../host.js';
import { bindValue, fromSqliteValue, sqliteBytes, intFromSqlite, sqliteText } from './adapters.js';
import { fromSqliteError, programmingError, setErrorCode, sqliteException, OperationalError } from './exceptions.js';
import {
  PyConnection, PyCursor, cursorType, connectionType, LEGACY_TRANSACTION_CONTROL, openDatabase, usableCursor,
} from './objects.js';

/**
 * What a Python callback run by SQLite (a user function or aggregate) throws through the engine in
 * place of the Python exception: the statement then fails with OperationalError(message).
 */
export class CallbackFailure {
  constructor(
    readonly message: string,
    /** A NotImplementedError (something pyrewind lacks) is raised as itself, not hidden in the message. */
    readonly passThrough: PyBaseException | null = null,
  ) {}
}

/** Run an engine call, turning its failures into the Python exceptions CPython raises. */
export function engineCall<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw engineError(e);
  }
}

function engineError(e: unknown): unknown {
  if (e instanceof HostSqliteError) return fromSqliteError(e);
  if (e instanceof CallbackFailure) {
    if (e.passThrough !== null) return e.passThrough;
    const exc = sqliteException(OperationalError, e.message);
    setErrorCode(exc, 1, 'SQLITE_ERROR');
    return exc;
  }
  return e;
}

// ---- statements -------------------------------------------------------------------------------------

/** The SQL after leading blanks and comments (CPython's lstrip_sql), as an index. */
function skipBlanksAndComments(sql: string): number {
  let i = 0;
  const n = sql.length;
  while (i < n) {
    const c = sql.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c) i++;
    else if (c === 0x2d && sql.charCodeAt(i + 1) === 0x2d) {
      const end = sql.indexOf('\n', i + 2);
      if (end < 0) return n;
      i = end + 1;
    } else if (c === 0x2f && sql.charCodeAt(i + 1) === 0x2a) {
      const end = sql.indexOf('*/', i + 2);
      if (end < 0) return n;
      i = end + 2;
    } else break;
  }
  return i;
}

/** Whether a statement is INSERT, UPDATE, DELETE or REPLACE: legacy transaction control opens a transaction first. */
function isDml(sql: string): boolean {
  const i = skipBlanksAndComments(sql);
  const head = sql.slice(i, i + 7).toLowerCase();
  return head.startsWith('insert') || head.startsWith('update') || head.startsWith('delete') || head === 'replace';
}

/** The compiled statement for `sql`, from the connection's cache when it is there. */
function statementFor(conn: PyConnection, sql: string): HostSqliteStatement | null {
  const cached = conn.statements.get(sql);
  if (cached !== undefined) return cached;
  const db = openDatabase(conn);
  if (sql.includes('\0')) throw programmingError('the query contains a null character');
  sqliteText(sql);
  const stmt = engineCall(() => db.prepare(sql));
  if (stmt === 'multiple') throw programmingError('You can only execute one statement at a time.');
  if (stmt !== null && conn.cacheSize > 0) {
    if (conn.statements.size >= conn.cacheSize) conn.statements.delete(conn.statements.keys().next().value!);
    conn.statements.set(sql, stmt);
  }
  return stmt;
}

/** PySequence_Check: a type with __getitem__ that is not a dict. */
function isSequence(v: PyValue): boolean {
  if (v instanceof PyTuple || v instanceof PyList || typeof v === 'string') return true;
  if (isInstance(v, dictType)) return false;
  return typeOf(v).lookup('__getitem__') !== undefined;
}

/** The values to bind for one execution, from a sequence (qmark) or a mapping (named). */
function bindParameters(conn: PyConnection, stmt: HostSqliteStatement, params: PyValue): HostSqliteValue[] {
  const state = conn.state!;
  const names = stmt.parameterNames;
  const needed = names.length;
  const out: HostSqliteValue[] = new Array(needed);
  if (isSequence(params)) {
    const items = (params instanceof PyTuple && params.cls === tupleType) || (params instanceof PyList && params.cls === listType)
      ? params.items : null;
    const count = items !== null ? items.length : len(params);
    if (count !== needed) {
      throw programmingError(`Incorrect number of bindings supplied. The current statement uses ${needed}, and there are ${count} supplied.`);
    }
    for (let i = 0; i < needed; i++) {
      const name = names[i];
      if (name !== null && name[0] !== '?') {
        throw programmingError(`Binding ${i + 1} ('${name}') is a named parameter, but you supplied a sequence which requires nameless (qmark) placeholders.`);
      }
      const v = items !== null ? items[i] : getItem(params, i);
      out[i] = bindValue(state, v, String(i + 1));
    }
    return out;
  }
  if (isInstance(params, dictType)) {
    for (let i = 0; i < needed; i++) {
      const name = names[i];
      if (name === null) {
        throw programmingError(`Binding ${i + 1} has no name, but you supplied a dictionary (which has only names).`);
      }
      const key = name.slice(1);
      let v: PyValue | undefined;
      if (params instanceof PyDict && params.cls === dictType) v = params.getStr(key);
      else {
        try {
          v = getItem(params, key);
        } catch (e) {
          if (!(e instanceof PyBaseException && e.cls.isSubtypeOf(exceptionType('LookupError')))) throw e;
        }
      }
      if (v === undefined) throw programmingError(`You did not supply a value for binding parameter :${key}.`);
      out[i] = bindValue(state, v, String(i + 1));
    }
    return out;
  }
  throw programmingError('parameters are of unsupported type');
}

// ---- columns ----------------------------------------------------------------------------------------

const PARSE_DECLTYPES = 1;
const PARSE_COLNAMES = 2;

/** A column's name in description: with PARSE_COLNAMES, cut before "[type]" (and a blank before it). */
function columnName(conn: PyConnection, name: string): string {
  if ((conn.detectTypes & PARSE_COLNAMES) === 0) return name;
  const i = name.indexOf('[');
  if (i < 0) return name;
  return name.slice(0, i > 0 && name[i - 1] === ' ' ? i - 1 : i);
}

function converterNamed(conn: PyConnection, name: string): PyValue | null {
  return conn.state!.converters.get(name.toUpperCase()) ?? null;
}

/** The converter of each column (pysqlite_build_row_cast_map), or null when none applies. */
function buildConverters(conn: PyConnection, stmt: HostSqliteStatement): (PyValue | null)[] | null {
  if (conn.detectTypes === 0) return null;
  const out: (PyValue | null)[] = [];
  let any = false;
  for (let i = 0; i < stmt.columnNames.length; i++) {
    let conv: PyValue | null = null;
    if (conn.detectTypes & PARSE_COLNAMES) {
      const name = stmt.columnNames[i];
      let start = -1;
      for (let j = 0; j < name.length; j++) {
        if (name[j] === '[') start = j + 1;
        else if (name[j] === ']' && start >= 0) {
          conv = converterNamed(conn, name.slice(start, j));
          break;
        }
      }
    }
    if (conv === null && conn.detectTypes & PARSE_DECLTYPES) {
      const decl = stmt.declaredTypes[i];
      if (decl !== null) {
        let end = 0;
        while (end < decl.length && decl[end] !== ' ' && decl[end] !== '(') end++;
        conv = converterNamed(conn, decl.slice(0, end));
      }
    }
    if (conv !== null) any = true;
    out.push(conv);
  }
  return any ? out : null;
}

// ---- execute ----------------------------------------------------------------------------------------

function sqlArg(fname: string, v: PyValue): string {
  if (typeof v === 'string') return v;
  if (isInstance(v, strType)) return strValue(v as never);
  throw typeError(`${fname}() argument 1 must be str, not ${typeName(v)}`);
}

/** _pysqlite_query_execute: one execution (execute) or one per parameter set (executemany). */
export function execute(cur: PyCursor, multiple: boolean, sql: string, paramsArg: PyValue): PyCursor {
  const conn = usableCursor(cur);
  const db = conn.db!;
  cur.locked = true;
  try {
    const paramSets = multiple ? getIter(paramsArg) : null;
    cur.rows = null;
    cur.converters = null;
    cur.description = None;
    cur.rowcount = 0;
    const stmt = statementFor(conn, sql);
    if (stmt === null) {
      cur.rowcount = -1;
      return cur;
    }
    if (multiple && stmt.readonly) throw programmingError('executemany() can only execute DML statements.');
    const dml = isDml(sql);
    if (conn.autocommit === LEGACY_TRANSACTION_CONTROL && conn.isolationLevel !== null && dml && !db.inTransaction()) {
      engineCall(() => db.exec(`BEGIN ${conn.isolationLevel}`));
    }
    for (;;) {
      let params = paramsArg;
      if (paramSets !== null) {
        const p = iterNext(paramSets);
        if (p === undefined) break;
        params = p;
      }
      const values = bindParameters(conn, stmt, params);
      let rows: HostSqliteValue[][];
      try {
        rows = stmt.run(values);
      } catch (e) {
        throw engineError(e);
      }
      if (cur.description === None && stmt.columnNames.length > 0) {
        cur.description = tuple(stmt.columnNames.map((n) => tuple([columnName(conn, n), None, None, None, None, None, None])));
        cur.converters = buildConverters(conn, stmt);
      }
      cur.rowcount = dml ? cur.rowcount + db.changes() : -1;
      if (!multiple) {
        cur.rows = rows.length > 0 ? rows : null;
        cur.next = 0;
        break;
      }
    }
    if (!multiple) cur.lastrowid = intFromSqlite(db.lastInsertRowid());
    return cur;
  } catch (e) {
    cur.rowcount = -1;
    throw e;
  } finally {
    cur.locked = false;
  }
}

export function executeScript(cur: PyCursor, script: PyValue): PyCursor {
  if (typeof script !== 'string' && !isInstance(script, strType)) {
    throw typeError(`executescript() argument must be str, not ${typeName(script)}`);
  }
  const sql = typeof script === 'string' ? script : strValue(script as never);
  const conn = usableCursor(cur);
  const db = conn.db!;
  if (sql.includes('\0')) throw valueError('embedded null character');
  sqliteText(sql);
  if (conn.autocommit === LEGACY_TRANSACTION_CONTROL && db.inTransaction()) engineCall(() => db.exec('COMMIT'));
  engineCall(() => db.exec(sql));
  return cur;
}

// ---- fetching ---------------------------------------------------------------------------------------

/** The next row as Python sees it (converted, through row_factory), or undefined at the end. */
export function nextRow(cur: PyCursor): PyValue | undefined {
  const conn = usableCursor(cur);
  const rows = cur.rows;
  if (rows === null) return undefined;
  const raw = rows[cur.next++];
  if (cur.next >= rows.length) cur.rows = null;
  const convs = cur.converters;
  const items: PyValue[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const conv = convs === null ? null : convs[i];
    if (conv === null) items[i] = fromSqliteValue(raw[i], conn.textFactory);
    else items[i] = raw[i] === null ? None : callObject(conv, [sqliteBytes(raw[i])]);
  }
  const row = tuple(items);
  return cur.rowFactory === None ? row : callObject(cur.rowFactory, [cur, row]);
}

// ---- the type ---------------------------------------------------------------------------------------

const C = (self: PyValue): PyCursor => self as PyCursor;

defNew(cursorType, (cls) => cls.allocate!(cls));

defMethod(cursorType, '__init__', (self, args, kw) => {
  if (kw !== null && kw.size > 0) throw typeError('Cursor() takes no keyword arguments');
  argRange('Cursor', args, null, 1, 1);
  const conn = args[0];
  if (!isInstance(conn, connectionType)) {
    throw typeError(`Cursor() argument 1 must be sqlite3.Connection, not ${typeName(conn)}`);
  }
  const cur = C(self);
  cur.connection = conn as PyConnection;
  cur.description = None;
  cur.lastrowid = None;
  cur.arraysize = 1;
  cur.closed = false;
  cur.rowcount = -1;
  cur.rowFactory = None;
  cur.rows = null;
  cur.initialized = true;
  return None;
});

defMethod(cursorType, 'execute', (self, args, kw) => {
  argRange('execute', args, kw, 1, 2);
  return execute(C(self), false, sqlArg('execute', args[0]), args.length > 1 ? args[1] : tuple([]));
});

defMethod(cursorType, 'executemany', (self, args, kw) => {
  argRange('executemany', args, kw, 2, 2);
  return execute(C(self), true, sqlArg('executemany', args[0]), args[1]);
});

defMethod(cursorType, 'executescript', (self, args, kw) => {
  argRange('executescript', args, kw, 1, 1);
  return executeScript(C(self), args[0]);
});

defMethod(cursorType, 'fetchone', (self, args, kw) => {
  noArgs('fetchone', args, kw);
  return nextRow(C(self)) ?? None;
});

defMethod(cursorType, 'fetchmany', (self, args, kw) => {
  const cur = C(self);
  const [sizeArg] = bindArgs('fetchmany', ['size'], args, kw);
  let size = cur.arraysize;
  if (sizeArg !== undefined) {
    const n = asIndex(sizeArg);
    if (typeof n === 'bigint' || n > 0x7fffffff) throw valueError('Cannot convert negative int');
    if (n < 0) throw valueError('Cannot convert negative int');
    size = n;
  }
  const out: PyValue[] = [];
  for (let row = nextRow(cur); row !== undefined; ) {
    out.push(row);
    if (out.length === size) break;
    row = nextRow(cur);
  }
  return new PyList(out);
});

defMethod(cursorType, 'fetchall', (self, args, kw) => {
  noArgs('fetchall', args, kw);
  const cur = C(self);
  const out: PyValue[] = [];
  for (let row = nextRow(cur); row !== undefined; row = nextRow(cur)) out.push(row);
  return new PyList(out);
});

defMethod(cursorType, '__iter__', (self) => self);
defMethod(cursorType, '__next__', (self) => {
  const row = nextRow(C(self));
  if (row === undefined) throw new PyBaseException(exceptionType('StopIteration'), []);
  return row;
});

defMethod(cursorType, 'close', (self, args, kw) => {
  noArgs('close', args, kw);
  const cur = C(self);
  if (!cur.initialized || cur.connection === null) throw programmingError('Base Cursor.__init__ not called.');
  openDatabase(cur.connection);
  cur.rows = null;
  cur.closed = true;
  return None;
});

defMethod(cursorType, 'setinputsizes', (_self, args, kw) => {
  argRange('setinputsizes', args, kw, 1, 1);
  return None;
});

defMethod(cursorType, 'setoutputsize', (_self, args, kw) => {
  argRange('setoutputsize', args, kw, 1, 2);
  return None;
});

defGetSet(cursorType, 'connection', (self) => C(self).connection ?? None, () => {
  throw attributeError('readonly attribute');
});
defGetSet(cursorType, 'description', (self) => C(self).description, () => {
  throw attributeError('readonly attribute');
});
defGetSet(cursorType, 'lastrowid', (self) => C(self).lastrowid, () => {
  throw attributeError('readonly attribute');
});
defGetSet(cursorType, 'rowcount', (self) => C(self).rowcount, () => {
  throw attributeError('readonly attribute');
});
defGetSet(cursorType, 'arraysize', (self) => C(self).arraysize, (self, v) => {
  if (v === null) throw typeError("can't delete numeric/char attribute");
  const n = asIndex(v);
  if (typeof n === 'bigint' || n > 0x7fffffff || n < -0x80000000) throw typeError('Python int too large to convert to C int');
  C(self).arraysize = n;
});
defGetSet(cursorType, 'row_factory', (self) => C(self).rowFactory, (self, v) => {
  C(self).rowFactory = v ?? None;
});
