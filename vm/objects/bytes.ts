// bytes and bytearray: byte strings backed by Uint8Array.

import { PyObject, PyType, makeBuiltinType } from './object.js';

export const bytesType = makeBuiltinType('bytes');
export const bytearrayType = makeBuiltinType('bytearray');

export class PyBytes extends PyObject {
  constructor(
    readonly data: Uint8Array,
    cls: PyType = bytesType,
  ) {
    super(cls);
  }
}
bytesType.allocate = (cls) => new PyBytes(new Uint8Array(0), cls);

/** bytearray: `data` may be longer than `length` (amortised growth). */
export class PyByteArray extends PyObject {
  constructor(
    public data: Uint8Array,
    public length: number = data.length,
    cls: PyType = bytearrayType,
  ) {
    super(cls);
  }
  view(): Uint8Array {
    return this.data.subarray(0, this.length);
  }
}
bytearrayType.allocate = (cls) => new PyByteArray(new Uint8Array(0), 0, cls);
