// complex: a pair of doubles.

import { PyObject, PyType, makeBuiltinType } from './object.js';

export const complexType = makeBuiltinType('complex');

export class PyComplex extends PyObject {
  constructor(
    readonly real: number,
    readonly imag: number,
    cls: PyType = complexType,
  ) {
    super(cls);
  }
}
complexType.allocate = (cls) => new PyComplex(0, 0, cls);
