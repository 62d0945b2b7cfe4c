// The float type's Python-visible behaviour: float.__new__, the numeric dunders (registered as slot
// wrappers for the operator layer), exact comparisons with ints, hashing, repr/format, rounding, and the
// methods hex/fromhex/as_integer_ratio/is_integer/from_number.
//
// A float is a PyFloat (also for subclass instances, whose cls is the subclass). Mixed int/float
// arithmetic happens here: int's dunders return NotImplemented for a float operand, and float's
// reflected methods take over. The numeric kernels are in numeric/float_math.ts; this file converts
// operands, boxes results and must not reimplement them.

import { PyObject, PyType, PyValue, strType, typeName } from './object.js';
import { defMethod, defNew, defClassMethod, defGetSet, noKwargs, argRange, oneArg } from './native.js';
import { PyFloat, floatType } from './float.js';
import { PyTuple } from './tuple.js';
import { PyBytes, PyByteArray } from './bytes.js';
import { latin1Text, bytesRepr } from './bytes_methods.js';
import { None, NotImplemented } from './singletons.js';
import { typeError, valueError } from '../runtime/raise.js';
import { str, asIndex, strValue } from '../runtime/protocols.js';
import { callSpecial } from '../runtime/attributes.js';
import { callObject } from '../runtime/call.js';
import { intToFloat } from '../numeric/int_math.js';
import {
  floatTrueDiv, floatFloorDiv, floatMod, floatDivMod, floatPow, floatTrunc, floatFloor, floatCeil,
  floatIsInteger, floatAsIntegerRatio, floatRoundToInt, floatRound, floatHex, floatFromHex,
} from '../numeric/float_math.js';
import { parseFloatLiteral } from '../numeric/parse_number.js';
import { hashFloat } from '../numeric/hash_number.js';
import { floatRepr } from '../numeric/float_repr.js';
import { formatFloat } from '../numeric/format_spec.js';
import {
  PyIntSubclassInstance, defUnary, defBinary, defTernary, defNoArgs, formatSpecArg, roundArg,
} from './int_type.js';
import { complexPow } from './complex_type.js';

// ---- operands ---------------------------------------------------------------------------------------------

/**
 * The double of an arithmetic operand of float: a float's value, or an int converted (OverflowError
 * when too large); undefined for anything else (the dunder then returns NotImplemented).
 */
export function toDouble(v: PyValue): number | undefined {
  switch (typeof v) {
    case 'number':
      return v;
    case 'bigint':
      return intToFloat(v);
    case 'boolean':
      return v ? 1 : 0;
    case 'object':
      if (v instanceof PyFloat) return v.value;
      if (v instanceof PyIntSubclassInstance) return intToFloat(v.value);
  }
  return undefined;
}

/** A comparison operand: floats as doubles, ints exactly (number or bigint); undefined otherwise. */
function compareOperand(v: PyValue): number | bigint | undefined {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1 : 0;
    case 'object':
      if (v instanceof PyFloat) return v.value;
      if (v instanceof PyIntSubclassInstance) return v.value;
  }
  return undefined;
}

function selfFloat(self: PyValue): number {
  if (self instanceof PyFloat) return self.value;
  throw typeError(`descriptor requires a 'float' object but received a '${typeName(self)}'`);
}

/** self as an exact float (float.__pos__, __float__, real, conjugate): a subclass instance is copied. */
function exactFloat(self: PyValue): PyFloat {
  if (self instanceof PyFloat && self.cls === floatType) return self;
  return new PyFloat(selfFloat(self));
}

// ---- float(x) ---------------------------------------------------------------------------------------------

function floatFromText(x: PyValue): number | undefined {
  if (typeof x === 'string') return parseFloatLiteral(x);
  if (x instanceof PyObject) {
    if (x.cls.isSubtypeOf(strType)) return parseFloatLiteral(strValue(x));
    if (x instanceof PyBytes) return parseFloatLiteral(latin1Text(x.data), () => bytesRepr(x.data), true);
    if (x instanceof PyByteArray) {
      const data = x.view();
      return parseFloatLiteral(latin1Text(data), () => `bytearray(${bytesRepr(data)})`, true);
    }
  }
  return undefined;
}

/** The value returned by x.__float__(), checked: "X.__float__ returned non-float (type int)". */
function callFloatDunder(x: PyObject): number {
  const r = callSpecial(x, '__float__', [])!;
  // A strict float subclass is accepted (CPython warns with a DeprecationWarning).
  if (r instanceof PyFloat) return r.value;
  throw typeError(`${x.cls.name}.__float__ returned non-float (type ${typeName(r)})`);
}

