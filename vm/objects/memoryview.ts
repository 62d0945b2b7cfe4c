// memoryview: a view of the bytes of a bytes or bytearray object, without copying them (CPython's
// Objects/memoryobject.c for the cases pyrewind has buffers for). A view has a format (struct codes:
// 'B' by default; cast() changes it), a shape and strides, so slices with a step and casts to wider
// items read the same memory; writes through a view of a bytearray change the bytearray.
//
// The exporter's bytes are read through `exporter` at every access, never cached: a bytearray may move
// its storage when it grows. This file must not copy data except where Python returns new bytes
// (tobytes, bytes(view)), and it does not track exports: pyrewind has no reference counting to tell
// when a view dies, so a bytearray with views can still be resized (CPython raises BufferError).

import { PyObject, PyValue, makeBuiltinType, typeName } from './object.js';
import { PyBytes, PyByteArray, bytesType } from './bytes.js';
import { PyTuple, tuple, emptyTuple } from './tuple.js';
import { PyList } from './list.js';
import { PySlice } from './slice.js';
import { PyFloat } from './float.js';
import { PyIterator } from './iterator_base.js';
import { PyMethodDescriptor, defMethod, defNew, defGetSet, defClassMethod, bindArgs, noArgs } from './native.js';
import { None, NotImplemented, Ellipsis } from './singletons.js';
import { defIteratorProtocol } from './iterator_methods.js';
import { classGetItem } from './generic_alias.js';
import { sliceIndices } from './slice_indices.js';
import { bytesHash } from './bytes_methods.js';
import { asIndex, eq, objectId, truthy } from '../runtime/protocols.js';
import { newException } from './exceptions.js';
import { callObject } from '../runtime/call.js';
import { typeError, valueError, indexError, notImplementedError } from '../runtime/raise.js';
import { normalizeBigInt } from '../numeric/int_math.js';

export const memoryviewType = makeBuiltinType('memoryview');
memoryviewType.isBaseType = false;
export const memoryIteratorType = makeBuiltinType('memory_iterator');
memoryIteratorType.isBaseType = false;

type Exporter = PyBytes | PyByteArray;

export class PyMemoryView extends PyObject {
  released = false;
  constructor(
    readonly exporter: Exporter,
    /** Byte offset of the first item in the exporter's data. */
    readonly offset: number,
    readonly format: string,
    readonly itemsize: number,
    readonly shape: number[],
    /** Byte distance between consecutive items along each dimension. */
    readonly strides: number[],
    readonly readonly: boolean,
  ) {
    super(memoryviewType);
  }

  /** The exporter's current storage (a bytearray's may have moved since the view was made). */
  data(): Uint8Array {
    return this.exporter.data;
  }

  get nbytes(): number {
    let n = this.itemsize;
    for (const s of this.shape) n *= s;
    return n;
  }

  isCContiguous(): boolean {
    let expected = this.itemsize;
    for (let d = this.shape.length - 1; d >= 0; d--) {
      if (this.shape[d] > 1 && this.strides[d] !== expected) return false;
      expected *= this.shape[d];
    }
    return true;
  }

  /** The bytes the view covers, in logical (C) order: a subarray when contiguous, else a copy. */
  bytes(): Uint8Array {
    const d = this.data();
    if (this.isCContiguous()) return d.subarray(this.offset, this.offset + this.nbytes);
    const out = new Uint8Array(this.nbytes);
    let k = 0;
    const walk = (dim: number, at: number): void => {
      if (dim === this.shape.length) {
        for (let i = 0; i < this.itemsize; i++) out[k++] = d[at + i];
        return;
      }
      for (let i = 0; i < this.shape[dim]; i++) walk(dim + 1, at + i * this.strides[dim]);
    };
    walk(0, this.offset);
    return out;
  }
}

