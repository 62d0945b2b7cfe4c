// The methods of dict and its three view types (dict_keys, dict_values, dict_items), the reverse
// dict iterators, and the update/merge algorithms dict(), dict.update() and |= share.
//
// Registered at import time (objects/all.ts). The storage is objects/dict.ts's PyDict; this file adds
// CPython's behaviour on top: KeyError(key), __missing__ for subclasses, 3.14's "cannot use 'list' as a
// dict key (unhashable type: 'list')" wrapping, and the set algebra of keys/items views.

import { PyObject, PyType, PyValue, makeBuiltinType, typeName } from './object.js';
import { PyDict, dictType, takeKeyHashError } from './dict.js';
import { PyTuple } from './tuple.js';
import { PyList } from './list.js';
import { PySet, setType, wrapUnhashable } from './set.js';
import {
  defMethod, defNew, defClassMethod, defGetSet, oneArg, argRange, noArgs, noKwargs,
} from './native.js';
import { None, NotImplemented } from './singletons.js';
import { PyMappingProxy } from './descriptors.js';
import { PyBaseException, KeyError, TypeError as TypeErrorType } from './exceptions.js';
import { DictIterator, DictIterKind, dictKeyIteratorType, dictValueIteratorType, dictItemIteratorType, tupleOf2 } from './iterators.js';
import { PyIterator } from './iterator_base.js';
import {
  repr, hash, eq, len, getIter, iterNext, getItem, setItem, contains, toArray, withReprGuard,
  Cmp,
} from '../runtime/protocols.js';
import { callObject } from '../runtime/call.js';
import { getAttrOrUndefined, lookupSpecial } from '../runtime/attributes.js';
import { typeError, valueError, runtimeError } from '../runtime/raise.js';
import { slotArg, slotNoArgs } from './tuple_methods.js';
import { defIteratorProtocol } from './iterator_methods.js';
import { classGetItem } from './generic_alias.js';
import { dictKeyError, dictGet, dictSet, dictHas } from './dict_keys.js';
import { symmetricDifferenceUpdate, differenceUpdate, intersection } from './set_methods.js';

const D = (v: PyValue): PyDict => v as PyDict;

// ---- key operations with CPython's errors (dict_keys.ts) ------------------------------------------------

function dictDelete(d: PyDict, key: PyValue): PyValue | undefined {
  if (typeof key !== 'object') return d.delete(key);
  try {
    return d.delete(key);
  } catch (e) {
    throw dictKeyError(e, key);
  }
}

/** KeyError(key): the key is the exception's only argument (str() shows its repr). */
export function keyError(key: PyValue): PyBaseException {
  return new PyBaseException(KeyError, [key]);
}

/** A plain dict with the same items (PyDict_Copy). */
export function dictCopy(d: PyDict): PyDict {
  const out = new PyDict();
  d.copyInto(out);
  return out;
}

// ---- update / merge ------------------------------------------------------------------------------------

const dictIter = (): PyValue | undefined => dictType.attrs.get('__iter__');

/**
 * PyDict_Merge(d, other, override=1): a dict (or subclass keeping dict's __iter__) by its items,
 * any other mapping through keys() and __getitem__.
 */
export function dictMergeMapping(d: PyDict, other: PyValue): void {
  if (other instanceof PyDict && (other.cls === dictType || other.cls.lookup('__iter__') === dictIter())) {
    if (other === d) return;
    // Snapshot: a key's __eq__ could change the source while we insert.
    for (const [k, v] of [...other.entries()]) dictSet(d, k, v);
    return;
  }
  const keysFn = getAttrOrUndefined(other, 'keys');
  if (keysFn === undefined) throw typeError(`'${typeName(other)}' object is not a mapping`);
  const keys = callObject(keysFn, []);
  const it = getIter(keys);
  for (;;) {
    const k = iterNext(it);
    if (k === undefined) return;
    dictSet(d, k, getItem(other, k));
  }
}

