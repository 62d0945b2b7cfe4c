// The _functools module (CPython's Modules/_functoolsmodule.c): reduce, cmp_to_key (KeyWrapper),
// partial with 3.14's Placeholder, and _lru_cache_wrapper (the engine under lru_cache and cache).
// functools.py from CPython's stdlib imports these and keeps everything else (wraps, total_ordering,
// singledispatch, partialmethod, cached_property) in Python.
//
// Behaviour, argument checking and messages follow CPython 3.14. This file must not change how
// calls are dispatched: a partial or cached function is an object with __call__ and __get__.

import { PyObject, PyType, PyValue, PyInstance, makeBuiltinType, typeOf, objectType } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyDict, dictType } from '../objects/dict.js';
import { PyTuple, tuple, emptyTuple } from '../objects/tuple.js';
import { PyMethod } from '../objects/function.js';
import { None } from '../objects/singletons.js';
import {
  PyNativeFunction, PyMethodDescriptor, type Forwarded, defMethod, defNew, defGetSet, defClassMethod, bindArgs, noArgs, oneArg,
} from '../objects/native.js';
import { defMember } from '../objects/member_descriptor.js';
import { instanceDictGetSet } from '../objects/object_methods.js';
import { PyBaseException, TypeError as TypeErrorType } from '../objects/exceptions.js';
import { repr, str, getIter, iterNext, truthy, asIndex, richCompare, withReprGuard, Cmp } from '../runtime/protocols.js';
import { callObject, isCallable } from '../runtime/call.js';
import { getAttr } from '../runtime/attributes.js';
import { typeError, attributeError, overflowError } from '../runtime/raise.js';
import { unexpectedKeywordMessage } from '../runtime/keyword_suggestion.js';
import { registerNativeModule } from './registry.js';
import { genericAlias } from './collections.js';

type Args = PyValue[];
type Kw = Map<string, PyValue> | null;

function moduleOf(t: PyType): string {
  const m = t.attrs.get('__module__');
  return typeof m === 'string' ? m : t.module;
}

// ---- Placeholder --------------------------------------------------------------------------------------

export const placeholderType = makeBuiltinType('_PlaceholderType', objectType, 'functools');
placeholderType.isBaseType = false;
placeholderType.doc = 'The type of the Placeholder singleton.\n\nUsed as a placeholder for partial arguments.';
export const Placeholder = new PyObject(placeholderType);

defNew(placeholderType, (_cls, args, kw) => {
  if (args.length > 0 || (kw !== null && kw.size > 0)) throw typeError('PlaceholderType takes no arguments');
  return Placeholder;
});
defMethod(placeholderType, '__repr__', () => 'Placeholder');
defMethod(placeholderType, '__reduce__', (_self, args, kw) => {
  noArgs('_PlaceholderType.__reduce__', args, kw);
  return 'Placeholder';
});

// ---- partial --------------------------------------------------------------------------------------------

export class PyPartial extends PyObject {
  fn: PyValue = None;
  args: PyTuple = emptyTuple;
  kw: PyDict = new PyDict();
  phcount = 0;
}

export const partialType = makeBuiltinType('partial', objectType, 'functools');
partialType.allocate = (cls) => new PyPartial(cls);
partialType.hasInstanceDict = true;
partialType.doc = 'Create a new function with partial application of the given arguments\nand keywords.';
instanceDictGetSet(partialType);

const P = (v: PyValue): PyPartial => v as PyPartial;

function countPlaceholders(items: PyValue[]): number {
  // A trailing Placeholder is rejected before this is used, so the last item is never counted.
  let n = 0;
  for (let i = 0; i < items.length - 1; i++) if (items[i] === Placeholder) n++;
  return n;
}

