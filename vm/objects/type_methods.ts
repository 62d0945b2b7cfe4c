// The methods of `type`: class creation (type.__new__ with C3 MRO, metaclass calculation, instance
// layouts, __slots__, __set_name__, __init_subclass__, __classcell__), calling a class, and the class
// attributes (__name__, __mro__, __dict__ as a mappingproxy, PEP 649 __annotations__/__annotate__...).

import { PyType, PyValue, PyObject, PyInstance, objectType, typeType, intType, boolType, strType, typeOf, typeName, tpName, invalidateTypeCaches, c3 } from './object.js';
import { bytesType } from './bytes.js';
import { floatType } from './float.js';
import { complexType } from './complex.js';
import { defMethod, defGetSet, PyNativeFunction, defClassMethod, bindArgs } from './native.js';
import { defMember } from './member_descriptor.js';
import { Layout, typeLayout } from './type_layout.js';
import { PyDict, dictType } from './dict.js';
import { PyTuple, tuple, tupleType } from './tuple.js';
import { PyList, listType } from './list.js';
import { PyCell } from './cell.js';
import { None } from './singletons.js';
import { PyFunction } from './function.js';
import { PyClassMethod, PyStaticMethod, PyMappingProxy } from './descriptors.js';
import { SlotMember } from './slots.js';
import {
  BaseException, BaseExceptionGroup, StopIteration, SystemExit, ImportError, OSError, SyntaxError, PyBaseException,
  UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError, NameError, AttributeError,
} from './exceptions.js';
import { instanceDictGetSet } from './object_methods.js';
import { typeGetAttr, typeSetAttr, noAttribute, descrGet, getAttr, getAttrOrUndefined } from '../runtime/attributes.js';
import { callObject, typeCall, callNew, isCallable } from '../runtime/call.js';
import { toArray, str, truthy } from '../runtime/protocols.js';
import { typeError, valueError, attributeError } from '../runtime/raise.js';
import { currentInterpreter } from '../runtime/interpreter.js';
import { superFind } from './super.js';
import { builtinDoc, builtinTextSignature, typeDocKey } from './doc_source.js';
import { classGetItem } from './generic_alias.js';

const plainAllocate = (c: PyType): PyObject => new PyInstance(c);
const finalizingAllocators = new WeakMap<(c: PyType) => PyObject, (c: PyType) => PyObject>();
const finalizingAllocatorSet = new WeakSet<(c: PyType) => PyObject>();

/**
 * A class's allocator: `raw`, plus watching each instance whose class defines __del__, so that its
 * finalizer runs when it dies (vm/runtime/lifetime). One wrapper per raw allocator, shared by subclasses.
 */
function finalizingAllocator(raw: (c: PyType) => PyObject): (c: PyType) => PyObject {
  if (finalizingAllocatorSet.has(raw)) return raw;
  let wrapped = finalizingAllocators.get(raw);
  if (wrapped === undefined) {
    wrapped = (c: PyType): PyObject => {
      const o = raw(c);
      c.freshCache();
      if (c.finalizes === undefined) c.finalizes = c.lookup('__del__') !== undefined;
      if (c.finalizes) currentInterpreter().lifetime.watch(o);
      return o;
    };
    finalizingAllocators.set(raw, wrapped);
    finalizingAllocatorSet.add(wrapped);
  }
  return wrapped;
}

/** C3 linearization; raises TypeError like CPython when no consistent order exists. */
export function computeMro(cls: PyType): PyType[] {
  const m = c3(cls);
  if (m === null) {
    const names = cls.bases.map((b) => b.name).join(', ');
    throw typeError(`Cannot create a consistent method resolution order (MRO) for bases ${names}`);
  }
  return m;
}

/**
 * A class's MRO as its metaclass defines it: C3, unless the metaclass overrides mro(), whose result is
 * checked to hold only classes (CPython's mro_internal / mro_check).
 */
