// sqlite3.Connection (CPython's Modules/_sqlite/connection.c): opening the database through the host's
// engine, transaction control (legacy isolation_level and the autocommit attribute), commit/rollback/
// close, the context manager, cursor()/execute()/executemany()/executescript() shortcuts,
// row_factory/text_factory, and user functions and aggregates. The methods this engine cannot provide
// raise NotImplementedError naming themselves.

import { PyValue, typeName, isInstance, strType } from '../../objects/object.js';
import { PyBytes } from '../../objects/bytes.js';
import { PyBaseException } from '../../objects/exceptions.js';
import { None } from '../../objects/singletons.js';
import { defNew, defMethod, defGetSet, bindArgs, argRange, noArgs } from '../../objects/native.js';
import { asDouble } from '../../objects/float_type.js';
import { tuple } from '../../objects/tuple.js';
import { callObject } from '../../runtime/call.js';
import { getAttr } from '../../runtime/attributes.js';
import { asIndex, repr, strValue, truthy } from '../../runtime/protocols.js';
import { notImplementedError, typeError, valueError, attributeError } from '../../runtime/raise.js';
import { currentInterpreter } from '../../runtime/interpreter.js';
import { importModule } from '../../runtime/import.js';
import { exceptionType } from '../../objects/exceptions.js';
import { warnAt } from '../warnings.js';
import type { HostSqliteValue } from '../../host.js';
import { fspath, fsDecode } from '../posix.js';
import { writeUnraisable } from '../unraisable.js';
import { fromSqliteValue, toSqliteValue, currentState } from './adapters.js';
import { SQLITE_EXCEPTIONS, programmingError } from './exceptions.js';
import { PyConnection, PyCursor, connectionType, cursorType, LEGACY_TRANSACTION_CONTROL, openDatabase } from './objects.js';
import { CallbackFailure, engineCall, execute, executeScript } from './cursor.js';

const CONN = (self: PyValue): PyConnection => self as PyConnection;

const ISOLATION_LEVELS = ['', 'DEFERRED', 'IMMEDIATE', 'EXCLUSIVE'];

/** isolation_level's validation: None, or one of the BEGIN modes (case-insensitively). */
function isolationLevel(v: PyValue): string | null {
  if (v === None) return null;
  if (typeof v !== 'string' && !isInstance(v, strType)) throw typeError('isolation_level must be str or None');
  const s = (typeof v === 'string' ? v : strValue(v as never)).toUpperCase();
  if (!ISOLATION_LEVELS.includes(s)) {
    throw valueError("isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', or 'EXCLUSIVE'");
  }
  return s;
}

function autocommitMode(v: PyValue): number {
  if (v === true) return 1;
  if (v === false) return 0;
  if (v === LEGACY_TRANSACTION_CONTROL) return LEGACY_TRANSACTION_CONTROL;
  throw valueError('autocommit must be True, False, or sqlite3.LEGACY_TRANSACTION_CONTROL');
}

function databasePath(v: PyValue): string {
  const p = fspath(v);
  if (p instanceof PyBytes) return fsDecode(p.data);
  return typeof p === 'string' ? p : strValue(p as never);
}

const CONNECT_PARAMS = [
  'database', 'timeout', 'detect_types', 'isolation_level', 'check_same_thread', 'factory', 'cached_statements',
  'uri', 'autocommit',
];

/** Argument Clinic's warning for parameters that become keyword-only in 3.15 ('%s' is the callable). */
export const CONNECT_POSITIONAL = "Passing more than 1 positional argument to %s is deprecated. Parameters 'timeout', "
  + "'detect_types', 'isolation_level', 'check_same_thread', 'factory', 'cached_statements' and 'uri' will become "
  + 'keyword-only parameters in Python 3.15.';

export function deprecated(message: string): void {
  warnAt(currentInterpreter(), exceptionType('DeprecationWarning'), message, 1);
}

/** The warning for passing by keyword the parameters that become positional-only in 3.15. */
function keywordsDeprecated(method: string, names: readonly string[], nargs: number, kw: Map<string, PyValue> | null): void {
  if (kw === null || nargs >= names.length) return;
  if (!names.some((n, i) => i >= nargs && kw.has(n))) return;
  const list = `'${names[0]}', '${names[1]}' and '${names[2]}'`;
  deprecated(`Passing keyword arguments ${list} to _sqlite3.Connection.${method}() is deprecated. `
    + `Parameters ${list} will become positional-only in Python 3.15.`);
}

