// The decimal number representation of the _decimal module: sign, bigint coefficient, exponent and kind
// (finite, infinity, quiet or signaling NaN), plus the status register the arithmetic kernel reports its
// conditions into. Pure arithmetic support only: no Python objects, no context objects, no rounding.

/** Kinds of decimal values. */
export const FINITE = 0;
export const INF = 1;
export const NAN = 2;
export const SNAN = 3;

/** An immutable decimal: (-1)**sign * coeff * 10**exp, or a special value (NaN payload in coeff). */
export class Dec {
  constructor(
    readonly sign: number,
    readonly coeff: bigint,
    readonly exp: number,
    readonly kind: number,
  ) {}
}

// Status bits, laid out as libmpdec's so that the Context repr lists them in CPython's order.
export const S_CLAMPED = 1;
export const S_CONVERSION_SYNTAX = 2;
export const S_DIVISION_BY_ZERO = 4;
export const S_DIVISION_IMPOSSIBLE = 8;
export const S_DIVISION_UNDEFINED = 16;
export const S_FPU_ERROR = 32;
export const S_INEXACT = 64;
export const S_INVALID_CONTEXT = 128;
export const S_INVALID_OPERATION = 256;
export const S_MALLOC_ERROR = 512;
export const S_FLOAT_OPERATION = 1024;
export const S_OVERFLOW = 2048;
export const S_ROUNDED = 4096;
export const S_SUBNORMAL = 8192;
export const S_UNDERFLOW = 16384;
/** Every condition that is signalled as InvalidOperation. */
export const S_IEEE_INVALID =
  S_CONVERSION_SYNTAX | S_DIVISION_IMPOSSIBLE | S_DIVISION_UNDEFINED | S_FPU_ERROR | S_INVALID_CONTEXT |
  S_INVALID_OPERATION | S_MALLOC_ERROR;

/** The conditions raised by the operation in progress; the Python layer clears and reads it. */
export const status = { flags: 0 };

export const ZERO = new Dec(0, 0n, 0, FINITE);
export const ONE = new Dec(0, 1n, 0, FINITE);
export const QNAN = new Dec(0, 0n, 0, NAN);
export const POS_INF = new Dec(0, 0n, 0, INF);
export const NEG_INF = new Dec(1, 0n, 0, INF);

const POW10: bigint[] = [1n];
/** 10n ** n, cached for small n. */
export function pow10(n: number): bigint {
  if (n < 512) {
    while (POW10.length <= n) POW10.push(POW10[POW10.length - 1] * 10n);
    return POW10[n];
  }
  return 10n ** BigInt(n);
}

/** Number of decimal digits of a non-negative coefficient (1 for zero). */
export function digitCount(c: bigint): number {
  if (c < 10n) return 1;
  if (c < SMALL_LIMIT) {
    // Binary search of the cached powers of ten: no allocation.
    let lo = 1;
    let hi = SMALL_DIGITS;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (c < POW10[mid]) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
  return c.toString().length;
}

const SMALL_DIGITS = 40;
const SMALL_LIMIT = pow10(SMALL_DIGITS);

/** The adjusted exponent: the exponent of the most significant digit. */
export function adjusted(d: Dec): number {
  return d.exp + digitCount(d.coeff) - 1;
}

export function isNaN(d: Dec): boolean {
  return d.kind >= NAN;
}

export function isSpecial(d: Dec): boolean {
  return d.kind !== FINITE;
}

export function isZero(d: Dec): boolean {
  return d.kind === FINITE && d.coeff === 0n;
}

export function finite(sign: number, coeff: bigint, exp: number): Dec {
  return new Dec(sign, coeff, exp, FINITE);
}

export function withSign(d: Dec, sign: number): Dec {
  return d.sign === sign ? d : new Dec(sign, d.coeff, d.exp, d.kind);
}

/** Number of trailing decimal zeros of a non-zero coefficient. */
export function trailingZeros(c: bigint): number {
  let n = 0;
  while (c % 10n === 0n) {
    c /= 10n;
    n++;
  }
  return n;
}