function resolveMro(cls: PyType): PyType[] {
  const meta = cls.cls;
  const fn = meta === typeType ? undefined : meta.lookup('mro');
  if (fn === undefined || fn === typeMroFn) return computeMro(cls);
  const items = toArray(callObject(descrGet(fn, cls, meta), []));
  for (const it of items) {
    if (!(it instanceof PyType)) throw typeError(`mro() returned a non-class ('${typeName(it)}')`);
  }
  return items as PyType[];
}

/** The most derived metaclass among `meta` and the bases' metaclasses. */
export function calculateMetaclass(meta: PyType, bases: PyType[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const bm = b.cls;
    if (winner.isSubtypeOf(bm)) continue;
    if (bm.isSubtypeOf(winner)) {
      winner = bm;
      continue;
    }
    throw typeError(
      'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases',
    );
  }
  return winner;
}

/** calculateMetaclass over arbitrary base objects: each base contributes its type. */
function calculateMetaclassOf(meta: PyType, bases: PyValue[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const bm = typeOf(b);
    if (winner.isSubtypeOf(bm)) continue;
    if (bm.isSubtypeOf(winner)) {
      winner = bm;
      continue;
    }
    throw typeError(
      'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases',
    );
  }
  return winner;
}

/** Built-in exception types whose instances carry fields of their own; the others share BaseException's. */
const EXCEPTION_LAYOUTS: ReadonlySet<PyType> = new Set([
  BaseException, BaseExceptionGroup, StopIteration, SystemExit, ImportError, OSError, SyntaxError,
  UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError, NameError, AttributeError,
]);

/** The type whose instance layout `t` has: up through classes and exceptions that add no fields. */
function layoutOf(t: PyType): PyType {
  let s = t;
  for (;;) {
    if (s.isHeap) {
      if (s.bases.length === 0 || (s.slotNames !== null && s.slotNames.length > 0)) return s;
    } else if (s.sharesBaseLayout) {
      // falls through to the base
    } else if (s === BaseException || !s.isSubtypeOf(BaseException) || EXCEPTION_LAYOUTS.has(s)) {
      return s;
    }
    s = s.bases[0];
  }
}

/** The base whose instance layout the new class extends (CPython's "solid base"). */
function solidBase(bases: PyType[]): PyType {
  let best = objectType;
  for (const b of bases) {
    const s = layoutOf(b);
    if (s.isSubtypeOf(best)) best = s;
    else if (!best.isSubtypeOf(s)) {
      throw typeError(`multiple bases have instance lay-out conflict`);
    }
  }
  return best;
}

/** Built-in types whose instances CPython's GC does not track: their tp_free differs from a class's. */
const NON_GC_FREE: ReadonlySet<PyType> = new Set([objectType, intType, boolType, strType, bytesType, floatType, complexType]);

/** CPython's tp_free, reduced to the one distinction that matters here: GC-tracked or not. */
function freesLikeGc(t: PyType): boolean {
  return t.isUserClass || !NON_GC_FREE.has(t);
}

/** compatible_for_assignment: may instances laid out for `oldto` be treated as `newto`'s? */
export function checkCompatibleLayout(oldto: PyType, newto: PyType, attr: string): void {
  if (freesLikeGc(oldto) !== freesLikeGc(newto)) {
    throw typeError(`${attr} assignment: '${tpName(newto)}' deallocator differs from '${tpName(oldto)}'`);
  }
  const newbase = layoutOf(newto);
  const oldbase = layoutOf(oldto);
  if ((newbase !== oldbase && !sameSlotsAdded(newbase, oldbase)) || oldto.hasInstanceDict !== newto.hasInstanceDict) {
    throw typeError(`${attr} assignment: '${tpName(newto)}' object layout differs from '${tpName(oldto)}'`);
  }
}

/** same_slots_added: two classes that add the same (sorted) slots, __dict__ and __weakref__ to the same base. */
function sameSlotsAdded(a: PyType, b: PyType): boolean {
  if (!a.isHeap || !b.isHeap || a.bases.length === 0 || b.bases.length === 0) return false;
  if (solidBaseType(a.bases) !== solidBaseType(b.bases)) return false;
  if (a.attrs.has('__dict__') !== b.attrs.has('__dict__')) return false;
  if (a.attrs.has('__weakref__') !== b.attrs.has('__weakref__')) return false;
  const sa = a.slotNames ?? [];
  const sb = b.slotNames ?? [];
  if (sa.length !== sb.length) return false;
  for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return false;
  return true;
}