defNew(connectionType, (cls) => cls.allocate!(cls));

defMethod(connectionType, '__init__', (self, args, kw) => {
  const [database, timeout, detectTypes, isolation, , , cached, uri, autocommit] = bindArgs(
    'Connection', CONNECT_PARAMS, args, kw, 1, 0, 8,
  );
  if (args.length > 1) deprecated(CONNECT_POSITIONAL.replace('%s', '_sqlite3.Connection()'));
  const conn = CONN(self);
  const path = databasePath(database!);
  const seconds = timeout === undefined ? 5 : asDouble(timeout);
  const types = detectTypes === undefined ? 0 : Number(asIndex(detectTypes));
  const level = isolation === undefined ? '' : isolationLevel(isolation);
  const mode = autocommit === undefined ? LEGACY_TRANSACTION_CONTROL : autocommitMode(autocommit);
  if (uri !== undefined && truthy(uri)) throw notImplementedError('sqlite3.connect(uri=True): URI filenames are not supported');
  const state = currentState();
  if (conn.db !== null) {
    conn.db.close();
    conn.db = null;
  }
  conn.statements.clear();
  conn.db = engineCall(() => state.engine.open(path, seconds));
  conn.state = state;
  conn.detectTypes = types;
  conn.isolationLevel = level;
  conn.autocommit = mode;
  conn.cacheSize = cached === undefined ? 128 : Number(asIndex(cached));
  conn.rowFactory = None;
  conn.textFactory = strType;
  conn.initialized = true;
  if (mode === 0) engineCall(() => conn.db!.exec('BEGIN'));
  return None;
});

// ---- cursors and the execute shortcuts -----------------------------------------------------------

function newCursor(conn: PyConnection, factory: PyValue | undefined): PyCursor {
  openDatabase(conn);
  const cur = callObject(factory ?? cursorType, [conn]);
  if (!isInstance(cur, cursorType)) throw typeError(`factory must return a cursor, not ${typeName(cur)}`);
  const c = cur as PyCursor;
  if (conn.rowFactory !== None) c.rowFactory = conn.rowFactory;
  return c;
}

defMethod(connectionType, 'cursor', (self, args, kw) => {
  const [factory] = bindArgs('cursor', ['factory'], args, kw);
  return newCursor(CONN(self), factory);
});

function sqlText(fname: string, v: PyValue): string {
  if (typeof v === 'string') return v;
  if (isInstance(v, strType)) return strValue(v as never);
  throw typeError(`${fname}() argument 1 must be str, not ${typeName(v)}`);
}

defMethod(connectionType, 'execute', (self, args, kw) => {
  argRange('execute', args, kw, 1, 2);
  const sql = sqlText('execute', args[0]);
  return execute(newCursor(CONN(self), undefined), false, sql, args.length > 1 ? args[1] : tuple([]));
});

defMethod(connectionType, 'executemany', (self, args, kw) => {
  argRange('executemany', args, kw, 2, 2);
  const sql = sqlText('executemany', args[0]);
  return execute(newCursor(CONN(self), undefined), true, sql, args[1]);
});

defMethod(connectionType, 'executescript', (self, args, kw) => {
  argRange('executescript', args, kw, 1, 1);
  return executeScript(newCursor(CONN(self), undefined), args[0]);
});


// ---- transactions -------------------------------------------------------------------------------------

function commit(conn: PyConnection): void {
  const db = openDatabase(conn);
  if (conn.autocommit === LEGACY_TRANSACTION_CONTROL) {
    if (db.inTransaction()) engineCall(() => db.exec('COMMIT'));
  } else if (conn.autocommit === 0) {
    engineCall(() => db.exec('COMMIT'));
    engineCall(() => db.exec('BEGIN'));
  }
}

function rollback(conn: PyConnection): void {
  const db = openDatabase(conn);
  if (conn.autocommit === LEGACY_TRANSACTION_CONTROL) {
    if (db.inTransaction()) engineCall(() => db.exec('ROLLBACK'));
  } else if (conn.autocommit === 0) {
    engineCall(() => db.exec('ROLLBACK'));
    engineCall(() => db.exec('BEGIN'));
  }
}

