// The _weakref module (CPython's Modules/_weakref.c and Objects/weakrefobject.c): ref (ReferenceType),
// proxy (ProxyType, CallableProxyType), getweakrefcount, getweakrefs and _remove_dead_weakref.
//
// Referents die when the program can no longer reach them (vm/runtime/lifetime): an object with a weak
// reference that has a callback is watched after every instruction, so the callback runs when CPython's
// would (WeakValueDictionary, WeakSet and weakref.finalize rely on that); an object with only plain
// references is checked when one is used (calling it, a proxy's operation, getweakrefcount). A weak
// reference holds its referent in `weakTarget`, which the reachability walk does not follow.
// ReferenceType is subclassable (weakref.KeyedRef, WeakMethod).
//
// Proxy types are marked as heap types only so that the VM's attribute machinery honours their
// __getattribute__/__setattr__/__delattr__ (which forward to the referent); they cannot be subclassed.

import { PyObject, PyInstance, PyType, PyValue, makeBuiltinType, objectType, typeOf, intType } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import {
  PyNativeFunction, defMethod, defNew, defGetSet, defClassMethod, argRange, noKwargs, oneArg,
} from '../objects/native.js';
import { PyDict } from '../objects/dict.js';
import { PyList, listType } from '../objects/list.js';
import { None, NotImplemented } from '../objects/singletons.js';
import { tupleType } from '../objects/tuple.js';
import { bytesType } from '../objects/bytes.js';
import { floatType } from '../objects/float.js';
import {
  Cmp, asIndex, contains, delItem, getItem, getIter, hash, isIterator, iterNext, len, objectId, richCompare, repr, setItem, str, truthy,
} from '../runtime/protocols.js';
import { delAttr, getAttr, lookupSpecial, setAttr } from '../runtime/attributes.js';
import { callObject } from '../runtime/call.js';
import { binaryOp, unaryInvert, unaryNegative, unaryPositive } from '../runtime/operators.js';
import { typeError } from '../runtime/raise.js';
import { PyBaseException, StopIteration, exceptionType } from '../objects/exceptions.js';
import type { PyInt } from '../numeric/int_math.js';
import { currentInterpreter } from '../runtime/interpreter.js';
import { genericAlias } from './collections.js';
import { registerNativeModule } from './registry.js';
import { writeUnraisable } from './unraisable.js';
import { setWeakrefClearer } from '../runtime/lifetime/finalizers.js';
import type { Interpreter } from '../runtime/interpreter.js';

// ---- which objects can be weakly referenced ------------------------------------------------------

/** Built-in types whose instances carry a weak reference list in CPython (by tp_name). */
const WEAKREFABLE_BUILTINS = new Set([
  'type', 'function', 'builtin_function_or_method', 'method', 'set', 'frozenset', 'module', 'generator',
  'coroutine', 'async_generator', 'code', 'memoryview', 'collections.deque', 'collections.OrderedDict',
  'functools.partial', 'functools._lru_cache_wrapper', '_thread.lock', '_thread.RLock', '_thread._local',
  're.Pattern', '_io.TextIOWrapper', '_io.BufferedReader', '_io.BufferedWriter', '_io.BufferedRandom',
  '_io.FileIO', '_io.StringIO', '_io.BytesIO', '_io.BufferedIOBase', '_io._IOBase', '_io._RawIOBase',
  '_io._TextIOBase', '_io._BufferedIOBase', 'zoneinfo.ZoneInfo', '_queue.SimpleQueue',
  // CPython makes ExceptionGroup at startup as a heap type (a class statement's), with __weakref__.
  'ExceptionGroup',
]);

/** CPython's tp_name: the bare name for classes and builtins, 'module.name' for other C types. */
export function tpName(t: PyType): string {
  return t.isHeap || t.module === 'builtins' ? t.name : `${t.module}.${t.name}`;
}

/** The type name as %T prints it: qualified by module unless builtins or __main__. */
function fullyQualifiedName(t: PyType): string {
  const mod = t.module;
  return mod === 'builtins' || mod === '__main__' ? t.qualname : `${mod}.${t.qualname}`;
}

