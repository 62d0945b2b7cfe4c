// The methods of list: construction, the sequence protocol with int and slice subscripts (extended
// slices included), concatenation and repetition, comparison, the mutating methods, and sort() as
// CPython's adaptive natural merge sort (timsort with the powersort merge policy, galloping and
// binary insertion), so that results, stability and even inconsistent comparisons (NaN) come out the
// same as in CPython.
//
// Registered on listType at import time (objects/all.ts). Methods work on instances of subclasses
// too (`self` is any PyList). Python code run from comparisons may mutate the list, so loops re-read
// `items` and its length rather than caching them.

import { PyValue, typeName } from './object.js';
import { PyList, listType } from './list.js';
import { PyTuple } from './tuple.js';
import { PySlice } from './slice.js';
import { PyFloat, floatType } from './float.js';
import { sliceIndices } from './slice_indices.js';
import { sequenceFast } from './sequence_fast.js';
import { defMethod, defNew, oneArg, argRange, noArgs, noKwargs } from './native.js';
import { None, NotImplemented } from './singletons.js';
import { ListIterator, ListReverseIterator } from './iterators.js';
import { classGetItem } from './generic_alias.js';
import {
  repr, truthy, richCompare, Cmp, getIter, iterNext, withReprGuard,
} from '../runtime/protocols.js';
import { callObject } from '../runtime/call.js';
import { typeError, indexError, valueError } from '../runtime/raise.js';
import { unexpectedKeywordMessage } from '../runtime/keyword_suggestion.js';
import {
  subscriptIndex, ssizeArg, searchBound, clampSearchBound, repeatCount, repeatNonIndex, repeatItems,
  sameOrEqual, slotArg, slotNoArgs, defSequenceCompare,
} from './tuple_methods.js';

const L = (v: PyValue): PyList => v as PyList;

// ---- helpers ------------------------------------------------------------------------------------------

/** list.extend(iterable) (list_extend): lists and tuples by index, anything else by iteration. */
export function listExtend(self: PyList, iterable: PyValue): void {
  if (iterable instanceof PyList || iterable instanceof PyTuple) {
    if (!iterable.cls.isHeap || iterable === self) {
      const src = iterable.items.slice();
      const items = self.items;
      for (let i = 0; i < src.length; i++) items.push(src[i]);
      return;
    }
  }
  const it = getIter(iterable);
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return;
    self.items.push(x);
  }
}

/** Replace items[lo:hi] by seq in place (lo <= hi), keeping the array object. */
function replaceRange(items: PyValue[], lo: number, hi: number, seq: readonly PyValue[]): void {
  const d = seq.length - (hi - lo);
  const oldLen = items.length;
  if (d > 0) {
    items.length = oldLen + d;
    items.copyWithin(hi + d, hi, oldLen);
  } else if (d < 0) {
    items.copyWithin(hi + d, hi, oldLen);
    items.length = oldLen + d;
  }
  for (let i = 0; i < seq.length; i++) items[lo + i] = seq[i];
}

/** list_ass_slice: self[lo:hi] = v for a step-1 slice. */
function assignSlice(self: PyList, lo: number, hi: number, v: PyValue): void {
  const seq = v === self ? self.items.slice() : sequenceFast(v, 'must assign iterable to extended slice');
  const items = self.items;
  if (lo < 0) lo = 0;
  else if (lo > items.length) lo = items.length;
  if (hi < lo) hi = lo;
  else if (hi > items.length) hi = items.length;
  replaceRange(items, lo, hi, seq);
}

/** Delete the `count` items start, start+step, ... (any nonzero step). */
function deleteExtended(items: PyValue[], start: number, step: number, count: number): void {
  if (count <= 0) return;
  if (step < 0) {
    start = start + step * (count - 1);
    step = -step;
  }
  let w = start;
  let next = start;
  let removed = 0;
  for (let r = start; r < items.length; r++) {
    if (removed < count && r === next) {
      removed++;
      next += step;
      continue;
    }
    items[w++] = items[r];
  }
  items.length = w;
}

function listRepr(self: PyList): string {
  if (self.items.length === 0) return '[]';
  return withReprGuard(self, '[...]', () => {
    let s = '[';
    // The list may change while its elements' reprs run.
    for (let i = 0; i < self.items.length; i++) {
      if (i > 0) s += ', ';
      s += repr(self.items[i]);
    }
    return s + ']';
  });
}

