// sys.getsizeof and the __sizeof__ methods of the built-in types: the sizes CPython 3.14 reports on
// 64-bit Linux, computed from the C structures behind each object (Include/cpython/*.h, the
// __sizeof__ functions and tp_basicsize of Objects/*.c), plus the GC header and managed dict/weakref
// pre-header that getsizeof adds (_PySys_GetSizeOf, _PyType_PreHeaderSize).
//
// pyrewind's objects are JS objects, so a few sizes depend on allocation history CPython keeps and
// pyrewind does not; for those one documented rule is chosen (see listAllocated, byteArrayAllocated,
// strSize). Types whose layout is not listed here raise NotImplementedError naming the type: no
// size is made up. Registers its methods when imported (object.__sizeof__ too: object_methods.ts
// leaves it to this file, which sys.ts imports).

import { PyType, PyValue, objectType, typeType, intType, boolType, strType, typeOf, tpName } from '../objects/object.js';
import { PyIntSubclassInstance } from '../objects/int_type.js';
import { PyStrSubclassInstance } from '../objects/str_methods.js';
import { PyBytes, PyByteArray, bytesType, bytearrayType } from '../objects/bytes.js';
import { PyTuple, tupleType } from '../objects/tuple.js';
import { PyList, listType } from '../objects/list.js';
import { PyDict, dictType } from '../objects/dict.js';
import { PySet, setType, frozensetType } from '../objects/set.js';
import { floatType } from '../objects/float.js';
import { complexType } from '../objects/complex.js';
import { rangeType } from '../objects/range.js';
import { sliceType } from '../objects/slice.js';
import { functionType, methodType } from '../objects/function.js';
import { builtinFunctionType } from '../objects/native.js';
import { propertyType, staticmethodType, classmethodType } from '../objects/descriptors.js';
import { moduleType } from '../objects/module.js';
import { cellType } from '../objects/cell.js';
import { superType } from '../objects/super.js';
import { noneType, notImplementedType, ellipsisType } from '../objects/singletons.js';
import { enumerateType, zipType, mapType, reversedType } from '../objects/builtin_iterators.js';
import {
  listIteratorType, listReverseIteratorType, tupleIteratorType, strIteratorType, strAsciiIteratorType,
  rangeIteratorType, dictKeyIteratorType, dictValueIteratorType, dictItemIteratorType,
} from '../objects/iterators.js';
import {
  BaseException, BaseExceptionGroup, SystemExit, ImportError, OSError, AttributeError, NameError, exceptionType,
} from '../objects/exceptions.js';
import { defMethod, noArgs } from '../objects/native.js';
import { PyInt } from '../numeric/int_math.js';
import { lookupSpecial } from '../runtime/attributes.js';
import { callObject } from '../runtime/call.js';
import { typeError, valueError, overflowError, notImplementedError } from '../runtime/raise.js';

const POINTER = 8;
/** sizeof(PyGC_Head): two words before every object of a GC type. */
const GC_HEADER = 16;
/** The managed __dict__ and __weakref__ pointers before instances of classes that have either. */
const MANAGED_PREHEADER = 2 * POINTER;
/** PyObject_HEAD and PyObject_VAR_HEAD. */
const OBJECT_HEAD = 16;
const VAR_HEAD = 24;

/**
 * tp_basicsize of the built-in types whose __sizeof__ is object.__sizeof__, and whether they are
 * GC types. Subclasses made by class statements add their __slots__ (one pointer each).
 */