function slotsInclude(slots: PyValue, name: string): boolean {
  if (typeof slots === 'string') return slots === name;
  if (slots instanceof PyObject && (slots.cls === tupleType || slots.cls === listType)) {
    return (slots as unknown as { items: PyValue[] }).items.includes(name);
  }
  return false;
}

function canWeakref(v: PyValue): boolean {
  if (typeof v !== 'object') return false;
  if (v instanceof PyType) return true;
  const t = v.cls;
  // Variable-sized instance layouts leave no room for a weak reference list, even in subclasses.
  if (t.isSubtypeOf(intType) || t.isSubtypeOf(tupleType) || t.isSubtypeOf(bytesType)) return false;
  for (const c of t.mro) {
    if (c.isHeap) {
      const slots = c.attrs.get('__slots__');
      if (slots === undefined || slotsInclude(slots, '__weakref__')) return true;
    } else if (c === refType) {
      // A ref subclass with __slots__ only gets a weak reference list if it asks (WeakMethod).
      return false;
    } else if (WEAKREFABLE_BUILTINS.has(tpName(c))) {
      return true;
    }
  }
  return false;
}

function checkWeakrefable(v: PyValue): void {
  if (!canWeakref(v)) throw typeError(`cannot create weak reference to '${tpName(typeOf(v))}' object`);
}

// ---- the registry of references to each object ---------------------------------------------------

/**
 * Every ref and proxy to an object, in CPython's list order (plain ref first, then plain proxy). A
 * WeakMap: the registry itself must not keep anything alive (nor is it walked).
 */
const registry = new WeakMap<PyObject, PyObject[]>();

function refsTo(obj: PyValue): PyObject[] | undefined {
  return typeof obj === 'object' ? registry.get(obj) : undefined;
}

/** The refs and proxies to `obj` that are themselves still alive (a dropped ref leaves the list). */
function liveRefsTo(obj: PyValue): PyObject[] {
  const refs = refsTo(obj);
  if (refs === undefined || typeof obj !== 'object') return [];
  // `obj` is the call's own argument, so it is alive: only the references themselves may have died.
  return currentInterpreter().lifetime.aliveAmong(refs, [obj]);
}

function addRef(obj: PyObject, ref: PyObject, position: 'first' | 'afterFirst' | 'last'): void {
  let list = registry.get(obj);
  if (list === undefined) {
    list = [];
    registry.set(obj, list);
  }
  if (position === 'first') list.unshift(ref);
  else if (position === 'afterFirst' && list.length > 0 && isBasicRef(list[0])) list.splice(1, 0, ref);
  else if (position === 'afterFirst') list.unshift(ref);
  else list.push(ref);
}

function isBasicRef(r: PyObject): boolean {
  return r instanceof PyWeakRef && r.cls === refType && r.callback === None;
}

function isBasicProxy(r: PyObject): boolean {
  return r instanceof PyWeakProxy && r.callback === None;
}

// ---- ReferenceType ---------------------------------------------------------------------------------

export const refType = makeBuiltinType('ReferenceType', objectType, 'weakref');

export class PyWeakRef extends PyInstance {
  hashValue: PyInt | null = null;
  constructor(
    cls: PyType,
    /** The referent; null once it died. Not followed by the reachability walk. */
    public weakTarget: PyObject | null,
    public callback: PyValue,
  ) {
    super(cls);
  }
}

/**
 * The referent of a ref or proxy, or null if it died. `self` and `args` are the call's own (JavaScript
 * held, so the lifetime check must count them as referenced).
 */
function targetOf(r: PyWeakRef | PyWeakProxy, args: PyValue[] = []): PyObject | null {
  const t = r.weakTarget;
  if (t !== null) currentInterpreter().lifetime.confirmAlive(t, [r, ...args]);
  return r.weakTarget;
}

/** Watch the referent of a new weak reference (at once if it has a callback, else when used). */
function watchReferent(target: PyObject, callback: PyValue): void {
  const lifetime = currentInterpreter().lifetime;
  if (callback !== None) lifetime.watch(target);
  else lifetime.watchLazily(target);
}

