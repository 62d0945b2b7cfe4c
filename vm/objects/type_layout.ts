// CPython's instance layout numbers of a type, as Python reads them: type.__basicsize__, __itemsize__,
// __dictoffset__, __weakrefoffset__ and __flags__ (tp_basicsize, tp_itemsize, tp_dictoffset,
// tp_weaklistoffset, tp_flags). pyrewind's objects have no C layout: these are the values a 64-bit
// CPython 3.14 shows, from a table for the common built-in types and derived for classes the way
// type_new derives them (slots add a pointer each; a __dict__ or __weakref__ a class adds is "managed",
// at a negative offset). Types missing from the table get plausible values (object's size, flags from
// what pyrewind knows of them). Nothing here changes how objects behave.
//
// (The differential tests run against a 32-bit CPython, so the sizes themselves are not tested there:
// only that they exist and relations that hold on both, such as a slot adding one pointer.)

import { PyType, objectType, tpName } from './object.js';
import { truthy } from '../runtime/protocols.js';

/** The word size of the CPython whose numbers these are. */
const PTR = 8;
/** MANAGED_WEAKREF_OFFSET: (-4 * sizeof(PyObject *)). MANAGED_DICT_OFFSET is -1. */
const MANAGED_WEAKREF_OFFSET = -4 * PTR;
const MANAGED_DICT_OFFSET = -1;

// tp_flags bits (Include/object.h).
const STATIC_BUILTIN = 1 << 1;
const INLINE_VALUES = 1 << 2;
const MANAGED_WEAKREF = 1 << 3;
const MANAGED_DICT = 1 << 4;
const SEQUENCE = 1 << 5;
const MAPPING = 1 << 6;
const IMMUTABLETYPE = 1 << 8;
const HEAPTYPE = 1 << 9;
const BASETYPE = 1 << 10;
const HAVE_VECTORCALL = 1 << 11;
const READY = 1 << 12;
const HAVE_GC = 1 << 14;
const IS_ABSTRACT = 1 << 20;
const MATCH_SELF = 1 << 22;
const ITEMS_AT_END = 1 << 23;
/** The *_SUBCLASS bits (24..31: long, list, tuple, bytes, unicode, dict, base exception, type). */
const SUBCLASS_BITS = 0xff000000;

/** What a class inherits from its base's flags. */
const INHERITED = SEQUENCE | MAPPING | MATCH_SELF | ITEMS_AT_END;

export interface Layout {
  basicsize: number;
  itemsize: number;
  dictoffset: number;
  weakrefoffset: number;
  flags: number;
}