/** PyDict_MergeFromSeq2: an iterable of key/value pairs. */
export function dictMergeFromSeq2(d: PyDict, seq: PyValue): void {
  const it = getIter(seq);
  for (let i = 0; ; i++) {
    const item = iterNext(it);
    if (item === undefined) return;
    let pair: PyValue[];
    if ((item instanceof PyTuple || item instanceof PyList) && !item.cls.isHeap) {
      pair = item.items;
    } else {
      let itemIter: PyValue;
      try {
        itemIter = getIter(item);
      } catch (e) {
        if (e instanceof PyBaseException && e.cls.isSubtypeOf(TypeErrorType)) throw typeError('object is not iterable');
        throw e;
      }
      pair = toArray(itemIter);
    }
    if (pair.length !== 2) {
      throw valueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    }
    dictSet(d, pair[0], pair[1]);
  }
}

/** dict_update_arg: an exact dict or anything with keys() is a mapping, else a sequence of pairs. */
export function dictUpdateArg(d: PyDict, arg: PyValue): void {
  if (arg instanceof PyDict && arg.cls === dictType) {
    dictMergeMapping(d, arg);
    return;
  }
  if (getAttrOrUndefined(arg, 'keys') !== undefined) dictMergeMapping(d, arg);
  else dictMergeFromSeq2(d, arg);
}

function updateFromKwargs(d: PyDict, kwargs: Map<string, PyValue> | null): void {
  if (kwargs === null) return;
  for (const [k, v] of kwargs) d.set(k, v);
}

// ---- dict ----------------------------------------------------------------------------------------------

defNew(dictType, (cls) => cls.allocate!(cls));

defMethod(dictType, '__init__', (self, args, kwargs) => {
  if (args.length > 1) throw typeError(`dict expected at most 1 argument, got ${args.length}`);
  if (args.length === 1) dictUpdateArg(D(self), args[0]);
  updateFromKwargs(D(self), kwargs);
  return None;
});

function dictRepr(d: PyDict): string {
  if (d.size === 0) return '{}';
  return withReprGuard(d, '{...}', () => {
    let s = '{';
    let first = true;
    for (const [k, v] of [...d.entries()]) {
      if (!first) s += ', ';
      first = false;
      s += repr(k) + ': ' + repr(v);
    }
    return s + '}';
  });
}

defMethod(dictType, '__repr__', (self, args) => (slotNoArgs(args), dictRepr(D(self))));
defMethod(dictType, '__len__', (self, args) => (slotNoArgs(args), D(self).size));
defMethod(dictType, '__iter__', (self, args) => (slotNoArgs(args), new DictIterator(D(self), 'keys', dictKeyIteratorType, tupleOf2)));
defMethod(dictType, '__reversed__', (self, args, kwargs) => {
  noArgs('dict.__reversed__', args, kwargs);
  return new DictReverseIterator(D(self), 'keys');
});
dictType.attrs.set('__hash__', None);

defMethod(dictType, '__getitem__', (self, args, kwargs) => {
  const key = oneArg('dict.__getitem__', args, kwargs);
  const d = D(self);
  const v = dictGet(d, key);
  if (v !== undefined) return v;
  if (d.cls !== dictType) {
    const missing = lookupSpecial(d, '__missing__');
    if (missing !== undefined) return callObject(missing, [key]);
  }
  throw keyError(key);
});

defMethod(dictType, '__setitem__', (self, args) => {
  if (args.length !== 2) throw typeError(`__setitem__ expected 2 arguments, got ${args.length}`);
  dictSet(D(self), args[0], args[1]);
  return None;
});

defMethod(dictType, '__delitem__', (self, args) => {
  const key = slotArg(args);
  if (dictDelete(D(self), key) === undefined) throw keyError(key);
  return None;
});

defMethod(dictType, '__contains__', (self, args, kwargs) => dictHas(D(self), oneArg('dict.__contains__', args, kwargs)));

