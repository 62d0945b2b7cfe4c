// The complex type's Python-visible behaviour: complex.__new__ (numbers and the '1+2j' string syntax),
// arithmetic with int/float/complex operands, ==/!=, hashing, repr/format, abs, and the attributes and
// methods real, imag, conjugate, __complex__, from_number.
//
// Arithmetic follows CPython 3.14, including its mixed-mode rules (C11 Annex G): a real operand is not
// turned into a complex first, so complex(inf, 0) * 2 is (inf+0j), not (inf+nanj). The few complex
// kernels (Smith's division with infinity recovery, integer and general powers, an accurate hypot) are
// private to this file: nothing else needs them. Must not box/unbox more than once per operation.

import { PyObject, PyType, PyValue, strType, typeName } from './object.js';
import { defMethod, defNew, defClassMethod, defGetSet, oneArg, bindArgs } from './native.js';
import { defMember } from './member_descriptor.js';
import { PyFloat } from './float.js';
import { PyComplex, complexType } from './complex.js';
import { PyTuple } from './tuple.js';
import { NotImplemented, None } from './singletons.js';
import { typeError, valueError, zeroDivisionError, overflowError } from '../runtime/raise.js';
import { str, strValue } from '../runtime/protocols.js';
import { callSpecial } from '../runtime/attributes.js';
import { callObject } from '../runtime/call.js';
import { PyInt, normalizeBigInt } from '../numeric/int_math.js';
import { floatPow } from '../numeric/float_math.js';
import { hashFloat } from '../numeric/hash_number.js';
import { complexRepr, formatComplex } from '../numeric/format_spec.js';
import { strRepr } from './str_core.js';
import { intOf, defUnary, defBinary, defTernary, defNoArgs, formatSpecArg } from './int_type.js';
import { toDouble, toFloat, asDouble } from './float_type.js';

// ---- kernels ---------------------------------------------------------------------------------------------
//
// Results are left in the registers RE and IM (no pair is allocated); a kernel that can fail returns
// false for CPython's errno EDOM (division by zero, zero to a negative or complex power).

let RE = 0;
let IM = 0;

/** (ar + ai j) / (br + bi j): Smith's algorithm, then C11 Annex G recovery of infinities and zeros. */
function cQuot(ar: number, ai: number, br: number, bi: number): boolean {
  const absBr = Math.abs(br);
  const absBi = Math.abs(bi);
  if (absBr >= absBi) {
    if (absBr === 0) return false;
    const ratio = bi / br;
    const denom = br + bi * ratio;
    RE = (ar + ai * ratio) / denom;
    IM = (ai - ar * ratio) / denom;
  } else if (absBi >= absBr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    RE = (ar * ratio + ai) / denom;
    IM = (ai * ratio - ar) / denom;
  } else {
    RE = IM = NaN; // a NaN in the divisor
  }
  if (RE !== RE && IM !== IM) {
    if ((isInf(ar) || isInf(ai)) && Number.isFinite(br) && Number.isFinite(bi)) {
      const x = copysign(isInf(ar) ? 1 : 0, ar);
      const y = copysign(isInf(ai) ? 1 : 0, ai);
      RE = Infinity * (x * br + y * bi);
      IM = Infinity * (y * br - x * bi);
    } else if ((isInf(absBr) || isInf(absBi)) && Number.isFinite(ar) && Number.isFinite(ai)) {
      const x = copysign(isInf(br) ? 1 : 0, br);
      const y = copysign(isInf(bi) ? 1 : 0, bi);
      RE = 0 * (ar * x + ai * y);
      IM = 0 * (ai * x - ar * y);
    }
  }
  return true;
}

/** a / (br + bi j) for a real a: the same algorithm with a zero imaginary numerator left out. */
function rcQuot(a: number, br: number, bi: number): boolean {
  const absBr = Math.abs(br);
  const absBi = Math.abs(bi);
  if (absBr >= absBi) {
    if (absBr === 0) return false;
    const ratio = bi / br;
    const denom = br + bi * ratio;
    RE = a / denom;
    IM = (-a * ratio) / denom;
  } else if (absBi >= absBr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    RE = (a * ratio) / denom;
    IM = -a / denom;
  } else {
    RE = IM = NaN;
  }
  if (RE !== RE && IM !== IM) {
    if (isInf(a) && Number.isFinite(br) && Number.isFinite(bi)) {
      const x = copysign(1, a);
      RE = Infinity * (x * br);
      IM = Infinity * (-x * bi);
    } else if ((isInf(absBr) || isInf(absBi)) && Number.isFinite(a)) {
      const x = copysign(isInf(br) ? 1 : 0, br);
      const y = copysign(isInf(bi) ? 1 : 0, bi);
      RE = 0 * (a * x);
      IM = 0 * (-a * y);
    }
  }
  return true;
}