function partialNew(cls: PyType, args: Args, kw: Kw): PyValue {
  if (args.length < 1) throw typeError("type 'partial' takes at least one argument");
  let func = args[0];
  if (!isCallable(func)) throw typeError('the first argument must be callable');
  const newArgs = args.slice(1);
  const nNew = newArgs.length;
  if (nNew > 0 && newArgs[nNew - 1] === Placeholder) throw typeError('trailing Placeholders are not allowed');
  if (kw !== null) {
    for (const v of kw.values()) {
      if (v === Placeholder) throw typeError('Placeholder cannot be passed as a keyword argument');
    }
  }
  let ptoArgs: PyValue[] | null = null;
  let ptoKw: PyDict | null = null;
  let ptoPhcount = 0;
  // Flatten a partial of a partial, unless the inner one carries instance attributes.
  if (func instanceof PyPartial && func.dict === null) {
    ptoArgs = func.args.items;
    ptoKw = func.kw;
    ptoPhcount = func.phcount;
    func = func.fn;
  }
  const pto = new PyPartial(cls);
  pto.fn = func;
  const phcount = countPlaceholders(newArgs);
  if (ptoPhcount > 0 && nNew > 0) {
    // Fill the inner partial's placeholders with the new arguments, left to right.
    const npargs = ptoArgs!.length;
    const total = npargs + (nNew > ptoPhcount ? nNew - ptoPhcount : 0);
    const merged = new Array<PyValue>(total);
    let remaining = ptoPhcount;
    for (let i = 0, j = 0; i < total; i++) {
      if (i < npargs) {
        let item = ptoArgs![i];
        if (j < nNew && item === Placeholder) {
          item = newArgs[j++];
          remaining--;
        }
        merged[i] = item;
      } else {
        merged[i] = newArgs[j++];
      }
    }
    pto.args = tuple(merged);
    pto.phcount = remaining + phcount;
  } else if (ptoArgs === null) {
    pto.args = tuple(newArgs);
    pto.phcount = phcount;
  } else {
    pto.args = tuple(ptoArgs.concat(newArgs));
    pto.phcount = ptoPhcount + phcount;
  }
  const d = new PyDict();
  if (ptoKw !== null) ptoKw.copyInto(d);
  if (kw !== null) for (const [k, v] of kw) d.setStr(k, v);
  pto.kw = d;
  return pto;
}

/** Keyword arguments for a call from a partial's dict: keys must be strings. */
function kwMap(d: PyDict, extra: Kw): Kw {
  if (d.size === 0) return extra;
  const m = new Map<string, PyValue>();
  for (const [k, v] of d.entries()) {
    if (typeof k !== 'string') throw typeError('keywords must be strings');
    m.set(k, v);
  }
  if (extra !== null) for (const [k, v] of extra) m.set(k, v);
  return m;
}

function partialCall(self: PyValue, args: Args, kw: Kw): PyValue {
  const f = partialForward(self, args, kw);
  return callObject(f.fn, f.args, f.kwargs);
}

/** The call a partial makes: its function, with the stored arguments merged with the given ones. */
function partialForward(self: PyValue, args: Args, kw: Kw): Forwarded {
  const pto = P(self);
  const phcount = pto.phcount;
  const nargs = args.length;
  if (nargs < phcount) {
    throw typeError(`missing positional arguments in 'partial' call; expected at least ${phcount}, got ${nargs}`);
  }
  const stored = pto.args.items;
  let all: PyValue[];
  if (phcount > 0) {
    all = new Array<PyValue>(stored.length + nargs - phcount);
    let j = 0;
    for (let i = 0; i < stored.length; i++) {
      const item = stored[i];
      all[i] = item === Placeholder ? args[j++] : item;
    }
    for (let i = stored.length; i < all.length; i++) all[i] = args[j++];
  } else if (stored.length === 0) {
    all = args;
  } else {
    all = stored.concat(args);
  }
  return { fn: pto.fn, args: all, kwargs: kwMap(pto.kw, kw), enter: null, exit: null };
}

function partialRepr(self: PyValue): string {
  const pto = P(self);
  return withReprGuard(pto, '...', () => {
    let s = '';
    for (const a of pto.args.items) s += `, ${repr(a)}`;
    for (const [k, v] of [...pto.kw.entries()]) s += `, ${str(k)}=${repr(v)}`;
    const t = pto.cls;
    return `${moduleOf(t)}.${t.qualname}(${repr(pto.fn)}${s})`;
  });
}

function partialSetState(self: PyValue, state: PyValue): void {
  const pto = P(self);
  const invalid = (): PyBaseException => typeError('invalid partial state');
  if (!(state instanceof PyTuple) || state.items.length !== 4) throw invalid();
  const [fn, fnargs, kw, dict] = state.items;
  if (!isCallable(fn) || !(fnargs instanceof PyTuple) || (kw !== None && !(kw instanceof PyDict)) ||
      (dict !== None && !(dict instanceof PyDict))) {
    throw invalid();
  }
  const items = fnargs.items;
  if (items.length > 0 && items[items.length - 1] === Placeholder) throw typeError('trailing Placeholders are not allowed');
  const phcount = countPlaceholders(items);
  let kwDict: PyDict;
  if (kw === None) {
    kwDict = new PyDict();
  } else if ((kw as PyDict).cls !== dictType) {
    kwDict = new PyDict();
    (kw as PyDict).copyInto(kwDict);
  } else {
    kwDict = kw as PyDict;
  }
  pto.fn = fn;
  pto.args = fnargs.cls.isHeap ? tuple(items.slice()) : fnargs;
  pto.kw = kwDict;
  pto.phcount = phcount;
  pto.dict = dict === None ? null : (dict as PyDict);
}

