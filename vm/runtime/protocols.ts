// The abstract object protocols (CPython's Objects/abstract.c and object.c): repr, str, hash, truth,
// len, subscription, containment, iteration, index conversion and rich comparison.
//
// Each function has fast paths for the built-in representations and otherwise dispatches to the
// special methods on the type. Nothing here is specific to one opcode.

import { PyObject, PyType, PyValue, typeOf, typeName, tpName, objectType, intType, strType, boolType } from '../objects/object.js';
import { PyFloat, floatType } from '../objects/float.js';
import { PyList } from '../objects/list.js';
import { PyTuple } from '../objects/tuple.js';
import { PyDict, dictType, installKeyHooks } from '../objects/dict.js';
import { dictHas } from '../objects/dict_keys.js';
import { PySet, SetIterator } from '../objects/set.js';
import { None, NotImplemented } from '../objects/singletons.js';
import { PyBytes, PyByteArray } from '../objects/bytes.js';
import { PyRange } from '../objects/range.js';
import { PyBaseException, StopIteration, TypeError as TypeErrorType } from '../objects/exceptions.js';
import {
  PyIterator, ListIterator, TupleIterator, StrIterator, rangeIterator, DictIterator,
  dictKeyIteratorType, SeqIterator,
} from '../objects/iterators.js';
import { strLen, strRepr, strHash } from '../objects/str_core.js';
import { floatRepr } from '../numeric/float_repr.js';
import { hashInt, hashFloat } from '../numeric/hash_number.js';
import { PyInt, intToString } from '../numeric/int_math.js';
import { PyGenerator, generatorType } from '../objects/generator.js';
import { typeError, indexError, overflowError, valueError } from './raise.js';
import { callSpecial, lookupSpecial, getAttrOrUndefined } from './attributes.js';
import { callObject } from './call.js';
import { currentInterpreter } from './interpreter.js';

// ---- repr / str -------------------------------------------------------------------------------------

/** Guards against infinite recursion in repr of self-containing containers ([...] / {...}). */
const reprActive = new Set<PyObject>();

export function withReprGuard(obj: PyObject, placeholder: string, body: () => string): string {
  if (reprActive.has(obj)) return placeholder;
  reprActive.add(obj);
  try {
    return body();
  } finally {
    reprActive.delete(obj);
  }
}

export function repr(v: PyValue): string {
  switch (typeof v) {
    case 'number':
      return String(v);
    case 'bigint':
      return intToDecimal(v);
    case 'string':
      return strRepr(v);
    case 'boolean':
      return v ? 'True' : 'False';
  }
  const t = v.cls;
  if (t === floatType) return floatRepr((v as PyFloat).value);
  const r = callSpecial(v, '__repr__', []);
  if (r === undefined) return `<${t.name} object>`;
  if (typeof r !== 'string') {
    if (r instanceof PyObject && r.cls.isSubtypeOf(strType)) return strValue(r);
    throw typeError(`__repr__ returned non-string (type ${typeName(r)})`);
  }
  return r;
}

export function str(v: PyValue): string {
  switch (typeof v) {
    case 'string':
      return v;
    case 'number':
      return String(v);
    case 'bigint':
      return intToDecimal(v);
    case 'boolean':
      return v ? 'True' : 'False';
  }
  const t = v.cls;
  if (t === floatType) return floatRepr((v as PyFloat).value);
  const r = callSpecial(v, '__str__', []);
  if (r === undefined) return repr(v);
  if (typeof r !== 'string') {
    if (r instanceof PyObject && r.cls.isSubtypeOf(strType)) return strValue(r);
    throw typeError(`__str__ returned non-string (type ${typeName(r)})`);
  }
  return r;
}

/** The str value of an instance of a str subclass. */
export function strValue(v: PyObject): string {
  const s = (v as unknown as { value?: unknown }).value;
  if (typeof s === 'string') return s;
  throw typeError(`expected str, got ${typeName(v)}`);
}