function isInf(x: number): boolean {
  return x === Infinity || x === -Infinity;
}

const signView = new DataView(new ArrayBuffer(8));

/** C copysign: |mag| with the sign bit of `sign` (which for a NaN is its stored sign bit). */
function copysign(mag: number, sign: number): number {
  signView.setFloat64(0, sign);
  return signView.getUint32(0) >>> 31 ? -mag : mag;
}

/** (a + bj) * (c + dj), with C11 Annex G recovery of infinities that came out as nan+nanj. */
function cProd(a: number, b: number, c: number, d: number): boolean {
  const ac = a * c;
  const bd = b * d;
  const ad = a * d;
  const bc = b * c;
  RE = ac - bd;
  IM = ad + bc;
  if (RE !== RE && IM !== IM) {
    let recalc = false;
    if (isInf(a) || isInf(b)) {
      // The left factor is infinite: box it to (+-1 or +-0) and turn NaNs of the other into 0.
      a = copysign(isInf(a) ? 1 : 0, a);
      b = copysign(isInf(b) ? 1 : 0, b);
      if (c !== c) c = copysign(0, c);
      if (d !== d) d = copysign(0, d);
      recalc = true;
    }
    if (isInf(c) || isInf(d)) {
      c = copysign(isInf(c) ? 1 : 0, c);
      d = copysign(isInf(d) ? 1 : 0, d);
      if (a !== a) a = copysign(0, a);
      if (b !== b) b = copysign(0, b);
      recalc = true;
    }
    if (!recalc && (isInf(ac) || isInf(bd) || isInf(ad) || isInf(bc))) {
      // Overflow in a partial product: recover the infinity by treating NaN operands as 0.
      if (a !== a) a = copysign(0, a);
      if (b !== b) b = copysign(0, b);
      if (c !== c) c = copysign(0, c);
      if (d !== d) d = copysign(0, d);
      recalc = true;
    }
    if (recalc) {
      RE = Infinity * (a * c - b * d);
      IM = Infinity * (a * d + b * c);
    }
  }
  return true;
}

/** x ** n for an integer 0 <= n <= 100 by repeated squaring (CPython's c_powu). */
function cPowu(xr: number, xi: number, n: number): void {
  let pr = xr;
  let pi = xi;
  let rr = 1;
  let ri = 0;
  if (n !== 0) {
    rr = pr;
    ri = pi;
    n--;
  }
  for (let mask = 1; n >= mask; mask *= 2) {
    if (n & mask) {
      cProd(rr, ri, pr, pi);
      rr = RE;
      ri = IM;
    }
    cProd(pr, pi, pr, pi);
    pr = RE;
    pi = IM;
  }
  RE = rr;
  IM = ri;
}

/** x ** y for general y (CPython's _Py_c_pow), through polar form. */
function cPow(ar: number, ai: number, br: number, bi: number): boolean {
  if (br === 0 && bi === 0) {
    RE = 1;
    IM = 0;
    return true;
  }
  if (ar === 0 && ai === 0) {
    RE = 0;
    IM = 0;
    return !(bi !== 0 || br < 0);
  }
  const vabs = hypot(ar, ai);
  let len = realPow(vabs, br);
  const at = Math.atan2(ai, ar);
  let phase = at * br;
  if (bi !== 0) {
    len /= Math.exp(at * bi);
    phase += bi * Math.log(vabs);
  }
  RE = len * Math.cos(phase);
  IM = len * Math.sin(phase);
  return true;
}

/** C pow() for x > 0: correctly rounded (float_math's), with overflow giving infinity, not an error. */
function realPow(x: number, y: number): number {
  try {
    return floatPow(x, y) as number;
  } catch {
    return Infinity;
  }
}

