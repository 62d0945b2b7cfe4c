// The exported helpers of the numeric type files (intOf, toInt, toFloat, asDouble, complexPow, hypot,
// complexHash) and how the registered dunders cooperate with the operator and comparison dispatch.
// Expected values come from CPython 3.14.2 (pyodide) unless stated.

import { describe, it, expect } from 'vitest';
import '../../vm/objects/exceptions.js';
import { PyIntSubclassInstance, intOf, toInt } from '../../vm/objects/int_type.js';
import '../../vm/objects/bool_type.js';
import { toFloat, asDouble, toDouble, floatPowValue } from '../../vm/objects/float_type.js';
import { complexPow, hypot, complexHash } from '../../vm/objects/complex_type.js';
import { PyType, PyValue, intType, typeType } from '../../vm/objects/object.js';
import { PyNativeFunction } from '../../vm/objects/native.js';
import { PyFloat, floatType } from '../../vm/objects/float.js';
import { PyComplex } from '../../vm/objects/complex.js';
import { PyList } from '../../vm/objects/list.js';
import { pyErrorType, pyErrorMessage } from '../../vm/runtime/raise.js';
import { binaryDispatch } from '../../vm/runtime/operators.js';
import { richCompare } from '../../vm/runtime/protocols.js';

function thrown(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return `${pyErrorType(e)}: ${pyErrorMessage(e)}`;
  }
  return 'no exception';
}

function heapInt(name: string): PyType {
  const t = new PyType(typeType, name, [intType], '__main__');
  t.isHeap = true;
  return t;
}

describe('intOf', () => {
  const I = heapInt('I');
  it('reads every int representation', () => {
    expect(intOf(5)).toBe(5);
    expect(intOf(2n ** 70n)).toBe(2n ** 70n);
    expect(intOf(true)).toBe(1);
    expect(intOf(false)).toBe(0);
    expect(intOf(new PyIntSubclassInstance(I, -3))).toBe(-3);
  });
  it('rejects non-ints', () => {
    expect(intOf(new PyFloat(1))).toBeUndefined();
    expect(intOf('1')).toBeUndefined();
    expect(intOf(new PyList([]))).toBeUndefined();
  });
});

describe('int() and float() conversions', () => {
  it('toInt follows PyNumber_Long', () => {
    expect(toInt(new PyFloat(-3.99))).toBe(-3);
    expect(toInt(new PyFloat(1e20))).toBe(100000000000000000000n);
    expect(toInt(' 1_000 ')).toBe(1000);
    expect(toInt(true)).toBe(1);
    expect(thrown(() => toInt(new PyFloat(NaN)))).toBe('ValueError: cannot convert float NaN to integer');
    expect(thrown(() => toInt(new PyList([])))).toBe(
      "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'",
    );
  });
  it('toFloat follows float(x)', () => {
    expect(toFloat('  -1.5e3 ')).toBe(-1500);
    expect(toFloat(2n ** 60n + 1n)).toBe(1152921504606846976);
    expect(thrown(() => toFloat(10n ** 400n))).toBe('OverflowError: int too large to convert to float');
    expect(thrown(() => toFloat('x'))).toBe("ValueError: could not convert string to float: 'x'");
  });
  it('asDouble refuses strings like PyFloat_AsDouble', () => {
    expect(asDouble(new PyFloat(2.5, new PyType(typeType, 'F', [floatType])))).toBe(2.5);
    expect(thrown(() => asDouble('5'))).toBe('TypeError: must be real number, not str');
  });
  it('toDouble leaves non-numbers to NotImplemented', () => {
    expect(toDouble('1')).toBeUndefined();
    expect(toDouble(new PyComplex(1, 0))).toBeUndefined();
    expect(toDouble(7)).toBe(7);
  });
});

describe('int subclasses', () => {
  it('int.__new__(I, ...) makes an instance of I carrying the value', () => {
    const I = heapInt('I');
    const make = intType.attrs.get('__new__') as PyNativeFunction;
    const v = make.fn([I, '7', 8], null);
    expect(v).toBeInstanceOf(PyIntSubclassInstance);
    expect((v as PyIntSubclassInstance).cls).toBe(I);
    expect((v as PyIntSubclassInstance).value).toBe(7);
    // An exact int stays a plain JS value.
    expect(make.fn([intType, '7', 8], null)).toBe(7);
  });
});

describe('powers', () => {
  it('complexPow uses repeated multiplication for small integer exponents', () => {
    const r = complexPow(1, 1, 2, 0);
    expect([r.real, r.imag]).toEqual([0, 2]);
    const s = complexPow(1, 2, 3, 0);
    expect([s.real, s.imag]).toEqual([-11, -2]);
  });
  it('complexPow raises as CPython does', () => {
    expect(thrown(() => complexPow(0, 0, -1, 0))).toBe('ZeroDivisionError: zero to a negative or complex power');
    expect(thrown(() => complexPow(0, 0, 0, 1))).toBe('ZeroDivisionError: zero to a negative or complex power');
    expect(thrown(() => complexPow(Infinity, 1, 1, 0))).toBe('OverflowError: complex exponentiation');
    expect(thrown(() => complexPow(1e200, 1e200, 2, 0))).toBe('OverflowError: complex exponentiation');
  });
  it('a negative float to a fractional power is complex', () => {
    const r = floatPowValue(-8, 1 / 3);
    expect(r).toBeInstanceOf(PyComplex);
    expect((r as PyComplex).imag).toBe(1.7320508075688772);
    expect(floatPowValue(-8, 3)).toBeInstanceOf(PyFloat);
  });
});

