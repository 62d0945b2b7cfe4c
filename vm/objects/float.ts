// float: a boxed IEEE double. Boxed so that 1.0 and the int 1 stay distinct values.
//
// Arithmetic kernels live in numeric/float_math.ts; this file holds the layout.

import { PyObject, PyType, makeBuiltinType } from './object.js';

export const floatType = makeBuiltinType('float');

export class PyFloat extends PyObject {
  constructor(
    readonly value: number,
    cls: PyType = floatType,
  ) {
    super(cls);
  }
}
floatType.allocate = (cls) => new PyFloat(0, cls);

export function pyFloat(x: number): PyFloat {
  return new PyFloat(x);
}
