// The cmath module (CPython's Modules/cmathmodule.c): complex elementary functions with C99 Annex G
// special values (infinities, NaNs, signed zeros, branch cuts), CPython's errors (ValueError "math
// domain error", OverflowError "math range error"), isclose/isfinite/isinf/isnan, phase, polar, rect
// and the constants.
//
// The kernels work on raw doubles and leave their result in the module registers RE, IM and ERR (no
// pair is allocated per call). The real functions underneath (exp, log, sin, ...) are JavaScript's,
// which may differ from the C library of CPython's build in the last bit; sqrt and hypot are exact
// (hypot is the C library's algorithm, shared with abs(complex)). Must not call Python code except to
// convert arguments.

import { PyObject, PyValue, typeName } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyNativeFunction, bindArgs } from '../objects/native.js';
import { PyFloat } from '../objects/float.js';
import { PyComplex } from '../objects/complex.js';
import { PyTuple } from '../objects/tuple.js';
import { asDouble } from '../objects/float_type.js';
import { hypot } from '../objects/complex_type.js';
import { callSpecial } from '../runtime/attributes.js';
import { typeError, valueError, overflowError } from '../runtime/raise.js';
import { registerNativeModule } from './registry.js';

type Args = PyValue[];
type Kw = Map<string, PyValue> | null;

// ---- errors and registers -------------------------------------------------------------------------------

const OK = 0;
const EDOM = 1;
const ERANGE = 2;

let RE = 0;
let IM = 0;
let ERR = OK;

function raiseFor(err: number): never {
  if (err === EDOM) throw valueError('math domain error');
  throw overflowError('math range error');
}

// ---- constants ------------------------------------------------------------------------------------------

const PI = Math.PI;
const LN2 = 0.6931471805599453;
const LN10 = 2.302585092994046;
const DBL_MIN = 2.2250738585072014e-308;
/** Beyond this, sqrt/log/inverse functions use formulas that cannot overflow in intermediate steps. */
const LARGE = Number.MAX_VALUE / 4;
const SQRT_LARGE = Math.sqrt(LARGE);
/** Beyond this, exp/cosh/sinh/tanh of the real part would overflow although the result may not. */
const LOG_LARGE = Math.log(LARGE);
const SQRT_DBL_MIN = Math.sqrt(DBL_MIN);
/** Scaling subnormal parts up by 2**53 makes them normal; sqrt scales back by 2**-27. */
const SCALE_UP = 2 ** 53;
const SCALE_DOWN = 2 ** -27;

function isInf(x: number): boolean {
  return x === Infinity || x === -Infinity;
}

function isFinite(x: number): boolean {
  return x - x === 0;
}

const bits = new DataView(new ArrayBuffer(8));

/** The sign bit of x (also of a NaN and of -0.0). */
function signBit(x: number): boolean {
  bits.setFloat64(0, x);
  return bits.getUint32(0) >>> 31 === 1;
}

/** C copysign. */
function copysign(mag: number, sign: number): number {
  const m = Math.abs(mag);
  return signBit(sign) ? -m : m;
}

// ---- special-value tables ---------------------------------------------------------------------------------
//
// For an argument with an infinite or NaN part, each function's result is looked up by the class of the
// real part (row) and of the imaginary part (column): -inf, negative, -0, +0, positive, +inf, nan.
// Cells are "real:imag" with p = pi, i = infinity, n = NaN; "u" marks cells never used (both parts
// finite, or an infinite real part with a finite nonzero imaginary part, which is computed instead).

const NINF = 0;
const NEG = 1;
const NZERO = 2;
const PZERO = 3;
const POS = 4;
const PINF = 5;
const NAN = 6;

function classOf(x: number): number {
  if (isFinite(x)) {
    if (x !== 0) return x > 0 ? POS : NEG;
    return signBit(x) ? NZERO : PZERO;
  }
  if (x !== x) return NAN;
  return x > 0 ? PINF : NINF;
}

const TOKENS: Record<string, number> = {
  '0': 0, '-0': -0, '1': 1, '-1': -1, i: Infinity, '-i': -Infinity, n: NaN, u: NaN,
  p: PI, '-p': -PI, 'p/2': PI / 2, '-p/2': -PI / 2, 'p/4': PI / 4, '-p/4': -PI / 4,
  '3p/4': 0.75 * PI, '-3p/4': -0.75 * PI,
};