// ---- construction -------------------------------------------------------------------------------------

defNew(listType, (cls) => cls.allocate!(cls));

defMethod(listType, '__init__', (self, args, kwargs) => {
  const l = L(self);
  if (kwargs !== null && kwargs.size > 0 &&
      (l.cls === listType || l.cls.lookup('__new__') === listType.attrs.get('__new__'))) {
    throw typeError('list() takes no keyword arguments');
  }
  if (args.length > 1) throw typeError(`list expected at most 1 argument, got ${args.length}`);
  if (l.items.length !== 0) l.items.length = 0;
  if (args.length === 1) listExtend(l, args[0]);
  return None;
});

// ---- the sequence protocol ----------------------------------------------------------------------------

defMethod(listType, '__repr__', (self, args) => (slotNoArgs(args), listRepr(L(self))));
defMethod(listType, '__len__', (self, args) => (slotNoArgs(args), L(self).items.length));
defMethod(listType, '__iter__', (self, args) => (slotNoArgs(args), new ListIterator(L(self))));
defMethod(listType, '__reversed__', (self, args, kwargs) => {
  noArgs('list.__reversed__', args, kwargs);
  return new ListReverseIterator(L(self));
});
listType.attrs.set('__hash__', None);

defMethod(listType, '__getitem__', (self, args, kwargs) => {
  const key = oneArg('list.__getitem__', args, kwargs);
  const items = L(self).items;
  if (key instanceof PySlice) {
    const [start, , step, count] = sliceIndices(key, items.length);
    if (step === 1) return new PyList(items.slice(start, start + count));
    const out = new Array<PyValue>(count);
    for (let k = 0, i = start; k < count; k++, i += step) out[k] = items[i];
    return new PyList(out);
  }
  let i = subscriptIndex(key, 'list');
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) throw indexError('list index out of range');
  return items[i];
});

defMethod(listType, '__setitem__', (self, args) => {
  if (args.length !== 2) throw typeError(`__setitem__ expected 2 arguments, got ${args.length}`);
  const [key, value] = args;
  const l = L(self);
  if (key instanceof PySlice) {
    const [start, stop, step, count] = sliceIndices(key, l.items.length);
    if (step === 1) {
      assignSlice(l, start, stop, value);
      return None;
    }
    const seq = value === self ? l.items.slice() : sequenceFast(value, 'must assign iterable to extended slice');
    if (seq.length !== count) {
      throw valueError(`attempt to assign sequence of size ${seq.length} to extended slice of size ${count}`);
    }
    const items = l.items;
    for (let k = 0, i = start; k < count; k++, i += step) items[i] = seq[k];
    return None;
  }
  let i = subscriptIndex(key, 'list');
  const items = l.items;
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) throw indexError('list assignment index out of range');
  items[i] = value;
  return None;
});

defMethod(listType, '__delitem__', (self, args) => {
  const key = slotArg(args);
  const items = L(self).items;
  if (key instanceof PySlice) {
    const [start, stop, step, count] = sliceIndices(key, items.length);
    if (step === 1) {
      if (stop > start) items.splice(start, stop - start);
    } else {
      deleteExtended(items, start, step, count);
    }
    return None;
  }
  let i = subscriptIndex(key, 'list');
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) throw indexError('list assignment index out of range');
  items.splice(i, 1);
  return None;
});

defMethod(listType, '__contains__', (self, args) => {
  const v = slotArg(args);
  const l = L(self);
  for (let i = 0; i < l.items.length; i++) if (sameOrEqual(l.items[i], v)) return true;
  return false;
});

// ---- operators ----------------------------------------------------------------------------------------

defMethod(listType, '__add__', (self, args) => {
  const other = slotArg(args);
  if (!(other instanceof PyList)) {
    if (typeof other === 'object' && other.cls.isHeap && other.cls.lookup('__radd__') !== undefined) return NotImplemented;
    throw typeError(`can only concatenate list (not "${typeName(other)}") to list`);
  }
  return new PyList(L(self).items.concat(other.items));
});

defMethod(listType, '__iadd__', (self, args) => {
  const other = slotArg(args);
  // `l += x` tries x.__radd__ before list's in-place concatenation (binary_iop1 order).
  if (typeof other === 'object' && other.cls.isHeap && other.cls.lookup('__radd__') !== undefined) return NotImplemented;
  listExtend(L(self), other);
  return self;
});

