// The methods of tuple, plus the pieces every built-in sequence shares: CPython's index conversions
// with their exact errors, lexicographic rich comparison (list_richcompare / tuplerichcompare), and
// the xxHash-based 64-bit hash of tuplehash() that slices and ranges reuse.
//
// Registered on tupleType at import time (objects/all.ts). The 64-bit hash arithmetic is done on
// int32 halves so hashing never allocates; nothing here knows about lists beyond `items`.

import { PyValue, PyType, typeName, objectType } from './object.js';
import { PyTuple, tupleType, emptyTuple, tuple } from './tuple.js';
import { PySlice } from './slice.js';
import { sliceIndices, sliceIndexValue } from './slice_indices.js';
import { defMethod, defNew, oneArg, argRange, noArgs, noKwargs } from './native.js';
import { NotImplemented } from './singletons.js';
import { PyBaseException, MemoryError } from './exceptions.js';
import { TupleIterator } from './iterators.js';
import { classGetItem } from './generic_alias.js';
import { repr, hash, eq, asIndex, richCompare, Cmp, toArray, withReprGuard } from '../runtime/protocols.js';
import { typeError, indexError, overflowError, valueError } from '../runtime/raise.js';
import type { PyInt } from '../numeric/int_math.js';

// ---- index conversions ---------------------------------------------------------------------------------

const SSIZE_MAX_BIG = 9223372036854775807n;
const SSIZE_MIN_BIG = -9223372036854775808n;
/** Stand-in for a Py_ssize_t beyond 2**53: out of range for any sequence that can exist here. */
const HUGE_INDEX = 2 ** 60;

/**
 * A subscript (PyNumber_AsSsize_t(item, IndexError)) as a JS number: "<seq> indices must be integers
 * or slices, not str" for non-indexes, IndexError "cannot fit 'int' into an index-sized integer" past
 * Py_ssize_t. Callers handle slices first.
 */
export function subscriptIndex(key: PyValue, seqName: string): number {
  if (typeof key === 'number') return key;
  if (typeof key === 'boolean') return key ? 1 : 0;
  const i = asIndex(key, () => typeError(`${seqName} indices must be integers or slices, not ${typeName(key)}`));
  if (typeof i === 'number') return i;
  if (i > SSIZE_MAX_BIG || i < SSIZE_MIN_BIG) throw indexError("cannot fit 'int' into an index-sized integer");
  return i < 0n ? -HUGE_INDEX : HUGE_INDEX;
}

/** A Py_ssize_t argument (Argument Clinic's converter): OverflowError past Py_ssize_t. */
export function ssizeArg(v: PyValue): number {
  if (typeof v === 'number') return v;
  const i = asIndex(v);
  if (typeof i === 'number') return i;
  if (i > SSIZE_MAX_BIG || i < SSIZE_MIN_BIG) throw overflowError('Python int too large to convert to C ssize_t');
  return i < 0n ? -HUGE_INDEX : HUGE_INDEX;
}

/** _PyEval_SliceIndexNotNone, for the start/stop arguments of index(): ints and __index__ objects. */
export function searchBound(v: PyValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean' || typeof v === 'bigint' || (typeof v === 'object' && v.cls.lookup('__index__') !== undefined)) {
    return sliceIndexValue(v);
  }
  throw typeError('slice indices must be integers or have an __index__ method');
}

/** Clamp index()'s start/stop to [0, len] the way list.index and tuple.index do. */
export function clampSearchBound(i: number, len: number): number {
  if (i < 0) {
    i += len;
    if (i < 0) i = 0;
  }
  return i;
}

/**
 * The repeat count for seq * n, or null when n is not an index. Beyond Py_ssize_t: OverflowError
 * "cannot fit 'int' into an index-sized integer".
 */
export function repeatCount(n: PyValue): number | null {
  if (typeof n === 'number') return n;
  if (typeof n === 'boolean') return n ? 1 : 0;
  if (typeof n === 'bigint') return bigRepeat(n);
  if (typeof n === 'object' && n.cls.lookup('__index__') !== undefined) {
    const i = asIndex(n);
    return typeof i === 'number' ? i : bigRepeat(i);
  }
  return null;
}