/** A 7x7 table as 98 doubles: [re, im] of row r, column c at 14*r + 2*c. */
function table(rows: string[]): Float64Array {
  const t = new Float64Array(98);
  rows.forEach((row, r) => {
    row.trim().split(/\s+/).forEach((cell, c) => {
      const [re, im] = cell === 'u' ? ['u', 'u'] : cell.split(':');
      t[14 * r + 2 * c] = TOKENS[re];
      t[14 * r + 2 * c + 1] = TOKENS[im];
    });
  });
  return t;
}

/** Sets RE and IM from a table (ERR is left to the caller). */
function special(t: Float64Array, x: number, y: number): void {
  const k = 14 * classOf(x) + 2 * classOf(y);
  RE = t[k];
  IM = t[k + 1];
}

const ACOS = table([
  '3p/4:i p:i p:i p:-i p:-i 3p/4:-i n:i',
  'p/2:i u u u u p/2:-i n:n',
  'p/2:i u u u u p/2:-i p/2:n',
  'p/2:i u u u u p/2:-i p/2:n',
  'p/2:i u u u u p/2:-i n:n',
  'p/4:i 0:i 0:i 0:-i 0:-i p/4:-i n:i',
  'n:i n:n n:n n:n n:n n:-i n:n',
]);
const ACOSH = table([
  'i:-3p/4 i:-p i:-p i:p i:p i:3p/4 i:n',
  'i:-p/2 u u u u i:p/2 n:n',
  'i:-p/2 u u u u i:p/2 n:p/2',
  'i:-p/2 u u u u i:p/2 n:p/2',
  'i:-p/2 u u u u i:p/2 n:n',
  'i:-p/4 i:-0 i:-0 i:0 i:0 i:p/4 i:n',
  'i:n n:n n:n n:n n:n i:n n:n',
]);
const ASINH = table([
  '-i:-p/4 -i:-0 -i:-0 -i:0 -i:0 -i:p/4 -i:n',
  '-i:-p/2 u u u u -i:p/2 n:n',
  '-i:-p/2 u u u u -i:p/2 n:n',
  'i:-p/2 u u u u i:p/2 n:n',
  'i:-p/2 u u u u i:p/2 n:n',
  'i:-p/4 i:-0 i:-0 i:0 i:0 i:p/4 i:n',
  'i:n n:n n:-0 n:0 n:n i:n n:n',
]);
const ATANH = table([
  '-0:-p/2 -0:-p/2 -0:-p/2 -0:p/2 -0:p/2 -0:p/2 -0:n',
  '-0:-p/2 u u u u -0:p/2 n:n',
  '-0:-p/2 u u u u -0:p/2 -0:n',
  '0:-p/2 u u u u 0:p/2 0:n',
  '0:-p/2 u u u u 0:p/2 n:n',
  '0:-p/2 0:-p/2 0:-p/2 0:p/2 0:p/2 0:p/2 0:n',
  '0:-p/2 n:n n:n n:n n:n 0:p/2 n:n',
]);
const COSH = table([
  'i:n u i:0 i:-0 u i:n i:n',
  'n:n u u u u n:n n:n',
  'n:0 u 1:0 1:-0 u n:0 n:0',
  'n:0 u 1:-0 1:0 u n:0 n:0',
  'n:n u u u u n:n n:n',
  'i:n u i:-0 i:0 u i:n i:n',
  'n:n n:n n:0 n:0 n:n n:n n:n',
]);
const EXP = table([
  '0:0 u 0:-0 0:0 u 0:0 0:0',
  'n:n u u u u n:n n:n',
  'n:n u 1:-0 1:0 u n:n n:n',
  'n:n u 1:-0 1:0 u n:n n:n',
  'n:n u u u u n:n n:n',
  'i:n u i:-0 i:0 u i:n i:n',
  'n:n n:n n:-0 n:0 n:n n:n n:n',
]);
const LOG = table([
  'i:-3p/4 i:-p i:-p i:p i:p i:3p/4 i:n',
  'i:-p/2 u u u u i:p/2 n:n',
  'i:-p/2 u -i:-p -i:p u i:p/2 n:n',
  'i:-p/2 u -i:-0 -i:0 u i:p/2 n:n',
  'i:-p/2 u u u u i:p/2 n:n',
  'i:-p/4 i:-0 i:-0 i:0 i:0 i:p/4 i:n',
  'i:n n:n n:n n:n n:n i:n n:n',
]);
const SINH = table([
  'i:n u -i:-0 -i:0 u i:n i:n',
  'n:n u u u u n:n n:n',
  '0:n u -0:-0 -0:0 u 0:n 0:n',
  '0:n u 0:-0 0:0 u 0:n 0:n',
  'n:n u u u u n:n n:n',
  'i:n u i:-0 i:0 u i:n i:n',
  'n:n n:n n:-0 n:0 n:n n:n n:n',
]);
const SQRT = table([
  'i:-i 0:-i 0:-i 0:i 0:i i:i n:i',
  'i:-i u u u u i:i n:n',
  'i:-i u 0:-0 0:0 u i:i n:n',
  'i:-i u 0:-0 0:0 u i:i n:n',
  'i:-i u u u u i:i n:n',
  'i:-i i:-0 i:-0 i:0 i:0 i:i i:n',
  'i:-i n:n n:n n:n n:n i:i n:n',
]);
const TANH = table([
  '-1:0 u -1:-0 -1:0 u -1:0 -1:0',
  'n:n u u u u n:n n:n',
  '-0:n u -0:-0 -0:0 u -0:n -0:n',
  '0:n u 0:-0 0:0 u 0:n 0:n',
  'n:n u u u u n:n n:n',
  '1:0 u 1:-0 1:0 u 1:0 1:0',
  'n:n n:n n:-0 n:0 n:n n:n n:n',
]);
const RECT = table([
  'i:n u -i:0 -i:-0 u i:n i:n',
  'n:n u u u u n:n n:n',
  '0:0 u -0:0 -0:-0 u 0:0 0:0',
  '0:0 u 0:-0 0:0 u 0:0 0:0',
  'n:n u u u u n:n n:n',
  'i:n u i:-0 i:0 u i:n i:n',
  'n:n n:n n:0 n:0 n:n n:n n:n',
]);

