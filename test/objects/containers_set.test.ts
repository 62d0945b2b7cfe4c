// set and frozenset: iteration order must be CPython's hash-table order (open addressing, resizes,
// dummies, merges), so the expected orders below come from CPython 3.14 (pyodide) for small
// non-negative ints, and from a 64-bit CPython for big ints, floats and tuples (pyodide is a 32-bit
// build whose hashes differ). Also the set algebra, frozenset/tuple hashes and the error messages.
import { describe, expect, it } from 'vitest';
import '../../vm/objects/all.js';
import { PyType, PyValue, typeType } from '../../vm/objects/object.js';
import { PySet, setType, frozensetType, newSet } from '../../vm/objects/set.js';
import { PyList } from '../../vm/objects/list.js';
import { PyTuple, tupleType } from '../../vm/objects/tuple.js';
import { PyDict } from '../../vm/objects/dict.js';
import { PyFloat } from '../../vm/objects/float.js';
import { PyMethodDescriptor } from '../../vm/objects/native.js';
import { None, NotImplemented } from '../../vm/objects/singletons.js';
import { repr, getIter, iterNext } from '../../vm/runtime/protocols.js';
import { pyErrorType, pyErrorMessage } from '../../vm/runtime/raise.js';
import { xxHashItems } from '../../vm/objects/tuple_methods.js';

type Kw = Map<string, PyValue> | null;
const callOn = (t: PyType) => (name: string, self: PyValue, args: PyValue[] = [], kw: Kw = null): PyValue =>
  (t.attrs.get(name) as PyMethodDescriptor).fn(self, args, kw);
const call = callOn(setType);
const fcall = callOn(frozensetType);
const err = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    return `${pyErrorType(e)}: ${pyErrorMessage(e)}`;
  }
  return 'no error';
};
const order = (s: PyValue): PyValue[] => (s as PySet).toArray();
const list = (...items: PyValue[]): PyList => new PyList(items);
const f = (x: number): PyFloat => new PyFloat(x);

function lcg(seed: number, n: number, rng: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    seed = Number((BigInt(seed) * 1103515245n + 12345n) % 2147483648n);
    out.push(seed % rng);
  }
  return out;
}

/** set(iterable) through set.__new__ + set.__init__, as type.__call__ does. */
function mkset(items: PyValue[] | PyValue): PySet {
  const s = new PySet(setType);
  call('__init__', s, [Array.isArray(items) ? new PyList(items) : items]);
  return s;
}