function listRepeat(self: PyValue, nv: PyValue): PyValue {
  const n = repeatCount(nv);
  if (n === null) return repeatNonIndex(nv);
  return new PyList(repeatItems(L(self).items, n));
}
defMethod(listType, '__mul__', (self, args) => listRepeat(self, slotArg(args)));
defMethod(listType, '__rmul__', (self, args) => listRepeat(self, slotArg(args)));

defMethod(listType, '__imul__', (self, args) => {
  const nv = slotArg(args);
  const n = repeatCount(nv);
  if (n === null) return repeatNonIndex(nv);
  const l = L(self);
  if (n <= 0) {
    l.items.length = 0;
  } else if (n > 1 && l.items.length > 0) {
    const rep = repeatItems(l.items, n);
    replaceRange(l.items, 0, l.items.length, rep);
  }
  return self;
});

defSequenceCompare(listType, (v) => v instanceof PyList);

// ---- methods ------------------------------------------------------------------------------------------

defMethod(listType, 'append', (self, args, kwargs) => {
  L(self).items.push(oneArg('list.append', args, kwargs));
  return None;
});

defMethod(listType, 'extend', (self, args, kwargs) => {
  listExtend(L(self), oneArg('list.extend', args, kwargs));
  return None;
});

defMethod(listType, 'insert', (self, args, kwargs) => {
  noKwargs('list.insert', kwargs);
  argRange('insert', args, null, 2, 2);
  let i = ssizeArg(args[0]);
  const items = L(self).items;
  const n = items.length;
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  } else if (i > n) {
    i = n;
  }
  if (i === n) items.push(args[1]);
  else items.splice(i, 0, args[1]);
  return None;
});

defMethod(listType, 'pop', (self, args, kwargs) => {
  noKwargs('list.pop', kwargs);
  argRange('pop', args, null, 0, 1);
  let i = args.length > 0 ? ssizeArg(args[0]) : -1;
  const items = L(self).items;
  if (items.length === 0) throw indexError('pop from empty list');
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) throw indexError('pop index out of range');
  if (i === items.length - 1) return items.pop()!;
  return items.splice(i, 1)[0];
});

defMethod(listType, 'remove', (self, args, kwargs) => {
  const v = oneArg('list.remove', args, kwargs);
  const l = L(self);
  for (let i = 0; i < l.items.length; i++) {
    if (sameOrEqual(l.items[i], v)) {
      l.items.splice(i, 1);
      return None;
    }
  }
  throw valueError('list.remove(x): x not in list');
});

defMethod(listType, 'index', (self, args, kwargs) => {
  noKwargs('list.index', kwargs);
  argRange('index', args, null, 1, 3);
  const l = L(self);
  const v = args[0];
  let start = args.length > 1 ? clampSearchBound(searchBound(args[1]), l.items.length) : 0;
  const stop = args.length > 2 ? clampSearchBound(searchBound(args[2]), l.items.length) : Infinity;
  for (; start < stop && start < l.items.length; start++) {
    if (sameOrEqual(l.items[start], v)) return start;
  }
  throw valueError('list.index(x): x not in list');
});

defMethod(listType, 'count', (self, args, kwargs) => {
  const v = oneArg('list.count', args, kwargs);
  const l = L(self);
  let n = 0;
  for (let i = 0; i < l.items.length; i++) if (sameOrEqual(l.items[i], v)) n++;
  return n;
});

defMethod(listType, 'clear', (self, args, kwargs) => {
  noArgs('list.clear', args, kwargs);
  L(self).items.length = 0;
  return None;
});

defMethod(listType, 'copy', (self, args, kwargs) => {
  noArgs('list.copy', args, kwargs);
  return new PyList(L(self).items.slice());
});

defMethod(listType, 'reverse', (self, args, kwargs) => {
  noArgs('list.reverse', args, kwargs);
  L(self).items.reverse();
  return None;
});

const SORT_KEYWORDS = ['key', 'reverse'];
defMethod(listType, 'sort', (self, args, kwargs) => {
  if (args.length > 0) throw typeError('sort() takes no positional arguments');
  let key: PyValue = None;
  let reverse = false;
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      if (k === 'key') key = v;
      else if (k === 'reverse') reverse = truthy(v);
      else throw typeError(unexpectedKeywordMessage('sort()', k, SORT_KEYWORDS));
    }
  }
  listSort(L(self), key, reverse);
  return None;
});

