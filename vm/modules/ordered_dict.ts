// collections.OrderedDict, the native one of CPython's Objects/odictobject.c (exposed by _collections,
// which Lib/collections/__init__.py imports over its pure-Python class): a dict subclass whose order is
// a doubly-linked list of nodes on top of the dict's own storage, its views odict_keys/odict_values/
// odict_items (subclasses of the dict views) and its iterator odict_iterator.
//
// The list is kept by overriding PyDict's storage methods (set, delete, clear, popLast...), not only the
// Python-level methods: the interpreter's fast paths (STORE_SUBSCR on a non-heap dict), dict's own
// methods called on an OrderedDict (dict.__setitem__(od, k, v)) and native merges all go through them,
// so the list can never miss a key. The same overrides make keys()/entries()/values()/copyInto() walk
// the list, so {**od}, f(**od) and dict(od) see the OrderedDict's order, as in CPython.
//
// This file must not reach into PyDict's private storage; the nodes are found through a second dict
// (key -> node) that has the same key semantics as the first. Messages are CPython 3.14's.

import { PyValue, PyType, makeBuiltinType, tpName } from '../objects/object.js';
import { PyDict, dictType } from '../objects/dict.js';
import { PyTuple, emptyTuple } from '../objects/tuple.js';
import { PyList } from '../objects/list.js';
import { None, NotImplemented } from '../objects/singletons.js';
import { PyMethodDescriptor, defMethod, defClassMethod, noArgs, bindArgs } from '../objects/native.js';
import { PyIterator } from '../objects/iterator_base.js';
import { defIteratorProtocol } from '../objects/iterator_methods.js';
import { instanceDictGetSet } from '../objects/object_methods.js';
import {
  PyDictView, dictKeysType, dictValuesType, dictItemsType, keyError,
} from '../objects/dict_methods.js';
import { dictGet } from '../objects/dict_keys.js';
import { slotArg, slotNoArgs } from '../objects/tuple_methods.js';
import {
  eq, getIter, iterNext, getItem, setItem, contains, truthy, withReprGuard,
} from '../runtime/protocols.js';
import { callObject } from '../runtime/call.js';
import { getAttr, getAttrOrUndefined } from '../runtime/attributes.js';
import { typeError, valueError, runtimeError, notImplementedError } from '../runtime/raise.js';
import { currentInterpreter } from '../runtime/interpreter.js';

type Args = PyValue[];
type Kw = Map<string, PyValue> | null;

// ---- the type and its storage ----------------------------------------------------------------------

export const odictType = makeBuiltinType('OrderedDict', dictType, 'collections');
// OrderedDict instances have a __dict__ (tp_dictoffset) in CPython.
odictType.hasInstanceDict = true;
odictType.doc = 'Dictionary that remembers insertion order';

/** One key's place in the order (CPython's _odictnode). Unlinked nodes have null neighbours. */
interface ONode {
  key: PyValue;
  prev: ONode | null;
  next: ONode | null;
}

/**
 * key -> node, with dict key semantics (1 == 1.0 == True, user __eq__/__hash__). A plain JS holder
 * around the dict, so that the internal dict is never taken for a Python object of the program's.
 */
class NodeIndex {
  private readonly map = new PyDict();

  get(key: PyValue): ONode | undefined {
    return this.map.get(key) as unknown as ONode | undefined;
  }

  set(key: PyValue, node: ONode): void {
    this.map.set(key, node as unknown as PyValue);
  }

  delete(key: PyValue): ONode | undefined {
    return this.map.delete(key) as unknown as ONode | undefined;
  }

  clear(): void {
    this.map.clear();
  }
}

/** PyObject_Hash's error for an unhashable key (OrderedDict's own methods hash before the dict does). */
function checkHashable(key: PyValue): void {
  if (typeof key === 'object' && key.cls.lookup('__hash__') === None) {
    throw typeError(`unhashable type: '${tpName(key.cls)}'`);
  }
}

export class PyODict extends PyDict {
  first: ONode | null = null;
  last: ONode | null = null;
  /** CPython's od_state: bumped whenever the list changes (iterators compare it). */
  state = 0;
  private readonly nodes = new NodeIndex();

  constructor(cls: PyType = odictType) {
    super(cls);
  }

  /** The node of a key, or undefined (the key must be hashable). */
  nodeOf(key: PyValue): ONode | undefined {
    if (this.first === null) return undefined;
    return this.nodes.get(key);
  }

  private linkNew(key: PyValue): void {
    const node: ONode = { key, prev: null, next: null };
    this.nodes.set(key, node);
    this.addTail(node);
  }

