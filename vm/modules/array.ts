// The array module (CPython's Modules/arraymodule.c): array.array, typed arrays of numbers ('bBhHiIlLqQfd')
// and characters ('w', and the deprecated 'u'), with CPython's conversions, range errors, sequence
// protocol, byte conversions, comparisons, pickling (_array_reconstructor) and the buffer protocol.
//
// Sizes are those of a 64-bit Linux build ('l'/'L' take 8 bytes, 'u' is a 4-byte wchar_t), as in
// struct and memoryview. Items live as raw little-endian bytes in a bytearray object, `store`, which is
// also what memoryview(array) exports: a view reads the store's current storage at each access, so
// growing the array (which replaces store.data) never leaves a view on stale memory. CPython instead
// forbids resizing an array while a view exists (BufferError); pyrewind cannot tell when views die.

import { PyObject, PyType, PyValue, typeName, typeOf, makeBuiltinType, isInstance, strType } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyList } from '../objects/list.js';
import { PyTuple } from '../objects/tuple.js';
import { PyBytes, PyByteArray } from '../objects/bytes.js';
import { PySlice } from '../objects/slice.js';
import { PyFloat } from '../objects/float.js';
import { PyMemoryView } from '../objects/memoryview.js';
import { PyIterator } from '../objects/iterator_base.js';
import { PyNativeFunction, defNew, defMethod, defGetSet, noArgs, oneArg, argRange } from '../objects/native.js';
import { defIteratorProtocol } from '../objects/iterator_methods.js';
import { classGetItem } from '../objects/generic_alias.js';
import { sliceIndices } from '../objects/slice_indices.js';
import { bytesLikeData } from '../objects/bytes_methods.js';
import { newUnicodeDecodeError } from '../objects/unicode_errors.js';
import { PyBaseException, exceptionType } from '../objects/exceptions.js';
import { None, NotImplemented } from '../objects/singletons.js';
import { asDouble } from '../objects/float_type.js';
import { asIndex, eq, getIter, iterNext, repr, richCompare, strValue, objectId, Cmp } from '../runtime/protocols.js';
import { getAttr } from '../runtime/attributes.js';
import { callObject } from '../runtime/call.js';
import { typeError, valueError, indexError, overflowError, eofError, runtimeError } from '../runtime/raise.js';
import { normalizeBigInt } from '../numeric/int_math.js';
import { warnAt } from './warnings.js';
import { builtinDoc } from '../objects/doc_source.js';
import { registerNativeModule } from './registry.js';
import { currentInterpreter, type Interpreter } from '../runtime/interpreter.js';

type Args = PyValue[];
type Kw = Map<string, PyValue> | null;

// ---- item codecs --------------------------------------------------------------------------------------

interface Codec {
  code: string;
  size: number;
  /** The machine format code of pickles (arraymodule.c's enum machine_format_code, little-endian). */
  mformat: number;
  get(dv: DataView, at: number): PyValue;
  /** Checks and converts a Python value, throwing CPython's error; the result is what put() stores. */
  convert(v: PyValue): number | bigint | string;
  put(dv: DataView, at: number, x: number | bigint | string): void;
}

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

function intOf(v: PyValue): number | bigint {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  return asIndex(v);
}

/** PyArg_Parse with a C long underneath: "Python int too large to convert to C long". */
function asLong(v: PyValue): number {
  const n = intOf(v);
  if (typeof n === 'bigint') {
    if (n < LONG_MIN || n > LONG_MAX) throw overflowError('Python int too large to convert to C long');
    return Number(n); // only the range checks that follow look at it
  }
  return n;
}

function rangeCheck(n: number, lo: number, hi: number, what: string): number {
  if (n < lo) throw overflowError(`${what} is less than minimum`);
  if (n > hi) throw overflowError(`${what} is greater than maximum`);
  return n;
}

/** PyLong_AsUnsignedLong (64-bit) over __index__. */
function asUnsignedLong(v: PyValue): bigint {
  const n = BigInt(intOf(v));
  if (n < 0n) throw overflowError("can't convert negative value to unsigned int");
  if (n >= 1n << 64n) throw overflowError('Python int too large to convert to C unsigned long');
  return n;
}

function charOf(v: PyValue): string {
  let s: string | undefined;
  if (typeof v === 'string') s = v;
  else if (v instanceof PyObject && isInstance(v, strType)) s = strValue(v);
  if (s === undefined) throw typeError(`array item must be a unicode character, not ${typeName(v)}`);
  const cp = s.codePointAt(0);
  const n = cp === undefined ? 0 : s.length === (cp > 0xffff ? 2 : 1) ? 1 : [...s].length;
  if (n !== 1) throw typeError(`array item must be a unicode character, not a string of length ${n}`);
  return s;
}

const intCodec = (
  code: string,
  size: number,
  mformat: number,
  get: (dv: DataView, at: number) => PyValue,
  convert: (v: PyValue) => number | bigint,
  put: (dv: DataView, at: number, x: number | bigint) => void,
): Codec => ({ code, size, mformat, get, convert, put: put as Codec['put'] });