// ---- sort -----------------------------------------------------------------------------------------------

/**
 * list.sort(key=, reverse=) (list_sort_impl). While sorting, the list is empty to Python code; if it
 * was modified meanwhile, the sorted items are kept and ValueError "list modified during sort" raised.
 * A failing comparison leaves the list some permutation of its items, as in CPython.
 */
export function listSort(self: PyList, key: PyValue, reverse: boolean): void {
  const saved = self.items;
  const during: PyValue[] = [];
  self.items = during;
  const n = saved.length;
  let failure: unknown = null;
  try {
    if (key === None) {
      if (n > 1) {
        if (reverse) saved.reverse();
        try {
          timsort(saved, chooseLessThan(saved));
        } finally {
          if (reverse) saved.reverse();
        }
      }
    } else {
      const keyed: Keyed[] = new Array(n);
      for (let i = 0; i < n; i++) keyed[i] = { k: callObject(key, [saved[i]]), v: saved[i] };
      if (n > 1) {
        if (reverse) keyed.reverse();
        const keys = new Array<PyValue>(n);
        for (let i = 0; i < n; i++) keys[i] = keyed[i].k;
        const lt = chooseLessThan(keys);
        try {
          timsort(keyed, (a, b) => lt(a.k, b.k));
        } finally {
          if (reverse) keyed.reverse();
          for (let i = 0; i < n; i++) saved[i] = keyed[i].v;
        }
      }
    }
  } catch (e) {
    failure = e;
  }
  const modified = self.items !== during || during.length !== 0;
  self.items = saved;
  if (failure !== null) throw failure;
  if (modified) throw valueError('list modified during sort');
}

interface Keyed {
  k: PyValue;
  v: PyValue;
}

type LessThan<T> = (a: T, b: T) => boolean;

/**
 * The comparison for these keys (list_sort's pre-sort check): plain `<` on numbers when every key is an
 * int, bool or float; code-point order when every key is a str; the full `<` protocol otherwise.
 */
function chooseLessThan(keys: PyValue[]): LessThan<PyValue> {
  let allNumber = true;
  let allNumeric = true;
  let allStr = true;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    switch (typeof k) {
      case 'number':
        allStr = false;
        break;
      case 'bigint':
      case 'boolean':
        allStr = false;
        allNumber = false;
        break;
      case 'string':
        allNumber = false;
        allNumeric = false;
        break;
      default:
        allStr = false;
        allNumber = false;
        if (k.cls !== floatType) allNumeric = false;
    }
    if (!allNumeric && !allStr) break;
  }
  if (allNumber) return (a, b) => (a as number) < (b as number);
  if (allNumeric) return (a, b) => numericValue(a) < numericValue(b);
  if (allStr) return (a, b) => strLess(a as string, b as string);
  return genericLess;
}

function numericValue(v: PyValue): number | bigint {
  // JS `<` between number and bigint (and booleans) compares exact mathematical values, like Python.
  return typeof v === 'object' ? (v as PyFloat).value : (v as number | bigint);
}

function genericLess(a: PyValue, b: PyValue): boolean {
  const ta = typeof a;
  if (ta === 'number' && typeof b === 'number') return (a as number) < (b as number);
  if (ta === 'string' && typeof b === 'string') return strLess(a as string, b as string);
  return truthy(richCompare(a, b, Cmp.LT));
}

/** a < b for Python strs: code-point order (UTF-16 code-unit order differs above U+FFFF). */
export function strLess(a: string, b: string): boolean {
  const n = a.length < b.length ? a.length : b.length;
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length < b.length;
  const ca = a.charCodeAt(i);
  const cb = b.charCodeAt(i);
  if (ca < 0xd800 && cb < 0xd800) return ca < cb;
  return codePointAround(a, i) < codePointAround(b, i);
}

/** The code point of the character that covers code unit i (which may be a pair's second half). */
function codePointAround(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
    const h = s.charCodeAt(i - 1);
    if (h >= 0xd800 && h <= 0xdbff) return ((h - 0xd800) << 10) + (c - 0xdc00) + 0x10000;
  }
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const l = s.charCodeAt(i + 1);
    if (l >= 0xdc00 && l <= 0xdfff) return ((c - 0xd800) << 10) + (l - 0xdc00) + 0x10000;
  }
  return c;
}

