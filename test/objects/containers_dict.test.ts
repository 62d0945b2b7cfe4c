// dict's methods and its keys/values/items views, called through the registered descriptors, against
// CPython 3.14 (pyodide): KeyError(key), __missing__, the 3.14 unhashable-key message, update/merge
// argument forms, | and |=, views' set algebra and comparisons, reversed iteration.
import { describe, expect, it } from 'vitest';
import '../../vm/objects/all.js';
import { PyType, PyValue, typeType } from '../../vm/objects/object.js';
import { PyDict, dictType } from '../../vm/objects/dict.js';
import { PyList } from '../../vm/objects/list.js';
import { PyTuple } from '../../vm/objects/tuple.js';
import { PySet, setType, newSet } from '../../vm/objects/set.js';
import { PyMethodDescriptor, PyClassMethodDescriptor, PyNativeFunction, defMethod } from '../../vm/objects/native.js';
import { None, NotImplemented } from '../../vm/objects/singletons.js';
import { repr, getIter, iterNext, toArray } from '../../vm/runtime/protocols.js';
import { pyErrorType, pyErrorMessage } from '../../vm/runtime/raise.js';
import { dictKeysType, dictItemsType, dictValuesType, PyDictView } from '../../vm/objects/dict_methods.js';

type Kw = Map<string, PyValue> | null;
const callOn = (t: PyType) => (name: string, self: PyValue, args: PyValue[] = [], kw: Kw = null): PyValue =>
  (t.attrs.get(name) as PyMethodDescriptor).fn(self, args, kw);
const call = callOn(dictType);
const err = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    return `${pyErrorType(e)}: ${pyErrorMessage(e)}`;
  }
  return 'no error';
};
const kw = (o: Record<string, PyValue>): Map<string, PyValue> => new Map(Object.entries(o));
const tup = (...items: PyValue[]): PyTuple => new PyTuple(items);
const list = (...items: PyValue[]): PyList => new PyList(items);

function dict(...pairs: [PyValue, PyValue][]): PyDict {
  const d = new PyDict();
  for (const [k, v] of pairs) d.set(k, v);
  return d;
}

describe('dict construction and update', () => {
  it('accepts mappings, pair sequences and keywords', () => {
    const d = new PyDict();
    call('__init__', d, [list(tup(1, 2), list(3, 4), 'ab')]);
    expect(repr(d)).toBe("{1: 2, 3: 4, 'a': 'b'}");
    const e = new PyDict();
    call('__init__', e, [dict(['a', 1])], kw({ b: 2 }));
    expect(repr(e)).toBe("{'a': 1, 'b': 2}");
    call('update', e, [list(tup('x', 1))], kw({ y: 2 }));
    expect(repr(e)).toBe("{'a': 1, 'b': 2, 'x': 1, 'y': 2}");
  });

  it('raises CPython errors', () => {
    expect(err(() => call('__init__', new PyDict(), [1, 2]))).toBe('TypeError: dict expected at most 1 argument, got 2');
    expect(err(() => call('__init__', new PyDict(), [list(tup(1, 2, 3))]))).toBe(
      'ValueError: dictionary update sequence element #0 has length 3; 2 is required',
    );
    expect(err(() => call('__init__', new PyDict(), [list(tup(1, 2), 5)]))).toBe('TypeError: object is not iterable');
    expect(err(() => call('__init__', new PyDict(), [list(list(1))]))).toBe(
      'ValueError: dictionary update sequence element #0 has length 1; 2 is required',
    );
    expect(err(() => call('__init__', new PyDict(), [5]))).toBe("TypeError: 'int' object is not iterable");
    expect(err(() => call('update', new PyDict(), [1, 2]))).toBe('TypeError: update expected at most 1 argument, got 2');
  });

  it('fromkeys, for dict and for subclasses through __setitem__', () => {
    const fromkeys = dictType.attrs.get('fromkeys') as PyClassMethodDescriptor;
    expect(repr(fromkeys.fn(dictType, ['abc', 5], null))).toBe("{'a': 5, 'b': 5, 'c': 5}");
    expect(repr(fromkeys.fn(dictType, [list(1, 2)], null))).toBe('{1: None, 2: None}');
    expect(err(() => fromkeys.fn(dictType, [], null))).toBe('TypeError: fromkeys expected at least 1 argument, got 0');
    expect(err(() => fromkeys.fn(dictType, [list(list())], null))).toBe(
      "TypeError: cannot use 'list' as a dict key (unhashable type: 'list')",
    );
    const DD = new PyType(typeType, 'DD', [dictType]);
    defMethod(DD, '__setitem__', (self, args) => {
      (self as PyDict).set(args[0], (args[1] as number) * 10);
      return None;
    });
    const dd = fromkeys.fn(DD, ['ab', 1], null) as PyDict;
    expect(dd.cls).toBe(DD);
    expect(repr(dd)).toBe("{'a': 10, 'b': 10}");
  });
});