const CODECS: Record<string, Codec> = {
  b: intCodec('b', 1, 1, (dv, at) => dv.getInt8(at), (v) => {
    const n = rangeCheck(asLong(v), -32768, 32767, 'signed short integer');
    return rangeCheck(n, -128, 127, 'signed char');
  }, (dv, at, x) => dv.setInt8(at, x as number)),
  B: intCodec('B', 1, 0, (dv, at) => dv.getUint8(at), (v) => rangeCheck(asLong(v), 0, 255, 'unsigned byte integer'),
    (dv, at, x) => dv.setUint8(at, x as number)),
  h: intCodec('h', 2, 4, (dv, at) => dv.getInt16(at, true), (v) => rangeCheck(asLong(v), -32768, 32767, 'signed short integer'),
    (dv, at, x) => dv.setInt16(at, x as number, true)),
  H: intCodec('H', 2, 2, (dv, at) => dv.getUint16(at, true), (v) => {
    const n = rangeCheck(asLong(v), -0x80000000, 0x7fffffff, 'signed integer');
    return rangeCheck(n, 0, 65535, 'unsigned short');
  }, (dv, at, x) => dv.setUint16(at, x as number, true)),
  i: intCodec('i', 4, 8, (dv, at) => dv.getInt32(at, true), (v) => rangeCheck(asLong(v), -0x80000000, 0x7fffffff, 'signed integer'),
    (dv, at, x) => dv.setInt32(at, x as number, true)),
  I: intCodec('I', 4, 6, (dv, at) => dv.getUint32(at, true), (v) => {
    const n = asUnsignedLong(v);
    if (n > 0xffffffffn) throw overflowError('unsigned int is greater than maximum');
    return Number(n);
  }, (dv, at, x) => dv.setUint32(at, x as number, true)),
  l: intCodec('l', 8, 12, (dv, at) => normalizeBigInt(dv.getBigInt64(at, true)), (v) => {
    const n = intOf(v);
    if (typeof n === 'bigint' && (n < LONG_MIN || n > LONG_MAX)) throw overflowError('Python int too large to convert to C long');
    return n;
  }, (dv, at, x) => dv.setBigInt64(at, BigInt(x), true)),
  L: intCodec('L', 8, 10, (dv, at) => normalizeBigInt(dv.getBigUint64(at, true)), asUnsignedLong,
    (dv, at, x) => dv.setBigUint64(at, BigInt(x), true)),
  q: intCodec('q', 8, 12, (dv, at) => normalizeBigInt(dv.getBigInt64(at, true)), (v) => {
    const n = intOf(v);
    if (typeof n === 'bigint' && (n < LONG_MIN || n > LONG_MAX)) throw overflowError('int too big to convert');
    return n;
  }, (dv, at, x) => dv.setBigInt64(at, BigInt(x), true)),
  Q: intCodec('Q', 8, 10, (dv, at) => normalizeBigInt(dv.getBigUint64(at, true)), (v) => {
    const n = intOf(v);
    if (n < 0) throw overflowError("can't convert negative int to unsigned");
    if (typeof n === 'bigint' && n >= 1n << 64n) throw overflowError('int too big to convert');
    return n;
  }, (dv, at, x) => dv.setBigUint64(at, BigInt(x), true)),
  f: {
    code: 'f', size: 4, mformat: 14,
    get: (dv, at) => new PyFloat(dv.getFloat32(at, true)),
    convert: (v) => (v instanceof PyFloat ? v.value : asDouble(v)),
    put: (dv, at, x) => dv.setFloat32(at, x as number, true),
  },
  d: {
    code: 'd', size: 8, mformat: 16,
    get: (dv, at) => new PyFloat(dv.getFloat64(at, true)),
    convert: (v) => (v instanceof PyFloat ? v.value : asDouble(v)),
    put: (dv, at, x) => dv.setFloat64(at, x as number, true),
  },
  w: {
    code: 'w', size: 4, mformat: 20,
    get: (dv, at) => {
      const cp = dv.getUint32(at, true);
      if (cp > 0x10ffff) throw valueError('chr() arg not in range(0x110000)');
      return String.fromCodePoint(cp);
    },
    convert: charOf,
    put: (dv, at, x) => dv.setUint32(at, (x as string).codePointAt(0)!, true),
  },
};
CODECS.u = { ...CODECS.w, code: 'u' };

const TYPECODES = 'bBuwhHiIlLqQfd';

// ---- the array object ---------------------------------------------------------------------------------

export const arrayType = makeBuiltinType('array', undefined, 'array');
const arrayIteratorType = makeBuiltinType('arrayiterator', undefined, 'array');
arrayIteratorType.isBaseType = false;