const basicLayouts = new Map<PyType, { size: number; gc: boolean }>();
function layout(t: PyType | undefined, size: number, gc: boolean): void {
  if (t !== undefined) basicLayouts.set(t, { size, gc });
}
layout(objectType, OBJECT_HEAD, false);
layout(noneType, OBJECT_HEAD, false);
layout(notImplementedType, OBJECT_HEAD, false);
layout(ellipsisType, OBJECT_HEAD, false);
layout(floatType, OBJECT_HEAD + 8, false); // ob_fval
layout(complexType, OBJECT_HEAD + 16, false); // cval
layout(tupleType, VAR_HEAD + 8, true); // ob_hash (3.14 caches it), then the items (itemsize 8)
layout(rangeType, OBJECT_HEAD + 4 * POINTER, false); // start, stop, step, length
layout(sliceType, OBJECT_HEAD + 3 * POINTER, true);
// globals, builtins, name, qualname, code, defaults, kwdefaults, closure, doc, dict, weakreflist,
// module, annotations, annotate, typeparams, vectorcall, then the uint32 func_version (padded).
layout(functionType, OBJECT_HEAD + 16 * POINTER + 8, true);
layout(methodType, OBJECT_HEAD + 4 * POINTER, true); // im_func, im_self, im_weakreflist, vectorcall
layout(builtinFunctionType, OBJECT_HEAD + 5 * POINTER, true); // m_ml, m_self, m_module, weakreflist, vectorcall
layout(propertyType, OBJECT_HEAD + 5 * POINTER + 8, true); // fget, fset, fdel, doc, name, getter_doc
layout(staticmethodType, OBJECT_HEAD + 2 * POINTER, true); // callable, dict
layout(classmethodType, OBJECT_HEAD + 2 * POINTER, true);
layout(moduleType, OBJECT_HEAD + 5 * POINTER, true); // md_dict, md_def, md_state, md_weaklist, md_name
layout(cellType, OBJECT_HEAD + POINTER, true);
layout(superType, OBJECT_HEAD + 3 * POINTER, true); // type, obj, obj_type
layout(enumerateType, OBJECT_HEAD + 5 * POINTER, true); // index, sit, result, longindex, one
layout(zipType, OBJECT_HEAD + 4 * POINTER, true); // tuplesize, ittuple, result, strict
layout(mapType, OBJECT_HEAD + 3 * POINTER, true); // iters, func, strict
layout(reversedType, OBJECT_HEAD + 2 * POINTER, true); // index, seq
layout(listIteratorType, OBJECT_HEAD + 2 * POINTER, true); // index, seq
layout(listReverseIteratorType, OBJECT_HEAD + 2 * POINTER, true);
layout(tupleIteratorType, OBJECT_HEAD + 2 * POINTER, true);
layout(strIteratorType, OBJECT_HEAD + 2 * POINTER, true);
layout(strAsciiIteratorType, OBJECT_HEAD + 2 * POINTER, true);
layout(rangeIteratorType, OBJECT_HEAD + 3 * POINTER, false); // start, step, len
for (const t of [dictKeyIteratorType, dictValueIteratorType, dictItemIteratorType]) {
  layout(t, OBJECT_HEAD + 5 * POINTER, true); // dict, used, pos, result, len
}
// PyBaseExceptionObject: dict, args, notes, traceback, context, cause, then the suppress_context char.
const EXC_BASE = OBJECT_HEAD + 6 * POINTER + 8;
layout(BaseException, EXC_BASE, true);
layout(SystemExit, EXC_BASE + POINTER, true); // code
layout(exceptionType('StopIteration'), EXC_BASE + POINTER, true); // value
layout(NameError, EXC_BASE + POINTER, true); // name
layout(AttributeError, EXC_BASE + 2 * POINTER, true); // obj, name
layout(BaseExceptionGroup, EXC_BASE + 2 * POINTER, true); // msg, excs
layout(ImportError, EXC_BASE + 4 * POINTER, true); // msg, name, path, name_from
layout(OSError, EXC_BASE + 5 * POINTER, true); // myerrno, strerror, filename, filename2, written
// msg, filename, lineno, offset, text, end_lineno, end_offset, print_file_and_line, metadata
layout(exceptionType('SyntaxError'), EXC_BASE + 9 * POINTER, true);
layout(exceptionType('UnicodeError'), EXC_BASE + 5 * POINTER, true); // encoding, object, start, end, reason

/**
 * Types of native modules, by tp_name (this file does not import those modules): tp_basicsize, GC.
 * datetime's objects: PyObject_HEAD, the cached hash, hastzinfo, the packed fields, then tzinfo (and
 * fold) for the aware kinds; their layout is unchanged since 3.11.
 */
