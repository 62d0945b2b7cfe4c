// list: a mutable sequence backed by a JS array.
//
// Methods are registered in objects/list_methods.ts; this file holds only the layout so that every
// module can create lists without importing the method table.

import { PyObject, PyType, PyValue, makeBuiltinType } from './object.js';

export const listType = makeBuiltinType('list');

export class PyList extends PyObject {
  constructor(
    public items: PyValue[],
    cls: PyType = listType,
  ) {
    super(cls);
  }
}
listType.allocate = (cls) => new PyList([], cls);