describe('set iteration order (CPython 3.14, small ints)', () => {
  const ADDS: [number, number, number, number[]][] = [
    [1, 3, 10, [0, 4, 5]],
    [2, 5, 16, [0, 3, 9, 14, 15]],
    [3, 12, 100, [32, 2, 69, 38, 72, 80, 19, 23, 89, 90, 61, 95]],
    [4, 30, 1000, [128, 902, 778, 11, 783, 143, 784, 148, 538, 29, 158, 417, 34, 165, 422, 812, 435, 820, 63, 709, 710,
      200, 979, 352, 233, 106, 873, 889, 379]],
    [6, 7, 8, [0, 1, 2, 3, 4, 5, 7]],
  ];
  it.each(ADDS)('set(lcg(%i, %i, %i))', (seed, n, rng, expected) => {
    expect(order(mkset(lcg(seed, n, rng)))).toEqual(expected);
    expect(order(newSet(lcg(seed, n, rng)))).toEqual(expected);
  });

  it('100 values below 100000', () => {
    const s = mkset(lcg(5, 100, 100000));
    expect(order(s).slice(0, 20)).toEqual([38400, 62998, 4643, 25639, 16935, 39475, 16947, 20533, 27716, 88134, 59466,
      73305, 46685, 70751, 102, 6768, 46198, 30332, 23168, 66689]);
    expect(order(s).slice(-6)).toEqual([20940, 3023, 44506, 24049, 58359, 80382]);
  });

  it('reuses dummy slots after discards', () => {
    const s = mkset(Array.from({ length: 40 }, (_, i) => i));
    for (let x = 0; x < 40; x += 3) call('discard', s, [x]);
    for (const x of [100, 41, 3]) call('add', s, [x]);
    expect(order(s)).toEqual([1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 20, 22, 23, 3, 25, 26, 28, 29, 31, 32, 34,
      35, 37, 38, 41, 100]);
  });

  it('copies a frozenset table on update into an empty set (SET_UPDATE of a constant), then pops from the finger', () => {
    const frozen = newSet([5, 13, 21, 29, 37], frozensetType);
    expect(order(frozen)).toEqual([37, 5, 13, 21, 29]);
    const s = new PySet();
    s.update(frozen);
    expect([call('pop', s), call('pop', s), call('pop', s)]).toEqual([29, 37, 5]);
    expect(order(s)).toEqual([21, 13]);
    const fz = newSet(lcg(15, 9, 50), frozensetType);
    expect(order(fz)).toEqual([33, 34, 10, 42, 12, 25, 27]);
    const c = new PySet();
    call('update', c, [fz]);
    expect(order(c)).toEqual([33, 34, 42, 25, 10, 27, 12]);
  });

  it('builds from a dict with one resize up front', () => {
    const d = new PyDict();
    for (const k of lcg(14, 20, 300)) d.set(k, None);
    expect(order(mkset(d))).toEqual([64, 133, 201, 10, 139, 269, 208, 17, 274, 212, 215, 218, 285, 222, 99, 100, 234, 59,
      124, 63]);
  });

  describe('algebra', () => {
    const a = () => mkset(lcg(11, 25, 60));
    const b = () => mkset(lcg(12, 25, 60));
    it('operands', () => {
      expect(order(a())).toEqual([2, 3, 7, 8, 10, 12, 13, 15, 17, 20, 21, 36, 38, 39, 45, 46, 52, 53, 54, 55, 56]);
      expect(order(b())).toEqual([0, 1, 2, 6, 7, 9, 11, 15, 17, 18, 22, 23, 24, 28, 30, 31, 33, 37, 44, 45, 48, 57]);
    });
    it('| & - ^', () => {
      expect(order(call('__or__', a(), [b()]))).toEqual([0, 1, 2, 3, 6, 7, 8, 9, 10, 11, 12, 13, 15, 17, 18, 20, 21, 22,
        23, 24, 28, 30, 31, 33, 36, 37, 38, 39, 44, 45, 46, 48, 52, 53, 54, 55, 56, 57]);
      expect(order(call('__and__', a(), [b()]))).toEqual([2, 7, 45, 15, 17]);
      expect(order(call('__sub__', a(), [b()]))).toEqual([3, 36, 38, 39, 8, 10, 12, 13, 46, 20, 21, 52, 53, 54, 55, 56]);
      expect(order(call('__xor__', a(), [b()]))).toEqual([0, 1, 3, 6, 8, 9, 10, 11, 12, 13, 18, 20, 21, 22, 23, 24, 28,
        30, 31, 33, 36, 37, 38, 39, 44, 46, 48, 52, 53, 54, 55, 56, 57]);
      expect(call('__or__', a(), [list(1)])).toBe(NotImplemented);
    });
    it('methods with iterables and the _update variants', () => {
      expect(order(call('union', a(), [new PyList(lcg(13, 10, 200))]))).toEqual([192, 2, 3, 7, 8, 10, 12, 13, 141, 15, 143,
        17, 20, 21, 154, 91, 158, 161, 36, 38, 39, 42, 45, 46, 52, 53, 54, 55, 56, 187, 124]);
      let u = a();
      call('intersection_update', u, [b()]);
      expect(order(u)).toEqual([2, 7, 45, 15, 17]);
      u = a();
      call('difference_update', u, [b()]);
      expect(order(u)).toEqual([3, 8, 10, 12, 13, 20, 21, 36, 38, 39, 46, 52, 53, 54, 55, 56]);
      u = a();
      call('symmetric_difference_update', u, [new PyList(lcg(12, 25, 60))]);
      expect(order(u)).toEqual([0, 1, 3, 6, 8, 9, 10, 11, 12, 13, 18, 20, 21, 22, 23, 24, 28, 30, 31, 33, 36, 37, 38, 39,
        44, 46, 48, 52, 53, 54, 55, 56, 57]);
    });
    it('comparisons and predicates', () => {
      const s = mkset([1, 2]);
      expect(call('__lt__', mkset([1]), [s])).toBe(true);
      expect(call('__eq__', mkset([1, 2]), [newSet([2, 1], frozensetType)])).toBe(true);
      expect(call('__le__', s, [list(1, 2)])).toBe(NotImplemented);
      expect(call('issubset', s, [list(1, 2, 3)])).toBe(true);
      expect(call('issuperset', s, [list(2)])).toBe(true);
      expect(call('isdisjoint', s, [list(3, 4)])).toBe(true);
      expect(err(() => call('issubset', s, [5]))).toBe("TypeError: 'int' object is not iterable");
    });
    it('result types follow the left operand’s base type', () => {
      const fz = newSet([2], frozensetType);
      expect((call('__or__', mkset([1]), [fz]) as PySet).cls).toBe(setType);
      expect((fcall('__or__', fz, [mkset([1])]) as PySet).cls).toBe(frozensetType);
      expect(fcall('copy', fz)).toBe(fz);
    });
  });
});

