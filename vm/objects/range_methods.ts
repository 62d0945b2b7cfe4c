// The methods of range: construction with CPython's argument errors, repr, len (OverflowError past
// Py_ssize_t), indexing by int (any size) and by slice (giving a range), O(1) membership, count and
// index for ints, reversed(), equality by the sequence a range produces, and its hash.
//
// Registered on rangeType at import time (objects/all.ts). Bounds are Python ints (number or bigint);
// the arithmetic goes through numeric/int_math.ts so huge ranges stay exact.

import { PyValue, typeName } from './object.js';
import { PyRange, rangeType } from './range.js';
import { PySlice } from './slice.js';
import { PyTuple } from './tuple.js';
import { defMethod, defNew, oneArg, noArgs } from './native.js';
import { defMember } from './member_descriptor.js';
import { None, NotImplemented } from './singletons.js';
import { RangeIterator, LongRangeIterator, rangeIterator } from './iterators.js';
import { repr, asIndex, eq, Cmp } from '../runtime/protocols.js';
import { typeError, valueError, indexError, overflowError } from '../runtime/raise.js';
import { intAdd, intSub, intMul, intFloorDiv, intMod, PyInt } from '../numeric/int_math.js';
import { slotArg, slotNoArgs, xxHashItems } from './tuple_methods.js';
import { sliceIndicesLong } from './slice_methods.js';

const R = (v: PyValue): PyRange => v as PyRange;

const SSIZE_MAX_BIG = 9223372036854775807n;

/** Is v an exact int or a bool (PyLong_CheckExact || PyBool_Check): the O(1) membership cases. */
function isPlainInt(v: PyValue): v is number | bigint | boolean {
  const t = typeof v;
  return t === 'number' || t === 'bigint' || t === 'boolean';
}

function plainInt(v: number | bigint | boolean): PyInt {
  return typeof v === 'boolean' ? (v ? 1 : 0) : v;
}

/** range_contains_long: start <= v < stop (or the mirror for negative steps) and on the step grid. */
function containsInt(r: PyRange, v: PyInt): boolean {
  if (r.step > 0) {
    if (!(r.start <= v && v < r.stop)) return false;
  } else if (!(r.stop < v && v <= r.start)) {
    return false;
  }
  return intMod(intSub(v, r.start), r.step) === 0;
}

/** The item at a normalised index 0 <= i < len. */
function itemAt(r: PyRange, i: PyInt): PyInt {
  return intAdd(r.start, intMul(i, r.step));
}

/** Iterate the range's items, for the searches that compare with == (non-int needles). */
function forEachItem(r: PyRange, fn: (v: PyValue) => boolean): void {
  const it = rangeIterator(r);
  for (;;) {
    const v = it.next();
    if (v === undefined || fn(v)) return;
  }
}

function sameOrEqual(a: PyValue, b: PyValue): boolean {
  return a === b || eq(a, b);
}

defNew(rangeType, (_cls, args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) throw typeError('range() takes no keyword arguments');
  switch (args.length) {
    case 0:
      throw typeError('range expected at least 1 argument, got 0');
    case 1:
      return new PyRange(0, asIndex(args[0]), 1);
    case 2:
      return new PyRange(asIndex(args[0]), asIndex(args[1]), 1);
    case 3: {
      const start = asIndex(args[0]);
      const stop = asIndex(args[1]);
      const step = asIndex(args[2]);
      if (step === 0) throw valueError('range() arg 3 must not be zero');
      return new PyRange(start, stop, step);
    }
    default:
      throw typeError(`range expected at most 3 arguments, got ${args.length}`);
  }
});

defMethod(rangeType, '__repr__', (self, args) => {
  slotNoArgs(args);
  const r = R(self);
  if (r.step === 1) return `range(${repr(r.start)}, ${repr(r.stop)})`;
  return `range(${repr(r.start)}, ${repr(r.stop)}, ${repr(r.step)})`;
});

defMethod(rangeType, '__len__', (self, args) => {
  slotNoArgs(args);
  const n = R(self).length;
  if (typeof n === 'bigint' && n > SSIZE_MAX_BIG) throw overflowError('Python int too large to convert to C ssize_t');
  return n;
});

defMethod(rangeType, '__bool__', (self, args) => (slotNoArgs(args), R(self).length !== 0));

// Read-only PyMemberDef fields in CPython: member descriptors.
defMember(rangeType, 'start', (self) => R(self).start);
defMember(rangeType, 'stop', (self) => R(self).stop);
defMember(rangeType, 'step', (self) => R(self).step);

