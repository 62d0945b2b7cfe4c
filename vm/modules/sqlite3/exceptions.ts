// The exception hierarchy of _sqlite3 (DB-API 2.0: Warning, Error, InterfaceError, DatabaseError and
// its subclasses), and the translation of an SQLite error into the class CPython's
// _pysqlite_seterror picks from the primary result code, carrying sqlite_errorcode/sqlite_errorname.
// This file raises nothing itself; callers throw what it makes.

import { PyType, PyValue, typeType } from '../../objects/object.js';
import { PyBaseException, exceptionType } from '../../objects/exceptions.js';
import { PyDict } from '../../objects/dict.js';
import { HostSqliteError } from '../../host.js';

function sqliteExceptionType(name: string, base: PyType): PyType {
  const t = new PyType(typeType, name, [base], 'sqlite3');
  t.hasInstanceDict = true;
  return t;
}

export const SqliteWarning = sqliteExceptionType('Warning', exceptionType('Exception'));
export const SqliteError = sqliteExceptionType('Error', exceptionType('Exception'));
export const InterfaceError = sqliteExceptionType('InterfaceError', SqliteError);
export const DatabaseError = sqliteExceptionType('DatabaseError', SqliteError);
export const InternalError = sqliteExceptionType('InternalError', DatabaseError);
export const OperationalError = sqliteExceptionType('OperationalError', DatabaseError);
export const ProgrammingError = sqliteExceptionType('ProgrammingError', DatabaseError);
export const IntegrityError = sqliteExceptionType('IntegrityError', DatabaseError);
export const DataError = sqliteExceptionType('DataError', DatabaseError);
export const NotSupportedError = sqliteExceptionType('NotSupportedError', DatabaseError);

/** The classes by name, as the module and every Connection (conn.Error, ...) expose them. */
export const SQLITE_EXCEPTIONS: readonly [string, PyType][] = [
  ['Warning', SqliteWarning], ['Error', SqliteError], ['InterfaceError', InterfaceError],
  ['DatabaseError', DatabaseError], ['InternalError', InternalError], ['OperationalError', OperationalError],
  ['ProgrammingError', ProgrammingError], ['IntegrityError', IntegrityError], ['DataError', DataError],
  ['NotSupportedError', NotSupportedError],
];

export function sqliteException(cls: PyType, msg: string): PyBaseException {
  return new PyBaseException(cls, [msg]);
}

export const programmingError = (msg: string): PyBaseException => sqliteException(ProgrammingError, msg);

/** The exception class for a primary result code (the low byte of an extended one). */
function classForCode(code: number): PyType | null {
  switch (code & 0xff) {
    case 2: // SQLITE_INTERNAL
    case 12: // SQLITE_NOTFOUND
      return InternalError;
    case 7: // SQLITE_NOMEM
      return null;
    case 1: case 3: case 4: case 5: case 6: case 8: case 9: case 10: case 13: case 14: case 15: case 16: case 17:
      return OperationalError; // ERROR PERM ABORT BUSY LOCKED READONLY INTERRUPT IOERR FULL CANTOPEN PROTOCOL EMPTY SCHEMA
    case 11: // SQLITE_CORRUPT
      return DatabaseError;
    case 18: // SQLITE_TOOBIG
      return DataError;
    case 19: case 20: // SQLITE_CONSTRAINT, SQLITE_MISMATCH
      return IntegrityError;
    case 21: case 25: // SQLITE_MISUSE, SQLITE_RANGE
      return InterfaceError;
    default:
      return DatabaseError;
  }
}

/** An SQLite error as the Python exception CPython raises for it. */
export function fromSqliteError(e: HostSqliteError): PyBaseException {
  if (e.code === -1) return new PyBaseException(exceptionType('NotImplementedError'), [`sqlite3: ${e.message}`]);
  const cls = classForCode(e.code);
  if (cls === null) return new PyBaseException(exceptionType('MemoryError'), []);
  const exc = new PyBaseException(cls, [e.message]);
  setErrorCode(exc, e.code, e.codeName);
  return exc;
}

/** Set sqlite_errorcode and sqlite_errorname as instance attributes, as CPython does. */
export function setErrorCode(exc: PyBaseException, code: number, name: string): void {
  exc.dict ??= new PyDict();
  exc.dict.setStr('sqlite_errorcode', code as PyValue);
  exc.dict.setStr('sqlite_errorname', name);
}
