// math.fma's kernel against glibc's fma (values taken from the machine's libm through ctypes). The
// corpus (program_precise_numerics.py) compares with pyodide, whose musl fma gets the sign of a
// product that underflows to zero wrong; these pin IEEE's answer, which CPython on Linux gives.

import { describe, expect, it } from 'vitest';
import { fusedMultiplyAdd } from '../../vm/modules/math_fma.js';

const cases: Array<[number, number, number, number]> = [
  [0.1, 10, -1, 5.551115123125783e-17],
  [6.186690647699266e-243, -6.056799323929433e-180, 0.0, -0],
  [-5e-324, 0.5, 0.0, -0],
  [5e-324, 0.5, 0.0, 0],
  [1e308, 1.5, -1e308, 5e307],
  [5e-324, 0.5, 5e-324, 1e-323],
  [1.0000000000000002, 1.0000000000000002, -1.0000000000000004, 4.930380657631324e-32],
  [1e200, 1e200, -Infinity, -Infinity],
  [1, 1, -1, 0],
  [-0, 1, -0, -0],
  [-0, 1, 0, 0],
];

describe('fusedMultiplyAdd', () => {
  it.each(cases)('fma(%s, %s, %s) = %s', (x, y, z, expected) => {
    expect(Object.is(fusedMultiplyAdd(x, y, z), expected)).toBe(true);
  });

  it('gives NaN for inf * 0 and inf - inf, infinity on overflow', () => {
    expect(fusedMultiplyAdd(Infinity, 0, 1)).toBeNaN();
    expect(fusedMultiplyAdd(Infinity, 1, -Infinity)).toBeNaN();
    expect(fusedMultiplyAdd(1e308, 10, 0)).toBe(Infinity);
  });
});