defMethod(connectionType, 'commit', (self, args, kw) => {
  noArgs('commit', args, kw);
  commit(CONN(self));
  return None;
});

defMethod(connectionType, 'rollback', (self, args, kw) => {
  noArgs('rollback', args, kw);
  rollback(CONN(self));
  return None;
});

defMethod(connectionType, 'close', (self, args, kw) => {
  noArgs('close', args, kw);
  const conn = CONN(self);
  const db = conn.db;
  if (db === null) return None;
  if (conn.autocommit === 0 && db.inTransaction()) engineCall(() => db.exec('ROLLBACK'));
  conn.statements.clear();
  conn.db = null;
  db.close();
  return None;
});

defMethod(connectionType, '__enter__', (self, args, kw) => {
  noArgs('__enter__', args, kw);
  return self;
});

defMethod(connectionType, '__exit__', (self, args, kw) => {
  argRange('__exit__', args, kw, 3, 3);
  const conn = CONN(self);
  if (args[0] === None && args[1] === None && args[2] === None) {
    try {
      commit(conn);
    } catch (e) {
      // A failed commit rolls back (the transaction cannot stay open) and reports the commit's error.
      if (e instanceof PyBaseException && conn.db !== null) {
        try {
          rollback(conn);
        } catch {
          // the commit's error is the one reported
        }
      }
      throw e;
    }
  } else rollback(conn);
  return false;
});

// ---- attributes -------------------------------------------------------------------------------------

defGetSet(connectionType, 'isolation_level', (self) => {
  const conn = CONN(self);
  openDatabase(conn);
  return conn.isolationLevel ?? None;
}, (self, v) => {
  const conn = CONN(self);
  openDatabase(conn);
  if (v === null) throw attributeError('cannot delete attribute');
  const level = isolationLevel(v);
  // Setting None commits, as commit() would in the current autocommit mode.
  if (level === null) commit(conn);
  conn.isolationLevel = level;
});

defGetSet(connectionType, 'autocommit', (self) => {
  const conn = CONN(self);
  openDatabase(conn);
  return conn.autocommit === LEGACY_TRANSACTION_CONTROL ? LEGACY_TRANSACTION_CONTROL : conn.autocommit === 1;
}, (self, v) => {
  const conn = CONN(self);
  const db = openDatabase(conn);
  if (v === null) throw attributeError('cannot delete attribute');
  const mode = autocommitMode(v);
  conn.autocommit = mode;
  if (mode === 1 && db.inTransaction()) engineCall(() => db.exec('COMMIT'));
  else if (mode === 0 && !db.inTransaction()) engineCall(() => db.exec('BEGIN'));
});

defGetSet(connectionType, 'in_transaction', (self) => openDatabase(CONN(self)).inTransaction(), () => {
  throw attributeError("attribute 'in_transaction' of 'sqlite3.Connection' objects is not writable");
});

defGetSet(connectionType, 'total_changes', (self) => openDatabase(CONN(self)).totalChanges(), () => {
  throw attributeError("attribute 'total_changes' of 'sqlite3.Connection' objects is not writable");
});

defGetSet(connectionType, 'row_factory', (self) => CONN(self).rowFactory, (self, v) => {
  CONN(self).rowFactory = v ?? None;
});

defGetSet(connectionType, 'text_factory', (self) => CONN(self).textFactory, (self, v) => {
  CONN(self).textFactory = v ?? None;
});

for (const [name, cls] of SQLITE_EXCEPTIONS) {
  defGetSet(connectionType, name, () => cls, () => {
    throw attributeError('readonly attribute');
  });
}

// ---- user functions and aggregates --------------------------------------------------------------------

/** Arguments SQLite passes a Python callback: TEXT is always str there (no text_factory). */
const callbackArgs = (args: HostSqliteValue[]): PyValue[] => args.map((v) => fromSqliteValue(v, strType));

