// The exceptions the _io classes raise, built the way CPython's _io builds them: the type
// io.UnsupportedOperation (both OSError and ValueError), the "closed file" ValueErrors, OSErrors
// carrying an errno (EINVAL for a bad seek, as the OS reports it) and BlockingIOError.
//
// Only the exception type and constructors of exception values live here; nothing here decides when
// to raise them.

import { PyType, PyValue, typeType } from '../../objects/object.js';
import { PyBaseException, OSError, exceptionType } from '../../objects/exceptions.js';
import { valueError } from '../../runtime/raise.js';
import { posixError } from '../posix.js';

/** io.UnsupportedOperation: both an OSError and a ValueError (defined in the io module, as in CPython). */
export const UnsupportedOperation = new PyType(typeType, 'UnsupportedOperation', [exceptionType('OSError'), exceptionType('ValueError')], 'io');
UnsupportedOperation.hasInstanceDict = true;

/** io.UnsupportedOperation(msg). */
export function unsupported(msg: string): PyBaseException {
  return new PyBaseException(UnsupportedOperation, [msg]);
}

/** The ValueError of an operation on a closed stream ("I/O operation on closed file." by default). */
export function closedFile(msg = 'I/O operation on closed file.'): PyBaseException {
  return valueError(msg);
}

/** OSError(errno, strerror), of the subclass CPython picks for the errno. */
export function osError(errno: number, strerror: string): PyBaseException {
  return posixError(errno, strerror);
}

export const EINVAL = 22;
export const ESPIPE = 29;
export const EISDIR = 21;
export const EBADF = 9;

/** OSError with just a message (no errno), as CPython's _io raises for protocol violations. */
export function plainOSError(msg: string): PyBaseException {
  return new PyBaseException(OSError, [msg]);
}

/** BlockingIOError(errno, msg[, characters_written]). */
export function blockingIOError(msg: string, written?: number): PyBaseException {
  const args: PyValue[] = written === undefined ? [11, msg] : [11, msg, written];
  return new PyBaseException(exceptionType('BlockingIOError'), args);
}