export class PyArray extends PyObject {
  /** The items' bytes: store.data[0 .. store.length). */
  readonly store = new PyByteArray(new Uint8Array(0), 0);
  private dv: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(0));
  private dvData: Uint8Array | null = null;
  constructor(cls: PyType, readonly codec: Codec) {
    super(cls);
  }

  get length(): number {
    return this.store.length / this.codec.size;
  }

  view(): DataView {
    const d = this.store.data;
    if (this.dvData !== d) {
      this.dv = new DataView(d.buffer, d.byteOffset, d.byteLength);
      this.dvData = d;
    }
    return this.dv;
  }

  bytes(): Uint8Array {
    return this.store.data.subarray(0, this.store.length);
  }

  item(i: number): PyValue {
    return this.codec.get(this.view(), i * this.codec.size);
  }

  /**
   * CPython's `allocated`: the capacity in items that arraymodule.c's policy would have given this array
   * (what __sizeof__ reports). The store's real capacity follows its own growth and is not shown.
   */
  allocated = 0;

  /** Makes room for n items in all (never shrinks the capacity), as array_resize() does. */
  resize(n: number): void {
    this.allocated = resizedCapacity(this.allocated, this.length, n);
    const nbytes = n * this.codec.size;
    const st = this.store;
    if (nbytes > st.data.length) {
      const grown = new Uint8Array(Math.max(nbytes, st.data.length + (st.data.length >> 1) + 16));
      grown.set(st.data.subarray(0, st.length));
      st.data = grown;
    } else if (nbytes < st.length) {
      st.data.fill(0, nbytes, st.length);
    }
    st.length = nbytes;
  }

  append(v: PyValue): void {
    const x = this.codec.convert(v);
    const n = this.length;
    this.resize(n + 1);
    this.codec.put(this.view(), n * this.codec.size, x);
  }

  appendBytes(b: Uint8Array): void {
    const at = this.store.length;
    this.resize(this.length + b.length / this.codec.size);
    this.store.data.set(b, at);
  }

  setItem(i: number, v: PyValue): void {
    this.codec.put(this.view(), i * this.codec.size, this.codec.convert(v));
  }

  /** Replaces items [lo, hi) by the bytes `b` (a whole number of items). */
  splice(lo: number, hi: number, b: Uint8Array): void {
    const sz = this.codec.size;
    const tail = this.bytes().slice(hi * sz);
    this.resize(lo + b.length / sz + tail.length / sz);
    this.store.data.set(b, lo * sz);
    this.store.data.set(tail, lo * sz + b.length);
  }
}

const A = (v: PyValue): PyArray => v as PyArray;

/**
 * array_resize()'s capacity for `newsize` items, from the current capacity and size: kept while it is
 * large enough and the array does not shrink by 16 or more, freed at 0, else over-allocated by about
 * 1/16 (the pattern 0, 4, 8, 16, 25, 34, 46, 56, 67, 79...). A capacity of 0 means no buffer at all.
 */
function resizedCapacity(allocated: number, size: number, newsize: number): number {
  if (allocated >= newsize && size < newsize + 16 && allocated > 0) return allocated;
  if (newsize === 0) return 0;
  return (newsize >> 4) + (size < 8 ? 3 : 7) + newsize;
}

/** A new array holding exactly `data` (newarrayobject(): a copy, slice, concatenation or repetition). */
function arrayOfBytes(codec: Codec, data: Uint8Array, cls: PyType = arrayType): PyArray {
  const out = newArray(codec, cls);
  out.appendBytes(data);
  out.allocated = data.length / codec.size;
  return out;
}

function newArray(codec: Codec, cls: PyType = arrayType): PyArray {
  return new PyArray(cls, codec);
}

function isArray(v: PyValue): v is PyArray {
  return v instanceof PyArray;
}

let currentInterp: Interpreter | null = null;

function isStr(v: PyValue): boolean {
  return typeof v === 'string' || (v instanceof PyObject && isInstance(v, strType));
}

function strOf(v: PyValue): string {
  return typeof v === 'string' ? v : strValue(v as PyObject);
}

function extendFromIterable(a: PyArray, it: PyValue): void {
  const iter = getIter(it);
  for (let v = iterNext(iter); v !== undefined; v = iterNext(iter)) a.append(v);
}

function fromUnicode(a: PyArray, s: string): void {
  const sz = a.codec.size;
  const cps = Array.from(s, (ch) => ch.codePointAt(0)!);
  const n = a.length;
  a.resize(n + cps.length);
  const dv = a.view();
  for (let k = 0; k < cps.length; k++) dv.setUint32((n + k) * sz, cps[k], true);
}

function frombytes(a: PyArray, b: Uint8Array): void {
  if (b.length % a.codec.size !== 0) throw valueError('bytes length not a multiple of item size');
  a.appendBytes(b.slice());
}

function isUnicodeCode(c: string): boolean {
  return c === 'u' || c === 'w';
}