function bigRepeat(i: bigint): number {
  if (i > SSIZE_MAX_BIG || i < SSIZE_MIN_BIG) throw overflowError("cannot fit 'int' into an index-sized integer");
  return i < 0n ? -1 : HUGE_INDEX;
}

/**
 * What `seq * other` does when other is not an index: a heap type with its own __rmul__ gets its turn
 * (the operator then tries it), anything else is CPython's sequence_repeat error.
 */
export function repeatNonIndex(other: PyValue): PyValue {
  if (typeof other === 'object' && other.cls.isHeap && other.cls.lookup('__rmul__') !== undefined) {
    return NotImplemented;
  }
  throw typeError(`can't multiply sequence by non-int of type '${typeName(other)}'`);
}

/** The items of `items` repeated n times (n > 0); MemoryError when the result could not exist. */
export function repeatItems(items: PyValue[], n: number): PyValue[] {
  const len = items.length;
  if (len === 0 || n <= 0) return [];
  if (len * n > 0xffffffff) throw new PyBaseException(MemoryError, []);
  if (len === 1) return new Array<PyValue>(n).fill(items[0]);
  const out = new Array<PyValue>(len * n);
  let k = 0;
  for (let r = 0; r < n; r++) for (let i = 0; i < len; i++) out[k++] = items[i];
  return out;
}

// ---- comparison -----------------------------------------------------------------------------------------

/** PyObject_RichCompareBool(a, b, Py_EQ): identity first, then ==. */
export function sameOrEqual(a: PyValue, b: PyValue): boolean {
  return a === b || eq(a, b);
}

/**
 * Lexicographic comparison of two sequences (list_richcompare / tuplerichcompare). Reads `.items`
 * afresh at every step because an element's __eq__ may mutate a list. Returns the Python result
 * (the final element comparison is returned as is, like CPython).
 */
export function compareSequences(v: { items: PyValue[] }, w: { items: PyValue[] }, op: Cmp): PyValue {
  if (v.items.length !== w.items.length && (op === Cmp.EQ || op === Cmp.NE)) return op === Cmp.NE;
  let i = 0;
  for (; i < v.items.length && i < w.items.length; i++) {
    const a = v.items[i];
    const b = w.items[i];
    if (a === b) continue;
    if (!eq(a, b)) break;
  }
  const vl = v.items.length;
  const wl = w.items.length;
  if (i >= vl || i >= wl) {
    switch (op) {
      case Cmp.LT: return vl < wl;
      case Cmp.LE: return vl <= wl;
      case Cmp.EQ: return vl === wl;
      case Cmp.NE: return vl !== wl;
      case Cmp.GT: return vl > wl;
      default: return vl >= wl;
    }
  }
  if (op === Cmp.EQ) return false;
  if (op === Cmp.NE) return true;
  return richCompare(v.items[i], w.items[i], op);
}

// ---- the 64-bit xxHash of tuplehash() -------------------------------------------------------------

// _PyHASH_XXPRIME_1, _2 and _5 as (hi, lo) uint32 halves.
const P1_HI = 0x9e3779b1;
const P1_LO = 0x85ebca87;
const P2_HI = 0xc2b2ae3d;
const P2_LO = 0x27d4eb4f;
const P5_HI = 0x27d4eb2f;
const P5_LO = 0x165667c5;

// Result registers of mul64 (uint32 values).
let mHi = 0;
let mLo = 0;

/** (aHi:aLo) * (bHi:bLo) mod 2**64, into (mHi, mLo). */
function mul64(aHi: number, aLo: number, bHi: number, bLo: number): void {
  const a0 = aLo & 0xffff;
  const a1 = aLo >>> 16;
  const b0 = bLo & 0xffff;
  const b1 = bLo >>> 16;
  const p00 = a0 * b0;
  const p01 = a0 * b1;
  const p10 = a1 * b0;
  const p11 = a1 * b1;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  mLo = (((mid & 0xffff) << 16) | (p00 & 0xffff)) >>> 0;
  const carry = p11 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16);
  mHi = (carry + Math.imul(aHi, bLo) + Math.imul(aLo, bHi)) >>> 0;
}