/** float(x) with an argument: strings are parsed, numbers converted (PyNumber_Float). */
export function toFloat(x: PyValue): number {
  switch (typeof x) {
    case 'number':
      return x;
    case 'bigint':
      return intToFloat(x);
    case 'boolean':
      return x ? 1 : 0;
    case 'string':
      return parseFloatLiteral(x);
  }
  if (x.cls === floatType) return (x as PyFloat).value;
  const t = x.cls;
  if (t.lookup('__float__') !== undefined) return callFloatDunder(x);
  if (t.lookup('__index__') !== undefined) return intToFloat(asIndex(x));
  if (x instanceof PyFloat) return x.value;
  const r = floatFromText(x);
  if (r !== undefined) return r;
  throw typeError(`float() argument must be a string or a real number, not '${t.name}'`);
}

/** PyFloat_AsDouble: a float's value, or __float__ / __index__; no strings ("must be real number"). */
export function asDouble(x: PyValue): number {
  switch (typeof x) {
    case 'number':
      return x;
    case 'bigint':
      return intToFloat(x);
    case 'boolean':
      return x ? 1 : 0;
    case 'string':
      throw typeError('must be real number, not str');
  }
  if (x instanceof PyFloat) return x.value;
  const t = x.cls;
  if (t.lookup('__float__') !== undefined) return callFloatDunder(x);
  if (t.lookup('__index__') !== undefined) return intToFloat(asIndex(x));
  throw typeError(`must be real number, not ${typeName(x)}`);
}

defNew(floatType, (cls, args, kwargs) => {
  noKwargs('float', kwargs);
  argRange('float', args, null, 0, 1);
  if (args.length === 0) return new PyFloat(0, cls);
  const x = args[0];
  if (cls === floatType && x instanceof PyFloat && x.cls === floatType) return x;
  return new PyFloat(toFloat(x), cls);
});

// ---- arithmetic ----------------------------------------------------------------------------------------------

function binaryPair(name: string, rname: string, op: (a: number, b: number) => PyValue): void {
  defBinary(floatType, name, (self, other) => {
    const a = selfFloat(self);
    const b = toDouble(other);
    return b === undefined ? NotImplemented : op(a, b);
  });
  defBinary(floatType, rname, (self, other) => {
    const a = toDouble(other);
    return a === undefined ? NotImplemented : op(a, selfFloat(self));
  });
}

binaryPair('__add__', '__radd__', (a, b) => new PyFloat(a + b));
binaryPair('__sub__', '__rsub__', (a, b) => new PyFloat(a - b));
binaryPair('__mul__', '__rmul__', (a, b) => new PyFloat(a * b));
binaryPair('__truediv__', '__rtruediv__', (a, b) => new PyFloat(floatTrueDiv(a, b)));
binaryPair('__floordiv__', '__rfloordiv__', (a, b) => new PyFloat(floatFloorDiv(a, b)));
binaryPair('__mod__', '__rmod__', (a, b) => new PyFloat(floatMod(a, b)));
binaryPair('__divmod__', '__rdivmod__', (a, b) => {
  const [q, r] = floatDivMod(a, b);
  return new PyTuple([new PyFloat(q), new PyFloat(r)]);
});

/** x ** y as a Python object: a float, or a complex for a negative base and a non-integral exponent. */
export function floatPowValue(x: number, y: number): PyValue {
  const r = floatPow(x, y);
  return r === null ? complexPow(x, 0, y, 0) : new PyFloat(r);
}

function noModulus(mod: PyValue): void {
  if (mod !== None) throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
}

defTernary(floatType, '__pow__', (self, other, mod) => {
  noModulus(mod);
  const a = selfFloat(self);
  const b = toDouble(other);
  return b === undefined ? NotImplemented : floatPowValue(a, b);
});
defTernary(floatType, '__rpow__', (self, other, mod) => {
  noModulus(mod);
  const a = toDouble(other);
  return a === undefined ? NotImplemented : floatPowValue(a, selfFloat(self));
});

defUnary(floatType, '__neg__', (self) => new PyFloat(-selfFloat(self)));
defUnary(floatType, '__pos__', exactFloat);
defUnary(floatType, '__abs__', (self) => new PyFloat(Math.abs(selfFloat(self))));
defUnary(floatType, '__bool__', (self) => selfFloat(self) !== 0);

// ---- comparison ------------------------------------------------------------------------------------------------

// JS compares a number with a bigint by exact value, which is exactly CPython's float/int comparison
// (no rounding of the int, no OverflowError); NaN compares false with everything.
function floatEq(a: number, b: number | bigint): boolean {
  return typeof b === 'number' ? a === b : (a as unknown) == b;
}

