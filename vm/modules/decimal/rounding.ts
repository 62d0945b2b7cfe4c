// Rounding for the _decimal module: the eight rounding modes, dropping digits of a coefficient under a
// mode, and finalize(), which fits a result to a context (precision, Emin/Emax, subnormals, clamp) and
// records Rounded/Inexact/Subnormal/Underflow/Overflow/Clamped. Must not know about Python objects.

import {
  Dec, FINITE, INF, NAN, SNAN, status, pow10, digitCount, finite,
  S_CLAMPED, S_INEXACT, S_OVERFLOW, S_ROUNDED, S_SUBNORMAL, S_UNDERFLOW,
} from './number.js';

export const ROUND_UP = 0;
export const ROUND_DOWN = 1;
export const ROUND_CEILING = 2;
export const ROUND_FLOOR = 3;
export const ROUND_HALF_UP = 4;
export const ROUND_HALF_DOWN = 5;
export const ROUND_HALF_EVEN = 6;
export const ROUND_05UP = 7;

/** The Python names of the modes, indexed by mode. */
export const ROUNDING_NAMES = [
  'ROUND_UP', 'ROUND_DOWN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_HALF_UP', 'ROUND_HALF_DOWN',
  'ROUND_HALF_EVEN', 'ROUND_05UP',
];

/** The arithmetic settings of a context. */
export interface Ctx {
  prec: number;
  round: number;
  emin: number;
  emax: number;
  clamp: number;
}

/**
 * Whether to add one to the kept coefficient `q` (sign `sign`) given the dropped part: `cmpHalf` is the
 * comparison of the dropped part with half a unit (-1, 0, 1) and `nonzero` whether it is non-zero.
 */
export function roundsUp(mode: number, sign: number, q: bigint, cmpHalf: number, nonzero: boolean): boolean {
  if (!nonzero) return false;
  switch (mode) {
    case ROUND_DOWN:
      return false;
    case ROUND_UP:
      return true;
    case ROUND_CEILING:
      return sign === 0;
    case ROUND_FLOOR:
      return sign === 1;
    case ROUND_HALF_UP:
      return cmpHalf >= 0;
    case ROUND_HALF_DOWN:
      return cmpHalf > 0;
    case ROUND_HALF_EVEN:
      return cmpHalf > 0 || (cmpHalf === 0 && (q & 1n) === 1n);
    default: {
      // ROUND_05UP: away from zero only if the kept last digit is 0 or 5.
      const last = q % 10n;
      return last === 0n || last === 5n;
    }
  }
}

/** Set by dropDigits: whether the dropped digits were non-zero. */
export let droppedInexact = false;

/** coeff with its last `n` digits dropped under `mode` (n >= 1); sets droppedInexact. */
export function dropDigits(coeff: bigint, n: number, sign: number, mode: number): bigint {
  const p = pow10(n);
  const q = coeff / p;
  const r = coeff - q * p;
  droppedInexact = r !== 0n;
  if (r === 0n) return q;
  const twice = r * 2n;
  const cmpHalf = twice < p ? -1 : twice > p ? 1 : 0;
  return roundsUp(mode, sign, q, cmpHalf, true) ? q + 1n : q;
}

/** The result of an overflow under the context's rounding: infinity or the largest finite number. */
export function overflowResult(sign: number, ctx: Ctx): Dec {
  status.flags |= S_OVERFLOW | S_INEXACT | S_ROUNDED;
  const mode = ctx.round;
  let toInf: boolean;
  switch (mode) {
    case ROUND_DOWN:
    case ROUND_05UP:
      toInf = false;
      break;
    case ROUND_CEILING:
      toInf = sign === 0;
      break;
    case ROUND_FLOOR:
      toInf = sign === 1;
      break;
    default:
      toInf = true;
  }
  if (toInf) return new Dec(sign, 0n, 0, INF);
  return finite(sign, pow10(ctx.prec) - 1n, ctx.emax - ctx.prec + 1);
}

export function etiny(ctx: Ctx): number {
  return ctx.emin - ctx.prec + 1;
}

export function etop(ctx: Ctx): number {
  return ctx.emax - ctx.prec + 1;
}

/** A NaN's payload cut to what the context can hold (prec - clamp digits). */
export function fixNaN(d: Dec, ctx: Ctx): Dec {
  if (d.coeff === 0n) return d;
  const max = ctx.prec - ctx.clamp;
  if (digitCount(d.coeff) <= max) return d;
  const c = max <= 0 ? 0n : d.coeff % pow10(max);
  return new Dec(d.sign, c, 0, d.kind);
}

/** Fit a result to the context: round to precision, handle overflow, subnormals and clamping. */
export function finalize(d: Dec, ctx: Ctx): Dec {
  if (d.kind !== FINITE) return d.kind === NAN || d.kind === SNAN ? fixNaN(d, ctx) : d;
  const prec = ctx.prec;
  const eTiny = ctx.emin - prec + 1;
  const eTop = ctx.emax - prec + 1;
  let coeff = d.coeff;
  let exp = d.exp;
  if (coeff === 0n) {
    const maxExp = ctx.clamp ? eTop : ctx.emax;
    const e = exp < eTiny ? eTiny : exp > maxExp ? maxExp : exp;
    if (e !== exp) {
      status.flags |= S_CLAMPED;
      return finite(d.sign, 0n, e);
    }
    return d;
  }
  const n = digitCount(coeff);
  const adj = exp + n - 1;
  if (adj > ctx.emax) return overflowResult(d.sign, ctx);
  const subnormal = adj < ctx.emin;
  let expMin = exp + n - prec; // the smallest exponent that keeps at most prec digits
  if (expMin < eTiny) expMin = eTiny;
  if (exp < expMin) {
    coeff = dropDigits(coeff, expMin - exp, d.sign, ctx.round);
    const inexact = droppedInexact;
    exp = expMin;
    if (digitCount(coeff) > prec) {
      coeff /= 10n;
      exp++;
    }
    if (exp + digitCount(coeff) - 1 > ctx.emax) return overflowResult(d.sign, ctx);
    let flags = S_ROUNDED;
    if (inexact) {
      flags |= S_INEXACT;
      if (subnormal) flags |= S_UNDERFLOW;
      if (coeff === 0n) flags |= S_CLAMPED;
    }
    if (subnormal) flags |= S_SUBNORMAL;
    status.flags |= flags;
    return finite(d.sign, coeff, exp);
  }
  if (subnormal) status.flags |= S_SUBNORMAL;
  if (ctx.clamp && exp > eTop) {
    status.flags |= S_CLAMPED;
    return finite(d.sign, coeff * pow10(exp - eTop), eTop);
  }
  return d;
}
