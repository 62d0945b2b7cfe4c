// The decimal.Decimal type: construction (str, int, float, tuple, Decimal), the number protocol with
// int operands, comparisons (also with float, Fraction and complex), hashing compatible with int/float/
// Fraction, conversions (int, float, round, as_tuple, as_integer_ratio) and the Decimal methods.
//
// Arithmetic is done by the kernel (arith.ts, transcendental.ts) under the current or given context;
// conditions are committed to that context (which may raise a trap). Must not compute digits itself.

import { PyObject, PyType, PyValue, makeBuiltinType, objectType, typeName } from '../../objects/object.js';
import { PyFloat } from '../../objects/float.js';
import { PyComplex } from '../../objects/complex.js';
import { PyTuple } from '../../objects/tuple.js';
import { PyList } from '../../objects/list.js';
import { None, NotImplemented } from '../../objects/singletons.js';
import { defMethod, defGetSet, defNew, defClassMethod, bindArgs } from '../../objects/native.js';
import { intOf, formatSpecArg } from '../../objects/int_type.js';
import { typeError, valueError, overflowError } from '../../runtime/raise.js';
import { identityHash } from '../../runtime/protocols.js';
import { isInstanceCheck as isInstanceOf } from '../builtins.js';
import { callObject } from '../../runtime/call.js';
import { registerModulusPowSlot } from '../../runtime/operators.js';
import { getAttr } from '../../runtime/attributes.js';
import { strValue } from '../../runtime/protocols.js';
import { type PyInt, normalizeBigInt } from '../../numeric/int_math.js';
import {
  Dec, FINITE, INF, NAN, SNAN, status, pow10, adjusted, finite,
  S_CONVERSION_SYNTAX, S_FLOAT_OPERATION, S_INVALID_OPERATION,
} from './number.js';
import { ROUND_DOWN, ROUND_FLOOR, ROUND_CEILING, ROUND_HALF_EVEN } from './rounding.js';
import * as K from './arith.js';
import * as T from './transcendental.js';
import { parseDecimal, toSciString } from './text.js';
import { formatDecimal } from './format.js';
import { PyContext, getContext, contextArg, commitStatus, roundingArg } from './context.js';
import { strType } from '../../objects/object.js';

const MAX_EMAX_NUM = 999999999999999999;
const MIN_ETINY_NUM = -1999999999999999997;

export const decimalType: PyType = makeBuiltinType('Decimal', objectType, 'decimal');

export class PyDecimal extends PyObject {
  constructor(
    readonly d: Dec,
    cls: PyType = decimalType,
  ) {
    super(cls);
  }
}
decimalType.allocate = (cls) => new PyDecimal(K.finite0(), cls);
decimalType.doc =
  "Construct a new Decimal object. 'value' can be an integer, string, tuple,\nor another Decimal object. If no value is given, return Decimal('0'). The\ncontext does not affect the conversion and is only passed to determine if\nthe InvalidOperation trap is active.\n\n";

/** The DecimalTuple namedtuple class, created by the module factory. */
let decimalTupleType: PyValue = None;
/** numbers.Rational, for comparisons with fractions. */
let rationalType: PyValue = None;
export function setBridgeTypes(tupleType: PyValue, rational: PyValue): void {
  decimalTupleType = tupleType;
  rationalType = rational;
}

function decOf(self: PyValue): Dec {
  if (!(self instanceof PyDecimal)) {
    throw typeError(`descriptor requires a 'decimal.Decimal' object but received a '${typeName(self)}'`);
  }
  return self.d;
}

export function wrap(d: Dec): PyDecimal {
  return new PyDecimal(d);
}

// ---- conversions into the kernel representation -------------------------------------------------------

export function decFromInt(v: PyInt): Dec {
  if (typeof v === 'number') return v < 0 ? finite(1, BigInt(-v), 0) : finite(0, BigInt(v), 0);
  return v < 0n ? finite(1, -v, 0) : finite(0, v, 0);
}

const fbits = new DataView(new ArrayBuffer(8));