/** complex ** complex as a Python object, with CPython's errors. Also used by float ** float < 0. */
export function complexPow(ar: number, ai: number, br: number, bi: number): PyComplex {
  let ok: boolean;
  if (bi === 0 && br === Math.floor(br) && Math.abs(br) <= 100) {
    if (br >= 0) {
      cPowu(ar, ai, br);
      ok = true;
    } else {
      cPowu(ar, ai, -br);
      ok = cQuot(1, 0, RE, IM);
    }
  } else {
    ok = cPow(ar, ai, br, bi);
  }
  if (!ok) throw zeroDivisionError('zero to a negative or complex power');
  if (isInf(RE) || isInf(IM)) throw overflowError('complex exponentiation');
  return new PyComplex(RE, IM);
}

// Scratch for hypot: the exact square of a double as hi + lo.
let sqHi = 0;
let sqLo = 0;
const SPLIT = 134217729; // 2**27 + 1: Veltkamp splitting into two 26-bit halves

/** x*x exactly, as sqHi + sqLo (|x| well inside the range where the halves cannot overflow). */
function exactSquare(x: number): void {
  const c = x * SPLIT;
  const xh = x - c + c;
  const xl = x - xh;
  sqHi = x * x;
  sqLo = xh * xh - sqHi + 2 * xh * xl + xl * xl;
}

const expView = new DataView(new ArrayBuffer(8));
function biasedExponent(x: number): number {
  expView.setFloat64(0, x);
  return (expView.getUint32(0) >>> 20) & 0x7ff;
}

/**
 * C's hypot(x, y) as the C library of CPython's reference build (musl, in pyodide) computes it for
 * abs(complex): the squares are formed exactly as double-doubles and summed once before the square
 * root, with power-of-two scaling against overflow and underflow. (JS's Math.hypot rounds differently;
 * math.hypot in CPython is a different algorithm again.)
 */
export function hypot(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  if (x === Infinity || y === Infinity) return Infinity;
  if (x !== x || y !== y) return NaN;
  if (x < y) {
    const t = x;
    x = y;
    y = t;
  }
  if (y === 0) return x;
  const ex = biasedExponent(x);
  const ey = biasedExponent(y);
  if (ex - ey > 64) return x + y; // y*y is far below an ulp of x*x
  let scale = 1;
  if (ex > 1023 + 510) {
    scale = 2 ** 700;
    x *= 2 ** -700;
    y *= 2 ** -700;
  } else if (ey < 1023 - 450) {
    scale = 2 ** -700;
    x *= 2 ** 700;
    y *= 2 ** 700;
  }
  exactSquare(x);
  const hx = sqHi;
  const lx = sqLo;
  exactSquare(y);
  return scale * Math.sqrt(sqLo + lx + sqHi + hx);
}

// ---- operands -------------------------------------------------------------------------------------------

function selfComplex(self: PyValue): PyComplex {
  if (self instanceof PyComplex) return self;
  throw typeError(`descriptor requires a 'complex' object but received a '${typeName(self)}'`);
}

function exactComplex(self: PyValue): PyComplex {
  const c = selfComplex(self);
  return c.cls === complexType ? c : new PyComplex(c.real, c.imag);
}

/**
 * Defines op and its reflected form. `cc` combines two complexes, `cr` a complex with a real on the
 * right, `rc` a real on the left with a complex; each leaves its result in RE/IM and returns false on
 * division by zero. Operands other than int/float/complex give NotImplemented.
 */
function arithmetic(
  name: string,
  rname: string,
  cc: (ar: number, ai: number, br: number, bi: number) => boolean,
  cr: (ar: number, ai: number, b: number) => boolean,
  rc: (a: number, br: number, bi: number) => boolean,
): void {
  defBinary(complexType, name, (self, other) => {
    const a = selfComplex(self);
    let ok: boolean;
    if (other instanceof PyComplex) {
      ok = cc(a.real, a.imag, other.real, other.imag);
    } else {
      const b = toDouble(other);
      if (b === undefined) return NotImplemented;
      ok = cr(a.real, a.imag, b);
    }
    if (!ok) throw zeroDivisionError('division by zero');
    return new PyComplex(RE, IM);
  });
  defBinary(complexType, rname, (self, other) => {
    const b = selfComplex(self);
    let ok: boolean;
    if (other instanceof PyComplex) {
      ok = cc(other.real, other.imag, b.real, b.imag);
    } else {
      const a = toDouble(other);
      if (a === undefined) return NotImplemented;
      ok = rc(a, b.real, b.imag);
    }
    if (!ok) throw zeroDivisionError('division by zero');
    return new PyComplex(RE, IM);
  });
}