/** [basicsize, itemsize, dictoffset, weaklistoffset, tp_flags] of a 64-bit CPython 3.14, by tp_name. */
const BUILTIN: Record<string, [number, number, number, number, number]> = {
  object: [16, 0, 0, 0, 0x1502],
  int: [24, 4, 0, 0, 0x1401502],
  bool: [24, 4, 0, 0, 0x1401102],
  float: [24, 0, 0, 0, 0x401502],
  complex: [32, 0, 0, 0, 0x1502],
  str: [64, 0, 0, 0, 0x10401502],
  bytes: [33, 1, 0, 0, 0x8401502],
  bytearray: [56, 0, 0, 0, 0x401502],
  tuple: [32, 8, 0, 0, 0x4405522],
  list: [40, 0, 0, 0, 0x2405522],
  dict: [48, 0, 0, 0, 0x20405542],
  set: [200, 0, 0, 192, 0x405502],
  frozenset: [200, 0, 0, 192, 0x405502],
  type: [936, 40, 264, 368, 0x80805d02],
  range: [48, 0, 0, 0, 0x1122],
  slice: [40, 0, 0, 0, 0x5102],
  memoryview: [144, 8, 0, 136, 0x5122],
  property: [64, 0, 0, 0, 0x5502],
  staticmethod: [32, 0, 24, 0, 0x5502],
  classmethod: [32, 0, 24, 0, 0x5502],
  super: [40, 0, 0, 0, 0x5502],
  enumerate: [56, 0, 0, 0, 0x5502],
  filter: [32, 0, 0, 0, 0x5502],
  map: [40, 0, 0, 0, 0x5502],
  zip: [48, 0, 0, 0, 0x5502],
  reversed: [32, 0, 0, 0, 0x5502],
  NoneType: [16, 0, 0, 0, 0x1102],
  NotImplementedType: [16, 0, 0, 0, 0x1102],
  ellipsis: [16, 0, 0, 0, 0x1102],
  function: [152, 0, 88, 96, 0x25902],
  builtin_function_or_method: [56, 0, 0, 40, 0x5982],
  method: [48, 0, 0, 32, 0x5902],
  code: [256, 2, 0, 192, 0x1102],
  frame: [160, 8, 0, 0, 0x5182],
  module: [56, 0, 16, 40, 0x5502],
  generator: [152, 8, 0, 16, 0x5182],
  coroutine: [152, 8, 0, 16, 0x5182],
  async_generator: [152, 8, 0, 16, 0x5182],
  traceback: [40, 0, 0, 0, 0x5102],
  cell: [24, 0, 0, 0, 0x5102],
  mappingproxy: [24, 0, 0, 0, 0x5142],
  'types.SimpleNamespace': [24, 0, 16, 0, 0x5502],
  'types.GenericAlias': [64, 0, 0, 40, 0x5d02],
  method_descriptor: [56, 0, 0, 0, 0x25982],
  wrapper_descriptor: [56, 0, 0, 0, 0x25182],
  getset_descriptor: [48, 0, 0, 0, 0x5182],
  member_descriptor: [48, 0, 0, 0, 0x5182],
  'method-wrapper': [32, 0, 0, 0, 0x5182],
  classmethod_descriptor: [56, 0, 0, 0, 0x25182],
  dict_keys: [24, 0, 0, 0, 0x5182],
  dict_values: [24, 0, 0, 0, 0x5182],
  dict_items: [24, 0, 0, 0, 0x5182],
  list_iterator: [32, 0, 0, 0, 0x5182],
  tuple_iterator: [32, 0, 0, 0, 0x5182],
  str_ascii_iterator: [32, 0, 0, 0, 0x5182],
  range_iterator: [40, 0, 0, 0, 0x1182],
  dict_keyiterator: [56, 0, 0, 0, 0x5182],
  set_iterator: [48, 0, 0, 0, 0x5182],
  'collections.OrderedDict': [112, 0, 96, 104, 0x20405542],
  'collections.deque': [216, 0, 0, 208, 0x5720],
  'collections.defaultdict': [56, 0, 0, 0, 0x20405740],
};

/** The pointer fields each built-in exception struct adds to BaseException's (PyBaseExceptionObject). */
const EXCEPTION_FIELDS: Record<string, number> = {
  BaseException: 0, StopIteration: 1, SystemExit: 1, ImportError: 4, NameError: 1, AttributeError: 2,
  OSError: 5, SyntaxError: 9, UnicodeError: 5, BaseExceptionGroup: 2,
};
/** PyBaseExceptionObject: the header, six pointers and the suppress_context char (padded). */
const BASE_EXCEPTION_SIZE = 2 * PTR + 6 * PTR + PTR;

const cache = new WeakMap<PyType, Layout>();

function isBuiltinExceptionType(t: PyType): boolean {
  return !t.isUserClass && t.mro.some((c) => !c.isUserClass && c.name === 'BaseException' && c.module === 'builtins');
}

function builtinLayout(t: PyType): Layout | null {
  const e = BUILTIN[tpName(t)];
  if (e !== undefined && t.module !== '__main__') {
    return { basicsize: e[0], itemsize: e[1], dictoffset: e[2], weakrefoffset: e[3], flags: e[4] };
  }
  if (isBuiltinExceptionType(t)) {
    let fields = 0;
    for (const c of t.mro) {
      const n = EXCEPTION_FIELDS[c.name];
      if (n !== undefined && !c.isUserClass) {
        fields = n;
        break;
      }
    }
    // ExceptionGroup is a heap type (PyErr_NewException) with a managed weak reference list.
    if (t.name === 'ExceptionGroup') {
      return { basicsize: BASE_EXCEPTION_SIZE + fields * PTR, itemsize: 0, dictoffset: 2 * PTR,
        weakrefoffset: MANAGED_WEAKREF_OFFSET, flags: 0x40005608 };
    }
    return { basicsize: BASE_EXCEPTION_SIZE + fields * PTR, itemsize: 0, dictoffset: 2 * PTR, weakrefoffset: 0,
      flags: 0x40005502 };
  }
  return null;
}

