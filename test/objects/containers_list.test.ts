// list's methods, called through the descriptors registered on listType, against CPython 3.14's
// results (generated once with pyodide and embedded): indexing and slice assignment with their exact
// errors, repetition, comparison, the mutating methods, and sort() down to the number of __lt__ calls
// (a faithful timsort) and the state the list is left in when a comparison raises.
import { describe, expect, it } from 'vitest';
import '../../vm/objects/all.js';
import { PyObject, PyType, PyValue, objectType, typeType } from '../../vm/objects/object.js';
import { PyList, listType } from '../../vm/objects/list.js';
import { PyTuple } from '../../vm/objects/tuple.js';
import { PySlice } from '../../vm/objects/slice.js';
import { PyFloat } from '../../vm/objects/float.js';
import { PyMethodDescriptor, PyNativeFunction, defMethod } from '../../vm/objects/native.js';
import { None, NotImplemented } from '../../vm/objects/singletons.js';
import { PyBaseException, ValueError } from '../../vm/objects/exceptions.js';
import { repr } from '../../vm/runtime/protocols.js';
import { pyErrorType, pyErrorMessage } from '../../vm/runtime/raise.js';
import { timsort, strLess } from '../../vm/objects/list_methods.js';

type Kw = Map<string, PyValue> | null;
const call = (name: string, self: PyValue, args: PyValue[] = [], kw: Kw = null): PyValue =>
  (listType.attrs.get(name) as PyMethodDescriptor).fn(self, args, kw);
const list = (...items: PyValue[]): PyList => new PyList(items);
const f = (x: number): PyFloat => new PyFloat(x);
const err = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    return `${pyErrorType(e)}: ${pyErrorMessage(e)}`;
  }
  return 'no error';
};
const kw = (o: Record<string, PyValue>): Map<string, PyValue> => new Map(Object.entries(o));