arithmetic(
  '__add__',
  '__radd__',
  (ar, ai, br, bi) => ((RE = ar + br), (IM = ai + bi), true),
  (ar, ai, b) => ((RE = ar + b), (IM = ai), true),
  (a, br, bi) => ((RE = a + br), (IM = bi), true),
);
arithmetic(
  '__sub__',
  '__rsub__',
  (ar, ai, br, bi) => ((RE = ar - br), (IM = ai - bi), true),
  (ar, ai, b) => ((RE = ar - b), (IM = ai), true),
  (a, br, bi) => ((RE = a - br), (IM = -bi), true),
);
arithmetic(
  '__mul__',
  '__rmul__',
  cProd,
  (ar, ai, b) => ((RE = ar * b), (IM = ai * b), true),
  (a, br, bi) => ((RE = a * br), (IM = a * bi), true),
);
arithmetic(
  '__truediv__',
  '__rtruediv__',
  cQuot,
  (ar, ai, b) => (b === 0 ? false : ((RE = ar / b), (IM = ai / b), true)),
  rcQuot,
);

/** The complex value of a pow operand (int/float/complex), or undefined for NotImplemented. */
function powOperand(v: PyValue): boolean {
  if (v instanceof PyComplex) {
    RE = v.real;
    IM = v.imag;
    return true;
  }
  const x = toDouble(v);
  if (x === undefined) return false;
  RE = x;
  IM = 0;
  return true;
}

function powOp(base: PyValue, exp: PyValue, mod: PyValue): PyValue {
  if (!powOperand(base)) return NotImplemented;
  const ar = RE;
  const ai = IM;
  if (!powOperand(exp)) return NotImplemented;
  if (mod !== None) throw valueError('complex modulo');
  return complexPow(ar, ai, RE, IM);
}

defTernary(complexType, '__pow__', (self, other, mod) => powOp(selfComplex(self), other, mod));
defTernary(complexType, '__rpow__', (self, other, mod) => powOp(other, selfComplex(self), mod));

defUnary(complexType, '__neg__', (self) => {
  const c = selfComplex(self);
  return new PyComplex(-c.real, -c.imag);
});
defUnary(complexType, '__pos__', exactComplex);
defUnary(complexType, '__abs__', (self) => {
  const c = selfComplex(self);
  const re = c.real;
  const im = c.imag;
  // C99: an infinite part makes the modulus infinite even when the other part is a NaN.
  if (isInf(re) || isInf(im)) return new PyFloat(Infinity);
  if (re !== re || im !== im) return new PyFloat(NaN);
  const r = hypot(re, im);
  if (r === Infinity) throw overflowError('absolute value too large');
  return new PyFloat(r);
});
defUnary(complexType, '__bool__', (self) => {
  const c = selfComplex(self);
  return c.real !== 0 || c.imag !== 0;
});

// ---- comparison -------------------------------------------------------------------------------------------

function complexEq(c: PyComplex, other: PyValue): boolean | undefined {
  if (other instanceof PyComplex) return c.real === other.real && c.imag === other.imag;
  if (other instanceof PyFloat) return c.real === other.value && c.imag === 0;
  const i = intOf(other);
  if (i === undefined) return undefined;
  // Exact comparison of the real part with the int (JS compares number and bigint by value).
  return c.imag === 0 && (typeof i === 'number' ? c.real === i : (c.real as unknown) == i);
}

defBinary(complexType, '__eq__', (self, other) => {
  const r = complexEq(selfComplex(self), other);
  return r === undefined ? NotImplemented : r;
});
defBinary(complexType, '__ne__', (self, other) => {
  const r = complexEq(selfComplex(self), other);
  return r === undefined ? NotImplemented : !r;
});
// Ordering is undefined for complex numbers: NotImplemented makes the operator raise its TypeError.
for (const name of ['__lt__', '__le__', '__gt__', '__ge__']) {
  defBinary(complexType, name, (self) => (selfComplex(self), NotImplemented));
}

