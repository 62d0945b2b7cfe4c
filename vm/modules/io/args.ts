// Argument converters of the _io methods, each with the messages of the CPython converter it stands
// for (Argument Clinic's Py_ssize_t, the optional-size converter that accepts None, _io's own
// _PyIO_ConvertSsize_t, and Py_off_t for file offsets).
//
// Pure conversions: no stream state, no I/O.

import { PyObject, PyValue, typeName } from '../../objects/object.js';
import { PyFloat } from '../../objects/float.js';
import { None } from '../../objects/singletons.js';
import { asIndex } from '../../runtime/protocols.js';
import { typeError, overflowError } from '../../runtime/raise.js';

function hasIndex(v: PyValue): boolean {
  if (typeof v === 'object') return v.cls.lookup('__index__') !== undefined;
  return typeof v !== 'string';
}

/** Clinic's Py_ssize_t: an index, "Python int too large to convert to C ssize_t" when it does not fit. */
export function ssizeArg(v: PyValue): number {
  const n = asIndex(v);
  if (typeof n === 'bigint') throw overflowError('Python int too large to convert to C ssize_t');
  return n;
}

/** Clinic's optional size (`size: Py_ssize_t(accept={int, NoneType}) = -1`): None or missing is -1. */
export function optSizeArg(v: PyValue | undefined): number {
  if (v === undefined || v === None) return -1;
  if (!hasIndex(v)) throw typeError(`argument should be integer or None, not '${typeName(v)}'`);
  const n = asIndex(v);
  if (typeof n === 'bigint') throw overflowError("cannot fit 'int' into an index-sized integer");
  return n;
}

/** _PyIO_ConvertSsize_t (readline/readlines hints of _IOBase and BytesIO): None is -1. */
export function ioSsizeArg(v: PyValue | undefined): number {
  if (v === undefined || v === None) return -1;
  // PyNumber_Check accepts anything numeric (floats too, which then fail as non-indexes).
  const numeric = hasIndex(v) || v instanceof PyFloat || (v instanceof PyObject && (v.cls.lookup('__float__') !== undefined || v.cls.lookup('__int__') !== undefined));
  if (!numeric) throw typeError(`integer argument expected, got '${typeName(v)}'`);
  const n = asIndex(v);
  if (typeof n === 'bigint') throw overflowError("cannot fit 'int' into an index-sized integer");
  return n;
}

/** Py_off_t (FileIO.seek/truncate positions): a 64-bit signed offset. */
export function offsetArg(v: PyValue): number {
  if (v instanceof PyFloat) throw typeError("'float' object cannot be interpreted as an integer");
  const n = asIndex(v);
  if (typeof n === 'bigint') throw overflowError('Python int too large to convert to C long');
  return n;
}

/** A C int argument (whence values, buffering, closefd). */
export function intArg(v: PyValue): number {
  const n = asIndex(v);
  if (typeof n === 'bigint' || n > 2147483647 || n < -2147483648) {
    throw overflowError('Python int too large to convert to C int');
  }
  return n;
}