describe('list indexing and slicing', () => {
  const ten = () => list(...Array.from({ length: 10 }, (_, i) => i));

  it('reads ints and slices like CPython', () => {
    const a = ten();
    expect(call('__getitem__', a, [-1])).toBe(9);
    expect(repr(call('__getitem__', a, [new PySlice(2, 8, 2)]))).toBe('[2, 4, 6]');
    expect(repr(call('__getitem__', a, [new PySlice(None, None, -1)]))).toBe('[9, 8, 7, 6, 5, 4, 3, 2, 1, 0]');
    expect(repr(call('__getitem__', a, [new PySlice(8, 2, -2)]))).toBe('[8, 6, 4]');
    expect(repr(call('__getitem__', a, [new PySlice(None, -3, -1)]))).toBe('[9, 8]');
    expect(repr(call('__getitem__', a, [new PySlice(100, None, None)]))).toBe('[]');
    expect(call('__getitem__', a, [true])).toBe(1);
  });

  it('raises CPython errors for bad subscripts', () => {
    const a = list(1);
    expect(err(() => call('__getitem__', a, [5]))).toBe('IndexError: list index out of range');
    expect(err(() => call('__getitem__', a, ['a']))).toBe('TypeError: list indices must be integers or slices, not str');
    expect(err(() => call('__getitem__', a, [f(1.5)]))).toBe('TypeError: list indices must be integers or slices, not float');
    expect(err(() => call('__getitem__', a, [2n ** 70n]))).toBe("IndexError: cannot fit 'int' into an index-sized integer");
    expect(err(() => call('__getitem__', a, [2n ** 60n]))).toBe('IndexError: list index out of range');
    expect(err(() => call('__getitem__', a, [new PySlice(None, None, 0)]))).toBe('ValueError: slice step cannot be zero');
    expect(err(() => call('__getitem__', a, [new PySlice('a', None, None)]))).toBe(
      'TypeError: slice indices must be integers or None or have an __index__ method',
    );
    expect(err(() => call('__getitem__', a, []))).toBe('TypeError: list.__getitem__() takes exactly one argument (0 given)');
    expect(err(() => call('__setitem__', a, [5, 1]))).toBe('IndexError: list assignment index out of range');
    expect(err(() => call('__delitem__', a, [5]))).toBe('IndexError: list assignment index out of range');
    expect(err(() => call('__setitem__', a, [1]))).toBe('TypeError: __setitem__ expected 2 arguments, got 1');
  });

  it('assigns slices, extended slices and deletes them', () => {
    let b = ten();
    call('__setitem__', b, [new PySlice(2, 5, None), 'xyz']);
    expect(repr(b)).toBe("[0, 1, 'x', 'y', 'z', 5, 6, 7, 8, 9]");
    b = ten();
    call('__setitem__', b, [new PySlice(1, 1, None), list(9, 9)]);
    expect(repr(b)).toBe('[0, 9, 9, 1, 2, 3, 4, 5, 6, 7, 8, 9]');
    b = ten();
    call('__setitem__', b, [new PySlice(7, 3, None), list(1)]);
    expect(repr(b)).toBe('[0, 1, 2, 3, 4, 5, 6, 1, 7, 8, 9]');
    b = ten();
    call('__setitem__', b, [new PySlice(None, None, 2), list(10, 11, 12, 13, 14)]);
    expect(repr(b)).toBe('[10, 1, 11, 3, 12, 5, 13, 7, 14, 9]');
    b = ten();
    call('__delitem__', b, [new PySlice(None, None, 3)]);
    expect(repr(b)).toBe('[1, 2, 4, 5, 7, 8]');
    b = ten();
    call('__delitem__', b, [new PySlice(None, None, -2)]);
    expect(repr(b)).toBe('[0, 2, 4, 6, 8]');
    b = ten();
    call('__setitem__', b, [new PySlice(-1, None, None), b]);
    expect(repr(b)).toBe('[0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]');
    b = list(1, 2, 3);
    expect(err(() => call('__setitem__', b, [new PySlice(None, None, 2), list(1, 2, 3)]))).toBe(
      'ValueError: attempt to assign sequence of size 3 to extended slice of size 2',
    );
    expect(err(() => call('__setitem__', b, [new PySlice(0, 1, None), 5]))).toBe(
      'TypeError: must assign iterable to extended slice',
    );
    expect(err(() => call('__setitem__', b, [new PySlice(None, None, -1), 5]))).toBe(
      'TypeError: must assign iterable to extended slice',
    );
  });
});

describe('list operators', () => {
  it('concatenates and repeats', () => {
    expect(repr(call('__add__', list(1), [list(2, 3)]))).toBe('[1, 2, 3]');
    expect(err(() => call('__add__', list(), [new PyTuple([])]))).toBe(
      'TypeError: can only concatenate list (not "tuple") to list',
    );
    expect(repr(call('__mul__', list(1, 2), [3]))).toBe('[1, 2, 1, 2, 1, 2]');
    expect(repr(call('__rmul__', list(0), [-1]))).toBe('[]');
    expect(err(() => call('__mul__', list(1), ['a']))).toBe("TypeError: can't multiply sequence by non-int of type 'str'");
    expect(err(() => call('__rmul__', list(1), [f(1.5)]))).toBe("TypeError: can't multiply sequence by non-int of type 'float'");
    expect(err(() => call('__mul__', list(1), [2n ** 63n]))).toBe("OverflowError: cannot fit 'int' into an index-sized integer");
    expect(err(() => call('__mul__', list(1), [2n ** 62n]))).toBe('MemoryError: ');
    expect(err(() => call('__add__', list(), []))).toBe('TypeError: expected 1 argument, got 0');
  });

  it('extends in place with any iterable', () => {
    const b = list(1, 2);
    expect(call('__iadd__', b, [new PyTuple([3, 4])])).toBe(b);
    call('__iadd__', b, ['ab']);
    expect(repr(b)).toBe("[1, 2, 3, 4, 'a', 'b']");
    expect(err(() => call('__iadd__', b, [5]))).toBe("TypeError: 'int' object is not iterable");
    const c = list(1, 2);
    call('__imul__', c, [2]);
    expect(repr(c)).toBe('[1, 2, 1, 2]');
    call('__imul__', c, [0]);
    expect(repr(c)).toBe('[]');
  });

  it('compares lexicographically, returning the deciding comparison', () => {
    expect(call('__lt__', list(1), [list(1, 2)])).toBe(true);
    expect(call('__eq__', list(1, 2, 3), [list(1, 2, 3)])).toBe(true);
    expect(call('__ge__', list(1, 2), [list(1, 2, 0)])).toBe(false);
    expect(call('__lt__', list(), [new PyTuple([])])).toBe(NotImplemented);
    expect(err(() => call('__lt__', list(1, 2), [list('a')]))).toBe("TypeError: '<' not supported between instances of 'int' and 'str'");
    const nan = f(NaN);
    // Identity wins over NaN != NaN, as in PyObject_RichCompareBool.
    expect(call('__eq__', list(nan), [list(nan)])).toBe(true);
    expect(call('__contains__', list(nan), [nan])).toBe(true);
    expect(listType.attrs.get('__hash__')).toBe(None);
  });

  it('reprs recursive lists', () => {
    const x = list(1);
    x.items.push(x);
    expect(repr(x)).toBe('[1, [...]]');
  });
});

