// The descriptor types of the builtins: property, classmethod, staticmethod.
//
// Their __get__/__set__ behaviour is applied by runtime/attributes.ts, which knows these classes;
// their Python-visible methods (property.setter, __func__, ...) are registered here.

import { PyObject, PyValue, makeBuiltinType } from './object.js';
import { None } from './singletons.js';

export const propertyType = makeBuiltinType('property');
export const classmethodType = makeBuiltinType('classmethod');
classmethodType.hasInstanceDict = true;
export const staticmethodType = makeBuiltinType('staticmethod');
staticmethodType.hasInstanceDict = true;

export class PyProperty extends PyObject {
  constructor(
    public fget: PyValue = None,
    public fset: PyValue = None,
    public fdel: PyValue = None,
    public doc: PyValue = None,
    cls = propertyType,
  ) {
    super(cls);
  }
  /** The attribute name from __set_name__, for error messages. */
  name: PyValue = None;
}
propertyType.allocate = (cls) => new PyProperty(None, None, None, None, cls);

export class PyClassMethod extends PyObject {
  constructor(public func: PyValue, cls = classmethodType) {
    super(cls);
  }
}
classmethodType.allocate = (cls) => new PyClassMethod(None, cls);

export class PyStaticMethod extends PyObject {
  constructor(public func: PyValue, cls = staticmethodType) {
    super(cls);
  }
}
staticmethodType.allocate = (cls) => new PyStaticMethod(None, cls);