/**
 * The bytes of a memoryview or of another buffer exporter (for bytes-like consumers), or null for
 * anything else. Exporters other than bytes and bytearray (array.array, a Python class with
 * __buffer__, PEP 688) hand out a view through their __buffer__ method.
 */
export function memoryviewData(v: PyValue): Uint8Array | null {
  if (v instanceof PyMemoryView) {
    checkReleased(v);
    return v.bytes();
  }
  if (!(v instanceof PyObject) || v instanceof PyBytes || v instanceof PyByteArray) return null;
  const buffer = v.cls.lookup('__buffer__');
  if (buffer === undefined) return null;
  const view = callObject(buffer, [v, 0]);
  if (!(view instanceof PyMemoryView)) throw typeError(`__buffer__ returned non-memoryview object`);
  return checkReleased(view).bytes();
}

const MV = (v: PyValue): PyMemoryView => checkReleased(v as PyMemoryView);

function checkReleased(m: PyMemoryView): PyMemoryView {
  if (m.released) throw valueError('operation forbidden on released memoryview object');
  return m;
}

// ---- formats ------------------------------------------------------------------------------------------

/** Item sizes of the native struct formats a view can have (a 64-bit Linux build). */
const ITEM_SIZES: Record<string, number> = {
  c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, f: 4, d: 8, e: 2, P: 8,
};

/** The struct code of a native single-character format ('B' or '@B'), or null. */
function nativeCode(format: string): string | null {
  const f = format.length === 2 && format[0] === '@' ? format.slice(1) : format;
  return f.length === 1 && ITEM_SIZES[f] !== undefined ? f : null;
}

function isByteFormat(format: string): boolean {
  const c = nativeCode(format);
  return c === 'B' || c === 'b' || c === 'c';
}

const scratch = new DataView(new ArrayBuffer(8));

/** Unpack the item at byte `at` (unpack_single). */
function unpackItem(m: PyMemoryView, at: number): PyValue {
  const d = m.data();
  const code = nativeCode(m.format);
  if (code === 'B') return d[at];
  if (code === 'b') return (d[at] << 24) >> 24;
  if (code === 'c') return new PyBytes(d.slice(at, at + 1));
  if (code === '?') return d[at] !== 0;
  for (let i = 0; i < m.itemsize; i++) scratch.setUint8(i, d[at + i]);
  switch (code) {
    case 'h': return scratch.getInt16(0, true);
    case 'H': return scratch.getUint16(0, true);
    case 'i': return scratch.getInt32(0, true);
    case 'I': return scratch.getUint32(0, true);
    case 'l': case 'q': case 'n': return normalizeBigInt(scratch.getBigInt64(0, true));
    case 'L': case 'Q': case 'N': case 'P': return normalizeBigInt(scratch.getBigUint64(0, true));
    case 'f': return new PyFloat(scratch.getFloat32(0, true));
    case 'd': return new PyFloat(scratch.getFloat64(0, true));
    case 'e': return new PyFloat(halfToNumber(scratch.getUint16(0, true)));
  }
  throw notImplementedError(`memoryview: format ${m.format} not supported`);
}

function halfToNumber(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f;
  const frac = h & 0x3ff;
  if (exp === 0) return sign * frac * 2 ** -24;
  if (exp === 31) return frac === 0 ? sign * Infinity : NaN;
  return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}

/** The integer ranges of the integer formats (pack_single's range checks). */
const INT_RANGES: Record<string, [bigint, bigint]> = {
  B: [0n, 255n], b: [-128n, 127n], h: [-32768n, 32767n], H: [0n, 65535n], i: [-(2n ** 31n), 2n ** 31n - 1n],
  I: [0n, 2n ** 32n - 1n], l: [-(2n ** 63n), 2n ** 63n - 1n], q: [-(2n ** 63n), 2n ** 63n - 1n],
  n: [-(2n ** 63n), 2n ** 63n - 1n], L: [0n, 2n ** 64n - 1n], Q: [0n, 2n ** 64n - 1n], N: [0n, 2n ** 64n - 1n],
  P: [0n, 2n ** 64n - 1n],
};