describe('list methods', () => {
  it('insert, pop, remove, index, count', () => {
    const c = list(3, 1, 2);
    call('insert', c, [-100, 0]);
    call('insert', c, [100, 9]);
    call('insert', c, [1, 7]);
    expect(repr(c)).toBe('[0, 7, 3, 1, 2, 9]');
    expect(call('pop', c)).toBe(9);
    expect(call('pop', c, [0])).toBe(0);
    expect(call('pop', c, [-2])).toBe(1);
    expect(repr(c)).toBe('[7, 3, 2]');
    call('remove', c, [3]);
    expect(repr(c)).toBe('[7, 2]');
    const a = list(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    expect(call('index', a, [5, -6, -4])).toBe(5);
    expect(call('count', list(1, 1, 2), [1])).toBe(2);
  });

  it('raises CPython errors', () => {
    expect(err(() => call('index', list(1, 2), [5]))).toBe('ValueError: list.index(x): x not in list');
    expect(err(() => call('index', list(1, 2, 3), [3, 0, 2]))).toBe('ValueError: list.index(x): x not in list');
    expect(err(() => call('index', list(1, 2), [5, 'a']))).toBe('TypeError: slice indices must be integers or have an __index__ method');
    expect(err(() => call('index', list()))).toBe('TypeError: index expected at least 1 argument, got 0');
    expect(err(() => call('remove', list(1, 2), [5]))).toBe('ValueError: list.remove(x): x not in list');
    expect(err(() => call('pop', list()))).toBe('IndexError: pop from empty list');
    expect(err(() => call('pop', list(1), [5]))).toBe('IndexError: pop index out of range');
    expect(err(() => call('pop', list(1), ['a']))).toBe("TypeError: 'str' object cannot be interpreted as an integer");
    expect(err(() => call('insert', list(1), [1]))).toBe('TypeError: insert expected 2 arguments, got 1');
    expect(err(() => call('append', list()))).toBe('TypeError: list.append() takes exactly one argument (0 given)');
    expect(err(() => call('append', list(), [1], kw({ x: 1 })))).toBe('TypeError: list.append() takes no keyword arguments');
    expect(err(() => call('copy', list(), [1]))).toBe('TypeError: list.copy() takes no arguments (1 given)');
    expect(err(() => call('count', list()))).toBe('TypeError: list.count() takes exactly one argument (0 given)');
    expect(err(() => call('extend', list(), [5]))).toBe("TypeError: 'int' object is not iterable");
  });

  it('__init__ clears and refills; argument errors', () => {
    const l = list(9, 9);
    call('__init__', l, ['ab']);
    expect(repr(l)).toBe("['a', 'b']");
    expect(err(() => call('__init__', list(), [1, 2]))).toBe('TypeError: list expected at most 1 argument, got 2');
    expect(err(() => call('__init__', list(), [], kw({ x: 1 })))).toBe('TypeError: list() takes no keyword arguments');
    expect(err(() => call('__init__', list(), [5]))).toBe("TypeError: 'int' object is not iterable");
  });
});

// ---- sort ----------------------------------------------------------------------------------------------

/** A type whose __lt__ counts calls and compares a hidden number, like a Python class would. */
const countingType = new PyType(typeType, 'K', [objectType]);
class KObj extends PyObject {
  constructor(
    readonly v: number,
    readonly tag: number,
  ) {
    super(countingType);
  }
}
let ltCalls = 0;
let failAt = -1;
defMethod(countingType, '__lt__', (self, args) => {
  ltCalls++;
  if (ltCalls === failAt) throw new PyBaseException(ValueError, ['boom']);
  return (self as KObj).v < (args[0] as KObj).v;
});

function lcg(seed: number, n: number, rng: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    seed = Number((BigInt(seed) * 1103515245n + 12345n) % 2147483648n);
    out.push(seed % rng);
  }
  return out;
}

