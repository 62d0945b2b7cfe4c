// PySequence_Fast: the items of a list or tuple as they are, or of any other iterable collected into a
// new array, for the natives that need all the items of an argument at once (str.join, bytes.join,
// slice assignment). Only a TypeError from iter() is replaced by the caller's message, as CPython does.
//
// The returned array may be the list's or tuple's own: callers read it and must not change it.

import { PyValue } from './object.js';
import { PyList } from './list.js';
import { PyTuple } from './tuple.js';
import { PyBaseException, TypeError as TypeErrorType } from './exceptions.js';
import { getIter, iterNext } from '../runtime/protocols.js';
import { typeError } from '../runtime/raise.js';

/** The items of `v` (read-only); TypeError(message) when `v` is not iterable. */
export function sequenceFast(v: PyValue, message: string): readonly PyValue[] {
  // Subclasses may override __iter__, so only the exact types give their array directly.
  if ((v instanceof PyList || v instanceof PyTuple) && !v.cls.isHeap) return v.items;
  let it: PyValue;
  try {
    it = getIter(v);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(TypeErrorType)) throw typeError(message);
    throw e;
  }
  const out: PyValue[] = [];
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return out;
    out.push(x);
  }
}