describe('64-bit hashes (CPython on a 64-bit platform)', () => {
  it('orders big ints and floats by their real hashes', () => {
    const vals: PyValue[] = [2n ** 61n, 2n ** 61n - 1n, 2n ** 62n + 7n, -(2n ** 62n), 10n ** 20n, -(10n ** 19n), f(1.5), f(-0.25),
      f(1e300), f(2 ** 70), -7, -1, -2, 12345678901234567n];
    expect(order(mkset(vals)).map(repr)).toEqual(['2305843009213693951', '2305843009213693952', '1.5', '-0.25',
      '1.1805916207174113e+21', '12345678901234567', '4611686018427387911', '100000000000000000000', '1e+300', '-1', '-2',
      '-7', '-10000000000000000000', '-4611686018427387904']);
    expect(order(mkset([0.5, 1.25, -3.75, 1e-5, 6.0, 7.0, 100.5].map(f))).map(repr)).toEqual(['0.5', '1.25', '100.5', '6.0',
      '7.0', '1e-05', '-3.75']);
  });

  it('tuplehash', () => {
    const tup = (...items: PyValue[]) => new PyTuple(items);
    const hashOf = (t: PyTuple) => (tupleType.attrs.get('__hash__') as PyMethodDescriptor).fn(t, [], null);
    expect(hashOf(tup())).toBe(5740354900026072187n);
    expect(hashOf(tup(1))).toBe(-6644214454873602895n);
    expect(hashOf(tup(-1))).toBe(8078679518589016365n);
    expect(hashOf(tup(1, 2, 3))).toBe(529344067295497451n);
    expect(hashOf(tup(2n ** 61n))).toBe(-6644214454873602895n);
    expect(hashOf(tup(f(1.5), -2))).toBe(-9002791676578425913n);
    expect(xxHashItems([1, 2, 3], true)).toBe(529344067295497451n);
    expect(err(() => hashOf(tup(1, list())))).toBe("TypeError: unhashable type: 'list'");
  });

  it('nested tuples hash (needs protocols.hash to keep in-range bigint __hash__ results)', () => {
    const tup = (...items: PyValue[]) => new PyTuple(items);
    const hashOf = (t: PyTuple) => (tupleType.attrs.get('__hash__') as PyMethodDescriptor).fn(t, [], null);
    expect(hashOf(tup(tup(1, 2), tup(3)))).toBe(-8303551883679707139n);
    const s = mkset([tup(1, 2), tup(3, 4), tup(5, 6), tup(0, 0), tup(7, 8), tup(-1, -1)]);
    expect(order(s).map(repr)).toEqual(['(1, 2)', '(3, 4)', '(-1, -1)', '(0, 0)', '(5, 6)', '(7, 8)']);
  });

  it('frozenset hash', () => {
    const h = (items: PyValue[]) => fcall('__hash__', newSet(items, frozensetType));
    expect(h([])).toBe(133146708735736);
    expect(h([1])).toBe(-558064481276695278n);
    expect(h([1, 2, 3])).toBe(-272375401224217160n);
    expect(h([-1, 2n ** 62n])).toBe(5197505200615787739n);
    expect(h([newSet([], frozensetType)])).toBe(-6993584179861130285n);
    expect(setType.attrs.get('__hash__')).toBe(None);
  });
});

