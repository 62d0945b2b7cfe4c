// The _operator module (CPython's Modules/_operator.c): the operator functions as builtins, the
// itemgetter/attrgetter/methodcaller types, length_hint and _compare_digest, with CPython's argument
// checks and messages. operator.py does `from _operator import *` over its pure-Python definitions.
//
// Every function here only dispatches to the VM's protocols (operators.ts, protocols.ts, call.ts);
// nothing here re-implements an operator's semantics.

import { PyObject, PyValue, makeBuiltinType, objectType, intType, typeOf, typeName } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyTuple, tuple } from '../objects/tuple.js';
import { PyDict } from '../objects/dict.js';
import { None, NotImplemented } from '../objects/singletons.js';
import { PyNativeFunction, defMethod, defNew, defGetSet, noArgs, argRange } from '../objects/native.js';
import { bytesLikeData } from '../objects/bytes_methods.js';
import { memoryviewData } from '../objects/memoryview.js';
import { PyBaseException, TypeError } from '../objects/exceptions.js';
import {
  asIndex, truthy, richCompare, contains, getIter, iterNext, eq, getItem, setItem, delItem, repr, len,
  withReprGuard,
} from '../runtime/protocols.js';
import { binaryOp, unaryNegative, unaryPositive, unaryInvert } from '../runtime/operators.js';
import { callSpecial, getAttr, lookupSpecial } from '../runtime/attributes.js';
import { callObject } from '../runtime/call.js';
import { typeError, valueError, overflowError } from '../runtime/raise.js';
import { partialType } from './functools.js';
import { registerNativeModule } from './registry.js';

type Kw = Map<string, PyValue> | null;

const MODULE_DOC = `Operator interface.

This module exports a set of functions implemented in C corresponding
to the intrinsic operators of Python.  For example, operator.add(x, y)
is equivalent to the expression x+y.  The function names are those
used for special methods; variants without leading and trailing
'__' are also provided for convenience.`;

// BINARY_OP's NB_* numbers (the in-place ones are these plus 13).
const NB = {
  add: 0, and_: 1, floordiv: 2, lshift: 3, matmul: 4, mul: 5, mod: 6, or_: 7, pow: 8, rshift: 9, sub: 10,
  truediv: 11, xor: 12,
} as const;

// richCompare's operator numbers (vm/runtime/protocols.ts Cmp).
const CMP = { lt: 0, le: 1, eq: 2, ne: 3, gt: 4, ge: 5 } as const;