defNew(arrayType, (cls, args, kw) => {
  if (cls === arrayType && kw !== null && kw.size > 0) throw typeError('array.array() takes no keyword arguments');
  if (args.length < 1) throw typeError(`array() takes at least 1 argument (${args.length} given)`);
  if (args.length > 2) throw typeError(`array() takes at most 2 arguments (${args.length} given)`);
  const tc = args[0];
  if (!isStr(tc)) throw typeError(`array() argument 1 must be a unicode character, not ${typeName(tc)}`);
  const tcs = strOf(tc);
  if ([...tcs].length !== 1) throw typeError(`array() argument 1 must be a unicode character, not a string of length ${[...tcs].length}`);
  const codec = CODECS[tcs];
  if (codec === undefined) throw valueError('bad typecode (must be b, B, u, w, h, H, i, I, l, L, q, Q, f or d)');
  if (tcs === 'u' && currentInterp !== null) {
    warnAt(currentInterp, exceptionType('DeprecationWarning'), "The 'u' type code is deprecated and will be removed in Python 3.16", 1);
  }
  const init = args[1];
  if (init !== undefined && isStr(init) && !isUnicodeCode(tcs)) {
    throw typeError(`cannot use a str to initialize an array with typecode '${tcs}'`);
  }
  if (init !== undefined && isArray(init) && isUnicodeCode(init.codec.code) && !isUnicodeCode(tcs)) {
    throw typeError(`cannot use a unicode array to initialize an array with typecode '${tcs}'`);
  }
  const a = newArray(codec, cls);
  if (init === undefined) return a;
  if (isStr(init)) {
    // The array takes over a buffer of exactly the string's code points.
    fromUnicode(a, strOf(init));
    a.allocated = a.length;
    return a;
  }
  if (init instanceof PyBytes || init instanceof PyByteArray) {
    frombytes(a, init instanceof PyBytes ? init.data : init.view());
    return a;
  }
  if (isArray(init) && init.codec === codec) {
    a.appendBytes(init.bytes().slice());
    a.allocated = a.length;
    return a;
  }
  extendFromIterable(a, init);
  // A list or tuple (subclasses too) is measured first and the array made that size; any other
  // iterable is appended item by item.
  if (init instanceof PyList || init instanceof PyTuple) a.allocated = a.length;
  return a;
});
defMethod(arrayType, '__init__', () => None);

defGetSet(arrayType, 'typecode', (self) => A(self).codec.code);
defGetSet(arrayType, 'itemsize', (self) => A(self).codec.size);
arrayType.attrs.set('__hash__', None);
classGetItem(arrayType);

defMethod(arrayType, '__len__', (self) => A(self).length);

defMethod(arrayType, '__repr__', (self) => {
  const a = A(self);
  const name = typeOf(a).name;
  if (a.length === 0) return `${name}('${a.codec.code}')`;
  if (isUnicodeCode(a.codec.code)) return `${name}('${a.codec.code}', ${repr(toUnicode(a))})`;
  return `${name}('${a.codec.code}', ${repr(toList(a))})`;
});

function toList(a: PyArray): PyList {
  const n = a.length;
  const items: PyValue[] = new Array(n);
  for (let i = 0; i < n; i++) items[i] = a.item(i);
  return new PyList(items);
}

/** tounicode(): the items decoded as UTF-32, so that invalid code points raise as the codec does. */
function toUnicode(a: PyArray): string {
  const n = a.length;
  const dv = a.view();
  let s = '';
  for (let i = 0; i < n; i++) {
    const cp = dv.getUint32(i * 4, true);
    if (cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)) {
      const reason = cp > 0x10ffff ? 'code point not in range(0x110000)' : 'code point in surrogate code point range(0xd800, 0xe000)';
      const data = a.bytes().slice();
      throw newUnicodeDecodeError('utf-32-le', new PyBytes(data), data, i * 4, i * 4 + 4, reason);
    }
    s += String.fromCodePoint(cp);
  }
  return s;
}

function normIndex(a: PyArray, key: PyValue, msg: string): number {
  const n = a.length;
  let i = Number(asIndex(key));
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw indexError(msg);
  return i;
}

function hasIndex(v: PyValue): boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || typeOf(v).lookup('__index__') !== undefined;
}

function sliceCopy(a: PyArray, start: number, step: number, count: number): PyArray {
  const out = newArray(a.codec);
  const sz = a.codec.size;
  out.resize(count);
  out.allocated = count;
  const src = a.bytes();
  const dst = out.store.data;
  if (step === 1) dst.set(src.subarray(start * sz, (start + count) * sz));
  else {
    for (let k = 0, i = start; k < count; k++, i += step) dst.set(src.subarray(i * sz, i * sz + sz), k * sz);
  }
  return out;
}

defMethod(arrayType, '__getitem__', (self, args) => {
  const a = A(self);
  const key = args[0];
  if (key instanceof PySlice) {
    const [start, , step, count] = sliceIndices(key, a.length);
    return sliceCopy(a, start, step, count);
  }
  if (!hasIndex(key)) throw typeError('array indices must be integers');
  return a.item(normIndex(a, key, 'array index out of range'));
});

defMethod(arrayType, '__setitem__', (self, args) => {
  const a = A(self);
  const [key, value] = args;
  if (!(key instanceof PySlice)) {
    if (!hasIndex(key)) throw typeError('array indices must be integers');
    a.setItem(normIndex(a, key, 'array assignment index out of range'), value);
    return None;
  }
  if (!isArray(value)) throw typeError(`can only assign array (not "${typeName(value)}") to array slice`);
  if (value.codec !== a.codec) throw typeError('bad argument type for built-in operation');
  const src = value.bytes().slice();
  const [start, stop, step, count] = sliceIndices(key, a.length);
  const sz = a.codec.size;
  if (step === 1) {
    a.splice(start, Math.max(start, stop), src);
    return None;
  }
  const n = src.length / sz;
  if (n === 0) {
    // Assigning an empty array to an extended slice deletes it, as in CPython.
    deleteSlice(a, key);
    return None;
  }
  if (n !== count) throw valueError(`attempt to assign array of size ${n} to extended slice of size ${count}`);
  const d = a.store.data;
  for (let k = 0, i = start; k < count; k++, i += step) d.set(src.subarray(k * sz, k * sz + sz), i * sz);
  return None;
});

