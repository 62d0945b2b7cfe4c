// Unit tests of the _decimal arithmetic kernel (vm/modules/decimal/): parsing and string forms,
// rounding and finalize() with every mode, the four operations with exact and inexact results, integer
// division, quantize, sqrt/exp/ln/log10 against values CPython 3.14 prints, and __format__.
// Expected values were printed by CPython 3.14 (pyodide) with the same contexts.
import { describe, expect, it } from 'vitest';
import { Dec, status, S_INEXACT, S_ROUNDED, S_DIVISION_BY_ZERO, S_DIVISION_UNDEFINED, S_SUBNORMAL, S_UNDERFLOW, S_CLAMPED, S_OVERFLOW } from '../../vm/modules/decimal/number.js';
import { parseDecimal, toSciString } from '../../vm/modules/decimal/text.js';
import { Ctx, finalize, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP } from '../../vm/modules/decimal/rounding.js';
import * as K from '../../vm/modules/decimal/arith.js';
import * as T from '../../vm/modules/decimal/transcendental.js';
import { formatDecimal } from '../../vm/modules/decimal/format.js';
import type { PyContext } from '../../vm/modules/decimal/context.js';

function d(s: string): Dec {
  const r = parseDecimal(s);
  if (r === null) throw new Error(`bad literal ${s}`);
  return r;
}

function ctx(prec = 28, round = ROUND_HALF_EVEN, emin = -999999, emax = 999999, clamp = 0): Ctx {
  return { prec, round, emin, emax, clamp };
}

const s = (x: Dec) => toSciString(x);

describe('text', () => {
  it('parses and prints the specification forms', () => {
    expect(s(d('1.50'))).toBe('1.50');
    expect(s(d('  -12.5e3 '))).toBe('-1.25E+4');
    expect(s(d('0.0000001'))).toBe('1E-7');
    expect(s(d('0.000001'))).toBe('0.000001');
    expect(s(d('-0E-5'))).toBe('-0.00000');
    expect(s(d('1_000.5'))).toBe('1000.5');
    expect(s(d('-NaN123'))).toBe('-NaN123');
    expect(s(d('snan'))).toBe('sNaN');
    expect(s(d('-Infinity'))).toBe('-Infinity');
    expect(s(d('١٢٣'))).toBe('123');
    for (const bad of ['', 'abc', '1e', '1.2.3', '--1', '1 2', 'e5', '_']) expect(parseDecimal(bad)).toBeNull();
  });
  it('engineering notation', () => {
    expect(toSciString(d('1.23E-10'), true, true)).toBe('123E-12');
    expect(toSciString(d('0E+7'), true, true)).toBe('0.00E+9');
    expect(toSciString(d('0E-7'), true, true)).toBe('0.0E-6');
    expect(toSciString(d('1E+5'), false, false)).toBe('1e+5');
  });
});