/** The exact value of a float. */
export function decFromFloat(x: number): Dec {
  const sign = x < 0 || Object.is(x, -0) ? 1 : 0;
  if (x !== x) {
    fbits.setFloat64(0, x);
    return new Dec(fbits.getUint8(0) >> 7, 0n, 0, NAN);
  }
  if (x === Infinity || x === -Infinity) return new Dec(sign, 0n, 0, INF);
  const ax = Math.abs(x);
  if (ax === 0) return finite(sign, 0n, 0);
  fbits.setFloat64(0, ax);
  const hi = fbits.getUint32(0);
  const lo = fbits.getUint32(4);
  const be = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (be === 0) e = -1074;
  else {
    m |= 1n << 52n;
    e = be - 1075;
  }
  while ((m & 1n) === 0n && e < 0) {
    m >>= 1n;
    e++;
  }
  if (e >= 0) return finite(sign, m << BigInt(e), 0);
  // m * 2**e = m * 5**-e / 10**-e
  return finite(sign, m * 5n ** BigInt(-e), e);
}

/** An operand of arithmetic: Decimal or int, else null. */
function operand(v: PyValue): Dec | null {
  if (v instanceof PyDecimal) return v.d;
  const i = intOf(v);
  if (i !== undefined) return decFromInt(i);
  return null;
}

/** An operand of a method: Decimal or int, else TypeError. */
export function operandRaise(v: PyValue): Dec {
  const d = operand(v);
  if (d !== null) return d;
  throw typeError(`conversion from ${typeName(v)} to Decimal is not supported`);
}

/** Decimal(value) under ctx (construction is exact; only conversion problems are signalled). */
function construct(v: PyValue, ctx: PyContext): Dec {
  if (v instanceof PyDecimal) return v.d;
  if (typeof v === 'string') {
    const s = v;
    const d = parseDecimal(s);
    if (d === null) {
      commitStatus(ctx, S_CONVERSION_SYNTAX);
      return new Dec(0, 0n, 0, NAN);
    }
    if (d.kind === FINITE && (d.exp < MIN_ETINY_NUM || (d.coeff === 0n ? d.exp : adjusted(d)) > MAX_EMAX_NUM)) {
      // Beyond the largest context: not exactly representable, as in CPython.
      commitStatus(ctx, S_INVALID_OPERATION);
      return new Dec(0, 0n, 0, NAN);
    }
    return d;
  }
  const i = intOf(v);
  if (i !== undefined) return decFromInt(i);
  if (v instanceof PyFloat) {
    commitStatus(ctx, S_FLOAT_OPERATION);
    return decFromFloat(v.value);
  }
  if (v instanceof PyTuple || v instanceof PyList) return fromTuple(v.items);
  if (typeof v === 'object' && v.cls.isSubtypeOf(strType)) return construct(strValue(v), ctx);
  throw typeError(`conversion from ${typeName(v)} to Decimal is not supported`);
}


function fromTuple(items: PyValue[]): Dec {
  if (items.length !== 3) throw valueError('argument must be a sequence of length 3');
  const s = intOf(items[0]);
  if (s !== 0 && s !== 1) throw valueError('sign must be an integer with the value 0 or 1');
  const sign = s as number;
  const e = items[2];
  let kind = FINITE;
  let exp = 0;
  if (typeof e === 'string') {
    if (e === 'F') kind = INF;
    else if (e === 'n') kind = NAN;
    else if (e === 'N') kind = SNAN;
    else throw valueError("string argument in the third position must be 'F', 'n' or 'N'");
  } else {
    const ei = intOf(e);
    if (ei === undefined || typeof e === 'boolean') throw valueError('exponent must be an integer');
    exp = Number(ei);
  }
  const digitsV = items[1];
  if (!(digitsV instanceof PyTuple || digitsV instanceof PyList)) {
    throw valueError('coefficient must be a tuple of digits');
  }
  let text = '';
  for (const dv of digitsV.items) {
    const dg = intOf(dv);
    if (dg === undefined || typeof dv === 'boolean' || typeof dg !== 'number' || dg < 0 || dg > 9) {
      throw valueError('coefficient must be a tuple of digits');
    }
    text += String(dg);
  }
  if (kind === INF) return new Dec(sign, 0n, 0, INF);
  const coeff = text.length === 0 ? 0n : BigInt(text);
  if (kind !== FINITE) return new Dec(sign, coeff, 0, kind);
  return finite(sign, coeff, exp);
}