const MIN_GALLOP = 7;
const MAX_MINRUN = 64;

/** The merge state of one sort: the array, the comparison, and the stack of pending runs. */
class MergeState<T> {
  minGallop = MIN_GALLOP;
  readonly runBase: number[] = [];
  readonly runLen: number[] = [];
  readonly runPower: number[] = [];
  constructor(
    readonly a: T[],
    readonly lt: LessThan<T>,
  ) {}
}

/** Sort `a` in place, stably, using only lt(x, y) ("x < y"). */
export function timsort<T>(a: T[], lt: LessThan<T>): void {
  const n = a.length;
  if (n < 2) return;
  const ms = new MergeState(a, lt);
  const minrun = computeMinrun(n);
  let lo = 0;
  let remaining = n;
  do {
    let run = countRun(a, lo, remaining, lt);
    if (run < minrun) {
      const force = remaining <= minrun ? remaining : minrun;
      binaryInsertionSort(a, lo, force, run, lt);
      run = force;
    }
    foundNewRun(ms, run, n);
    ms.runBase.push(lo);
    ms.runLen.push(run);
    ms.runPower.push(0);
    lo += run;
    remaining -= run;
  } while (remaining > 0);
  // Merge whatever is left on the stack.
  while (ms.runLen.length > 1) {
    let k = ms.runLen.length - 2;
    if (k > 0 && ms.runLen[k - 1] < ms.runLen[k + 1]) k--;
    mergeAt(ms, k);
  }
}

function computeMinrun(n: number): number {
  let r = 0;
  while (n >= MAX_MINRUN) {
    r |= n & 1;
    n = Math.floor(n / 2);
  }
  return n + r;
}

function reverseRange<T>(a: T[], lo: number, hi: number): void {
  hi--;
  while (lo < hi) {
    const t = a[lo];
    a[lo] = a[hi];
    a[hi] = t;
    lo++;
    hi--;
  }
}

/**
 * The length of the run starting at a[lo] (at most `remaining`), made ascending in place: a strictly
 * ascending-or-equal prefix, or a descending one (whose equal stretches keep their order) reversed,
 * possibly extended by an ascending tail.
 */
function countRun<T>(a: T[], lo: number, remaining: number, lt: LessThan<T>): number {
  let n = 1;
  for (; n < remaining; n++) if (lt(a[lo + n], a[lo + n - 1])) break;
  if (n === remaining) return n;
  if (n > 1) {
    if (lt(a[lo], a[lo + n - 1])) return n;
    // The ascending prefix was all equal: it starts a descending run.
    reverseRange(a, lo, lo + n);
  }
  n++;
  let neq = 0;
  for (; n < remaining; n++) {
    if (lt(a[lo + n], a[lo + n - 1])) {
      if (neq) {
        neq++;
        reverseRange(a, lo + n - neq, lo + n);
        neq = 0;
      }
    } else if (lt(a[lo + n - 1], a[lo + n])) {
      break;
    } else {
      neq++;
    }
  }
  if (neq) {
    neq++;
    reverseRange(a, lo + n - neq, lo + n);
  }
  reverseRange(a, lo, lo + n);
  for (; n < remaining; n++) if (lt(a[lo + n], a[lo + n - 1])) break;
  return n;
}

/** Binary insertion sort of a[lo : lo+n], whose first `ok` items are already sorted. */
function binaryInsertionSort<T>(a: T[], lo: number, n: number, ok: number, lt: LessThan<T>): void {
  if (ok === 0) ok = 1;
  for (; ok < n; ok++) {
    const pivot = a[lo + ok];
    let l = 0;
    let r = ok;
    do {
      const m = (l + r) >> 1;
      if (lt(pivot, a[lo + m])) r = m;
      else l = m + 1;
    } while (l < r);
    for (let m = ok; m > l; m--) a[lo + m] = a[lo + m - 1];
    a[lo + l] = pivot;
  }
}

