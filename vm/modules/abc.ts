// The _abc module (CPython's Modules/_abc.c): the machinery behind abc.ABCMeta (per-class registry and
// subclass caches, __abstractmethods__, the pattern-matching kind of collections.abc.Sequence/Mapping).
//
// abc.py imports it over the pure-Python _py_abc, and which one runs is observable: typing's protocol
// checks only trust isinstance()/issubclass() calls coming from the `abc` module's frames, classes carry
// `_abc_impl` rather than four `_abc_*` attributes, and registering a class with Sequence or Mapping
// makes it match sequence or mapping patterns.
//
// Weak sets: pyrewind's weak references keep their referents alive (see weakref.ts), so the registry and
// caches hold the classes directly (by identity); _get_dump wraps them in weak references as CPython's
// sets of weak references would. The invalidation counter lives in the module object of one run, never
// in a JS global, so that separate runs in one process do not share it.

import { PyObject, PyType, PyValue, makeBuiltinType, objectType, typeOf, COLLECTION_FLAGS } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyNativeFunction, noKwargs, oneArg } from '../objects/native.js';
import { PyList } from '../objects/list.js';
import { PySet, frozensetType, newSet } from '../objects/set.js';
import { PyTuple } from '../objects/tuple.js';
import { None, NotImplemented } from '../objects/singletons.js';
import { getAttr, getAttrOrUndefined, setAttr } from '../runtime/attributes.js';
import { callObject } from '../runtime/call.js';
import { toArray, truthy } from '../runtime/protocols.js';
import { assertionError, overflowError, runtimeError, typeError } from '../runtime/raise.js';
import { isSubclassCheck } from './builtins.js';
import { refType } from './weakref.js';
import { registerNativeModule } from './registry.js';

export const abcDataType = makeBuiltinType('_abc_data', objectType, '_abc');
abcDataType.isBaseType = false;
abcDataType.doc = 'Internal state held by ABC machinery.';

/** The state of one ABC (CPython's _abc_data): virtual subclasses and the two subclass caches. */
class AbcData extends PyObject {
  readonly registry = new Set<PyValue>();
  readonly cache = new Set<PyValue>();
  readonly negativeCache = new Set<PyValue>();
  constructor(public negativeCacheVersion: number) {
    super(abcDataType);
  }
}

/** One run's module state: the counter bumped by every register() (abc.get_cache_token()). */
interface AbcState {
  invalidationCounter: number;
}

function getImpl(self: PyValue): AbcData {
  const impl = getAttr(self, '_abc_impl');
  if (!(impl instanceof AbcData)) throw typeError('_abc_impl is set to a wrong type');
  return impl;
}

/** _PyObject_IsAbstract: a true __isabstractmethod__ attribute. */
function isAbstract(v: PyValue): boolean {
  const a = getAttrOrUndefined(v, '__isabstractmethod__');
  return a !== undefined && truthy(a);
}

function attrName(key: PyValue): string {
  if (typeof key !== 'string') throw typeError(`attribute name must be string, not '${typeOf(key).name}'`);
  return key;
}

/** compute_abstract_methods: the class's own abstract members plus inherited ones still abstract. */
function computeAbstractMethods(self: PyValue): void {
  const abstracts = newSet([], frozensetType);
  const ns = getAttr(self, '__dict__');
  for (const item of toArray(callObject(getAttr(ns, 'items'), []))) {
    const pair = toArray(item);
    if (pair.length !== 2) throw typeError('items() returned item which size is not 2');
    if (isAbstract(pair[1])) abstracts.add(pair[0]);
  }
  const bases = getAttr(self, '__bases__');
  if (!(bases instanceof PyTuple)) throw typeError('__bases__ is not tuple');
  for (const base of bases.items) {
    const inherited = getAttrOrUndefined(base, '__abstractmethods__');
    if (inherited === undefined) continue;
    for (const key of toArray(inherited)) {
      const value = getAttrOrUndefined(self, attrName(key));
      if (value !== undefined && isAbstract(value)) abstracts.add(key);
    }
  }
  setAttr(self, '__abstractmethods__', abstracts);
}

/** set_collection_flag_recursive: a registered class (and its subclasses) takes the ABC's kind. */
function setCollectionFlagRecursive(child: PyType, flag: number): void {
  if (!child.isUserClass || (child.collectionFlags & COLLECTION_FLAGS) === flag) return;
  child.collectionFlags = (child.collectionFlags & ~COLLECTION_FLAGS) | flag;
  for (const grandchild of child.subclasses.slice()) setCollectionFlagRecursive(grandchild, flag);
}

function abcInit(st: AbcState, self: PyValue): PyValue {
  computeAbstractMethods(self);
  setAttr(self, '_abc_impl', new AbcData(st.invalidationCounter));
  // __abc_tpflags__ (set in collections.abc) becomes the class's pattern-matching kind and leaves its dict.
  if (self instanceof PyType) {
    const flags = self.attrs.get('__abc_tpflags__');
    if (flags === undefined) return None;
    self.deleteAttr('__abc_tpflags__');
    if (typeof flags !== 'number' && typeof flags !== 'bigint') return None;
    if (typeof flags === 'bigint') throw overflowError('Python int too large to convert to C long');
    if ((flags & COLLECTION_FLAGS) === COLLECTION_FLAGS) {
      throw typeError('__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING');
    }
    self.collectionFlags |= flags & COLLECTION_FLAGS;
  }
  return None;
}

