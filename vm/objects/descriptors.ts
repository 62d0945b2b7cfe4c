// The descriptor types of the builtins: property, classmethod, staticmethod; and mappingproxy, the
// read-only mapping view that type.__dict__ returns (both from CPython's descrobject.c).
//
// Their __get__/__set__ behaviour is applied by runtime/attributes.ts, which knows these classes;
// their Python-visible methods (property.setter, __func__, mappingproxy's mapping methods...) are
// registered in descriptor_methods.ts.

import { PyObject, PyType, PyValue, makeBuiltinType } from './object.js';
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

export const mappingProxyType = makeBuiltinType('mappingproxy');
mappingProxyType.isBaseType = false;

/**
 * A read-only view of a mapping (types.MappingProxyType): of any mapping given to mappingproxy(), or of
 * a class's own attributes (type.__dict__), which it reads live.
 */
export class PyMappingProxy extends PyObject {
  constructor(
    /** The viewed mapping, when not a class's attributes. */
    readonly mapping: PyValue | null,
    /** The class whose attributes are viewed (type.__dict__), else null. */
    readonly type: PyType | null,
  ) {
    super(mappingProxyType);
  }
}
