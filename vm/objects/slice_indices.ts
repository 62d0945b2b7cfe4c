// The index arithmetic of slicing a sequence of known length (CPython's PySlice_Unpack followed by
// PySlice_AdjustIndices, together PySlice_GetIndicesEx): every sequence type's __getitem__,
// __setitem__ and __delitem__ with a slice, and slice.indices(), go through here.
//
// Slice fields are Python values (None, ints, objects with __index__); huge ints are clamped to the
// Py_ssize_t range as CPython does, so a bigint never reaches the arithmetic. This file must not
// allocate per call beyond its result, nor know about any particular sequence type.

import { PyValue } from './object.js';
import { PySlice } from './slice.js';
import { None } from './singletons.js';
import { asIndex } from '../runtime/protocols.js';
import { typeError, valueError } from '../runtime/raise.js';
import type { PyBaseException } from './exceptions.js';

/** PY_SSIZE_T_MAX / MIN as doubles: only ever compared with lengths, so the rounding does not matter. */
const SSIZE_MAX = 9223372036854775807;
const SSIZE_MIN = -9223372036854775808;

function badSliceIndex(): PyBaseException {
  return typeError('slice indices must be integers or None or have an __index__ method');
}

/** _PyEval_SliceIndex: an index from an int or an __index__ object, clamped to Py_ssize_t. */
export function sliceIndexValue(v: PyValue): number {
  if (typeof v === 'number') return v;
  const i = asIndex(v, badSliceIndex);
  if (typeof i === 'number') return i;
  return i < 0n ? SSIZE_MIN : SSIZE_MAX;
}

/**
 * The (start, stop, step, slicelength) that `slice` selects from a sequence of `length` items:
 * start/stop are clipped to the sequence (-1 is a valid stop for negative steps) and slicelength
 * is the number of items selected. Raises ValueError for a zero step, TypeError for bad indices.
 */
export function sliceIndices(slice: PySlice, length: number): [number, number, number, number] {
  let step = 1;
  if (slice.step !== None) {
    step = sliceIndexValue(slice.step);
    if (step === 0) throw valueError('slice step cannot be zero');
    // As CPython does, so that negating the step can never overflow.
    if (step < -SSIZE_MAX) step = -SSIZE_MAX;
  }
  let start = slice.start === None ? (step < 0 ? SSIZE_MAX : 0) : sliceIndexValue(slice.start);
  let stop = slice.stop === None ? (step < 0 ? SSIZE_MIN : SSIZE_MAX) : sliceIndexValue(slice.stop);

  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) {
    start = step < 0 ? length - 1 : length;
  }
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) {
    stop = step < 0 ? length - 1 : length;
  }

  let count = 0;
  if (step < 0) {
    if (stop < start) count = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) {
    count = Math.floor((stop - start - 1) / step) + 1;
  }
  return [start, stop, step, count];
}