// ---- kernels ------------------------------------------------------------------------------------------------

function cSqrt(x: number, y: number): void {
  ERR = OK;
  if (!isFinite(x) || !isFinite(y)) {
    special(SQRT, x, y);
    return;
  }
  if (x === 0 && y === 0) {
    RE = 0;
    IM = y;
    return;
  }
  let ax = Math.abs(x);
  const ay = Math.abs(y);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    // hypot of two subnormals would lose bits: scale to normal numbers first.
    ax *= SCALE_UP;
    s = Math.sqrt(ax + hypot(ax, ay * SCALE_UP)) * SCALE_DOWN;
  } else {
    // s = sqrt((ax + hypot(ax, ay)) / 2) written so that ax + hypot cannot overflow.
    ax /= 8;
    s = 2 * Math.sqrt(ax + hypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  if (x >= 0) {
    RE = s;
    IM = copysign(d, y);
  } else {
    RE = d;
    IM = copysign(s, y);
  }
}

function cLog(x: number, y: number): void {
  ERR = OK;
  if (!isFinite(x) || !isFinite(y)) {
    special(LOG, x, y);
    return;
  }
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  let re: number;
  if (ax > LARGE || ay > LARGE) {
    re = Math.log(hypot(ax / 2, ay / 2)) + LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0 || ay > 0) {
      re = Math.log(hypot(ax * SCALE_UP, ay * SCALE_UP)) - 53 * LN2;
    } else {
      RE = -Infinity;
      IM = Math.atan2(y, x);
      ERR = EDOM;
      return;
    }
  } else {
    const h = hypot(ax, ay);
    if (h >= 0.71 && h <= 1.73) {
      // Near the unit circle log(h) loses everything: log1p of h*h - 1, formed without cancellation.
      const am = ax > ay ? ax : ay;
      const an = ax > ay ? ay : ax;
      re = Math.log1p((am - 1) * (am + 1) + an * an) / 2;
    } else {
      re = Math.log(h);
    }
  }
  RE = re;
  IM = Math.atan2(y, x);
}