  private addTail(node: ONode): void {
    node.prev = this.last;
    node.next = null;
    if (this.last === null) this.first = node;
    else this.last.next = node;
    this.last = node;
    this.state++;
  }

  private addHead(node: ONode): void {
    node.prev = null;
    node.next = this.first;
    if (this.first === null) this.last = node;
    else this.first.prev = node;
    this.first = node;
    this.state++;
  }

  private unlink(node: ONode): void {
    if (this.first === node) this.first = node.next;
    else if (node.prev !== null) node.prev.next = node.next;
    if (this.last === node) this.last = node.prev;
    else if (node.next !== null) node.next.prev = node.prev;
    node.prev = null;
    node.next = null;
    this.state++;
  }

  private unlinkKey(key: PyValue): void {
    const node = this.nodes.delete(key);
    if (node !== undefined) this.unlink(node);
  }

  /** move_to_end: to the end (last) or the front. */
  moveNode(node: ONode, last: boolean): void {
    if (last) {
      if (node !== this.last) {
        this.unlink(node);
        this.addTail(node);
      }
    } else if (node !== this.first) {
      this.unlink(node);
      this.addHead(node);
    }
  }

  // ---- PyDict's storage operations, keeping the list in step --------------------------------------

  override set(key: PyValue, value: PyValue): void {
    if (typeof key === 'object') checkHashable(key);
    const n = this.size;
    super.set(key, value);
    if (this.size !== n) this.linkNew(key);
  }

  override setStr(name: string, value: PyValue): void {
    const n = this.size;
    super.setStr(name, value);
    if (this.size !== n) this.linkNew(name);
  }

  override delete(key: PyValue): PyValue | undefined {
    const v = super.delete(key);
    if (v !== undefined) this.unlinkKey(key);
    return v;
  }

  override deleteStr(name: string): boolean {
    if (!super.deleteStr(name)) return false;
    this.unlinkKey(name);
    return true;
  }

  override clear(): void {
    super.clear();
    this.nodes.clear();
    this.first = null;
    this.last = null;
    this.state++;
  }

  override popLast(): [PyValue, PyValue] | undefined {
    const r = super.popLast();
    if (r !== undefined) this.unlinkKey(r[0]);
    return r;
  }

  // Native code that reads a dict's contents (merges, ** unpacking, copies) sees the list's order.

  override *keys(): IterableIterator<PyValue> {
    for (let n = this.first; n !== null; n = n.next) yield n.key;
  }

  override *entries(): IterableIterator<[PyValue, PyValue]> {
    for (let n = this.first; n !== null; n = n.next) {
      const v = this.get(n.key);
      if (v !== undefined) yield [n.key, v];
    }
  }

  override *values(): IterableIterator<PyValue> {
    for (let n = this.first; n !== null; n = n.next) {
      const v = this.get(n.key);
      if (v !== undefined) yield v;
    }
  }

  override copyInto(target: PyDict): void {
    for (const [k, v] of [...this.entries()]) target.set(k, v);
  }
}
odictType.allocate = (cls) => new PyODict(cls);

const O = (v: PyValue): PyODict => v as PyODict;

// ---- the iterator ------------------------------------------------------------------------------------

export const odictIteratorType = makeBuiltinType('odict_iterator');
odictIteratorType.isBaseType = false;

const enum IterKind {
  Keys = 1,
  Values = 2,
  Items = 3,
}

/**
 * odict_iterator: walks the list from its current node. Any change to the list (a key added, removed
 * or moved, a clear) ends it with "mutated"; a size change made behind the list's back (there is none
 * in pyrewind, but CPython checks) raises "changed size", and keeps raising.
 */
export class OdictIterator extends PyIterator {
  private od: PyODict | null;
  private current: ONode | null;
  private size: number;
  private readonly startState: number;

  constructor(od: PyODict, private readonly kind: IterKind, private readonly reversed: boolean) {
    super(odictIteratorType);
    this.od = od;
    this.current = reversed ? od.last : od.first;
    this.size = od.size;
    this.startState = od.state;
  }

  next(): PyValue | undefined {
    const od = this.od;
    if (od === null) return undefined;
    const node = this.current;
    if (node === null) {
      this.od = null;
      return undefined;
    }
    if (od.state !== this.startState) {
      this.od = null;
      throw runtimeError('OrderedDict mutated during iteration');
    }
    if (od.size !== this.size) {
      this.size = -1;
      throw runtimeError('OrderedDict changed size during iteration');
    }
    this.current = this.reversed ? node.prev : node.next;
    const key = node.key;
    if (this.kind === IterKind.Keys) return key;
    const v = od.get(key);
    if (v === undefined) {
      this.current = null;
      this.od = null;
      throw keyError(key);
    }
    return this.kind === IterKind.Values ? v : new PyTuple([key, v]);
  }