/** Pack `value` into the item at byte `at` (pack_single), with CPython's errors. */
function packItem(m: PyMemoryView, at: number, value: PyValue): void {
  const d = m.data();
  const code = nativeCode(m.format)!;
  const invalidType = () => typeError(`memoryview: invalid type for format '${m.format}'`);
  const invalidValue = () => valueError(`memoryview: invalid value for format '${m.format}'`);
  if (code === 'c') {
    if (!(value instanceof PyBytes) || value.data.length !== 1) throw invalidValue();
    d[at] = value.data[0];
    return;
  }
  if (code === '?') {
    d[at] = truthy(value) ? 1 : 0;
    return;
  }
  if (code === 'f' || code === 'd' || code === 'e') {
    let x: number;
    if (value instanceof PyFloat) x = value.value;
    else if (typeof value === 'number' || typeof value === 'boolean') x = Number(value);
    else if (typeof value === 'bigint') x = Number(value);
    else throw invalidType();
    if (code === 'f') scratch.setFloat32(0, x, true);
    else if (code === 'd') scratch.setFloat64(0, x, true);
    else throw notImplementedError("memoryview: assignment to format 'e' is not supported");
    for (let i = 0; i < m.itemsize; i++) d[at + i] = scratch.getUint8(i);
    return;
  }
  if (typeof value === 'string' || value instanceof PyFloat || (typeof value === 'object' && value.cls.lookup('__index__') === undefined)) {
    throw invalidType();
  }
  const n = asIndex(value, invalidType);
  const big = BigInt(n);
  const [lo, hi] = INT_RANGES[code];
  if (big < lo || big > hi) throw invalidValue();
  if (m.itemsize === 1) {
    d[at] = Number(big) & 0xff;
    return;
  }
  scratch.setBigUint64(0, BigInt.asUintN(64, big), true);
  for (let i = 0; i < m.itemsize; i++) d[at + i] = scratch.getUint8(i);
}

// ---- construction ----------------------------------------------------------------------------------------

/** memoryview(obj): a 1-D byte view of bytes/bytearray, or a new view of the same memory as a view. */
export function newMemoryView(obj: PyValue): PyMemoryView {
  if (obj instanceof PyMemoryView) {
    const m = checkReleased(obj);
    return new PyMemoryView(m.exporter, m.offset, m.format, m.itemsize, m.shape.slice(), m.strides.slice(), m.readonly);
  }
  if (obj instanceof PyBytes) return new PyMemoryView(obj, 0, 'B', 1, [obj.data.length], [1], true);
  if (obj instanceof PyByteArray) return new PyMemoryView(obj, 0, 'B', 1, [obj.length], [1], false);
  throw typeError(`memoryview: a bytes-like object is required, not '${typeName(obj)}'`);
}

defNew(memoryviewType, (_cls, args, kwargs) => {
  const [obj] = bindArgs('memoryview', ['object'], args, kwargs, 1);
  if (obj instanceof PyObject && !(obj instanceof PyMemoryView || obj instanceof PyBytes || obj instanceof PyByteArray)) {
    // A Python class implementing the buffer protocol (PEP 688) hands out a view of its own.
    const buffer = obj.cls.lookup('__buffer__');
    if (buffer !== undefined) {
      const v = callObject(buffer, [obj, 0]);
      if (v instanceof PyMemoryView) return newMemoryView(v);
    }
  }
  return newMemoryView(obj!);
});

// ---- attributes -------------------------------------------------------------------------------------------