function cExp(x: number, y: number): void {
  if (!isFinite(x) || !isFinite(y)) {
    if (isInf(x) && isFinite(y) && y !== 0) {
      if (x > 0) {
        RE = copysign(Infinity, Math.cos(y));
        IM = copysign(Infinity, Math.sin(y));
      } else {
        RE = copysign(0, Math.cos(y));
        IM = copysign(0, Math.sin(y));
      }
    } else {
      special(EXP, x, y);
    }
    ERR = isInf(y) && (isFinite(x) || x === Infinity) ? EDOM : OK;
    return;
  }
  if (x > LOG_LARGE) {
    const l = Math.exp(x - 1);
    RE = l * Math.cos(y) * Math.E;
    IM = l * Math.sin(y) * Math.E;
  } else {
    const l = Math.exp(x);
    RE = l * Math.cos(y);
    IM = l * Math.sin(y);
  }
  ERR = isInf(RE) || isInf(IM) ? ERANGE : OK;
}

function cCosh(x: number, y: number): void {
  if (!isFinite(x) || !isFinite(y)) {
    if (isInf(x) && isFinite(y) && y !== 0) {
      RE = copysign(Infinity, Math.cos(y));
      IM = x > 0 ? copysign(Infinity, Math.sin(y)) : -copysign(Infinity, Math.sin(y));
    } else {
      special(COSH, x, y);
    }
    ERR = isInf(y) && x === x ? EDOM : OK;
    return;
  }
  if (Math.abs(x) > LOG_LARGE) {
    const xm1 = x - copysign(1, x);
    RE = Math.cos(y) * Math.cosh(xm1) * Math.E;
    IM = Math.sin(y) * Math.sinh(xm1) * Math.E;
  } else {
    RE = Math.cos(y) * Math.cosh(x);
    IM = Math.sin(y) * Math.sinh(x);
  }
  ERR = isInf(RE) || isInf(IM) ? ERANGE : OK;
}

function cSinh(x: number, y: number): void {
  if (!isFinite(x) || !isFinite(y)) {
    if (isInf(x) && isFinite(y) && y !== 0) {
      RE = x > 0 ? copysign(Infinity, Math.cos(y)) : -copysign(Infinity, Math.cos(y));
      IM = copysign(Infinity, Math.sin(y));
    } else {
      special(SINH, x, y);
    }
    ERR = isInf(y) && x === x ? EDOM : OK;
    return;
  }
  if (Math.abs(x) > LOG_LARGE) {
    const xm1 = x - copysign(1, x);
    RE = Math.cos(y) * Math.sinh(xm1) * Math.E;
    IM = Math.sin(y) * Math.cosh(xm1) * Math.E;
  } else {
    RE = Math.cos(y) * Math.sinh(x);
    IM = Math.sin(y) * Math.cosh(x);
  }
  ERR = isInf(RE) || isInf(IM) ? ERANGE : OK;
}

function cTanh(x: number, y: number): void {
  if (!isFinite(x) || !isFinite(y)) {
    if (isInf(x) && isFinite(y) && y !== 0) {
      RE = x > 0 ? 1 : -1;
      IM = copysign(0, 2 * Math.sin(y) * Math.cos(y));
    } else {
      special(TANH, x, y);
    }
    ERR = isInf(y) && isFinite(x) ? EDOM : OK;
    return;
  }
  ERR = OK;
  if (Math.abs(x) > LOG_LARGE) {
    // 1 - tanh(x)**2 is 4*exp(-2|x|) to double precision here, and cosh(x) would overflow.
    RE = copysign(1, x);
    IM = 4 * Math.sin(y) * Math.cos(y) * Math.exp(-2 * Math.abs(x));
  } else {
    const tx = Math.tanh(x);
    const ty = Math.tan(y);
    const cx = 1 / Math.cosh(x);
    const txty = tx * ty;
    const denom = 1 + txty * txty;
    RE = (tx * (1 + ty * ty)) / denom;
    IM = ((ty / denom) * cx) * cx;
  }
}

function cAcos(x: number, y: number): void {
  ERR = OK;
  if (!isFinite(x) || !isFinite(y)) {
    special(ACOS, x, y);
    return;
  }
  if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
    RE = Math.atan2(Math.abs(y), x);
    IM = -copysign(Math.log(hypot(x / 2, y / 2)) + LN2 * 2, y);
    return;
  }
  cSqrt(1 - x, -y);
  const s1r = RE;
  const s1i = IM;
  cSqrt(1 + x, y);
  const s2r = RE;
  const s2i = IM;
  ERR = OK;
  RE = 2 * Math.atan2(s1r, s2r);
  IM = Math.asinh(s2r * s1i - s2i * s1r);
}