// ---- Decimal(...) ----------------------------------------------------------------------------------------

const NEW_PARAMS = ['value', 'context'];

defNew(decimalType, (cls, args, kwargs) => {
  const [value, context] = bindArgs('Decimal', NEW_PARAMS, args, kwargs);
  const ctx = contextArg(context);
  const d = value === undefined ? finite(0, 0n, 0) : construct(value, ctx);
  return new PyDecimal(d, cls);
});

function fromFloatLike(cls: PyType, v: PyValue, allowDecimal: boolean): PyValue {
  let d: Dec;
  if (allowDecimal && v instanceof PyDecimal) d = v.d;
  else if (v instanceof PyFloat) d = decFromFloat(v.value);
  else {
    const i = intOf(v);
    if (i === undefined) {
      throw typeError(allowDecimal ? `conversion from ${typeName(v)} to Decimal is not supported` : 'argument must be int or float');
    }
    d = decFromInt(i);
  }
  const r = new PyDecimal(d);
  return cls === decimalType ? r : callObject(cls, [r]);
}

defClassMethod(decimalType, 'from_float', (cls, args) => fromFloatLike(cls, args[0], false));
defClassMethod(decimalType, 'from_number', (cls, args) => fromFloatLike(cls, args[0], true));

// ---- method helpers ----------------------------------------------------------------------------------------

type Unary = (a: Dec, ctx: PyContext) => Dec;
type Binary = (a: Dec, b: Dec, ctx: PyContext) => Dec;

/** Runs a kernel operation and commits its status to the context (which may raise a trap). */
function run(ctx: PyContext, f: () => Dec): PyDecimal {
  status.flags = 0;
  let r: Dec;
  try {
    r = f();
  } catch (e) {
    status.flags = 0;
    throw e;
  }
  commitStatus(ctx);
  return wrap(r);
}

function defUnaryCtx(name: string, f: Unary): void {
  const params = ['context'];
  defMethod(decimalType, name, (self, args, kwargs) => {
    const [c] = bindArgs(name, params, args, kwargs);
    const ctx = contextArg(c);
    const a = decOf(self);
    return run(ctx, () => f(a, ctx));
  });
}

function defBinaryCtx(name: string, f: Binary): void {
  const params = ['other', 'context'];
  defMethod(decimalType, name, (self, args, kwargs) => {
    const [o, c] = bindArgs(name, params, args, kwargs, 1);
    const ctx = contextArg(c);
    const a = decOf(self);
    const b = operandRaise(o!);
    return run(ctx, () => f(a, b, ctx));
  });
}

function defBinaryOp(name: string, rname: string, f: Binary): void {
  defMethod(decimalType, name, (self, args) => {
    const b = operand(args[0]);
    if (b === null) return NotImplemented;
    const ctx = getContext();
    const a = decOf(self);
    return run(ctx, () => f(a, b, ctx));
  });
  defMethod(decimalType, rname, (self, args) => {
    const b = operand(args[0]);
    if (b === null) return NotImplemented;
    const ctx = getContext();
    const a = decOf(self);
    return run(ctx, () => f(b, a, ctx));
  });
}

defBinaryOp('__add__', '__radd__', K.add);
defBinaryOp('__sub__', '__rsub__', K.subtract);
defBinaryOp('__mul__', '__rmul__', K.multiply);
defBinaryOp('__truediv__', '__rtruediv__', K.divide);
defBinaryOp('__floordiv__', '__rfloordiv__', K.divideInt);
defBinaryOp('__mod__', '__rmod__', K.remainder);

function divmodPair(a: Dec, b: Dec): PyValue {
  const ctx = getContext();
  status.flags = 0;
  const [q, r] = K.divMod(a, b, ctx);
  commitStatus(ctx);
  return new PyTuple([wrap(q), wrap(r)]);
}
defMethod(decimalType, '__divmod__', (self, args) => {
  const b = operand(args[0]);
  return b === null ? NotImplemented : divmodPair(decOf(self), b);
});
defMethod(decimalType, '__rdivmod__', (self, args) => {
  const b = operand(args[0]);
  return b === null ? NotImplemented : divmodPair(b, decOf(self));
});