defGetSet(memoryviewType, 'obj', (self) => MV(self).exporter);
defGetSet(memoryviewType, 'nbytes', (self) => MV(self).nbytes);
defGetSet(memoryviewType, 'readonly', (self) => MV(self).readonly);
defGetSet(memoryviewType, 'itemsize', (self) => MV(self).itemsize);
defGetSet(memoryviewType, 'format', (self) => MV(self).format);
defGetSet(memoryviewType, 'ndim', (self) => MV(self).shape.length);
defGetSet(memoryviewType, 'shape', (self) => tuple(MV(self).shape.slice()));
defGetSet(memoryviewType, 'strides', (self) => tuple(MV(self).strides.slice()));
defGetSet(memoryviewType, 'suboffsets', (self) => (MV(self), emptyTuple));
defGetSet(memoryviewType, 'c_contiguous', (self) => MV(self).isCContiguous());
defGetSet(memoryviewType, 'f_contiguous', (self) => {
  const m = MV(self);
  return m.shape.length <= 1 ? m.isCContiguous() : m.nbytes === 0;
});
defGetSet(memoryviewType, 'contiguous', (self) => {
  const m = MV(self);
  return m.isCContiguous();
});

defMethod(memoryviewType, '__repr__', (self) => {
  const m = self as PyMemoryView;
  return `<${m.released ? 'released ' : ''}memory at 0x${objectId(m).toString(16)}>`;
});

defMethod(memoryviewType, '__len__', (self) => {
  const m = MV(self);
  if (m.shape.length === 0) throw typeError('0-dim memory has no length');
  return m.shape[0];
});

// ---- subscripts -------------------------------------------------------------------------------------------

/** The byte position of item `key` of a 1-D view (IndexError when out of range). */
function itemPosition(m: PyMemoryView, key: PyValue): number {
  if (m.shape.length !== 1) {
    if (m.shape.length === 0) throw typeError('invalid indexing of 0-dim memory');
    throw notImplementedError('multi-dimensional sub-views are not implemented');
  }
  const raw = asIndex(key);
  let i = typeof raw === 'bigint' ? (raw < 0n ? -Infinity : Infinity) : raw;
  if (i < 0) i += m.shape[0];
  if (i < 0 || i >= m.shape[0]) throw indexError('index out of bounds on dimension 1');
  return m.offset + i * m.strides[0];
}

function isIndexLike(v: PyValue): boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' ||
    (typeof v === 'object' && !(v instanceof PySlice) && v.cls.lookup('__index__') !== undefined);
}

/** A tuple subscript: one index per dimension reads an item; anything else is refused as CPython does. */
function tuplePosition(m: PyMemoryView, key: PyTuple): number {
  const n = key.items.length;
  if (key.items.every((k) => k instanceof PySlice)) throw notImplementedError('multi-dimensional slicing is not implemented');
  if (!key.items.every(isIndexLike)) throw typeError('memoryview: invalid slice key');
  if (n !== m.shape.length) {
    if (n < m.shape.length) throw notImplementedError('sub-views are not implemented');
    throw typeError(`cannot index ${m.shape.length}-dimension view with ${n}-element tuple`);
  }
  let at = m.offset;
  for (let d = 0; d < n; d++) {
    const raw = asIndex(key.items[d]);
    let i = typeof raw === 'bigint' ? (raw < 0n ? -Infinity : Infinity) : raw;
    if (i < 0) i += m.shape[d];
    if (i < 0 || i >= m.shape[d]) throw indexError(`index out of bounds on dimension ${d + 1}`);
    at += i * m.strides[d];
  }
  return at;
}

defMethod(memoryviewType, '__getitem__', (self, args) => {
  const m = MV(self);
  const key = args[0];
  if (key instanceof PySlice) {
    if (m.shape.length !== 1) {
      if (m.shape.length === 0) throw typeError('invalid indexing of 0-dim memory');
      throw notImplementedError('multi-dimensional slicing is not implemented');
    }
    const [start, , step, count] = sliceIndices(key, m.shape[0]);
    return new PyMemoryView(m.exporter, m.offset + start * m.strides[0], m.format, m.itemsize, [count], [m.strides[0] * step], m.readonly);
  }
  if (key instanceof PyTuple) return unpackItem(m, tuplePosition(m, key));
  if (key === Ellipsis && m.shape.length === 0) return self;
  if (!isIndexLike(key)) throw typeError('memoryview: invalid slice key');
  return unpackItem(m, itemPosition(m, key));
});