function intToDecimal(v: bigint): string {
  return intToString(v, 10);
}

// ---- hash -------------------------------------------------------------------------------------------

export function hash(v: PyValue): PyInt {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return hashInt(v);
    case 'string':
      return strHash(v);
    case 'boolean':
      return v ? 1 : 0;
  }
  if (v.cls === floatType) return hashFloat((v as PyFloat).value, v);
  if (v === None) return NONE_HASH;
  const t = v.cls;
  const h = t.lookup('__hash__');
  if (h === None || h === undefined) throw typeError(`unhashable type: '${tpName(t)}'`);
  const r = callSpecial(v, '__hash__', []);
  if (typeof r === 'number') return r === -1 ? -2 : r;
  // A __hash__ result that fits a Py_hash_t is used as is; a larger int is hashed again.
  if (typeof r === 'bigint') return r >= -(2n ** 63n) && r < 2n ** 63n ? (r === -1n ? -2 : r) : hashInt(r);
  if (typeof r === 'boolean') return r ? 1 : 0;
  throw typeError('__hash__ method should return an integer');
}

/** hash(None) is a constant since CPython 3.12 (0xFCA86420 on 64-bit builds). */
const NONE_HASH = 0xfca86420;

/** Identity hash for objects (object.__hash__). Stable per object. */
const identityHashes = new WeakMap<object, number>();
let nextIdentity = 1;
export function identityHash(o: object): number {
  let h = identityHashes.get(o);
  if (h === undefined) {
    h = (nextIdentity++ * 0x9e3779b1) | 0;
    if (h === -1) h = -2;
    identityHashes.set(o, h);
  }
  return h;
}

/** id(obj): a stable, unique number per object while the program runs. */
const ids = new WeakMap<object, number>();
let nextId = 0x7f0000001000;
export function objectId(v: PyValue): PyInt {
  if (typeof v !== 'object') return primitiveId(v);
  let id = ids.get(v);
  if (id === undefined) {
    id = nextId;
    nextId += 16;
    ids.set(v, id);
  }
  return id;
}
const primitiveIds = new Map<unknown, number>();
function primitiveId(v: PyValue): PyInt {
  let id = primitiveIds.get(v);
  if (id === undefined) {
    id = nextId;
    nextId += 16;
    if (primitiveIds.size < 100000) primitiveIds.set(v, id);
  }
  return id;
}

installKeyHooks({
  hash(key: PyValue): number {
    if (typeof key === 'object' && key.cls.lookup('__hash__') === None) {
      const n = key.cls.name;
      throw typeError(`cannot use '${n}' as a dict key (unhashable type: '${n}')`);
    }
    const h = hash(key);
    return typeof h === 'number' ? h : Number(BigInt.asIntN(48, h));
  },
  eq(a: PyValue, b: PyValue): boolean {
    return eq(a, b);
  },
  usesIdentity(key: PyObject): boolean {
    const t = key.cls;
    if (!t.isHeap) {
      return t.lookup('__eq__') === objectType.attrs.get('__eq__') && t.lookup('__hash__') === objectType.attrs.get('__hash__');
    }
    return t.lookup('__eq__') === objectType.attrs.get('__eq__') && t.lookup('__hash__') === objectType.attrs.get('__hash__');
  },
  plainValue(key: PyObject): PyValue | undefined {
    const t = key.cls;
    if (!t.isHeap) return undefined;
    for (const base of [intType, strType, floatType]) {
      if (t.isSubtypeOf(base) && t.lookup('__eq__') === base.attrs.get('__eq__') && t.lookup('__hash__') === base.attrs.get('__hash__')) {
        const v = (key as unknown as { value: PyValue }).value;
        return base === floatType ? new PyFloat(v as number) : v;
      }
    }
    return undefined;
  },
});

// ---- truth ------------------------------------------------------------------------------------------