// ---- hashing, text ----------------------------------------------------------------------------------------

const HASH_IMAG = 1000003;

/** hash(complex): hash(real) + 1000003 * hash(imag) in wrapping 64-bit arithmetic; -1 becomes -2. */
export function complexHash(c: PyComplex): PyInt {
  const hr = hashFloat(c.real, c);
  const hi = hashFloat(c.imag, c);
  if (hi === 0) return hr; // so that hash(x + 0j) == hash(x)
  if (typeof hr === 'number' && typeof hi === 'number' && hi < 9e9 && hi > -9e9) {
    const h = hr + HASH_IMAG * hi; // exact: both terms are safe integers and so is their sum when small
    if (h <= Number.MAX_SAFE_INTEGER && h >= -Number.MAX_SAFE_INTEGER) return h === -1 ? -2 : h;
  }
  let h = BigInt.asIntN(64, BigInt(hr) + BigInt(HASH_IMAG) * BigInt(hi));
  if (h === -1n) h = -2n;
  return normalizeBigInt(h);
}

defUnary(complexType, '__hash__', (self) => complexHash(selfComplex(self)));
defUnary(complexType, '__repr__', (self) => {
  const c = selfComplex(self);
  return complexRepr(c.real, c.imag);
});
defMethod(complexType, '__format__', (self, args, kwargs) => {
  const spec = formatSpecArg('complex', args, kwargs);
  if (spec.length === 0) return str(self);
  const c = selfComplex(self);
  return formatComplex(c.real, c.imag, spec, typeName(self));
});

// ---- attributes and methods -------------------------------------------------------------------------------

defMember(complexType, 'real', (self) => new PyFloat(selfComplex(self).real));
defMember(complexType, 'imag', (self) => new PyFloat(selfComplex(self).imag));
defNoArgs(complexType, 'conjugate', (self) => {
  const c = selfComplex(self);
  return new PyComplex(c.real, -c.imag);
});
defNoArgs(complexType, '__complex__', exactComplex);
defNoArgs(complexType, '__getnewargs__', (self) => {
  const c = selfComplex(self);
  return new PyTuple([new PyFloat(c.real), new PyFloat(c.imag)]);
});

// ---- complex(...) ----------------------------------------------------------------------------------------

/** The name of an object's type as %T prints it: qualified by its module unless builtins/__main__. */
function qualifiedTypeName(v: PyValue): string {
  const t = v instanceof PyObject ? v.cls : null;
  if (t === null) return typeName(v);
  return t.module === 'builtins' || t.module === '__main__' ? t.qualname : `${t.module}.${t.qualname}`;
}

/** x.__complex__() if x's type defines it, checked; undefined if not defined. */
function complexDunder(x: PyValue): PyComplex | undefined {
  if (!(x instanceof PyObject) || x.cls.lookup('__complex__') === undefined) return undefined;
  const r = callSpecial(x, '__complex__', [])!;
  // A strict complex subclass is accepted (CPython warns with a DeprecationWarning).
  if (r instanceof PyComplex) return r;
  throw typeError(`__complex__ returned non-complex (type ${typeName(r)})`);
}

/** Has nb_float or nb_index: an int, a float, or a type defining __float__ or __index__. */
function isRealNumber(x: PyValue): boolean {
  if (typeof x !== 'object') return typeof x !== 'string';
  if (x instanceof PyFloat) return true;
  return x.cls.lookup('__float__') !== undefined || x.cls.lookup('__index__') !== undefined;
}

function makeComplex(cls: PyType, re: number, im: number): PyComplex {
  return new PyComplex(re, im, cls);
}

/** complex(x) with a single positional argument. */
function complexFromOne(cls: PyType, x: PyValue): PyValue {
  if (x instanceof PyComplex && x.cls === complexType && cls === complexType) return x;
  if (typeof x === 'string') return parseComplex(cls, x);
  if (x instanceof PyObject && x.cls.isSubtypeOf(strType)) return parseComplex(cls, strValue(x));
  const c = complexDunder(x);
  if (c !== undefined) return makeComplex(cls, c.real, c.imag);
  if (x instanceof PyComplex) return makeComplex(cls, x.real, x.imag);
  if (isRealNumber(x)) return makeComplex(cls, asDouble(x), 0);
  throw typeError(`complex() argument must be a string or a number, not ${qualifiedTypeName(x)}`);
}

