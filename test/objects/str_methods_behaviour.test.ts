// Behaviour of str_methods.ts / bytes_methods.ts that the generated CPython tables cannot express:
// str-subclass instances, the operator-path messages of * and +, iterators, hashing, the attributes
// of UnicodeError objects and the helpers other modules import. Expected values are CPython 3.14's.

import { describe, it, expect } from 'vitest';
import '../../vm/objects/exceptions.js';
import '../../vm/objects/int_type.js';
import '../../vm/objects/float_type.js';
import {
  PyStrSubclassInstance, strOf, asStr, compareStr, strFormat, strJoin, strReplace,
} from '../../vm/objects/str_methods.js';
import {
  BytesIterator, bytesRepr, bytesHash, decodeBytes, encodeString, clinicArgs, bytesLikeData,
} from '../../vm/objects/bytes_methods.js';
import { PyInstance, PyType, PyValue, objectType, strType, typeType } from '../../vm/objects/object.js';
import { PyBytes, PyByteArray, bytesType, bytearrayType } from '../../vm/objects/bytes.js';
import { PyList } from '../../vm/objects/list.js';
import { PyFloat } from '../../vm/objects/float.js';
import { None, NotImplemented } from '../../vm/objects/singletons.js';
import { PyMethodDescriptor, PyNativeFunction } from '../../vm/objects/native.js';
import { PyStaticMethod } from '../../vm/objects/descriptors.js';
import { excGetAttr, PyBaseException } from '../../vm/objects/exceptions.js';
import { StrIterator } from '../../vm/objects/iterators.js';
import { strHash } from '../../vm/objects/str_core.js';
import { pyErrorType, pyErrorMessage } from '../../vm/runtime/raise.js';
import { callObject } from '../../vm/runtime/call.js';

function method(t: PyType, name: string) {
  const d = t.attrs.get(name);
  if (!(d instanceof PyMethodDescriptor)) throw new Error(`${t.name}.${name} is not a method`);
  return (self: PyValue, ...args: PyValue[]) => d.fn(self, args, null);
}
const str = (name: string) => method(strType, name);

function thrown(f: () => unknown): [string | null, string | null] {
  try {
    f();
  } catch (e) {
    return [pyErrorType(e), pyErrorMessage(e)];
  }
  throw new Error('did not throw');
}

function heapType(name: string, base: PyType, attrs: Record<string, PyValue> = {}): PyType {
  const t = new PyType(typeType, name, [base]);
  t.isHeap = true;
  for (const [k, v] of Object.entries(attrs)) t.attrs.set(k, v);
  return t;
}

const S = heapType('S', strType);

describe('str subclass instances', () => {
  const s = new PyStrSubclassInstance(S, 'a b');

  it('str.__new__(S, x) makes an instance carrying the value', () => {
    const v = callObject(S, ['xyz']);
    expect(v).toBeInstanceOf(PyStrSubclassInstance);
    expect((v as PyStrSubclassInstance).cls).toBe(S);
    expect(strOf(v)).toBe('xyz');
    expect(callObject(strType, [v])).toBe('xyz');
  });

  it('methods accept them and return exact str', () => {
    expect((str('split')(s) as PyList).items).toEqual(['a', 'b']);
    expect(str('upper')(s)).toBe('A B');
    expect(str('__str__')(s)).toBe('a b');
    expect(str('__add__')('x', s)).toBe('xa b');
    expect(str('__eq__')(s, 'a b')).toBe(true);
    expect(str('__hash__')(s)).toBe(strHash('a b'));
    expect(str('__contains__')('xa by', s)).toBe(true);
  });

  it('strOf/asStr tell str-like values from others', () => {
    expect(asStr(s)).toBe('a b');
    expect(asStr(5)).toBeNull();
    expect(thrown(() => strOf(5))[0]).toBe('TypeError');
  });
});

describe('operators as the BINARY_OP path sees them', () => {
  it("'ab' * 1.5 reports CPython's sequence-repeat message", () => {
    expect(thrown(() => str('__mul__')('ab', new PyFloat(1.5)))).toEqual([
      'TypeError', "can't multiply sequence by non-int of type 'float'",
    ]);
    expect(thrown(() => str('__rmul__')('ab', 'x'))).toEqual([
      'TypeError', "can't multiply sequence by non-int of type 'str'",
    ]);
    expect(thrown(() => method(bytesType, '__mul__')(new PyBytes(new Uint8Array(1)), 'x'))).toEqual([
      'TypeError', "can't multiply sequence by non-int of type 'str'",
    ]);
  });

  it('leaves the operation to a user class that defines the reflected method', () => {
    const R = heapType('R', objectType, { __radd__: 1, __rmul__: 1 });
    const plain = new PyInstance(R);
    expect(str('__add__')('a', plain)).toBe(NotImplemented);
    expect(str('__mul__')('a', plain)).toBe(NotImplemented);
    expect(method(bytesType, '__add__')(new PyBytes(new Uint8Array(0)), plain)).toBe(NotImplemented);
    expect(thrown(() => str('__add__')('a', 1))).toEqual(['TypeError', 'can only concatenate str (not "int") to str']);
  });
});

describe('iteration', () => {
  it('str.__iter__ yields code points', () => {
    const it = str('__iter__')('a\u{1F600}b') as StrIterator;
    const out: PyValue[] = [];
    for (let x = it.next(); x !== undefined; x = it.next()) out.push(x);
    expect(out).toEqual(['a', '\u{1F600}', 'b']);
  });

  it('a bytearray iterator sees later appends, a bytes iterator yields ints', () => {
    const ba = new PyByteArray(Uint8Array.of(1, 2));
    const it = method(bytearrayType, '__iter__')(ba) as BytesIterator;
    expect(it.next()).toBe(1);
    method(bytearrayType, 'append')(ba, 3);
    expect([it.next(), it.next(), it.next()]).toEqual([2, 3, undefined]);
    expect(it.cls.name).toBe('bytearray_iterator');
    const bi = method(bytesType, '__iter__')(new PyBytes(Uint8Array.of(255))) as BytesIterator;
    expect([bi.next(), bi.next()]).toEqual([255, undefined]);
    expect(bi.cls.name).toBe('bytes_iterator');
  });
});