defMethod(memoryviewType, '__setitem__', (self, args) => {
  const m = MV(self);
  const [key, value] = args;
  if (m.readonly) throw typeError('cannot modify read-only memory');
  if (key instanceof PySlice) {
    if (m.shape.length !== 1) throw notImplementedError('memoryview slice assignments are currently restricted to ndim = 1');
    const [start, , step, count] = sliceIndices(key, m.shape[0]);
    const src = sourceView(value);
    if (nativeCode(src.format) !== nativeCode(m.format) || src.itemsize !== m.itemsize) {
      throw valueError('memoryview assignment: lvalue and rvalue have different structures');
    }
    if (src.shape.length !== 1 || src.shape[0] !== count) {
      throw valueError('memoryview assignment: lvalue and rvalue have different structures');
    }
    // Copy the source first: source and destination may overlap.
    const bytes = src.bytes().slice();
    const d = m.data();
    for (let i = 0; i < count; i++) {
      const at = m.offset + (start + i * step) * m.strides[0];
      for (let b = 0; b < m.itemsize; b++) d[at + b] = bytes[i * m.itemsize + b];
    }
    return None;
  }
  if (key instanceof PyTuple) {
    packItem(m, tuplePosition(m, key), value);
    return None;
  }
  if (!isIndexLike(key)) throw typeError('memoryview: invalid slice key');
  packItem(m, itemPosition(m, key), value);
  return None;
});

/** The right-hand side of a slice assignment, as a view. */
function sourceView(v: PyValue): PyMemoryView {
  if (v instanceof PyMemoryView || v instanceof PyBytes || v instanceof PyByteArray) return newMemoryView(v);
  throw typeError(`a bytes-like object is required, not '${typeName(v)}'`);
}

defMethod(memoryviewType, '__delitem__', (self) => {
  if (MV(self).readonly) throw typeError('cannot modify read-only memory');
  throw typeError('cannot delete memory');
});

// ---- conversions -------------------------------------------------------------------------------------------

/** The items of the view as (nested) Python lists. */
function toList(m: PyMemoryView): PyValue {
  if (m.shape.length === 0) return unpackItem(m, m.offset);
  const walk = (dim: number, at: number): PyList => {
    const out: PyValue[] = [];
    for (let i = 0; i < m.shape[dim]; i++) {
      const p = at + i * m.strides[dim];
      out.push(dim === m.shape.length - 1 ? unpackItem(m, p) : walk(dim + 1, p));
    }
    return new PyList(out);
  };
  return walk(0, m.offset);
}

defMethod(memoryviewType, 'tolist', (self, args, kwargs) => {
  noArgs('tolist', args, kwargs);
  return toList(MV(self));
});

defMethod(memoryviewType, 'tobytes', (self, args, kwargs) => {
  const [order] = bindArgs('tobytes', ['order'], args, kwargs);
  const m = MV(self);
  if (order !== undefined && order !== None) {
    if (typeof order !== 'string') throw typeError(`tobytes() argument 'order' must be str or None, not ${typeName(order)}`);
    if (order !== 'C' && order !== 'F' && order !== 'A') throw valueError("order must be 'C', 'F' or 'A'");
  }
  return new PyBytes(m.bytes().slice());
});

defMethod(memoryviewType, 'hex', (self, args, kwargs) => {
  const bytesHex = bytesType.attrs.get('hex') as PyMethodDescriptor;
  return bytesHex.fn(new PyBytes(MV(self).bytes().slice()), args, kwargs);
});