/** dict_equal: same length and every key of a maps to an equal value in b. */
function dictEqual(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  for (const [k, av] of [...a.entries()]) {
    const bv = dictGet(b, k);
    if (bv === undefined) return false;
    if (av !== bv && !eq(av, bv)) return false;
  }
  return true;
}

defMethod(dictType, '__eq__', (self, args) => {
  const other = slotArg(args);
  if (!(other instanceof PyDict)) return NotImplemented;
  return dictEqual(D(self), other);
});
defMethod(dictType, '__ne__', (self, args) => {
  const other = slotArg(args);
  if (!(other instanceof PyDict)) return NotImplemented;
  return !dictEqual(D(self), other);
});
for (const name of ['__lt__', '__le__', '__gt__', '__ge__']) {
  defMethod(dictType, name, (_self, args) => {
    slotArg(args);
    return NotImplemented;
  });
}

defMethod(dictType, '__or__', (self, args) => {
  const other = slotArg(args);
  if (!(other instanceof PyDict)) return NotImplemented;
  const out = dictCopy(D(self));
  dictMergeMapping(out, other);
  return out;
});
defMethod(dictType, '__ror__', (self, args) => {
  const other = slotArg(args);
  if (!(other instanceof PyDict)) return NotImplemented;
  const out = dictCopy(other);
  dictMergeMapping(out, D(self));
  return out;
});
defMethod(dictType, '__ior__', (self, args) => {
  dictUpdateArg(D(self), slotArg(args));
  return self;
});

defMethod(dictType, 'get', (self, args, kwargs) => {
  noKwargs('dict.get', kwargs);
  argRange('get', args, null, 1, 2);
  const v = dictGet(D(self), args[0]);
  return v !== undefined ? v : args.length > 1 ? args[1] : None;
});

defMethod(dictType, 'setdefault', (self, args, kwargs) => {
  noKwargs('dict.setdefault', kwargs);
  argRange('setdefault', args, null, 1, 2);
  const d = D(self);
  const v = dictGet(d, args[0]);
  if (v !== undefined) return v;
  const dflt = args.length > 1 ? args[1] : None;
  dictSet(d, args[0], dflt);
  return dflt;
});

defMethod(dictType, 'pop', (self, args, kwargs) => {
  noKwargs('dict.pop', kwargs);
  argRange('pop', args, null, 1, 2);
  const d = D(self);
  const key = args[0];
  // An empty dict does not even hash the key.
  const v = d.size === 0 ? undefined : dictDelete(d, key);
  if (v !== undefined) return v;
  if (args.length > 1) return args[1];
  throw keyError(key);
});

defMethod(dictType, 'popitem', (self, args, kwargs) => {
  noArgs('dict.popitem', args, kwargs);
  const r = D(self).popLast();
  if (r === undefined) throw keyError('popitem(): dictionary is empty');
  return new PyTuple(r);
});

defMethod(dictType, 'keys', (self, args, kwargs) => {
  noArgs('dict.keys', args, kwargs);
  return new PyDictView(D(self), dictKeysType);
});
defMethod(dictType, 'values', (self, args, kwargs) => {
  noArgs('dict.values', args, kwargs);
  return new PyDictView(D(self), dictValuesType);
});
defMethod(dictType, 'items', (self, args, kwargs) => {
  noArgs('dict.items', args, kwargs);
  return new PyDictView(D(self), dictItemsType);
});

defMethod(dictType, 'update', (self, args, kwargs) => {
  if (args.length > 1) throw typeError(`update expected at most 1 argument, got ${args.length}`);
  if (args.length === 1) dictUpdateArg(D(self), args[0]);
  updateFromKwargs(D(self), kwargs);
  return None;
});

defMethod(dictType, 'clear', (self, args, kwargs) => {
  noArgs('dict.clear', args, kwargs);
  D(self).clear();
  return None;
});

