// The arithmetic kernel of the _decimal module (General Decimal Arithmetic): NaN propagation, add,
// multiply, divide, integer division and remainders, comparisons, quantize/rescale, rounding to
// integral values, and the exact operations (abs, minus, plus, copy_sign, min/max, normalize).
//
// Operations take the context settings and report their conditions into `status`; turning conditions
// into flags and exceptions is context.ts's job. Must not know about Python objects.

import {
  Dec, FINITE, INF, NAN, SNAN, status, pow10, digitCount, adjusted, finite, trailingZeros,
  S_INVALID_OPERATION, S_DIVISION_BY_ZERO, S_DIVISION_UNDEFINED, S_DIVISION_IMPOSSIBLE, S_CLAMPED,
  S_INEXACT, S_ROUNDED, S_SUBNORMAL,
} from './number.js';
import { Ctx, finalize, fixNaN, dropDigits, droppedInexact, ROUND_FLOOR, etiny } from './rounding.js';

/** The quiet NaN an invalid operation produces. */
export function invalid(flag = S_INVALID_OPERATION): Dec {
  status.flags |= flag;
  return new Dec(0, 0n, 0, NAN);
}

/** The NaN result of an operation with a NaN operand (signaling first), or null when none is a NaN. */
export function nanOperand(a: Dec, b: Dec | null, ctx: Ctx): Dec | null {
  if (a.kind < NAN && (b === null || b.kind < NAN)) return null;
  if (a.kind === SNAN || (b !== null && b.kind === SNAN)) {
    status.flags |= S_INVALID_OPERATION;
    const s = a.kind === SNAN ? a : b!;
    return fixNaN(new Dec(s.sign, s.coeff, 0, NAN), ctx);
  }
  return fixNaN(a.kind === NAN ? a : b!, ctx);
}

// ---- addition ---------------------------------------------------------------------------------------------

/** a + b exactly (not rounded), with the sign rule for exact zeros under `round`. */
export function addExact(a: Dec, b: Dec, round: number, prec: number): Dec {
  let x = a;
  let y = b;
  if (x.exp < y.exp) {
    x = b;
    y = a;
  }
  // x has the larger exponent. A y far below x's precision only matters as a sticky digit.
  if (x.coeff !== 0n && y.coeff !== 0n) {
    const xAdj = adjusted(x);
    const limit = Math.min(x.exp, xAdj - prec) - 1;
    if (adjusted(y) < limit) y = finite(y.sign, 1n, limit - 1);
  } else if (y.coeff === 0n && x.coeff !== 0n && x.exp - y.exp > prec + 2) {
    y = finite(y.sign, 0n, x.exp - prec - 2);
  }
  const exp = y.exp;
  const xc = x.coeff === 0n ? 0n : x.coeff * pow10(x.exp - exp);
  const xs = x.sign ? -xc : xc;
  const ys = y.sign ? -y.coeff : y.coeff;
  const sum = xs + ys;
  if (sum === 0n) {
    const sign = a.sign === b.sign ? a.sign : round === ROUND_FLOOR ? 1 : 0;
    return finite(sign, 0n, exp);
  }
  return sum < 0n ? finite(1, -sum, exp) : finite(0, sum, exp);
}

export function add(a: Dec, b: Dec, ctx: Ctx): Dec {
  const n = nanOperand(a, b, ctx);
  if (n !== null) return n;
  if (a.kind === INF) {
    if (b.kind === INF && a.sign !== b.sign) return invalid();
    return a;
  }
  if (b.kind === INF) return b;
  return finalize(addExact(a, b, ctx.round, ctx.prec), ctx);
}

export function negate(d: Dec): Dec {
  return new Dec(d.sign ^ 1, d.coeff, d.exp, d.kind);
}

export function subtract(a: Dec, b: Dec, ctx: Ctx): Dec {
  if (b.kind >= NAN) return add(a, b, ctx);
  return add(a, negate(b), ctx);
}

// ---- multiplication and division ---------------------------------------------------------------------------

export function multiplyExact(a: Dec, b: Dec): Dec {
  return finite(a.sign ^ b.sign, a.coeff * b.coeff, a.exp + b.exp);
}