function prepare(seed: number, n: number, rng: number, kind: string): number[] {
  const data = lcg(seed, n, rng);
  if (kind === 'desc') data.sort((a, b) => b - a);
  if (kind === 'runs') {
    const out: number[] = [];
    for (let i = 0; i < data.length; i += 37) {
      const chunk = data.slice(i, i + 37).sort((a, b) => a - b);
      if ((i / 37) % 2 === 1) chunk.reverse();
      out.push(...chunk);
    }
    return out;
  }
  return data;
}

// The first tags after a sort whose 50th comparison raised (CPython 3.14).
const FAIL_HEAD = [15, 8, 12, 14, 0, 9, 3, 7, 6, 13, 11, 2, 4, 10, 5, 1];

// CPython 3.14: for each input, the number of __lt__ calls list.sort() makes, a checksum of the
// resulting permutation (sum((i+1)*tag) % 1000003) and its first tags.
const SORT_EXPECT: {
  seed: number; n: number; rng: number; kind: string; reverse: boolean; calls: number; check: number; head: number[];
}[] = JSON.parse(
  '[{"seed":1,"n":0,"rng":5,"kind":"rand","reverse":false,"calls":0,"check":0,"head":[]},{"seed":1,' +
  '"n":0,"rng":5,"kind":"rand","reverse":true,"calls":0,"check":0,"head":[]},{"seed":2,"n":1,"rng":' +
  '5,"kind":"rand","reverse":false,"calls":0,"check":0,"head":[0]},{"seed":2,"n":1,"rng":5,"kind":"' +
  'rand","reverse":true,"calls":0,"check":0,"head":[0]},{"seed":3,"n":2,"rng":5,"kind":"rand","reve' +
  'rse":false,"calls":1,"check":1,"head":[1,0]},{"seed":3,"n":2,"rng":5,"kind":"rand","reverse":tru' +
  'e,"calls":1,"check":2,"head":[0,1]},{"seed":4,"n":7,"rng":3,"kind":"rand","reverse":false,"calls' +
  '":14,"check":81,"head":[6,1,2,3,4,0,5]},{"seed":4,"n":7,"rng":3,"kind":"rand","reverse":true,"ca' +
  'lls":14,"check":102,"head":[0,5,1,2,3,4,6]},{"seed":5,"n":33,"rng":4,"kind":"rand","reverse":fal' +
  'se,"calls":114,"check":9584,"head":[2,6,10,14,18,22,26,30,3,7,11,15]},{"seed":5,"n":33,"rng":4,"' +
  'kind":"rand","reverse":true,"calls":113,"check":9856,"head":[1,5,9,13,17,21,25,29,0,4,8,12]},{"s' +
  'eed":6,"n":64,"rng":1000,"kind":"rand","reverse":false,"calls":309,"check":62116,"head":[11,63,5' +
  '2,60,31,40,22,38,37,44,27,33]},{"seed":6,"n":64,"rng":1000,"kind":"rand","reverse":true,"calls":' +
  '306,"check":69004,"head":[50,20,59,58,15,16,53,23,0,5,41,6]},{"seed":7,"n":65,"rng":10,"kind":"r' +
  'and","reverse":false,"calls":313,"check":73209,"head":[4,10,12,16,24,28,3,5,21,39,47,49]},{"seed' +
  '":7,"n":65,"rng":10,"kind":"rand","reverse":true,"calls":305,"check":67955,"head":[29,31,35,37,4' +
  '5,53,2,34,36,46,62,64]},{"seed":8,"n":200,"rng":7,"kind":"desc","reverse":false,"calls":357,"che' +
  'ck":363115,"head":[168,169,170,171,172,173,174,175,176,177,178,179]},{"seed":8,"n":200,"rng":7,"' +
  'kind":"desc","reverse":true,"calls":199,"check":666594,"head":[0,1,2,3,4,5,6,7,8,9,10,11]},{"see' +
  'd":9,"n":500,"rng":50,"kind":"runs","reverse":false,"calls":3413,"check":837365,"head":[0,73,147' +
  ',222,444,1,2,74,75,76,148,223]},{"seed":9,"n":500,"rng":50,"kind":"runs","reverse":true,"calls":' +
  '3410,"check":58974,"head":[37,109,110,185,186,258,480,481,36,107,108,111]},{"seed":10,"n":1000,"' +
  'rng":100000,"kind":"rand","reverse":false,"calls":8654,"check":90029,"head":[976,348,627,376,657' +
  ',196,230,169,421,575,155,439]},{"seed":10,"n":1000,"rng":100000,"kind":"rand","reverse":true,"ca' +
  'lls":8651,"check":908902,"head":[764,730,136,45,809,217,490,448,32,341,501,854]},{"seed":11,"n":' +
  '1000,"rng":3,"kind":"rand","reverse":false,"calls":5313,"check":413782,"head":[1,2,3,4,5,11,19,2' +
  '0,23,26,28,29]},{"seed":11,"n":1000,"rng":3,"kind":"rand","reverse":true,"calls":5352,"check":94' +
  '545,"head":[0,8,10,12,17,18,21,24,27,36,40,42]},{"seed":12,"n":2049,"rng":1000,"kind":"runs","re' +
  'verse":false,"calls":14075,"check":870730,"head":[1405,961,1776,147,1110,1923,1998,739,1849,1997' +
  ',1406,518]},{"seed":12,"n":2049,"rng":1000,"kind":"runs","reverse":true,"calls":14196,"check":82' +
  '0554,"head":[999,1072,480,702,1294,555,701,1813,110,407,998,1960]}]',
);