/** complex(real, imag) and any call with keywords: each part must be a number (complex deprecated). */
function complexFromParts(cls: PyType, r: PyValue | undefined, i: PyValue | undefined): PyValue {
  let rr = 0;
  let ri = 0;
  let rIsComplex = false;
  if (r !== undefined) {
    // A __complex__ on the real part is still honoured (deprecated in 3.14).
    const c = r instanceof PyComplex ? r : complexDunder(r);
    if (c !== undefined) {
      rr = c.real;
      ri = c.imag;
      rIsComplex = true;
    } else if (isRealNumber(r)) {
      rr = toFloat(r);
    } else {
      throw typeError(`complex() argument 'real' must be a real number, not ${qualifiedTypeName(r)}`);
    }
  }
  let ir = 0;
  let ii = 0;
  if (i === undefined) {
    ir = ri;
  } else if (i instanceof PyComplex) {
    ir = i.real;
    ii = i.imag;
  } else if (isRealNumber(i)) {
    ir = toFloat(i);
  } else {
    throw typeError(`complex() argument 'imag' must be a real number, not ${qualifiedTypeName(i)}`);
  }
  // complex(a, b) is a + b*1j even when a or b is itself complex.
  if (i instanceof PyComplex) rr -= ii;
  if (rIsComplex && i !== undefined) ir += ri;
  return makeComplex(cls, rr, ir);
}

const COMPLEX_PARAMS = ['real', 'imag'] as const;

defNew(complexType, (cls, args, kwargs) => {
  const n = args.length;
  const nk = kwargs === null ? 0 : kwargs.size;
  if (n + nk > 2) throw typeError(`complex() takes at most 2 arguments (${n + nk} given)`);
  if (nk === 0) {
    if (n === 0) return makeComplex(cls, 0, 0);
    if (n === 1) return complexFromOne(cls, args[0]);
    return complexFromParts(cls, args[0], args[1]);
  }
  const [r, i] = bindArgs('complex', COMPLEX_PARAMS, args, kwargs);
  return complexFromParts(cls, r, i);
});

defClassMethod(complexType, 'from_number', (cls, args, kwargs) => {
  const x = oneArg('complex.from_number', args, kwargs);
  if (cls === complexType && x instanceof PyComplex && x.cls === complexType) return x;
  let re: number;
  let im = 0;
  const c = x instanceof PyComplex ? x : complexDunder(x);
  if (c !== undefined) {
    re = c.real;
    im = c.imag;
  } else {
    re = asDouble(x);
  }
  return cls === complexType ? new PyComplex(re, im) : callObject(cls, [new PyComplex(re, im)]);
});

// ---- parsing '1+2j' ---------------------------------------------------------------------------------------