/** Argument Clinic's positional-only check, "add expected 2 arguments, got 1", plus no keywords. */
function fixedArgs(name: string, args: PyValue[], kw: Kw, n: number): void {
  // The module functions are METH_FASTCALL without keywords: "_operator.add() takes no keyword arguments".
  if (kw !== null && kw.size > 0) throw typeError(`_operator.${name}() takes no keyword arguments`);
  if (args.length !== n) {
    throw typeError(`${name} expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
  }
}

/** PySequence_Check: has __getitem__ and is not a dict. */
function isSequence(v: PyValue): boolean {
  if (typeof v === 'string') return true;
  if (typeof v !== 'object') return false;
  if (v instanceof PyDict) return false;
  return v.cls.lookup('__getitem__') !== undefined;
}

/** PySequence_Concat / InPlaceConcat: only for sequences, then the + operator. */
function concat(a: PyValue, b: PyValue, inplace: boolean): PyValue {
  if (!isSequence(a)) throw typeError(`'${typeName(a)}' object can't be concatenated`);
  return binaryOp(inplace ? NB.add + 13 : NB.add, a, b);
}

/** PyObject_LengthHint: len() if defined, else __length_hint__, else the default. */
function lengthHint(obj: PyValue, dflt: number): number {
  const t = typeOf(obj);
  if (typeof obj === 'string' || t.lookup('__len__') !== undefined) {
    try {
      return len(obj);
    } catch (e) {
      // A __len__ raising TypeError counts as "no length" (CPython clears it and goes on).
      if (!(e instanceof PyBaseException && e.cls.isSubtypeOf(TypeError))) throw e;
    }
  }
  const hint = lookupSpecial(obj, '__length_hint__');
  if (hint === undefined) return dflt;
  let r: PyValue;
  try {
    r = callObject(hint, []);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(TypeError)) return dflt;
    throw e;
  }
  if (r === NotImplemented) return dflt;
  if (typeof r !== 'number' && typeof r !== 'bigint' && typeof r !== 'boolean' && !(r instanceof PyObject && r.cls.isSubtypeOf(intType))) {
    throw typeError(`__length_hint__ must be an integer, not ${typeName(r)}`);
  }
  const n = asIndex(r);
  if (typeof n === 'bigint') {
    if (n < 0n) throw valueError('__length_hint__() should return >= 0');
    throw overflowError("cannot fit 'int' into an index-sized integer");
  }
  if (n < 0) throw valueError('__length_hint__() should return >= 0');
  return n;
}

/** Constant-time comparison of equal-length inputs (the result is all that matters here). */
function timingSafeEqual(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  // Loop over b's length whatever a's, as CPython does, so the time depends only on b.
  const same = a.length === b.length;
  const left = same ? a : b;
  let result = same ? 0 : 1;
  for (let i = 0; i < b.length; i++) result |= left[i] ^ b[i];
  return result === 0;
}

function bufferOf(v: PyValue): Uint8Array | null {
  return bytesLikeData(v) ?? memoryviewData(v);
}

function compareDigest(a: PyValue, b: PyValue): boolean {
  if (typeof a === 'string' && typeof b === 'string') {
    const codes = (s: string): number[] => {
      const out = new Array<number>(s.length);
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c > 0x7f) throw typeError('comparing strings with non-ASCII characters is not supported');
        out[i] = c;
      }
      return out;
    };
    const ca = codes(a);
    const cb = codes(b);
    return timingSafeEqual(ca, cb);
  }
  const da = bufferOf(a);
  const db = bufferOf(b);
  if (da === null && db === null) {
    throw typeError(`unsupported operand types(s) or combination of types: '${typeName(a)}' and '${typeName(b)}'`);
  }
  if (da === null) throw typeError(`a bytes-like object is required, not '${typeName(a)}'`);
  if (db === null) throw typeError(`a bytes-like object is required, not '${typeName(b)}'`);
  return timingSafeEqual(da, db);
}

/** indexOf/countOf: identity or equality, over any iterable. */
function sequenceSearch(seq: PyValue, item: PyValue, count: boolean): number {
  const it = getIter(seq);
  let n = 0;
  for (let i = 0; ; i++) {
    const x = iterNext(it);
    if (x === undefined) break;
    if (x === item || eq(x, item)) {
      if (!count) return i;
      n++;
    }
  }
  if (count) return n;
  throw valueError('sequence.index(x): x not in sequence');
}

// ---- itemgetter, attrgetter, methodcaller ------------------------------------------------------------

const itemgetterType = makeBuiltinType('itemgetter', objectType, 'operator');
itemgetterType.isBaseType = false;
itemgetterType.doc =
  'Return a callable object that fetches the given item(s) from its operand.\nAfter f = itemgetter(2), the call f(r) returns r[2].\nAfter g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])';
const attrgetterType = makeBuiltinType('attrgetter', objectType, 'operator');
attrgetterType.isBaseType = false;
attrgetterType.doc =
  "Return a callable object that fetches the given attribute(s) from its operand.\nAfter f = attrgetter('name'), the call f(r) returns r.name.\nAfter g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\nAfter h = attrgetter('name.first', 'name.last'), the call h(r) returns\n(r.name.first, r.name.last).";
const methodcallerType = makeBuiltinType('methodcaller', objectType, 'operator');
methodcallerType.isBaseType = false;
methodcallerType.doc =
  "Return a callable object that calls the given method on its operand.\nAfter f = methodcaller('name'), the call f(r) returns r.name().\nAfter g = methodcaller('name', 'date', foo=1), the call g(r) returns\nr.name('date', foo=1).";

class ItemGetter extends PyObject {
  constructor(
    /** The single item, or the tuple of items when there are several. */
    readonly item: PyValue,
    readonly nitems: number,
  ) {
    super(itemgetterType);
  }
}

class AttrGetter extends PyObject {
  constructor(
    /** The names as given (for repr and pickling). */
    readonly names: string[],
    /** Each name split at its dots. */
    readonly chains: string[][],
  ) {
    super(attrgetterType);
  }
}

class MethodCaller extends PyObject {
  constructor(readonly name: string, readonly args: PyValue[], readonly kwargs: Map<string, PyValue>) {
    super(methodcallerType);
  }
}