const namedLayouts = new Map<string, { size: number; gc: boolean }>([
  // PyODictObject: the dict's 48 bytes and 8 pointers; its __sizeof__ is its own (ordered_dict.ts).
  ['collections.OrderedDict', { size: OBJECT_HEAD + 12 * POINTER, gc: true }],
  // simplequeueobject: a flag word, its ring buffer (two indexes, the items, capacity, count), weakrefs.
  ['_queue.SimpleQueue', { size: OBJECT_HEAD + 7 * POINTER, gc: true }],
  ['datetime.date', { size: 32, gc: false }],
  ['datetime.datetime', { size: 48, gc: false }],
  ['datetime.time', { size: 40, gc: false }],
  ['datetime.timedelta', { size: 40, gc: false }], // hash, days, seconds, microseconds
  ['datetime.timezone', { size: 32, gc: false }], // offset, name
  ['datetime.tzinfo', { size: OBJECT_HEAD, gc: false }],
  // PyWeakReference: wr_object, wr_callback, hash, wr_prev, wr_next, vectorcall.
  ['weakref.ReferenceType', { size: OBJECT_HEAD + 6 * POINTER, gc: true }],
  ['weakref.ProxyType', { size: OBJECT_HEAD + 6 * POINTER, gc: true }],
  ['weakref.CallableProxyType', { size: OBJECT_HEAD + 6 * POINTER, gc: true }],
]);

/** The built-in types with a __sizeof__ of their own, and whether they are GC types. */
const ownSizeofGc = new Map<PyType, boolean>([
  [intType, false], [boolType, false], [strType, false], [bytesType, false], [bytearrayType, false],
  [listType, true], [dictType, true], [setType, true], [frozensetType, true],
]);

/** The first built-in type in the MRO (the layout user classes extend), and the slots they add. */
function nativeBase(t: PyType): { base: PyType; slots: number } {
  let slots = 0;
  for (const c of t.mro) {
    if (!c.isUserClass) return { base: c, slots };
    if (c.slotNames !== null) slots += c.slotNames.length;
  }
  return { base: objectType, slots };
}

/**
 * The layout of built-in type `t`: its own entry; for exceptions, that of the nearest listed base
 * (most exception types add no field to their base's structure).
 */
function layoutOf(t: PyType): { size: number; gc: boolean } | undefined {
  const own = basicLayouts.get(t) ?? namedLayouts.get(tpName(t));
  if (own !== undefined || !t.isSubtypeOf(BaseException)) return own;
  for (const c of t.mro) {
    const l = basicLayouts.get(c);
    if (l !== undefined) return l;
  }
  return undefined;
}

function unknownSize(t: PyType): never {
  throw notImplementedError(`sys.getsizeof(): pyrewind does not know the memory layout of '${tpName(t)}' objects`);
}

/** object.__sizeof__: tp_basicsize plus itemsize times the length (tuples only, among those listed). */
function objectSizeof(self: PyValue): number {
  const t = typeOf(self);
  if (t.isSubtypeOf(typeType)) unknownSize(t);
  const { base, slots } = nativeBase(t);
  const l = layoutOf(base);
  if (l === undefined) unknownSize(base);
  let size = l.size + slots * POINTER;
  if (self instanceof PyTuple) size += self.items.length * POINTER;
  return size;
}

/** Digits of 30 bits, at least one (CPython allocates one even for zero). */
function intDigits(v: PyInt): number {
  // A safe integer has at most 53 bits: one digit below 2**30, else two.
  if (typeof v === 'number') return Math.abs(v) < 2 ** 30 ? 1 : 2;
  const bits = (v < 0n ? -v : v).toString(2).length;
  return Math.max(1, Math.ceil(bits / 30));
}

function intValue(self: PyValue): PyInt {
  if (typeof self === 'number' || typeof self === 'bigint') return self;
  if (typeof self === 'boolean') return self ? 1 : 0;
  if (self instanceof PyIntSubclassInstance) return self.value;
  throw typeError(`descriptor '__sizeof__' requires a 'int' object but received a '${tpName(typeOf(self))}'`);
}