describe('set errors and protocol details', () => {
  it('wraps unhashable elements like 3.14', () => {
    expect(err(() => mkset([list()]))).toBe("TypeError: cannot use 'list' as a set element (unhashable type: 'list')");
    expect(err(() => call('__contains__', mkset([1]), [list()]))).toBe(
      "TypeError: cannot use 'list' as a set element (unhashable type: 'list')",
    );
    expect(err(() => call('discard', mkset([]), [list()]))).toBe(
      "TypeError: cannot use 'list' as a set element (unhashable type: 'list')",
    );
    expect(err(() => newSet([new PyTuple([1, list()])]))).toBe(
      "TypeError: cannot use 'tuple' as a set element (unhashable type: 'list')",
    );
  });

  it('looks a set key up as the equal frozenset', () => {
    const inner = newSet([1], frozensetType);
    const s = mkset([inner, 5]);
    expect(call('__contains__', s, [mkset([1])])).toBe(true);
    call('remove', s, [mkset([1])]);
    expect(repr(s)).toBe('{5}');
  });

  it('KeyErrors and argument errors', () => {
    expect(err(() => call('pop', mkset([])))).toBe("KeyError: 'pop from an empty set'");
    expect(err(() => call('remove', mkset([]), [1]))).toBe('KeyError: 1');
    expect(err(() => call('remove', mkset([]), [new PyTuple([1, 2])]))).toBe('KeyError: (1, 2)');
    expect(err(() => call('__init__', new PySet(), [1, 2]))).toBe('TypeError: set expected at most 1 argument, got 2');
    expect(err(() => call('__init__', new PySet(), [], new Map([['x', 1]])))).toBe('TypeError: set() takes no keyword arguments');
    expect(err(() => call('__init__', new PySet(), [5]))).toBe("TypeError: 'int' object is not iterable");
    expect(err(() => call('union', new PySet(), [], new Map([['x', 1]])))).toBe('TypeError: set.union() takes no keyword arguments');
    expect(err(() => fcall('union', new PySet(frozensetType), [], new Map([['x', 1]])))).toBe(
      'TypeError: frozenset.union() takes no keyword arguments',
    );
    expect(err(() => call('add', new PySet()))).toBe('TypeError: set.add() takes exactly one argument (0 given)');
    expect(err(() => fcall('isdisjoint', new PySet(frozensetType)))).toBe(
      'TypeError: frozenset.isdisjoint() takes exactly one argument (0 given)',
    );
    expect(err(() => call('pop', new PySet(), [1]))).toBe('TypeError: set.pop() takes no arguments (1 given)');
  });

  it('frozenset() construction', () => {
    const newFrozen = (frozensetType.attrs.get('__new__') as { fn: (a: PyValue[], k: Kw) => PyValue }).fn;
    const fz = newSet([1, 2], frozensetType);
    expect(newFrozen([frozensetType, fz], null)).toBe(fz);
    expect(repr(newFrozen([frozensetType, list(3, 1)], null))).toBe('frozenset({1, 3})');
    expect(err(() => newFrozen([frozensetType, 1, 2], null))).toBe('TypeError: frozenset expected at most 1 argument, got 2');
    expect(err(() => newFrozen([frozensetType], new Map([['x', 1]])))).toBe('TypeError: frozenset() takes no keyword arguments');
  });

  it('reprs sets, frozensets and subclasses', () => {
    const S = new PyType(typeType, 'S', [setType]);
    const F = new PyType(typeType, 'F', [frozensetType]);
    expect(repr(new PySet())).toBe('set()');
    expect(repr(mkset([1]))).toBe('{1}');
    expect(repr(new PySet(frozensetType))).toBe('frozenset()');
    expect(repr(newSet([1], frozensetType))).toBe('frozenset({1})');
    expect(repr(new PySet(S))).toBe('S()');
    expect(repr(newSet([1], S))).toBe('S({1})');
    expect(repr(newSet([1], F))).toBe('F({1})');
    expect((call('copy', newSet([1], S)) as PySet).cls).toBe(setType);
  });

  it('iterators: RuntimeError on size change, length hints', () => {
    const s = mkset([1, 2, 3]);
    const it = getIter(s);
    expect(iterNext(it)).toBe(1);
    expect((setIterHint(it))).toBe(2);
    s.add(10);
    expect(err(() => iterNext(it))).toBe('RuntimeError: Set changed size during iteration');
    expect(setIterHint(it)).toBe(0);
  });
});

function setIterHint(it: PyValue): PyValue {
  const t = (it as { cls: PyType }).cls;
  return (t.attrs.get('__length_hint__') as PyMethodDescriptor).fn(it, [], null);
}