function powOp(a: Dec, b: Dec, mod: PyValue | undefined, ctx: PyContext): PyValue {
  if (mod !== undefined && mod !== None) {
    const m = operand(mod);
    if (m === null) return NotImplemented;
    return run(ctx, () => K.powMod(a, b, m, ctx));
  }
  return run(ctx, () => T.power(a, b, ctx));
}
defMethod(decimalType, '__pow__', (self, args) => {
  const b = operand(args[0]);
  if (b === null) return NotImplemented;
  return powOp(decOf(self), b, args[1], getContext());
});
defMethod(decimalType, '__rpow__', (self, args) => {
  const b = operand(args[0]);
  if (b === null) return NotImplemented;
  return powOp(b, decOf(self), args[1], getContext());
});

// The C type's nb_power, which ternary pow() also calls when only the modulus is a Decimal
// (pow(3, 4, Decimal(5))): every operand is converted, or the call is NotImplemented.
registerModulusPowSlot(decimalType, (base, exp, mod) => {
  const a = operand(base);
  const b = operand(exp);
  if (a === null || b === null) return NotImplemented;
  return powOp(a, b, mod, getContext());
});

defMethod(decimalType, '__neg__', (self) => {
  const ctx = getContext();
  const a = decOf(self);
  return run(ctx, () => K.plus(a, ctx, a.sign ^ 1));
});
defMethod(decimalType, '__pos__', (self) => {
  const ctx = getContext();
  const a = decOf(self);
  return run(ctx, () => K.plus(a, ctx, null));
});
defMethod(decimalType, '__abs__', (self) => {
  const ctx = getContext();
  const a = decOf(self);
  return run(ctx, () => K.plus(a, ctx, 0));
});
defMethod(decimalType, '__bool__', (self) => {
  const a = decOf(self);
  return a.kind !== FINITE || a.coeff !== 0n;
});

// ---- comparisons ------------------------------------------------------------------------------------------

const EQ = 0;
const NE = 1;
const LT = 2;
const LE = 3;
const GT = 4;
const GE = 5;

/** Converts the other operand of a comparison, or null for NotImplemented; may scale self (Fraction). */
function cmpOperands(a: Dec, v: PyValue, op: number, ctx: PyContext): [Dec, Dec] | null {
  const d = operand(v);
  if (d !== null) return [a, d];
  if (v instanceof PyFloat) {
    if (op === EQ || op === NE) ctx.flags |= S_FLOAT_OPERATION;
    else commitStatus(ctx, S_FLOAT_OPERATION);
    return [a, decFromFloat(v.value)];
  }
  if (v instanceof PyComplex) {
    if (op !== EQ && op !== NE) return null;
    if (v.imag !== 0) return null;
    ctx.flags |= S_FLOAT_OPERATION;
    return [a, decFromFloat(v.real)];
  }
  if (rationalType !== None && v instanceof PyObject && isInstanceOf(v, rationalType)) {
    const num = intOf(getAttr(v, 'numerator'));
    const den = intOf(getAttr(v, 'denominator'));
    if (num === undefined || den === undefined) return null;
    const n = decFromInt(num);
    if (a.kind !== FINITE) return [a, n];
    return [K.multiplyExact(a, decFromInt(den)), n];
  }
  return null;
}

function richCompare(self: PyValue, other: PyValue, op: number): PyValue {
  const a0 = decOf(self);
  const ctx = getContext();
  const ops = cmpOperands(a0, other, op, ctx);
  if (ops === null) return NotImplemented;
  const [a, b] = ops;
  if (a.kind >= NAN || b.kind >= NAN) {
    if (a.kind === SNAN || b.kind === SNAN || (op !== EQ && op !== NE)) commitStatus(ctx, S_INVALID_OPERATION);
    return op === NE;
  }
  const c = K.compareValues(a, b);
  switch (op) {
    case EQ:
      return c === 0;
    case NE:
      return c !== 0;
    case LT:
      return c < 0;
    case LE:
      return c <= 0;
    case GT:
      return c > 0;
    default:
      return c >= 0;
  }
}

defMethod(decimalType, '__eq__', (s, a) => richCompare(s, a[0], EQ));
defMethod(decimalType, '__ne__', (s, a) => richCompare(s, a[0], NE));
defMethod(decimalType, '__lt__', (s, a) => richCompare(s, a[0], LT));
defMethod(decimalType, '__le__', (s, a) => richCompare(s, a[0], LE));
defMethod(decimalType, '__gt__', (s, a) => richCompare(s, a[0], GT));
defMethod(decimalType, '__ge__', (s, a) => richCompare(s, a[0], GE));