/** Where key goes in the sorted x[base : base+n], left of any equal items (gallop_left). */
function gallopLeft<T>(lt: LessThan<T>, key: T, x: T[], base: number, n: number, hint: number): number {
  let lastofs = 0;
  let ofs = 1;
  if (lt(x[base + hint], key)) {
    // x[hint] < key: gallop right until x[hint + lastofs] < key <= x[hint + ofs].
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt(x[base + hint + ofs], key)) {
        lastofs = ofs;
        ofs = ofs * 2 + 1;
      } else {
        break;
      }
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    // key <= x[hint]: gallop left until x[hint - ofs] < key <= x[hint - lastofs].
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lt(x[base + hint - ofs], key)) break;
      lastofs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  }
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(x[base + m], key)) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

/** Where key goes in the sorted x[base : base+n], right of any equal items (gallop_right). */
function gallopRight<T>(lt: LessThan<T>, key: T, x: T[], base: number, n: number, hint: number): number {
  let lastofs = 0;
  let ofs = 1;
  if (lt(key, x[base + hint])) {
    // key < x[hint]: gallop left until x[hint - ofs] <= key < x[hint - lastofs].
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lt(key, x[base + hint - ofs])) {
        lastofs = ofs;
        ofs = ofs * 2 + 1;
      } else {
        break;
      }
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  } else {
    // x[hint] <= key: gallop right until x[hint + lastofs] <= key < x[hint + ofs].
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt(key, x[base + hint + ofs])) break;
      lastofs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(key, x[base + m])) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}

/** The powersort "power" of the boundary between two adjacent runs (powerloop). */
function powerLoop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    result++;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a *= 2;
    b *= 2;
  }
  return result;
}

/** A new run of length n2 follows the stack's top run: merge while the stack's powers say so. */
function foundNewRun<T>(ms: MergeState<T>, n2: number, listLen: number): void {
  const top = ms.runLen.length;
  if (top === 0) return;
  const power = powerLoop(ms.runBase[top - 1], ms.runLen[top - 1], n2, listLen);
  while (ms.runLen.length > 1 && ms.runPower[ms.runLen.length - 2] > power) {
    mergeAt(ms, ms.runLen.length - 2);
  }
  ms.runPower[ms.runLen.length - 1] = power;
}

/** Merge the stack's runs i and i+1 (merge_at). */
function mergeAt<T>(ms: MergeState<T>, i: number): void {
  const a = ms.a;
  const lt = ms.lt;
  let pa = ms.runBase[i];
  let na = ms.runLen[i];
  const pb = ms.runBase[i + 1];
  let nb = ms.runLen[i + 1];
  ms.runLen[i] = na + nb;
  if (i === ms.runLen.length - 3) {
    ms.runBase[i + 1] = ms.runBase[i + 2];
    ms.runLen[i + 1] = ms.runLen[i + 2];
    ms.runPower[i + 1] = ms.runPower[i + 2];
  }
  ms.runBase.pop();
  ms.runLen.pop();
  ms.runPower.pop();

  // Items of A before where B's first belongs are already in place.
  const k = gallopRight(lt, a[pb], a, pa, na, 0);
  pa += k;
  na -= k;
  if (na === 0) return;
  // Items of B after where A's last belongs are already in place.
  nb = gallopLeft(lt, a[pa + na - 1], a, pb, nb, nb - 1);
  if (nb <= 0) return;
  if (na <= nb) mergeLo(ms, pa, na, pb, nb);
  else mergeHi(ms, pa, na, pb, nb);
}

