// Which file objects the interpreter watches for death (vm/runtime/lifetime): an open file that the
// program drops without closing is closed when it dies, as CPython's iobase_finalize does, so that its
// buffered data reaches the file at that moment.
//
// Only the outermost layer of a file that owns its descriptor is watched: closing a TextIOWrapper closes
// its buffer and that closes its raw file, so watching the inner layers too would only cost checks. A
// closed file needs nothing more and is forgotten. The standard streams do not own their descriptors
// and are never watched.

import { PyObject, PyValue } from '../../objects/object.js';
import { currentInterpreter } from '../../runtime/interpreter.js';

/** A FileIO that owns its descriptor was opened. */
export function watchOpenedFile(f: PyObject): void {
  currentInterpreter().lifetime.watch(f);
}

/** `outer` now wraps `inner` (Buffered over FileIO, TextIOWrapper over Buffered): watch it instead. */
export function wrapWatchedFile(inner: PyValue, outer: PyObject): void {
  const lifetime = currentInterpreter().lifetime;
  if (inner instanceof PyObject && lifetime.isWatched(inner)) {
    lifetime.unwatch(inner);
    lifetime.watch(outer);
  }
}

/** `outer` was detached from `inner`, which the program now holds alone. */
export function unwrapWatchedFile(outer: PyObject, inner: PyValue): void {
  const lifetime = currentInterpreter().lifetime;
  if (lifetime.isWatched(outer)) {
    lifetime.unwatch(outer);
    if (inner instanceof PyObject) lifetime.watch(inner);
  }
}

/** The file is being closed: its death will need nothing. */
export function forgetClosedFile(f: PyObject): void {
  currentInterpreter().lifetime.unwatch(f);
}