// ---- hash --------------------------------------------------------------------------------------------------

const MODULUS = 2305843009213693951n; // 2**61 - 1, the modulus of numeric hashes
const INV10 = 2075258708292324556n; // the inverse of 10 modulo 2**61 - 1

function modPow(b: bigint, e: bigint, m: bigint): bigint {
  let r = 1n;
  b %= m;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  return r;
}

export function decimalHash(self: PyDecimal): PyInt {
  const d = self.d;
  if (d.kind === SNAN) throw typeError('Cannot hash a signaling NaN value');
  if (d.kind === NAN) return identityHash(self);
  if (d.kind === INF) return d.sign ? -314159 : 314159;
  const eh = d.exp >= 0 ? modPow(10n, BigInt(d.exp), MODULUS) : modPow(INV10, BigInt(-d.exp), MODULUS);
  let h = ((d.coeff % MODULUS) * eh) % MODULUS;
  if (d.sign) h = -h;
  if (h === -1n) h = -2n;
  return normalizeBigInt(h);
}
defMethod(decimalType, '__hash__', (self) => decimalHash(self as PyDecimal));

// ---- text -------------------------------------------------------------------------------------------------

export function decimalStr(d: Dec, ctx: PyContext = getContext()): string {
  return toSciString(d, ctx.capitals === 1);
}
defMethod(decimalType, '__str__', (self) => decimalStr(decOf(self)));
defMethod(decimalType, '__repr__', (self) => `Decimal('${decimalStr(decOf(self))}')`);
defMethod(decimalType, 'to_eng_string', (self, args, kwargs) => {
  const [c] = bindArgs('to_eng_string', ['context'], args, kwargs);
  const ctx = contextArg(c);
  return toSciString(decOf(self), ctx.capitals === 1, true);
});
defMethod(decimalType, '__format__', (self, args, kwargs) => {
  const spec = formatSpecArg('Decimal', args, kwargs);
  const ctx = getContext();
  return formatDecimal(decOf(self), spec, ctx);
});
defMethod(decimalType, '__reduce__', (self) => new PyTuple([(self as PyObject).cls, new PyTuple([decimalStr(decOf(self))])]));
defMethod(decimalType, '__copy__', (self) => self);
defMethod(decimalType, '__deepcopy__', (self) => self);

// ---- conversions out ---------------------------------------------------------------------------------------

function toPyInt(d: Dec, round: number): PyInt {
  if (d.kind >= NAN) throw valueError('cannot convert NaN to integer');
  if (d.kind === INF) throw overflowError('cannot convert Infinity to integer');
  return normalizeBigInt(K.integerValue(d, round));
}

defMethod(decimalType, '__int__', (self) => toPyInt(decOf(self), ROUND_DOWN));
defMethod(decimalType, '__trunc__', (self) => toPyInt(decOf(self), ROUND_DOWN));
defMethod(decimalType, '__floor__', (self) => toPyInt(decOf(self), ROUND_FLOOR));
defMethod(decimalType, '__ceil__', (self) => toPyInt(decOf(self), ROUND_CEILING));

export function decimalToFloat(d: Dec): number {
  if (d.kind === SNAN) throw valueError('cannot convert signaling NaN to float');
  if (d.kind === NAN) return d.sign ? -NaN : NaN;
  if (d.kind === INF) return d.sign ? -Infinity : Infinity;
  const v = parseFloat(toSciString(d));
  return v;
}
defMethod(decimalType, '__float__', (self) => new PyFloat(decimalToFloat(decOf(self))));
defMethod(decimalType, '__complex__', (self) => new PyComplex(decimalToFloat(decOf(self)), 0));

defMethod(decimalType, '__round__', (self, args, kwargs) => {
  const d = decOf(self);
  const n = args.length > 0 ? args[0] : None;
  if (n === None) return toPyInt(d, ROUND_HALF_EVEN);
  const ni = intOf(n);
  if (ni === undefined) throw typeError('optional arg must be an integer');
  const ctx = getContext();
  const q = finite(0, 1n, -Number(ni));
  return run(ctx, () => K.quantize(d, q, ctx, ctx.round));
});

