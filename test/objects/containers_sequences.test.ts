// tuple, range and slice methods and the container iterators' Python protocol, through the registered
// descriptors, against CPython 3.14 (pyodide; hash values from a 64-bit CPython).
import { describe, expect, it } from 'vitest';
import '../../vm/objects/all.js';
import { PyType, PyValue } from '../../vm/objects/object.js';
import { PyTuple, tupleType, emptyTuple } from '../../vm/objects/tuple.js';
import { PyList } from '../../vm/objects/list.js';
import { PyRange, rangeType } from '../../vm/objects/range.js';
import { PySlice, sliceType } from '../../vm/objects/slice.js';
import { PyFloat } from '../../vm/objects/float.js';
import { PyMethodDescriptor, PyNativeFunction } from '../../vm/objects/native.js';
import { None, NotImplemented } from '../../vm/objects/singletons.js';
import { PyIterator } from '../../vm/objects/iterators.js';
import { repr, getIter, iterNext, toArray } from '../../vm/runtime/protocols.js';
import { pyErrorType, pyErrorMessage } from '../../vm/runtime/raise.js';
import { sliceIndicesLong } from '../../vm/objects/slice_methods.js';

type Kw = Map<string, PyValue> | null;
const callOn = (t: PyType) => (name: string, self: PyValue, args: PyValue[] = [], kw: Kw = null): PyValue =>
  (t.attrs.get(name) as PyMethodDescriptor).fn(self, args, kw);
const tcall = callOn(tupleType);
const rcall = callOn(rangeType);
const scall = callOn(sliceType);
const err = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    return `${pyErrorType(e)}: ${pyErrorMessage(e)}`;
  }
  return 'no error';
};
const tup = (...items: PyValue[]): PyTuple => new PyTuple(items);
const f = (x: number): PyFloat => new PyFloat(x);
const newOf = (t: PyType) => (args: PyValue[], kw: Kw = null): PyValue =>
  (t.attrs.get('__new__') as PyNativeFunction).fn([t, ...args], kw);
const range = newOf(rangeType);
const slice = newOf(sliceType);
const tuple = newOf(tupleType);

describe('tuple', () => {
  it('constructs, reprs and indexes', () => {
    expect(repr(tup(1))).toBe('(1,)');
    expect(repr(tup())).toBe('()');
    expect(repr(tuple([new PyList([1, 2])]))).toBe('(1, 2)');
    const t = tup(1, 2);
    expect(tuple([t])).toBe(t);
    expect(tuple([])).toBe(emptyTuple);
    expect(repr(tcall('__getitem__', tup(1, 2, 3), [new PySlice(None, None, -1)]))).toBe('(3, 2, 1)');
    expect(tcall('__getitem__', t, [new PySlice(None, None, None)])).toBe(t);
    expect(repr(tcall('__getitem__', t, [new PySlice(5, None, None)]))).toBe('()');
    const inner = new PyList([]);
    const rec = tup(inner);
    inner.items.push(rec);
    expect(repr(rec)).toBe('([(...)],)');
  });

  it('raises CPython errors', () => {
    expect(err(() => tuple([1, 2]))).toBe('TypeError: tuple expected at most 1 argument, got 2');
    expect(err(() => tuple([], new Map([['x', 1]])))).toBe('TypeError: tuple() takes no keyword arguments');
    expect(err(() => tuple([5]))).toBe("TypeError: 'int' object is not iterable");
    expect(err(() => tcall('__getitem__', tup(1), [5]))).toBe('IndexError: tuple index out of range');
    expect(err(() => tcall('__getitem__', tup(1), ['a']))).toBe('TypeError: tuple indices must be integers or slices, not str');
    expect(err(() => tcall('__add__', tup(1), [new PyList([1])]))).toBe('TypeError: can only concatenate tuple (not "list") to tuple');
    expect(err(() => tcall('index', tup(1, 2), [5]))).toBe('ValueError: tuple.index(x): x not in tuple');
    expect(err(() => tcall('index', tup(1, 2, 3), [3, 0, 2]))).toBe('ValueError: tuple.index(x): x not in tuple');
    expect(err(() => tcall('count', tup()))).toBe('TypeError: tuple.count() takes exactly one argument (0 given)');
    expect(err(() => tcall('__mul__', tup(1), ['a']))).toBe("TypeError: can't multiply sequence by non-int of type 'str'");
    expect(err(() => tcall('__mul__', tup(1), [2n ** 63n]))).toBe("OverflowError: cannot fit 'int' into an index-sized integer");
    expect(err(() => tcall('__lt__', tup(1, 'a'), [tup(1, 2)]))).toBe("TypeError: '<' not supported between instances of 'str' and 'int'");
    expect(err(() => tcall('__getitem__', tup()))).toBe('TypeError: expected 1 argument, got 0');
    expect(err(() => tcall('__len__', tup(), [1]))).toBe('TypeError: expected 0 arguments, got 1');
  });

  it('concatenates, repeats, compares, counts', () => {
    const t = tup(1, 2, 3, 2);
    expect(tcall('index', t, [2, 2])).toBe(3);
    expect(tcall('count', t, [2])).toBe(2);
    expect(repr(tcall('__add__', t, [tup(4)]))).toBe('(1, 2, 3, 2, 4)');
    expect(tcall('__add__', t, [emptyTuple])).toBe(t);
    expect(repr(tcall('__rmul__', tup(5), [2]))).toBe('(5, 5)');
    expect(tcall('__mul__', t, [1])).toBe(t);
    expect(tcall('__lt__', emptyTuple, [tup(1)])).toBe(true);
    expect(tcall('__eq__', tup(1, 2), [tup(1, f(2))])).toBe(true);
    expect(tcall('__lt__', tup(1), [new PyList([1])])).toBe(NotImplemented);
    expect(tcall('__hash__', tup(1, 2, 3))).toBe(529344067295497451n);
  });
});