export function multiply(a: Dec, b: Dec, ctx: Ctx): Dec {
  const n = nanOperand(a, b, ctx);
  if (n !== null) return n;
  const sign = a.sign ^ b.sign;
  if (a.kind === INF || b.kind === INF) {
    if ((a.kind === FINITE && a.coeff === 0n) || (b.kind === FINITE && b.coeff === 0n)) return invalid();
    return new Dec(sign, 0n, 0, INF);
  }
  return finalize(multiplyExact(a, b), ctx);
}

/** a / b with a finite and b finite non-zero, correctly rounded, with the ideal exponent when exact. */
function divideFinite(a: Dec, b: Dec, ctx: Ctx): Dec {
  const sign = a.sign ^ b.sign;
  const ideal = a.exp - b.exp;
  if (a.coeff === 0n) return finalize(finite(sign, 0n, ideal), ctx);
  // Enough quotient digits for prec + 1 significant digits, so that a sticky digit decides rounding.
  const shift = digitCount(b.coeff) - digitCount(a.coeff) + ctx.prec + 1;
  let exp = ideal - shift;
  let q: bigint;
  let r: bigint;
  if (shift >= 0) {
    const n = a.coeff * pow10(shift);
    q = n / b.coeff;
    r = n - q * b.coeff;
  } else {
    const d = b.coeff * pow10(-shift);
    q = a.coeff / d;
    r = a.coeff - q * d;
  }
  if (r !== 0n) {
    if (q % 5n === 0n) q += 1n;
  } else {
    while (exp < ideal && q % 10n === 0n) {
      q /= 10n;
      exp++;
    }
  }
  return finalize(finite(sign, q, exp), ctx);
}

export function divide(a: Dec, b: Dec, ctx: Ctx): Dec {
  const n = nanOperand(a, b, ctx);
  if (n !== null) return n;
  const sign = a.sign ^ b.sign;
  if (a.kind === INF) {
    if (b.kind === INF) return invalid();
    return new Dec(sign, 0n, 0, INF);
  }
  if (b.kind === INF) {
    status.flags |= S_CLAMPED;
    return finite(sign, 0n, etiny(ctx));
  }
  if (b.coeff === 0n) {
    if (a.coeff === 0n) return invalid(S_DIVISION_UNDEFINED);
    status.flags |= S_DIVISION_BY_ZERO;
    return new Dec(sign, 0n, 0, INF);
  }
  return divideFinite(a, b, ctx);
}

/**
 * The integer quotient and remainder of finite a, b (b non-zero): [q, r] unrounded, or null when the
 * quotient needs more than prec digits (DivisionImpossible).
 */
function divRemFinite(a: Dec, b: Dec, ctx: Ctx): [Dec, Dec] | null {
  const sign = a.sign ^ b.sign;
  const remExp = Math.min(a.exp, b.exp);
  if (a.coeff === 0n || adjusted(a) - adjusted(b) <= -2) {
    // |a| < |b|: the quotient is 0 and the remainder a itself, at the smaller exponent.
    const rc = a.coeff === 0n ? 0n : a.coeff * pow10(a.exp - remExp);
    return [finite(sign, 0n, 0), finite(a.sign, rc, remExp)];
  }
  if (adjusted(a) - adjusted(b) > ctx.prec) return null;
  let ac = a.coeff;
  let bc = b.coeff;
  if (a.exp >= b.exp) ac *= pow10(a.exp - b.exp);
  else bc *= pow10(b.exp - a.exp);
  const q = ac / bc;
  const r = ac - q * bc;
  if (digitCount(q) > ctx.prec) return null;
  return [finite(sign, q, 0), finite(a.sign, r, remExp)];
}

export function divideInt(a: Dec, b: Dec, ctx: Ctx): Dec {
  const n = nanOperand(a, b, ctx);
  if (n !== null) return n;
  const sign = a.sign ^ b.sign;
  if (a.kind === INF) {
    if (b.kind === INF) return invalid();
    return new Dec(sign, 0n, 0, INF);
  }
  if (b.kind === INF) return finite(sign, 0n, 0);
  if (b.coeff === 0n) {
    if (a.coeff === 0n) return invalid(S_DIVISION_UNDEFINED);
    status.flags |= S_DIVISION_BY_ZERO;
    return new Dec(sign, 0n, 0, INF);
  }
  const qr = divRemFinite(a, b, ctx);
  if (qr === null) return invalid(S_DIVISION_IMPOSSIBLE);
  return finalize(qr[0], ctx);
}

