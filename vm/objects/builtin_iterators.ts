// The lazy iterator types of the builtins: enumerate, zip, map, filter, reversed, and iter(callable,
// sentinel). Each is a Python type whose constructor is its __new__; they are PyIterators.

import { PyType, PyValue, makeBuiltinType, typeName, typeOf } from './object.js';
import { dictType } from './dict.js';
import { PyIterator } from './iterator_base.js';
import { PyTuple } from './tuple.js';
import { defNew, defMethod, bindArgs, noArgs } from './native.js';
import { None } from './singletons.js';
import { getIter, iterNext, truthy, asIndex, eq, len, getItem } from '../runtime/protocols.js';
import { callObject } from '../runtime/call.js';
import { intAdd, PyInt } from '../numeric/int_math.js';
import { typeError, valueError } from '../runtime/raise.js';
import { unexpectedKeywordMessage } from '../runtime/keyword_suggestion.js';
import { callSpecial } from '../runtime/attributes.js';
import { StopIteration } from './exceptions.js';
import { PyBaseException } from './exceptions.js';

export const enumerateType = makeBuiltinType('enumerate');
export const zipType = makeBuiltinType('zip');
export const mapType = makeBuiltinType('map');
export const filterType = makeBuiltinType('filter');
export const reversedType = makeBuiltinType('reversed');
export const callableIteratorType = makeBuiltinType('callable_iterator');
callableIteratorType.isBaseType = false;

export class EnumerateIterator extends PyIterator {
  constructor(private readonly it: PyValue, private count: PyInt, cls: PyType = enumerateType) {
    super(cls);
  }
  next(): PyValue | undefined {
    const v = iterNext(this.it);
    if (v === undefined) return undefined;
    const i = this.count;
    this.count = typeof i === 'number' && i < 9007199254740991 ? i + 1 : intAdd(i, 1);
    return new PyTuple([i, v]);
  }
}

export class ZipIterator extends PyIterator {
  constructor(private readonly its: PyValue[], private readonly strict: boolean, cls: PyType = zipType) {
    super(cls);
  }
  next(): PyValue | undefined {
    const its = this.its;
    if (its.length === 0) return undefined;
    const out: PyValue[] = new Array(its.length);
    for (let i = 0; i < its.length; i++) {
      const v = iterNext(its[i]);
      if (v === undefined) {
        if (this.strict) checkStrictEnd('zip', its, i);
        return undefined;
      }
      out[i] = v;
    }
    return new PyTuple(out);
  }
}

export class MapIterator extends PyIterator {
  constructor(
    private readonly fn: PyValue,
    private readonly its: PyValue[],
    cls: PyType = mapType,
    /** map(..., strict=True) (3.14): unequal lengths raise ValueError, as zip's strict does. */
    private readonly strict = false,
  ) {
    super(cls);
  }
  next(): PyValue | undefined {
    const its = this.its;
    const args: PyValue[] = new Array(its.length);
    for (let i = 0; i < its.length; i++) {
      const v = iterNext(its[i]);
      if (v === undefined) {
        if (this.strict) checkStrictEnd('map', its, i);
        return undefined;
      }
      args[i] = v;
    }
    return callObject(this.fn, args);
  }
}

/**
 * The strict-mode end of zip()/map(): iterator `i` ran out. Raises unless every iterator ends together
 * (the first one to end decides whether the others are longer or shorter).
 */
function checkStrictEnd(fname: string, its: PyValue[], i: number): void {
  if (i > 0) throw valueError(`${fname}() argument ${i + 1} is shorter than argument${i > 1 ? 's 1-' + i : ' 1'}`);
  for (let j = 1; j < its.length; j++) {
    if (iterNext(its[j]) !== undefined) {
      throw valueError(`${fname}() argument ${j + 1} is longer than argument${j > 1 ? 's 1-' + j : ' 1'}`);
    }
  }
}

export class FilterIterator extends PyIterator {
  constructor(private readonly fn: PyValue, private readonly it: PyValue, cls: PyType = filterType) {
    super(cls);
  }
  next(): PyValue | undefined {
    for (;;) {
      const v = iterNext(this.it);
      if (v === undefined) return undefined;
      const keep = this.fn === None ? truthy(v) : truthy(callObject(this.fn, [v]));
      if (keep) return v;
    }
  }
}

export class ReversedIterator extends PyIterator {
  private i: number;
  /** reversed_len: the items left, re-checked against the sequence's current length (0 when done). */
  lengthHint(): number {
    if (this.i < 0) return 0;
    const n = len(this.seq);
    return n < this.i + 1 ? 0 : this.i + 1;
  }
  constructor(private readonly seq: PyValue, n: number, cls: PyType = reversedType) {
    super(cls);
    this.i = n - 1;
  }
  next(): PyValue | undefined {
    if (this.i < 0) return undefined;
    try {
      return getItem(this.seq, this.i--);
    } catch (e) {
      if (e instanceof PyBaseException && (e.cls.name === 'IndexError' || e.cls.isSubtypeOf(StopIteration))) {
        this.i = -1;
        return undefined;
      }
      throw e;
    }
  }
}