/** Merge A = a[pa:pa+na] and B = a[pb:pb+nb] (adjacent, na <= nb), A copied aside (merge_lo). */
function mergeLo<T>(ms: MergeState<T>, pa: number, na: number, pb: number, nb: number): void {
  const a = ms.a;
  const lt = ms.lt;
  const tmp = a.slice(pa, pa + na);
  let dest = pa;
  let ia = 0;
  let ib = pb;
  let copyB = false;
  try {
    a[dest++] = a[ib++];
    nb--;
    merge: {
      if (nb === 0) break merge;
      if (na === 1) {
        copyB = true;
        break merge;
      }
      let minGallop = ms.minGallop;
      for (;;) {
        let acount = 0;
        let bcount = 0;
        // One item at a time until one run wins consistently.
        for (;;) {
          if (lt(a[ib], tmp[ia])) {
            a[dest++] = a[ib++];
            bcount++;
            acount = 0;
            nb--;
            if (nb === 0) break merge;
            if (bcount >= minGallop) break;
          } else {
            a[dest++] = tmp[ia++];
            acount++;
            bcount = 0;
            na--;
            if (na === 1) {
              copyB = true;
              break merge;
            }
            if (acount >= minGallop) break;
          }
        }
        // Galloping until neither run wins consistently.
        minGallop++;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          ms.minGallop = minGallop;
          let k = gallopRight(lt, a[ib], tmp, ia, na, 0);
          acount = k;
          if (k) {
            for (let t = 0; t < k; t++) a[dest + t] = tmp[ia + t];
            dest += k;
            ia += k;
            na -= k;
            if (na === 1) {
              copyB = true;
              break merge;
            }
            // na == 0 is impossible with a consistent comparison, but it need not be consistent.
            if (na === 0) break merge;
          }
          a[dest++] = a[ib++];
          nb--;
          if (nb === 0) break merge;

          k = gallopLeft(lt, tmp[ia], a, ib, nb, 0);
          bcount = k;
          if (k) {
            for (let t = 0; t < k; t++) a[dest + t] = a[ib + t];
            dest += k;
            ib += k;
            nb -= k;
            if (nb === 0) break merge;
          }
          a[dest++] = tmp[ia++];
          na--;
          if (na === 1) {
            copyB = true;
            break merge;
          }
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        ms.minGallop = minGallop;
      }
    }
  } finally {
    if (copyB) {
      // A's last item belongs after all of B's remaining ones.
      for (let t = 0; t < nb; t++) a[dest + t] = a[ib + t];
      a[dest + nb] = tmp[ia];
    } else {
      for (let t = 0; t < na; t++) a[dest + t] = tmp[ia + t];
    }
  }
}

/** Merge A = a[pa:pa+na] and B = a[pb:pb+nb] (adjacent, na >= nb) from the right (merge_hi). */
function mergeHi<T>(ms: MergeState<T>, pa: number, na: number, pb: number, nb: number): void {
  const a = ms.a;
  const lt = ms.lt;
  const tmp = a.slice(pb, pb + nb);
  const basea = pa;
  let dest = pb + nb - 1;
  let ia = pa + na - 1;
  let ib = nb - 1;
  let copyA = false;
  try {
    a[dest--] = a[ia--];
    na--;
    merge: {
      if (na === 0) break merge;
      if (nb === 1) {
        copyA = true;
        break merge;
      }
      let minGallop = ms.minGallop;
      for (;;) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          if (lt(tmp[ib], a[ia])) {
            a[dest--] = a[ia--];
            acount++;
            bcount = 0;
            na--;
            if (na === 0) break merge;
            if (acount >= minGallop) break;
          } else {
            a[dest--] = tmp[ib--];
            bcount++;
            acount = 0;
            nb--;
            if (nb === 1) {
              copyA = true;
              break merge;
            }
            if (bcount >= minGallop) break;
          }
        }
        minGallop++;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          ms.minGallop = minGallop;
          let k = gallopRight(lt, tmp[ib], a, basea, na, na - 1);
          k = na - k;
          acount = k;
          if (k) {
            dest -= k;
            ia -= k;
            for (let t = k; t >= 1; t--) a[dest + t] = a[ia + t];
            na -= k;
            if (na === 0) break merge;
          }
          a[dest--] = tmp[ib--];
          nb--;
          if (nb === 1) {
            copyA = true;
            break merge;
          }

          k = gallopLeft(lt, a[ia], tmp, 0, nb, nb - 1);
          k = nb - k;
          bcount = k;
          if (k) {
            dest -= k;
            ib -= k;
            for (let t = 1; t <= k; t++) a[dest + t] = tmp[ib + t];
            nb -= k;
            if (nb === 1) {
              copyA = true;
              break merge;
            }
            // nb == 0 is impossible with a consistent comparison, but it need not be consistent.
            if (nb === 0) break merge;
          }
          a[dest--] = a[ia--];
          na--;
          if (na === 0) break merge;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        ms.minGallop = minGallop;
      }
    }
  } finally {
    if (copyA) {
      // B's first item belongs before all of A's remaining ones.
      for (let t = 0; t < na; t++) a[dest - t] = a[ia - t];
      a[dest - na] = tmp[ib];
    } else {
      for (let t = 0; t < nb; t++) a[dest - (nb - 1) + t] = tmp[t];
    }
  }
}

// list[int] is a types.GenericAlias.
classGetItem(listType);