describe('rounding', () => {
  const modes: [number, string[]][] = [
    [ROUND_UP, ['1.2346', '-1.2346', '1.2347', '1.2346', '1.2341']],
    [ROUND_DOWN, ['1.2345', '-1.2345', '1.2346', '1.2345', '1.2340']],
    [ROUND_CEILING, ['1.2346', '-1.2345', '1.2347', '1.2346', '1.2341']],
    [ROUND_FLOOR, ['1.2345', '-1.2346', '1.2346', '1.2345', '1.2340']],
    [ROUND_HALF_UP, ['1.2346', '-1.2346', '1.2347', '1.2345', '1.2340']],
    [ROUND_HALF_DOWN, ['1.2345', '-1.2345', '1.2346', '1.2345', '1.2340']],
    [ROUND_HALF_EVEN, ['1.2346', '-1.2346', '1.2346', '1.2345', '1.2340']],
    [ROUND_05UP, ['1.2346', '-1.2346', '1.2346', '1.2346', '1.2341']],
  ];
  for (const [mode, want] of modes) {
    it(`mode ${mode}`, () => {
      const got = ['1.23455', '-1.23455', '1.23465', '1.23450001', '1.23401'].map((v) => s(finalize(d(v), ctx(5, mode))));
      expect(got).toEqual(want);
    });
  }
  it('overflow follows the rounding direction', () => {
    status.flags = 0;
    expect(s(K.multiply(d('9e99'), d('10'), ctx(9, ROUND_HALF_EVEN, -99, 99)))).toBe('Infinity');
    expect(status.flags & S_OVERFLOW).toBeTruthy();
    expect(s(K.multiply(d('9e99'), d('10'), ctx(9, ROUND_DOWN, -99, 99)))).toBe('9.99999999E+99');
    expect(s(K.multiply(d('-9e99'), d('10'), ctx(9, ROUND_CEILING, -99, 99)))).toBe('-9.99999999E+99');
  });
  it('subnormal results underflow and clamp', () => {
    status.flags = 0;
    expect(s(K.multiply(d('1.23456e-99'), d('1e-5'), ctx(9, ROUND_HALF_EVEN, -99, 99)))).toBe('1.235E-104');
    expect(status.flags & (S_SUBNORMAL | S_UNDERFLOW | S_INEXACT)).toBe(S_SUBNORMAL | S_UNDERFLOW | S_INEXACT);
    status.flags = 0;
    expect(s(K.multiply(d('1e-99'), d('1e-50'), ctx(9, ROUND_HALF_EVEN, -99, 99)))).toBe('0E-107');
    expect(status.flags & S_CLAMPED).toBeTruthy();
    status.flags = 0;
    expect(s(finalize(d('1E+10'), ctx(5, ROUND_HALF_EVEN, -10, 10, 1)))).toBe('1.0000E+10');
    expect(status.flags).toBe(S_CLAMPED);
    status.flags = 0;
  });
});

describe('arithmetic', () => {
  const c = ctx();
  it('adds with exact zeros signed as the specification says', () => {
    expect(s(K.add(d('1.30'), d('1.20'), c))).toBe('2.50');
    expect(s(K.add(d('-0'), d('0'), c))).toBe('0');
    expect(s(K.add(d('-0'), d('-0'), c))).toBe('-0');
    expect(s(K.add(d('-5'), d('5'), ctx(28, ROUND_FLOOR)))).toBe('-0');
    expect(s(K.add(d('1e100'), d('1e-100'), c))).toBe('1.000000000000000000000000000E+100');
    expect(s(K.subtract(d('1'), d('1e-30'), c))).toBe('1.000000000000000000000000000');
    expect(s(K.subtract(d('1'), d('1e-30'), ctx(28, ROUND_DOWN)))).toBe('0.9999999999999999999999999999');
  });
  it('divides to the ideal exponent when exact', () => {
    expect(s(K.divide(d('1'), d('3'), c))).toBe('0.3333333333333333333333333333');
    expect(s(K.divide(d('1.00'), d('0.10'), c))).toBe('10');
    expect(s(K.divide(d('100'), d('5'), c))).toBe('20');
    expect(s(K.divide(d('1'), d('8'), c))).toBe('0.125');
    status.flags = 0;
    expect(s(K.divide(d('1'), d('0'), c))).toBe('Infinity');
    expect(status.flags).toBe(S_DIVISION_BY_ZERO);
    status.flags = 0;
    expect(s(K.divide(d('0'), d('0'), c))).toBe('NaN');
    expect(status.flags).toBe(S_DIVISION_UNDEFINED);
    status.flags = 0;
  });
  it('integer division truncates and the remainder keeps the dividend sign', () => {
    expect(s(K.divideInt(d('-7'), d('2'), c))).toBe('-3');
    expect(s(K.remainder(d('-7'), d('2'), c))).toBe('-1');
    expect(s(K.remainder(d('7'), d('-2'), c))).toBe('1');
    expect(s(K.remainderNear(d('10'), d('4'), c))).toBe('2');
    expect(s(K.remainderNear(d('-10'), d('6'), c))).toBe('2');
    status.flags = 0;
    expect(s(K.divideInt(d('1e400'), d('0.0001'), c))).toBe('NaN');
    status.flags = 0;
  });
  it('quantizes and rounds to integral', () => {
    expect(s(K.quantize(d('2.675'), d('0.01'), c, ROUND_HALF_UP))).toBe('2.68');
    expect(s(K.quantize(d('2.665'), d('0.01'), c, ROUND_HALF_EVEN))).toBe('2.66');
    expect(s(K.quantize(d('1E+2'), d('0.01'), c, ROUND_HALF_EVEN))).toBe('100.00');
    expect(s(K.toIntegral(d('-2.5'), c, ROUND_HALF_EVEN, false))).toBe('-2');
    expect(K.integerValue(d('-7.5'), ROUND_FLOOR)).toBe(-8n);
    status.flags = 0;
  });
  it('compares numerically and totally', () => {
    expect(K.compareValues(d('1.0'), d('1'))).toBe(0);
    expect(K.compareValues(d('-inf'), d('-1e999'))).toBe(-1);
    expect(K.compareTotal(d('12.0'), d('12'))).toBe(-1);
    expect(K.compareTotal(d('nan'), d('inf'))).toBe(1);
  });
  it('normalizes', () => {
    expect(s(K.reduce(d('1.2300'), c))).toBe('1.23');
    expect(s(K.reduce(d('-120'), c))).toBe('-1.2E+2');
    expect(s(K.reduce(d('0.000'), c))).toBe('0');
  });
});

