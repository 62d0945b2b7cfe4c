// math.sumprod(p, q): CPython's three accumulation modes, so that results agree to the last bit.
//
// Pairs are read lazily from both iterators. While every pair is two exact ints, products are summed
// exactly in a 64-bit (C long) total; while every pair has a float and a float or an int (or bool)
// partner, products are summed in triple-length floating point (an error-free product, then
// compensated sums of hi/lo/tiny parts), which makes float dot products nearly exact: statistics'
// correlation, covariance and linear_regression depend on it. A pair that fits neither mode ends that
// mode for good: its partial total is added to the running Python total and the pair (and everything
// after it that no mode still open takes) goes through `*` and `+`, as in CPython's math module.

import { PyValue } from '../objects/object.js';
import { PyFloat, floatType } from '../objects/float.js';
import { getIter, iterNext } from '../runtime/protocols.js';
import { binaryDispatch } from '../runtime/operators.js';
import { valueError } from '../runtime/raise.js';
import { fusedMultiplyAdd } from './math_fma.js';

const LONG_MIN = -(1n << 63n);
const LONG_MAX = (1n << 63n) - 1n;

/** hi + lo == a + b exactly (Knuth's TwoSum; no ordering of |a|, |b| needed). */
function twoSum(a: number, b: number, out: Float64Array, at: number): void {
  const x = a + b;
  const z = x - a;
  out[at] = x;
  out[at + 1] = a - (x - z) + (b - z);
}

/** A triple-length running total of float products: hi + lo + tiny. */
class TripleTotal {
  hi = 0;
  lo = 0;
  tiny = 0;
  private readonly scratch = new Float64Array(6);

  /** The total with x * y added; false (and unchanged) if hi would stop being finite. */
  add(x: number, y: number): boolean {
    const s = this.scratch;
    const prHi = x * y;
    const prLo = fusedMultiplyAdd(x, y, -prHi);
    twoSum(this.hi, prHi, s, 0);
    twoSum(this.lo, prLo, s, 2);
    twoSum(s[2], s[1], s, 4);
    if (!Number.isFinite(s[0])) return false;
    this.hi = s[0];
    this.lo = s[4];
    this.tiny = this.tiny + s[3] + s[5];
    return true;
  }

  value(): number {
    const s = this.scratch;
    twoSum(this.lo, this.hi, s, 0);
    return this.tiny + s[1] + s[0];
  }
}

function exactInt(v: PyValue): bigint | null {
  if (typeof v === 'number') return BigInt(v);
  return typeof v === 'bigint' ? v : null;
}

function exactFloat(v: PyValue): number | null {
  return v instanceof PyFloat && v.cls === floatType ? v.value : null;
}

/** An int or bool partner of a float, as a double (null if it is neither, or too large). */
function intAsDouble(v: PyValue): number | null {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  if (typeof v !== 'bigint') return null;
  const d = Number(v); // rounds half to even, as PyLong_AsDouble
  return Number.isFinite(d) ? d : null;
}

export function sumprod(p: PyValue, q: PyValue): PyValue {
  const pIt = getIter(p);
  const qIt = getIter(q);
  let total: PyValue = 0;
  let intOpen = true;
  let intTotal = 0n;
  let intInUse = false;
  let fltOpen = true;
  let flt = new TripleTotal();
  let fltInUse = false;
  for (;;) {
    const pi = iterNext(pIt);
    const qi = iterNext(qIt);
    if ((pi === undefined) !== (qi === undefined)) throw valueError('Inputs are not the same length');
    const finished = pi === undefined;

    if (intOpen) {
      if (!finished) {
        const a = exactInt(pi!);
        const b = a === null ? null : exactInt(qi!);
        if (a !== null && b !== null && a >= LONG_MIN && a <= LONG_MAX && b >= LONG_MIN && b <= LONG_MAX) {
          const t = intTotal + a * b;
          if (a * b >= LONG_MIN && a * b <= LONG_MAX && t >= LONG_MIN && t <= LONG_MAX) {
            intTotal = t;
            intInUse = true;
            continue;
          }
        }
      }
      intOpen = false;
      if (intInUse) {
        total = binaryDispatch(0, total, normalInt(intTotal), '+');
        intInUse = false;
      }
    }

    if (fltOpen) {
      let taken = false;
      if (!finished) {
        const fp = exactFloat(pi!);
        const fq = exactFloat(qi!);
        let x: number | null = null;
        let y: number | null = null;
        if (fp !== null && fq !== null) {
          x = fp;
          y = fq;
        } else if (fp !== null) {
          x = fp;
          y = intAsDouble(qi!);
        } else if (fq !== null) {
          x = intAsDouble(pi!);
          y = fq;
        }
        taken = x !== null && y !== null && flt.add(x, y);
      }
      if (taken) {
        fltInUse = true;
        continue;
      }
      fltOpen = false;
      if (fltInUse) {
        total = binaryDispatch(0, total, new PyFloat(flt.value()), '+');
        flt = new TripleTotal();
        fltInUse = false;
      }
    }

    if (finished) return total;
    total = binaryDispatch(0, total, binaryDispatch(5, pi!, qi!, '*'), '+');
  }
}

/** A bigint back in the value representation (numbers for safe integers). */
function normalInt(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}