export function remainder(a: Dec, b: Dec, ctx: Ctx): Dec {
  const n = nanOperand(a, b, ctx);
  if (n !== null) return n;
  if (a.kind === INF) return invalid();
  if (b.kind === INF) return finalize(a, ctx);
  if (b.coeff === 0n) return invalid(a.coeff === 0n ? S_DIVISION_UNDEFINED : S_INVALID_OPERATION);
  const qr = divRemFinite(a, b, ctx);
  if (qr === null) return invalid(S_DIVISION_IMPOSSIBLE);
  return finalize(qr[1], ctx);
}

/** divmod(a, b): the integer quotient and the remainder. */
export function divMod(a: Dec, b: Dec, ctx: Ctx): [Dec, Dec] {
  const n = nanOperand(a, b, ctx);
  if (n !== null) return [n, n];
  const sign = a.sign ^ b.sign;
  if (a.kind === INF) {
    if (b.kind === INF) {
      const nan = invalid();
      return [nan, nan];
    }
    const nan = invalid();
    return [new Dec(sign, 0n, 0, INF), nan];
  }
  if (b.kind === INF) return [finite(sign, 0n, 0), finalize(a, ctx)];
  if (b.coeff === 0n) {
    if (a.coeff === 0n) {
      const nan = invalid(S_DIVISION_UNDEFINED);
      return [nan, nan];
    }
    status.flags |= S_DIVISION_BY_ZERO | S_INVALID_OPERATION;
    return [new Dec(sign, 0n, 0, INF), new Dec(0, 0n, 0, NAN)];
  }
  const qr = divRemFinite(a, b, ctx);
  if (qr === null) {
    const nan = invalid(S_DIVISION_IMPOSSIBLE);
    return [nan, nan];
  }
  return [finalize(qr[0], ctx), finalize(qr[1], ctx)];
}

/** remainder_near: the remainder of the division rounded to the nearest integer (ties to even). */
export function remainderNear(a: Dec, b: Dec, ctx: Ctx): Dec {
  const n = nanOperand(a, b, ctx);
  if (n !== null) return n;
  if (a.kind === INF) return invalid();
  if (b.kind === INF) return finalize(a, ctx);
  if (b.coeff === 0n) return invalid(a.coeff === 0n ? S_DIVISION_UNDEFINED : S_INVALID_OPERATION);
  const qr = divRemFinite(a, b, ctx);
  if (qr === null) return invalid(S_DIVISION_IMPOSSIBLE);
  let q = qr[0].coeff;
  let r = qr[1];
  // Compare 2|r| with |b| at the remainder's exponent.
  const bc = b.coeff * pow10(b.exp - r.exp);
  const twice = r.coeff * 2n;
  if (twice > bc || (twice === bc && (q & 1n) === 1n)) {
    q += 1n;
    const rc = bc - r.coeff;
    r = finite(r.sign ^ 1, rc, r.exp);
    if (digitCount(q) > ctx.prec) return invalid(S_DIVISION_IMPOSSIBLE);
  }
  return finalize(r, ctx);
}

// ---- comparison ---------------------------------------------------------------------------------------------

/** Numeric comparison of two non-NaN values: -1, 0 or 1. */
export function compareValues(a: Dec, b: Dec): number {
  const aZero = a.kind === FINITE && a.coeff === 0n;
  const bZero = b.kind === FINITE && b.coeff === 0n;
  if (aZero && bZero) return 0;
  if (aZero) return b.sign ? 1 : -1;
  if (bZero) return a.sign ? -1 : 1;
  if (a.sign !== b.sign) return a.sign ? -1 : 1;
  const s = a.sign ? -1 : 1;
  if (a.kind === INF) return b.kind === INF ? 0 : s;
  if (b.kind === INF) return -s;
  const aa = adjusted(a);
  const ba = adjusted(b);
  if (aa !== ba) return aa > ba ? s : -s;
  let ac = a.coeff;
  let bc = b.coeff;
  if (a.exp > b.exp) ac *= pow10(a.exp - b.exp);
  else if (b.exp > a.exp) bc *= pow10(b.exp - a.exp);
  return ac === bc ? 0 : ac > bc ? s : -s;
}