describe('functions', () => {
  const c = ctx();
  it('square roots, exact where possible', () => {
    expect(s(T.sqrt(d('2'), c))).toBe('1.414213562373095048801688724');
    expect(s(T.sqrt(d('0.25'), c))).toBe('0.5');
    expect(s(T.sqrt(d('100'), c))).toBe('10');
    expect(s(T.sqrt(d('1E+9'), c))).toBe('31622.77660168379331998893544');
    expect(s(T.sqrt(d('-0'), c))).toBe('-0');
  });
  it('exp, ln and log10 are correctly rounded', () => {
    expect(s(T.exp(d('1'), c))).toBe('2.718281828459045235360287471');
    expect(s(T.exp(d('1.5'), c))).toBe('4.481689070338064822602055460');
    expect(s(T.ln(d('2'), c))).toBe('0.6931471805599453094172321215');
    expect(s(T.log10(d('2'), c))).toBe('0.3010299956639811952137388947');
    expect(s(T.log10(d('1000'), c))).toBe('3');
    expect(s(T.ln(d('1'), c))).toBe('0');
    expect(s(T.exp(d('2.5'), ctx(50)))).toBe('12.182493960703473438070175951167966183182767790063');
  });
  it('integral powers', () => {
    expect(s(T.power(d('2'), d('10'), c))).toBe('1024');
    expect(s(T.power(d('2'), d('-2'), c))).toBe('0.25');
    expect(s(T.power(d('1.1'), d('50'), c))).toBe('117.3908528796953165066664960');
    expect(s(T.power(d('10'), d('0.5'), c))).toBe('3.162277660168379331998893544');
    status.flags = 0;
  });
});

describe('format', () => {
  const pc = { capitals: 1, round: ROUND_HALF_EVEN } as unknown as PyContext;
  it('follows the format spec', () => {
    expect(formatDecimal(d('1234.5678'), ',.2f', pc)).toBe('1,234.57');
    expect(formatDecimal(d('-0.000012345'), '.3e', pc)).toBe('-1.234e-5');
    expect(formatDecimal(d('0'), '.3e', pc)).toBe('0.000e+3');
    expect(formatDecimal(d('1234.5678'), '012,.1f', pc)).toBe('00,001,234.6');
    expect(formatDecimal(d('inf'), '012.2f', pc)).toBe('    Infinity');
    expect(formatDecimal(d('0.125'), '.1%', pc)).toBe('12.5%');
    expect(formatDecimal(d('1E+3'), '', pc)).toBe('1E+3');
    expect(formatDecimal(d('2.5'), '.0f', pc)).toBe('2');
  });
});