defMethod(memoryviewType, 'toreadonly', (self, args, kwargs) => {
  noArgs('toreadonly', args, kwargs);
  const m = MV(self);
  return new PyMemoryView(m.exporter, m.offset, m.format, m.itemsize, m.shape.slice(), m.strides.slice(), true);
});

defMethod(memoryviewType, 'release', (self, args, kwargs) => {
  noArgs('release', args, kwargs);
  (self as PyMemoryView).released = true;
  return None;
});

defMethod(memoryviewType, '__enter__', (self) => MV(self));
defMethod(memoryviewType, '__exit__', (self) => {
  (self as PyMemoryView).released = true;
  return None;
});

// memoryview._from_flags(object, flags): a view asking for the buffer with PyBUF_* flags; of those only
// PyBUF_WRITABLE (1) can be refused here (a read-only exporter).
defClassMethod(memoryviewType, '_from_flags', (_cls, args, kwargs) => {
  const [obj, flags] = bindArgs('_from_flags', ['object', 'flags'], args, kwargs, 2);
  const f = asIndex(flags!);
  const view = newMemoryView(obj!);
  if ((typeof f === 'bigint' ? f & 1n : f & 1) && view.readonly) throw newException('BufferError', 'Object is not writable.');
  return view;
});

defMethod(memoryviewType, '__buffer__', (self) => newMemoryView(MV(self)));
defMethod(memoryviewType, '__release_buffer__', () => None);

defMethod(memoryviewType, 'cast', (self, args, kwargs) => {
  const [format, shapeArg] = bindArgs('cast', ['format', 'shape'], args, kwargs, 1);
  const m = MV(self);
  if (typeof format !== 'string') throw typeError(`cast() argument 'format' must be str, not ${typeName(format!)}`);
  if (!m.isCContiguous()) throw typeError('memoryview: casts are restricted to C-contiguous views');
  const code = nativeCode(format);
  if (code === null) {
    throw valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
  }
  let shape: number[] | null = null;
  if (shapeArg !== undefined && shapeArg !== None) {
    if (!(shapeArg instanceof PyList || shapeArg instanceof PyTuple)) throw typeError('shape must be a list or a tuple');
    shape = shapeArg.items.map((v) => {
      const n = asIndex(v);
      if (typeof n !== 'number' || n <= 0) throw valueError('memoryview.cast(): elements of shape must be integers > 0');
      return n;
    });
    if (m.shape.length !== 1 && shape.length !== 1) throw typeError('memoryview: cast must be 1D -> ND or ND -> 1D');
  }
  if (!isByteFormat(m.format) && !isByteFormat(format)) throw typeError('memoryview: cannot cast between two non-byte formats');
  const itemsize = ITEM_SIZES[code];
  const nbytes = m.nbytes;
  if (shape === null) {
    if (nbytes % itemsize !== 0) throw typeError('memoryview: length is not a multiple of itemsize');
    shape = [nbytes / itemsize];
  } else {
    let product = itemsize;
    for (const s of shape) product *= s;
    if (product !== nbytes) throw typeError('memoryview: product(shape) * itemsize != buffer size');
  }
  const strides: number[] = new Array(shape.length);
  let stride = itemsize;
  for (let d = shape.length - 1; d >= 0; d--) {
    strides[d] = stride;
    stride *= shape[d];
  }
  return new PyMemoryView(m.exporter, m.offset, format, itemsize, shape, strides, m.readonly);
});

// ---- sequence methods ------------------------------------------------------------------------------------

function items1d(m: PyMemoryView, what: string): PyValue[] {
  if (m.shape.length === 0) throw typeError('invalid indexing of 0-dim memory');
  if (m.shape.length !== 1) throw notImplementedError(`multi-dimensional ${what} is not implemented`);
  const out: PyValue[] = [];
  for (let i = 0; i < m.shape[0]; i++) out.push(unpackItem(m, m.offset + i * m.strides[0]));
  return out;
}