/** int.__sizeof__: offsetof(PyLongObject, long_value.ob_digit) (head + lv_tag) + 4 bytes a digit. */
function intSizeof(self: PyValue): number {
  return OBJECT_HEAD + POINTER + 4 * intDigits(intValue(self));
}

/**
 * str.__sizeof__: exact str objects are compact (PyASCIIObject, 40 bytes, for ASCII; else
 * PyCompactUnicodeObject, 56 bytes) with the characters and a terminator in 1, 2 or 4 bytes each;
 * instances of subclasses are PyUnicodeObject (64 bytes) with a separate buffer. The UTF-8 copy CPython
 * caches once something asked for it (then counted too) is never counted here.
 */
function strSize(s: string, compact: boolean): number {
  let maxCode = 0;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c > maxCode) maxCode = c;
    n++;
  }
  const kind = maxCode < 0x100 ? 1 : maxCode < 0x10000 ? 2 : 4;
  if (!compact) return 64 + (n + 1) * kind;
  if (maxCode < 0x80) return 40 + n + 1;
  return 56 + (n + 1) * kind;
}

function strSizeof(self: PyValue): number {
  if (typeof self === 'string') return strSize(self, true);
  if (self instanceof PyStrSubclassInstance) return strSize(self.value, false);
  throw typeError(`descriptor '__sizeof__' requires a 'str' object but received a '${tpName(typeOf(self))}'`);
}

/**
 * A list's allocated item slots. CPython over-allocates as a list grows (append, comprehensions);
 * pyrewind's lists do not record that history, so this is the allocation of a list made at its
 * length in one step (a display, list(sized iterable), slicing, concatenation, repetition).
 */
function listAllocated(l: PyList): number {
  return l.items.length;
}

/**
 * A bytearray's allocation: that of one made at its current length in one step (bytearray(b'...'),
 * bytearray(n)): the bytes plus a terminator, nothing for an empty one. Growth by append/extend
 * over-allocates in CPython in a way pyrewind's buffers do not record.
 */
function byteArrayAllocated(b: PyByteArray): number {
  return b.length === 0 ? 0 : b.length + 1;
}

/** CPython's USABLE_FRACTION: the entries a keys table of 2**log2 slots holds. */
function usableFor(log2: number): number {
  return Math.floor((2 << log2) / 3);
}

/**
 * dict.__sizeof__: PyDictObject (48 bytes) plus its keys table, which pyrewind's dicts size as CPython
 * does (PyDict.tableUsable); entries are 16 bytes in a table of str keys only, 24 in a general one.
 * The kind is taken from the keys present now (CPython keeps a general table once a non-str key was
 * in it), and instance __dict__s are sized as ordinary dicts (CPython may share their keys).
 */
function dictSizeof(self: PyValue): number {
  if (!(self instanceof PyDict)) throw typeError(`descriptor '__sizeof__' requires a 'dict' object but received a '${tpName(typeOf(self))}'`);
  let size = OBJECT_HEAD + 4 * POINTER; // ma_used, _ma_watcher_tag, ma_keys, ma_values
  const usable = self.tableUsable;
  if (usable === 0) return size; // the shared empty keys object is not counted
  let log2 = 3;
  while (usableFor(log2) < usable) log2++;
  let unicode = true;
  for (const k of self.keys()) {
    if (typeof k !== 'string') {
      unicode = false;
      break;
    }
  }
  const indexBytes = log2 < 8 ? 1 << log2 : log2 < 16 ? 2 * 2 ** log2 : log2 < 32 ? 4 * 2 ** log2 : 8 * 2 ** log2;
  size += 32 + indexBytes + usable * (unicode ? 16 : 24);
  return size;
}

/** set.__sizeof__: PySetObject (200 bytes, with its 8-entry small table) plus a larger table's entries. */
function setSizeof(self: PyValue): number {
  if (!(self instanceof PySet)) throw typeError(`descriptor '__sizeof__' requires a 'set' object but received a '${tpName(typeOf(self))}'`);
  const base = OBJECT_HEAD + 6 * POINTER + 8 * 16 + POINTER; // fill, used, mask, table, hash, finger, smalltable, weakreflist
  return self.mask + 1 > 8 ? base + (self.mask + 1) * 16 : base;
}

