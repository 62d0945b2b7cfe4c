// __reduce__ and __setstate__ of the built-in iterators that CPython 3.14 can still copy and pickle
// (container iterators, enumerate, zip, map, filter, reversed, callable_iterator; itertools' lost it
// in 3.14): copy.copy(it) and pickle.dumps(it) give what CPython gives.
//
// The iterator classes keep their position in fields private to TypeScript only; the views below name
// the fields read here (kept in step with iterators.ts, builtin_iterators.ts, bytes_methods.ts, set.ts).
// A dict or set iterator is reduced to the list of what it has left, computed on a clone, so the
// iterator itself does not move (CPython copies it the same way).

import { PyType, PyValue } from './object.js';
import { PyIterator } from './iterator_base.js';
import {
  listIteratorType, listReverseIteratorType, tupleIteratorType, strIteratorType, strAsciiIteratorType,
  rangeIteratorType, longRangeIteratorType, dictKeyIteratorType, dictValueIteratorType,
  dictItemIteratorType, setIteratorType, seqIteratorType, bytesIteratorType,
} from './iterators.js';
import {
  enumerateType, zipType, mapType, filterType, reversedType, callableIteratorType,
} from './builtin_iterators.js';
import { bytearrayIteratorType } from './bytes_methods.js';
import { dictReverseKeyIteratorType, dictReverseValueIteratorType, dictReverseItemIteratorType } from './dict_methods.js';
import { PyList } from './list.js';
import { PyTuple } from './tuple.js';
import { PyRange } from './range.js';
import { defMethod, oneArg } from './native.js';
import { None } from './singletons.js';
import { asIndex, len, truthy } from '../runtime/protocols.js';
import { currentInterpreter } from '../runtime/interpreter.js';
import type { PyInt } from '../numeric/int_math.js';

function builtin(name: string): PyValue {
  return currentInterpreter().builtins.getStr(name)!;
}

function tuple(...items: PyValue[]): PyTuple {
  return new PyTuple(items);
}

/** An index for __setstate__ (a C Py_ssize_t). */
function stateIndex(v: PyValue): number {
  const n = asIndex(v);
  if (typeof n === 'bigint') return n < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return n;
}

function clamp(n: number, lo: number, hi: number): number {
  return n < lo ? lo : n > hi ? hi : n;
}

// ---- views of the iterators' fields -----------------------------------------------------------------
interface ListIt { i: number; list: PyList | null }
interface TupleIt { i: number; items: PyValue[] }
interface StrIt { i: number; s: string }
interface RangeIt { cur: number; left: number; step: number }
interface LongRangeIt { cur: bigint; left: bigint; stepB: bigint }
interface BytesIt { i: number; seq: PyValue | null }
interface SeqIt { i: number; done: boolean; seq: PyValue }
interface EnumerateIt { it: PyValue; count: PyValue }
interface ZipIt { its: PyValue[]; strict: boolean }
interface MapIt { fn: PyValue; its: PyValue[]; strict: boolean }
interface FilterIt { fn: PyValue; it: PyValue }
interface ReversedIt { i: number; seq: PyValue }
interface CallableIt { done: boolean; fn: PyValue; sentinel: PyValue }

function view<T>(self: PyValue): T {
  return self as unknown as T;
}

// ---- sequence iterators: (iter, (seq,), index), or (iter, (empty,)) once exhausted -------------------

defMethod(listIteratorType, '__reduce__', (self) => {
  const it = view<ListIt>(self);
  return it.list === null ? tuple(builtin('iter'), tuple(new PyList([]))) : tuple(builtin('iter'), tuple(it.list), it.i);
});
defMethod(listIteratorType, '__setstate__', (self, args, kw) => {
  const it = view<ListIt>(self);
  const n = stateIndex(oneArg('__setstate__', args, kw));
  // A negative index leaves the iterator exhausted, as CPython's index -1 does.
  if (it.list !== null) {
    if (n < 0) it.list = null;
    else it.i = Math.min(n, it.list.items.length);
  }
  return None;
});