/** The single operand of a call to one of the getter objects. */
function callOperand(kind: string, args: PyValue[], kw: Kw): PyValue {
  if (kw !== null && kw.size > 0) throw typeError(`${kind}() takes no keyword arguments`);
  if (args.length !== 1) throw typeError(`${kind} expected 1 argument, got ${args.length}`);
  return args[0];
}

defNew(itemgetterType, (_cls, args, kw) => {
  if (kw !== null && kw.size > 0) throw typeError('itemgetter() takes no keyword arguments');
  if (args.length <= 1) {
    if (args.length === 0) throw typeError('itemgetter expected 1 argument, got 0');
    return new ItemGetter(args[0], 1);
  }
  return new ItemGetter(tuple(args.slice()), args.length);
});
defMethod(itemgetterType, '__call__', (self, args, kw) => {
  const ig = self as ItemGetter;
  const obj = callOperand('itemgetter', args, kw);
  if (ig.nitems === 1) return getItem(obj, ig.item);
  const items = (ig.item as PyTuple).items;
  const out = new Array<PyValue>(items.length);
  for (let i = 0; i < items.length; i++) out[i] = getItem(obj, items[i]);
  return tuple(out);
});
defMethod(itemgetterType, '__repr__', (self) => {
  const ig = self as ItemGetter;
  return withReprGuard(ig, 'operator.itemgetter(...)', () =>
    ig.nitems === 1 ? `operator.itemgetter(${repr(ig.item)})` : `operator.itemgetter${repr(ig.item)}`,
  );
});
defMethod(itemgetterType, '__reduce__', (self, args, kw) => {
  noArgs('itemgetter.__reduce__', args, kw);
  const ig = self as ItemGetter;
  return tuple([itemgetterType, ig.nitems === 1 ? tuple([ig.item]) : ig.item]);
});

defNew(attrgetterType, (_cls, args, kw) => {
  if (kw !== null && kw.size > 0) throw typeError('attrgetter() takes no keyword arguments');
  if (args.length === 0) throw typeError('attrgetter expected 1 argument, got 0');
  const names: string[] = [];
  const chains: string[][] = [];
  for (const a of args) {
    if (typeof a !== 'string') throw typeError('attribute name must be a string');
    names.push(a);
    chains.push(a.split('.'));
  }
  return new AttrGetter(names, chains);
});
function dottedGet(obj: PyValue, chain: string[]): PyValue {
  let v = obj;
  for (let i = 0; i < chain.length; i++) v = getAttr(v, chain[i]);
  return v;
}
defMethod(attrgetterType, '__call__', (self, args, kw) => {
  const ag = self as AttrGetter;
  const obj = callOperand('attrgetter', args, kw);
  if (ag.chains.length === 1) return dottedGet(obj, ag.chains[0]);
  return tuple(ag.chains.map((c) => dottedGet(obj, c)));
});
defMethod(attrgetterType, '__repr__', (self) => {
  const ag = self as AttrGetter;
  return withReprGuard(ag, 'operator.attrgetter(...)', () => `operator.attrgetter(${ag.names.map(repr).join(', ')})`);
});
defMethod(attrgetterType, '__reduce__', (self, args, kw) => {
  noArgs('attrgetter.__reduce__', args, kw);
  return tuple([attrgetterType, tuple((self as AttrGetter).names.slice())]);
});

defNew(methodcallerType, (_cls, args, kw) => {
  if (args.length < 1) throw typeError('methodcaller needs at least one argument, the method name');
  const name = args[0];
  if (typeof name !== 'string') throw typeError('method name must be a string');
  return new MethodCaller(name, args.slice(1), new Map(kw ?? []));
});
defMethod(methodcallerType, '__call__', (self, args, kw) => {
  const mc = self as MethodCaller;
  const obj = callOperand('methodcaller', args, kw);
  return callObject(getAttr(obj, mc.name), mc.args, mc.kwargs.size === 0 ? null : mc.kwargs);
});
defMethod(methodcallerType, '__repr__', (self) => {
  const mc = self as MethodCaller;
  return withReprGuard(mc, 'operator.methodcaller(...)', () => {
    const parts = [repr(mc.name), ...mc.args.map(repr)];
    for (const [k, v] of mc.kwargs) parts.push(`${k}=${repr(v)}`);
    return `operator.methodcaller(${parts.join(', ')})`;
  });
});
defMethod(methodcallerType, '__reduce__', (self, args, kw) => {
  noArgs('methodcaller.__reduce__', args, kw);
  const mc = self as MethodCaller;
  if (mc.kwargs.size === 0) return tuple([methodcallerType, tuple([mc.name, ...mc.args])]);
  // Keyword arguments cannot go through __new__'s positional tuple: pickle a partial instead.
  const ctor = callObject(partialType, [methodcallerType, mc.name], mc.kwargs);
  return tuple([ctor, tuple(mc.args.slice())]);
});