defNew(partialType, partialNew);
defMethod(partialType, '__call__', partialCall);
// A partial of a Python function called from Python code: the eval loop pushes the function's frame.
(partialType.attrs.get('__call__') as PyMethodDescriptor).forward = partialForward;
defMethod(partialType, '__repr__', (self) => partialRepr(self));
defMethod(partialType, '__get__', (self, args) => {
  const obj = args[0];
  return obj === undefined || obj === None ? self : new PyMethod(self, obj);
});
defMethod(partialType, '__reduce__', (self, args, kw) => {
  noArgs('partial.__reduce__', args, kw);
  const pto = P(self);
  return tuple([pto.cls, tuple([pto.fn]), tuple([pto.fn, pto.args, pto.kw, pto.dict ?? None])]);
});
defMethod(partialType, '__setstate__', (self, args, kw) => {
  partialSetState(self, oneArg('partial.__setstate__', args, kw));
  return None;
});
defClassMethod(partialType, '__class_getitem__', (cls, args) => genericAlias(cls, args[0]));
// Read-only PyMemberDef fields in CPython: member descriptors.
defMember(partialType, 'func', (self) => P(self).fn);
defMember(partialType, 'args', (self) => P(self).args);
defMember(partialType, 'keywords', (self) => P(self).kw);

// ---- cmp_to_key -------------------------------------------------------------------------------------------

class KeyWrapper extends PyObject {
  constructor(readonly cmp: PyValue, public obj: PyValue | null) {
    super(keyWrapperType);
  }
}

export const keyWrapperType = makeBuiltinType('KeyWrapper', objectType, 'functools');
keyWrapperType.isBaseType = false;
keyWrapperType.attrs.set('__hash__', None);
defNew(keyWrapperType, () => {
  throw typeError("cannot create 'functools.KeyWrapper' instances");
});

const KW = (v: PyValue): KeyWrapper => v as KeyWrapper;

defMethod(keyWrapperType, '__call__', (self, args, kw) => {
  if (args.length > 1) throw typeError(`K() takes at most 1 argument (${args.length} given)`);
  const [obj] = bindArgs('K', ['obj'], args, kw, 1);
  return new KeyWrapper(KW(self).cmp, obj!);
});

function keyCompare(self: PyValue, other: PyValue, op: Cmp): PyValue {
  if (!(other instanceof KeyWrapper) || other.cls !== typeOf(self)) {
    throw typeError('other argument must be K instance');
  }
  const lhs = KW(self);
  const x = lhs.obj;
  const y = other.obj;
  if (x === null || y === null) throw attributeError('object');
  const res = callObject(lhs.cmp, [x, y]);
  return richCompare(res, 0, op);
}
const KEY_OPS: [string, Cmp][] = [
  ['__lt__', Cmp.LT], ['__le__', Cmp.LE], ['__eq__', Cmp.EQ], ['__ne__', Cmp.NE], ['__gt__', Cmp.GT], ['__ge__', Cmp.GE],
];
for (const [name, op] of KEY_OPS) defMethod(keyWrapperType, name, (self, args) => keyCompare(self, args[0], op));
defGetSet(keyWrapperType, 'obj', (self) => KW(self).obj ?? None, (self, v) => {
  KW(self).obj = v;
});
defGetSet(keyWrapperType, '__text_signature__', () => '(obj)');

function cmpToKey(args: Args, kw: Kw): PyValue {
  if (args.length > 1) throw typeError(`cmp_to_key() takes at most 1 argument (${args.length} given)`);
  const [mycmp] = bindArgs('cmp_to_key', ['mycmp'], args, kw, 1);
  return new KeyWrapper(mycmp!, null);
}

// ---- reduce -------------------------------------------------------------------------------------------------