/** compare(): -1, 0, 1 as decimals, or a NaN. */
export function compare(a: Dec, b: Dec, ctx: Ctx, signal: boolean): Dec {
  if (a.kind >= NAN || b.kind >= NAN) {
    if (signal) status.flags |= S_INVALID_OPERATION;
    return nanOperand(a, b, ctx)!;
  }
  const c = compareValues(a, b);
  return finite(c < 0 ? 1 : 0, c === 0 ? 0n : 1n, 0);
}

/** The total ordering of compare_total (sign, then value, then exponent, NaNs by payload). */
export function compareTotal(a: Dec, b: Dec): number {
  if (a.sign !== b.sign) return a.sign ? -1 : 1;
  const s = a.sign ? -1 : 1;
  if (a.kind !== b.kind) {
    // Order of magnitude classes: finite < infinity < quiet NaN... with sNaN below qNaN.
    const rank = (k: number) => (k === FINITE ? 0 : k === INF ? 1 : k === SNAN ? 2 : 3);
    return rank(a.kind) < rank(b.kind) ? -s : s;
  }
  if (a.kind >= NAN) return a.coeff === b.coeff ? 0 : a.coeff < b.coeff ? -s : s;
  if (a.kind === INF) return 0;
  const c = compareValues(finite(0, a.coeff, a.exp), finite(0, b.coeff, b.exp));
  if (c !== 0) return c * s;
  return a.exp === b.exp ? 0 : a.exp < b.exp ? -s : s;
}

/** max/min (and their _mag variants): a quiet NaN loses to a number. */
export function maxMin(a: Dec, b: Dec, ctx: Ctx, wantMax: boolean, mag: boolean): Dec {
  if (a.kind === SNAN || b.kind === SNAN) return nanOperand(a, b, ctx)!;
  if (a.kind === NAN && b.kind !== NAN) return finalize(b, ctx);
  if (b.kind === NAN && a.kind !== NAN) return finalize(a, ctx);
  if (a.kind === NAN) return nanOperand(a, b, ctx)!;
  let c = mag ? compareValues(withSign0(a), withSign0(b)) : compareValues(a, b);
  if (c === 0) c = compareTotal(a, b);
  const pick = (c > 0) === wantMax ? a : b;
  return finalize(pick, ctx);
}

function withSign0(d: Dec): Dec {
  return d.sign === 0 ? d : new Dec(0, d.coeff, d.exp, d.kind);
}

// ---- quantize and integral values ---------------------------------------------------------------------------

/** d rescaled to exponent `exp` under `round` (exact when exp <= d.exp); sets Rounded/Inexact. */
export function rescale(d: Dec, exp: number, round: number): Dec {
  if (d.coeff === 0n) return finite(d.sign, 0n, exp);
  if (exp <= d.exp) return finite(d.sign, d.coeff * pow10(d.exp - exp), exp);
  const drop = exp - d.exp;
  const n = digitCount(d.coeff);
  let c: bigint;
  let inexact: boolean;
  if (drop > n + 1) {
    // Every digit goes: round a sticky remainder below half a unit.
    c = dropDigits(1n, 2, d.sign, round);
    inexact = true;
  } else {
    c = dropDigits(d.coeff, drop, d.sign, round);
    inexact = droppedInexact;
  }
  status.flags |= S_ROUNDED | (inexact ? S_INEXACT : 0);
  return finite(d.sign, c, exp);
}

export function quantize(a: Dec, b: Dec, ctx: Ctx, round: number): Dec {
  const n = nanOperand(a, b, ctx);
  if (n !== null) return n;
  if (a.kind === INF || b.kind === INF) {
    if (a.kind === INF && b.kind === INF) return a;
    return invalid();
  }
  const exp = b.exp;
  if (exp > ctx.emax || exp < etiny(ctx)) return invalid();
  if (a.coeff === 0n) return clampOrSubnormal(finite(a.sign, 0n, exp), ctx);
  if (adjusted(a) - exp + 1 > ctx.prec + 1 && exp < a.exp) return invalid();
  const saved = status.flags;
  const r = rescale(a, exp, round);
  if (digitCount(r.coeff) > ctx.prec) {
    status.flags = saved;
    return invalid();
  }
  if (r.coeff !== 0n && adjusted(r) > ctx.emax) {
    status.flags = saved;
    return invalid();
  }
  return clampOrSubnormal(r, ctx);
}

