// The _decimal module's functions beyond the four operations: square root, exp, ln, log10 and power.
//
// sqrt is computed exactly with a bigint integer square root. exp/ln/log10 are computed in bigint fixed
// point with a generous error bound and rounded the way Ziv's strategy does: the precision grows until
// both ends of the error interval round alike, so results are correctly rounded with ROUND_HALF_EVEN, as
// CPython's are. power() reproduces CPython's (libmpdec's) results, which are not always correctly
// rounded: integral exponents by square-and-multiply at a few extra digits with a rounding per step,
// other exponents as exp(y * ln x) at 19 extra digits, certain overflow/underflow decided from the
// operands' magnitudes first. Must not know about Python objects.

import {
  Dec, FINITE, INF, NAN, status, pow10, digitCount, adjusted, finite, trailingZeros,
  S_INEXACT, S_ROUNDED, S_INVALID_OPERATION, S_DIVISION_BY_ZERO,
} from './number.js';
import { Ctx, finalize, ROUND_HALF_EVEN } from './rounding.js';
import { nanOperand, invalid, divide, multiplyExact } from './arith.js';

// ---- integer helpers --------------------------------------------------------------------------------------

/** floor(sqrt(n)) for n >= 0. */
export function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  const bits = n.toString(2).length;
  let x = 1n << BigInt((bits >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

// ---- square root ------------------------------------------------------------------------------------------

export function sqrt(a: Dec, ctx: Ctx): Dec {
  const n = nanOperand(a, null, ctx);
  if (n !== null) return n;
  const hctx = halfEven(ctx);
  if (a.kind === INF) return a.sign ? invalid() : a;
  const ideal = Math.floor(a.exp / 2);
  if (a.coeff === 0n) return finalize(finite(a.sign, 0n, ideal), hctx);
  if (a.sign) return invalid();
  let c = a.coeff;
  let e = a.exp;
  if (e & 1) {
    c *= 10n;
    e -= 1;
  }
  // Scale by 10**(2s) so that the root has at least prec + 1 digits.
  const s = Math.max(0, ctx.prec + 2 - ((digitCount(c) + 1) >> 1));
  const scaled = c * pow10(2 * s);
  let r = isqrt(scaled);
  let exp = e / 2 - s;
  if (r * r === scaled) {
    while (exp < ideal && r % 10n === 0n) {
      r /= 10n;
      exp++;
    }
  } else if (r % 5n === 0n) {
    r += 1n; // a sticky digit: the root is not exact
  }
  return finalize(finite(0, r, exp), hctx);
}

function halfEven(ctx: Ctx): Ctx {
  return { prec: ctx.prec, round: ROUND_HALF_EVEN, emin: ctx.emin, emax: ctx.emax, clamp: ctx.clamp };
}

// ---- fixed point kernels (values are bigint / 10**w) -----------------------------------------------------

/** e**x for |x| <= ~2.5, x and the result scaled by 10**w; error a few hundred units. */
function expFixed(x: bigint, w: number): bigint {
  const one = pow10(w);
  // Halve the argument k times so the series converges fast, then square back.
  const k = 12;
  let y = x / 4096n;
  let term = one;
  let sum = one;
  for (let i = 1n; ; i++) {
    term = (term * y) / one / i;
    if (term === 0n) break;
    sum += term;
  }
  for (let i = 0; i < k; i++) sum = (sum * sum) / one;
  return sum;
}

/** 2 * atanh(z) = ln((1+z)/(1-z)) for |z| < 0.5, scaled by 10**w. */
function atanh2(z: bigint, w: number): bigint {
  const one = pow10(w);
  const z2 = (z * z) / one;
  let power = z;
  let sum = z;
  for (let k = 3n; ; k += 2n) {
    power = (power * z2) / one;
    const t = power / k;
    if (t === 0n) break;
    sum += t;
  }
  return 2n * sum;
}

const lnCache = new Map<string, bigint>();

/** ln(2) scaled by 10**w. */
function ln2Fixed(w: number): bigint {
  const key = `2:${w}`;
  let v = lnCache.get(key);
  if (v === undefined) {
    v = atanh2(pow10(w) / 3n, w);
    lnCache.set(key, v);
  }
  return v;
}

/** ln(10) = 3 ln 2 + ln(1.25) scaled by 10**w. */
function ln10Fixed(w: number): bigint {
  const key = `10:${w}`;
  let v = lnCache.get(key);
  if (v === undefined) {
    v = 3n * ln2Fixed(w) + atanh2(pow10(w) / 9n, w);
    lnCache.set(key, v);
  }
  return v;
}

/** ln(m) for m in [1, 10] scaled by 10**w (m given scaled by 10**w). */
function lnSmallFixed(m: bigint, w: number): bigint {
  const one = pow10(w);
  let j = 0n;
  // Bring m into [0.75, 1.5) with halvings, so that z = (m-1)/(m+1) is small.
  while (m * 2n > 3n * one) {
    m /= 2n;
    j++;
  }
  const z = ((m - one) * one) / (m + one);
  return atanh2(z, w) + j * ln2Fixed(w);
}

/** x (exact) scaled by 10**w, truncated. */
function toFixed(d: Dec, w: number): bigint {
  const e = d.exp + w;
  const v = e >= 0 ? d.coeff * pow10(e) : d.coeff / pow10(-e);
  return d.sign ? -v : v;
}

/** ln(x) for finite x > 0 scaled by 10**w: error well under 10**(w - guard)... see callers. */
function lnFixed(x: Dec, w: number): bigint {
  const adj = adjusted(x);
  const m = finite(0, x.coeff, x.exp - adj); // in [1, 10)
  return lnSmallFixed(toFixed(m, w), w) + BigInt(adj) * ln10Fixed(w);
}

// ---- Ziv rounding ---------------------------------------------------------------------------------------

/**
 * Rounds an approximation m * 10**e with error at most err units to the context; null when the two ends
 * of the interval round differently (more precision needed).
 */
function roundInterval(m: bigint, e: number, err: bigint, ctx: Ctx): Dec | null {
  const sign = m < 0n ? 1 : 0;
  const mag = m < 0n ? -m : m;
  if (mag <= err) return null;
  const saved = status.flags;
  const lo = finalize(finite(sign, mag - err, e), ctx);
  const hi = finalize(finite(sign, mag + err, e), ctx);
  if (lo.kind !== hi.kind || lo.coeff !== hi.coeff || lo.exp !== hi.exp) {
    status.flags = saved;
    return null;
  }
  status.flags = saved;
  // Round the midpoint for the flags (an interval end may happen to be exact).
  const r = finalize(finite(sign, mag * 10n + 1n, e - 1), ctx);
  status.flags |= S_INEXACT | S_ROUNDED;
  return r;
}

const MAX_ZIV_ROUNDS = 6;

// ---- exp ------------------------------------------------------------------------------------------------

export function exp(a: Dec, ctx: Ctx): Dec {
  const n = nanOperand(a, null, ctx);
  if (n !== null) return n;
  const hctx = halfEven(ctx);
  if (a.kind === INF) return a.sign ? finite(0, 0n, 0) : a;
  if (a.coeff === 0n) return finalize(finite(0, 1n, 0), hctx);
  const adj = adjusted(a);
  // Far beyond the exponent range: certain overflow or underflow.
  const bound = 2.31 * (Math.max(ctx.emax, -ctx.emin) + ctx.prec + 2);
  if (adj >= 1 && Number(a.coeff.toString().slice(0, 17)) * 10 ** (adj - Math.min(16, digitCount(a.coeff) - 1)) > bound) {
    if (a.sign === 0) return finalize(finite(0, 1n, ctx.emax + 1), hctx);
    return finalize(finite(0, 1n, ctx.emin - ctx.prec - 2), hctx);
  }
  if (adj < -(ctx.prec + 2)) {
    // |a| is below the precision: e**a is 1 + a, rounded.
    const t = finite(a.sign, 1n, -(ctx.prec + 4));
    return roundFromParts(t, hctx);
  }
  for (let guard = 10, round = 0; ; guard += 20, round++) {
    // 10**k * e**r with r = a - k ln 10, |r| <= ~1.2.
    const approxA = Number(toSciNumber(a));
    const k = Math.round(approxA / Math.LN10);
    const kDigits = String(Math.abs(k)).length;
    const w = ctx.prec + guard + kDigits;
    const r = toFixed(a, w) - BigInt(k) * ln10Fixed(w);
    const m = expFixed(r, w);
    const err = pow10(8 + kDigits);
    const res = roundInterval(m, k - w, err, hctx);
    if (res !== null) return res;
    if (round >= MAX_ZIV_ROUNDS) return roundInterval(m, k - w, 0n, hctx)!;
  }
}

/** 1 + t for a tiny t, rounded. */
function roundFromParts(t: Dec, ctx: Ctx): Dec {
  const one = finite(0, pow10(-t.exp), t.exp);
  const c = t.sign ? one.coeff - t.coeff : one.coeff + t.coeff;
  const r = finalize(finite(0, c, t.exp), ctx);
  status.flags |= S_INEXACT | S_ROUNDED;
  return r;
}

/** A JS number approximating a finite decimal (for range estimates only). */
function toSciNumber(d: Dec): number {
  const s = d.coeff.toString();
  const lead = Number(s.slice(0, 17));
  const v = lead * 10 ** (d.exp + s.length - Math.min(17, s.length));
  return d.sign ? -v : v;
}

// ---- ln and log10 ------------------------------------------------------------------------------------------

function logCommon(a: Dec, ctx: Ctx, base10: boolean): Dec {
  const n = nanOperand(a, null, ctx);
  if (n !== null) return n;
  if (a.kind === INF) return a.sign ? invalid() : a;
  if (a.coeff === 0n) return new Dec(1, 0n, 0, INF);
  if (a.sign) return invalid();
  const hctx = halfEven(ctx);
  const adj = adjusted(a);
  const tz = trailingZeros(a.coeff);
  if (a.coeff === pow10(tz)) {
    // A power of ten: ln(1) = 0, log10(10**k) = k exactly.
    const p = a.exp + tz;
    if (p === 0) return finalize(finite(0, 0n, 0), hctx);
    if (base10) return finalize(finite(p < 0 ? 1 : 0, BigInt(Math.abs(p)), 0), hctx);
  }
  // Extra digits when a is close to 1, where the logarithm is small.
  let extra = 0;
  if (adj === 0 || adj === -1) {
    const d = addOne(a);
    if (d.coeff !== 0n) extra = Math.max(0, -adjusted(d));
  }
  const adjDigits = String(Math.abs(adj)).length;
  for (let guard = 10, round = 0; ; guard += 20, round++) {
    const w = ctx.prec + guard + extra + adjDigits;
    let l = lnFixed(a, w);
    if (base10) l = (l * pow10(w)) / ln10Fixed(w);
    const err = pow10(4 + adjDigits + String(w).length);
    const res = roundInterval(l, -w, err, hctx);
    if (res !== null) return res;
    if (round >= MAX_ZIV_ROUNDS) return roundInterval(l, -w, 0n, hctx)!;
  }
}

/** a - 1, exactly. */
function addOne(a: Dec): Dec {
  const e = Math.min(a.exp, 0);
  const v = a.coeff * pow10(a.exp - e) - pow10(-e);
  return v < 0n ? finite(1, -v, e) : finite(0, v, e);
}

export function ln(a: Dec, ctx: Ctx): Dec {
  return logCommon(a, ctx, false);
}

export function log10(a: Dec, ctx: Ctx): Dec {
  return logCommon(a, ctx, true);
}

// ---- power -----------------------------------------------------------------------------------------------

/** Is d an integer (finite with no fractional part)? */
function isIntegral(d: Dec): boolean {
  if (d.kind !== FINITE) return false;
  if (d.exp >= 0 || d.coeff === 0n) return true;
  return d.coeff % pow10(-d.exp) === 0n;
}

function integerOf(d: Dec): bigint {
  const v = d.exp >= 0 ? d.coeff * pow10(d.exp) : d.coeff / pow10(-d.exp);
  return d.sign ? -v : v;
}

/** Digits of |e| (1 for 0), as libmpdec's bounds use them. */
function expDigits(e: number): number {
  return String(Math.abs(e)).length;
}

/** A lower bound of log10(|log10(x)|) for |x| != 1 (see powBounds). */
function lowerBoundZeta(x: Dec): number {
  const t = adjusted(x);
  if (t > 0) return expDigits(t) - 1;
  if (t < -1) return expDigits(t + 1) - 1;
  const d = addOne(x);
  const u = adjusted(d);
  return t === 0 ? u - 2 : u - 1;
}

/**
 * Certain overflow or underflow of x**y, detected from the magnitudes of the operands alone (CPython
 * does the same, so results and flags agree); null when the power has to be computed.
 */
function powBounds(x: Dec, y: Dec, sign: number, ctx: Ctx): Dec | null {
  const ax = finite(0, x.coeff, x.exp);
  const lbTheta = adjusted(y);
  const lbZeta = lowerBoundZeta(ax);
  const towardsHuge = ((adjusted(ax) < 0 ? 1 : 0) ^ y.sign) === 0;
  if (towardsHuge) {
    if (expDigits(ctx.emax) < lbZeta + lbTheta) return finalize(finite(sign, 1n, ctx.emax + 2), ctx);
  } else {
    const eTiny = ctx.emin - ctx.prec + 1;
    if (expDigits(eTiny) < lbZeta + lbTheta) return finalize(finite(sign, 1n, eTiny - 1), ctx);
  }
  return null;
}

/** x**n for an integral n: square-and-multiply at a few extra digits, rounding every step. */
function powInt(x: Dec, y: Dec, sign: number, ctx: Ctx): Dec {
  const n = integerOf(y);
  const wctx: Ctx = {
    prec: ctx.prec + digitCount(y.coeff) + y.exp + 2 + (n < 0n ? 1 : 0),
    round: ROUND_HALF_EVEN,
    emin: ctx.emin,
    emax: ctx.emax,
    clamp: 0,
  };
  let base = x;
  if (n < 0n) {
    const saved = status.flags;
    status.flags = 0;
    base = divide(finite(0, 1n, 0), x, wctx);
    const st = status.flags;
    status.flags |= saved;
    if (st & (S_INVALID_OPERATION | S_DIVISION_BY_ZERO | 0x20 | 0x200 | 0x80 | 0x10 | 0x8 | 0x2)) {
      return finalize(new Dec(0, 0n, 0, NAN), ctx);
    }
  }
  const e = n < 0n ? -n : n;
  let r = base;
  const before = status.flags;
  status.flags = 0;
  for (let bit = BigInt(e.toString(2).length - 2); bit >= 0n; bit--) {
    r = multiplyRounded(r, r, wctx);
    if ((e >> bit) & 1n) r = multiplyRounded(r, base, wctx);
    if (r.kind !== FINITE || (r.coeff === 0n && status.flags & 1)) break;
  }
  status.flags |= before;
  if (r.kind === INF) r = finite(sign, 1n, ctx.emax + 2);
  else r = new Dec(sign, r.coeff, r.exp, r.kind);
  return finalize(r, ctx);
}

function multiplyRounded(a: Dec, b: Dec, ctx: Ctx): Dec {
  if (a.kind === INF || b.kind === INF) return new Dec(a.sign ^ b.sign, 0n, 0, INF);
  return finalize(multiplyExact(a, b), ctx);
}

/** The working context of non-integral powers: 19 extra digits (64-bit libmpdec), unbounded range. */
const EXTRA_DIGITS = 19;

function powReal(x: Dec, y: Dec, ctx: Ctx): Dec {
  const wctx: Ctx = {
    prec: Math.max(digitCount(x.coeff), ctx.prec) + 4 + EXTRA_DIGITS,
    round: ROUND_HALF_EVEN,
    emin: -999999999999999999,
    emax: 999999999999999999,
    clamp: 0,
  };
  const saved = status.flags;
  status.flags = 0;
  let r = ln(x, wctx);
  r = multiplyRounded(r, y, wctx);
  const errs = status.flags & (S_INVALID_OPERATION | S_DIVISION_BY_ZERO | 0x20 | 0x200 | 0x80 | 0x10 | 0x8 | 0x2);
  status.flags = 0;
  r = exp(r, wctx);
  status.flags = saved | (status.flags & ~(S_INEXACT | S_ROUNDED)) | errs | S_INEXACT | S_ROUNDED;
  // Keep only what libmpdec reports from the final exp (it is computed at the working precision).
  if (r.kind === FINITE && r.coeff === pow10(-r.exp) && r.exp <= 0) {
    r = finite(0, pow10(ctx.prec - 1), 1 - ctx.prec);
  }
  if (r.kind === INF) r = finite(0, 1n, ctx.emax + 2);
  return finalize(r, ctx);
}

export function power(a: Dec, b: Dec, ctx: Ctx): Dec {
  const n = nanOperand(a, b, ctx);
  if (n !== null) return n;
  const bInt = isIntegral(b);
  const sign = a.sign && bInt && (integerOf(b) & 1n) === 1n ? 1 : 0;
  const aZero = a.kind === FINITE && a.coeff === 0n;
  const bZero = b.kind === FINITE && b.coeff === 0n;
  if (aZero) {
    if (bZero) return invalid();
    if (b.sign) return new Dec(sign, 0n, 0, INF);
    return finite(sign, 0n, 0);
  }
  if (a.sign && (!bInt || b.kind === INF)) return invalid();
  if (b.kind === INF) {
    const c = compareAbsOne(a);
    if (c === 0) {
      status.flags |= S_INEXACT | S_ROUNDED;
      return finite(0, pow10(ctx.prec - 1), 1 - ctx.prec);
    }
    if ((c > 0) !== (b.sign === 1)) return new Dec(0, 0n, 0, INF);
    return finite(0, 0n, 0);
  }
  if (a.kind === INF) {
    if (bZero) return finite(sign, 1n, 0);
    if (b.sign) return finite(sign, 0n, 0);
    return new Dec(sign, 0n, 0, INF);
  }
  if (bZero) return finite(sign, 1n, 0);
  if (a.sign === 0 && compareAbsOne(a) === 0) {
    // A base equal to one: 1.000**3 is 1.000000000, 1**0.5 is 1 to full precision (inexact).
    if (bInt) {
      if (b.sign) return finite(sign, 1n, 0);
      let shift = Number(integerOf(b)) * -a.exp;
      if (shift > ctx.prec - 1) {
        shift = ctx.prec - 1;
        status.flags |= S_ROUNDED;
      }
      return finite(sign, pow10(shift), -shift);
    }
    status.flags |= S_INEXACT | S_ROUNDED;
    return finite(0, pow10(ctx.prec - 1), 1 - ctx.prec);
  }
  const bounded = powBounds(a, b, sign, ctx);
  if (bounded !== null) return bounded;
  if (bInt) return powInt(a, b, sign, ctx);
  return powReal(a, b, ctx);
}

function compareAbsOne(a: Dec): number {
  const adj = adjusted(a);
  if (adj !== 0) return adj > 0 ? 1 : -1;
  const tz = trailingZeros(a.coeff);
  return a.coeff === pow10(tz) ? 0 : 1;
}