function abcRegister(st: AbcState, self: PyValue, subclass: PyValue): PyValue {
  if (!(subclass instanceof PyType)) throw typeError('Can only register classes');
  if (isSubclassCheck(subclass, self)) return subclass; // already a subclass
  // Cycles are tested *after* "already a subclass", so X.register(X) is a no-op.
  if (isSubclassCheck(self, subclass)) throw runtimeError('Refusing to create an inheritance cycle');
  getImpl(self).registry.add(subclass);
  st.invalidationCounter++;
  if (self instanceof PyType) {
    const flag = self.collectionFlags & COLLECTION_FLAGS;
    if (flag !== 0) setCollectionFlagRecursive(subclass, flag);
  }
  return subclass;
}

function callSubclassCheck(self: PyValue, cls: PyValue): PyValue {
  return callObject(getAttr(self, '__subclasscheck__'), [cls]);
}

function abcInstanceCheck(st: AbcState, self: PyValue, instance: PyValue): PyValue {
  const impl = getImpl(self);
  const subclass = getAttr(instance, '__class__');
  if (impl.cache.has(subclass)) return true;
  const subtype = typeOf(instance);
  if (subtype === subclass) {
    if (impl.negativeCacheVersion === st.invalidationCounter && impl.negativeCache.has(subclass)) return false;
    return callSubclassCheck(self, subclass);
  }
  const result = callSubclassCheck(self, subclass);
  return truthy(result) ? result : callSubclassCheck(self, subtype);
}

function abcSubclassCheck(st: AbcState, self: PyValue, subclass: PyValue): PyValue {
  if (!(subclass instanceof PyType)) throw typeError('issubclass() arg 1 must be a class');
  const impl = getImpl(self);
  // 1. The positive cache.
  if (impl.cache.has(subclass)) return true;
  // 2. The negative cache, emptied first if a register() happened since it was filled.
  const counter = st.invalidationCounter;
  if (impl.negativeCacheVersion < counter) {
    impl.negativeCache.clear();
    impl.negativeCacheVersion = counter;
  } else if (impl.negativeCache.has(subclass)) {
    return false;
  }
  // 3. The subclass hook.
  const ok = callObject(getAttr(self, '__subclasshook__'), [subclass]);
  if (ok === true) {
    impl.cache.add(subclass);
    return true;
  }
  if (ok === false) {
    impl.negativeCache.add(subclass);
    return false;
  }
  if (ok !== NotImplemented) throw assertionError('__subclasshook__ must return either False, True, or NotImplemented');
  // 4. A real subclass.
  if (self instanceof PyType && subclass.isSubtypeOf(self)) {
    impl.cache.add(subclass);
    return true;
  }
  // 5. A subclass of a registered class (the registry itself is a fast path that does not cache).
  if (impl.registry.has(subclass)) return true;
  for (const registered of [...impl.registry]) {
    if (isSubclassCheck(subclass, registered)) {
      impl.cache.add(subclass);
      return true;
    }
  }
  // 6. A subclass of a subclass.
  const subclasses = callObject(getAttr(self, '__subclasses__'), []);
  if (!(subclasses instanceof PyList)) throw typeError('__subclasses__() must return a list');
  for (const scls of subclasses.items.slice()) {
    if (isSubclassCheck(subclass, scls)) {
      impl.cache.add(subclass);
      return true;
    }
  }
  impl.negativeCache.add(subclass);
  return false;
}

/** A new set of weak references to `items`, as CPython's weak sets hold them. */
function weakSet(items: Set<PyValue>): PySet {
  return newSet([...items].map((v) => callObject(refType, [v])));
}

export function makeAbc(): PyModule {
  const mod = new PyModule('_abc');
  const st: AbcState = { invalidationCounter: 0 };
  const d = mod.dict;
  d.setStr('__doc__', 'Module contains faster C implementation of abc.ABCMeta');
  const one = (name: string, fn: (self: PyValue) => PyValue): void => {
    d.setStr(name, new PyNativeFunction(name, (args, kw) => fn(oneArg(`_abc.${name}`, args, kw)), mod));
  };
  const two = (name: string, fn: (self: PyValue, other: PyValue) => PyValue): void => {
    d.setStr(name, new PyNativeFunction(name, (args, kw) => {
      noKwargs(name, kw);
      if (args.length !== 2) throw typeError(`${name} expected 2 arguments, got ${args.length}`);
      return fn(args[0], args[1]);
    }, mod));
  };
  d.setStr('get_cache_token', new PyNativeFunction('get_cache_token', (args, kw) => {
    noKwargs('get_cache_token', kw);
    if (args.length !== 0) throw typeError(`_abc.get_cache_token() takes no arguments (${args.length} given)`);
    return st.invalidationCounter;
  }, mod));
  one('_abc_init', (self) => abcInit(st, self));
  one('_reset_registry', (self) => {
    getImpl(self).registry.clear();
    return None;
  });
  one('_reset_caches', (self) => {
    const impl = getImpl(self);
    impl.cache.clear();
    impl.negativeCache.clear();
    return None;
  });
  one('_get_dump', (self) => {
    const impl = getImpl(self);
    return new PyTuple([weakSet(impl.registry), weakSet(impl.cache), weakSet(impl.negativeCache), impl.negativeCacheVersion]);
  });
  two('_abc_register', (a, b) => abcRegister(st, a, b));
  two('_abc_instancecheck', (a, b) => abcInstanceCheck(st, a, b));
  two('_abc_subclasscheck', (a, b) => abcSubclassCheck(st, a, b));
  return mod;
}

registerNativeModule('_abc', makeAbc);