defBinary(floatType, '__eq__', (self, other) => {
  const b = compareOperand(other);
  return b === undefined ? NotImplemented : floatEq(selfFloat(self), b);
});
defBinary(floatType, '__ne__', (self, other) => {
  const b = compareOperand(other);
  return b === undefined ? NotImplemented : !floatEq(selfFloat(self), b);
});
defBinary(floatType, '__lt__', (self, other) => {
  const b = compareOperand(other);
  return b === undefined ? NotImplemented : selfFloat(self) < b;
});
defBinary(floatType, '__le__', (self, other) => {
  const b = compareOperand(other);
  return b === undefined ? NotImplemented : selfFloat(self) <= b;
});
defBinary(floatType, '__gt__', (self, other) => {
  const b = compareOperand(other);
  return b === undefined ? NotImplemented : selfFloat(self) > b;
});
defBinary(floatType, '__ge__', (self, other) => {
  const b = compareOperand(other);
  return b === undefined ? NotImplemented : selfFloat(self) >= b;
});

// ---- conversions, hashing, text ---------------------------------------------------------------------------------

defUnary(floatType, '__int__', (self) => floatTrunc(selfFloat(self)));
defUnary(floatType, '__float__', exactFloat);
defUnary(floatType, '__hash__', (self) => hashFloat(selfFloat(self), self as PyObject));
defUnary(floatType, '__repr__', (self) => floatRepr(selfFloat(self)));
defNoArgs(floatType, '__trunc__', (self) => floatTrunc(selfFloat(self)));
defNoArgs(floatType, '__floor__', (self) => floatFloor(selfFloat(self)));
defNoArgs(floatType, '__ceil__', (self) => floatCeil(selfFloat(self)));
defNoArgs(floatType, '__getnewargs__', (self) => new PyTuple([new PyFloat(selfFloat(self))]));

defMethod(floatType, '__round__', (self, args, kwargs) => {
  const nd = roundArg('float', args, kwargs);
  const x = selfFloat(self);
  if (nd === undefined) return floatRoundToInt(x);
  return new PyFloat(floatRound(x, asIndex(nd)));
});

defMethod(floatType, '__format__', (self, args, kwargs) => {
  const spec = formatSpecArg('float', args, kwargs);
  // An empty spec is str(self), which a subclass may have overridden.
  if (spec.length === 0) return str(self);
  return formatFloat(selfFloat(self), spec, typeName(self));
});

// ---- methods and attributes ------------------------------------------------------------------------------------

defNoArgs(floatType, 'conjugate', exactFloat);
defNoArgs(floatType, 'is_integer', (self) => floatIsInteger(selfFloat(self)));
defNoArgs(floatType, 'as_integer_ratio', (self) => new PyTuple(floatAsIntegerRatio(selfFloat(self))));
defNoArgs(floatType, 'hex', (self) => floatHex(selfFloat(self)));

defGetSet(floatType, 'real', exactFloat);
defGetSet(floatType, 'imag', () => new PyFloat(0));

/** Box a float for a classmethod of `cls`: a subclass is constructed by calling it, as CPython does. */
function floatForClass(cls: PyType, x: number): PyValue {
  return cls === floatType ? new PyFloat(x) : callObject(cls, [new PyFloat(x)]);
}

defClassMethod(floatType, 'fromhex', (cls, args, kwargs) => {
  const s = oneArg('float.fromhex', args, kwargs);
  let text: string;
  if (typeof s === 'string') text = s;
  else if (s instanceof PyObject && s.cls.isSubtypeOf(strType)) text = strValue(s);
  else throw typeError('bad argument type for built-in operation');
  return floatForClass(cls, floatFromHex(text));
});

defClassMethod(floatType, 'from_number', (cls, args, kwargs) => {
  const x = oneArg('float.from_number', args, kwargs);
  if (cls === floatType && x instanceof PyFloat && x.cls === floatType) return x;
  return floatForClass(cls, asDouble(x));
});

defClassMethod(floatType, '__getformat__', (_cls, args, kwargs) => {
  const t = oneArg('float.__getformat__', args, kwargs);
  let s: string;
  if (typeof t === 'string') s = t;
  else if (t instanceof PyObject && t.cls.isSubtypeOf(strType)) s = strValue(t);
  else throw typeError(`__getformat__() argument must be str, not ${typeName(t)}`);
  if (s !== 'double' && s !== 'float') {
    throw valueError("__getformat__() argument 1 must be 'double' or 'float'");
  }
  return 'IEEE, little-endian';
});