defMethod(memoryviewType, 'count', (self, args, kwargs) => {
  const [value] = bindArgs('count', ['value'], args, kwargs, 1, 1);
  let n = 0;
  for (const v of items1d(MV(self), 'lookup')) if (v === value || eq(v, value!)) n++;
  return n;
});

defMethod(memoryviewType, 'index', (self, args, kwargs) => {
  const [value, startArg, stopArg] = bindArgs('index', ['value', 'start', 'stop'], args, kwargs, 1, 3);
  const items = items1d(MV(self), 'lookup');
  const clip = (v: PyValue | undefined, dflt: number): number => {
    if (v === undefined) return dflt;
    const raw = asIndex(v);
    let i = typeof raw === 'bigint' ? (raw < 0n ? -Infinity : Infinity) : raw;
    if (i < 0) i = Math.max(0, i + items.length);
    return Math.min(i, items.length);
  };
  const start = clip(startArg, 0);
  const stop = clip(stopArg, items.length);
  for (let i = start; i < stop; i++) if (items[i] === value || eq(items[i], value!)) return i;
  throw valueError('memoryview.index(x): x not found');
});

class MemoryIterator extends PyIterator {
  private i = 0;
  constructor(private readonly view: PyMemoryView) {
    super(memoryIteratorType);
  }
  next(): PyValue | undefined {
    const m = this.view;
    if (m.released || this.i >= m.shape[0]) return undefined;
    return unpackItem(m, m.offset + this.i++ * m.strides[0]);
  }
}
defIteratorProtocol(memoryIteratorType, null);

defMethod(memoryviewType, '__iter__', (self) => {
  const m = MV(self);
  if (m.shape.length === 0) throw typeError('invalid indexing of 0-dim memory');
  if (m.shape.length !== 1) throw notImplementedError('multi-dimensional sub-views are not implemented');
  return new MemoryIterator(m);
});

// ---- comparison and hash -------------------------------------------------------------------------------

defMethod(memoryviewType, '__eq__', (self, args) => {
  const m = self as PyMemoryView;
  const other = args[0];
  if (other === self) return true;
  if (!(other instanceof PyMemoryView || other instanceof PyBytes || other instanceof PyByteArray)) return NotImplemented;
  if (m.released || (other instanceof PyMemoryView && other.released)) return false;
  const o = newMemoryView(other);
  if (m.shape.length !== o.shape.length) return false;
  for (let d = 0; d < m.shape.length; d++) if (m.shape[d] !== o.shape[d]) return false;
  // Items are compared as the Python values their formats give (so 'B' 97 equals 'c' b'a' only if equal).
  if (nativeCode(m.format) === nativeCode(o.format)) {
    const a = m.bytes();
    const b = o.bytes();
    if (nativeCode(m.format) !== 'd' && nativeCode(m.format) !== 'f' && nativeCode(m.format) !== 'e') {
      if (a.length !== b.length) return false;
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
      return true;
    }
  }
  const x = flatItems(m);
  const y = flatItems(o);
  for (let i = 0; i < x.length; i++) if (!eq(x[i], y[i])) return false;
  return true;
});

function flatItems(m: PyMemoryView): PyValue[] {
  const out: PyValue[] = [];
  const walk = (dim: number, at: number): void => {
    if (dim === m.shape.length) {
      out.push(unpackItem(m, at));
      return;
    }
    for (let i = 0; i < m.shape[dim]; i++) walk(dim + 1, at + i * m.strides[dim]);
  };
  walk(0, m.offset);
  return out;
}

defMethod(memoryviewType, '__hash__', (self) => {
  const m = MV(self);
  if (!m.readonly) throw valueError('cannot hash writable memoryview object');
  if (!isByteFormat(m.format)) throw valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
  return bytesHash(m.bytes());
});

defMethod(memoryviewType, '__reduce__', () => {
  throw typeError("cannot pickle 'memoryview' object");
});

classGetItem(memoryviewType);