function cAcosh(x: number, y: number): void {
  ERR = OK;
  if (!isFinite(x) || !isFinite(y)) {
    special(ACOSH, x, y);
    return;
  }
  if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
    RE = Math.log(hypot(x / 2, y / 2)) + LN2 * 2;
    IM = Math.atan2(y, x);
    return;
  }
  cSqrt(x - 1, y);
  const s1r = RE;
  const s1i = IM;
  cSqrt(x + 1, y);
  const s2r = RE;
  const s2i = IM;
  ERR = OK;
  RE = Math.asinh(s1r * s2r + s1i * s2i);
  IM = 2 * Math.atan2(s1i, s2r);
}

function cAsinh(x: number, y: number): void {
  ERR = OK;
  if (!isFinite(x) || !isFinite(y)) {
    special(ASINH, x, y);
    return;
  }
  if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
    const m = Math.log(hypot(x / 2, y / 2)) + LN2 * 2;
    RE = y >= 0 ? copysign(m, x) : -copysign(m, -x);
    IM = Math.atan2(y, Math.abs(x));
    return;
  }
  cSqrt(1 + y, -x);
  const s1r = RE;
  const s1i = IM;
  cSqrt(1 - y, x);
  const s2r = RE;
  const s2i = IM;
  ERR = OK;
  RE = Math.asinh(s1r * s2i - s2r * s1i);
  IM = Math.atan2(y, s1r * s2r - s1i * s2i);
}

function cAtanh(x: number, y: number): void {
  ERR = OK;
  if (!isFinite(x) || !isFinite(y)) {
    special(ATANH, x, y);
    return;
  }
  if (x < 0) {
    // atanh is odd: work in the right half-plane.
    cAtanh(-x, -y);
    RE = -RE;
    IM = -IM;
    return;
  }
  const ay = Math.abs(y);
  if (x > SQRT_LARGE || ay > SQRT_LARGE) {
    // atanh(z) ~ 1/z +- i*pi/2 for large |z|.
    const h = hypot(x / 2, y / 2);
    RE = x / 4 / h / h;
    IM = copysign(PI / 2, y);
  } else if (x === 1 && ay < SQRT_DBL_MIN) {
    if (ay === 0) {
      RE = Infinity;
      IM = y;
      ERR = EDOM;
    } else {
      RE = -Math.log(Math.sqrt(ay) / Math.sqrt(hypot(ay, 2)));
      IM = copysign(Math.atan2(2, -ay) / 2, y);
    }
  } else {
    RE = Math.log1p((4 * x) / ((1 - x) * (1 - x) + ay * ay)) / 4;
    IM = -Math.atan2(-2 * y, (1 - x) * (1 + x) - ay * ay) / 2;
  }
}

/** z / w with Smith's algorithm and C11 Annex G recovery; EDOM (result unused) for a zero divisor. */
function cQuot(ar: number, ai: number, br: number, bi: number): void {
  const abr = Math.abs(br);
  const abi = Math.abs(bi);
  let re: number;
  let im: number;
  if (abr >= abi) {
    if (abr === 0) {
      ERR = EDOM;
      RE = IM = 0;
      return;
    }
    const ratio = bi / br;
    const denom = br + bi * ratio;
    re = (ar + ai * ratio) / denom;
    im = (ai - ar * ratio) / denom;
  } else if (abi >= abr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    re = (ar * ratio + ai) / denom;
    im = (ai * ratio - ar) / denom;
  } else {
    re = im = NaN; // a NaN in the divisor
  }
  if (re !== re && im !== im) {
    if ((isInf(ar) || isInf(ai)) && isFinite(br) && isFinite(bi)) {
      const sx = copysign(isInf(ar) ? 1 : 0, ar);
      const sy = copysign(isInf(ai) ? 1 : 0, ai);
      re = Infinity * (sx * br + sy * bi);
      im = Infinity * (sy * br - sx * bi);
    } else if ((isInf(abr) || isInf(abi)) && isFinite(ar) && isFinite(ai)) {
      const sx = copysign(isInf(br) ? 1 : 0, br);
      const sy = copysign(isInf(bi) ? 1 : 0, bi);
      re = 0 * (ar * sx + ai * sy);
      im = 0 * (ai * sx - ar * sy);
    }
  }
  RE = re;
  IM = im;
}

