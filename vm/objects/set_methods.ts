// The methods of set and frozenset: construction, repr, comparisons, the set algebra (methods taking
// any number of iterables, operators taking sets only, in-place variants) and frozenset's hash.
//
// Registered at import time (objects/all.ts). Every algorithm follows Objects/setobject.c step for
// step (which set is iterated, which is probed, when tables are copied), because the order in which
// elements are inserted decides the iteration order CPython shows. Storage lives in objects/set.ts.

import { PyType, PyValue, objectType } from './object.js';
import { PySet, setType, frozensetType, SetIterator, wrapUnhashable } from './set.js';
import { PyDict, dictType } from './dict.js';
import { PyList } from './list.js';
import { PyTuple } from './tuple.js';
import { defMethod, defNew, oneArg, noArgs, noKwargs } from './native.js';
import { None, NotImplemented } from './singletons.js';
import { PyBaseException, KeyError } from './exceptions.js';
import { repr, hash, getIter, iterNext, withReprGuard, Cmp } from '../runtime/protocols.js';
import { typeError } from '../runtime/raise.js';
import { slotArg, slotNoArgs } from './tuple_methods.js';
import { classGetItem } from './generic_alias.js';

const S = (v: PyValue): PySet => v as PySet;

// ---- algorithms shared with dict views ----------------------------------------------------------------

/** A new empty set of the base type of `so` (make_new_set_basetype): set or frozenset. */
function newBaseSet(so: PySet): PySet {
  return new PySet(so.frozen ? frozensetType : setType);
}

/** set_copy: a base-type copy laid out the way set_merge lays it out. */
export function setCopy(so: PySet): PySet {
  const out = newBaseSet(so);
  out.merge(so);
  return out;
}

/** Hash an element of `other` for probing (PyObject_Hash with the set-element message). */
function elementHash(key: PyValue): [number, number] {
  let h;
  try {
    h = hash(key);
  } catch (e) {
    throw wrapUnhashable(e, key, 'set element');
  }
  if (typeof h === 'number') return [h | 0, Math.floor(h / 4294967296) | 0];
  return [Number(BigInt.asIntN(32, h)), Number(BigInt.asIntN(32, h >> 32n))];
}

/** set_intersection(so, other): iterate the smaller set (or the iterable), keep what the other has. */
export function intersection(soIn: PySet, otherIn: PyValue): PySet {
  if (soIn === otherIn) return setCopy(soIn);
  const result = newBaseSet(soIn);
  let so = soIn;
  let other = otherIn;
  if (other instanceof PySet) {
    if (other.size > so.size) {
      const t = so;
      so = other;
      other = t;
    }
    const e = (other as PySet).entries();
    for (let i = 0; i < e.keys.length; i++) {
      if (so.findSlot(e.keys[i], e.lo[i], e.hi[i]) >= 0) result.addHashed(e.keys[i], e.lo[i], e.hi[i]);
    }
    return result;
  }
  const it = getIter(other);
  for (;;) {
    const key = iterNext(it);
    if (key === undefined) return result;
    const [lo, hi] = elementHash(key);
    if (so.findSlot(key, lo, hi) >= 0) {
      result.addHashed(key, lo, hi);
      if (result.size >= so.size) return result;
    }
  }
}

/** set_difference_update_internal. */
export function differenceUpdate(so: PySet, otherIn: PyValue): void {
  if (so === otherIn) {
    so.clear();
    return;
  }
  if (otherIn instanceof PySet) {
    // When other is much bigger, only the common elements matter.
    const other = otherIn.size >> 3 > so.size ? intersection(so, otherIn) : otherIn;
    const e = other.entries();
    for (let i = 0; i < e.keys.length; i++) {
      const j = so.findSlot(e.keys[i], e.lo[i], e.hi[i]);
      if (j >= 0) so.removeSlot(j);
    }
  } else {
    const it = getIter(otherIn);
    for (;;) {
      const key = iterNext(it);
      if (key === undefined) break;
      so.discard(key);
    }
  }
  so.purgeDummies();
}