describe('list.sort', () => {
  it.each(SORT_EXPECT.map((e) => [e]))('matches CPython comparisons and result %#', (e) => {
    const data = prepare(e.seed, e.n, e.rng, e.kind);
    const l = new PyList(data.map((v, i) => new KObj(v, i)));
    ltCalls = 0;
    failAt = -1;
    call('sort', l, [], e.reverse ? kw({ reverse: true }) : null);
    expect(ltCalls).toBe(e.calls);
    const tags = l.items.map((o) => (o as KObj).tag);
    expect(tags.slice(0, 12)).toEqual(e.head);
    expect(tags.reduce((acc, t, i) => (acc + (i + 1) * t) % 1000003, 0)).toBe(e.check);
  });

  it('puts NaN where CPython does', () => {
    const nan = NaN;
    const data = [3.0, nan, 1.0, 2.0, nan, 0.5, 7.0, nan, -1.0, 4.0, 2.5];
    const l = new PyList(data.map(f));
    call('sort', l);
    expect(l.items.map(repr)).toEqual(['3.0', 'nan', '1.0', '2.0', 'nan', '0.5', '7.0', 'nan', '-1.0', '2.5', '4.0']);
    const r = new PyList(data.map(f));
    call('sort', r, [], kw({ reverse: true }));
    expect(r.items.map(repr)).toEqual(['nan', 'nan', '7.0', 'nan', '4.0', '3.0', '2.5', '2.0', '1.0', '0.5', '-1.0']);
  });

  it('sorts stably by key, also reversed', () => {
    const words = ['pear', 'fig', 'apple', 'kiwi', 'date', 'plum', 'lime', 'banana', 'cherry', 'nut'];
    const l = new PyList(words.slice());
    call('sort', l, [], kw({ key: builtinLen() }));
    expect(l.items).toEqual(['fig', 'nut', 'pear', 'kiwi', 'date', 'plum', 'lime', 'apple', 'banana', 'cherry']);
    const r = new PyList(words.slice());
    call('sort', r, [], kw({ key: builtinLen(), reverse: 1 }));
    expect(r.items).toEqual(['banana', 'cherry', 'apple', 'pear', 'kiwi', 'date', 'plum', 'lime', 'fig', 'nut']);
  });

  it('orders strs by code point and mixed numbers exactly', () => {
    const l = new PyList(['b', 'a', 'B', '\uffff', '\u{1F600}', 'é', 'ab', '']);
    call('sort', l);
    expect(l.items).toEqual(['', 'B', 'a', 'ab', 'b', 'é', '\uffff', '\u{1F600}']);
    expect(strLess('\uffff', '\u{1F600}')).toBe(true);
    expect('\uffff' < '\u{1F600}').toBe(false); // why strLess exists
    const m = new PyList([3, f(1.5), true, -2, 2n ** 60n, f(0), false, f(-2.5), 2n ** 53n + 1n, f(9007199254740992)]);
    call('sort', m);
    expect(m.items.map(repr)).toEqual([
      '-2.5', '-2', '0.0', 'False', 'True', '1.5', '3', '9007199254740992.0', '9007199254740993', '1152921504606846976',
    ]);
  });

  it('shows an empty list to key functions and rejects modification', () => {
    const seen: number[] = [];
    const l = new PyList([3, 1, 2]);
    call('sort', l, [], kw({ key: nativeFn((x) => (seen.push(l.items.length), x)) }));
    expect(seen).toEqual([0, 0, 0]);
    expect(repr(l)).toBe('[1, 2, 3]');
    const m = new PyList([3, 1, 2]);
    expect(err(() => call('sort', m, [], kw({ key: nativeFn((x) => (m.items.push(1), x)) })))).toBe(
      'ValueError: list modified during sort',
    );
    expect(repr(m)).toBe('[1, 2, 3]');
  });

  it('leaves a permutation of the items when a comparison raises', () => {
    const data = lcg(77, 200, 100);
    const l = new PyList(data.map((v, i) => new KObj(v, i)));
    ltCalls = 0;
    failAt = 50;
    expect(err(() => call('sort', l))).toBe('ValueError: boom');
    failAt = -1;
    const tags = l.items.map((o) => (o as KObj).tag);
    expect([...tags].sort((a, b) => a - b)).toEqual(data.map((_, i) => i));
    expect(tags.slice(0, 16)).toEqual(FAIL_HEAD);
  });

  it('rejects positional and unknown arguments', () => {
    expect(err(() => call('sort', list(), [1]))).toBe('TypeError: sort() takes no positional arguments');
    expect(err(() => call('sort', list(), [], kw({ foo: 1 })))).toBe("TypeError: sort() got an unexpected keyword argument 'foo'");
    expect(err(() => call('sort', list(1, 'a')))).toBe("TypeError: '<' not supported between instances of 'str' and 'int'");
  });

  it('timsort is a stable sort for plain JS data', () => {
    const data = lcg(5, 3000, 50).map((v, i) => ({ v, i }));
    const expected = [...data].sort((a, b) => a.v - b.v || a.i - b.i);
    timsort(data, (a, b) => a.v < b.v);
    expect(data).toEqual(expected);
  });
});

function nativeFn(fn: (x: PyValue) => PyValue): PyNativeFunction {
  return new PyNativeFunction('key', (args) => fn(args[0]));
}
function builtinLen(): PyNativeFunction {
  return nativeFn((x) => (x as string).length);
}
