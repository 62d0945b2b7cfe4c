// The base class of every native iterator. It lives alone in a leaf module (importing only object.ts)
// so that subclasses anywhere can be defined at load time whatever order modules are imported in.

import { PyObject, PyValue } from './object.js';

/** A native iterator: next() gives the next value, or undefined when exhausted (no StopIteration). */
export abstract class PyIterator extends PyObject {
  abstract next(): PyValue | undefined;
}