  /** A copy at the same position, for __reduce__ (which must not move this one). */
  clone(): OdictIterator {
    const c = Object.create(OdictIterator.prototype) as OdictIterator;
    Object.assign(c, this);
    return c;
  }
}

defIteratorProtocol(odictIteratorType, null);
defMethod(odictIteratorType, '__reduce__', (self, args, kw) => {
  noArgs('odict_iterator.__reduce__', args, kw);
  const rest: PyValue[] = [];
  const c = (self as OdictIterator).clone();
  for (let v = c.next(); v !== undefined; v = c.next()) rest.push(v);
  const iterFn = currentInterpreter().builtins.getStr('iter')!;
  return new PyTuple([iterFn, new PyTuple([new PyList(rest)])]);
});

// ---- the views ---------------------------------------------------------------------------------------

export const odictKeysType = makeBuiltinType('odict_keys', dictKeysType);
export const odictValuesType = makeBuiltinType('odict_values', dictValuesType);
export const odictItemsType = makeBuiltinType('odict_items', dictItemsType);

const VIEW_KINDS: [PyType, IterKind][] = [
  [odictKeysType, IterKind.Keys], [odictValuesType, IterKind.Values], [odictItemsType, IterKind.Items],
];
for (const [t, kind] of VIEW_KINDS) {
  t.isBaseType = false;
  // Everything else (len, in, repr, set operations) is the dict view's, over the same dict.
  defMethod(t, '__iter__', (self, args) => {
    slotNoArgs(args);
    return new OdictIterator(O((self as PyDictView).source), kind, false);
  });
  defMethod(t, '__reversed__', (self, args, kw) => {
    noArgs(`${t.name}.__reversed__`, args, kw);
    return new OdictIterator(O((self as PyDictView).source), kind, true);
  });
}

// ---- update, as MutableMapping.update does it (CPython's mutablemapping_update) -----------------------

/** self[key] = value: straight to the storage for an exact OrderedDict, through __setitem__ otherwise. */
function odSetItem(self: PyValue, key: PyValue, value: PyValue): void {
  if ((self as PyODict).cls === odictType) O(self).set(key, value);
  else setItem(self, key, value);
}

/** mutablemapping_add_pairs: each item must unpack to exactly a key and a value. */
function addPairs(self: PyValue, pairs: PyValue): void {
  const it = getIter(pairs);
  for (;;) {
    const pair = iterNext(it);
    if (pair === undefined) return;
    if ((pair instanceof PyTuple || pair instanceof PyList) && !pair.cls.isHeap && pair.items.length === 2) {
      odSetItem(self, pair.items[0], pair.items[1]);
      continue;
    }
    const pit = getIter(pair);
    const key = iterNext(pit);
    if (key === undefined) throw valueError('need more than 0 values to unpack');
    const value = iterNext(pit);
    if (value === undefined) throw valueError('need more than 1 value to unpack');
    if (iterNext(pit) !== undefined) throw valueError('too many values to unpack (expected 2)');
    odSetItem(self, key, value);
  }
}

/** mutablemapping_update_arg: a dict by its items, a mapping by keys(), else items() or pairs. */
function updateArg(self: PyValue, arg: PyValue): void {
  if (arg instanceof PyDict && arg.cls === dictType) {
    for (const [k, v] of [...arg.entries()]) odSetItem(self, k, v);
    return;
  }
  const keysFn = getAttrOrUndefined(arg, 'keys');
  if (keysFn !== undefined) {
    const it = getIter(callObject(keysFn, []));
    for (;;) {
      const k = iterNext(it);
      if (k === undefined) return;
      odSetItem(self, k, getItem(arg, k));
    }
  }
  const itemsFn = getAttrOrUndefined(arg, 'items');
  if (itemsFn !== undefined) {
    addPairs(self, callObject(itemsFn, []));
    return;
  }
  addPairs(self, arg);
}

function mutableMappingUpdate(self: PyValue, args: Args, kw: Kw): void {
  if (args.length > 1) throw typeError(`update() takes at most 1 positional argument (${args.length} given)`);
  if (args.length === 1) updateArg(self, args[0]);
  if (kw !== null) for (const [k, v] of [...kw]) odSetItem(self, k, v);
}

// ---- methods, defined in CPython's order (it shows in OrderedDict.__dict__) ----------------------------