function deleteSlice(a: PyArray, key: PySlice): void {
  const [start, stop, step, count] = sliceIndices(key, a.length);
  if (count === 0) return;
  if (step === 1) {
    a.splice(start, stop, new Uint8Array(0));
    return;
  }
  const drop = new Set<number>();
  for (let k = 0, i = start; k < count; k++, i += step) drop.add(i);
  const sz = a.codec.size;
  const src = a.bytes().slice();
  const out = new Uint8Array(src.length - count * sz);
  for (let i = 0, j = 0; i < a.length; i++) {
    if (drop.has(i)) continue;
    out.set(src.subarray(i * sz, i * sz + sz), j * sz);
    j++;
  }
  a.splice(0, a.length, out);
}

defMethod(arrayType, '__delitem__', (self, args) => {
  const a = A(self);
  const key = args[0];
  if (key instanceof PySlice) deleteSlice(a, key);
  else {
    if (!hasIndex(key)) throw typeError('array indices must be integers');
    const i = normIndex(a, key, 'array assignment index out of range');
    a.splice(i, i + 1, new Uint8Array(0));
  }
  return None;
});

defMethod(arrayType, '__contains__', (self, args) => {
  const a = A(self);
  for (let i = 0; i < a.length; i++) if (eq(a.item(i), args[0])) return true;
  return false;
});

class ArrayIterator extends PyIterator {
  i = 0;
  constructor(readonly a: PyArray) {
    super(arrayIteratorType);
  }
  next(): PyValue | undefined {
    if (this.i >= this.a.length) return undefined;
    return this.a.item(this.i++);
  }
}
defIteratorProtocol(arrayIteratorType, null);
defMethod(arrayType, '__iter__', (self) => new ArrayIterator(A(self)));
// Pickling and copying: (iter, (array,), index), or (iter, ((),)) once exhausted; __setstate__ moves.
defMethod(arrayIteratorType, '__reduce__', (self) => {
  const it = self as ArrayIterator;
  const iterFn = currentInterpreter().builtins.getStr('iter')!;
  if (it.i >= it.a.length) return new PyTuple([iterFn, new PyTuple([new PyTuple([])])]);
  return new PyTuple([iterFn, new PyTuple([it.a]), it.i]);
});
defMethod(arrayIteratorType, '__setstate__', (self, args, kw) => {
  argRange('__setstate__', args, kw, 1, 1);
  const it = self as ArrayIterator;
  const n = asIndex(args[0]);
  it.i = typeof n === 'bigint' ? (n < 0n ? 0 : it.a.length) : Math.max(0, Math.min(n, it.a.length));
  return None;
});

// ---- arithmetic and comparisons -----------------------------------------------------------------------

function concat(a: PyArray, b: PyValue): PyArray {
  if (!isArray(b)) throw typeError(`can only append array (not "${typeName(b)}") to array`);
  if (b.codec !== a.codec) throw typeError('bad argument type for built-in operation');
  const ab = a.bytes();
  const data = new Uint8Array(ab.length + b.store.length);
  data.set(ab);
  data.set(b.bytes(), ab.length);
  return arrayOfBytes(a.codec, data);
}

function repeatCount(v: PyValue): number | null {
  if (!hasIndex(v)) return null;
  const n = asIndex(v);
  return typeof n === 'bigint' ? (n < 0n ? 0 : Number.MAX_SAFE_INTEGER) : Math.max(0, n);
}

function repeated(b: Uint8Array, n: number): Uint8Array {
  if (b.length > 0 && n * b.length > 2 ** 31) throw new PyBaseException(exceptionType('MemoryError'), []);
  const out = new Uint8Array(b.length * n);
  for (let k = 0; k < n; k++) out.set(b, k * b.length);
  return out;
}

defMethod(arrayType, '__add__', (self, args) => concat(A(self), args[0]));
defMethod(arrayType, '__iadd__', (self, args) => {
  const a = A(self);
  const b = args[0];
  if (!isArray(b)) throw typeError(`can only extend array with array (not "${typeName(b)}")`);
  if (b.codec !== a.codec) throw typeError('bad argument type for built-in operation');
  a.appendBytes(b.bytes().slice());
  return a;
});
function mul(self: PyValue, args: Args): PyValue {
  const a = A(self);
  const n = repeatCount(args[0]);
  if (n === null) return NotImplemented;
  return arrayOfBytes(a.codec, repeated(a.bytes(), n));
}
defMethod(arrayType, '__mul__', mul);
defMethod(arrayType, '__rmul__', mul);
defMethod(arrayType, '__imul__', (self, args) => {
  const a = A(self);
  const n = repeatCount(args[0]);
  if (n === null) return NotImplemented;
  const b = repeated(a.bytes(), n);
  a.splice(0, a.length, b);
  return a;
});

