// The int max-str-digits limit exists once (numeric/int_math.ts): format_spec.ts re-exports the same
// setting, and str(), int(), format() and % all obey it. Also the float pow OverflowError's args.
import { afterEach, describe, expect, it } from 'vitest';
import '../../vm/objects/all.js';
import * as intMath from '../../vm/numeric/int_math.js';
import * as formatSpec from '../../vm/numeric/format_spec.js';
import { floatPow } from '../../vm/numeric/float_math.js';
import { libmPow } from '../../vm/numeric/libm_pow.js';
import { PyBaseException } from '../../vm/objects/exceptions.js';
import { pyErrorType, pyErrorMessage } from '../../vm/runtime/raise.js';

function caught(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  return null;
}

describe('one int max-str-digits setting', () => {
  afterEach(() => intMath.setIntMaxStrDigits(intMath.DEFAULT_MAX_STR_DIGITS));

  it('format_spec re-exports the functions of int_math', () => {
    expect(formatSpec.setIntMaxStrDigits).toBe(intMath.setIntMaxStrDigits);
    expect(formatSpec.getIntMaxStrDigits).toBe(intMath.getIntMaxStrDigits);
    expect(intMath.DEFAULT_MAX_STR_DIGITS).toBe(4300);
  });

  it('a limit set through either module governs both conversions', () => {
    const big = 10n ** 700n;
    expect(formatSpec.intToDecimalString(big).length).toBe(701);
    formatSpec.setIntMaxStrDigits(640);
    expect(intMath.getIntMaxStrDigits()).toBe(640);
    const e1 = caught(() => formatSpec.intToDecimalString(big));
    const e2 = caught(() => intMath.intToString(big, 10));
    expect(pyErrorType(e1)).toBe('ValueError');
    expect(pyErrorMessage(e1)).toBe(
      'Exceeds the limit (640 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit',
    );
    expect(pyErrorMessage(e2)).toBe(pyErrorMessage(e1));
    intMath.setIntMaxStrDigits(0);
    expect(formatSpec.intToDecimalString(big).length).toBe(701);
    expect(intMath.intToString(-big, 10).length).toBe(702);
  });

  it('rejects limits below 640 except 0', () => {
    expect(pyErrorMessage(caught(() => formatSpec.setIntMaxStrDigits(639)))).toBe('maxdigits must be >= 640 or 0 for unlimited');
    expect(intMath.getIntMaxStrDigits()).toBe(4300);
  });
});

describe('float pow overflow and the libm pow port', () => {
  it('raises OverflowError with (errno, strerror) args, as CPython does', () => {
    const e = caught(() => floatPow(10, 400));
    expect(e).toBeInstanceOf(PyBaseException);
    expect(pyErrorType(e)).toBe('OverflowError');
    expect((e as PyBaseException).args).toEqual([34, 'Numerical result out of range']);
  });

  it('libm_pow.ts is the pow behind floatPow', () => {
    for (const [x, y] of [[2, 0.5], [1.1, 1000], [3, -2.5], [0.5, 1074], [7.25, 13]]) {
      expect(Object.is(floatPow(x, y), libmPow(x, y))).toBe(true);
    }
    expect(libmPow(2, 0.5)).toBe(1.4142135623730951);
    expect(libmPow(10, 400)).toBe(Infinity);
  });
});