function cRect(r: number, phi: number): void {
  if (!isFinite(r) || !isFinite(phi)) {
    if (isInf(r) && isFinite(phi) && phi !== 0) {
      const c = copysign(Infinity, Math.cos(phi));
      const s = copysign(Infinity, Math.sin(phi));
      RE = r > 0 ? c : -c;
      IM = r > 0 ? s : -s;
    } else {
      special(RECT, r, phi);
    }
    ERR = r !== 0 && r === r && isInf(phi) ? EDOM : OK;
    return;
  }
  ERR = OK;
  if (phi === 0) {
    // r * sin(phi) would be right too; this keeps the sign of a -0.0 phi exactly.
    RE = r;
    IM = r * phi;
  } else {
    RE = r * Math.cos(phi);
    IM = r * Math.sin(phi);
  }
}

/** abs(complex) as _Py_c_abs: infinity wins over NaN; ERANGE when a finite value overflows. */
function cAbs(x: number, y: number): number {
  if (!isFinite(x) || !isFinite(y)) {
    if (isInf(x)) return Math.abs(x);
    if (isInf(y)) return Math.abs(y);
    return NaN;
  }
  const r = hypot(x, y);
  if (!isFinite(r)) ERR = ERANGE;
  return r;
}

// The functions defined through an identity with another one: the argument is multiplied by i first.
function cAsin(x: number, y: number): void {
  cAsinh(-y, x);
  const re = RE;
  RE = IM;
  IM = -re;
}

function cAtan(x: number, y: number): void {
  cAtanh(-y, x);
  const re = RE;
  RE = IM;
  IM = -re;
}

function cCos(x: number, y: number): void {
  cCosh(-y, x);
}

function cSin(x: number, y: number): void {
  cSinh(-y, x);
  const re = RE;
  RE = IM;
  IM = -re;
}

function cTan(x: number, y: number): void {
  cTanh(-y, x);
  const re = RE;
  RE = IM;
  IM = -re;
}

function cLog10(x: number, y: number): void {
  cLog(x, y);
  RE /= LN10;
  IM /= LN10;
}

// ---- arguments ------------------------------------------------------------------------------------------

let ARG_RE = 0;
let ARG_IM = 0;

/** PyComplex_AsCComplex into ARG_RE/ARG_IM: a complex, then __complex__, then a real number. */
function complexArg(v: PyValue): void {
  if (v instanceof PyComplex) {
    ARG_RE = v.real;
    ARG_IM = v.imag;
    return;
  }
  if (v instanceof PyObject && !(v instanceof PyFloat) && v.cls.lookup('__complex__') !== undefined) {
    const r = callSpecial(v, '__complex__', [])!;
    if (!(r instanceof PyComplex)) throw typeError(`__complex__ returned non-complex (type ${typeName(r)})`);
    // A strict subclass of complex is accepted (CPython also emits a DeprecationWarning).
    ARG_RE = r.real;
    ARG_IM = r.imag;
    return;
  }
  ARG_RE = asDouble(v);
  ARG_IM = 0;
}