/** Recompute the MRO of `t` and of every class below it (mro_hierarchy); records old MROs to undo. */
function remro(t: PyType, undo: [PyType, PyType[]][]): void {
  const mro = resolveMro(t);
  undo.push([t, t.mro]);
  t.mro = mro;
  for (const sub of t.subclasses.slice()) remro(sub, undo);
}

/** type.__bases__ = value (type_set_bases): checks, then new MROs for the class and its subclasses. */
function setBases(t: PyType, v: PyValue | null): void {
  if (!t.isUserClass) throw typeError(`cannot set '__bases__' attribute of immutable type '${tpName(t)}'`);
  if (v === null) throw typeError(`cannot delete '__bases__' attribute of immutable type '${tpName(t)}'`);
  if (!(v instanceof PyTuple)) throw typeError(`can only assign tuple to ${tpName(t)}.__bases__, not ${typeName(v)}`);
  if (v.items.length === 0) throw typeError(`can only assign non-empty tuple to ${tpName(t)}.__bases__, not ()`);
  for (const b of v.items) {
    if (!(b instanceof PyType)) throw typeError(`${tpName(t)}.__bases__ must be tuple of classes, not '${typeName(b)}'`);
    if (b.isSubtypeOf(t)) throw typeError('a __bases__ item causes an inheritance cycle');
  }
  const bases = v.items as PyType[];
  for (let i = 0; i < bases.length; i++) {
    for (let j = 0; j < i; j++) if (bases[j] === bases[i]) throw typeError(`duplicate base class ${bases[i].name}`);
  }
  const best = solidBaseType(bases);
  checkCompatibleLayout(t.bases[0], best, '__bases__');
  const oldBases = t.bases;
  t.bases = bases.slice();
  const undo: [PyType, PyType[]][] = [];
  try {
    remro(t, undo);
  } catch (e) {
    t.bases = oldBases;
    for (let i = undo.length - 1; i >= 0; i--) undo[i][0].mro = undo[i][1];
    throw e;
  }
  for (const b of oldBases) {
    const i = b.subclasses.indexOf(t);
    if (i >= 0) b.subclasses.splice(i, 1);
  }
  for (const b of t.bases) if (!b.subclasses.includes(t)) b.subclasses.push(t);
  invalidateTypeCaches();
}

/** The base among `bases` that the others' layouts extend (find_best_base): the most derived solid one. */
function solidBaseType(bases: PyType[]): PyType {
  let winner: PyType | null = null;
  let winnerLayout: PyType | null = null;
  for (const b of bases) {
    const s = layoutOf(b);
    if (winnerLayout === null || s.isSubtypeOf(winnerLayout)) {
      winner = b;
      winnerLayout = s;
    } else if (!winnerLayout.isSubtypeOf(s)) {
      throw typeError('multiple bases have instance lay-out conflict');
    }
  }
  return winner as PyType;
}

/** Sort order of str (by code point: UTF-16 order differs for astral characters against U+E000..U+FFFF). */
function codePointOrder(a: string, b: string): number {
  if (a === b) return 0;
  const x = [...a];
  const y = [...b];
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i].codePointAt(0)! - y[i].codePointAt(0)!;
  return x.length - y.length;
}

/**
 * The built-in types that can be subclassed and whose instances carry a weak reference list of their
 * own (a nonzero tp_weaklistoffset): a subclass neither gets a `__weakref__` descriptor nor may ask
 * for one in __slots__. They show no `__weakref__` attribute themselves, so this is by name (tp_name).
 * (vm/modules/weakref.ts keeps the list of every weakly referenceable built-in, these included.)
 */
