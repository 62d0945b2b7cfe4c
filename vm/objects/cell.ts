// cell: the box that holds a variable shared between a function and its closures.

import { PyObject, PyValue, makeBuiltinType } from './object.js';

export const cellType = makeBuiltinType('cell');

export class PyCell extends PyObject {
  /** undefined while the variable is unbound. */
  constructor(public value: PyValue | undefined = undefined) {
    super(cellType);
  }
}
