// The int type's Python-visible behaviour: int.__new__, every numeric dunder (registered as slot
// wrappers for the operator layer to dispatch to), comparisons, conversions, and the methods and
// attributes of int (bit_length, to_bytes, from_bytes, real, numerator, ...).
//
// Ints are JS numbers/bigints (see object.ts); instances of user subclasses of int are
// PyIntSubclassInstance objects carrying the value. Each dunder returns NotImplemented for operands it
// does not handle (an int op with a float is float's reflected method's job). The arithmetic itself is
// in numeric/int_math.ts; this file must not reimplement kernels, only convert, check and dispatch.
//
// Also home of the slot-wrapper argument checks shared by bool_type.ts, float_type.ts, complex_type.ts.

import { PyObject, PyType, PyValue, intType, boolType, strType, typeName } from './object.js';
import { defMethod, defNew, defClassMethod, defGetSet, noArgs, oneArg, noKwargs, argRange, bindArgs } from './native.js';
import { PyFloat, floatType } from './float.js';
import { PyTuple } from './tuple.js';
import { PyList } from './list.js';
import { PyBytes, PyByteArray } from './bytes.js';
import { latin1Text, bytesRepr } from './bytes_methods.js';
import { None, NotImplemented } from './singletons.js';
import { typeError, valueError, overflowError } from '../runtime/raise.js';
import { unexpectedKeywordMessage } from '../runtime/keyword_suggestion.js';
import { str, asIndex, truthy, toArray, strValue } from '../runtime/protocols.js';
import { callSpecial } from '../runtime/attributes.js';
import { callObject } from '../runtime/call.js';
import {
  PyInt, intAdd, intSub, intMul, intNeg, intAbs, intInvert, intFloorDiv, intMod, intDivMod, intTrueDiv,
  intToFloat, floatToInt, intPow, intLshift, intRshift, intAnd, intOr, intXor, intBitLength, intBitCount,
  intToString, intRound, intToBytes, intFromBytes,
} from '../numeric/int_math.js';
import { parseIntLiteral } from '../numeric/parse_number.js';
import { hashInt } from '../numeric/hash_number.js';
import { formatInt } from '../numeric/format_spec.js';

// ---- layout -----------------------------------------------------------------------------------------

/** An instance of a user subclass of int: its type, plus the int value it wraps. */
export class PyIntSubclassInstance extends PyObject {
  constructor(
    cls: PyType,
    public value: PyInt,
  ) {
    super(cls);
  }
}
intType.allocate = (cls) => new PyIntSubclassInstance(cls, 0);

/** The int value of an int, bool or int-subclass instance; undefined for anything else. */
export function intOf(v: PyValue): PyInt | undefined {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1 : 0;
    case 'object':
      return v instanceof PyIntSubclassInstance ? v.value : undefined;
  }
  return undefined;
}

/** The value of `self` in an int method; only reachable with a non-int by a broken caller. */
function selfInt(self: PyValue): PyInt {
  const v = intOf(self);
  if (v === undefined) throw typeError(`descriptor requires a 'int' object but received a '${typeName(self)}'`);
  return v;
}

// ---- slot wrapper argument checks (shared with bool, float and complex) ----------------------------

function wrapperArgError(name: string, kwargs: Map<string, PyValue> | null, got: number, expected: string) {
  if (kwargs !== null && kwargs.size !== 0) return typeError(`wrapper ${name}() takes no keyword arguments`);
  return typeError(`expected ${expected}, got ${got}`);
}

/** A unary slot wrapper (__neg__, __repr__, __hash__ ...): "expected 0 arguments, got 1". */
export function defUnary(type: PyType, name: string, fn: (self: PyValue) => PyValue): void {
  defMethod(type, name, (self, args, kwargs) => {
    if (args.length !== 0 || (kwargs !== null && kwargs.size !== 0)) {
      throw wrapperArgError(name, kwargs, args.length, '0 arguments');
    }
    return fn(self);
  });
}

/** A binary slot wrapper (__add__, __eq__ ...): "expected 1 argument, got 0". */
export function defBinary(type: PyType, name: string, fn: (self: PyValue, other: PyValue) => PyValue): void {
  defMethod(type, name, (self, args, kwargs) => {
    if (args.length !== 1 || (kwargs !== null && kwargs.size !== 0)) {
      throw wrapperArgError(name, kwargs, args.length, '1 argument');
    }
    return fn(self, args[0]);
  });
}

/** A ternary slot wrapper (__pow__, __rpow__): the modulus defaults to None. */
export function defTernary(
  type: PyType,
  name: string,
  fn: (self: PyValue, other: PyValue, mod: PyValue) => PyValue,
): void {
  defMethod(type, name, (self, args, kwargs) => {
    const n = args.length;
    if (n < 1 || n > 2 || (kwargs !== null && kwargs.size !== 0)) {
      throw wrapperArgError(name, kwargs, n, '1 or 2 arguments');
    }
    return fn(self, args[0], n === 2 ? args[1] : None);
  });
}