/** A native method of dict, to defer to as odictobject.c calls PyDict_Type's slots. */
function dictMethod(name: string): (self: PyValue, args: Args, kw: Kw) => PyValue {
  const d = dictType.attrs.get(name);
  if (!(d instanceof PyMethodDescriptor)) throw notImplementedError(`OrderedDict: dict.${name} is missing`);
  return d.fn;
}

defMethod(odictType, '__repr__', (self, args) => {
  slotNoArgs(args);
  const od = O(self);
  const name = od.cls.name;
  if (od.size === 0) return `${name}()`;
  return withReprGuard(od, '...', () => {
    // PyDict_Copy: a subclass's keys() and __getitem__ are honoured, an exact one reads its list.
    const copy = new PyDict();
    if (od.cls === odictType) {
      od.copyInto(copy);
    } else {
      const it = getIter(callObject(getAttr(od, 'keys'), []));
      for (let k = iterNext(it); k !== undefined; k = iterNext(it)) copy.set(k, getItem(od, k));
    }
    return `${name}(${dictMethod('__repr__')(copy, [], null) as string})`;
  });
});

/** odict_keys_equal: the same keys in the same order. */
function keysEqual(a: PyODict, b: PyODict): boolean {
  let na = a.first;
  let nb = b.first;
  for (;;) {
    if (na === null || nb === null) return na === nb;
    const ka = na.key;
    const kb = nb.key;
    if (ka !== kb && !eq(ka, kb)) return false;
    na = na.next;
    nb = nb.next;
  }
}

/** odict_richcompare: dict equality, and the same order when both sides are OrderedDicts. */
function odictEquals(self: PyValue, other: PyValue, ne: boolean): PyValue {
  if (!(self instanceof PyODict) || !(other instanceof PyDict)) return NotImplemented;
  const cmp = dictMethod(ne ? '__ne__' : '__eq__')(self, [other], null);
  if (!(other instanceof PyODict)) return cmp;
  if (cmp === ne) return cmp;
  return keysEqual(self, other) !== ne;
}

defMethod(odictType, '__lt__', (_self, args) => (slotArg(args), NotImplemented));
defMethod(odictType, '__le__', (_self, args) => (slotArg(args), NotImplemented));
defMethod(odictType, '__eq__', (self, args) => odictEquals(self, slotArg(args), false));
defMethod(odictType, '__ne__', (self, args) => odictEquals(self, slotArg(args), true));
defMethod(odictType, '__gt__', (_self, args) => (slotArg(args), NotImplemented));
defMethod(odictType, '__ge__', (_self, args) => (slotArg(args), NotImplemented));

defMethod(odictType, '__iter__', (self, args) => {
  slotNoArgs(args);
  return new OdictIterator(O(self), IterKind.Keys, false);
});

defMethod(odictType, '__init__', (self, args, kw) => {
  if (args.length > 1) throw typeError(`expected at most 1 argument, got ${args.length}`);
  mutableMappingUpdate(self, args, kw);
  return None;
});

/** odict_or, for both od | other and other | od: type(od)(left), updated with right. */
function odictOr(left: PyValue, right: PyValue): PyValue {
  const leftIsOd = left instanceof PyODict;
  const od = (leftIsOd ? left : right) as PyODict;
  const other = leftIsOd ? right : left;
  if (!(other instanceof PyDict)) return NotImplemented;
  const out = callObject(od.cls, [left]);
  updateArg(out, right);
  return out;
}
defMethod(odictType, '__or__', (self, args) => odictOr(self, slotArg(args)));
defMethod(odictType, '__ror__', (self, args) => odictOr(slotArg(args), self));
defMethod(odictType, '__ior__', (self, args) => {
  updateArg(self, slotArg(args));
  return self;
});

defMethod(odictType, '__setitem__', (self, args) => {
  if (args.length !== 2) throw typeError(`__setitem__ expected 2 arguments, got ${args.length}`);
  O(self).set(args[0], args[1]);
  return None;
});

defMethod(odictType, '__delitem__', (self, args) => {
  const key = slotArg(args);
  checkHashable(key);
  if (O(self).delete(key) === undefined) throw keyError(key);
  return None;
});

defClassMethod(odictType, 'fromkeys', (cls, args, kw) => {
  const [iterable, value = None] = bindArgs('fromkeys', ['iterable', 'value'], args, kw, 1);
  // _PyDict_FromKeys on a type that is not exactly dict: cls(), then item assignment.
  const d = callObject(cls, []);
  const it = getIter(iterable!);
  for (let k = iterNext(it); k !== undefined; k = iterNext(it)) odSetItem(d, k, value);
  return d;
});