function reduce(args: Args, kw: Kw): PyValue {
  // Argument Clinic's order of checks: total count, positional-only count, then the keywords.
  const total = args.length + (kw === null ? 0 : kw.size);
  if (total > 3) throw typeError(`reduce() takes at most 3 arguments (${total} given)`);
  if (args.length < 2) throw typeError(`reduce() takes at least 2 positional arguments (${args.length} given)`);
  let initial: PyValue | undefined = args[2];
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k !== 'initial') throw typeError(unexpectedKeywordMessage('reduce()', k, ['initial']));
      initial = v;
    }
  }
  const [func, seq] = args;
  let it: PyValue;
  try {
    it = getIter(seq);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(TypeErrorType)) throw typeError('reduce() arg 2 must support iteration');
    throw e;
  }
  let result = initial;
  for (;;) {
    const v = iterNext(it);
    if (v === undefined) break;
    result = result === undefined ? v : callObject(func, [result, v]);
  }
  if (result === undefined) throw typeError('reduce() of empty iterable with no initial value');
  return result;
}

// ---- _lru_cache_wrapper ----------------------------------------------------------------------------------------

const lruListElemType = makeBuiltinType('_lru_list_elem', objectType, 'functools');
lruListElemType.isBaseType = false;

/** One cache entry of a bounded cache, in least-to-most recently used order. */
class LruLink extends PyObject {
  prev: LruLink = this;
  next: LruLink = this;
  constructor(public key: PyValue, public result: PyValue) {
    super(lruListElemType);
  }
}

const enum LruKind {
  Uncached,
  Unbounded,
  Bounded,
}

export class LruCacheWrapper extends PyObject {
  readonly cache = new PyDict();
  /** Sentinel of the circular list: root.next is the oldest entry, root.prev the newest. */
  readonly root = new LruLink(None, None);
  hits = 0;
  misses = 0;
  constructor(
    cls: PyType,
    readonly func: PyValue,
    readonly kind: LruKind,
    readonly maxsize: number,
    readonly typed: boolean,
    readonly cacheInfoType: PyValue,
  ) {
    super(cls);
  }
}

export const lruCacheType = makeBuiltinType('_lru_cache_wrapper', objectType, 'functools');
lruCacheType.isBaseType = false;
lruCacheType.hasInstanceDict = true;
lruCacheType.doc =
  'Create a cached callable that wraps another function.\n\nuser_function:      the function being cached\n\n' +
  'maxsize:  0         for no caching\n          None      for unlimited cache size\n          n         for a bounded cache\n\n' +
  'typed:    False     cache f(3) and f(3.0) as identical calls\n          True      cache f(3) and f(3.0) as distinct calls\n\n' +
  'cache_info_type:    namedtuple class with the fields:\n                        hits misses currsize maxsize\n';
instanceDictGetSet(lruCacheType);

/** Separates positional from keyword arguments in cache keys (CPython's kwd_mark). */
const kwdMark = new PyInstance(objectType);

const LRU = (v: PyValue): LruCacheWrapper => v as LruCacheWrapper;

/** lru_cache_make_key: a lone exact str/int argument is its own key, anything else a flat tuple. */
function makeKey(args: Args, kw: Kw, typed: boolean): PyValue {
  const kwSize = kw === null ? 0 : kw.size;
  if (!typed && kwSize === 0) {
    if (args.length === 1) {
      const a = args[0];
      const t = typeof a;
      if (t === 'string' || t === 'number' || t === 'bigint') return a;
    }
    return tuple(args.slice());
  }
  const key: PyValue[] = args.slice();
  if (kwSize > 0) {
    key.push(kwdMark);
    for (const [k, v] of kw!) key.push(k, v);
  }
  if (typed) {
    for (const a of args) key.push(typeOf(a));
    if (kwSize > 0) for (const v of kw!.values()) key.push(typeOf(v));
  }
  return tuple(key);
}

function unlink(link: LruLink): void {
  link.prev.next = link.next;
  link.next.prev = link.prev;
}

function appendLink(w: LruCacheWrapper, link: LruLink): void {
  const root = w.root;
  const last = root.prev;
  last.next = link;
  root.prev = link;
  link.prev = last;
  link.next = root;
}