/** The exponent checks of an exact result: fold down a clamped exponent, else flag a subnormal. */
function clampOrSubnormal(r: Dec, ctx: Ctx): Dec {
  const eTop = ctx.emax - ctx.prec + 1;
  if (r.coeff !== 0n && adjusted(r) < ctx.emin) status.flags |= S_SUBNORMAL;
  if (ctx.clamp && r.exp > eTop) {
    status.flags |= S_CLAMPED;
    return finite(r.sign, r.coeff === 0n ? 0n : r.coeff * pow10(r.exp - eTop), eTop);
  }
  return r;
}

/** to_integral_value / to_integral_exact: round to exponent 0 unless already integral. */
export function toIntegral(a: Dec, ctx: Ctx, round: number, exact: boolean): Dec {
  const n = nanOperand(a, null, ctx);
  if (n !== null) return n;
  if (a.kind === INF || a.exp >= 0) return a;
  const saved = status.flags;
  const r = rescale(a, 0, round);
  if (!exact) status.flags = saved;
  return r;
}

/** The bigint value of an integral finite decimal after rounding under `round` (for int(), round()). */
export function integerValue(a: Dec, round: number): bigint {
  let c: bigint;
  if (a.coeff === 0n) c = 0n;
  else if (a.exp >= 0) c = a.coeff * pow10(a.exp);
  else if (-a.exp > digitCount(a.coeff) + 1) c = dropDigits(1n, 2, a.sign, round);
  else c = dropDigits(a.coeff, -a.exp, a.sign, round);
  return a.sign ? -c : c;
}

// ---- exact operations ------------------------------------------------------------------------------------

/** normalize(): round, then strip trailing zeros (a zero becomes 0 with exponent 0). */
export function reduce(a: Dec, ctx: Ctx): Dec {
  const n = nanOperand(a, null, ctx);
  if (n !== null) return n;
  if (a.kind === INF) return a;
  const r = finalize(a, ctx);
  if (r.kind !== FINITE) return r;
  if (r.coeff === 0n) return finite(r.sign, 0n, 0);
  const tz = trailingZeros(r.coeff);
  const maxExp = ctx.clamp ? ctx.emax - ctx.prec + 1 : ctx.emax;
  const k = Math.min(tz, maxExp - r.exp);
  if (k <= 0) return r;
  return finite(r.sign, r.coeff / pow10(k), r.exp + k);
}

/** plus()/minus()/abs() under a context: like adding to zero, so -0 becomes 0. */
export function plus(a: Dec, ctx: Ctx, sign: number | null): Dec {
  const n = nanOperand(a, null, ctx);
  if (n !== null) return n;
  let s = sign === null ? a.sign : sign;
  if (a.kind === FINITE && a.coeff === 0n) s = s === 1 && ctx.round === ROUND_FLOOR ? 1 : 0;
  const r = new Dec(s, a.coeff, a.exp, a.kind);
  return a.kind === INF ? r : finalize(r, ctx);
}

export { finalize, finite };
export type DecT = Dec;

// ---- smaller operations -----------------------------------------------------------------------------------

export function finite0(): Dec {
  return finite(0, 0n, 0);
}

export function withSignOf(d: Dec, sign: number): Dec {
  return d.sign === sign ? d : new Dec(sign, d.coeff, d.exp, d.kind);
}

/** next_plus (dir 1) / next_minus (dir -1): the neighbouring representable number. */
export function nextToward(a: Dec, dir: number, ctx: Ctx): Dec {
  const n = nanOperand(a, null, ctx);
  if (n !== null) return n;
  const eTiny = etiny(ctx);
  if (a.kind === INF) {
    if ((a.sign === 0) === (dir > 0)) return a;
    return finite(a.sign, pow10(ctx.prec) - 1n, ctx.emax - ctx.prec + 1);
  }
  const saved = status.flags;
  const tiny = finite(dir > 0 ? 0 : 1, 1n, Math.min(eTiny, adjusted(a) - ctx.prec - 1) - 2);
  const c: Ctx = { prec: ctx.prec, round: dir > 0 ? 2 : 3, emin: ctx.emin, emax: ctx.emax, clamp: ctx.clamp };
  const r = finalize(addExact(a, tiny, c.round, ctx.prec), c);
  status.flags = saved;
  return r;
}

