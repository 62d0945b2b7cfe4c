// traceback objects: one link per frame an exception passed through, innermost last.

import { PyObject, PyValue, makeBuiltinType } from './object.js';

export const tracebackType = makeBuiltinType('traceback');
tracebackType.isBaseType = false;

export class PyTraceback extends PyObject {
  constructor(
    public next: PyTraceback | null,
    /** The runtime frame (a PyObject of type frame). */
    readonly frame: PyValue,
    /** Code unit index of the instruction that was executing. */
    readonly lasti: number,
    readonly lineno: number | null,
  ) {
    super(tracebackType);
  }
}
