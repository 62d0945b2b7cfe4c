// The _struct module (CPython's Modules/_struct.c): pack/unpack/calcsize/iter_unpack/pack_into/
// unpack_from, the Struct type and struct.error, with CPython's formats, byte orders, native (64-bit,
// little-endian) sizes and alignment, and its error messages.
//
// A format is parsed once into a list of fields (offset, code, size) and cached by its text; packing
// and unpacking then walk that list with a DataView. Nothing here evaluates Python code except
// __index__/__float__ of arguments.

import { PyObject, PyType, PyValue, typeName, typeType, strType, isInstance, makeBuiltinType } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyNativeFunction, defNew, defMethod, defGetSet, bindArgs, noKwargs } from '../objects/native.js';
import { PyTuple } from '../objects/tuple.js';
import { PyBytes, PyByteArray } from '../objects/bytes.js';
import { PyFloat, pyFloat } from '../objects/float.js';
import { asDouble } from '../objects/float_type.js';
import { PyIterator } from '../objects/iterator_base.js';
import { PyMemoryView, memoryviewData } from '../objects/memoryview.js';
import { PyBaseException, StopIteration, exceptionType } from '../objects/exceptions.js';
import { None } from '../objects/singletons.js';
import { asIndex, truthy, repr, strValue } from '../runtime/protocols.js';
import { normalizeBigInt } from '../numeric/int_math.js';
import { typeError, overflowError } from '../runtime/raise.js';
import { latin1Text } from '../objects/bytes_methods.js';
import { registerNativeModule } from './registry.js';

type Args = PyValue[];
type Kw = Map<string, PyValue> | null;

/** struct.error. */
export const StructError = new PyType(typeType, 'error', [exceptionType('Exception')], 'struct');
StructError.hasInstanceDict = true;

function structError(msg: string): PyBaseException {
  return new PyBaseException(StructError, [msg]);
}

// ---- format parsing ---------------------------------------------------------------------------------

interface Field {
  code: number;
  offset: number;
  /** Bytes taken: the item size, or the length of an 's'/'p' field. */
  size: number;
  /** The integer range of an integer code (as numbers too, when the size is at most 4). */
  lo: bigint;
  hi: bigint;
  loN: number;
  hiN: number;
}

function makeField(code: number, offset: number, size: number): Field {
  const [lo, hi] = intBounds(code, size);
  return { code, offset, size, lo, hi, loN: Number(lo), hiN: Number(hi) };
}

interface Layout {
  fields: Field[];
  size: number;
  littleEndian: boolean;
  native: boolean;
  text: string;
}

const STD_SIZES = new Map<number, number>([
  [0x78 /* x */, 1], [0x63 /* c */, 1], [0x62 /* b */, 1], [0x42 /* B */, 1], [0x3f /* ? */, 1], [0x68 /* h */, 2], [0x48 /* H */, 2], [0x69 /* i */, 4],
  [0x49 /* I */, 4], [0x6c /* l */, 4], [0x4c /* L */, 4], [0x71 /* q */, 8], [0x51 /* Q */, 8], [0x65 /* e */, 2], [0x66 /* f */, 4], [0x64 /* d */, 8],
  [0x73 /* s */, 1], [0x70 /* p */, 1],
]);
const NATIVE_SIZES = new Map<number, number>([
  ...STD_SIZES, [0x6c /* l */, 8], [0x4c /* L */, 8], [0x6e /* n */, 8], [0x4e /* N */, 8], [0x50 /* P */, 8],
]);
/** Codes whose native alignment is 1 whatever their size. */
const BYTE_ALIGNED = new Set([0x78 /* x */, 0x63 /* c */, 0x62 /* b */, 0x42 /* B */, 0x3f /* ? */, 0x73 /* s */, 0x70 /* p */]);

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

const MAX_SIZE = Number.MAX_SAFE_INTEGER;