function compare(op: Cmp) {
  return (self: PyValue, args: Args): PyValue => {
    const a = A(self);
    const b = args[0];
    if (!isArray(b)) return NotImplemented;
    const na = a.length;
    const nb = b.length;
    if (na !== nb && (op === Cmp.EQ || op === Cmp.NE)) return op === Cmp.NE;
    if (a.codec === b.codec && a.codec.code !== 'f' && a.codec.code !== 'd') return compareRaw(a, b, op);
    let i = 0;
    for (; i < na && i < nb; i++) {
      if (!eq(a.item(i), b.item(i))) break;
    }
    if (i >= na || i >= nb) {
      switch (op) {
        case Cmp.LT: return na < nb;
        case Cmp.LE: return na <= nb;
        case Cmp.EQ: return na === nb;
        case Cmp.NE: return na !== nb;
        case Cmp.GT: return na > nb;
        default: return na >= nb;
      }
    }
    if (op === Cmp.EQ) return false;
    if (op === Cmp.NE) return true;
    return richCompare(a.item(i), b.item(i), op);
  };
}
function cmpResult(c: number, op: Cmp): boolean {
  switch (op) {
    case Cmp.LT: return c < 0;
    case Cmp.LE: return c <= 0;
    case Cmp.EQ: return c === 0;
    case Cmp.NE: return c !== 0;
    case Cmp.GT: return c > 0;
    default: return c >= 0;
  }
}

/**
 * Arrays of one integer or character type compare their raw items (CPython's compareitems), so that
 * 'w' items that are not valid characters compare without raising.
 */
function compareRaw(a: PyArray, b: PyArray, op: Cmp): boolean {
  const n = Math.min(a.length, b.length);
  const isChar = isUnicodeCode(a.codec.code);
  const da = a.view();
  const db = b.view();
  for (let i = 0; i < n; i++) {
    const x = isChar ? da.getUint32(i * 4, true) : (a.codec.get(da, i * a.codec.size) as number | bigint);
    const y = isChar ? db.getUint32(i * 4, true) : (b.codec.get(db, i * b.codec.size) as number | bigint);
    if (x !== y) return cmpResult(x < y ? -1 : 1, op);
  }
  return cmpResult(a.length - b.length, op);
}

defMethod(arrayType, '__eq__', compare(Cmp.EQ));
defMethod(arrayType, '__ne__', compare(Cmp.NE));
defMethod(arrayType, '__lt__', compare(Cmp.LT));
defMethod(arrayType, '__le__', compare(Cmp.LE));
defMethod(arrayType, '__gt__', compare(Cmp.GT));
defMethod(arrayType, '__ge__', compare(Cmp.GE));

// ---- methods ------------------------------------------------------------------------------------------

defMethod(arrayType, 'append', (self, args, kw) => {
  A(self).append(oneArg('array.append', args, kw));
  return None;
});

defMethod(arrayType, 'extend', (self, args, kw) => {
  const a = A(self);
  const b = oneArg('array.extend', args, kw);
  if (isArray(b)) {
    if (b.codec !== a.codec) throw typeError('can only extend with array of same kind');
    a.appendBytes(b.bytes().slice());
  } else extendFromIterable(a, b);
  return None;
});

defMethod(arrayType, 'insert', (self, args, kw) => {
  argRange('insert', args, kw, 2, 2);
  const a = A(self);
  const n = a.length;
  let i = Number(asIndex(args[0]));
  if (i < 0) i = Math.max(0, i + n);
  if (i > n) i = n;
  const x = a.codec.convert(args[1]);
  const one = new Uint8Array(a.codec.size);
  a.codec.put(new DataView(one.buffer), 0, x);
  a.splice(i, i, one);
  return None;
});

defMethod(arrayType, 'pop', (self, args, kw) => {
  argRange('pop', args, kw, 0, 1);
  const a = A(self);
  const n = a.length;
  let i = args.length === 0 ? -1 : Number(asIndex(args[0]));
  if (n === 0) throw indexError('pop from empty array');
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw indexError('pop index out of range');
  const v = a.item(i);
  a.splice(i, i + 1, new Uint8Array(0));
  return v;
});

function find(a: PyArray, x: PyValue, start = 0, stop = a.length): number {
  for (let i = start; i < stop && i < a.length; i++) if (eq(a.item(i), x)) return i;
  return -1;
}

defMethod(arrayType, 'remove', (self, args, kw) => {
  const a = A(self);
  const i = find(a, oneArg('array.remove', args, kw));
  if (i < 0) throw valueError('array.remove(x): x not in array');
  a.splice(i, i + 1, new Uint8Array(0));
  return None;
});

defMethod(arrayType, 'index', (self, args, kw) => {
  argRange('index', args, kw, 1, 3);
  const a = A(self);
  const n = a.length;
  const bound = (v: PyValue | undefined, dflt: number): number => {
    if (v === undefined) return dflt;
    let i = Number(asIndex(v));
    if (i < 0) i = Math.max(0, i + n);
    return i;
  };
  const i = find(a, args[0], bound(args[1], 0), bound(args[2], n));
  if (i < 0) throw valueError('array.index(x): x not in array');
  return i;
});