/** set_difference(so, other): a new set. */
function difference(so: PySet, other: PyValue): PySet {
  let otherSize: number;
  if (other instanceof PySet) otherSize = other.size;
  else if (other instanceof PyDict && other.cls === dictType) otherSize = other.size;
  else return copyAndDifference(so, other);
  if (so.size >> 2 > otherSize) return copyAndDifference(so, other);
  const result = newBaseSet(so);
  const e = so.entries();
  for (let i = 0; i < e.keys.length; i++) {
    const key = e.keys[i];
    const present = other instanceof PySet ? other.findSlot(key, e.lo[i], e.hi[i]) >= 0 : (other as PyDict).has(key);
    if (!present) result.addHashed(key, e.lo[i], e.hi[i]);
  }
  return result;
}

function copyAndDifference(so: PySet, other: PyValue): PySet {
  const result = setCopy(so);
  differenceUpdate(result, other);
  return result;
}

/** Toggle each of other's elements in so (set_symmetric_difference_update_set / _dict). */
function symmetricToggle(so: PySet, keys: PyValue[], lo: number[], hi: number[]): void {
  for (let i = 0; i < keys.length; i++) {
    const j = so.findSlot(keys[i], lo[i], hi[i]);
    if (j >= 0) so.removeSlot(j);
    else so.addHashed(keys[i], lo[i], hi[i]);
  }
}

/** set.symmetric_difference_update(other). */
export function symmetricDifferenceUpdate(so: PySet, other: PyValue): void {
  if (so === other) {
    so.clear();
    return;
  }
  if (other instanceof PyDict && other.cls === dictType) {
    const keys = [...other.keys()];
    const lo: number[] = [];
    const hi: number[] = [];
    for (const k of keys) {
      const [l, h] = elementHash(k);
      lo.push(l);
      hi.push(h);
    }
    symmetricToggle(so, keys, lo, hi);
    return;
  }
  const otherSet = other instanceof PySet ? other : makeSet(so.frozen ? frozensetType : setType, other);
  const e = otherSet.entries();
  symmetricToggle(so, e.keys, e.lo, e.hi);
}

/** set_symmetric_difference: a new set holding other's elements, then so's toggled in. */
function symmetricDifference(so: PySet, other: PyValue): PySet {
  const result = newBaseSet(so);
  result.update(other);
  const e = so.entries();
  symmetricToggle(result, e.keys, e.lo, e.hi);
  return result;
}

/** set_issubset. */
function isSubset(so: PySet, other: PyValue): boolean {
  if (!(other instanceof PySet)) {
    return intersection(so, other).size === so.size;
  }
  if (so.size > other.size) return false;
  const e = so.entries();
  for (let i = 0; i < e.keys.length; i++) {
    if (other.findSlot(e.keys[i], e.lo[i], e.hi[i]) < 0) return false;
  }
  return true;
}

/** set_issuperset. */
function isSuperset(so: PySet, other: PyValue): boolean {
  if (other instanceof PySet) return isSubset(other, so);
  const it = getIter(other);
  for (;;) {
    const key = iterNext(it);
    if (key === undefined) return true;
    if (!so.has(key)) return false;
  }
}

/** set_isdisjoint. */
function isDisjoint(soIn: PySet, otherIn: PyValue): boolean {
  if (soIn === otherIn) return soIn.size === 0;
  let so = soIn;
  let other = otherIn;
  if (other instanceof PySet && !other.cls.isHeap) {
    if (other.size > so.size) {
      const t = so;
      so = other;
      other = t;
    }
    const e = (other as PySet).entries();
    for (let i = 0; i < e.keys.length; i++) {
      if (so.findSlot(e.keys[i], e.lo[i], e.hi[i]) >= 0) return false;
    }
    return true;
  }
  const it = getIter(other);
  for (;;) {
    const key = iterNext(it);
    if (key === undefined) return true;
    if (so.has(key)) return false;
  }
}

function makeSet(cls: PyType, iterable: PyValue | null): PySet {
  const s = new PySet(cls);
  if (iterable !== null) s.update(iterable);
  return s;
}

function setRepr(so: PySet): string {
  const name = so.cls.name;
  return withReprGuard(so, `${name}(...)`, () => {
    if (so.size === 0) return `${name}()`;
    const keys = so.toArray();
    let body = '';
    for (let i = 0; i < keys.length; i++) {
      if (i > 0) body += ', ';
      body += repr(keys[i]);
    }
    return so.cls === setType ? `{${body}}` : `${name}({${body}})`;
  });
}