describe('range', () => {
  it('constructs with CPython errors', () => {
    expect(repr(range([5]))).toBe('range(0, 5)');
    expect(repr(range([1, 10, 2]))).toBe('range(1, 10, 2)');
    expect(repr(range([true, 5]))).toBe('range(1, 5)');
    expect(err(() => range([]))).toBe('TypeError: range expected at least 1 argument, got 0');
    expect(err(() => range([1, 2, 3, 4]))).toBe('TypeError: range expected at most 3 arguments, got 4');
    expect(err(() => range([1, 2, 0]))).toBe('ValueError: range() arg 3 must not be zero');
    expect(err(() => range([f(1.5)]))).toBe("TypeError: 'float' object cannot be interpreted as an integer");
    expect(err(() => range([1], new Map([['x', 1]])))).toBe('TypeError: range() takes no keyword arguments');
  });

  it('indexes by int and slice, exactly for huge ranges', () => {
    const r = new PyRange(3, 30, 4);
    expect(rcall('__getitem__', r, [2])).toBe(11);
    expect(rcall('__getitem__', r, [-1])).toBe(27);
    expect(repr(rcall('__getitem__', r, [new PySlice(1, 4, None)]))).toBe('range(7, 19, 4)');
    expect(repr(rcall('__getitem__', r, [new PySlice(None, None, -2)]))).toBe('range(27, -1, -8)');
    expect(repr(rcall('__getitem__', new PyRange(5, 0, -1), [new PySlice(None, None, -1)]))).toBe('range(1, 6)');
    expect(repr(rcall('__getitem__', new PyRange(0, 10, 3), [new PySlice(None, None, 2)]))).toBe('range(0, 12, 6)');
    expect(rcall('__getitem__', new PyRange(0, 2n ** 70n, 1), [2n ** 69n])).toBe(590295810358705651712n);
    expect(rcall('__getitem__', new PyRange(10n ** 20n, 10n ** 20n + 5n, 1), [-1])).toBe(100000000000000000004n);
    expect(repr(rcall('__getitem__', new PyRange(10n ** 20n, 10n ** 20n + 5n, 1), [new PySlice(2, None, None)]))).toBe(
      'range(100000000000000000002, 100000000000000000005)',
    );
    expect(err(() => rcall('__getitem__', r, [100]))).toBe('IndexError: range object index out of range');
    expect(err(() => rcall('__getitem__', r, ['a']))).toBe('TypeError: range indices must be integers or slices, not str');
  });

  it('len, membership, count, index', () => {
    const r = new PyRange(3, 30, 4);
    expect(rcall('__len__', r)).toBe(7);
    expect(rcall('__contains__', r, [7])).toBe(true);
    expect(rcall('__contains__', r, [8])).toBe(false);
    expect(rcall('__contains__', r, [f(7)])).toBe(true);
    expect(rcall('__contains__', r, ['a'])).toBe(false);
    expect(rcall('index', r, [11])).toBe(2);
    expect(rcall('count', r, [15])).toBe(1);
    expect(rcall('count', r, [f(15)])).toBe(1);
    expect(rcall('index', new PyRange(0, 10n ** 30n, 7), [7n * 10n ** 20n])).toBe(100000000000000000000n);
    expect(rcall('__contains__', new PyRange(0, 10n ** 30n, 5), [10n ** 25n])).toBe(true);
    expect(err(() => rcall('index', r, [8]))).toBe('ValueError: range.index(x): x not in range');
    expect(err(() => rcall('index', r, ['a']))).toBe('ValueError: sequence.index(x): x not in sequence');
    expect(err(() => rcall('index', r))).toBe('TypeError: range.index() takes exactly one argument (0 given)');
    expect(err(() => rcall('__len__', new PyRange(-(2n ** 63n), 2n ** 63n, 1)))).toBe(
      'OverflowError: Python int too large to convert to C ssize_t',
    );
    expect(rcall('__bool__', new PyRange(0, 0, 1))).toBe(false);
  });

  it('iterates forwards and backwards', () => {
    expect(toArray(rcall('__reversed__', new PyRange(1, 10, 3)))).toEqual([7, 4, 1]);
    expect(toArray(rcall('__reversed__', new PyRange(0, 0, 1)))).toEqual([]);
    const big = rcall('__reversed__', new PyRange(2n ** 60n, 2n ** 60n + 3n, 1));
    expect((big as PyIterator).cls.name).toBe('longrange_iterator');
    expect(toArray(big)).toEqual([2n ** 60n + 2n, 2n ** 60n + 1n, 2n ** 60n]);
    expect(toArray(rcall('__iter__', new PyRange(10, 0, -3)))).toEqual([10, 7, 4, 1]);
  });

  it('compares by the sequence produced and hashes like CPython', () => {
    expect(rcall('__eq__', new PyRange(0, 5, 1), [new PyRange(0, 5, 1)])).toBe(true);
    expect(rcall('__eq__', new PyRange(0, 0, 1), [new PyRange(5, 1, 1)])).toBe(true);
    expect(rcall('__eq__', new PyRange(1, 2, 5), [new PyRange(1, 3, 7)])).toBe(true);
    expect(rcall('__lt__', new PyRange(0, 5, 1), [new PyRange(0, 6, 1)])).toBe(NotImplemented);
    expect(rcall('__hash__', new PyRange(0, 10, 1))).toBe(-7546101314042312252n);
    expect(rcall('__hash__', new PyRange(1, 10, 3))).toBe(-9160968616009628824n);
    expect(rcall('__hash__', new PyRange(0, 12, 6))).toBe(-5254910664658406433n);
    expect(rcall('__hash__', new PyRange(0, 0, 1))).toBe(rcall('__hash__', new PyRange(3, 1, 2)));
  });
});