export function truthy(v: PyValue): boolean {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      return v !== 0;
    case 'string':
      return v.length !== 0;
    case 'bigint':
      return true;
  }
  if (v === None) return false;
  const t = v.cls;
  if (t === floatType) return (v as PyFloat).value !== 0;
  if (v instanceof PyList && !t.isHeap) return v.items.length !== 0;
  if (v instanceof PyTuple && !t.isHeap) return v.items.length !== 0;
  if (v instanceof PyDict && !t.isHeap) return v.size !== 0;
  const b = t.lookup('__bool__');
  if (b !== undefined) {
    const r = callSpecial(v, '__bool__', [])!;
    if (typeof r !== 'boolean') throw typeError(`__bool__ should return bool, returned ${typeName(r)}`);
    return r;
  }
  const l = t.lookup('__len__');
  if (l !== undefined) return len(v) !== 0;
  return true;
}

// ---- len / index ------------------------------------------------------------------------------------

export function len(v: PyValue): number {
  if (typeof v === 'string') return strLen(v);
  if (typeof v === 'object' && !v.cls.isHeap) {
    if (v instanceof PyList) return v.items.length;
    if (v instanceof PyTuple) return v.items.length;
    if (v instanceof PyDict) return v.size;
    if (v instanceof PySet) return v.size;
  }
  const r = callSpecial(v, '__len__', []);
  if (r === undefined) throw typeError(`object of type '${typeName(v)}' has no len()`);
  const n = asIndex(r, () => typeError(`'${typeName(r)}' object cannot be interpreted as an integer`));
  if (typeof n === 'bigint') {
    if (n < 0n) throw valueError('__len__() should return >= 0');
    throw overflowError("cannot fit 'int' into an index-sized integer");
  }
  if (n < 0) throw valueError('__len__() should return >= 0');
  return n;
}

/** operator.index(v): an int from an int, bool or object with __index__. */
export function asIndex(v: PyValue, err?: () => PyBaseException): PyInt {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1 : 0;
  }
  if (typeof v === 'object' && v.cls.isSubtypeOf(intType)) {
    const inner = (v as unknown as { value: PyInt }).value;
    if (inner !== undefined) return inner;
  }
  const r = typeof v === 'object' ? callSpecial(v, '__index__', []) : undefined;
  if (r === undefined) {
    throw err ? err() : typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  }
  if (typeof r === 'number' || typeof r === 'bigint') return r;
  if (typeof r === 'boolean') return r ? 1 : 0;
  throw typeError(`__index__ returned non-int (type ${typeName(r)})`);
}

/** An index for a sequence: a JS number, clamped conversions raise IndexError as CPython does. */
export function asSsize(v: PyValue, what = 'indices'): number {
  const i = asIndex(v, () => typeError(`${what} must be integers or slices, not ${typeName(v)}`));
  if (typeof i === 'bigint') throw indexError(`cannot fit 'int' into an index-sized integer`);
  return i;
}

// ---- iteration --------------------------------------------------------------------------------------

export function getIter(v: PyValue): PyValue {
  if (typeof v === 'string') return new StrIterator(v);
  if (typeof v === 'object' && !v.cls.isHeap) {
    if (v instanceof PyList) return new ListIterator(v);
    if (v instanceof PyTuple) return new TupleIterator(v.items);
    if (v instanceof PyRange) return rangeIterator(v);
    // Exact dicts only: a built-in subclass may iterate otherwise (collections.OrderedDict).
    if (v instanceof PyDict && v.cls === dictType) return new DictIterator(v, 'keys', dictKeyIteratorType, () => None);
    if (v instanceof PySet) return new SetIterator(v);
    if (v instanceof PyIterator) return v;
  }
  const t = typeOf(v);
  const it = t.lookup('__iter__');
  if (it === undefined || it === None) {
    if (it === undefined && t.lookup('__getitem__') !== undefined) return new SeqIterator(v, getItem);
    throw typeError(`'${tpName(t)}' object is not iterable`);
  }
  const r = callSpecial(v, '__iter__', [])!;
  if (!isIterator(r)) throw typeError(`iter() returned non-iterator of type '${typeName(r)}'`);
  return r;
}