/** A Python exception in a callback: reported if enable_callback_tracebacks, then the statement fails. */
function callbackFailed(conn: PyConnection, e: unknown, message: string, callback: PyValue): never {
  if (!(e instanceof PyBaseException)) throw e;
  if (e.cls === exceptionType('NotImplementedError')) throw new CallbackFailure(message, e);
  if (conn.state!.enableCallbackTracebacks) {
    writeUnraisable(currentInterpreter(), e, () => `Exception ignored on sqlite3 callback ${repr(callback)}`);
  }
  throw new CallbackFailure(message);
}

function resultValue(v: PyValue): HostSqliteValue {
  const out = toSqliteValue(v);
  if (out === undefined) throw typeError(`unsupported return type ${typeName(v)}`);
  return out;
}

function nargArg(v: PyValue | undefined): number {
  const n = Number(asIndex(v!));
  if (n < -1 || n > 127) throw programmingError(`'narg' must be between -1 and 127, not ${n}`);
  return n;
}

defMethod(connectionType, 'create_function', (self, args, kw) => {
  keywordsDeprecated('create_function', ['name', 'narg', 'func'], args.length, kw);
  const [name, narg, func, deterministic] = bindArgs('create_function', ['name', 'narg', 'func', 'deterministic'], args, kw, 3, 0, 3);
  const conn = CONN(self);
  const db = openDatabase(conn);
  const fname = sqlText('create_function', name!);
  const n = nargArg(narg);
  if (func === None) throw notImplementedError('Connection.create_function() with func=None (removing a function)');
  const fn = func!;
  engineCall(() => db.createFunction(fname, n, deterministic !== undefined && truthy(deterministic), (sqlArgs) => {
    try {
      return resultValue(callObject(fn, callbackArgs(sqlArgs)));
    } catch (e) {
      return callbackFailed(conn, e, 'user-defined function raised exception', fn);
    }
  }));
  return None;
});

defMethod(connectionType, 'create_aggregate', (self, args, kw) => {
  keywordsDeprecated('create_aggregate', ['name', 'n_arg', 'aggregate_class'], args.length, kw);
  const [name, narg, cls] = bindArgs('create_aggregate', ['name', 'n_arg', 'aggregate_class'], args, kw, 3);
  const conn = CONN(self);
  const db = openDatabase(conn);
  const fname = sqlText('create_aggregate', name!);
  const n = nargArg(narg);
  if (cls === None) throw notImplementedError('Connection.create_aggregate() with aggregate_class=None (removing a function)');
  const aggClass = cls!;
  engineCall(() => db.createAggregate(fname, n, {
    start: () => {
      try {
        return callObject(aggClass, []);
      } catch (e) {
        return callbackFailed(conn, e, "user-defined aggregate's '__init__' method raised error", aggClass);
      }
    },
    step: (state, sqlArgs) => {
      try {
        callObject(getAttr(state as PyValue, 'step'), callbackArgs(sqlArgs));
      } catch (e) {
        callbackFailed(conn, e, "user-defined aggregate's 'step' method raised error", state as PyValue);
      }
    },
    result: (state) => {
      try {
        return resultValue(callObject(getAttr(state as PyValue, 'finalize'), []));
      } catch (e) {
        return callbackFailed(conn, e, "user-defined aggregate's 'finalize' method raised error", state as PyValue);
      }
    },
  }));
  return None;
});

defMethod(connectionType, 'iterdump', (self, args, kw) => {
  const [filter] = bindArgs('iterdump', ['filter'], args, kw, 0, 0, 0);
  const conn = CONN(self);
  openDatabase(conn);
  // CPython's iterdump is Lib/sqlite3/dump.py's _iterdump, written in Python.
  const dump = importModule(currentInterpreter(), 'sqlite3.dump');
  const kwargs = new Map<string, PyValue>([['filter', filter ?? None]]);
  return callObject(getAttr(dump, '_iterdump'), [conn], kwargs);
});

/** Connection methods this host's engine does not provide. */
const UNSUPPORTED = [
  'create_collation', 'create_window_function', 'set_authorizer', 'set_progress_handler', 'set_trace_callback',
  'interrupt', 'backup', 'blobopen', 'serialize', 'deserialize', 'getlimit', 'setlimit', 'getconfig',
  'setconfig', 'enable_load_extension', 'load_extension',
];
for (const name of UNSUPPORTED) {
  defMethod(connectionType, name, () => {
    throw notImplementedError(`sqlite3.Connection.${name}() is not supported by pyrewind`);
  });
}
