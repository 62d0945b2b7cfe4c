// range objects. Bounds are Python ints; the common all-number case iterates without BigInt.

import { PyObject, makeBuiltinType } from './object.js';
import type { PyInt } from '../numeric/int_math.js';

export const rangeType = makeBuiltinType('range');
rangeType.isBaseType = false;

export class PyRange extends PyObject {
  readonly length: PyInt;
  constructor(
    readonly start: PyInt,
    readonly stop: PyInt,
    readonly step: PyInt,
  ) {
    super(rangeType);
    this.length = rangeLength(start, stop, step);
  }
}

export function rangeLength(start: PyInt, stop: PyInt, step: PyInt): PyInt {
  if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') {
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  const a = BigInt(start);
  const b = BigInt(stop);
  const s = BigInt(step);
  let n: bigint;
  if (s > 0n) n = a < b ? (b - a - 1n) / s + 1n : 0n;
  else n = a > b ? (a - b - 1n) / -s + 1n : 0n;
  return n <= 9007199254740991n ? Number(n) : n;
}