export function isIterator(v: PyValue): boolean {
  if (v instanceof PyIterator) return true;
  return typeof v === 'object' && v.cls.lookup('__next__') !== undefined;
}

/** next(it): the next value, or undefined when exhausted (StopIteration is absorbed). */
export function iterNext(it: PyValue): PyValue | undefined {
  if (it instanceof PyIterator && !it.cls.isHeap) return it.next();
  return currentInterpreter().iterNextGeneric(it);
}

/**
 * next(it) as the builtin does it: the next value, or a thrown StopIteration that carries a generator's
 * return value (and a user __next__'s own StopIteration, unchanged).
 */
export function nextOrThrow(it: PyValue): PyValue {
  if (it instanceof PyIterator && !it.cls.isHeap) {
    const v = it.next();
    if (v === undefined) throw new PyBaseException(StopIteration, []);
    return v;
  }
  if (it instanceof PyGenerator && it.cls === generatorType) {
    const r = currentInterpreter().resumeGenerator(it, None, null);
    if (!r.done) return r.value;
    throw new PyBaseException(StopIteration, r.value === None ? [] : [r.value]);
  }
  const t = typeOf(it);
  if (t.lookup('__next__') === undefined) throw typeError(`'${tpName(t)}' object is not an iterator`);
  return callSpecial(it, '__next__', [])!;
}

/** The StopIteration that callNext absorbed last (sys.settrace reports it in the loop that ended). */
export let absorbedStopIteration: PyBaseException | null = null;

/** The generic __next__ call, absorbing StopIteration. */
export function callNext(it: PyValue): PyValue | undefined {
  const t = typeOf(it);
  const n = t.lookup('__next__');
  if (n === undefined) throw typeError(`'${tpName(t)}' object is not an iterator`);
  try {
    return callSpecial(it, '__next__', [])!;
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(StopIteration)) {
      absorbedStopIteration = e;
      return undefined;
    }
    throw e;
  }
}

/** Collects an iterable into a JS array (list(x), unpacking, star-args). */
export function toArray(v: PyValue): PyValue[] {
  if (typeof v === 'object' && !v.cls.isHeap) {
    if (v instanceof PyList) return v.items.slice();
    if (v instanceof PyTuple) return v.items.slice();
  }
  const it = getIter(v);
  const out: PyValue[] = [];
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return out;
    out.push(x);
  }
}

// ---- subscription -----------------------------------------------------------------------------------

export function getItem(container: PyValue, key: PyValue): PyValue {
  const r = callSpecial(container, '__getitem__', [key]);
  if (r !== undefined) return r;
  if (container instanceof PyType) {
    const cg = lookupClassGetItem(container);
    if (cg !== undefined) return callObject(cg, [key]);
    throw typeError(`type '${tpName(container)}' is not subscriptable`);
  }
  throw typeError(`'${typeName(container)}' object is not subscriptable`);
}

/** C.__class_getitem__ as attribute access on the class finds it (a classmethod bound to C). */
function lookupClassGetItem(cls: PyType): PyValue | undefined {
  if (cls.lookup('__class_getitem__') === undefined) return undefined;
  return getAttrOrUndefined(cls, '__class_getitem__');
}

export function setItem(container: PyValue, key: PyValue, value: PyValue): void {
  const r = callSpecial(container, '__setitem__', [key, value]);
  if (r === undefined) {
    throw typeError(`'${typeName(container)}' object does not support item assignment`);
  }
}

export function delItem(container: PyValue, key: PyValue): void {
  const r = callSpecial(container, '__delitem__', [key]);
  if (r === undefined) {
    throw typeError(`'${typeName(container)}' object doesn't support item deletion`);
  }
}