/**
 * The xxHash accumulation over the hashes of `items` (tuplehash when `withLength`, slice_hash without
 * the final length mix-in). Raises whatever hashing an element raises.
 */
export function xxHashItems(items: readonly PyValue[], withLength: boolean): PyInt {
  let accHi = P5_HI;
  let accLo = P5_LO;
  for (let i = 0; i < items.length; i++) {
    const h = hash(items[i]);
    let laneHi: number;
    let laneLo: number;
    if (typeof h === 'number') {
      laneLo = h >>> 0;
      laneHi = Math.floor(h / 4294967296) >>> 0;
    } else {
      laneLo = Number(BigInt.asUintN(32, h));
      laneHi = Number(BigInt.asUintN(32, h >> 32n));
    }
    // acc += lane * PRIME2
    mul64(laneHi, laneLo, P2_HI, P2_LO);
    const lo = accLo + mLo;
    accHi = (accHi + mHi + (lo > 0xffffffff ? 1 : 0)) >>> 0;
    accLo = lo >>> 0;
    // acc = rotate_left(acc, 31)
    const rHi = ((accHi << 31) | (accLo >>> 1)) >>> 0;
    const rLo = ((accLo << 31) | (accHi >>> 1)) >>> 0;
    // acc *= PRIME1
    mul64(rHi, rLo, P1_HI, P1_LO);
    accHi = mHi;
    accLo = mLo;
  }
  if (withLength) {
    // acc += len ^ (PRIME5 ^ 3527539)
    const addLo = (items.length ^ (P5_LO ^ 3527539)) >>> 0;
    const lo = accLo + addLo;
    accHi = (accHi + P5_HI + (lo > 0xffffffff ? 1 : 0)) >>> 0;
    accLo = lo >>> 0;
  }
  if (accHi === 0xffffffff && accLo === 0xffffffff) return 1546275796;
  const hi = accHi | 0;
  if (hi >= -0x200000 && hi < 0x200000) return hi * 4294967296 + accLo;
  return (BigInt(hi) << 32n) + BigInt(accLo);
}

// ---- tuple -----------------------------------------------------------------------------------------------

const T = (v: PyValue): PyTuple => v as PyTuple;

/** The 2-argument check of a binary slot wrapper: "expected 1 argument, got 0". */
export function slotArg(args: PyValue[]): PyValue {
  if (args.length !== 1) throw typeError(`expected 1 argument, got ${args.length}`);
  return args[0];
}

/** The check of a slot wrapper taking no arguments (__len__, __repr__...): "expected 0 arguments, got 1". */
export function slotNoArgs(args: PyValue[]): void {
  if (args.length !== 0) throw typeError(`expected 0 arguments, got ${args.length}`);
}

export function tupleRepr(t: PyTuple): string {
  const items = t.items;
  if (items.length === 0) return '()';
  return withReprGuard(t, '(...)', () => {
    if (items.length === 1) return `(${repr(items[0])},)`;
    let s = '(';
    for (let i = 0; i < items.length; i++) {
      if (i > 0) s += ', ';
      s += repr(items[i]);
    }
    return s + ')';
  });
}

defNew(tupleType, (cls, args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0 &&
      (cls === tupleType || cls.lookup('__init__') === objectType.attrs.get('__init__'))) {
    throw typeError('tuple() takes no keyword arguments');
  }
  if (args.length > 1) throw typeError(`tuple expected at most 1 argument, got ${args.length}`);
  if (cls === tupleType) {
    if (args.length === 0) return emptyTuple;
    const it = args[0];
    if (it instanceof PyTuple && it.cls === tupleType) return it;
    return tuple(toArray(it));
  }
  return new PyTuple(args.length === 0 ? [] : toArray(args[0]), cls);
});