/** A built-in type the table lacks: its base's layout, with the flags pyrewind can tell. */
function fallbackLayout(t: PyType, bestBase: BestBase): Layout {
  const base = t.bases[0];
  const from = base === undefined ? null : typeLayout(base, bestBase);
  let flags = READY | IMMUTABLETYPE | HAVE_GC;
  if (t.isBaseType) flags |= BASETYPE;
  if (from !== null) flags |= from.flags & (SUBCLASS_BITS | INHERITED);
  return {
    basicsize: from?.basicsize ?? 2 * PTR,
    itemsize: from?.itemsize ?? 0,
    dictoffset: t.hasInstanceDict && from !== null && from.dictoffset === 0 ? MANAGED_DICT_OFFSET : from?.dictoffset ?? 0,
    weakrefoffset: from?.weakrefoffset ?? 0,
    flags: flags >>> 0,
  };
}

/** The best base's layout plus what the class adds (type_new_alloc, type_new_descriptors, inherit_special). */
function classLayout(t: PyType, bestBase: BestBase): Layout {
  const base = t.bases.length === 0 ? objectType : bestBase(t.bases);
  const b = typeLayout(base, bestBase);
  const own = t.slotNames?.length ?? 0;
  let flags = HEAPTYPE | BASETYPE | READY | HAVE_GC | (b.flags & (SUBCLASS_BITS | INHERITED | MANAGED_DICT | MANAGED_WEAKREF));
  if ((b.flags & HAVE_VECTORCALL) !== 0 && !t.attrs.has('__call__')) flags |= HAVE_VECTORCALL;
  const abstract = t.attrs.get('__abstractmethods__');
  if (abstract !== undefined && truthy(abstract)) flags |= IS_ABSTRACT;
  let dictoffset = b.dictoffset;
  if (dictoffset === 0 && t.hasInstanceDict) {
    dictoffset = MANAGED_DICT_OFFSET;
    flags |= MANAGED_DICT;
  }
  let weakrefoffset = b.weakrefoffset;
  if (weakrefoffset === 0 && b.itemsize === 0 && t.lookup('__weakref__') !== undefined) {
    weakrefoffset = MANAGED_WEAKREF_OFFSET;
    flags |= MANAGED_WEAKREF;
  }
  // Inline values: a managed dict of fixed-size instances whose layout adds nothing else.
  if ((flags & MANAGED_DICT) !== 0 && b.itemsize === 0 && ((b.flags & MANAGED_DICT) === 0 || ((b.flags & INLINE_VALUES) !== 0 && own === 0))) {
    flags |= INLINE_VALUES;
  }
  // (JavaScript's bit operators are signed: >>> 0 gives back the unsigned tp_flags.)
  return { basicsize: b.basicsize + own * PTR, itemsize: b.itemsize, dictoffset, weakrefoffset, flags: flags >>> 0 };
}

/** CPython's best_base: the base whose instance layout the class extends (type_methods.ts knows it). */
export type BestBase = (bases: PyType[]) => PyType;

/**
 * The layout numbers of a type. Built-in types' are cached; a class's are derived each time, as its
 * __abstractmethods__ (and so IS_ABSTRACT) may change after it is made.
 */
export function typeLayout(t: PyType, bestBase: BestBase): Layout {
  if (t.isUserClass) return classLayout(t, bestBase);
  let l = cache.get(t);
  if (l === undefined) {
    l = builtinLayout(t) ?? fallbackLayout(t, bestBase);
    cache.set(t, l);
  }
  return l;
}