/**
 * The referent died (called by the lifetime module): every ref and proxy to it goes dead, then the
 * callbacks of those that are still alive themselves run, the most recently made first.
 */
function clearWeakrefs(interp: Interpreter, o: PyObject, alive: (x: object) => boolean): void {
  const list = registry.get(o);
  if (list === undefined) return;
  registry.delete(o);
  const callbacks: [PyObject, PyValue][] = [];
  for (const r of list) {
    const ref = r as PyWeakRef | PyWeakProxy;
    ref.weakTarget = null;
    if (ref.callback !== None && alive(ref)) callbacks.push([ref, ref.callback]);
    ref.callback = None;
  }
  for (let i = callbacks.length - 1; i >= 0; i--) {
    const [ref, cb] = callbacks[i];
    try {
      callObject(cb, [ref]);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      writeUnraisable(interp, e, () => `Exception ignored while calling weakref callback ${repr(cb)}`);
    }
  }
}
setWeakrefClearer(clearWeakrefs);

function newRef(cls: PyType, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  noKwargs('ref', kwargs);
  argRange('__new__', args, null, 1, 2);
  const ob = args[0];
  const callback = args.length > 1 ? args[1] : None;
  checkWeakrefable(ob);
  const target = ob as PyObject;
  const basic = cls === refType && callback === None;
  if (basic) {
    const existing = registry.get(target)?.find(isBasicRef);
    if (existing !== undefined) return existing;
  }
  const r = new PyWeakRef(cls, target, callback);
  addRef(target, r, basic ? 'first' : 'last');
  watchReferent(target, callback);
  return r;
}
refType.allocate = null;
defNew(refType, newRef);

const wr = (v: PyValue): PyWeakRef => v as PyWeakRef;

defMethod(refType, '__init__', (_self, args, kwargs) => {
  noKwargs('ref', kwargs);
  argRange('__init__', args, null, 1, 2);
  return None;
});
defMethod(refType, '__call__', (self, args, kwargs) => {
  noKwargs('weakref', kwargs);
  argRange('weakref', args, null, 0, 0);
  return targetOf(wr(self)) ?? None;
});
defMethod(refType, '__hash__', (self) => {
  const r = wr(self);
  if (r.hashValue === null) {
    const t = targetOf(r);
    if (t === null) throw typeError('weak object has gone away');
    r.hashValue = hash(t);
  }
  return r.hashValue;
});
function refCompare(op: Cmp.EQ | Cmp.NE): (self: PyValue, args: PyValue[]) => PyValue {
  return (self, args) => {
    const other = args[0];
    if (!(other instanceof PyWeakRef)) return NotImplemented;
    const a = targetOf(wr(self), args);
    const b = targetOf(other, [self]);
    // Once either is dead, references are equal only to themselves.
    if (a === null || b === null) return op === Cmp.EQ ? self === other : self !== other;
    return richCompare(a, b, op);
  };
}
defMethod(refType, '__eq__', refCompare(Cmp.EQ));
defMethod(refType, '__ne__', refCompare(Cmp.NE));
defMethod(refType, '__repr__', (self) => {
  const r = wr(self);
  const obj = targetOf(r);
  if (obj === null) return `<weakref at ${address(self)}; dead>`;
  let name: PyValue | undefined;
  try {
    name = lookupSpecial(obj, '__name__');
  } catch {
    name = undefined;
  }
  const head = `<weakref at ${address(self)}; to '${fullyQualifiedName(obj.cls)}' at ${address(obj)}`;
  return typeof name === 'string' ? `${head} (${name})>` : `${head}>`;
});
defGetSet(refType, '__callback__', (self) => wr(self).callback);
defClassMethod(refType, '__class_getitem__', (cls, args) => genericAlias(cls, oneArg('__class_getitem__', args, null)));

function address(v: PyValue): string {
  return `0x${objectId(v).toString(16)}`;
}

// ---- proxies ---------------------------------------------------------------------------------------

export const proxyType = makeBuiltinType('ProxyType', objectType, 'weakref');
export const callableProxyType = makeBuiltinType('CallableProxyType', objectType, 'weakref');