export class CallableIterator extends PyIterator {
  private done = false;
  constructor(private readonly fn: PyValue, private readonly sentinel: PyValue) {
    super(callableIteratorType);
  }
  next(): PyValue | undefined {
    if (this.done) return undefined;
    let v: PyValue;
    try {
      v = callObject(this.fn, []);
    } catch (e) {
      // The callable raising StopIteration ends the iteration too (calliter_iternext).
      if (e instanceof PyBaseException && e.cls.isSubtypeOf(StopIteration)) {
        this.done = true;
        return undefined;
      }
      throw e;
    }
    if (eq(v, this.sentinel)) {
      this.done = true;
      return undefined;
    }
    return v;
  }
}

/** enumerate(iterable, start=0) binds its arguments by hand in CPython (enum_vectorcall), with its own messages. */
function enumerateArgs(args: PyValue[], kwargs: Map<string, PyValue> | null): [PyValue, PyValue | undefined] {
  const keys = kwargs === null ? [] : [...kwargs.keys()];
  const total = args.length + keys.length;
  const expect = (key: string, name: string): PyValue => {
    if (key !== name) throw typeError(`'${key}' is an invalid keyword argument for enumerate()`);
    return kwargs!.get(key)!;
  };
  if (total === 2) {
    if (keys.length === 0) return [args[0], args[1]];
    if (keys.length === 1) return [args[0], expect(keys[0], 'start')];
    if (keys[0] === 'start') return [expect(keys[1], 'iterable'), kwargs!.get('start')!];
    return [expect(keys[0], 'iterable'), expect(keys[1], 'start')];
  }
  if (total === 1) return [keys.length === 1 ? expect(keys[0], 'iterable') : args[0], undefined];
  if (args.length === 0) throw typeError("enumerate() missing required argument 'iterable'");
  throw typeError(`enumerate() takes at most 2 arguments (${total} given)`);
}

defNew(enumerateType, (cls, args, kwargs) => {
  const [iterable, start] = enumerateArgs(args, kwargs);
  return new EnumerateIterator(getIter(iterable), start === undefined ? 0 : asIndex(start), cls);
});
defNew(zipType, (cls, args, kwargs) => {
  let strict = false;
  if (kwargs !== null) {
    if (kwargs.size > 1) throw typeError(`zip() takes at most 1 keyword argument (${kwargs.size} given)`);
    for (const [k, v] of kwargs) {
      if (k !== 'strict') throw typeError(unexpectedKeywordMessage('zip()', k, ['strict']));
      strict = truthy(v);
    }
  }
  return new ZipIterator(args.map((a, i) => {
    try {
      return getIter(a);
    } catch (e) {
      if (e instanceof PyBaseException && e.cls.name === 'TypeError') {
        throw typeError(`zip argument #${i + 1} must support iteration`);
      }
      throw e;
    }
  }), strict, cls);
});
defNew(mapType, (cls, args, kwargs) => {
  let strict = false;
  if (kwargs !== null && kwargs.size > 0) {
    if (kwargs.size > 1) throw typeError(`map() takes at most 1 keyword argument (${kwargs.size} given)`);
    for (const [k, v] of kwargs) {
      if (k !== 'strict') throw typeError(unexpectedKeywordMessage('map()', k, ['strict']));
      strict = truthy(v);
    }
  }
  if (args.length < 2) throw typeError('map() must have at least two arguments.');
  return new MapIterator(args[0], args.slice(1).map(getIter), cls, strict);
});
defNew(filterType, (cls, args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) throw typeError('filter() takes no keyword arguments');
  if (args.length !== 2) throw typeError(`filter expected 2 arguments, got ${args.length}`);
  return new FilterIterator(args[0], getIter(args[1]), cls);
});
defNew(reversedType, (cls, args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) throw typeError('reversed() takes no keyword arguments');
  if (args.length !== 1) throw typeError(`reversed expected 1 argument, got ${args.length}`);
  const seq = args[0];
  // __reversed__ = None opts out; otherwise a sequence (__getitem__, not a dict) whose len() is asked,
  // so a missing __len__ is len()'s own TypeError (reversed_new_impl).
  const t = typeOf(seq);
  if (t.lookup('__reversed__') === None) throw typeError(`'${typeName(seq)}' object is not reversible`);
  const r = callSpecial(seq, '__reversed__', []);
  if (r !== undefined) return r;
  if (typeof seq !== 'string' && (t.lookup('__getitem__') === undefined || t.isSubtypeOf(dictType))) {
    throw typeError(`'${typeName(seq)}' object is not reversible`);
  }
  return new ReversedIterator(seq, len(seq), cls);
});

defMethod(reversedType, '__length_hint__', (self, args, kwargs) => {
  noArgs('reversed.__length_hint__', args, kwargs);
  return (self as ReversedIterator).lengthHint();
});

for (const t of [enumerateType, zipType, mapType, filterType, reversedType, callableIteratorType]) {
  defMethod(t, '__iter__', (self) => self);
  defMethod(t, '__next__', (self) => {
    const v = (self as PyIterator).next();
    if (v === undefined) throw new PyBaseException(StopIteration, []);
    return v;
  });
}
