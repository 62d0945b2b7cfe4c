// The math module (CPython's Modules/mathmodule.c): constants, float functions with CPython's domain
// and range errors (3.14 wording), exact integer functions, fsum, prod, comb/perm, dist, hypot.

import { PyValue, typeName, typeOf } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyNativeFunction, bindArgs, argRange, noKwargs } from '../objects/native.js';
import { PyFloat, floatType } from '../objects/float.js';
import { asDouble } from '../objects/float_type.js';
import { PyTuple } from '../objects/tuple.js';
import { None } from '../objects/singletons.js';
import { callSpecial } from '../runtime/attributes.js';
import { asIndex, toArray, getIter, iterNext } from '../runtime/protocols.js';
import { binaryDispatch } from '../runtime/operators.js';
import { typeError, valueError, overflowError, zeroDivisionError } from '../runtime/raise.js';
import { floatRepr } from '../numeric/float_repr.js';
import {
  PyInt, intToFloat, floatToInt, intGcd, intIsqrt, intMul, intAbs, intFloorDiv, intBitLength, intSign,
  intCompare, intSub, intAdd,
} from '../numeric/int_math.js';
import { registerNativeModule } from './registry.js';
import { fusedMultiplyAdd } from './math_fma.js';
import { sumprod } from './math_sumprod.js';

type Args = PyValue[];
type Kw = Map<string, PyValue> | null;

const isInt = (v: PyValue): v is number | bigint | boolean =>
  typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';

function f(x: number): PyFloat {
  return new PyFloat(x);
}

/** A one-argument float function with CPython's error conventions (math_1). */
function math1(
  fn: (x: number) => number,
  canOverflow: boolean,
  domainMsg: ((x: number) => string) | null = null,
): (args: Args) => PyValue {
  return (args) => {
    if (args.length !== 1) throw typeError(`math function takes exactly one argument (${args.length} given)`);
    const x = asDouble(args[0]);
    const r = fn(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) {
      throw valueError(domainMsg ? domainMsg(x) : 'math domain error');
    }
    if (!Number.isFinite(r) && Number.isFinite(x)) {
      if (canOverflow) throw overflowError('math range error');
      throw valueError(domainMsg ? domainMsg(x) : 'math domain error');
    }
    return f(r);
  };
}

const got = (x: number): string => floatRepr(x);

function logOf(v: PyValue, fn: (x: number) => number, name: string): number {
  if (isInt(v)) {
    const n: PyInt = typeof v === 'boolean' ? (v ? 1 : 0) : v;
    if (intSign(n) <= 0) throw valueError('expected a positive input');
    if (typeof n === 'number' || intBitLength(n) < 1000) {
      const x = intToFloat(n);
      if (Number.isFinite(x)) return fn(x);
    }
    // Huge int: log(n) = log(n / 2**e) + e*log(2).
    const big = BigInt(n);
    const e = intBitLength(n) - 60;
    const m = Number(big >> BigInt(e));
    return fn(m) + e * fn(2);
  }
  const x = asDouble(v);
  if (Number.isNaN(x)) return x;
  if (x <= 0) throw valueError(`expected a positive input, got ${got(x)}`);
  void name;
  return fn(x);
}

function factorial(n: PyInt): PyInt {
  if (intSign(n) < 0) throw valueError('factorial() not defined for negative values');
  if (typeof n === 'bigint') throw overflowError('factorial() argument should not exceed 9223372036854775807');
  let acc: PyInt = 1;
  for (let i = 2; i <= n; i++) acc = intMul(acc, i);
  return acc;
}

function comb(n: PyInt, k: PyInt): PyInt {
  if (intSign(n) < 0) throw valueError('n must be a non-negative integer');
  if (intSign(k) < 0) throw valueError('k must be a non-negative integer');
  if (intCompare(k, n) > 0) return 0;
  let kk = intCompare(intSub(n, k), k) < 0 ? intSub(n, k) : k;
  let r: PyInt = 1;
  const nb = n;
  for (let i: PyInt = 0; intCompare(i, kk) < 0; i = intAdd(i, 1)) {
    r = intFloorDiv(intMul(r, intSub(nb, i)), intAdd(i, 1));
  }
  kk = 0;
  return r;
}