/** A METH_NOARGS method: "int.bit_length() takes no arguments (1 given)". */
export function defNoArgs(type: PyType, name: string, fn: (self: PyValue) => PyValue): void {
  const qualified = `${type.name}.${name}`;
  defMethod(type, name, (self, args, kwargs) => {
    if (args.length !== 0 || (kwargs !== null && kwargs.size !== 0)) noArgs(qualified, args, kwargs);
    return fn(self);
  });
}

/** __format__(format_spec): the spec must be a str (or str subclass). */
export function formatSpecArg(owner: string, args: PyValue[], kwargs: Map<string, PyValue> | null): string {
  const spec = oneArg(`${owner}.__format__`, args, kwargs);
  if (typeof spec === 'string') return spec;
  if (spec instanceof PyObject && spec.cls.isSubtypeOf(strType)) return strValue(spec);
  throw typeError(`__format__() argument must be str, not ${typeName(spec)}`);
}

/** __round__(ndigits=None): returns the ndigits argument (undefined when absent or None). */
export function roundArg(owner: string, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue | undefined {
  noKwargs(`${owner}.__round__`, kwargs);
  argRange('__round__', args, null, 0, 1);
  return args.length === 0 || args[0] === None ? undefined : args[0];
}

/** CPython's spelling of a type in "must be X, not Y" argument errors: None is "None". */
export function argTypeName(v: PyValue): string {
  return v === None ? 'None' : typeName(v);
}

// ---- int(x), int(x, base) ----------------------------------------------------------------------------

/** The base argument of int(x, base), validated. */
function intBase(base: PyValue): number {
  const b = asIndex(base);
  if (typeof b === 'bigint' || (b !== 0 && b < 2) || b > 36) {
    throw valueError('int() base must be >= 2 and <= 36, or 0');
  }
  return b;
}

/** int(text, base) for str, bytes and bytearray; undefined for any other x. */
function intFromText(x: PyValue, base: number): PyInt | undefined {
  if (typeof x === 'string') return parseIntLiteral(x, base);
  if (x instanceof PyObject) {
    if (x.cls.isSubtypeOf(strType)) return parseIntLiteral(strValue(x), base);
    if (x instanceof PyBytes) return parseIntLiteral(latin1Text(x.data), base, () => bytesRepr(x.data), true);
    if (x instanceof PyByteArray) {
      const data = x.view();
      return parseIntLiteral(latin1Text(data), base, () => `bytearray(${bytesRepr(data)})`, true);
    }
  }
  return undefined;
}

/** The int that __int__ or __index__ returned, checked: "__int__ returned non-int (type str)". */
function checkedIntResult(r: PyValue, dunder: string): PyInt {
  const v = intOf(r);
  // A strict subclass of int is accepted (CPython warns with a DeprecationWarning).
  if (v === undefined) throw typeError(`${dunder} returned non-int (type ${typeName(r)})`);
  return v;
}

/** int(x) with one argument (PyNumber_Long): __int__, then __index__, then text, else TypeError. */
export function toInt(x: PyValue): PyInt {
  switch (typeof x) {
    case 'number':
    case 'bigint':
      return x;
    case 'boolean':
      return x ? 1 : 0;
    case 'string':
      return parseIntLiteral(x, 10);
  }
  if (x.cls === floatType) return floatToInt((x as PyFloat).value);
  const t = x.cls;
  if (t.lookup('__int__') !== undefined) return checkedIntResult(callSpecial(x, '__int__', [])!, '__int__');
  if (t.lookup('__index__') !== undefined) return checkedIntResult(callSpecial(x, '__index__', [])!, '__index__');
  const fromText = intFromText(x, 10);
  if (fromText !== undefined) return fromText;
  throw typeError(
    `int() argument must be a string, a bytes-like object or a real number, not '${t.name}'`,
  );
}

function intNew(cls: PyType, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  if (cls !== intType && cls.isSubtypeOf(boolType)) {
    throw typeError(`int.__new__(${cls.name}) is not safe, use ${cls.name}.__new__()`);
  }
  const n = args.length;
  let x: PyValue | undefined = args[0];
  let base: PyValue | undefined = args[1];
  if (kwargs !== null && kwargs.size !== 0) {
    const total = n + kwargs.size;
    if (total > 2) throw typeError(`int() takes at most 2 arguments (${total} given)`);
    for (const [k, v] of kwargs) {
      if (k !== 'base') throw typeError(unexpectedKeywordMessage('int()', k, ['base']));
      if (n >= 2) throw typeError(`argument for int() given by name ('base') and position (2)`);
      base = v;
    }
  } else if (n > 2) {
    throw typeError(`int expected at most 2 arguments, got ${n}`);
  }
  let v: PyInt;
  if (x === undefined) {
    if (base !== undefined) throw typeError('int() missing string argument');
    v = 0;
  } else if (base === undefined) {
    v = toInt(x);
  } else {
    const b = intBase(base);
    const r = intFromText(x, b);
    if (r === undefined) throw typeError("int() can't convert non-string with explicit base");
    v = r;
  }
  return cls === intType ? v : new PyIntSubclassInstance(cls, v);
}

defNew(intType, intNew);

// ---- arithmetic ---------------------------------------------------------------------------------------

function binaryPair(name: string, rname: string, op: (a: PyInt, b: PyInt) => PyValue): void {
  defBinary(intType, name, (self, other) => {
    const b = intOf(other);
    return b === undefined ? NotImplemented : op(selfInt(self), b);
  });
  defBinary(intType, rname, (self, other) => {
    const a = intOf(other);
    return a === undefined ? NotImplemented : op(a, selfInt(self));
  });
}

binaryPair('__add__', '__radd__', intAdd);
binaryPair('__sub__', '__rsub__', intSub);
binaryPair('__mul__', '__rmul__', intMul);
binaryPair('__floordiv__', '__rfloordiv__', intFloorDiv);
binaryPair('__mod__', '__rmod__', intMod);
binaryPair('__truediv__', '__rtruediv__', (a, b) => new PyFloat(intTrueDiv(a, b)));
binaryPair('__divmod__', '__rdivmod__', (a, b) => new PyTuple(intDivMod(a, b)));
binaryPair('__lshift__', '__rlshift__', intLshift);
binaryPair('__rshift__', '__rrshift__', intRshift);
binaryPair('__and__', '__rand__', intAnd);
binaryPair('__or__', '__ror__', intOr);
binaryPair('__xor__', '__rxor__', intXor);

/** a ** b [% mod] for ints: NotImplemented unless the exponent (and modulus, if any) are ints. */
function powOp(a: PyInt, other: PyValue, mod: PyValue, reflected: boolean): PyValue {
  const b = intOf(other);
  if (b === undefined) return NotImplemented;
  let m: PyInt | undefined;
  if (mod !== None) {
    m = intOf(mod);
    if (m === undefined) return NotImplemented;
  }
  const r = reflected ? intPow(b, a, m) : intPow(a, b, m);
  return typeof r === 'object' ? new PyFloat(r.float) : r;
}

defTernary(intType, '__pow__', (self, other, mod) => powOp(selfInt(self), other, mod, false));
defTernary(intType, '__rpow__', (self, other, mod) => powOp(selfInt(self), other, mod, true));

defUnary(intType, '__neg__', (self) => intNeg(selfInt(self)));
defUnary(intType, '__pos__', selfInt);
defUnary(intType, '__abs__', (self) => intAbs(selfInt(self)));
defUnary(intType, '__invert__', (self) => intInvert(selfInt(self)));
defUnary(intType, '__bool__', (self) => selfInt(self) !== 0);

// ---- comparison -----------------------------------------------------------------------------------------

// Normalisation makes number/bigint equality exact with ===; JS compares number with bigint exactly.
defBinary(intType, '__eq__', (self, other) => {
  const b = intOf(other);
  return b === undefined ? NotImplemented : selfInt(self) === b;
});
defBinary(intType, '__ne__', (self, other) => {
  const b = intOf(other);
  return b === undefined ? NotImplemented : selfInt(self) !== b;
});
defBinary(intType, '__lt__', (self, other) => {
  const b = intOf(other);
  return b === undefined ? NotImplemented : selfInt(self) < b;
});
defBinary(intType, '__le__', (self, other) => {
  const b = intOf(other);
  return b === undefined ? NotImplemented : selfInt(self) <= b;
});
defBinary(intType, '__gt__', (self, other) => {
  const b = intOf(other);
  return b === undefined ? NotImplemented : selfInt(self) > b;
});
defBinary(intType, '__ge__', (self, other) => {
  const b = intOf(other);
  return b === undefined ? NotImplemented : selfInt(self) >= b;
});

// ---- conversions, hashing, text -------------------------------------------------------------------------

defUnary(intType, '__int__', selfInt);
defUnary(intType, '__index__', selfInt);
defUnary(intType, '__float__', (self) => new PyFloat(intToFloat(selfInt(self))));
defUnary(intType, '__hash__', (self) => hashInt(selfInt(self)));
defUnary(intType, '__repr__', (self) => intToString(selfInt(self), 10));
defNoArgs(intType, '__trunc__', selfInt);
defNoArgs(intType, '__floor__', selfInt);
defNoArgs(intType, '__ceil__', selfInt);
defNoArgs(intType, '__getnewargs__', (self) => new PyTuple([selfInt(self)]));

defMethod(intType, '__round__', (self, args, kwargs) => {
  const nd = roundArg('int', args, kwargs);
  const v = selfInt(self);
  return nd === undefined ? v : intRound(v, asIndex(nd));
});

defMethod(intType, '__format__', (self, args, kwargs) => {
  const spec = formatSpecArg('int', args, kwargs);
  // An empty spec is str(self), which a subclass may have overridden (and is 'True' for bools).
  if (spec.length === 0) return str(self);
  return formatInt(selfInt(self), spec, typeName(self));
});

// ---- methods and attributes -----------------------------------------------------------------------------

defNoArgs(intType, 'conjugate', selfInt);
defNoArgs(intType, 'bit_length', (self) => intBitLength(selfInt(self)));
defNoArgs(intType, 'bit_count', (self) => intBitCount(selfInt(self)));
defNoArgs(intType, 'as_integer_ratio', (self) => new PyTuple([selfInt(self), 1]));
defNoArgs(intType, 'is_integer', () => true);

defGetSet(intType, 'real', selfInt);
defGetSet(intType, 'imag', () => 0);
defGetSet(intType, 'numerator', selfInt);
defGetSet(intType, 'denominator', () => 1);

const TO_BYTES_PARAMS = ['length', 'byteorder', 'signed'] as const;

/** A Py_ssize_t argument (length): "Python int too large to convert to C ssize_t". */
function ssizeArg(v: PyValue): number {
  const i = asIndex(v);
  if (typeof i === 'bigint') throw overflowError('Python int too large to convert to C ssize_t');
  return i;
}

function byteorderArg(fname: string, v: PyValue | undefined): string {
  if (v === undefined) return 'big';
  if (typeof v === 'string') return v;
  if (v instanceof PyObject && v.cls.isSubtypeOf(strType)) return strValue(v);
  throw typeError(`${fname}() argument 'byteorder' must be str, not ${argTypeName(v)}`);
}

defMethod(intType, 'to_bytes', (self, args, kwargs) => {
  const [length, byteorder, signed] = bindArgs('to_bytes', TO_BYTES_PARAMS, args, kwargs, 0, 0, 2);
  const n = length === undefined ? 1 : ssizeArg(length);
  const order = byteorderArg('to_bytes', byteorder);
  const isSigned = signed === undefined ? false : truthy(signed);
  return new PyBytes(intToBytes(selfInt(self), n, order, isSigned));
});

const FROM_BYTES_PARAMS = ['bytes', 'byteorder', 'signed'] as const;

/** The bytes of bytes(x) (PyObject_Bytes) for int.from_bytes: bytes-like or an iterable of 0..255. */
function bytesOf(x: PyValue): ArrayLike<number> {
  if (x instanceof PyBytes) return x.data;
  if (x instanceof PyByteArray) return x.view();
  if (x instanceof PyObject && x.cls.lookup('__bytes__') !== undefined) {
    const r = callSpecial(x, '__bytes__', [])!;
    if (!(r instanceof PyBytes)) throw typeError(`__bytes__ returned non-bytes (type ${typeName(r)})`);
    return r.data;
  }
  if (typeof x === 'string' || (x instanceof PyObject && x.cls.isSubtypeOf(strType))) {
    throw typeError(`cannot convert '${typeName(x)}' object to bytes`);
  }
  // Anything iterable (PyObject_GetIter succeeding) is read as a sequence of byte values.
  if (
    typeof x !== 'object' ||
    (!(x instanceof PyList) && !(x instanceof PyTuple) &&
      x.cls.lookup('__iter__') === undefined && x.cls.lookup('__getitem__') === undefined)
  ) {
    throw typeError(`cannot convert '${typeName(x)}' object to bytes`);
  }
  const items = toArray(x);
  const out = new Uint8Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const b = asIndex(items[i]);
    if (typeof b === 'bigint' || b < 0 || b > 255) throw valueError('bytes must be in range(0, 256)');
    out[i] = b;
  }
  return out;
}

defClassMethod(intType, 'from_bytes', (cls, args, kwargs) => {
  const [bytes, byteorder, signed] = bindArgs('from_bytes', FROM_BYTES_PARAMS, args, kwargs, 1, 0, 2);
  const order = byteorderArg('from_bytes', byteorder);
  const isSigned = signed === undefined ? false : truthy(signed);
  const v = intFromBytes(bytesOf(bytes!), order, isSigned);
  return cls === intType ? v : callObject(cls, [v]);
});