/** `item in container`. */
export function contains(container: PyValue, item: PyValue): boolean {
  if (typeof container === 'string') {
    if (typeof item !== 'string') {
      throw typeError(`'in <string>' requires string as left operand, not ${typeName(item)}`);
    }
    return container.includes(item);
  }
  if (typeof container === 'object' && !container.cls.isHeap) {
    if (container instanceof PyDict) return dictHas(container, item);
    if (container instanceof PySet) return container.has(item);
    if (container instanceof PyList || container instanceof PyTuple) {
      const items = container.items;
      for (let i = 0; i < items.length; i++) {
        const x = items[i];
        if (x === item || eq(x, item)) return true;
      }
      return false;
    }
  }
  const c = lookupSpecial(container, '__contains__');
  if (c !== undefined) return truthy(callObject(c, [item]));
  const t = typeOf(container);
  if (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) {
    throw typeError(`argument of type '${tpName(t)}' is not a container or iterable`);
  }
  let it: PyValue;
  try {
    it = getIter(container);
  } catch (e) {
    // _PySequence_IterSearch: any TypeError getting the iterator (a bad __iter__) says this instead.
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(TypeErrorType)) {
      throw typeError(`argument of type '${tpName(t)}' is not a container or iterable`);
    }
    throw e;
  }
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return false;
    if (x === item || eq(x, item)) return true;
  }
}

// ---- rich comparison --------------------------------------------------------------------------------

export const enum Cmp {
  LT = 0,
  LE = 1,
  EQ = 2,
  NE = 3,
  GT = 4,
  GE = 5,
}
const CMP_DUNDER = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
const CMP_REFLECT = [Cmp.GT, Cmp.GE, Cmp.EQ, Cmp.NE, Cmp.LT, Cmp.LE];
const CMP_SYMBOL = ['<', '<=', '==', '!=', '>', '>='];

/** a OP b with the full protocol: reflected operand first if its type is a subclass, then identity. */
export function richCompare(a: PyValue, b: PyValue, op: Cmp): PyValue {
  const ta = typeOf(a);
  const tb = typeOf(b);
  let checkedReverse = false;
  if (ta !== tb && tb.isSubtypeOf(ta) && tb.lookup(CMP_DUNDER[CMP_REFLECT[op]]) !== undefined) {
    checkedReverse = true;
    const r = callSpecial(b, CMP_DUNDER[CMP_REFLECT[op]], [a]);
    if (r !== undefined && r !== NotImplemented) return r;
  }
  const r1 = callSpecial(a, CMP_DUNDER[op], [b]);
  if (r1 !== undefined && r1 !== NotImplemented) return r1;
  if (!checkedReverse) {
    const r2 = callSpecial(b, CMP_DUNDER[CMP_REFLECT[op]], [a]);
    if (r2 !== undefined && r2 !== NotImplemented) return r2;
  }
  if (op === Cmp.EQ) return a === b;
  if (op === Cmp.NE) return a !== b;
  throw typeError(`'${CMP_SYMBOL[op]}' not supported between instances of '${tpName(ta)}' and '${tpName(tb)}'`);
}

/** a == b as a JS boolean, with identity and primitive fast paths (PyObject_RichCompareBool). */
export function eq(a: PyValue, b: PyValue): boolean {
  // Identity implies equality here, as in PyObject_RichCompareBool (so a NaN object is found in a list).
  if (a === b) return true;
  const ta = typeof a;
  if (ta !== 'object' && typeof b !== 'object') {
    if (ta === 'string' || typeof b === 'string') return false;
    return numEq(a as number | bigint | boolean, b as number | bigint | boolean);
  }
  return truthy(richCompare(a, b, Cmp.EQ));
}

function numEq(a: number | bigint | boolean, b: number | bigint | boolean): boolean {
  const x = typeof a === 'boolean' ? (a ? 1 : 0) : a;
  const y = typeof b === 'boolean' ? (b ? 1 : 0) : b;
  // eslint-disable-next-line eqeqeq
  return x == y;
}

export { NotImplemented, boolType, PyBytes, PyByteArray };