/** set_richcompare. */
function setCompare(v: PySet, w: PyValue, op: Cmp): PyValue {
  if (!(w instanceof PySet)) return NotImplemented;
  switch (op) {
    case Cmp.EQ:
      return v.size === w.size && isSubset(v, w);
    case Cmp.NE:
      return !(v.size === w.size && isSubset(v, w));
    case Cmp.LE:
      return isSubset(v, w);
    case Cmp.GE:
      return isSuperset(v, w);
    case Cmp.LT:
      return v.size < w.size && isSubset(v, w);
    default:
      return v.size > w.size && isSuperset(v, w);
  }
}

// ---- construction ---------------------------------------------------------------------------------------

defNew(setType, (cls) => new PySet(cls));

defMethod(setType, '__init__', (self, args, kwargs) => {
  noKwargs('set', kwargs);
  const so = S(self);
  if (args.length > 1) throw typeError(`${so.cls.name} expected at most 1 argument, got ${args.length}`);
  if (so.fill !== 0) so.clear();
  if (args.length === 1) so.update(args[0]);
  return None;
});

defNew(frozensetType, (cls, args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0 &&
      (cls === frozensetType || cls.lookup('__init__') === objectType.attrs.get('__init__'))) {
    throw typeError('frozenset() takes no keyword arguments');
  }
  if (args.length > 1) throw typeError(`${cls.name} expected at most 1 argument, got ${args.length}`);
  const iterable = args.length === 1 ? args[0] : null;
  if (cls === frozensetType && iterable instanceof PySet && iterable.cls === frozensetType) return iterable;
  return makeSet(cls, iterable);
});

// ---- shared by set and frozenset ------------------------------------------------------------------------

for (const t of [setType, frozensetType]) {
  const tn = t.name;
  defMethod(t, '__repr__', (self, args) => (slotNoArgs(args), setRepr(S(self))));
  defMethod(t, '__len__', (self, args) => (slotNoArgs(args), S(self).size));
  defMethod(t, '__iter__', (self, args) => (slotNoArgs(args), new SetIterator(S(self))));
  defMethod(t, '__contains__', (self, args, kwargs) => S(self).has(oneArg(`${tn}.__contains__`, args, kwargs)));

  const compares: [string, Cmp][] = [
    ['__lt__', Cmp.LT], ['__le__', Cmp.LE], ['__eq__', Cmp.EQ],
    ['__ne__', Cmp.NE], ['__gt__', Cmp.GT], ['__ge__', Cmp.GE],
  ];
  for (const [name, op] of compares) {
    defMethod(t, name, (self, args) => setCompare(S(self), slotArg(args), op));
  }

  // Binary operators take sets only; the reflected names see the operands swapped back.
  const ops: [string, string, (a: PySet, b: PySet) => PySet][] = [
    ['__or__', '__ror__', (a, b) => {
      const r = setCopy(a);
      if (a !== b) r.update(b);
      return r;
    }],
    ['__and__', '__rand__', (a, b) => intersection(a, b)],
    ['__sub__', '__rsub__', (a, b) => difference(a, b)],
    ['__xor__', '__rxor__', (a, b) => symmetricDifference(a, b)],
  ];
  for (const [name, rname, fn] of ops) {
    defMethod(t, name, (self, args) => {
      const other = slotArg(args);
      return other instanceof PySet ? fn(S(self), other) : NotImplemented;
    });
    defMethod(t, rname, (self, args) => {
      const other = slotArg(args);
      return other instanceof PySet ? fn(other, S(self)) : NotImplemented;
    });
  }

  defMethod(t, 'union', (self, args, kwargs) => {
    noKwargs(`${tn}.union`, kwargs);
    const so = S(self);
    const result = setCopy(so);
    for (const other of args) if (other !== so) result.update(other);
    return result;
  });

  defMethod(t, 'intersection', (self, args, kwargs) => {
    noKwargs(`${tn}.intersection`, kwargs);
    return intersectionMulti(S(self), args);
  });

  defMethod(t, 'difference', (self, args, kwargs) => {
    noKwargs(`${tn}.difference`, kwargs);
    const so = S(self);
    if (args.length === 0) return setCopy(so);
    const result = difference(so, args[0]);
    for (let i = 1; i < args.length; i++) differenceUpdate(result, args[i]);
    return result;
  });

  defMethod(t, 'symmetric_difference', (self, args, kwargs) =>
    symmetricDifference(S(self), oneArg(`${tn}.symmetric_difference`, args, kwargs)));
  defMethod(t, 'issubset', (self, args, kwargs) => isSubset(S(self), oneArg(`${tn}.issubset`, args, kwargs)));
  defMethod(t, 'issuperset', (self, args, kwargs) => isSuperset(S(self), oneArg(`${tn}.issuperset`, args, kwargs)));
  defMethod(t, 'isdisjoint', (self, args, kwargs) => isDisjoint(S(self), oneArg(`${tn}.isdisjoint`, args, kwargs)));

  defMethod(t, '__reduce__', (self, args, kwargs) => {
    noArgs(`${tn}.__reduce__`, args, kwargs);
    const so = S(self);
    const state = so.dict === null ? None : so.dict;
    return new PyTuple([so.cls, new PyTuple([new PyList(so.toArray())]), state]);
  });
}