/** logb: the adjusted exponent as a decimal. */
export function logb(a: Dec, ctx: Ctx): Dec {
  const n = nanOperand(a, null, ctx);
  if (n !== null) return n;
  if (a.kind === INF) return new Dec(0, 0n, 0, INF);
  if (a.coeff === 0n) {
    status.flags |= S_DIVISION_BY_ZERO;
    return new Dec(1, 0n, 0, INF);
  }
  const e = adjusted(a);
  return finalize(finite(e < 0 ? 1 : 0, BigInt(Math.abs(e)), 0), ctx);
}

/** scaleb: a * 10**b for an integral b of exponent 0. */
export function scaleb(a: Dec, b: Dec, ctx: Ctx): Dec {
  const n = nanOperand(a, b, ctx);
  if (n !== null) return n;
  if (b.kind !== FINITE || b.exp !== 0) return invalid();
  const limit = 2 * (ctx.emax + ctx.prec);
  if (b.coeff > BigInt(limit)) return invalid();
  if (a.kind === INF) return a;
  const k = Number(b.coeff) * (b.sign ? -1 : 1);
  return finalize(finite(a.sign, a.coeff, a.exp + k), ctx);
}

export function totalAsDec(c: number): Dec {
  return finite(c < 0 ? 1 : 0, c === 0 ? 0n : 1n, 0);
}

export function sameQuantum(a: Dec, b: Dec): boolean {
  if (a.kind !== FINITE || b.kind !== FINITE) {
    return (a.kind >= NAN && b.kind >= NAN) || (a.kind === INF && b.kind === INF);
  }
  return a.exp === b.exp;
}

/** fma: a * b + c with a single rounding. */
export function fma(a: Dec, b: Dec, c: Dec, ctx: Ctx): Dec {
  if (a.kind === SNAN || b.kind === SNAN || c.kind === SNAN) {
    const s = a.kind === SNAN ? a : b.kind === SNAN ? b : c;
    status.flags |= S_INVALID_OPERATION;
    return fixNaN(new Dec(s.sign, s.coeff, 0, NAN), ctx);
  }
  if (a.kind === NAN || b.kind === NAN) return nanOperand(a, b, ctx)!;
  let p: Dec;
  if (a.kind === INF || b.kind === INF) {
    if ((a.kind === FINITE && a.coeff === 0n) || (b.kind === FINITE && b.coeff === 0n)) return invalid();
    p = new Dec(a.sign ^ b.sign, 0n, 0, INF);
  } else p = multiplyExact(a, b);
  if (c.kind === NAN) return fixNaN(c, ctx);
  if (p.kind === INF || c.kind === INF) return add(p, c, ctx);
  return finalize(addExact(p, c, ctx.round, ctx.prec), ctx);
}

// ---- next_toward, digit-wise logical operations, rotate and shift -----------------------------------------

/** next_toward: one step from a in the direction of b, with the flags of an inexact result. */
export function nextTowardOp(a: Dec, b: Dec, ctx: Ctx): Dec {
  const n = nanOperand(a, b, ctx);
  if (n !== null) return n;
  const c = compareValues(a, b);
  if (c === 0) return withSignOf(a, b.sign);
  const r = nextToward(a, c < 0 ? 1 : -1, ctx);
  if (r.kind === INF) status.flags |= S_OVERFLOW_BITS;
  else if (adjusted(r) < ctx.emin) {
    status.flags |= S_UNDERFLOW_BITS;
    if (r.coeff === 0n) status.flags |= S_CLAMPED;
  }
  return r;
}

const S_OVERFLOW_BITS = 2048 | 4096 | 64; // Overflow | Rounded | Inexact
const S_UNDERFLOW_BITS = 16384 | 8192 | 4096 | 64; // Underflow | Subnormal | Rounded | Inexact

/** The digits of a logical operand (finite, exponent 0, positive, only 0s and 1s, at most prec digits). */
function logicalDigits(d: Dec, prec: number): string | null {
  if (d.kind !== FINITE || d.exp !== 0 || d.sign !== 0) return null;
  const s = d.coeff.toString();
  for (let i = 0; i < s.length; i++) if (s[i] !== '0' && s[i] !== '1') return null;
  // Digits beyond the precision are dropped on the left.
  return s.length > prec ? s.slice(s.length - prec) : s.padStart(prec, '0');
}

