// The methods of slice: construction, repr, indices(), the start/stop/step attributes, comparison as
// (start, stop, step) tuples, and the hash slices have had since 3.12. Also the arbitrary-precision
// slice arithmetic (_PySlice_GetLongIndices) that slice.indices() and range slicing use.
//
// Registered on sliceType at import time (objects/all.ts). The Py_ssize_t flavour used by sequence
// subscripts is objects/slice_indices.ts.

import { PyValue } from './object.js';
import { PySlice, sliceType } from './slice.js';
import { PyTuple } from './tuple.js';
import { defMethod, defNew, oneArg, noArgs } from './native.js';
import { defMember } from './member_descriptor.js';
import { None, NotImplemented } from './singletons.js';
import { repr, asIndex, Cmp } from '../runtime/protocols.js';
import { typeError, valueError } from '../runtime/raise.js';
import { intAdd, PyInt } from '../numeric/int_math.js';
import { compareSequences, slotArg, slotNoArgs, xxHashItems } from './tuple_methods.js';

const SL = (v: PyValue): PySlice => v as PySlice;

function badIndex() {
  return typeError('slice indices must be integers or None or have an __index__ method');
}

/**
 * (start, stop, step) of `slice` applied to a sequence of `length` items, in exact integer arithmetic
 * (_PySlice_GetLongIndices): start/stop clipped to [0, length] (or [-1, length-1] for negative steps).
 */
export function sliceIndicesLong(slice: PySlice, length: PyInt): [PyInt, PyInt, PyInt] {
  let step: PyInt = 1;
  if (slice.step !== None) {
    step = asIndex(slice.step, badIndex);
    if (step === 0) throw valueError('slice step cannot be zero');
  }
  const negative = step < 0;
  const lower: PyInt = negative ? -1 : 0;
  const upper: PyInt = negative ? intAdd(length, -1) : length;
  const clip = (v: PyValue, dflt: PyInt): PyInt => {
    if (v === None) return dflt;
    let i = asIndex(v, badIndex);
    if (i < 0) {
      i = intAdd(i, length);
      if (i < lower) i = lower;
    } else if (i > upper) {
      i = upper;
    }
    return i;
  };
  const start = clip(slice.start, negative ? upper : lower);
  const stop = clip(slice.stop, negative ? lower : upper);
  return [start, stop, step];
}

defNew(sliceType, (_cls, args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) throw typeError('slice() takes no keyword arguments');
  switch (args.length) {
    case 0:
      throw typeError('slice expected at least 1 argument, got 0');
    case 1:
      return new PySlice(None, args[0], None);
    case 2:
      return new PySlice(args[0], args[1], None);
    case 3:
      return new PySlice(args[0], args[1], args[2]);
    default:
      throw typeError(`slice expected at most 3 arguments, got ${args.length}`);
  }
});

defMethod(sliceType, '__repr__', (self, args) => {
  slotNoArgs(args);
  const s = SL(self);
  return `slice(${repr(s.start)}, ${repr(s.stop)}, ${repr(s.step)})`;
});

// Read-only PyMemberDef fields in CPython: member descriptors.
defMember(sliceType, 'start', (self) => SL(self).start);
defMember(sliceType, 'stop', (self) => SL(self).stop);
defMember(sliceType, 'step', (self) => SL(self).step);

defMethod(sliceType, 'indices', (self, args, kwargs) => {
  const length = asIndex(oneArg('slice.indices', args, kwargs));
  if (length < 0) throw valueError('length should not be negative');
  return new PyTuple(sliceIndicesLong(SL(self), length));
});

defMethod(sliceType, '__hash__', (self, args) => {
  slotNoArgs(args);
  const s = SL(self);
  return xxHashItems([s.start, s.stop, s.step], false);
});

/** slice_richcompare: slices compare as their (start, stop, step) tuples. */
const compares: [string, Cmp][] = [
  ['__lt__', Cmp.LT], ['__le__', Cmp.LE], ['__eq__', Cmp.EQ],
  ['__ne__', Cmp.NE], ['__gt__', Cmp.GT], ['__ge__', Cmp.GE],
];
for (const [name, op] of compares) {
  defMethod(sliceType, name, (self, args) => {
    const other = slotArg(args);
    if (!(other instanceof PySlice)) return NotImplemented;
    if (other === self) return op === Cmp.EQ || op === Cmp.LE || op === Cmp.GE;
    const a = SL(self);
    return compareSequences({ items: [a.start, a.stop, a.step] }, { items: [other.start, other.stop, other.step] }, op);
  });
}

defMethod(sliceType, '__reduce__', (self, args, kwargs) => {
  noArgs('slice.__reduce__', args, kwargs);
  const s = SL(self);
  return new PyTuple([sliceType, new PyTuple([s.start, s.stop, s.step])]);
});