function parseFormat(text: string): Layout {
  let i = 0;
  let native = true;
  let little = true;
  const first = text.charCodeAt(0);
  if (first === 0x40 /* @ */) i = 1;
  else if (first === 0x3d /* = */ || first === 0x3c /* < */) {
    native = false;
    i = 1;
  } else if (first === 0x3e /* > */ || first === 0x21 /* ! */) {
    native = false;
    little = false;
    i = 1;
  }
  const sizes = native ? NATIVE_SIZES : STD_SIZES;
  const fields: Field[] = [];
  let offset = 0;
  const n = text.length;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    let count = 1;
    if (c >= 0x30 && c <= 0x39) {
      count = 0;
      while (i < n && (c = text.charCodeAt(i)) >= 0x30 && c <= 0x39) {
        if (count > (MAX_SIZE - 9) / 10) throw structError('total struct size too long');
        count = count * 10 + (c - 0x30);
        i++;
      }
      if (i >= n) throw structError('repeat count given without format specifier');
    }
    const size = sizes.get(c);
    if (size === undefined) throw structError('bad char in struct format');
    i++;
    if (native && !BYTE_ALIGNED.has(c)) offset = Math.ceil(offset / size) * size;
    if (c === 0x73 /* s */ || c === 0x70 /* p */) {
      fields.push(makeField(c, offset, count));
      offset += count;
    } else if (c === 0x78 /* x */) {
      offset += count;
    } else {
      if (count > (MAX_SIZE - offset) / size) throw structError('total struct size too long');
      for (let k = 0; k < count; k++) {
        fields.push(makeField(c, offset, size));
        offset += size;
      }
    }
    if (offset > MAX_SIZE) throw structError('total struct size too long');
  }
  return { fields, size: offset, littleEndian: little, native, text };
}

const cache = new Map<string, Layout>();

function formatText(v: PyValue): string {
  if (typeof v === 'string') return v;
  if (isInstance(v, strType)) return strValue(v as PyObject);
  if (v instanceof PyBytes) return latin1Text(v.data);
  throw typeError(`Struct() argument 1 must be a str or bytes object, not ${typeName(v)}`);
}

function layoutOf(v: PyValue): Layout {
  if (v instanceof PyStruct) return v.layout;
  const text = formatText(v);
  let l = cache.get(text);
  if (l === undefined) {
    l = parseFormat(text);
    if (cache.size >= 100) cache.clear();
    cache.set(text, l);
  }
  return l;
}

// ---- packing ----------------------------------------------------------------------------------------

function intBounds(code: number, size: number): [bigint, bigint] {
  if (size === 0 || size > 8) return [0n, 0n];
  const unsigned = code === 0x42 /* B */ || code === 0x48 /* H */ || code === 0x49 /* I */ || code === 0x4c /* L */ || code === 0x51 /* Q */ || code === 0x4e /* N */;
  const bits = BigInt(size * 8);
  return unsigned ? [0n, (1n << bits) - 1n] : [-(1n << (bits - 1n)), (1n << (bits - 1n)) - 1n];
}

function intArg(v: PyValue): number | bigint {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return asIndex(v, () => structError('required argument is not an integer'));
}

function floatArg(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === 'number') return v;
  try {
    return asDouble(v);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.name === 'TypeError') throw structError('required argument is not a float');
    throw e;
  }
}

/** IEEE 754 binary16 bits of x, rounding half to even; OverflowError past the largest half. */
function halfBits(x: number): number {
  const sign = x < 0 || (x === 0 && 1 / x < 0) ? 0x8000 : 0;
  if (Number.isNaN(x)) return 0x7e00;
  if (!Number.isFinite(x)) return sign | 0x7c00;
  const a = Math.abs(x);
  if (a === 0) return sign;
  if (a < 2 ** -26) return sign;
  // a = f * 2**e with 1 <= f < 2.
  let e = Math.floor(Math.log2(a));
  let f = a / 2 ** e;
  if (f >= 2) {
    f /= 2;
    e++;
  } else if (f < 1) {
    f *= 2;
    e--;
  }
  if (e >= 16) throw overflowError('float too large to pack with e format');
  if (e < -14) {
    f = a / 2 ** -14; // subnormal: f * 2**-14, 0 <= f < 1
    e = 0;
  } else {
    e += 15;
    f -= 1;
  }
  f *= 1024;
  let bits = Math.floor(f);
  const rest = f - bits;
  if (rest > 0.5 || (rest === 0.5 && (bits & 1) === 1)) bits++;
  if (bits === 1024) {
    bits = 0;
    e++;
    if (e === 31) throw overflowError('float too large to pack with e format');
  }
  return sign | (e << 10) | bits;
}

function halfValue(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const e = (bits >> 10) & 0x1f;
  const f = bits & 0x3ff;
  if (e === 0x1f) return f === 0 ? sign * Infinity : NaN;
  if (e === 0) return sign * f * 2 ** -24;
  return sign * (1 + f / 1024) * 2 ** (e - 15);
}

function bytesItem(v: PyValue): Uint8Array | null {
  if (v instanceof PyBytes) return v.data;
  if (v instanceof PyByteArray) return v.view();
  return null;
}