for (const t of [itemgetterType, attrgetterType, methodcallerType]) {
  defGetSet(t, '__text_signature__', () => '(obj, /)');
}

// ---- the module -------------------------------------------------------------------------------------------

export function makeOperatorModule(): PyModule {
  const mod = new PyModule('_operator');
  const d = mod.dict;
  d.setStr('__doc__', MODULE_DOC);
  const def = (name: string, fn: (args: PyValue[], kw: Kw) => PyValue): void => {
    d.setStr(name, new PyNativeFunction(name, fn, mod));
  };
  const unary = (name: string, f: (a: PyValue) => PyValue): void => {
    def(name, (args, kw) => {
      fixedArgs(name, args, kw, 1);
      return f(args[0]);
    });
  };
  const binary = (name: string, f: (a: PyValue, b: PyValue) => PyValue): void => {
    def(name, (args, kw) => {
      fixedArgs(name, args, kw, 2);
      return f(args[0], args[1]);
    });
  };

  unary('truth', (a) => truthy(a));
  unary('not_', (a) => !truthy(a));
  unary('index', (a) => asIndex(a));
  unary('neg', unaryNegative);
  unary('pos', unaryPositive);
  unary('inv', unaryInvert);
  unary('invert', unaryInvert);
  unary('abs', (a) => {
    const r = callSpecial(a, '__abs__', []);
    if (r === undefined) throw typeError(`bad operand type for abs(): '${typeName(a)}'`);
    return r;
  });
  unary('is_none', (a) => a === None);
  unary('is_not_none', (a) => a !== None);
  binary('is_', (a, b) => a === b);
  binary('is_not', (a, b) => a !== b);
  binary('contains', (a, b) => contains(a, b));
  binary('indexOf', (a, b) => sequenceSearch(a, b, false));
  binary('countOf', (a, b) => sequenceSearch(a, b, true));
  for (const [name, nb] of Object.entries(NB)) {
    binary(name, (a, b) => binaryOp(nb, a, b));
    const iname = name === 'and_' || name === 'or_' ? `i${name.slice(0, -1)}` : `i${name}`;
    binary(iname, (a, b) => binaryOp(nb + 13, a, b));
  }
  binary('concat', (a, b) => concat(a, b, false));
  binary('iconcat', (a, b) => concat(a, b, true));
  binary('getitem', getItem);
  def('setitem', (args, kw) => {
    fixedArgs('setitem', args, kw, 3);
    setItem(args[0], args[1], args[2]);
    return None;
  });
  binary('delitem', (a, b) => {
    delItem(a, b);
    return None;
  });
  for (const [name, op] of Object.entries(CMP)) binary(name, (a, b) => richCompare(a, b, op));
  binary('_compare_digest', compareDigest);
  def('length_hint', (args, kw) => {
    if (kw !== null && kw.size > 0) throw typeError('_operator.length_hint() takes no keyword arguments');
    argRange('length_hint', args, null, 1, 2);
    let dflt = 0;
    if (args.length > 1) {
      const n = asIndex(args[1]);
      if (typeof n === 'bigint') throw overflowError('Python int too large to convert to C ssize_t');
      dflt = n;
    }
    return lengthHint(args[0], dflt);
  });
  def('call', (args, kw) => {
    if (args.length < 1) throw typeError(`call expected at least 1 argument, got ${args.length}`);
    return callObject(args[0], args.slice(1), kw);
  });
  d.setStr('itemgetter', itemgetterType);
  d.setStr('attrgetter', attrgetterType);
  d.setStr('methodcaller', methodcallerType);
  return mod;
}

registerNativeModule('_operator', makeOperatorModule);