function perm(n: PyInt, k: PyInt | null): PyInt {
  if (k === null) return factorial(n);
  if (intSign(n) < 0) throw valueError('n must be a non-negative integer');
  if (intSign(k) < 0) throw valueError('k must be a non-negative integer');
  if (intCompare(k, n) > 0) return 0;
  let r: PyInt = 1;
  for (let i: PyInt = 0; intCompare(i, k) < 0; i = intAdd(i, 1)) r = intMul(r, intSub(n, i));
  return r;
}

/** Shewchuk's exactly rounded sum (as msum in mathmodule.c). */
function fsum(values: number[]): number {
  const partials: number[] = [];
  let specialSum = 0;
  let infSum = 0;
  for (let x of values) {
    if (!Number.isFinite(x)) {
      if (!Number.isNaN(x)) infSum += x;
      specialSum += x;
      continue;
    }
    let i = 0;
    for (let j = 0; j < partials.length; j++) {
      let y = partials[j];
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    if (!Number.isFinite(x)) throw overflowError('intermediate overflow in fsum');
    partials.push(x);
  }
  if (specialSum !== 0) {
    if (Number.isNaN(infSum)) throw valueError('-inf + inf in fsum');
    return specialSum;
  }
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

function erf(x: number): number {
  // Abramowitz-Stegun is not accurate enough; use the series / continued fraction as CPython did.
  const ax = Math.abs(x);
  if (ax < 1.5) {
    let acc = 0;
    let fk = 25 + 0.5;
    const x2 = x * x;
    for (let i = 0; i < 25; i++) {
      acc = 2.0 + x2 * acc / fk;
      fk -= 1.0;
    }
    return acc * x * Math.exp(-x2) / Math.sqrt(Math.PI);
  }
  return (x > 0 ? 1 : -1) * (1 - erfcContfrac(ax));
}

function erfcContfrac(x: number): number {
  if (x >= 30) return 0;
  const x2 = x * x;
  let a = 0;
  let da = 0.5;
  let p = 1;
  let pLast = 0;
  let q = da + x2;
  let qLast = 1;
  for (let i = 0; i < 50; i++) {
    a += da;
    da += 2;
    const b = da + x2;
    let temp = p;
    p = b * p - a * pLast;
    pLast = temp;
    temp = q;
    q = b * q - a * qLast;
    qLast = temp;
  }
  return p / q * x * Math.exp(-x2) / Math.sqrt(Math.PI);
}

const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.41075968857200767445163675473, 42919803642.64909876895789904700198885093,
  35711959237.35566804944018545154716670596, 17921034426.03720969991975575445893111267,
  6039542586.35202800506429164430729792107, 1439720407.311721673663223072794912393972,
  248874557.8620541565114603864132294232163, 31426415.58540019438061423162831820536287,
  2876370.628935372441225409051620849613599, 186056.2653952234950402949897160456992822,
  8071.672002365816210638002902272250613822, 210.8242777515793458725097339207133627117,
  2.506628274631000270164908177133837338626,
];
const LANCZOS_DEN = [0, 39916800, 120543840, 150917976, 105258076, 45995730, 13339535, 2637558, 357423, 32670, 1925, 66, 1];

function lanczosSum(x: number): number {
  let num = 0;
  let den = 0;
  if (x < 5) {
    for (let i = 12; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i];
      den = den * x + LANCZOS_DEN[i];
    }
  } else {
    for (let i = 0; i < 13; i++) {
      num = num / x + LANCZOS_NUM[i];
      den = den / x + LANCZOS_DEN[i];
    }
  }
  return num / den;
}

function gamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0) return x;
    throw valueError(`expected a noninteger or positive integer, got ${got(x)}`);
  }
  if (x === 0 || (x < 0 && Number.isInteger(x))) {
    throw valueError(`expected a noninteger or positive integer, got ${got(x)}`);
  }
  if (Number.isInteger(x) && x <= 23) {
    let r = 1;
    for (let i = 2; i < x; i++) r *= i;
    return r;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return 1 / x;
  if (absx > 200) {
    if (x < 0) return 0 / sinpi(x);
    throw overflowError('math range error');
  }
  const y = absx + LANCZOS_G - 0.5;
  let q: number;
  if (absx > LANCZOS_G - 0.5) {
    q = y - absx;
    q -= LANCZOS_G - 0.5;
  } else {
    q = y - (LANCZOS_G - 0.5);
    q -= absx;
  }
  const z = q * LANCZOS_G / y;
  let r: number;
  if (x < 0) {
    r = -Math.PI / sinpi(absx) / absx * Math.exp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140) r /= Math.pow(y, absx - 0.5);
    else {
      const sqrtpow = Math.pow(y, absx / 2 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / Math.exp(y);
    r += z * r;
    if (absx < 140) r *= Math.pow(y, absx - 0.5);
    else {
      const sqrtpow = Math.pow(y, absx / 2 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (!Number.isFinite(r)) throw overflowError('math range error');
  return r;
}

function lgamma(x: number): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : Infinity;
  if (Number.isInteger(x) && x <= 2) {
    if (x <= 0) throw valueError(`expected a noninteger or positive integer, got ${got(x)}`);
    return 0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -Math.log(absx);
  let r = Math.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0) r = Math.log(Math.PI) - Math.log(Math.abs(sinpi(absx))) - Math.log(absx) - r;
  if (!Number.isFinite(r)) throw overflowError('math range error');
  return r;
}

function sinpi(x: number): number {
  const y = Math.abs(x) % 2;
  const n = Math.round(2 * y);
  let r: number;
  switch (n) {
    case 0: r = Math.sin(Math.PI * y); break;
    case 1: r = Math.cos(Math.PI * (y - 0.5)); break;
    case 2: r = Math.sin(Math.PI * (1 - y)); break;
    case 3: r = -Math.cos(Math.PI * (y - 1.5)); break;
    default: r = Math.sin(Math.PI * (y - 2)); break;
  }
  return (x < 0 ? -1 : 1) * r;
}

function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? Number.MIN_VALUE : -Number.MIN_VALUE;
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  let bits = buf.getBigUint64(0);
  if ((y > x) === (x > 0)) bits += 1n;
  else bits -= 1n;
  buf.setBigUint64(0, bits);
  return buf.getFloat64(0);
}

function ulp(x: number): number {
  if (Number.isNaN(x)) return x;
  x = Math.abs(x);
  if (!Number.isFinite(x)) return x;
  const x2 = nextafter(x, Infinity);
  if (!Number.isFinite(x2)) return x - nextafter(x, -Infinity);
  return x2 - x;
}

function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(x))) + 1);
  let m = x * Math.pow(2, -e);
  while (Math.abs(m) < 0.5) {
    m *= 2;
    e--;
  }
  while (Math.abs(m) >= 1) {
    m /= 2;
    e++;
  }
  return [m, e];
}

function ldexp(x: number, e: PyInt): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  if (typeof e === 'bigint' || e > 2200) {
    if (intSign(e) > 0) throw overflowError('math range error');
    return x * 0;
  }
  if (e < -2200) return x * 0;
  let r = x;
  let n = e;
  while (n > 1000) {
    r *= 2 ** 1000;
    n -= 1000;
  }
  while (n < -1000) {
    r *= 2 ** -1000;
    n += 1000;
  }
  r *= 2 ** n;
  if (!Number.isFinite(r)) throw overflowError('math range error');
  return r;
}

function remainder(x: number, y: number): number {
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x) || y === 0) throw valueError('math domain error');
  if (!Number.isFinite(y)) return x;
  const absx = Math.abs(x);
  const absy = Math.abs(y);
  const m = absx % absy;
  const c = absy - m;
  let r: number;
  if (m < c) r = m;
  else if (m > c) r = -c;
  else r = m - 2 * ((0.5 * (absx - m)) % absy);
  return (x < 0 ? -1 : 1) * r;
}

function isclose(a: number, b: number, relTol: number, absTol: number): boolean {
  if (relTol < 0 || absTol < 0) throw valueError('tolerances must be non-negative');
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  const diff = Math.abs(b - a);
  return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
}

function intArg(v: PyValue): PyInt {
  return asIndex(v);
}