defMethod(decimalType, 'as_tuple', (self) => {
  const d = decOf(self);
  let digits: PyValue[];
  let exp: PyValue;
  if (d.kind === INF) {
    digits = [0];
    exp = 'F';
  } else {
    digits = d.coeff === 0n && d.kind !== FINITE ? [] : [...d.coeff.toString()].map(Number);
    exp = d.kind === NAN ? 'n' : d.kind === SNAN ? 'N' : d.exp;
  }
  const t = new PyTuple(digits);
  if (decimalTupleType === None) return new PyTuple([d.sign, t, exp]);
  return callObject(decimalTupleType, [d.sign, t, exp]);
});

defMethod(decimalType, 'as_integer_ratio', (self) => {
  const d = decOf(self);
  if (d.kind >= NAN) throw valueError('cannot convert NaN to integer ratio');
  if (d.kind === INF) throw overflowError('cannot convert Infinity to integer ratio');
  let n = d.coeff;
  let den = 1n;
  if (d.exp >= 0) n *= pow10(d.exp);
  else {
    den = pow10(-d.exp);
    let a = n;
    let b = den;
    while (b !== 0n) [a, b] = [b, a % b];
    if (a !== 0n) {
      n /= a;
      den /= a;
    }
    if (n === 0n) den = 1n;
  }
  return new PyTuple([normalizeBigInt(d.sign ? -n : n), normalizeBigInt(den)]);
});

// ---- predicates and exact accessors -------------------------------------------------------------------

function defPredicate(name: string, f: (d: Dec) => boolean): void {
  defMethod(decimalType, name, (self) => f(decOf(self)));
}
defPredicate('is_canonical', () => true);
defPredicate('is_finite', (d) => d.kind === FINITE);
defPredicate('is_infinite', (d) => d.kind === INF);
defPredicate('is_nan', (d) => d.kind >= NAN);
defPredicate('is_qnan', (d) => d.kind === NAN);
defPredicate('is_snan', (d) => d.kind === SNAN);
defPredicate('is_signed', (d) => d.sign === 1);
defPredicate('is_zero', (d) => d.kind === FINITE && d.coeff === 0n);

function defCtxPredicate(name: string, f: (d: Dec, ctx: PyContext) => boolean): void {
  defMethod(decimalType, name, (self, args, kwargs) => {
    const [c] = bindArgs(name, ['context'], args, kwargs);
    return f(decOf(self), contextArg(c));
  });
}
defCtxPredicate('is_normal', (d, ctx) => d.kind === FINITE && d.coeff !== 0n && adjusted(d) >= ctx.emin);
defCtxPredicate('is_subnormal', (d, ctx) => d.kind === FINITE && d.coeff !== 0n && adjusted(d) < ctx.emin);

defMethod(decimalType, 'adjusted', (self) => {
  const d = decOf(self);
  return d.kind === FINITE ? adjusted(d) : 0;
});
defMethod(decimalType, 'canonical', (self) => self);
defMethod(decimalType, 'conjugate', (self) => self);
defMethod(decimalType, 'radix', () => wrap(finite(0, 10n, 0)));
defGetSet(decimalType, 'real', (self) => self);
defGetSet(decimalType, 'imag', () => wrap(finite(0, 0n, 0)));
defMethod(decimalType, 'copy_abs', (self) => wrap(K.withSignOf(decOf(self), 0)));
defMethod(decimalType, 'copy_negate', (self) => {
  const d = decOf(self);
  return wrap(K.withSignOf(d, d.sign ^ 1));
});
defMethod(decimalType, 'copy_sign', (self, args, kwargs) => {
  const [o] = bindArgs('copy_sign', ['other', 'context'], args, kwargs, 1);
  return wrap(K.withSignOf(decOf(self), operandRaise(o!).sign));
});

export function numberClass(d: Dec, ctx: PyContext): string {
  if (d.kind === SNAN) return 'sNaN';
  if (d.kind === NAN) return 'NaN';
  const s = d.sign ? '-' : '+';
  if (d.kind === INF) return s + 'Infinity';
  if (d.coeff === 0n) return s + 'Zero';
  return s + (adjusted(d) < ctx.emin ? 'Subnormal' : 'Normal');
}
defMethod(decimalType, 'number_class', (self, args, kwargs) => {
  const [c] = bindArgs('number_class', ['context'], args, kwargs);
  return numberClass(decOf(self), contextArg(c));
});

