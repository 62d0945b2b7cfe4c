// Reading the tables of the table-driven numeric tests, which CPython (pyodide 3.14.2) printed: a call's
// outcome in the tables' terms ('ok' and the result, or the exception's type and message), and the
// floats the tables write as Python reprs. Not a test file itself.

import { pyErrorMessage, pyErrorType } from '../../vm/runtime/raise.js';

/**
 * ['ok', result] when `f` returns, [exception type name, message] when it raises a Python exception;
 * any other throw (a bug in the code under test) fails the test.
 */
export function outcome<T>(f: () => T): [string, T | string] {
  try {
    return ['ok', f()];
  } catch (e) {
    const type = pyErrorType(e);
    if (type === null) throw e;
    return [type, pyErrorMessage(e) ?? ''];
  }
}

/** The float a Python repr stands for ('inf', '-inf' and 'nan' included). */
export function floatFromRepr(repr: string): number {
  if (repr === 'inf') return Infinity;
  if (repr === '-inf') return -Infinity;
  if (repr === 'nan') return NaN;
  return Number(repr);
}