defMethod(arrayType, 'count', (self, args, kw) => {
  const a = A(self);
  const x = oneArg('array.count', args, kw);
  let c = 0;
  for (let i = 0; i < a.length; i++) if (eq(a.item(i), x)) c++;
  return c;
});

defMethod(arrayType, 'reverse', (self, args, kw) => {
  noArgs('array.reverse', args, kw);
  const a = A(self);
  const sz = a.codec.size;
  const src = a.bytes().slice();
  const n = a.length;
  const d = a.store.data;
  for (let i = 0; i < n; i++) d.set(src.subarray(i * sz, i * sz + sz), (n - 1 - i) * sz);
  return None;
});

defMethod(arrayType, 'byteswap', (self, args, kw) => {
  noArgs('array.byteswap', args, kw);
  const a = A(self);
  const sz = a.codec.size;
  const d = a.bytes();
  for (let at = 0; at < d.length; at += sz) {
    for (let lo = at, hi = at + sz - 1; lo < hi; lo++, hi--) {
      const t = d[lo];
      d[lo] = d[hi];
      d[hi] = t;
    }
  }
  return None;
});

defMethod(arrayType, 'buffer_info', (self, args, kw) => {
  noArgs('array.buffer_info', args, kw);
  // There is no C address; the object's id stands in for it.
  return new PyTuple([objectId(self), A(self).length]);
});

defMethod(arrayType, 'tobytes', (self, args, kw) => {
  noArgs('array.tobytes', args, kw);
  return new PyBytes(A(self).bytes().slice());
});

function bufferArg(v: PyValue): Uint8Array {
  if (isArray(v)) return v.bytes();
  const d = bytesLikeData(v);
  if (d === null) throw typeError(`a bytes-like object is required, not '${typeName(v)}'`);
  return d;
}

defMethod(arrayType, 'frombytes', (self, args, kw) => {
  frombytes(A(self), bufferArg(oneArg('array.frombytes', args, kw)));
  return None;
});

defMethod(arrayType, 'tolist', (self, args, kw) => {
  noArgs('array.tolist', args, kw);
  return toList(A(self));
});

defMethod(arrayType, 'fromlist', (self, args, kw) => {
  const a = A(self);
  const list = oneArg('array.fromlist', args, kw);
  if (!(list instanceof PyList)) throw typeError('arg must be list');
  // Room for all the items first, then each converted in place; a failure shrinks back (one resize
  // each way, which __sizeof__ shows).
  const n = list.items.length;
  if (n === 0) return None;
  const old = a.length;
  a.resize(old + n);
  try {
    for (let i = 0; i < n; i++) {
      a.setItem(old + i, list.items[i]);
      if (list.items.length !== n) throw runtimeError('list changed size during iteration');
    }
  } catch (e) {
    a.resize(old);
    throw e;
  }
  return None;
});

defMethod(arrayType, 'clear', (self, args, kw) => {
  noArgs('array.clear', args, kw);
  A(self).resize(0);
  return None;
});

defMethod(arrayType, 'tounicode', (self, args, kw) => {
  noArgs('array.tounicode', args, kw);
  const a = A(self);
  if (!isUnicodeCode(a.codec.code)) throw valueError("tounicode() may only be called on unicode type arrays ('u' or 'w')");
  return toUnicode(a);
});

defMethod(arrayType, 'fromunicode', (self, args, kw) => {
  const a = A(self);
  const s = oneArg('array.fromunicode', args, kw);
  if (!isStr(s)) throw typeError(`fromunicode() argument must be str, not ${typeName(s)}`);
  if (!isUnicodeCode(a.codec.code)) throw valueError("fromunicode() may only be called on unicode type arrays ('u' or 'w')");
  fromUnicode(a, strOf(s));
  return None;
});

const BLOCKSIZE = 64 * 1024;

defMethod(arrayType, 'tofile', (self, args, kw) => {
  const a = A(self);
  const f = oneArg('array.tofile', args, kw);
  const d = a.bytes();
  const write = getAttr(f, 'write');
  for (let at = 0; at < d.length; at += BLOCKSIZE) {
    callObject(write, [new PyBytes(d.slice(at, Math.min(d.length, at + BLOCKSIZE)))]);
  }
  return None;
});

defMethod(arrayType, 'fromfile', (self, args, kw) => {
  argRange('fromfile', args, kw, 2, 2);
  const a = A(self);
  const n = Number(asIndex(args[1]));
  if (n < 0) throw valueError('negative count');
  const nbytes = n * a.codec.size;
  const b = callObject(getAttr(args[0], 'read'), [nbytes]);
  if (!(b instanceof PyBytes)) throw typeError("read() didn't return bytes");
  const got = b.data;
  const whole = got.length - (got.length % a.codec.size);
  frombytes(a, got.subarray(0, whole));
  if (got.length !== nbytes) throw eofError("read() didn't return enough bytes");
  return None;
});

/** __copy__ (array_slice): an array.array even for a subclass's instance. */
function copyOf(a: PyArray): PyArray {
  return arrayOfBytes(a.codec, a.bytes().slice());
}