/** Py_UNICODE_ISSPACE for a code point >= 127. */
function isUnicodeSpace(c: number): boolean {
  return (
    c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
    c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

const DECIMAL = /\p{Nd}/u;

/** The value of a non-ASCII decimal digit, or -1. Unicode encodes each digit set as 0..9 in a row. */
function unicodeDecimal(c: number): number {
  if (!DECIMAL.test(String.fromCodePoint(c))) return -1;
  let k = 0;
  while (DECIMAL.test(String.fromCodePoint(c - k - 1))) k++;
  return k % 10;
}

/**
 * CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: non-ASCII spaces become ' ', Unicode digits
 * their ASCII digit, and the first other non-ASCII character becomes '?' and ends the text (no parser
 * accepts '?').
 */
function toAsciiNumberText(s: string): string {
  let i = 0;
  const n = s.length;
  while (i < n && s.charCodeAt(i) < 127) i++;
  if (i === n) return s;
  let out = s.slice(0, i);
  while (i < n) {
    const c = s.codePointAt(i)!;
    i += c > 0xffff ? 2 : 1;
    if (c < 127) {
      out += String.fromCharCode(c);
    } else if (isUnicodeSpace(c)) {
      out += ' ';
    } else {
      const d = unicodeDecimal(c);
      if (d < 0) return out + '?';
      out += String.fromCharCode(48 + d);
    }
  }
  return out;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Removes underscores that sit between digits; undefined if any underscore is misplaced (or a NUL). */
function stripUnderscores(s: string): string | undefined {
  let out = '';
  let prev = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0) return undefined;
    if (c === 95) {
      if (!isDigit(prev)) return undefined;
    } else {
      if (prev === 95 && !isDigit(c)) return undefined;
      out += s[i];
    }
    prev = c;
  }
  return prev === 95 ? undefined : out;
}

let parsedValue = 0;

function matchWordAt(s: string, i: number, word: string): boolean {
  if (i + word.length > s.length) return false;
  for (let j = 0; j < word.length; j++) {
    if ((s.charCodeAt(i + j) | 0x20) !== word.charCodeAt(j)) return false;
  }
  return true;
}

/**
 * The longest prefix of s[i..] that is a float literal (PyOS_string_to_double with an end pointer):
 * [sign] (digits [. [digits]] | . digits) [e [sign] digits] or [sign] inf/infinity/nan. Returns the end
 * index (i itself when there is none) and leaves the value in parsedValue.
 */
function parseFloatPrefix(s: string, i: number): number {
  const start = i;
  const n = s.length;
  let c = s.charCodeAt(i);
  if (c === 43 || c === 45) c = s.charCodeAt(++i);
  if (matchWordAt(s, i, 'inf')) {
    i += matchWordAt(s, i, 'infinity') ? 8 : 3;
    parsedValue = s.charCodeAt(start) === 45 ? -Infinity : Infinity;
    return i;
  }
  if (matchWordAt(s, i, 'nan')) {
    parsedValue = NaN;
    return i + 3;
  }
  let digits = 0;
  while (i < n && isDigit(s.charCodeAt(i))) {
    i++;
    digits++;
  }
  if (s.charCodeAt(i) === 46) {
    i++;
    while (i < n && isDigit(s.charCodeAt(i))) {
      i++;
      digits++;
    }
  }
  if (digits === 0) return start;
  if ((s.charCodeAt(i) | 0x20) === 101) {
    let j = i + 1;
    const e = s.charCodeAt(j);
    if (e === 43 || e === 45) j++;
    if (isDigit(s.charCodeAt(j))) {
      while (j < n && isDigit(s.charCodeAt(j))) j++;
      i = j;
    }
  }
  // JS's decimal-string conversion is correctly rounded, as CPython's dtoa is.
  parsedValue = Number(s.slice(start, i));
  return i;
}

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function malformed(): unknown {
  return valueError('complex() arg is a malformed string');
}

/** complex(str): <float> | <float>j | <float><signed float>j, optionally in parentheses. */
function parseComplex(cls: PyType, text: string): PyComplex {
  let s = toAsciiNumberText(text);
  if (s.indexOf('_') >= 0) {
    const stripped = stripUnderscores(s);
    if (stripped === undefined) {
      throw valueError(`could not convert string to complex: ${strRepr(text)}`);
    }
    s = stripped;
  }
  const n = s.length;
  let i = 0;
  let x = 0;
  let y = 0;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  let bracket = false;
  if (s.charCodeAt(i) === 40) {
    bracket = true;
    i++;
    while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  }
  let end = parseFloatPrefix(s, i);
  if (end !== i) {
    const z = parsedValue;
    i = end;
    const c = s.charCodeAt(i);
    if (c === 43 || c === 45) {
      x = z;
      end = parseFloatPrefix(s, i);
      if (end !== i) {
        y = parsedValue;
        i = end;
      } else {
        y = c === 43 ? 1 : -1;
        i++;
      }
      if ((s.charCodeAt(i) | 0x20) !== 106) throw malformed();
      i++;
    } else if ((c | 0x20) === 106) {
      i++;
      y = z;
    } else {
      x = z;
    }
  } else {
    const c = s.charCodeAt(i);
    if (c === 43 || c === 45) {
      y = c === 43 ? 1 : -1;
      i++;
    } else {
      y = 1;
    }
    if ((s.charCodeAt(i) | 0x20) !== 106) throw malformed();
    i++;
  }
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  if (bracket) {
    if (s.charCodeAt(i) !== 41) throw malformed();
    i++;
    while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  }
  if (i !== n) throw malformed();
  return makeComplex(cls, x, y);
}