function fromDigitString(s: string): Dec {
  return finite(0, BigInt(s), 0);
}

/** logical_and / logical_or / logical_xor ('&', '|', '^'). */
export function logical(a: Dec, b: Dec, ctx: Ctx, op: string): Dec {
  const x = logicalDigits(a, ctx.prec);
  const y = logicalDigits(b, ctx.prec);
  if (x === null || y === null) return invalid();
  let out = '';
  for (let i = 0; i < x.length; i++) {
    const p = x.charCodeAt(i) === 49;
    const q = y.charCodeAt(i) === 49;
    out += (op === '&' ? p && q : op === '|' ? p || q : p !== q) ? '1' : '0';
  }
  return fromDigitString(out);
}

export function logicalInvert(a: Dec, ctx: Ctx): Dec {
  const x = logicalDigits(a, ctx.prec);
  if (x === null) return invalid();
  let out = '';
  for (let i = 0; i < x.length; i++) out += x.charCodeAt(i) === 49 ? '0' : '1';
  return fromDigitString(out);
}

/** The shift count operand of rotate/shift: an integer of exponent 0 within [-prec, prec]. */
function shiftCount(b: Dec, prec: number): number | null {
  if (b.kind !== FINITE || b.exp !== 0 || b.coeff > BigInt(prec)) return null;
  return b.sign ? -Number(b.coeff) : Number(b.coeff);
}

/** rotate (rotate=true) or shift the coefficient of a by b digits, within prec digits. */
export function rotateShift(a: Dec, b: Dec, ctx: Ctx, rotate: boolean): Dec {
  const n = nanOperand(a, b, ctx);
  if (n !== null) return n;
  const k = shiftCount(b, ctx.prec);
  if (k === null) return invalid();
  if (a.kind === INF) return a;
  const prec = ctx.prec;
  const modulus = pow10(prec);
  const c = a.coeff % modulus; // digits beyond the precision are dropped on the left
  let r: bigint;
  if (rotate) {
    const m = ((k % prec) + prec) % prec;
    r = m === 0 ? c : ((c * pow10(m)) % modulus) + c / pow10(prec - m);
  } else if (k >= 0) {
    r = (c * pow10(k)) % modulus;
  } else {
    r = c / pow10(-k);
  }
  return finite(a.sign, r, a.exp);
}

/** pow(a, b, m): integral operands only, b >= 0; |a|**b mod |m| with the sign of a**b, exponent 0. */
export function powMod(a: Dec, b: Dec, m: Dec, ctx: Ctx): Dec {
  if (a.kind >= NAN || b.kind >= NAN || m.kind >= NAN) {
    if (a.kind === SNAN || b.kind === SNAN || m.kind === SNAN) {
      const s = a.kind === SNAN ? a : b.kind === SNAN ? b : m;
      status.flags |= S_INVALID_OPERATION;
      return fixNaN(new Dec(s.sign, s.coeff, 0, NAN), ctx);
    }
    return fixNaN(a.kind === NAN ? a : b.kind === NAN ? b : m, ctx);
  }
  if (a.kind !== FINITE || b.kind !== FINITE || m.kind !== FINITE) return invalid();
  const ai = integralValue(a);
  const bi = integralValue(b);
  const mi = integralValue(m);
  if (ai === null || bi === null || mi === null) return invalid();
  if (bi < 0n || mi === 0n || (ai === 0n && bi === 0n)) return invalid();
  if (digitCount(mi < 0n ? -mi : mi) > ctx.prec) return invalid();
  const mod = mi < 0n ? -mi : mi;
  let base = (ai < 0n ? -ai : ai) % mod;
  let e = bi;
  let r = 1n % mod;
  while (e > 0n) {
    if (e & 1n) r = (r * base) % mod;
    base = (base * base) % mod;
    e >>= 1n;
  }
  const sign = ai < 0n && (bi & 1n) === 1n ? 1 : 0;
  return finite(sign, r, 0);
}

function integralValue(d: Dec): bigint | null {
  let v: bigint;
  if (d.exp >= 0) v = d.coeff * pow10(d.exp);
  else {
    const p = pow10(-d.exp);
    if (d.coeff % p !== 0n) return null;
    v = d.coeff / p;
  }
  return d.sign ? -v : v;
}