defMethod(arrayType, '__copy__', (self, args, kw) => {
  noArgs('array.__copy__', args, kw);
  return copyOf(A(self));
});
defMethod(arrayType, '__deepcopy__', (self) => copyOf(A(self)));
// sizeof(arrayobject) on a 64-bit build (header, item pointer, allocated, descriptor, weak references,
// export count), plus the items CPython would have allocated.
defMethod(arrayType, '__sizeof__', (self, args, kw) => {
  noArgs('array.__sizeof__', args, kw);
  const a = A(self);
  return 64 + a.allocated * a.codec.size;
});

defMethod(arrayType, '__buffer__', (self, args) => {
  argRange('__buffer__', args, null, 1, 1);
  const a = A(self);
  const sz = a.codec.size;
  return new PyMemoryView(a.store, 0, a.codec.code, sz, [a.length], [sz], false);
});
defMethod(arrayType, '__release_buffer__', () => None);

let reconstructor: PyNativeFunction | null = null;

defMethod(arrayType, '__reduce_ex__', (self, args, kw) => {
  argRange('__reduce_ex__', args, kw, 1, 1);
  const a = A(self);
  const protocol = Number(asIndex(args[0]));
  const dict = a.dict ?? None;
  if (protocol < 3 || reconstructor === null) {
    return new PyTuple([typeOf(a), new PyTuple([a.codec.code, toList(a)]), dict]);
  }
  const items = new PyBytes(a.bytes().slice());
  return new PyTuple([reconstructor, new PyTuple([typeOf(a), a.codec.code, a.codec.mformat, items]), dict]);
});

// ---- _array_reconstructor -----------------------------------------------------------------------------

/** Decodes the items of a pickle made on any machine (arraymodule.c's machine format codes 0..21). */
function decodeMachineFormat(mformat: number, data: Uint8Array): PyValue[] {
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const out: PyValue[] = [];
  if (mformat <= 13) {
    const size = mformat <= 1 ? 1 : 2 ** (Math.floor((mformat - 2) / 4) + 1);
    const signed = mformat <= 1 ? mformat === 1 : ((mformat - 2) >> 1) % 2 === 1;
    const little = mformat <= 1 || (mformat - 2) % 2 === 0;
    for (let at = 0; at + size <= data.length; at += size) {
      let v = 0n;
      for (let k = 0; k < size; k++) v = (v << 8n) | BigInt(data[little ? at + size - 1 - k : at + k]);
      if (signed) v = BigInt.asIntN(size * 8, v);
      out.push(normalizeBigInt(v));
    }
  } else if (mformat <= 17) {
    const size = mformat <= 15 ? 4 : 8;
    const little = mformat % 2 === 0;
    for (let at = 0; at + size <= data.length; at += size) {
      out.push(new PyFloat(size === 4 ? dv.getFloat32(at, little) : dv.getFloat64(at, little)));
    }
  } else {
    const size = mformat <= 19 ? 2 : 4;
    const little = mformat % 2 === 0;
    if (size === 2) {
      let s = '';
      for (let at = 0; at + 2 <= data.length; at += 2) s += String.fromCharCode(dv.getUint16(at, little));
      out.push(...Array.from(s));
    } else {
      for (let at = 0; at + 4 <= data.length; at += 4) out.push(String.fromCodePoint(dv.getUint32(at, little)));
    }
  }
  return out;
}

function arrayReconstructor(args: Args, kw: Kw): PyValue {
  argRange('_array_reconstructor', args, kw, 4, 4);
  const [cls, tc, mf, items] = args;
  if (!(cls instanceof PyType)) throw typeError(`first argument must be a type object, not ${typeName(cls)}`);
  if (!cls.isSubtypeOf(arrayType)) throw typeError(`${cls.name} is not a subtype of array.array`);
  const codec = isStr(tc) ? CODECS[strOf(tc)] : undefined;
  if (codec === undefined) throw valueError('second argument must be a valid type code');
  const mformat = Number(asIndex(mf));
  if (mformat < 0 || mformat > 21) throw valueError('third argument must be a valid machine format code.');
  if (!(items instanceof PyBytes)) throw typeError(`fourth argument should be bytes, not ${typeName(items)}`);
  const a = newArray(codec, cls);
  if (mformat === codec.mformat) {
    frombytes(a, items.data);
    return a;
  }
  // make_array() from a list of the decoded items: sized exactly.
  const decoded = decodeMachineFormat(mformat, items.data);
  for (const v of decoded) a.append(v);
  a.allocated = decoded.length;
  return a;
}

// ---- the module ---------------------------------------------------------------------------------------

function makeArray(interp: Interpreter): PyModule {
  currentInterp = interp;
  const mod = new PyModule('array');
  const d = mod.dict;
  d.setStr('__doc__', builtinDoc('array:') ?? None);
  d.setStr('array', arrayType);
  d.setStr('ArrayType', arrayType);
  d.setStr('typecodes', TYPECODES);
  reconstructor = new PyNativeFunction('_array_reconstructor', arrayReconstructor, mod);
  d.setStr('_array_reconstructor', reconstructor);
  return mod;
}

registerNativeModule('array', makeArray);