defMethod(objectType, '__sizeof__', (self, args, kw) => {
  noArgs('object.__sizeof__', args, kw);
  return objectSizeof(self);
});
defMethod(intType, '__sizeof__', (self, args, kw) => {
  noArgs('int.__sizeof__', args, kw);
  return intSizeof(self);
});
defMethod(strType, '__sizeof__', (self, args, kw) => {
  noArgs('str.__sizeof__', args, kw);
  return strSizeof(self);
});
defMethod(bytesType, '__sizeof__', (self, args, kw) => {
  noArgs('bytes.__sizeof__', args, kw);
  // PyBytesObject: var head, the cached hash, then the bytes and their terminator.
  return VAR_HEAD + POINTER + 1 + (self as PyBytes).data.length;
});
defMethod(bytearrayType, '__sizeof__', (self, args, kw) => {
  noArgs('bytearray.__sizeof__', args, kw);
  // PyByteArrayObject: var head, ob_alloc, ob_bytes, ob_start, ob_exports (padded).
  return VAR_HEAD + 4 * POINTER + byteArrayAllocated(self as PyByteArray);
});
defMethod(listType, '__sizeof__', (self, args, kw) => {
  noArgs('list.__sizeof__', args, kw);
  // PyListObject: var head, ob_item, allocated; then the allocated item pointers.
  return VAR_HEAD + 2 * POINTER + listAllocated(self as PyList) * POINTER;
});
defMethod(dictType, '__sizeof__', (self, args, kw) => {
  noArgs('dict.__sizeof__', args, kw);
  return dictSizeof(self);
});
for (const t of [setType, frozensetType]) {
  defMethod(t, '__sizeof__', (self, args, kw) => {
    noArgs(`${t.name}.__sizeof__`, args, kw);
    return setSizeof(self);
  });
}

/** Is `t` (the type of the measured object) a GC type, and does it have the managed pre-header? */
function preHeaderSize(t: PyType): number {
  const { base } = nativeBase(t);
  if (t.isUserClass) {
    // Classes made by class statements are always GC types; they get the pre-header when they add
    // a __dict__ (the base has none) or __weakref__ of their own.
    let size = GC_HEADER;
    const managedDict = t.hasInstanceDict && !base.hasInstanceDict;
    const managedWeakref = t.mro.some((c) => c.isUserClass && c.attrs.has('__weakref__'));
    if (managedDict || managedWeakref) size += MANAGED_PREHEADER;
    return size;
  }
  const own = ownSizeofGc.get(t);
  if (own !== undefined) return own ? GC_HEADER : 0;
  return layoutOf(t)?.gc ? GC_HEADER : 0;
}

/** A Python int as a C Py_ssize_t, as PyLong_AsSsize_t converts __sizeof__'s result. */
function asSsize(v: PyValue): number {
  let n: PyInt;
  if (typeof v === 'number' || typeof v === 'bigint') n = v;
  else if (typeof v === 'boolean') n = v ? 1 : 0;
  else if (v instanceof PyIntSubclassInstance) n = v.value;
  else throw typeError('an integer is required');
  if (typeof n === 'bigint') throw overflowError('Python int too large to convert to C ssize_t');
  return n;
}

/** _PySys_GetSizeOf: type(o).__sizeof__(o), checked, plus what getsizeof adds before the object. */
export function sizeOf(o: PyValue): number {
  const t = typeOf(o);
  const method = lookupSpecial(o, '__sizeof__');
  if (method === undefined) throw typeError(`Type ${tpName(t)} doesn't define __sizeof__`);
  const size = asSsize(callObject(method, []));
  if (size < 0) throw valueError('__sizeof__() should return >= 0');
  // Static types measured as objects get no pre-header (they are not allocated by the GC).
  if (o instanceof PyType && !o.isUserClass) return size;
  return size + preHeaderSize(t);
}
