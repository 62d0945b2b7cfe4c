// slice objects and the index arithmetic of slice.indices().

import { PyObject, PyValue, makeBuiltinType } from './object.js';

export const sliceType = makeBuiltinType('slice');
sliceType.isBaseType = false;

export class PySlice extends PyObject {
  constructor(
    readonly start: PyValue,
    readonly stop: PyValue,
    readonly step: PyValue,
  ) {
    super(sliceType);
  }
}
