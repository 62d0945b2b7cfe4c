// The state of _sqlite3's Connection and Cursor objects and their type objects, in one file so that
// connection.ts and cursor.ts (which define the methods, and each need the other's type) do not import
// each other. No behaviour here beyond the checks every method starts with.

import { PyObject, PyType, PyValue, makeBuiltinType, objectType, strType } from '../../objects/object.js';
import { None } from '../../objects/singletons.js';
import type { HostSqliteDatabase, HostSqliteStatement, HostSqliteValue } from '../../host.js';
import type { SqliteState } from './adapters.js';
import { programmingError } from './exceptions.js';

/** autocommit's LEGACY_TRANSACTION_CONTROL value: transactions follow isolation_level. */
export const LEGACY_TRANSACTION_CONTROL = -1;

export const connectionType = makeBuiltinType('Connection', objectType, 'sqlite3');
export const cursorType = makeBuiltinType('Cursor', objectType, 'sqlite3');

export class PyConnection extends PyObject {
  state: SqliteState | null = null;
  /** The open database; null before __init__ and after close(). */
  db: HostSqliteDatabase | null = null;
  initialized = false;
  detectTypes = 0;
  /** The BEGIN mode of legacy transaction control ('', 'DEFERRED', ...), or null for autocommit. */
  isolationLevel: string | null = '';
  /** LEGACY_TRANSACTION_CONTROL, or 1/0 for autocommit=True/False. */
  autocommit = LEGACY_TRANSACTION_CONTROL;
  rowFactory: PyValue = None;
  textFactory: PyValue = strType;
  /** Compiled statements by SQL text, at most `cacheSize` (oldest dropped first). */
  readonly statements = new Map<string, HostSqliteStatement>();
  cacheSize = 128;
}

export class PyCursor extends PyObject {
  connection: PyConnection | null = null;
  initialized = false;
  description: PyValue = None;
  rowcount = -1;
  lastrowid: PyValue = None;
  arraysize = 1;
  rowFactory: PyValue = None;
  closed = false;
  /** Set while the cursor executes, so that a callback cannot reenter it. */
  locked = false;
  /** The rows of the last statement still to fetch, from `next`; null when there are none. */
  rows: HostSqliteValue[][] | null = null;
  next = 0;
  /** The converter of each column (detect_types), or null when there are no converters. */
  converters: (PyValue | null)[] | null = null;
}

connectionType.allocate = (cls: PyType) => new PyConnection(cls);
cursorType.allocate = (cls: PyType) => new PyCursor(cls);

/** pysqlite_check_connection: the connection is initialised and open; returns its database. */
export function openDatabase(conn: PyConnection): HostSqliteDatabase {
  if (!conn.initialized) throw programmingError('Base Connection.__init__ not called.');
  if (conn.db === null) throw programmingError('Cannot operate on a closed database.');
  return conn.db;
}

/** check_cursor: initialised, open, not running; returns its connection. */
export function usableCursor(cur: PyCursor): PyConnection {
  if (!cur.initialized || cur.connection === null) throw programmingError('Base Cursor.__init__ not called.');
  if (cur.closed) throw programmingError('Cannot operate on a closed cursor.');
  if (cur.locked) throw programmingError('Recursive use of cursors not allowed.');
  openDatabase(cur.connection);
  return cur.connection;
}