function intersectionMulti(so: PySet, others: PyValue[]): PySet {
  if (others.length === 0) return setCopy(so);
  let result: PySet = so;
  for (const other of others) result = intersection(result, other);
  return result;
}

setType.attrs.set('__hash__', None);
defMethod(frozensetType, '__hash__', (self) => S(self).computeHash());

defMethod(frozensetType, 'copy', (self, args, kwargs) => {
  noArgs('frozenset.copy', args, kwargs);
  const so = S(self);
  return so.cls === frozensetType ? so : setCopy(so);
});

// ---- set only -----------------------------------------------------------------------------------------

defMethod(setType, 'copy', (self, args, kwargs) => {
  noArgs('set.copy', args, kwargs);
  return setCopy(S(self));
});

defMethod(setType, 'add', (self, args, kwargs) => {
  S(self).add(oneArg('set.add', args, kwargs));
  return None;
});

defMethod(setType, 'discard', (self, args, kwargs) => {
  S(self).discard(oneArg('set.discard', args, kwargs));
  return None;
});

defMethod(setType, 'remove', (self, args, kwargs) => {
  const key = oneArg('set.remove', args, kwargs);
  if (!S(self).discard(key)) throw new PyBaseException(KeyError, [key]);
  return None;
});

defMethod(setType, 'pop', (self, args, kwargs) => {
  noArgs('set.pop', args, kwargs);
  const v = S(self).pop();
  if (v === undefined) throw new PyBaseException(KeyError, ['pop from an empty set']);
  return v;
});

defMethod(setType, 'clear', (self, args, kwargs) => {
  noArgs('set.clear', args, kwargs);
  S(self).clear();
  return None;
});

defMethod(setType, 'update', (self, args, kwargs) => {
  noKwargs('set.update', kwargs);
  for (const other of args) S(self).update(other);
  return None;
});

defMethod(setType, 'difference_update', (self, args, kwargs) => {
  noKwargs('set.difference_update', kwargs);
  for (const other of args) differenceUpdate(S(self), other);
  return None;
});

defMethod(setType, 'intersection_update', (self, args, kwargs) => {
  noKwargs('set.intersection_update', kwargs);
  const so = S(self);
  const tmp = intersectionMulti(so, args);
  if (tmp !== so) so.takeContents(tmp);
  return None;
});

defMethod(setType, 'symmetric_difference_update', (self, args, kwargs) => {
  symmetricDifferenceUpdate(S(self), oneArg('set.symmetric_difference_update', args, kwargs));
  return None;
});

defMethod(setType, '__ior__', (self, args) => {
  const other = slotArg(args);
  if (!(other instanceof PySet)) return NotImplemented;
  S(self).update(other);
  return self;
});

defMethod(setType, '__iand__', (self, args) => {
  const other = slotArg(args);
  if (!(other instanceof PySet)) return NotImplemented;
  const so = S(self);
  const tmp = intersection(so, other);
  so.takeContents(tmp);
  return self;
});

defMethod(setType, '__isub__', (self, args) => {
  const other = slotArg(args);
  if (!(other instanceof PySet)) return NotImplemented;
  differenceUpdate(S(self), other);
  return self;
});

defMethod(setType, '__ixor__', (self, args) => {
  const other = slotArg(args);
  if (!(other instanceof PySet)) return NotImplemented;
  symmetricDifferenceUpdate(S(self), other);
  return self;
});

// set[int] and frozenset[int] are types.GenericAlias.
classGetItem(setType);
classGetItem(frozensetType);