defMethod(tupleType, '__repr__', (self, args) => (slotNoArgs(args), tupleRepr(T(self))));
defMethod(tupleType, '__len__', (self, args) => (slotNoArgs(args), T(self).items.length));
defMethod(tupleType, '__hash__', (self, args) => (slotNoArgs(args), xxHashItems(T(self).items, true)));
defMethod(tupleType, '__iter__', (self, args) => (slotNoArgs(args), new TupleIterator(T(self).items)));

defMethod(tupleType, '__getitem__', (self, args) => {
  const key = slotArg(args);
  const items = T(self).items;
  if (key instanceof PySlice) {
    const [start, , step, count] = sliceIndices(key, items.length);
    if (count === items.length && step === 1 && T(self).cls === tupleType) return self;
    if (step === 1) return tuple(items.slice(start, start + count));
    const out = new Array<PyValue>(count);
    for (let k = 0, i = start; k < count; k++, i += step) out[k] = items[i];
    return tuple(out);
  }
  let i = subscriptIndex(key, 'tuple');
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) throw indexError('tuple index out of range');
  return items[i];
});

defMethod(tupleType, '__contains__', (self, args) => {
  const v = slotArg(args);
  const items = T(self).items;
  for (let i = 0; i < items.length; i++) if (sameOrEqual(items[i], v)) return true;
  return false;
});

defMethod(tupleType, '__add__', (self, args) => {
  const other = slotArg(args);
  if (!(other instanceof PyTuple)) {
    if (typeof other === 'object' && other.cls.isHeap && other.cls.lookup('__radd__') !== undefined) return NotImplemented;
    throw typeError(`can only concatenate tuple (not "${typeName(other)}") to tuple`);
  }
  const a = T(self);
  if (other.items.length === 0 && a.cls === tupleType) return a;
  if (a.items.length === 0 && other.cls === tupleType) return other;
  return tuple(a.items.concat(other.items));
});

function tupleRepeat(self: PyValue, nv: PyValue): PyValue {
  const n = repeatCount(nv);
  if (n === null) return repeatNonIndex(nv);
  const t = T(self);
  if (n === 1 && t.cls === tupleType) return t;
  return tuple(repeatItems(t.items, n));
}
defMethod(tupleType, '__mul__', (self, args) => tupleRepeat(self, slotArg(args)));
defMethod(tupleType, '__rmul__', (self, args) => tupleRepeat(self, slotArg(args)));

export function defSequenceCompare(type: PyType, check: (v: PyValue) => boolean): void {
  const ops: [string, Cmp][] = [
    ['__lt__', Cmp.LT], ['__le__', Cmp.LE], ['__eq__', Cmp.EQ],
    ['__ne__', Cmp.NE], ['__gt__', Cmp.GT], ['__ge__', Cmp.GE],
  ];
  for (const [name, op] of ops) {
    defMethod(type, name, (self, args) => {
      const other = slotArg(args);
      if (!check(other)) return NotImplemented;
      return compareSequences(self as PyTuple, other as PyTuple, op);
    });
  }
}
defSequenceCompare(tupleType, (v) => v instanceof PyTuple);

defMethod(tupleType, 'count', (self, args, kwargs) => {
  const v = oneArg('tuple.count', args, kwargs);
  const items = T(self).items;
  let n = 0;
  for (let i = 0; i < items.length; i++) if (sameOrEqual(items[i], v)) n++;
  return n;
});

defMethod(tupleType, 'index', (self, args, kwargs) => {
  noKwargs('tuple.index', kwargs);
  argRange('index', args, null, 1, 3);
  const items = T(self).items;
  const v = args[0];
  let start = args.length > 1 ? clampSearchBound(searchBound(args[1]), items.length) : 0;
  let stop = args.length > 2 ? clampSearchBound(searchBound(args[2]), items.length) : items.length;
  if (stop > items.length) stop = items.length;
  for (; start < stop; start++) if (sameOrEqual(items[start], v)) return start;
  throw valueError('tuple.index(x): x not in tuple');
});

defMethod(tupleType, '__getnewargs__', (self, args, kwargs) => {
  noArgs('tuple.__getnewargs__', args, kwargs);
  return tuple([tuple(T(self).items.slice())]);
});

// tuple[int, ...] is a types.GenericAlias.
classGetItem(tupleType);