const WEAKLIST_BASES = new Set([
  'set', 'frozenset', 'collections.deque', 'collections.OrderedDict', 'functools.partial',
  '_thread._local', '_thread.RLock', 'array.array', '_struct.Struct', '_asyncio.Future', '_asyncio.Task',
  '_io._IOBase', 'zoneinfo.ZoneInfo',
]);

/** Does a built-in class in t's MRO give its instances a weak reference list? */
function hasBuiltinWeaklist(t: PyType): boolean {
  for (const c of t.mro) if (!c.isHeap && WEAKLIST_BASES.has(tpName(c))) return true;
  return false;
}

/** What str.isidentifier accepts: a __slots__ entry must be one. */
const SLOT_NAME = /^[\p{XID_Start}_]\p{XID_Continue}*$/u;

/** type(name, bases, dict, **kwds): create a class. */
export function typeNew(meta: PyType, name: string, basesIn: PyValue[], ns: PyDict, kwargs: Map<string, PyValue> | null): PyType {
  // The metaclass is computed from the types of the bases before they are checked (as CPython does),
  // so type('X', (1,), {}) is a metaclass conflict.
  for (const b of basesIn) {
    if (!(b instanceof PyType) && getAttrOrUndefined(b, '__mro_entries__') !== undefined) {
      throw typeError("type() doesn't support MRO entry resolution; use types.new_class()");
    }
  }
  const winner = calculateMetaclassOf(meta, basesIn);
  for (let i = 0; i < basesIn.length; i++) {
    const b = basesIn[i];
    if (!(b instanceof PyType)) throw typeError(`bases must be types`);
    if (!b.isBaseType) throw typeError(`type '${tpName(b)}' is not an acceptable base type`);
    for (let j = 0; j < i; j++) if (basesIn[j] === b) throw typeError(`duplicate base class ${b.name}`);
  }
  const bases = basesIn.length === 0 ? [objectType] : (basesIn as PyType[]);
  const base = solidBase(bases);
  const cls = new PyType(winner, name, bases);
  cls.isHeap = true;
  cls.isUserClass = true;
  // inherit_patma_flags: the pattern-matching kind comes from the best base (tp_base) only.
  cls.collectionFlags = solidBaseType(bases).collectionFlags;
  cls.allocate = finalizingAllocator(base.allocate ?? plainAllocate);
  try {
    cls.mro = computeMro(cls);
  } catch (e) {
    for (const b of bases) b.subclasses.splice(b.subclasses.indexOf(cls), 1);
    throw e;
  }
  let module = ns.getStr('__module__');
  if (module === undefined) {
    // type(name, bases, ns) called directly: the module is the caller's __name__.
    const caller = currentInterpreter().frame;
    const m = caller === null ? undefined : caller.globals.getStr('__name__');
    if (m !== undefined) {
      module = m;
      ns.setStr('__module__', m);
    }
  }
  cls.module = typeof module === 'string' ? module : 'builtins';
  const qual = ns.getStr('__qualname__');
  cls.qualname = typeof qual === 'string' ? qual : name;

  // The namespace first, then the members __slots__ adds, then __dict__ and __weakref__ (the order
  // of CPython's class __dict__).
  for (const [k, v] of ns.entries()) {
    if (typeof k !== 'string') continue;
    if (k === '__qualname__' || k === '__classcell__' || k === '__classdictcell__') continue;
    let value = v;
    if ((k === '__init_subclass__' || k === '__class_getitem__') && v instanceof PyFunction) value = new PyClassMethod(v);
    if (k === '__new__' && v instanceof PyFunction) value = new PyStaticMethod(v);
    cls.attrs.set(k, value);
  }

  const slots = ns.getStr('__slots__');
  let wantsDict = true;
  let wantsWeakref = true;
  if (slots !== undefined) {
    const names = typeof slots === 'string' ? [slots] : toArray(slots).map((s) => {
      if (typeof s !== 'string') throw typeError(`__slots__ items must be strings, not '${typeName(s)}'`);
      return s;
    });
    // type_new_visit_slots: identifiers only, __dict__/__weakref__ once and only where the base has none.
    const best = solidBaseType(bases);
    const baseWeakref = best.lookup('__weakref__') !== undefined || hasBuiltinWeaklist(best);
    // Variable-size instances (a nonzero tp_itemsize: int, tuple, bytes, and type itself) leave no room
    // for slots: even __dict__ and __weakref__ are refused.
    const variable = best.isSubtypeOf(intType) || best.isSubtypeOf(tupleType) || best.isSubtypeOf(bytesType) ||
      best.isSubtypeOf(typeType);
    wantsDict = false;
    wantsWeakref = false;
    if (names.length > 0 && variable) throw typeError(`nonempty __slots__ not supported for subtype of '${tpName(best)}'`);
    for (const n of names) {
      if (!SLOT_NAME.test(n)) throw typeError('__slots__ must be identifiers');
      if (n === '__dict__') {
        if (best.hasInstanceDict || wantsDict) throw typeError('__dict__ slot disallowed: we already got one');
        wantsDict = true;
      } else if (n === '__weakref__') {
        if (baseWeakref || wantsWeakref) throw typeError('__weakref__ slot disallowed: we already got one');
        wantsWeakref = true;
      }
    }
    const own = names.filter((n) => n !== '__dict__' && n !== '__weakref__').map((n) => {
      const mangled = n.startsWith('__') && !n.endsWith('__') ? `_${name.replace(/^_+/, '')}${n}` : n;
      if (ns.has(mangled)) throw valueError(`'${mangled}' in __slots__ conflicts with class variable`);
      return mangled;
    });
    // CPython keeps the mangled names sorted (ht_slots) and lays the members out in that order: it
    // is the order of the class __dict__, and what lets __class__ move between two classes that
    // declare the same slots in different orders (checkCompatibleLayout).
    own.sort(codePointOrder);
    cls.slotNames = own;
    let offset = 0;
    for (const b of cls.mro.slice(1)) if (b.slotNames) offset += b.slotNames.length;
    own.forEach((mangled, i) => {
      cls.attrs.set(mangled, new SlotMember(cls, mangled, offset + i));
    });
  }
  const baseHasDict = bases.some((b) => b.hasInstanceDict);
  cls.hasInstanceDict = baseHasDict || wantsDict;
  // A metaclass's instances are classes, which have __dict__ and __weakref__ through type already: no
  // descriptors of its own (they would shadow the class's own namespace as Cls.__dict__).
  const isMeta = base.isSubtypeOf(typeType);
  // Documented as CPython's subtype_getsets_full documents them.
  if (cls.hasInstanceDict && !baseHasDict && !isMeta) instanceDictGetSet(cls, 'dictionary for instance variables');
  // Variable-size instances (int, tuple, bytes) cannot take a weak reference list.
  const varSize = base.isSubtypeOf(intType) || base.isSubtypeOf(tupleType) || base.isSubtypeOf(bytesType);
  if (wantsWeakref && !varSize && !isMeta && cls.lookup('__weakref__') === undefined && !hasBuiltinWeaklist(base)) {
    defGetSet(cls, '__weakref__', () => None, null, 'list of weak references to the object');
  }
  // A metaclass overriding mro() decides the final order (C3 above was only provisional).
  if (winner !== typeType && winner.lookup('mro') !== typeMroFn) cls.mro = resolveMro(cls);
  if (!cls.attrs.has('__doc__')) cls.attrs.set('__doc__', None);
  if (!cls.attrs.has('__module__')) cls.attrs.set('__module__', cls.module);
  // A class defining __eq__ without __hash__ becomes unhashable.
  if (cls.attrs.has('__eq__') && !cls.attrs.has('__hash__')) cls.attrs.set('__hash__', None);
  // Its attributes were filled in directly after lookups above may have cached them: only this new class
  // (with no subclasses yet) has a cache to drop. No other class's lookups can depend on it.
  cls.invalidate();

  const cell = ns.getStr('__classcell__');
  if (cell instanceof PyCell) cell.value = cls;
  // __classdict__ of annotation scopes: the class namespace as it was made.
  const dictCell = ns.getStr('__classdictcell__');
  if (dictCell instanceof PyCell) {
    const d = new PyDict();
    for (const [k, v] of cls.attrs) d.setStr(k, v);
    dictCell.value = d;
  }

  // __set_name__ on attributes, then the parent's __init_subclass__.
  for (const [k, v] of [...cls.attrs.entries()]) {
    if (typeof v !== 'object') continue;
    const sn = typeOf(v).lookup('__set_name__');
    if (sn === undefined) continue;
    try {
      callObject(sn, [v, cls, k]);
    } catch (e) {
      // type_new_set_names: the error propagates with a note saying which attribute it came from.
      if (e instanceof PyBaseException) {
        callObject(getAttr(e, 'add_note'), [`Error calling __set_name__ on '${typeName(v)}' instance '${k}' in '${cls.name}'`]);
      }
      throw e;
    }
  }
  const init = superFind(cls, cls, '__init_subclass__');
  if (init !== undefined) {
    const bound = descrGet(init, null, cls);
    callObject(bound instanceof PyClassMethod ? (bound as PyClassMethod).func : bound, [], kwargs);
  }
  return cls;
}