function packField(dv: DataView, out: Uint8Array, base: number, f: Field, v: PyValue, little: boolean): void {
  const at = base + f.offset;
  const code = f.code;
  switch (code) {
    case 0x63 /* c */: {
      const b = bytesItem(v);
      if (b === null || b.length !== 1) throw structError('char format requires a bytes object of length 1');
      out[at] = b[0];
      return;
    }
    case 0x73 /* s */:
    case 0x70 /* p */: {
      const b = bytesItem(v);
      if (b === null) throw structError(`argument for '${String.fromCharCode(code)}' must be a bytes object`);
      if (code === 0x73 /* s */) {
        const n = Math.min(b.length, f.size);
        out.set(b.subarray(0, n), at);
        out.fill(0, at + n, at + f.size);
      } else if (f.size > 0) {
        const n = Math.min(b.length, f.size - 1);
        out.set(b.subarray(0, n), at + 1);
        out.fill(0, at + 1 + n, at + f.size);
        out[at] = Math.min(n, 255);
      }
      return;
    }
    case 0x3f /* ? */:
      out[at] = truthy(v) ? 1 : 0;
      return;
    case 0x65 /* e */:
      dv.setUint16(at, halfBits(floatArg(v)), little);
      return;
    case 0x66 /* f */: {
      const x = floatArg(v);
      const y = Math.fround(x);
      if (!Number.isFinite(y) && Number.isFinite(x)) throw overflowError('float too large to pack with f format');
      dv.setFloat32(at, y, little);
      return;
    }
    case 0x64 /* d */:
      dv.setFloat64(at, floatArg(v), little);
      return;
  }
  const n = intArg(v);
  if (code === 0x50 /* P */) {
    // A void pointer: negative values wrap, as PyLong_AsVoidPtr allows.
    const big = BigInt(n);
    if (big < -(1n << 63n) || big >= 1n << 64n) throw structError('int too large to convert');
    dv.setBigUint64(at, BigInt.asUintN(64, big), little);
    return;
  }
  if (f.size <= 4 && typeof n === 'number') {
    if (n < f.loN || n > f.hiN) throw rangeError(code, f.lo, f.hi);
    if (f.size === 1) out[at] = n & 0xff;
    else if (f.size === 2) dv.setUint16(at, n & 0xffff, little);
    else dv.setUint32(at, n >>> 0, little);
    return;
  }
  const big = BigInt(n);
  if (big < f.lo || big > f.hi) throw rangeError(code, f.lo, f.hi);
  if (f.size === 8) dv.setBigUint64(at, BigInt.asUintN(64, big), little);
  else if (f.size === 4) dv.setUint32(at, Number(BigInt.asUintN(32, big)), little);
  else if (f.size === 2) dv.setUint16(at, Number(BigInt.asUintN(16, big)), little);
  else out[at] = Number(BigInt.asUintN(8, big));
}

function rangeError(code: number, lo: bigint, hi: bigint): PyBaseException {
  return structError(`'${String.fromCharCode(code)}' format requires ${lo} <= number <= ${hi}`);
}

function packInto(l: Layout, out: Uint8Array, base: number, values: PyValue[], fname: string): void {
  if (values.length !== l.fields.length) {
    throw structError(`${fname} expected ${l.fields.length} items for packing (got ${values.length})`);
  }
  const dv = new DataView(out.buffer, out.byteOffset, out.byteLength);
  for (let k = 0; k < values.length; k++) packField(dv, out, base, l.fields[k], values[k], l.littleEndian);
}

function pack(l: Layout, values: PyValue[]): PyBytes {
  const out = new Uint8Array(l.size);
  packInto(l, out, 0, values, 'pack');
  return new PyBytes(out);
}

// ---- unpacking --------------------------------------------------------------------------------------