describe('slice', () => {
  it('constructs and reprs', () => {
    expect(repr(slice([1]))).toBe('slice(None, 1, None)');
    expect(repr(slice([1, 2]))).toBe('slice(1, 2, None)');
    expect(repr(slice(['a', new PyList([]), None]))).toBe("slice('a', [], None)");
    expect(err(() => slice([]))).toBe('TypeError: slice expected at least 1 argument, got 0');
    expect(err(() => slice([1, 2, 3, 4]))).toBe('TypeError: slice expected at most 3 arguments, got 4');
    expect(err(() => slice([1], new Map([['x', 1]])))).toBe('TypeError: slice() takes no keyword arguments');
  });

  it('indices()', () => {
    expect(repr(scall('indices', new PySlice(1, 2, 3), [10]))).toBe('(1, 2, 3)');
    expect(repr(scall('indices', new PySlice(None, None, -1), [10]))).toBe('(9, -1, -1)');
    expect(repr(scall('indices', new PySlice(-100, 100, None), [10n ** 30n]))).toBe('(999999999999999999999999999900, 100, 1)');
    expect(repr(scall('indices', new PySlice(None, None, None), [2n ** 70n]))).toBe('(0, 1180591620717411303424, 1)');
    expect(repr(scall('indices', new PySlice(-(2n ** 70n), 2n ** 70n, -(2n ** 70n)), [10]))).toBe('(-1, 9, -1180591620717411303424)');
    expect(err(() => scall('indices', new PySlice(None, None, 0), [10]))).toBe('ValueError: slice step cannot be zero');
    expect(err(() => scall('indices', new PySlice(None, 1, None), [-1]))).toBe('ValueError: length should not be negative');
    expect(err(() => scall('indices', new PySlice(None, 1, None), ['a']))).toBe(
      "TypeError: 'str' object cannot be interpreted as an integer",
    );
    expect(err(() => scall('indices', new PySlice(None, 'a', None), [5]))).toBe(
      'TypeError: slice indices must be integers or None or have an __index__ method',
    );
    expect(sliceIndicesLong(new PySlice(-3, None, None), 2)).toEqual([0, 2, 1]);
  });

  it('compares as tuples and hashes', () => {
    expect(scall('__eq__', new PySlice(None, 1, None), [new PySlice(None, 1, None)])).toBe(true);
    expect(scall('__lt__', new PySlice(1, 2, None), [new PySlice(1, 3, None)])).toBe(true);
    expect(scall('__eq__', new PySlice(1, 2, 3), [new PySlice(1, 2, f(3))])).toBe(true);
    const s = new PySlice(1, 2, None);
    expect(scall('__gt__', s, [s])).toBe(false);
    expect(scall('__le__', s, [s])).toBe(true);
    expect(scall('__lt__', s, [tup(1, 3)])).toBe(NotImplemented);
    expect(scall('__hash__', new PySlice(1, 2, 3))).toBe(scall('__hash__', new PySlice(1, 2, 3)));
    expect(scall('__hash__', new PySlice(1, 2, 3))).not.toBe(tcall('__hash__', tup(1, 2, 3)));
    expect(err(() => scall('__hash__', new PySlice(new PyList([]), None, None)))).toBe("TypeError: unhashable type: 'list'");
  });
});