// ---- context-using methods --------------------------------------------------------------------------------

defUnaryCtx('sqrt', T.sqrt);
defUnaryCtx('exp', T.exp);
defUnaryCtx('ln', T.ln);
defUnaryCtx('log10', T.log10);
defUnaryCtx('normalize', K.reduce);
defUnaryCtx('next_plus', (a, ctx) => K.nextToward(a, 1, ctx));
defUnaryCtx('next_minus', (a, ctx) => K.nextToward(a, -1, ctx));
defUnaryCtx('logb', K.logb);
defBinaryCtx('compare', (a, b, ctx) => K.compare(a, b, ctx, false));
defBinaryCtx('compare_signal', (a, b, ctx) => K.compare(a, b, ctx, true));
defBinaryCtx('max', (a, b, ctx) => K.maxMin(a, b, ctx, true, false));
defBinaryCtx('min', (a, b, ctx) => K.maxMin(a, b, ctx, false, false));
defBinaryCtx('max_mag', (a, b, ctx) => K.maxMin(a, b, ctx, true, true));
defBinaryCtx('min_mag', (a, b, ctx) => K.maxMin(a, b, ctx, false, true));
defBinaryCtx('remainder_near', K.remainderNear);
defBinaryCtx('scaleb', K.scaleb);
defBinaryCtx('compare_total', (a, b) => K.totalAsDec(K.compareTotal(a, b)));
defBinaryCtx('compare_total_mag', (a, b) => K.totalAsDec(K.compareTotal(K.withSignOf(a, 0), K.withSignOf(b, 0))));
defMethod(decimalType, 'same_quantum', (self, args, kwargs) => {
  const [o] = bindArgs('same_quantum', ['other', 'context'], args, kwargs, 1);
  return K.sameQuantum(decOf(self), operandRaise(o!));
});

defBinaryCtx('next_toward', K.nextTowardOp);
defBinaryCtx('logical_and', (a, b, ctx) => K.logical(a, b, ctx, '&'));
defBinaryCtx('logical_or', (a, b, ctx) => K.logical(a, b, ctx, '|'));
defBinaryCtx('logical_xor', (a, b, ctx) => K.logical(a, b, ctx, '^'));
defUnaryCtx('logical_invert', K.logicalInvert);
defBinaryCtx('rotate', (a, b, ctx) => K.rotateShift(a, b, ctx, true));
defBinaryCtx('shift', (a, b, ctx) => K.rotateShift(a, b, ctx, false));

defMethod(decimalType, 'fma', (self, args, kwargs) => {
  const [o, t, c] = bindArgs('fma', ['other', 'third', 'context'], args, kwargs, 2);
  const ctx = contextArg(c);
  const a = decOf(self);
  const b = operandRaise(o!);
  const cc = operandRaise(t!);
  return run(ctx, () => K.fma(a, b, cc, ctx));
});

function roundingParam(v: PyValue | undefined, ctx: PyContext): number {
  return v === undefined || v === None ? ctx.round : roundingArg(v);
}

defMethod(decimalType, 'quantize', (self, args, kwargs) => {
  const [e, r, c] = bindArgs('quantize', ['exp', 'rounding', 'context'], args, kwargs, 1);
  const ctx = contextArg(c);
  const round = roundingParam(r, ctx);
  const a = decOf(self);
  const b = operandRaise(e!);
  return run(ctx, () => K.quantize(a, b, ctx, round));
});

function defToIntegral(name: string, exact: boolean): void {
  defMethod(decimalType, name, (self, args, kwargs) => {
    const [r, c] = bindArgs(name, ['rounding', 'context'], args, kwargs);
    const ctx = contextArg(c);
    const round = roundingParam(r, ctx);
    const a = decOf(self);
    return run(ctx, () => K.toIntegral(a, ctx, round, exact));
  });
}
defToIntegral('to_integral', false);
defToIntegral('to_integral_value', false);
defToIntegral('to_integral_exact', true);