function lruCall(self: PyValue, args: Args, kw: Kw): PyValue {
  const w = LRU(self);
  if (w.kind === LruKind.Uncached) {
    w.misses++;
    return callObject(w.func, args, kw);
  }
  const key = makeKey(args, kw, w.typed);
  const cache = w.cache;
  if (w.kind === LruKind.Unbounded) {
    const hit = cache.get(key);
    if (hit !== undefined) {
      w.hits++;
      return hit;
    }
    w.misses++;
    const result = callObject(w.func, args, kw);
    cache.set(key, result);
    return result;
  }
  const found = cache.get(key);
  if (found !== undefined) {
    const link = found as LruLink;
    unlink(link);
    appendLink(w, link);
    w.hits++;
    return link.result;
  }
  w.misses++;
  const result = callObject(w.func, args, kw);
  // The call may have added this key itself (recursion): the cache already holds it.
  if (cache.get(key) !== undefined) return result;
  const root = w.root;
  if (cache.size < w.maxsize || root.next === root) {
    const link = new LruLink(key, result);
    cache.set(key, link);
    appendLink(w, link);
    return result;
  }
  // Full: evict the oldest entry and reuse its link for the new one.
  const oldest = root.next;
  unlink(oldest);
  if (cache.delete(oldest.key) === undefined) return result;
  oldest.key = key;
  oldest.result = result;
  cache.set(key, oldest);
  appendLink(w, oldest);
  return result;
}

function lruNew(cls: PyType, args: Args, kw: Kw): PyValue {
  if (args.length > 4) throw typeError(`lru_cache() takes at most 4 arguments (${args.length} given)`);
  const [func, maxsizeObj, typedObj, infoType] = bindArgs(
    'lru_cache', ['user_function', 'maxsize', 'typed', 'cache_info_type'], args, kw, 4,
  );
  const typed = truthy(typedObj!);
  if (!isCallable(func!)) throw typeError('the first argument must be callable');
  let kind: LruKind;
  let maxsize: number;
  if (maxsizeObj === None) {
    kind = LruKind.Unbounded;
    maxsize = -1;
  } else if (typeof maxsizeObj === 'number' || typeof maxsizeObj === 'bigint' || typeof maxsizeObj === 'boolean' ||
             (typeof maxsizeObj === 'object' && maxsizeObj.cls.lookup('__index__') !== undefined)) {
    const m = asIndex(maxsizeObj!);
    if (typeof m === 'bigint') {
      if (m > 9223372036854775807n) throw overflowError(`Python int too large to convert to C ssize_t`);
      maxsize = m < 0n ? 0 : Number(m);
    } else {
      maxsize = m < 0 ? 0 : m;
    }
    kind = maxsize === 0 ? LruKind.Uncached : LruKind.Bounded;
  } else {
    throw typeError('maxsize should be integer or None');
  }
  return new LruCacheWrapper(cls, func!, kind, maxsize, typed, infoType!);
}

defNew(lruCacheType, lruNew);
defMethod(lruCacheType, '__call__', lruCall);
defMethod(lruCacheType, '__get__', (self, args) => {
  const obj = args[0];
  return obj === undefined || obj === None ? self : new PyMethod(self, obj);
});
defMethod(lruCacheType, 'cache_info', (self, args, kw) => {
  noArgs('_lru_cache_wrapper.cache_info', args, kw);
  const w = LRU(self);
  return callObject(w.cacheInfoType, [w.hits, w.misses, w.maxsize < 0 ? None : w.maxsize, w.cache.size]);
});
defMethod(lruCacheType, 'cache_clear', (self, args, kw) => {
  noArgs('_lru_cache_wrapper.cache_clear', args, kw);
  const w = LRU(self);
  w.hits = 0;
  w.misses = 0;
  w.cache.clear();
  w.root.next = w.root;
  w.root.prev = w.root;
  return None;
});
defMethod(lruCacheType, '__reduce__', (self, args, kw) => {
  noArgs('_lru_cache_wrapper.__reduce__', args, kw);
  return getAttr(self, '__qualname__');
});
// METH_VARARGS in CPython: both accept (and ignore) any positional arguments.
defMethod(lruCacheType, '__copy__', (self) => self);
defMethod(lruCacheType, '__deepcopy__', (self) => self);

// ---- the module --------------------------------------------------------------------------------------------------

export function makeFunctoolsModule(): PyModule {
  const mod = new PyModule('_functools');
  const d = mod.dict;
  d.setStr('__doc__', 'Tools that operate on functions.');
  d.setStr('reduce', new PyNativeFunction('reduce', reduce, mod));
  d.setStr('cmp_to_key', new PyNativeFunction('cmp_to_key', cmpToKey, mod));
  d.setStr('partial', partialType);
  d.setStr('Placeholder', Placeholder);
  d.setStr('_PlaceholderType', placeholderType);
  d.setStr('_lru_cache_wrapper', lruCacheType);
  return mod;
}

registerNativeModule('_functools', makeFunctoolsModule);