defMethod(rangeType, '__getitem__', (self, args) => {
  const key = slotArg(args);
  const r = R(self);
  if (key instanceof PySlice) {
    const [start, stop, step] = sliceIndicesLong(key, r.length);
    return new PyRange(itemAt(r, start), itemAt(r, stop), intMul(r.step, step));
  }
  const indexable = isPlainInt(key) || (typeof key === 'object' && key.cls.lookup('__index__') !== undefined);
  if (!indexable) throw typeError(`range indices must be integers or slices, not ${typeName(key)}`);
  let i = asIndex(key);
  if (i < 0) i = intAdd(i, r.length);
  if (i < 0 || i >= r.length) throw indexError('range object index out of range');
  return itemAt(r, i);
});

defMethod(rangeType, '__contains__', (self, args) => {
  const v = slotArg(args);
  const r = R(self);
  if (isPlainInt(v)) return containsInt(r, plainInt(v));
  let found = false;
  forEachItem(r, (x) => (found = sameOrEqual(x, v)));
  return found;
});

defMethod(rangeType, 'count', (self, args, kwargs) => {
  const v = oneArg('range.count', args, kwargs);
  const r = R(self);
  if (isPlainInt(v)) return containsInt(r, plainInt(v)) ? 1 : 0;
  let n = 0;
  forEachItem(r, (x) => {
    if (sameOrEqual(x, v)) n++;
    return false;
  });
  return n;
});

defMethod(rangeType, 'index', (self, args, kwargs) => {
  const v = oneArg('range.index', args, kwargs);
  const r = R(self);
  if (isPlainInt(v)) {
    const i = plainInt(v);
    if (!containsInt(r, i)) throw valueError('range.index(x): x not in range');
    return intFloorDiv(intSub(i, r.start), r.step);
  }
  let index = 0;
  let found = false;
  forEachItem(r, (x) => {
    if (sameOrEqual(x, v)) return (found = true);
    index++;
    return false;
  });
  if (!found) throw valueError('sequence.index(x): x not in sequence');
  return index;
});

defMethod(rangeType, '__iter__', (self, args) => (slotNoArgs(args), rangeIterator(R(self))));

// range.__reduce__: (range, (start, stop, step)), what pickle and copy use.
defMethod(rangeType, '__reduce__', (self, args, kwargs) => {
  noArgs('range.__reduce__', args, kwargs);
  const r = R(self);
  return new PyTuple([rangeType, new PyTuple([r.start, r.stop, r.step])]);
});

defMethod(rangeType, '__reversed__', (self, args, kwargs) => {
  noArgs('range.__reversed__', args, kwargs);
  const r = R(self);
  const n = r.length;
  if (n === 0) return new RangeIterator(0, 1, 0);
  const last = itemAt(r, intSub(n, 1));
  const step = intSub(0, r.step);
  const after = intSub(r.start, r.step);
  if (typeof last === 'number' && typeof step === 'number' && typeof n === 'number' && typeof after === 'number') {
    return new RangeIterator(last, step, n);
  }
  return new LongRangeIterator(new PyRange(last, after, step));
});

/** range_equals: equal when they produce the same sequence. */
function rangeEquals(a: PyRange, b: PyRange): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  if (a.length === 0) return true;
  if (a.start !== b.start) return false;
  if (a.length === 1) return true;
  return a.step === b.step;
}

const compares: [string, Cmp][] = [
  ['__lt__', Cmp.LT], ['__le__', Cmp.LE], ['__eq__', Cmp.EQ],
  ['__ne__', Cmp.NE], ['__gt__', Cmp.GT], ['__ge__', Cmp.GE],
];
for (const [name, op] of compares) {
  defMethod(rangeType, name, (self, args) => {
    const other = slotArg(args);
    if (!(other instanceof PyRange)) return NotImplemented;
    if (op === Cmp.EQ) return rangeEquals(R(self), other);
    if (op === Cmp.NE) return !rangeEquals(R(self), other);
    return NotImplemented;
  });
}

/** range_hash: hash((len, start, step)) with None for the parts that do not affect the sequence. */
defMethod(rangeType, '__hash__', (self, args) => {
  slotNoArgs(args);
  const r = R(self);
  if (r.length === 0) return xxHashItems([0, None, None], true);
  if (r.length === 1) return xxHashItems([1, r.start, None], true);
  return xxHashItems([r.length, r.start, r.step], true);
});