/** METH_O checks with the module-qualified name CPython's messages use. */
function oneArg(name: string, args: Args, kw: Kw): PyValue {
  if (kw !== null && kw.size > 0) throw typeError(`cmath.${name}() takes no keyword arguments`);
  if (args.length !== 1) throw typeError(`cmath.${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/** Positional-only arguments checked as Argument Clinic does ("log expected at most 2 arguments, got 3"). */
function positional(name: string, args: Args, kw: Kw, min: number, max: number): void {
  if (kw !== null && kw.size > 0) throw typeError(`cmath.${name}() takes no keyword arguments`);
  const n = args.length;
  if (n >= min && n <= max) return;
  const plural = (k: number): string => `${k} argument${k === 1 ? '' : 's'}`;
  if (min === max) throw typeError(`${name} expected ${plural(min)}, got ${n}`);
  if (n < min) throw typeError(`${name} expected at least ${plural(min)}, got ${n}`);
  throw typeError(`${name} expected at most ${plural(max)}, got ${n}`);
}

function result(): PyComplex {
  if (ERR !== OK) raiseFor(ERR);
  return new PyComplex(RE, IM);
}

// ---- the module ---------------------------------------------------------------------------------------------

const KERNELS: [string, (x: number, y: number) => void][] = [
  ['acos', cAcos], ['acosh', cAcosh], ['asin', cAsin], ['asinh', cAsinh], ['atan', cAtan],
  ['atanh', cAtanh], ['cos', cCos], ['cosh', cCosh], ['exp', cExp], ['log10', cLog10], ['sin', cSin],
  ['sinh', cSinh], ['sqrt', cSqrt], ['tan', cTan], ['tanh', cTanh],
];

function isclose(args: Args, kw: Kw): boolean {
  if (args.length > 2) throw typeError(`isclose() takes exactly 2 positional arguments (${args.length} given)`);
  const [a, b, relTolArg, absTolArg] = bindArgs('isclose', ['a', 'b', 'rel_tol', 'abs_tol'], args, kw, 2, 0, 2);
  complexArg(a!);
  const ar = ARG_RE;
  const ai = ARG_IM;
  complexArg(b!);
  const br = ARG_RE;
  const bi = ARG_IM;
  const relTol = relTolArg === undefined ? 1e-9 : asDouble(relTolArg);
  const absTol = absTolArg === undefined ? 0 : asDouble(absTolArg);
  if (relTol < 0 || absTol < 0) throw valueError('tolerances must be non-negative');
  // Exact equality first: two infinities of the same sign are close.
  if (ar === br && ai === bi) return true;
  // An infinity is close to nothing else (the relative tolerance would be infinite).
  if (isInf(ar) || isInf(ai) || isInf(br) || isInf(bi)) return false;
  const diff = cAbs(ar - br, ai - bi);
  return diff <= relTol * cAbs(br, bi) || diff <= relTol * cAbs(ar, ai) || diff <= absTol;
}

function makeCmath(): PyModule {
  const mod = new PyModule('cmath');
  const d = mod.dict;
  d.setStr('__doc__', 'This module provides access to mathematical functions for complex\nnumbers.');
  const def = (name: string, fn: (args: Args, kw: Kw) => PyValue): void => {
    d.setStr(name, new PyNativeFunction(name, fn, mod));
  };

  for (const [name, kernel] of KERNELS) {
    def(name, (args, kw) => {
      complexArg(oneArg(name, args, kw));
      kernel(ARG_RE, ARG_IM);
      return result();
    });
  }

  def('log', (args, kw) => {
    positional('log', args, kw, 1, 2);
    complexArg(args[0]);
    cLog(ARG_RE, ARG_IM);
    if (args.length === 2) {
      const xr = RE;
      const xi = IM;
      complexArg(args[1]);
      // As in CPython, only the errors of log(base) and of the division decide: log(0, 2) is -inf+nanj.
      cLog(ARG_RE, ARG_IM);
      cQuot(xr, xi, RE, IM);
    }
    return result();
  });

  def('phase', (args, kw) => {
    complexArg(oneArg('phase', args, kw));
    return new PyFloat(Math.atan2(ARG_IM, ARG_RE));
  });

  def('polar', (args, kw) => {
    complexArg(oneArg('polar', args, kw));
    ERR = OK;
    const phi = Math.atan2(ARG_IM, ARG_RE);
    const r = cAbs(ARG_RE, ARG_IM);
    if (ERR !== OK) raiseFor(ERR);
    return new PyTuple([new PyFloat(r), new PyFloat(phi)]);
  });

  def('rect', (args, kw) => {
    positional('rect', args, kw, 2, 2);
    const r = asDouble(args[0]);
    const phi = asDouble(args[1]);
    cRect(r, phi);
    return result();
  });

  def('isfinite', (args, kw) => {
    complexArg(oneArg('isfinite', args, kw));
    return isFinite(ARG_RE) && isFinite(ARG_IM);
  });
  def('isnan', (args, kw) => {
    complexArg(oneArg('isnan', args, kw));
    return ARG_RE !== ARG_RE || ARG_IM !== ARG_IM;
  });
  def('isinf', (args, kw) => {
    complexArg(oneArg('isinf', args, kw));
    return isInf(ARG_RE) || isInf(ARG_IM);
  });
  def('isclose', isclose);

  d.setStr('pi', new PyFloat(PI));
  d.setStr('e', new PyFloat(Math.E));
  d.setStr('tau', new PyFloat(2 * PI));
  d.setStr('inf', new PyFloat(Infinity));
  d.setStr('infj', new PyComplex(0, Infinity));
  d.setStr('nan', new PyFloat(NaN));
  d.setStr('nanj', new PyComplex(0, NaN));
  return mod;
}

registerNativeModule('cmath', makeCmath);