describe('iterator protocol', () => {
  const next = (it: PyValue) => ((it as PyIterator).cls.attrs.get('__next__') as PyMethodDescriptor).fn(it, [], null);
  const hint = (it: PyValue) => ((it as PyIterator).cls.attrs.get('__length_hint__') as PyMethodDescriptor).fn(it, [], null);
  const iter = (it: PyValue) => ((it as PyIterator).cls.attrs.get('__iter__') as PyMethodDescriptor).fn(it, [], null);

  it('__next__ raises StopIteration at the end; __iter__ is identity', () => {
    const it = getIter(new PyList([1]));
    expect(iter(it)).toBe(it);
    expect(next(it)).toBe(1);
    expect(err(() => next(it))).toBe('StopIteration: ');
    expect(err(() => next(getIter(emptyTuple)))).toBe('StopIteration: ');
    expect(err(() => next(getIter(new PyRange(0, 0, 1))))).toBe('StopIteration: ');
  });

  it('__length_hint__ counts what is left', () => {
    const it = getIter(new PyList([1, 2, 3]));
    iterNext(it);
    expect(hint(it)).toBe(2);
    const rit = (callOn((new PyList([]) as PyList).cls)('__reversed__', new PyList([1, 2, 3])));
    iterNext(rit);
    expect(hint(rit)).toBe(2);
    expect(hint(getIter(tup(1, 2)))).toBe(2);
    expect(hint(getIter('héllo'))).toBe(5);
    const r = getIter(new PyRange(0, 10, 1));
    iterNext(r);
    expect(hint(r)).toBe(9);
    expect(hint(rcall('__reversed__', new PyRange(0, 5, 1)))).toBe(5);
    const done = getIter(tup(1));
    iterNext(done);
    iterNext(done);
    expect(hint(done)).toBe(0);
  });
});