describe('hypot (abs of a complex)', () => {
  // [x, y, abs(complex(x, y))] from pyodide, whose C hypot is correctly rounded.
  // prettier-ignore
  const CASES: [number, number, number][] = [
    [3.0, 4.0, 5.0], [1e308, 1e308, 1.4142135623730951e308], [5e-324, 5e-324, 5e-324],
    [1e-310, 3e-310, 3.1622776601684e-310], [1.0, 1e-17, 1.0], [1.0, 1.5e-8, 1.0],
    [0.1, 0.2, 0.22360679774997896], [1e200, 1e-200, 1e200],
    [2.2250738585072014e-308, 2.2250738585072014e-308, 3.1467296279827175e-308],
    [1.7976931348623157e308, 1.0, 1.7976931348623157e308], [6.0, 8.000000000000002, 10.000000000000002],
    [1e-160, 1e-160, 1.414213562373095e-160], [12345.678, 0.001, 12345.67800000004],
    [-9.524089298036275e271, 7.13726012769499e175, 9.524089298036275e271],
    [-4.847352758224744e-112, -8117530875.41563, 8117530875.41563],
    [-0.19920039016301794, 0.6931672437623573, 0.7212223119581104],
    [-0.226972936588131, 0.916084766639627, 0.9437838807760067],
    [0.6946195466056089, -0.9989101258888591, 1.2166830951935996],
    [-0.5805651705407777, 0.8205438562083629, 1.0051607519229613],
    [-0.06002544797266718, 0.9607178823485842, 0.9625912444379845],
    [-0.2051512238414377, -0.8539233123326042, 0.8782209562454804],
    [0.25890982446804833, 0.5570217173533016, 0.6142536046367958],
    [-0.4604488262997146, -0.8257116032956597, 0.9454167194723572],
    [-0.3348287490733042, 0.9281524331875282, 0.9867001725133743],
    [0.5160810339875177, -0.7640166411608984, 0.9219875604434186],
    [-0.50722410221374, -0.7979073820865898, 0.9454800263648142],
    [-0.8802131941178466, 0.5940430236879481, 1.0619144885966392],
  ];
  it.each(CASES)('hypot(%d, %d)', (x, y, r) => {
    expect(hypot(x, y)).toBe(r);
    expect(hypot(y, x)).toBe(r);
  });
  it('handles the special values', () => {
    expect(hypot(Infinity, NaN)).toBe(Infinity);
    expect(hypot(NaN, 1)).toBeNaN();
    expect(hypot(0, -0)).toBe(0);
    expect(hypot(1.5e308, 1.5e308)).toBe(Infinity);
  });
});

describe('complexHash', () => {
  // 64-bit CPython values (numeric/hash_number.ts implements the 64-bit hash).
  it('combines the part hashes with wrapping arithmetic', () => {
    expect(complexHash(new PyComplex(1, 2))).toBe(2000007);
    expect(complexHash(new PyComplex(0, -1))).toBe(-2000006);
    expect(complexHash(new PyComplex(-1, 0))).toBe(-2);
    expect(complexHash(new PyComplex(1e300, 1e300))).toBe(7229033979992872944n);
    expect(complexHash(new PyComplex(1.5, 0))).toBe(1152921504606846977n);
  });
});

describe('operator dispatch through the registered dunders', () => {
  const F = (x: number): PyValue => new PyFloat(x);
  it('int op float falls back to float.__rop__', () => {
    const r = binaryDispatch(0, 2n ** 60n, F(0.5), '+');
    expect(r).toBeInstanceOf(PyFloat);
    expect((r as PyFloat).value).toBe(1152921504606846976);
    expect(((binaryDispatch(11, 7, F(2), '/') as PyFloat).value)).toBe(3.5);
  });
  it('int ** negative int is a float', () => {
    expect((binaryDispatch(8, 2, -2, '**') as PyFloat).value).toBe(0.25);
  });
  it('complex has no floor division', () => {
    expect(thrown(() => binaryDispatch(2, new PyComplex(0, 1), 1, '//'))).toBe(
      "TypeError: unsupported operand type(s) for //: 'complex' and 'int'",
    );
  });
  it('complex numbers are unordered', () => {
    expect(thrown(() => richCompare(new PyComplex(0, 1), new PyComplex(0, 1), 0))).toBe(
      "TypeError: '<' not supported between instances of 'complex' and 'complex'",
    );
    expect(richCompare(new PyComplex(1, 0), 1, 2)).toBe(true);
  });
  it('float compares exactly with big ints', () => {
    expect(richCompare(F(2 ** 53), 2n ** 53n + 1n, 2)).toBe(false);
    expect(richCompare(2n ** 53n + 1n, F(2 ** 53), 4)).toBe(true);
  });
  it('bool & bool stays bool, bool & int is int', () => {
    expect(binaryDispatch(1, true, false, '&')).toBe(false);
    expect(binaryDispatch(1, true, 3, '&')).toBe(1);
    expect(binaryDispatch(12, true, true, '^')).toBe(false);
  });
});