typeType.allocate = null;
typeType.attrs.set(
  '__new__',
  new PyNativeFunction('__new__', (args, kwargs) => {
    const meta = args[0];
    if (!(meta instanceof PyType)) throw typeError('type.__new__(X): X is not a type object');
    if (args.length === 2 && meta === typeType) return typeOf(args[1]);
    if (args.length !== 4) throw typeError('type() takes 1 or 3 arguments');
    const [, name, bases, ns] = args;
    if (typeof name !== 'string') throw typeError(`type.__new__() argument 1 must be str, not ${typeName(name)}`);
    if (!(bases instanceof PyTuple)) throw typeError(`type.__new__() argument 2 must be tuple, not ${typeName(bases)}`);
    if (!(ns instanceof PyDict)) throw typeError(`type.__new__() argument 3 must be dict, not ${typeName(ns)}`);
    // A more derived metaclass of the bases with its own __new__ takes over (CPython's type_new).
    for (const b of bases.items) {
      if (!(b instanceof PyType) && getAttrOrUndefined(b, '__mro_entries__') !== undefined) {
        throw typeError("type() doesn't support MRO entry resolution; use types.new_class()");
      }
    }
    const winner = calculateMetaclassOf(meta, bases.items);
    if (winner !== meta) {
      const winnerNew = winner.lookup('__new__');
      if (winnerNew !== undefined && winnerNew !== typeNewFn) return callNew(winnerNew, winner, [name, bases, ns], kwargs);
    }
    const copy = new PyDict();
    ns.copyInto(copy);
    return typeNew(winner, name, bases.items, copy, kwargs);
  }, typeType),
);
const typeNewFn = typeType.attrs.get('__new__');
defMethod(typeType, '__init__', () => None);
defMethod(typeType, '__call__', (self, args, kwargs) => typeCall(self as PyType, args, kwargs));
defMethod(typeType, '__getattribute__', (self, args) => {
  const name = args[0] as string;
  const v = typeGetAttr(self as PyType, name);
  if (v === undefined) throw noAttribute(self, name);
  return v;
});
defMethod(typeType, '__setattr__', (self, args) => {
  typeSetAttr(self as PyType, args[0] as string, args[1]);
  return None;
});
defMethod(typeType, '__delattr__', (self, args) => {
  typeSetAttr(self as PyType, args[0] as string, null);
  return None;
});
defMethod(typeType, '__repr__', (self) => {
  const t = self as PyType;
  return t.module === 'builtins' ? `<class '${t.qualname}'>` : `<class '${t.module}.${t.qualname}'>`;
});
defMethod(typeType, '__dir__', (self) => {
  // The class's own __dict__ keys merged with those of its bases, recursively (type___dir__).
  const names = new Set<string>();
  const merge = (t: PyType): void => {
    for (const k of t.attrs.keys()) names.add(k);
    for (const b of t.bases) merge(b);
  };
  merge(self as PyType);
  // Every type's dict holds __doc__ in CPython (PyType_Ready puts tp_doc or None there); built-in types
  // here serve it lazily without the entry, so object's (in every class's bases) is named here.
  names.add('__doc__');
  return new PyList([...names]);
});
classGetItem(typeType);
defMethod(typeType, 'mro', (self) => new PyList(computeMro(self as PyType)));
const typeMroFn = typeType.attrs.get('mro');
defMethod(typeType, '__subclasses__', (self) => new PyList((self as PyType).subclasses.slice()));
defMethod(typeType, '__instancecheck__', (self, args) => typeOf(args[0]).isSubtypeOf(self as PyType));
defMethod(typeType, '__subclasscheck__', (self, args) => {
  const c = args[0];
  if (!(c instanceof PyType)) throw typeError('issubclass() arg 1 must be a class');
  return c.isSubtypeOf(self as PyType);
});
defClassMethod(typeType, '__prepare__', () => new PyDict());
defMethod(typeType, '__or__', (self, args) => unionOf(self, args[0]));
defMethod(typeType, '__ror__', (self, args) => unionOf(args[0], self));
function unionOf(a: PyValue, b: PyValue): PyValue {
  throw typeError(`unsupported operand type(s) for |: '${typeName(a)}' and '${typeName(b)}'`);
}

