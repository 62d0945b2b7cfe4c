// The buffer protocol as the _io classes need it: the bytes of a bytes-like argument (bytes, bytearray,
// memoryview) to read from, and a live, writable window into a bytearray or writable memoryview for
// readinto(). Also the objects handed to Python-level raw streams: a memoryview of fresh bytes for
// write(), and a bytearray plus memoryview for readinto().
//
// No stream logic here.

import { PyValue, typeName } from '../../objects/object.js';
import { PyBytes, PyByteArray } from '../../objects/bytes.js';
import { PyMemoryView, newMemoryView } from '../../objects/memoryview.js';
import { typeError, valueError } from '../../runtime/raise.js';

/** The bytes of a bytes-like object, or null for anything else (str included). */
export function readableBuffer(v: PyValue): Uint8Array | null {
  if (v instanceof PyBytes) return v.data;
  if (v instanceof PyByteArray) return v.view();
  if (v instanceof PyMemoryView) {
    if (v.released) throw valueError('operation forbidden on released memoryview object');
    return v.bytes();
  }
  return null;
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
  if (v instanceof PyMemoryView && !v.readonly && v.isCContiguous()) {
    if (v.released) throw valueError('operation forbidden on released memoryview object');
    return v.data().subarray(v.offset, v.offset + v.nbytes);
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
