// tuple: an immutable sequence. The empty tuple is a singleton, as in CPython.
//
// Methods live here; generic sequence behaviour (comparison, hashing) uses runtime/protocols.ts.

import { PyObject, PyType, PyValue, makeBuiltinType } from './object.js';

export const tupleType = makeBuiltinType('tuple');

export class PyTuple extends PyObject {
  constructor(
    readonly items: PyValue[],
    cls: PyType = tupleType,
  ) {
    super(cls);
  }
}

export const emptyTuple = new PyTuple([]);

export function tuple(items: PyValue[]): PyTuple {
  return items.length === 0 ? emptyTuple : new PyTuple(items);
}