/** log2 of the index table CPython would have for a keys table of `usable` entries. */
function indexLog2(usable: number): number {
  let log2 = 3;
  while ((((2 << log2) / 3) | 0) < usable) log2++;
  return log2;
}

defMethod(odictType, '__sizeof__', (self, args, kw) => {
  noArgs('OrderedDict.__sizeof__', args, kw);
  const od = O(self);
  // _PyDict_SizeOf with OrderedDict's basic size (dict's 48 bytes plus 8 pointers of its own), then
  // the fast-nodes table (one pointer per index slot) and the nodes (key, hash, next, prev).
  let size = (dictMethod('__sizeof__')(od, [], null) as number) + 8 * 8;
  if (od.size > 0) size += 8 * (1 << indexLog2(od.tableUsable)) + 32 * od.size;
  return size;
});

defMethod(odictType, '__reduce__', (self, args, kw) => {
  noArgs('OrderedDict.__reduce__', args, kw);
  const od = O(self);
  // _PyObject_GetState: __getstate__, the instance __dict__ (None when empty) and any slots.
  const state = callObject(getAttr(od, '__getstate__'), []);
  const items = getIter(callObject(getAttr(od, 'items'), []));
  return new PyTuple([od.cls, emptyTuple, state, None, items]);
});

defMethod(odictType, 'setdefault', (self, args, kw) => {
  const [key, dflt = None] = bindArgs('setdefault', ['key', 'default'], args, kw, 1);
  const od = O(self);
  if (od.cls === odictType) {
    const v = dictGet(od, key!);
    if (v !== undefined) return v;
    od.set(key!, dflt);
    return dflt;
  }
  if (contains(od, key!)) return getItem(od, key!);
  setItem(od, key!, dflt);
  return dflt;
});

defMethod(odictType, 'pop', (self, args, kw) => {
  const [key, dflt] = bindArgs('pop', ['key', 'default'], args, kw, 1);
  checkHashable(key!);
  const v = O(self).delete(key!);
  if (v !== undefined) return v;
  if (dflt !== undefined) return dflt;
  throw keyError(key!);
});

defMethod(odictType, 'popitem', (self, args, kw) => {
  const [lastArg] = bindArgs('popitem', ['last'], args, kw, 0);
  const last = lastArg === undefined ? true : truthy(lastArg);
  const od = O(self);
  const node = last ? od.last : od.first;
  if (node === null) throw keyError('dictionary is empty');
  const key = node.key;
  const v = od.delete(key);
  if (v === undefined) throw keyError(key);
  return new PyTuple([key, v]);
});

defMethod(odictType, 'keys', (self, args, kw) => {
  noArgs('OrderedDict.keys', args, kw);
  return new PyDictView(O(self), odictKeysType);
});
defMethod(odictType, 'values', (self, args, kw) => {
  noArgs('OrderedDict.values', args, kw);
  return new PyDictView(O(self), odictValuesType);
});
defMethod(odictType, 'items', (self, args, kw) => {
  noArgs('OrderedDict.items', args, kw);
  return new PyDictView(O(self), odictItemsType);
});

defMethod(odictType, 'update', (self, args, kw) => {
  mutableMappingUpdate(self, args, kw);
  return None;
});

defMethod(odictType, 'clear', (self, args, kw) => {
  noArgs('OrderedDict.clear', args, kw);
  O(self).clear();
  return None;
});

defMethod(odictType, 'copy', (self, args, kw) => {
  noArgs('OrderedDict.copy', args, kw);
  const od = O(self);
  if (od.cls === odictType) {
    const out = new PyODict();
    od.copyInto(out);
    return out;
  }
  // A subclass: type(od)(), filled through its __getitem__ and __setitem__.
  const out = callObject(od.cls, []);
  for (const k of [...od.keys()]) setItem(out, k, getItem(od, k));
  return out;
});

defMethod(odictType, '__reversed__', (self, args, kw) => {
  noArgs('OrderedDict.__reversed__', args, kw);
  return new OdictIterator(O(self), IterKind.Keys, true);
});

defMethod(odictType, 'move_to_end', (self, args, kw) => {
  const [key, lastArg] = bindArgs('move_to_end', ['key', 'last'], args, kw, 1);
  const last = lastArg === undefined ? true : truthy(lastArg);
  const od = O(self);
  const end = last ? od.last : od.first;
  if (end === null) throw keyError(key!);
  // Already at that end (by identity): nothing to look up.
  if (end.key === key) return None;
  checkHashable(key!);
  const node = od.nodeOf(key!);
  if (node === undefined) throw keyError(key!);
  od.moveNode(node, last);
  return None;
});

instanceDictGetSet(odictType);
odictType.attrs.set('__hash__', None);