export function makeMath(): PyModule {
  const mod = new PyModule('math');
  const d = mod.dict;
  // All but isclose(), prod() and nextafter() are METH_O/METH_FASTCALL in CPython: keywords are refused
  // up front, and a METH_O function is given exactly one argument before it runs.
  const takesKeywords = new Set(['isclose', 'prod', 'nextafter']);
  const oneArgument = new Set([
    'acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'ceil', 'cos', 'cosh', 'degrees', 'erf', 'erfc', 'exp',
    'exp2', 'expm1', 'fabs', 'factorial', 'floor', 'frexp', 'fsum', 'gamma', 'isfinite', 'isinf', 'isnan', 'isqrt',
    'lgamma', 'log10', 'log1p', 'log2', 'modf', 'radians', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'trunc', 'ulp',
  ]);
  const def = (name: string, fn: (args: Args, kw: Kw) => PyValue): void => {
    let checked = fn;
    if (oneArgument.has(name)) {
      checked = (args: Args, kw: Kw): PyValue => {
        noKwargs(`math.${name}`, kw);
        if (args.length !== 1) throw typeError(`math.${name}() takes exactly one argument (${args.length} given)`);
        return fn(args, kw);
      };
    } else if (!takesKeywords.has(name)) {
      checked = (args: Args, kw: Kw): PyValue => (noKwargs(`math.${name}`, kw), fn(args, kw));
    }
    d.setStr(name, new PyNativeFunction(name, checked, mod));
  };
  d.setStr('pi', f(Math.PI));
  d.setStr('e', f(Math.E));
  d.setStr('tau', f(2 * Math.PI));
  d.setStr('inf', f(Infinity));
  d.setStr('nan', f(NaN));

  def('sqrt', (args) => {
    argRange('sqrt', args, null, 1, 1);
    const x = asDouble(args[0]);
    if (x < 0) throw valueError(`expected a nonnegative input, got ${got(x)}`);
    return f(Math.sqrt(x));
  });
  def('cbrt', math1(Math.cbrt, false));
  def('exp', math1(Math.exp, true));
  def('exp2', math1((x) => 2 ** x, true));
  def('expm1', math1(Math.expm1, true));
  def('sin', math1(Math.sin, false, (x) => `expected a finite input, got ${got(x)}`));
  def('cos', math1(Math.cos, false, (x) => `expected a finite input, got ${got(x)}`));
  def('tan', math1(Math.tan, false, (x) => `expected a finite input, got ${got(x)}`));
  def('asin', math1(Math.asin, false, (x) => `expected a number in range from -1 up to 1, got ${got(x)}`));
  def('acos', math1(Math.acos, false, (x) => `expected a number in range from -1 up to 1, got ${got(x)}`));
  def('atan', math1(Math.atan, false));
  def('sinh', math1(Math.sinh, true));
  def('cosh', math1(Math.cosh, true));
  def('tanh', math1(Math.tanh, false));
  def('asinh', math1(Math.asinh, false));
  def('acosh', math1(Math.acosh, false, (x) => `expected argument value not less than 1, got ${got(x)}`));
  def('atanh', (args) => {
    argRange('atanh', args, null, 1, 1);
    const x = asDouble(args[0]);
    if (x >= 1 || x <= -1) throw valueError(`expected a number between -1 and 1, got ${got(x)}`);
    return f(Math.atanh(x));
  });
  def('erf', math1(erf, false));
  def('erfc', math1((x) => 1 - erf(x), false));
  def('gamma', (args) => f(gamma(asDouble(args[0]))));
  def('lgamma', (args) => f(lgamma(asDouble(args[0]))));
  def('atan2', (args) => {
    argRange('atan2', args, null, 2, 2);
    return f(Math.atan2(asDouble(args[0]), asDouble(args[1])));
  });
  def('log', (args) => {
    argRange('log', args, null, 1, 2);
    const num = logOf(args[0], Math.log, 'log');
    if (args.length === 1) return f(num);
    const den = logOf(args[1], Math.log, 'log');
    if (den === 0) throw zeroDivisionError('division by zero');
    return f(num / den);
  });
  def('log2', (args) => f(logOf(args[0], Math.log2, 'log2')));
  def('log10', (args) => f(logOf(args[0], Math.log10, 'log10')));
  def('log1p', math1(Math.log1p, false, (x) => `expected argument value > -1, got ${got(x)}`));
  def('fabs', (args) => f(Math.abs(asDouble(args[0]))));
  def('floor', (args) => {
    argRange('floor', args, null, 1, 1);
    const v = args[0];
    if (isInt(v)) return typeof v === 'boolean' ? (v ? 1 : 0) : v;
    if (v instanceof PyFloat && v.cls === floatType) return floatToInt(Math.floor(v.value));
    const r = callSpecial(v, '__floor__', []);
    if (r !== undefined) return r;
    return floatToInt(Math.floor(asDouble(v)));
  });
  def('ceil', (args) => {
    argRange('ceil', args, null, 1, 1);
    const v = args[0];
    if (isInt(v)) return typeof v === 'boolean' ? (v ? 1 : 0) : v;
    if (v instanceof PyFloat && v.cls === floatType) return floatToInt(Math.ceil(v.value));
    const r = callSpecial(v, '__ceil__', []);
    if (r !== undefined) return r;
    return floatToInt(Math.ceil(asDouble(v)));
  });
  def('trunc', (args) => {
    argRange('trunc', args, null, 1, 1);
    const r = callSpecial(args[0], '__trunc__', []);
    if (r === undefined) throw typeError(`type ${typeName(args[0])} doesn't define __trunc__ method`);
    return r;
  });
  def('factorial', (args) => factorial(intArg(args[0])));
  def('gcd', (args) => {
    let g: PyInt = 0;
    for (const a of args) g = intGcd(g, intArg(a));
    return g;
  });
  def('lcm', (args) => {
    if (args.length === 0) return 1;
    let l: PyInt = intAbs(intArg(args[0]));
    for (let i = 1; i < args.length; i++) {
      const b = intArg(args[i]);
      if (intSign(l) === 0 || intSign(b) === 0) {
        l = 0;
        continue;
      }
      l = intAbs(intMul(intFloorDiv(l, intGcd(l, b)), b));
    }
    return l;
  });
  def('isqrt', (args) => {
    const n = intArg(args[0]);
    if (intSign(n) < 0) throw valueError('isqrt() argument must be nonnegative');
    return intIsqrt(n);
  });
  def('comb', (args) => {
    argRange('comb', args, null, 2, 2);
    return comb(intArg(args[0]), intArg(args[1]));
  });
  def('perm', (args) => {
    argRange('perm', args, null, 1, 2);
    return perm(intArg(args[0]), args.length > 1 && args[1] !== None ? intArg(args[1]) : null);
  });
  def('pow', (args) => {
    argRange('pow', args, null, 2, 2);
    const x = asDouble(args[0]);
    const y = asDouble(args[1]);
    if (x === 0 && y < 0 && Number.isFinite(y)) throw valueError('math domain error');
    if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && !Number.isInteger(y)) throw valueError('math domain error');
    if (x === 1 || y === 0) return f(1);
    const r = Math.pow(x, y);
    if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) throw overflowError('math range error');
    return f(r);
  });
  def('fmod', (args) => {
    argRange('fmod', args, null, 2, 2);
    const x = asDouble(args[0]);
    const y = asDouble(args[1]);
    if (!Number.isFinite(y) && Number.isFinite(x) && !Number.isNaN(y)) return f(x);
    if (y === 0 || !Number.isFinite(x)) {
      if (Number.isNaN(x) || Number.isNaN(y)) return f(NaN);
      throw valueError('math domain error');
    }
    return f(x % y);
  });
  def('remainder', (args) => (argRange('remainder', args, null, 2, 2), f(remainder(asDouble(args[0]), asDouble(args[1])))));
  def('copysign', (args) => {
    argRange('copysign', args, null, 2, 2);
    const x = Math.abs(asDouble(args[0]));
    const y = asDouble(args[1]);
    return f(y < 0 || Object.is(y, -0) || (Number.isNaN(y) && 1 / y < 0) ? -x : x);
  });
  def('modf', (args) => {
    const x = asDouble(args[0]);
    if (!Number.isFinite(x)) {
      if (Number.isNaN(x)) return new PyTuple([f(x), f(x)]);
      return new PyTuple([f(x > 0 ? 0 : -0), f(x)]);
    }
    const i = Math.trunc(x);
    return new PyTuple([f(x - i === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : x - i), f(i)]);
  });
  def('frexp', (args) => {
    const [m, e] = frexp(asDouble(args[0]));
    return new PyTuple([f(m), e]);
  });
  def('ldexp', (args) => {
    argRange('ldexp', args, null, 2, 2);
    if (args[1] instanceof PyFloat) throw typeError('Expected an int as second argument to ldexp.');
    return f(ldexp(asDouble(args[0]), intArg(args[1])));
  });
  def('isfinite', (args) => Number.isFinite(asDouble(args[0])));
  def('isinf', (args) => {
    const x = asDouble(args[0]);
    return !Number.isFinite(x) && !Number.isNaN(x);
  });
  def('isnan', (args) => Number.isNaN(asDouble(args[0])));
  def('isclose', (args, kw) => {
    const [a, b, rel, abs] = bindArgs('isclose', ['a', 'b', 'rel_tol', 'abs_tol'], args, kw, 2, 0, 2);
    return isclose(asDouble(a!), asDouble(b!), rel === undefined ? 1e-9 : asDouble(rel), abs === undefined ? 0 : asDouble(abs));
  });
  def('degrees', (args) => f(asDouble(args[0]) * (180 / Math.PI)));
  def('radians', (args) => f(asDouble(args[0]) * (Math.PI / 180)));
  def('hypot', (args) => {
    const xs = args.map(asDouble);
    if (xs.some((x) => !Number.isFinite(x) && !Number.isNaN(x))) return f(Infinity);
    return f(hypotN(xs));
  });
  def('dist', (args) => {
    argRange('dist', args, null, 2, 2);
    const p = toArray(args[0]).map(asDouble);
    const q = toArray(args[1]).map(asDouble);
    if (p.length !== q.length) throw valueError('both points must have the same number of dimensions');
    return f(hypotN(p.map((x, i) => x - q[i])));
  });
  def('fsum', (args) => f(fsum(toArray(args[0]).map(asDouble))));
  def('prod', (args, kw) => {
    const [iterable, start] = bindArgs('prod', ['iterable', 'start'], args, kw, 1, 1, 1);
    let acc: PyValue = start ?? 1;
    const it = getIter(iterable!);
    for (;;) {
      const v = iterNext(it);
      if (v === undefined) return acc;
      acc = binaryDispatch(5, acc, v, '*');
    }
  });
  def('sumprod', (args) => {
    argRange('sumprod', args, null, 2, 2);
    return sumprod(args[0], args[1]);
  });
  def('nextafter', (args, kw) => {
    const [x, y, steps] = bindArgs('nextafter', ['x', 'y', 'steps'], args, kw, 2, 2, 2);
    let r = asDouble(x!);
    const target = asDouble(y!);
    const n = steps === undefined || steps === None ? 1 : Number(intArg(steps));
    if (n < 0) throw valueError('steps must be a non-negative integer');
    for (let i = 0; i < n && r !== target; i++) r = nextafter(r, target);
    return f(r);
  });
  def('ulp', (args) => f(ulp(asDouble(args[0]))));
  def('fma', (args) => {
    argRange('fma', args, null, 3, 3);
    const [x, y, z] = args.map(asDouble);
    const r = fusedMultiplyAdd(x, y, z);
    if (Number.isNaN(r)) {
      // NaN only from non-NaN inputs is an error (inf * 0, inf - inf); a NaN argument propagates.
      if (!Number.isNaN(x) && !Number.isNaN(y) && !Number.isNaN(z)) throw valueError('invalid operation in fma');
    } else if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(z)) {
      throw overflowError('overflow in fma');
    }
    return f(r);
  });
  return mod;
}

/** Accurate hypot of several values (scaled sum of squares). */
function hypotN(xs: number[]): number {
  let max = 0;
  for (const x of xs) {
    if (Number.isNaN(x)) return NaN;
    max = Math.max(max, Math.abs(x));
  }
  if (max === 0 || xs.length <= 1) return max;
  if (xs.length === 2) return Math.hypot(xs[0], xs[1]);
  let sum = 0;
  let comp = 0;
  for (const x of xs) {
    const t = x / max;
    const y = t * t - comp;
    const s = sum + y;
    comp = s - sum - y;
    sum = s;
  }
  return max * Math.sqrt(sum);
}

registerNativeModule('math', makeMath);