/** check_set_special_type_attr: built-in types are immutable, and no class lets these go. */
function checkSpecialSet(t: PyType, v: PyValue | null, attr: string): void {
  if (!t.isUserClass) throw typeError(`cannot set '${attr}' attribute of immutable type '${tpName(t)}'`);
  if (v === null) throw typeError(`cannot delete '${attr}' attribute of immutable type '${tpName(t)}'`);
}
defGetSet(typeType, '__name__', (self) => (self as PyType).name, (self, v) => {
  checkSpecialSet(self as PyType, v, '__name__');
  if (typeof v !== 'string') throw typeError(`can only assign string to ${(self as PyType).name}.__name__, not '${typeName(v ?? None)}'`);
  (self as PyType).name = v;
});
defGetSet(typeType, '__qualname__', (self) => (self as PyType).qualname, (self, v) => {
  checkSpecialSet(self as PyType, v, '__qualname__');
  if (typeof v !== 'string') throw typeError(`can only assign string to ${(self as PyType).name}.__qualname__, not '${typeName(v ?? None)}'`);
  (self as PyType).qualname = v;
});
defGetSet(typeType, '__module__', (self) => {
  // A class keeps __module__ in its dict; a built-in type's comes from its tp_name.
  const t = self as PyType;
  if (!t.isUserClass) return t.module;
  const m = t.attrs.get('__module__');
  return m !== undefined ? m : t.module;
}, (self, v) => {
  checkSpecialSet(self as PyType, v, '__module__');
  (self as PyType).setAttr('__module__', v ?? None);
  if (typeof v === 'string') (self as PyType).module = v;
});
defGetSet(typeType, '__bases__', (self) => tuple((self as PyType).bases.slice()), (self, v) => setBases(self as PyType, v));
defMember(typeType, '__base__', (self) => (self as PyType).bases[0] ?? None);
defGetSet(typeType, '__mro__', (self) => tuple((self as PyType).mro.slice()));
defGetSet(typeType, '__dict__', (self) => new PyMappingProxy(null, self as PyType));
defGetSet(typeType, '__doc__', (self) => {
  // A built-in type's own __doc__ entry may be a descriptor for its instances; its doc is tp_doc.
  const t = self as PyType;
  const d = t.attrs.get('__doc__');
  if (!t.isUserClass && (d === undefined || (typeof d === 'object' && d !== None))) return t.doc ?? builtinDoc(typeDocKey(t)) ?? None;
  if (d === undefined) return None;
  return typeof d === 'object' && typeOf(d).lookup('__get__') !== undefined ? descrGet(d, null, t) : d;
}, (self, v) => {
  // type_set_doc: only classes made by a class statement or type() accept a new __doc__.
  const t = self as PyType;
  if (!t.isHeap) throw typeError(`cannot set '__doc__' attribute of immutable type '${tpName(t)}'`);
  if (v === null) throw typeError(`cannot delete '__doc__' attribute of immutable type '${tpName(t)}'`);
  t.setAttr('__doc__', v);
});
// The signature CPython reads from a built-in type's tp_doc; a class statement's docstring has none.
defGetSet(typeType, '__text_signature__', (self) => {
  const t = self as PyType;
  return t.isUserClass ? None : builtinTextSignature(typeDocKey(t)) ?? None;
});
// PEP 649: a class keeps its annotate function as __annotate_func__ and computes __annotations__ on
// first use, caching it as __annotations_cache__ (typeobject.c's type_get_annotations).
function heapOnly(t: PyType, attr: string): void {
  if (!t.isHeap) throw attributeError(`type object '${tpName(t)}' has no attribute '${attr}'`);
}
function bindToClass(v: PyValue, t: PyType): PyValue {
  return typeof v === 'object' && typeOf(v).lookup('__get__') !== undefined ? descrGet(v, null, t) : v;
}
function classAnnotate(t: PyType): PyValue {
  heapOnly(t, '__annotate__');
  const a = t.attrs.get('__annotate__') ?? t.attrs.get('__annotate_func__');
  if (a !== undefined) return bindToClass(a, t);
  t.setAttr('__annotate_func__', None);
  return None;
}
defGetSet(typeType, '__annotate__', (self) => classAnnotate(self as PyType), (self, v) => {
  const t = self as PyType;
  if (v === null) throw typeError('cannot delete __annotate__ attribute');
  if (!t.isHeap) throw typeError(`cannot set '__annotate__' attribute of immutable type '${tpName(t)}'`);
  if (v !== None && !isCallable(v)) throw typeError('__annotate__ must be callable or None');
  t.setAttr('__annotate_func__', v);
  if (v !== None) t.deleteAttr('__annotations_cache__');
});
defGetSet(typeType, '__annotations__', (self) => {
  const t = self as PyType;
  heapOnly(t, '__annotations__');
  const own = t.attrs.get('__annotations__') ?? t.attrs.get('__annotations_cache__');
  if (own !== undefined) return bindToClass(own, t);
  const annotate = getAttr(t, '__annotate__');
  let annotations: PyValue;
  if (isCallable(annotate)) {
    annotations = callObject(annotate, [1]);
    if (!(annotations instanceof PyDict)) throw typeError(`__annotate__ returned non-dict of type '${typeName(annotations)}'`);
  } else {
    annotations = new PyDict();
  }
  t.setAttr('__annotations_cache__', annotations);
  return annotations;
}, (self, v) => {
  const t = self as PyType;
  if (!t.isHeap) throw typeError(`cannot set '__annotations__' attribute of immutable type '${tpName(t)}'`);
  if (v !== null) t.setAttr('__annotations_cache__', v);
  else if (!t.deleteAttr('__annotations_cache__')) throw attributeError('__annotations__');
  t.deleteAttr('__annotate_func__');
  t.deleteAttr('__annotate__');
});
// The layout numbers (type_layout.ts): read-only T_PYSSIZET / T_ULONG members of type.
const layoutMember = (name: string, pick: (l: Layout) => number): void => {
  defMember(typeType, name, (self) => pick(typeLayout(self as PyType, solidBaseType)));
};
layoutMember('__basicsize__', (l) => l.basicsize);
layoutMember('__itemsize__', (l) => l.itemsize);
layoutMember('__flags__', (l) => l.flags);
layoutMember('__weakrefoffset__', (l) => l.weakrefoffset);
layoutMember('__dictoffset__', (l) => l.dictoffset);
defGetSet(typeType, '__abstractmethods__', (self) => {
  const v = (self as PyType).attrs.get('__abstractmethods__');
  if (v === undefined) throw noAttribute(self, '__abstractmethods__');
  return v;
}, (self, v) => {
  const t = self as PyType;
  if (v === null) t.deleteAttr('__abstractmethods__');
  else t.setAttr('__abstractmethods__', v);
});

export { bindArgs, str, PyObject };
