// The buffer protocol as the _io classes need it: the bytes of a bytes-like argument (bytes, bytearray,
// memoryview, other exporters) to read from, and a live, writable window into a bytearray or writable memoryview for
// readinto(). Also the objects handed to Python-level raw streams: a memoryview of fresh bytes for
// write(), and a bytearray plus memoryview for readinto().
//
// No stream logic here.

import { PyObject, PyValue, typeName } from '../../objects/object.js';
import { bytesLikeData } from '../../objects/bytes_methods.js';
import { callObject } from '../../runtime/call.js';
import { PyBytes, PyByteArray } from '../../objects/bytes.js';
import { PyMemoryView, newMemoryView } from '../../objects/memoryview.js';
import { typeError, valueError } from '../../runtime/raise.js';

/** The bytes of a bytes-like object (any buffer exporter), or null for anything else (str included). */
export function readableBuffer(v: PyValue): Uint8Array | null {
  return bytesLikeData(v);
}

/** readableBuffer or "a bytes-like object is required, not 'str'". */
export function bytesArg(v: PyValue): Uint8Array {
  const d = readableBuffer(v);
  if (d === null) throw typeError(`a bytes-like object is required, not '${typeName(v)}'`);
  return d;
}

/** A writable window onto the memory of a bytearray or writable contiguous memoryview (readinto). */
export function writableBuffer(fname: string, v: PyValue): Uint8Array {
  if (v instanceof PyByteArray) return v.view();
  // Another exporter (array.array, a class with __buffer__) lends a view of its memory.
  let view = v;
  if (v instanceof PyObject && !(v instanceof PyMemoryView) && !(v instanceof PyBytes)) {
    const buffer = v.cls.lookup('__buffer__');
    if (buffer !== undefined) view = callObject(buffer, [v, 1]); // PyBUF_WRITABLE
  }
  if (view instanceof PyMemoryView && !view.readonly && view.isCContiguous()) {
    if (view.released) throw valueError('operation forbidden on released memoryview object');
    return view.data().subarray(view.offset, view.offset + view.nbytes);
  }
  throw typeError(`${fname}() argument must be read-write bytes-like object, not ${typeName(v)}`);
}

/** A read-only memoryview of a copy of `data`, as buffered streams pass to a raw stream's write(). */
export function memoryviewOf(data: Uint8Array): PyMemoryView {
  return newMemoryView(new PyBytes(data.slice()));
}

/** A fresh bytearray of n bytes and a memoryview of it, for a raw stream's readinto(). */
export function scratchView(n: number): { array: PyByteArray; view: PyMemoryView } {
  const array = new PyByteArray(new Uint8Array(n));
  return { array, view: newMemoryView(array) };
}