defMethod(dictType, 'copy', (self, args, kwargs) => {
  noArgs('dict.copy', args, kwargs);
  return dictCopy(D(self));
});

defClassMethod(dictType, 'fromkeys', (cls, args, kwargs) => {
  noKwargs('dict.fromkeys', kwargs);
  argRange('fromkeys', args, null, 1, 2);
  const iterable = args[0];
  const value = args.length > 1 ? args[1] : None;
  const d = cls === dictType ? new PyDict() : callObject(cls, []);
  if (d instanceof PyDict && d.cls === dictType) {
    if (iterable instanceof PyDict && iterable.cls === dictType) {
      for (const k of [...iterable.keys()]) d.set(k, value);
      return d;
    }
    if (iterable instanceof PySet && !iterable.cls.isHeap) {
      for (const k of iterable.toArray()) d.set(k, value);
      return d;
    }
  }
  const it = getIter(iterable);
  const exact = d instanceof PyDict && d.cls === dictType;
  for (;;) {
    const k = iterNext(it);
    if (k === undefined) return d;
    if (exact) dictSet(d as PyDict, k, value);
    else setItem(d, k, value);
  }
});

// ---- reverse iterators ------------------------------------------------------------------------------------

export const dictReverseKeyIteratorType = makeIterType('dict_reversekeyiterator');
export const dictReverseValueIteratorType = makeIterType('dict_reversevalueiterator');
export const dictReverseItemIteratorType = makeIterType('dict_reverseitemiterator');

function makeIterType(name: string): PyType {
  const t = makeBuiltinType(name);
  t.isBaseType = false;
  return t;
}

/**
 * reversed(dict) and reversed(view): newest key first, by entry position from the end, as CPython's
 * dictreviter does (holes are skipped; a size change raises and keeps raising).
 */
export class DictReverseIterator extends PyIterator {
  private source: PyDict | null;
  private i: number;
  private expectedSize: number;
  /** Keys still expected, for the length hint. */
  private left: number;

  constructor(dict: PyDict, private readonly kind: DictIterKind) {
    super(kind === 'keys' ? dictReverseKeyIteratorType : kind === 'values' ? dictReverseValueIteratorType : dictReverseItemIteratorType);
    this.source = dict;
    this.i = dict.entryCount - 1;
    this.expectedSize = dict.size;
    this.left = dict.size;
  }

  next(): PyValue | undefined {
    const d = this.source;
    if (d === null) return undefined;
    if (d.size !== this.expectedSize) {
      this.expectedSize = -1;
      throw runtimeError('dictionary changed size during iteration');
    }
    // Entries past the end (the dict shrank and regrew) are not there any more: clamp.
    if (this.i >= d.entryCount) this.i = d.entryCount - 1;
    while (this.i >= 0) {
      const at = this.i--;
      const v = d.valueAt(at);
      if (v === undefined) continue;
      this.left--;
      if (this.kind === 'values') return v;
      const k = d.keyAt(at);
      return this.kind === 'keys' ? k : new PyTuple([k, v]);
    }
    this.source = null;
    return undefined;
  }

  lengthHint(): number {
    const d = this.source;
    return d !== null && d.size === this.expectedSize ? Math.max(0, this.left) : 0;
  }
}

for (const t of [dictReverseKeyIteratorType, dictReverseValueIteratorType, dictReverseItemIteratorType]) {
  defIteratorProtocol(t);
}

// ---- views ------------------------------------------------------------------------------------------------

export const dictKeysType = makeIterType('dict_keys');
export const dictValuesType = makeIterType('dict_values');
export const dictItemsType = makeIterType('dict_items');

/** dict.keys(), dict.values(), dict.items(): live views of a dict. */
export class PyDictView extends PyObject {
  constructor(
    readonly source: PyDict,
    cls: PyType,
  ) {
    super(cls);
  }
}