defMethod(listReverseIteratorType, '__reduce__', (self) => {
  const it = view<ListIt>(self);
  return it.list === null ? tuple(builtin('reversed'), tuple(new PyList([]))) : tuple(builtin('reversed'), tuple(it.list), it.i);
});
defMethod(listReverseIteratorType, '__setstate__', (self, args, kw) => {
  const it = view<ListIt>(self);
  const n = stateIndex(oneArg('__setstate__', args, kw));
  if (it.list !== null) it.i = clamp(n, -1, it.list.items.length - 1);
  return None;
});

defMethod(tupleIteratorType, '__reduce__', (self) => {
  const it = view<TupleIt>(self);
  if (it.i >= it.items.length) return tuple(builtin('iter'), tuple(tuple()));
  return tuple(builtin('iter'), tuple(new PyTuple(it.items)), it.i);
});
defMethod(tupleIteratorType, '__setstate__', (self, args, kw) => {
  const it = view<TupleIt>(self);
  it.i = clamp(stateIndex(oneArg('__setstate__', args, kw)), 0, it.items.length);
  return None;
});

/** Code points in s[0:units]. */
function codePointsBefore(s: string, units: number): number {
  let n = 0;
  for (let i = 0; i < units; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < units) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** The UTF-16 offset of code point `cp` of s (its length when cp is past the end). */
function unitsBefore(s: string, cp: number): number {
  let i = 0;
  for (let n = 0; n < cp && i < s.length; n++) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return i;
}

for (const t of [strIteratorType, strAsciiIteratorType]) {
  defMethod(t, '__reduce__', (self) => {
    const it = view<StrIt>(self);
    if (it.i >= it.s.length) return tuple(builtin('iter'), tuple(''));
    return tuple(builtin('iter'), tuple(it.s), codePointsBefore(it.s, it.i));
  });
  defMethod(t, '__setstate__', (self, args, kw) => {
    const it = view<StrIt>(self);
    const n = stateIndex(oneArg('__setstate__', args, kw));
    it.i = unitsBefore(it.s, n < 0 ? 0 : n);
    return None;
  });
}

for (const t of [bytesIteratorType, bytearrayIteratorType]) {
  defMethod(t, '__reduce__', (self) => {
    const it = view<BytesIt>(self);
    if (it.seq === null) return tuple(builtin('iter'), tuple(tuple()));
    return tuple(builtin('iter'), tuple(it.seq), it.i);
  });
  defMethod(t, '__setstate__', (self, args, kw) => {
    const it = view<BytesIt>(self);
    const n = stateIndex(oneArg('__setstate__', args, kw));
    if (it.seq === null) return None;
    // A negative index clamps to 0 for bytes but ends a bytearray iterator (CPython's two functions).
    if (n < 0 && t === bytearrayIteratorType) it.seq = null;
    else it.i = clamp(n, 0, len(it.seq));
    return None;
  });
}

defMethod(seqIteratorType, '__reduce__', (self) => {
  const it = view<SeqIt>(self);
  return it.done ? tuple(builtin('iter'), tuple(tuple())) : tuple(builtin('iter'), tuple(it.seq), it.i);
});
defMethod(seqIteratorType, '__setstate__', (self, args, kw) => {
  const it = view<SeqIt>(self);
  const n = stateIndex(oneArg('__setstate__', args, kw));
  if (!it.done) it.i = n < 0 ? 0 : n;
  return None;
});

defMethod(reversedType, '__reduce__', (self) => {
  const it = view<ReversedIt>(self);
  return it.i < 0 ? tuple(typeOfSelf(self), tuple(tuple())) : tuple(typeOfSelf(self), tuple(it.seq), it.i);
});
defMethod(reversedType, '__setstate__', (self, args, kw) => {
  const it = view<ReversedIt>(self);
  const n = stateIndex(oneArg('__setstate__', args, kw));
  if (it.i >= 0) it.i = clamp(n, -1, len(it.seq) - 1);
  return None;
});

function typeOfSelf(self: PyValue): PyType {
  return (self as PyIterator).cls;
}

// ---- range iterators: (iter, (range(next, end, step),), None) ----------------------------------------

defMethod(rangeIteratorType, '__reduce__', (self) => {
  const it = view<RangeIt>(self);
  const left = it.left > 0 ? it.left : 0;
  return tuple(builtin('iter'), tuple(new PyRange(it.cur, it.cur + left * it.step, it.step)), None);
});
defMethod(rangeIteratorType, '__setstate__', (self, args, kw) => {
  const it = view<RangeIt>(self);
  const n = clamp(stateIndex(oneArg('__setstate__', args, kw)), 0, Math.max(0, it.left));
  it.cur += n * it.step;
  it.left -= n;
  return None;
});

function normInt(v: bigint): PyInt {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

defMethod(longRangeIteratorType, '__reduce__', (self) => {
  const it = view<LongRangeIt>(self);
  const left = it.left > 0n ? it.left : 0n;
  const r = new PyRange(normInt(it.cur), normInt(it.cur + left * it.stepB), normInt(it.stepB));
  return tuple(builtin('iter'), tuple(r), None);
});
defMethod(longRangeIteratorType, '__setstate__', (self, args, kw) => {
  const it = view<LongRangeIt>(self);
  const a = asIndex(oneArg('__setstate__', args, kw));
  let n = typeof a === 'bigint' ? a : BigInt(a);
  const left = it.left > 0n ? it.left : 0n;
  if (n < 0n) n = 0n;
  if (n > left) n = left;
  it.cur += n * it.stepB;
  it.left -= n;
  return None;
});

// ---- dict and set iterators: (iter, (list of what is left,)) ----------------------------------------

/** The items `it` has left, read from a clone so that `it` keeps its place. */
function remaining(it: PyIterator): PyList {
  const clone = Object.assign(Object.create(Object.getPrototypeOf(it) as object) as PyIterator, it);
  const out: PyValue[] = [];
  for (let v = clone.next(); v !== undefined; v = clone.next()) out.push(v);
  return new PyList(out);
}

for (const t of [
  dictKeyIteratorType, dictValueIteratorType, dictItemIteratorType, setIteratorType,
  dictReverseKeyIteratorType, dictReverseValueIteratorType, dictReverseItemIteratorType,
]) {
  defMethod(t, '__reduce__', (self) => tuple(builtin('iter'), tuple(remaining(self as PyIterator))));
}

// ---- the iteration builtins ---------------------------------------------------------------------------

defMethod(enumerateType, '__reduce__', (self) => {
  const it = view<EnumerateIt>(self);
  return tuple(typeOfSelf(self), tuple(it.it, it.count));
});

defMethod(zipType, '__reduce__', (self) => {
  const it = view<ZipIt>(self);
  const args = new PyTuple(it.its.slice());
  return it.strict ? tuple(typeOfSelf(self), args, true) : tuple(typeOfSelf(self), args);
});
defMethod(zipType, '__setstate__', (self, args, kw) => {
  view<ZipIt>(self).strict = truthy(oneArg('__setstate__', args, kw));
  return None;
});

defMethod(mapType, '__reduce__', (self) => {
  const it = view<MapIt>(self);
  const args = new PyTuple([it.fn, ...it.its]);
  return it.strict ? tuple(typeOfSelf(self), args, true) : tuple(typeOfSelf(self), args);
});
defMethod(mapType, '__setstate__', (self, args, kw) => {
  view<MapIt>(self).strict = truthy(oneArg('__setstate__', args, kw));
  return None;
});

defMethod(filterType, '__reduce__', (self) => {
  const it = view<FilterIt>(self);
  return tuple(typeOfSelf(self), tuple(it.fn, it.it));
});

defMethod(callableIteratorType, '__reduce__', (self) => {
  const it = view<CallableIt>(self);
  return it.done ? tuple(builtin('iter'), tuple(tuple())) : tuple(builtin('iter'), tuple(it.fn, it.sentinel));
});