describe('dict item access', () => {
  it('KeyError carries the key; unhashable keys get the 3.14 message', () => {
    expect(err(() => call('__getitem__', new PyDict(), [1]))).toBe('KeyError: 1');
    expect(err(() => call('__getitem__', new PyDict(), [tup(1, 2)]))).toBe('KeyError: (1, 2)');
    expect(err(() => call('__getitem__', new PyDict(), [list()]))).toBe(
      "TypeError: cannot use 'list' as a dict key (unhashable type: 'list')",
    );
    expect(err(() => call('__setitem__', new PyDict(), [tup(1, list()), 1]))).toBe(
      "TypeError: cannot use 'tuple' as a dict key (unhashable type: 'list')",
    );
    expect(err(() => call('get', new PyDict(), [list()]))).toBe("TypeError: cannot use 'list' as a dict key (unhashable type: 'list')");
    expect(err(() => call('setdefault', new PyDict(), [list()]))).toBe(
      "TypeError: cannot use 'list' as a dict key (unhashable type: 'list')",
    );
    // An empty dict's pop() does not hash the key.
    expect(err(() => call('pop', new PyDict(), [list()]))).toBe('KeyError: []');
    expect(err(() => call('__delitem__', dict([1, 2]), [3]))).toBe('KeyError: 3');
    expect(err(() => call('__getitem__', new PyDict(), [1, 2]))).toBe('TypeError: dict.__getitem__() takes exactly one argument (2 given)');
    expect(err(() => call('__setitem__', new PyDict(), [1]))).toBe('TypeError: __setitem__ expected 2 arguments, got 1');
  });

  it('__missing__ on subclasses', () => {
    const M = new PyType(typeType, 'M', [dictType]);
    defMethod(M, '__missing__', (_self, args) => (args[0] as string) + '!');
    const m = new PyDict(M);
    m.set('a', 1);
    expect(call('__getitem__', m, ['a'])).toBe(1);
    expect(call('__getitem__', m, ['zz'])).toBe('zz!');
    expect((call('copy', m) as PyDict).cls).toBe(dictType);
  });

  it('get, setdefault, pop, popitem', () => {
    const d = dict(['a', 1], ['b', 2]);
    expect(call('get', d, ['a'])).toBe(1);
    expect(call('get', d, ['z'])).toBe(None);
    expect(call('get', d, ['z', 0])).toBe(0);
    expect(call('setdefault', d, ['c', 3])).toBe(3);
    expect(call('setdefault', d, ['a', 9])).toBe(1);
    expect(call('pop', d, ['a'])).toBe(1);
    expect(call('pop', d, ['zz', 'dflt'])).toBe('dflt');
    expect(repr(call('popitem', d))).toBe("('c', 3)");
    expect(repr(d)).toBe("{'b': 2}");
    expect(err(() => call('popitem', new PyDict()))).toBe("KeyError: 'popitem(): dictionary is empty'");
    expect(err(() => call('pop', d, ['q']))).toBe("KeyError: 'q'");
    expect(err(() => call('get', d))).toBe('TypeError: get expected at least 1 argument, got 0');
    expect(err(() => call('get', d, [1, 2, 3]))).toBe('TypeError: get expected at most 2 arguments, got 3');
    expect(err(() => call('pop', d))).toBe('TypeError: pop expected at least 1 argument, got 0');
    expect(err(() => call('keys', d, [1]))).toBe('TypeError: dict.keys() takes no arguments (1 given)');
  });

  it('equality, | and |=, repr with recursion', () => {
    expect(call('__eq__', dict([1, 2]), [dict([1, 2])])).toBe(true);
    expect(call('__eq__', dict([1, 2]), [list()])).toBe(NotImplemented);
    expect(call('__lt__', dict(), [dict()])).toBe(NotImplemented);
    expect(repr(call('__or__', dict([1, 2]), [dict([3, 4])]))).toBe('{1: 2, 3: 4}');
    expect(repr(call('__ror__', dict([1, 2]), [dict([3, 4], [1, 0])]))).toBe('{3: 4, 1: 2}');
    expect(call('__or__', dict(), [list()])).toBe(NotImplemented);
    const d = dict(['x', 1]);
    expect(call('__ior__', d, [list(tup('y', 2))])).toBe(d);
    expect(repr(d)).toBe("{'x': 1, 'y': 2}");
    const r = dict([1, 0]);
    r.set(1, r);
    expect(repr(r)).toBe('{1: {...}}');
    expect(dictType.attrs.get('__hash__')).toBe(None);
  });

  it('reversed() and the size-change check', () => {
    const d = dict([1, 2], [3, 4]);
    const rit = call('__reversed__', d);
    expect((rit as { cls: PyType }).cls.name).toBe('dict_reversekeyiterator');
    expect(toArray(rit)).toEqual([3, 1]);
    const it = call('__reversed__', d);
    iterNext(it);
    d.delete(3);
    expect(err(() => iterNext(it))).toBe('RuntimeError: dictionary changed size during iteration');
  });
});