const V = (v: PyValue): PyDictView => v as PyDictView;

/** A view's dict view type: its own, or the one it derives from (odict_keys is a dict_keys). */
function viewType(v: PyDictView): PyType {
  const t = v.cls;
  return t === dictKeysType || t === dictValuesType || t === dictItemsType ? t : t.bases[0];
}

/** keys and items views take part in set comparisons and set algebra (PyDictViewSet_Check). */
function isSetView(v: PyValue): v is PyDictView {
  return v instanceof PyDictView && (viewType(v) === dictKeysType || viewType(v) === dictItemsType);
}

function viewKind(v: PyDictView): DictIterKind {
  const t = viewType(v);
  return t === dictKeysType ? 'keys' : t === dictValuesType ? 'values' : 'items';
}

/** dictitems_contains: a 2-tuple whose key maps to an equal value. */
function itemsContains(d: PyDict, obj: PyValue): boolean {
  if (!(obj instanceof PyTuple) || obj.items.length !== 2) return false;
  const found = dictGet(d, obj.items[0]);
  if (found === undefined) return false;
  const value = obj.items[1];
  return found === value || eq(found, value);
}

function viewContains(view: PyDictView, obj: PyValue): boolean {
  return viewType(view) === dictKeysType ? dictHas(view.source, obj) : itemsContains(view.source, obj);
}

const ITER_TYPES = { keys: dictKeyIteratorType, values: dictValueIteratorType, items: dictItemIteratorType };

for (const t of [dictKeysType, dictValuesType, dictItemsType]) {
  defMethod(t, '__len__', (self) => V(self).source.size);
  defMethod(t, '__iter__', (self) => {
    const kind = viewKind(V(self));
    return new DictIterator(V(self).source, kind, ITER_TYPES[kind], tupleOf2);
  });
  defMethod(t, '__reversed__', (self) => new DictReverseIterator(V(self).source, viewKind(V(self))));
  defMethod(t, '__repr__', (self) =>
    withReprGuard(V(self), '...', () => `${typeName(self)}(${repr(new PyList(toArray(self)))})`));
  // dictview_mapping: a read-only proxy of the viewed dict itself (an OrderedDict or subclass as it is),
  // so it is live and repr/str show the dict's own repr. Inherited by odict views.
  defGetSet(t, 'mapping', (self) => new PyMappingProxy(V(self).source, null), null,
    'dictionary that this view refers to');
}
dictKeysType.attrs.set('__hash__', None);
dictItemsType.attrs.set('__hash__', None);

for (const t of [dictKeysType, dictItemsType]) {
  defMethod(t, '__contains__', (self, args) => viewContains(V(self), slotArg(args)));
  defMethod(t, 'isdisjoint', (self, args, kwargs) => viewIsDisjoint(self, oneArg('isdisjoint', args, kwargs)));

  const compares: [string, Cmp][] = [
    ['__lt__', Cmp.LT], ['__le__', Cmp.LE], ['__eq__', Cmp.EQ],
    ['__ne__', Cmp.NE], ['__gt__', Cmp.GT], ['__ge__', Cmp.GE],
  ];
  for (const [name, op] of compares) {
    defMethod(t, name, (self, args) => viewRichCompare(self, slotArg(args), op));
  }

  // The number slots see (left, right) in operator order; the reflected names swap them back.
  defMethod(t, '__sub__', (self, args) => viewsSub(self, slotArg(args)));
  defMethod(t, '__rsub__', (self, args) => viewsSub(slotArg(args), self));
  defMethod(t, '__or__', (self, args) => viewsOr(self, slotArg(args)));
  defMethod(t, '__ror__', (self, args) => viewsOr(slotArg(args), self));
  defMethod(t, '__xor__', (self, args) => viewsXor(self, slotArg(args)));
  defMethod(t, '__rxor__', (self, args) => viewsXor(slotArg(args), self));
  defMethod(t, '__and__', (self, args) => viewsIntersect(self, slotArg(args)));
  defMethod(t, '__rand__', (self, args) => viewsIntersect(slotArg(args), self));
}