function unpackField(dv: DataView, data: Uint8Array, base: number, f: Field, little: boolean): PyValue {
  const at = base + f.offset;
  switch (f.code) {
    case 0x63 /* c */:
      return new PyBytes(data.slice(at, at + 1));
    case 0x73 /* s */:
      return new PyBytes(data.slice(at, at + f.size));
    case 0x70 /* p */: {
      if (f.size === 0) return new PyBytes(new Uint8Array(0));
      const n = Math.min(data[at], f.size - 1);
      return new PyBytes(data.slice(at + 1, at + 1 + n));
    }
    case 0x3f /* ? */:
      return data[at] !== 0;
    case 0x62 /* b */:
      return dv.getInt8(at);
    case 0x42 /* B */:
      return data[at];
    case 0x68 /* h */:
      return dv.getInt16(at, little);
    case 0x48 /* H */:
      return dv.getUint16(at, little);
    case 0x65 /* e */:
      return pyFloat(halfValue(dv.getUint16(at, little)));
    case 0x66 /* f */:
      return pyFloat(dv.getFloat32(at, little));
    case 0x64 /* d */:
      return pyFloat(dv.getFloat64(at, little));
  }
  const unsigned = f.code === 0x49 /* I */ || f.code === 0x4c /* L */ || f.code === 0x51 /* Q */ || f.code === 0x4e /* N */ || f.code === 0x50 /* P */;
  if (f.size === 4) return unsigned ? dv.getUint32(at, little) : dv.getInt32(at, little);
  return normalizeBigInt(unsigned ? dv.getBigUint64(at, little) : dv.getBigInt64(at, little));
}

function unpackAt(l: Layout, data: Uint8Array, base: number): PyTuple {
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const items: PyValue[] = new Array(l.fields.length);
  for (let k = 0; k < items.length; k++) items[k] = unpackField(dv, data, base, l.fields[k], l.littleEndian);
  return new PyTuple(items);
}

function readBuffer(v: PyValue): Uint8Array {
  if (v instanceof PyBytes) return v.data;
  if (v instanceof PyByteArray) return v.view();
  const m = memoryviewData(v);
  if (m !== null) return m;
  throw typeError(`a bytes-like object is required, not '${typeName(v)}'`);
}

function writeBuffer(v: PyValue): Uint8Array {
  if (v instanceof PyByteArray) return v.view();
  if (v instanceof PyMemoryView && !v.readonly && v.shape.length === 1 && v.strides[0] === v.itemsize) {
    return v.data().subarray(v.offset, v.offset + v.nbytes);
  }
  throw typeError(`argument must be read-write bytes-like object, not ${typeName(v)}`);
}

function unpack(l: Layout, buf: PyValue): PyTuple {
  const data = readBuffer(buf);
  if (data.length !== l.size) throw structError(`unpack requires a buffer of ${l.size} bytes`);
  return unpackAt(l, data, 0);
}

function unpackFrom(l: Layout, buf: PyValue, offsetArg: PyValue | undefined): PyTuple {
  const data = readBuffer(buf);
  let offset = offsetArg === undefined ? 0 : Number(asIndex(offsetArg));
  if (offset < 0) {
    if (offset + data.length < 0) throw structError(`offset ${offset} out of range for ${data.length}-byte buffer`);
    offset += data.length;
  }
  if (data.length - offset < l.size) {
    throw structError(
      `unpack_from requires a buffer of at least ${l.size + offset} bytes for unpacking ${l.size} bytes at offset ${offset} (actual buffer size is ${data.length})`,
    );
  }
  return unpackAt(l, data, offset);
}

function doPackInto(l: Layout, args: Args): PyValue {
  if (args.length < 1) throw typeError('pack_into expected buffer argument');
  if (args.length < 2) throw typeError('pack_into expected offset argument');
  const out = writeBuffer(args[0]);
  let offset = Number(asIndex(args[1]));
  const values = args.slice(2);
  if (values.length !== l.fields.length) {
    throw structError(`pack_into expected ${l.fields.length} items for packing (got ${values.length})`);
  }
  if (offset < 0) {
    if (offset + l.size > 0) throw structError(`no space to pack ${l.size} bytes at offset ${offset}`);
    if (offset + out.length < 0) throw structError(`offset ${offset} out of range for ${out.length}-byte buffer`);
    offset += out.length;
  }
  if (out.length - offset < l.size) {
    throw structError(
      `pack_into requires a buffer of at least ${l.size + offset} bytes for packing ${l.size} bytes at offset ${offset} (actual buffer size is ${out.length})`,
    );
  }
  packInto(l, out, offset, values, 'pack_into');
  return None;
}

// ---- Struct and unpack_iterator ---------------------------------------------------------------------

export const structType = makeBuiltinType('Struct', undefined, '_struct');

export class PyStruct extends PyObject {
  constructor(cls: PyType, public layout: Layout) {
    super(cls);
  }
}

const unpackIteratorType = makeBuiltinType('unpack_iterator', undefined, '_struct');

class UnpackIterator extends PyIterator {
  pos = 0;
  constructor(readonly layout: Layout, readonly data: Uint8Array) {
    super(unpackIteratorType);
  }
  next(): PyValue | undefined {
    if (this.pos >= this.data.length) return undefined;
    const t = unpackAt(this.layout, this.data, this.pos);
    this.pos += this.layout.size;
    return t;
  }
}