describe('hashing', () => {
  it('bytes hash like the latin-1 str of the same text; bytearray is unhashable', () => {
    expect(bytesHash(Uint8Array.of(97, 98, 0xe9))).toBe(strHash('ab\xe9'));
    expect(method(bytesType, '__hash__')(new PyBytes(Uint8Array.of(97)))).toBe(strHash('a'));
    expect(bytearrayType.attrs.get('__hash__')).toBe(None);
  });
});

describe('codecs', () => {
  it('UnicodeDecodeError carries encoding, object, start, end and reason', () => {
    const obj = new PyBytes(Uint8Array.of(0x61, 0xe2, 0x82));
    let err: unknown;
    try {
      decodeBytes(obj.data, 'utf-8', 'strict', obj);
    } catch (e) {
      err = e;
    }
    const e = err as PyBaseException;
    expect(pyErrorType(e)).toBe('UnicodeDecodeError');
    expect(pyErrorMessage(e)).toBe("'utf-8' codec can't decode bytes in position 1-2: unexpected end of data");
    expect(excGetAttr(e, 'encoding')).toBe('utf-8');
    expect(excGetAttr(e, 'object')).toBe(obj);
    expect([excGetAttr(e, 'start'), excGetAttr(e, 'end')]).toEqual([1, 3]);
    expect(excGetAttr(e, 'reason')).toBe('unexpected end of data');
  });

  it('UnicodeEncodeError positions count code points', () => {
    let err: unknown;
    try {
      encodeString('\u{1F600}x\u20ac', 'latin-1', 'strict');
    } catch (e) {
      err = e;
    }
    expect(pyErrorMessage(err)).toBe("'latin-1' codec can't encode character '\\U0001f600' in position 0: ordinal not in range(256)");
    expect([excGetAttr(err as PyBaseException, 'start'), excGetAttr(err as PyBaseException, 'end')]).toEqual([0, 1]);
  });

  it('round-trips long non-ASCII text through the fast paths', () => {
    const text = 'h\u00e9llo \u4e16\u754c \u{1F600} '.repeat(5000);
    const bytes = encodeString(text, 'utf-8', 'strict');
    expect(decodeBytes(bytes, 'utf8', 'strict')).toBe(text);
    const latin = 'caf\u00e9 '.repeat(3000);
    expect(decodeBytes(encodeString(latin, 'latin-1', 'strict'), 'iso8859-1', 'strict')).toBe(latin);
  });
});

describe('helpers exported for other modules', () => {
  it('compareStr orders by code point, not UTF-16 unit', () => {
    expect(compareStr('\uffff', '\u{10000}')).toBeLessThan(0);
    expect(compareStr('\u{10000}', '\ue000')).toBeGreaterThan(0);
    expect(compareStr('ab', 'abc')).toBeLessThan(0);
    expect(compareStr('b', 'abc')).toBeGreaterThan(0);
    expect(compareStr('x', 'x')).toBe(0);
  });

  it('strFormat, strJoin and strReplace', () => {
    expect(strFormat('{0}-{1!r}-{x:>3}', ['a', 'b'], new Map([['x', 7]]))).toBe("a-'b'-  7");
    expect(strJoin(', ', new PyList(['a', 'b']))).toBe('a, b');
    expect(strReplace('a\u{1F600}b', '', '.', 2)).toBe('.a.\u{1F600}b');
  });

  it('clinicArgs reports CPython argument-clinic messages', () => {
    const names = ['sep', 'maxsplit'];
    expect(clinicArgs('split', names, 0, 0, 2, ['x'], null)).toEqual(['x']);
    expect(clinicArgs('split', names, 0, 0, 2, [], new Map([['maxsplit', 1]]))).toEqual([undefined, 1]);
    expect(thrown(() => clinicArgs('split', names, 0, 0, 2, [1, 2, 3], null))[1]).toBe('split() takes at most 2 arguments (3 given)');
    expect(thrown(() => clinicArgs('split', names, 0, 0, 2, [1], new Map([['sep', 1]])))[1]).toBe(
      "argument for split() given by name ('sep') and position (1)",
    );
    expect(thrown(() => clinicArgs('replace', ['old', 'new', 'count'], 2, 2, 3, ['a'], new Map([['new', 'b']])))[1]).toBe(
      'replace() takes at least 2 positional arguments (1 given)',
    );
  });

  it('bytesRepr and bytesLikeData', () => {
    expect(bytesRepr(Uint8Array.of(0x27))).toBe(`b"'"`);
    expect(bytesRepr(Uint8Array.of(0x27), true)).toBe(`b"\\'"`);
    const ba = new PyByteArray(new Uint8Array(8), 2);
    expect(bytesLikeData(ba)!.length).toBe(2);
    expect(bytesLikeData('x')).toBeNull();
  });

  it('str.maketrans is a staticmethod, bytes.maketrans too', () => {
    const m = strType.attrs.get('maketrans');
    expect(m).toBeInstanceOf(PyStaticMethod);
    expect((m as PyStaticMethod).func).toBeInstanceOf(PyNativeFunction);
    expect(bytesType.attrs.get('maketrans')).toBeInstanceOf(PyStaticMethod);
  });
});