describe('dict views', () => {
  const d = () => dict(['b', 2], ['x', 1], ['y', 2]);
  const keys = (x: PyDict) => call('keys', x) as PyDictView;
  const items = (x: PyDict) => call('items', x) as PyDictView;
  const kcall = callOn(dictKeysType);
  const icall = callOn(dictItemsType);

  it('repr, len, membership, reversed', () => {
    const x = d();
    expect(repr(keys(x))).toBe("dict_keys(['b', 'x', 'y'])");
    expect(repr(call('values', x))).toBe('dict_values([2, 1, 2])');
    expect(repr(items(x))).toBe("dict_items([('b', 2), ('x', 1), ('y', 2)])");
    expect(kcall('__len__', keys(x))).toBe(3);
    expect(kcall('__contains__', keys(x), ['x'])).toBe(true);
    expect(icall('__contains__', items(x), [tup('x', 1)])).toBe(true);
    expect(icall('__contains__', items(x), [tup('x', 2)])).toBe(false);
    expect(icall('__contains__', items(x), [list('x', 1)])).toBe(false);
    expect(err(() => icall('__contains__', items(x), [tup(list(), 2)]))).toBe(
      "TypeError: cannot use 'list' as a dict key (unhashable type: 'list')",
    );
    expect(toArray(callOn(dictValuesType)('__reversed__', call('values', x)))).toEqual([2, 1, 2]);
    expect(repr(new PyList(toArray(icall('__reversed__', items(x)))))).toBe("[('y', 2), ('x', 1), ('b', 2)]");
    expect(dictKeysType.attrs.get('__hash__')).toBe(None);
    expect(dictValuesType.attrs.get('__hash__')).toBe(undefined);
  });

  it('set algebra gives sets; reflected forms work', () => {
    const x = dict([1, 2]);
    expect(repr(kcall('__and__', keys(x), [list(1)]))).toBe('{1}');
    expect(repr(kcall('__rand__', keys(x), [list(1)]))).toBe('{1}');
    expect(repr(icall('__or__', items(x), [list(1)]))).toBe('{1, (1, 2)}');
    expect(repr(kcall('__sub__', keys(x), [list(1)]))).toBe('set()');
    expect(repr(kcall('__xor__', keys(x), [newSet([5])]))).toBe('{1, 5}');
    expect(repr(kcall('__rsub__', keys(x), [list(1, 7)]))).toBe('{7}');
    const xor = icall('__xor__', items(dict([1, 2], [3, 4])), [items(dict([3, 5]))]) as PySet;
    expect(xor.cls).toBe(setType);
    expect(xor.size).toBe(3);
    expect(icall('__contains__', items(dict([1, 2])), [tup(1, 2)])).toBe(true);
    expect(repr(icall('__and__', items(x), [newSet([tup(1, 2)])]))).toBe('{(1, 2)}');
    expect(err(() => kcall('__or__', keys(x), [5]))).toBe("TypeError: 'int' object is not iterable");
  });

  it('compares like sets', () => {
    const x = dict([1, 2], [3, 4]);
    expect(kcall('__eq__', keys(x), [newSet([1, 3])])).toBe(true);
    expect(kcall('__lt__', keys(x), [newSet([1, 3, 5])])).toBe(true);
    expect(kcall('__ge__', keys(x), [keys(dict([1, 0]))])).toBe(true);
    expect(kcall('__eq__', keys(x), [list(1, 3)])).toBe(NotImplemented);
    expect(kcall('isdisjoint', keys(x), [list(5)])).toBe(true);
    expect(kcall('isdisjoint', keys(x), [list(3)])).toBe(false);
  });

  it('iterates live and notices size changes', () => {
    const x = dict([1, 2]);
    const it = getIter(keys(x));
    x.set(5, 6);
    expect(err(() => iterNext(it))).toBe('RuntimeError: dictionary changed size during iteration');
    expect(new PyNativeFunction('f', () => None)).toBeTruthy();
  });
});