function iterUnpack(l: Layout, buf: PyValue): UnpackIterator {
  if (l.size === 0) throw structError('cannot iteratively unpack with a struct of length 0');
  const data = readBuffer(buf);
  if (data.length % l.size !== 0) {
    throw structError(`iterative unpacking requires a buffer of a multiple of ${l.size} bytes`);
  }
  return new UnpackIterator(l, data);
}

const S = (self: PyValue): Layout => (self as PyStruct).layout;

defNew(structType, (cls, args, kw) => {
  const [fmt] = bindArgs('Struct', ['format'], args, kw, 1);
  return new PyStruct(cls, layoutOf(fmt!));
});
defMethod(structType, '__init__', () => None);
defGetSet(structType, 'format', (self) => S(self).text);
defGetSet(structType, 'size', (self) => S(self).size);
defMethod(structType, '__repr__', (self) => `Struct(${repr(S(self).text)})`);
defMethod(structType, 'pack', (self, args, kw) => {
  noKwargs('pack', kw);
  return pack(S(self), args);
});
defMethod(structType, 'pack_into', (self, args, kw) => {
  noKwargs('pack_into', kw);
  return doPackInto(S(self), args);
});
defMethod(structType, 'unpack', (self, args, kw) => {
  const [buf] = bindArgs('unpack', ['buffer'], args, kw, 1, 1);
  return unpack(S(self), buf!);
});
defMethod(structType, 'unpack_from', (self, args, kw) => {
  const [buf, off] = bindArgs('unpack_from', ['buffer', 'offset'], args, kw, 1);
  return unpackFrom(S(self), buf!, off);
});
defMethod(structType, 'iter_unpack', (self, args, kw) => {
  const [buf] = bindArgs('iter_unpack', ['buffer'], args, kw, 1, 1);
  return iterUnpack(S(self), buf!);
});
defMethod(unpackIteratorType, '__iter__', (self) => self);
defMethod(unpackIteratorType, '__next__', (self) => {
  const v = (self as UnpackIterator).next();
  if (v === undefined) throw new PyBaseException(StopIteration, []);
  return v;
});
defMethod(unpackIteratorType, '__length_hint__', (self) => {
  const it = self as UnpackIterator;
  return (it.data.length - it.pos) / it.layout.size;
});

// ---- the module -------------------------------------------------------------------------------------

function makeStruct(): PyModule {
  const mod = new PyModule('_struct');
  const d = mod.dict;
  const def = (name: string, fn: (args: Args, kw: Kw) => PyValue): void => {
    d.setStr(name, new PyNativeFunction(name, fn, mod));
  };
  d.setStr('Struct', structType);
  d.setStr('error', StructError);
  d.setStr('__doc__', 'Functions to convert between Python values and C structs.');
  def('pack', (args, kw) => {
    noKwargs('pack', kw);
    if (args.length === 0) throw typeError('missing format argument');
    return pack(layoutOf(args[0]), args.slice(1));
  });
  def('pack_into', (args, kw) => {
    noKwargs('pack_into', kw);
    if (args.length === 0) throw typeError('missing format argument');
    return doPackInto(layoutOf(args[0]), args.slice(1));
  });
  def('unpack', (args, kw) => {
    noKwargs('unpack', kw);
    if (args.length !== 2) throw typeError(`unpack expected 2 arguments, got ${args.length}`);
    return unpack(layoutOf(args[0]), args[1]);
  });
  def('unpack_from', (args, kw) => {
    const [fmt, buf, off] = bindArgs('unpack_from', ['format', 'buffer', 'offset'], args, kw, 2, 1);
    return unpackFrom(layoutOf(fmt!), buf!, off);
  });
  def('iter_unpack', (args, kw) => {
    noKwargs('iter_unpack', kw);
    if (args.length !== 2) throw typeError(`iter_unpack expected 2 arguments, got ${args.length}`);
    return iterUnpack(layoutOf(args[0]), args[1]);
  });
  def('calcsize', (args, kw) => {
    const [fmt] = bindArgs('calcsize', ['format'], args, kw, 1, 1);
    return layoutOf(fmt!).size;
  });
  def('_clearcache', (args, kw) => {
    noKwargs('_clearcache', kw);
    cache.clear();
    return None;
  });
  return mod;
}

registerNativeModule('_struct', makeStruct);