export class PyWeakProxy extends PyObject {
  constructor(
    cls: PyType,
    /** The referent; null once it died. Not followed by the reachability walk. */
    public weakTarget: PyObject | null,
    public callback: PyValue,
  ) {
    super(cls);
  }
}

/** The referent of a proxy; ReferenceError once it died. */
function proxyTarget(v: PyValue, args: PyValue[] = []): PyObject {
  const t = targetOf(v as PyWeakProxy, args);
  if (t === null) throw new PyBaseException(exceptionType('ReferenceError'), ['weakly-referenced object no longer exists']);
  return t;
}

function newProxy(args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  noKwargs('proxy', kwargs);
  argRange('proxy', args, null, 1, 2);
  const ob = args[0];
  const callback = args.length > 1 ? args[1] : None;
  checkWeakrefable(ob);
  const target = ob as PyObject;
  if (callback === None) {
    const existing = registry.get(target)?.find(isBasicProxy);
    if (existing !== undefined) return existing;
  }
  const callable = typeOf(target).lookup('__call__') !== undefined;
  const p = new PyWeakProxy(callable ? callableProxyType : proxyType, target, callback);
  addRef(target, p, callback === None ? 'afterFirst' : 'last');
  watchReferent(target, callback);
  return p;
}

/** The object behind a proxy (ReferenceError if it died), or the value itself. */
function unwrap(v: PyValue): PyValue {
  return v instanceof PyWeakProxy ? proxyTarget(v) : v;
}

const BINARY_DUNDERS = [
  'add', 'and', 'floordiv', 'lshift', 'matmul', 'mul', 'mod', 'or', 'pow', 'rshift', 'sub', 'truediv', 'xor',
];

function defineProxyType(t: PyType): void {
  t.isHeap = true;
  t.isBaseType = false;
  t.attrs.set('__hash__', None);
  const p = (v: PyValue): PyObject => proxyTarget(v);
  defMethod(t, '__getattribute__', (self, args) => {
    const name = oneArg('__getattribute__', args, null);
    if (typeof name !== 'string') throw typeError(`attribute name must be string, not '${typeOf(name).name}'`);
    return getAttr(p(self), name);
  });
  defMethod(t, '__setattr__', (self, args) => {
    argRange('__setattr__', args, null, 2, 2);
    if (typeof args[0] !== 'string') throw typeError(`attribute name must be string, not '${typeOf(args[0]).name}'`);
    setAttr(p(self), args[0], args[1]);
    return None;
  });
  defMethod(t, '__delattr__', (self, args) => {
    const name = oneArg('__delattr__', args, null);
    if (typeof name !== 'string') throw typeError(`attribute name must be string, not '${typeOf(name).name}'`);
    delAttr(p(self), name);
    return None;
  });
  defMethod(t, '__repr__', (self) => {
    const obj = targetOf(self as PyWeakProxy);
    if (obj === null) return `<weakproxy at ${address(self)}; dead>`;
    return `<weakproxy at ${address(self)}; to '${fullyQualifiedName(obj.cls)}' at ${address(obj)}>`;
  });
  defMethod(t, '__str__', (self) => str(p(self)));
  defMethod(t, '__bytes__', (self) => callObject(getAttr(p(self), '__bytes__'), []));
  defMethod(t, '__bool__', (self) => truthy(p(self)));
  defMethod(t, '__len__', (self) => len(p(self)));
  defMethod(t, '__getitem__', (self, args) => getItem(p(self), oneArg('__getitem__', args, null)));
  defMethod(t, '__setitem__', (self, args) => {
    argRange('__setitem__', args, null, 2, 2);
    setItem(p(self), args[0], args[1]);
    return None;
  });
  defMethod(t, '__delitem__', (self, args) => {
    delItem(p(self), oneArg('__delitem__', args, null));
    return None;
  });
  defMethod(t, '__contains__', (self, args) => contains(p(self), oneArg('__contains__', args, null)));
  defMethod(t, '__iter__', (self) => getIter(p(self)));
  defMethod(t, '__next__', (self) => {
    const obj = p(self);
    if (!isIterator(obj)) {
      throw typeError(`Weakref proxy referenced a non-iterator '${tpName(obj.cls)}' object`);
    }
    const v = iterNext(obj);
    if (v === undefined) throw new PyBaseException(StopIteration, []);
    return v;
  });
  defMethod(t, '__reversed__', (self) => callObject(getAttr(p(self), '__reversed__'), []));
  const cmps: [string, Cmp][] = [
    ['__lt__', Cmp.LT], ['__le__', Cmp.LE], ['__eq__', Cmp.EQ], ['__ne__', Cmp.NE], ['__gt__', Cmp.GT], ['__ge__', Cmp.GE],
  ];
  for (const [name, op] of cmps) {
    defMethod(t, name, (self, args) => richCompare(p(self), unwrap(oneArg(name, args, null)), op));
  }
  BINARY_DUNDERS.forEach((d, op) => {
    defMethod(t, `__${d}__`, (self, args) => binaryOp(op, p(self), unwrap(oneArg(`__${d}__`, args, null))));
    defMethod(t, `__r${d}__`, (self, args) => binaryOp(op, unwrap(oneArg(`__r${d}__`, args, null)), p(self)));
    defMethod(t, `__i${d}__`, (self, args) => binaryOp(op + 13, p(self), unwrap(oneArg(`__i${d}__`, args, null))));
  });
  defMethod(t, '__divmod__', (self, args) => callDivmod(p(self), unwrap(oneArg('__divmod__', args, null))));
  defMethod(t, '__rdivmod__', (self, args) => callDivmod(unwrap(oneArg('__rdivmod__', args, null)), p(self)));
  defMethod(t, '__neg__', (self) => unaryNegative(p(self)));
  defMethod(t, '__pos__', (self) => unaryPositive(p(self)));
  defMethod(t, '__invert__', (self) => unaryInvert(p(self)));
  defMethod(t, '__abs__', (self) => callBuiltin('abs', p(self)));
  defMethod(t, '__int__', (self) => callObject(intType, [p(self)]));
  defMethod(t, '__float__', (self) => callObject(floatType, [p(self)]));
  defMethod(t, '__index__', (self) => asIndex(p(self)));
}