/** all_contained_in: every item of `a` is `in b`. */
function allContainedIn(a: PyValue, b: PyValue): boolean {
  const it = getIter(a);
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return true;
    if (!contains(b, x)) return false;
  }
}

function viewRichCompare(self: PyValue, other: PyValue, op: Cmp): PyValue {
  if (!(other instanceof PySet) && !isSetView(other)) return NotImplemented;
  const ls = len(self);
  const lo = len(other);
  switch (op) {
    case Cmp.EQ:
    case Cmp.NE: {
      const same = ls === lo && allContainedIn(self, other);
      return op === Cmp.EQ ? same : !same;
    }
    case Cmp.LT:
      return ls < lo && allContainedIn(self, other);
    case Cmp.LE:
      return ls <= lo && allContainedIn(self, other);
    case Cmp.GT:
      return ls > lo && allContainedIn(other, self);
    default:
      return ls >= lo && allContainedIn(other, self);
  }
}

/** dictviews_to_set: a keys view of an exact dict converts through the dict itself. */
function viewToSet(v: PyValue): PySet {
  const s = new PySet(setType);
  if (v instanceof PyDictView && v.cls === dictKeysType && v.source.cls === dictType) s.update(v.source);
  else s.update(v);
  return s;
}

function viewsSub(left: PyValue, right: PyValue): PyValue {
  const s = viewToSet(left);
  differenceUpdate(s, right);
  return s;
}

function viewsOr(left: PyValue, right: PyValue): PyValue {
  const s = viewToSet(left);
  s.update(right);
  return s;
}

function viewsXor(left: PyValue, right: PyValue): PyValue {
  if (left instanceof PyDictView && viewType(left) === dictItemsType && right instanceof PyDictView && viewType(right) === dictItemsType) {
    return itemsXor(left.source, right.source);
  }
  const s = viewToSet(left);
  symmetricDifferenceUpdate(s, right);
  return s;
}

/** dictitems_xor: the items of either dict whose key is missing from, or maps differently in, the other. */
function itemsXor(d1: PyDict, d2: PyDict): PySet {
  const temp = dictCopy(d1);
  const result = new PySet(setType);
  for (const [k, v2] of [...d2.entries()]) {
    const v1 = dictGet(temp, k);
    const same = v1 !== undefined && (v1 === v2 || eq(v1, v2));
    if (same) temp.delete(k);
    else result.add(new PyTuple([k, v2]));
  }
  for (const [k, v] of [...temp.entries()]) result.add(new PyTuple([k, v]));
  return result;
}

/** _PyDictView_Intersect. */
function viewsIntersect(left: PyValue, right: PyValue): PyValue {
  let self = left;
  let other = right;
  if (!isSetView(self)) {
    self = right;
    other = left;
  }
  const view = self as PyDictView;
  const lenSelf = view.source.size;
  if (other instanceof PySet && other.cls === setType && lenSelf <= other.size) {
    return intersection(other, view);
  }
  if (isSetView(other) && other.source.size > lenSelf) {
    const t = self;
    self = other;
    other = t;
  }
  const result = new PySet(setType);
  const it = getIter(other);
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return result;
    if (viewContains(self as PyDictView, x)) result.add(x);
  }
}

function viewIsDisjoint(selfIn: PyValue, otherIn: PyValue): boolean {
  let self = selfIn;
  let other = otherIn;
  if (self === other) return V(self).source.size === 0;
  if (other instanceof PySet || isSetView(other)) {
    if (len(other) > V(self).source.size) {
      const t = other;
      other = self;
      self = t;
    }
  }
  const it = getIter(other);
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return true;
    if (contains(self, x)) return false;
  }
}

// dict[str, int] is a types.GenericAlias.
classGetItem(dictType);
