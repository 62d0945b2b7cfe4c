// Fast paths of BINARY_OP and COMPARE_OP for small ints (JS numbers), and the generic comparison.
//
// Anything a fast path cannot answer exactly returns undefined and goes to runtime/operators.ts.

import { PyValue } from '../objects/object.js';
import { PyFloat, floatType } from '../objects/float.js';
import { richCompare, Cmp } from '../runtime/protocols.js';

/** int OP int for JS-number ints, or undefined when the result needs the general path. */
export function smallIntBinary(op: number, a: number, b: number): number | undefined {
  switch (op) {
    case 0: // +
    case 13: {
      const r = a + b;
      return Number.isSafeInteger(r) ? r : undefined;
    }
    case 10: // -
    case 23: {
      const r = a - b;
      return Number.isSafeInteger(r) ? r : undefined;
    }
    case 5: // *
    case 18: {
      const r = a * b;
      return Number.isSafeInteger(r) ? r + 0 : undefined;
    }
    case 2: // //
    case 15:
      if (b === 0) return undefined;
      return Math.floor(a / b) + 0;
    case 6: // %
    case 19: {
      if (b === 0) return undefined;
      const r = a % b;
      return (r !== 0 && (r < 0) !== (b < 0) ? r + b : r) + 0;
    }
    case 1: // &
    case 14:
      if ((a | 0) === a && (b | 0) === b) return a & b;
      return undefined;
    case 7: // |
    case 20:
      if ((a | 0) === a && (b | 0) === b) return a | b;
      return undefined;
    case 12: // ^
    case 25:
      if ((a | 0) === a && (b | 0) === b) return a ^ b;
      return undefined;
    case 3: // <<
    case 16:
      if (b >= 0 && b < 31 && a >= 0 && a < 0x400000) {
        const r = a * 2 ** b;
        return Number.isSafeInteger(r) ? r : undefined;
      }
      return undefined;
    case 9: // >>
    case 22:
      if (b >= 0 && (a | 0) === a) return b > 31 ? (a < 0 ? -1 : 0) : a >> b;
      return undefined;
  }
  return undefined;
}

export function compareNumbers(cmp: number, a: number, b: number): boolean {
  switch (cmp) {
    case Cmp.LT: return a < b;
    case Cmp.LE: return a <= b;
    case Cmp.EQ: return a === b;
    case Cmp.NE: return a !== b;
    case Cmp.GT: return a > b;
    default: return a >= b;
  }
}

export function compare(cmp: number, a: PyValue, b: PyValue): PyValue {
  // Exact float types and small ints compare as doubles (safe integers convert exactly).
  const x = typeof a === 'number' ? a : typeof a === 'object' && a.cls === floatType ? (a as PyFloat).value : undefined;
  if (x !== undefined) {
    const y = typeof b === 'number' ? b : typeof b === 'object' && b.cls === floatType ? (b as PyFloat).value : undefined;
    if (y !== undefined) return compareNumbers(cmp, x, y);
  }
  if (typeof a === 'string' && typeof b === 'string') {
    switch (cmp) {
      case Cmp.EQ: return a === b;
      case Cmp.NE: return a !== b;
      case Cmp.LT: return compareCodePoints(a, b) < 0;
      case Cmp.LE: return compareCodePoints(a, b) <= 0;
      case Cmp.GT: return compareCodePoints(a, b) > 0;
      default: return compareCodePoints(a, b) >= 0;
    }
  }
  return richCompare(a, b, cmp as Cmp);
}

/** Python orders strings by code point; JS `<` orders by UTF-16 unit, which differs for astral chars. */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      if (x >= 0xd800 && x <= 0xdfff && y >= 0xe000) return 1;
      if (y >= 0xd800 && y <= 0xdfff && x >= 0xe000) return -1;
      return x - y;
    }
  }
  return a.length - b.length;
}

/** `is` for two floats that are the same boxed object compares identity; nothing else to add. */
export function sameFloat(_a: unknown, _b: unknown): boolean {
  return false;
}