function callBuiltin(name: string, ...args: PyValue[]): PyValue {
  const f = currentInterpreter().builtins.getStr(name);
  if (f === undefined) throw typeError(`${name}() is not available`);
  return callObject(f, args);
}

function callDivmod(a: PyValue, b: PyValue): PyValue {
  return callBuiltin('divmod', a, b);
}

defineProxyType(proxyType);
defineProxyType(callableProxyType);
defMethod(callableProxyType, '__call__', (self, args, kwargs) => callObject(proxyTarget(self, args), args, kwargs));

// ---- the module ------------------------------------------------------------------------------------

function makeWeakref(): PyModule {
  const mod = new PyModule('_weakref');
  const d = mod.dict;
  const def = (name: string, fn: (args: PyValue[], kw: Map<string, PyValue> | null) => PyValue): void => {
    d.setStr(name, new PyNativeFunction(name, fn, mod));
  };
  d.setStr('ref', refType);
  d.setStr('ReferenceType', refType);
  d.setStr('ProxyType', proxyType);
  d.setStr('CallableProxyType', callableProxyType);
  def('proxy', newProxy);
  def('getweakrefcount', (args, kw) => liveRefsTo(oneArg('getweakrefcount', args, kw)).length);
  def('getweakrefs', (args, kw) => new PyList(liveRefsTo(oneArg('getweakrefs', args, kw))));
  def('_remove_dead_weakref', (args, kw) => {
    argRange('_remove_dead_weakref', args, kw, 2, 2);
    const dct = args[0];
    if (!(dct instanceof PyDict)) {
      throw typeError(`_remove_dead_weakref() argument 1 must be dict, not ${typeOf(dct).name}`);
    }
    // Remove dct[key] if it is still a dead weak reference (the callback of WeakValueDictionary).
    const v = dct.get(args[1]);
    if (v instanceof PyWeakRef && targetOf(v) === null) dct.delete(args[1]);
    return None;
  });
  return mod;
}

registerNativeModule('_weakref', makeWeakref);
