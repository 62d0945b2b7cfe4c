// module objects: a namespace dict with a name.

import { PyObject, PyType, makeBuiltinType } from './object.js';
import { PyDict } from './dict.js';

export const moduleType = makeBuiltinType('module');
moduleType.hasInstanceDict = true;

export class PyModule extends PyObject {
  declare dict: PyDict;
  constructor(
    readonly name: string,
    dict: PyDict = new PyDict(),
    cls: PyType = moduleType,
  ) {
    super(cls);
    this.dict = dict;
    if (!dict.has('__name__')) dict.setStr('__name__', name);
  }
}
moduleType.allocate = (cls) => new PyModule('?', new PyDict(), cls);
