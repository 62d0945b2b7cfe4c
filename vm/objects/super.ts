// super objects: attribute lookup that starts after a given class in the MRO of an instance's type.

import { PyObject, PyType, PyValue, makeBuiltinType, typeOf } from './object.js';
import { typeError } from '../runtime/raise.js';

export const superType = makeBuiltinType('super');

export class PySuper extends PyObject {
  constructor(
    /** The class whose successors are searched (super's first argument). */
    public thisClass: PyType | null = null,
    /** The bound object (an instance or, for classmethods, a class), or null if unbound. */
    public obj: PyValue | null = null,
    /** The type whose MRO is searched: type(obj), or obj itself when obj is a subclass of thisClass. */
    public objType: PyType | null = null,
    cls: PyType = superType,
  ) {
    super(cls);
  }
}
superType.allocate = (cls) => new PySuper(null, null, null, cls);

/** The starting type for super(cls, obj): obj itself if it is a subclass of cls, else type(obj). */
export function superObjType(cls: PyType, obj: PyValue): PyType | null {
  if (obj instanceof PyType && obj.isSubtypeOf(cls)) return obj;
  const t = typeOf(obj);
  if (t.isSubtypeOf(cls)) return t;
  return null;
}

/** superObjType, raising CPython's TypeError when obj fits neither way. */
export function superCheck(cls: PyType, obj: PyValue): PyType {
  const t = superObjType(cls, obj);
  if (t !== null) return t;
  const what = obj instanceof PyType ? `type ${obj.name}` : `instance of ${typeOf(obj).name}`;
  throw typeError(`super(type, obj): obj (${what}) is not an instance or subtype of type (${cls.name}).`);
}

/** Find `name` in objType's MRO after thisClass; undefined if absent. */
export function superFind(thisClass: PyType, objType: PyType, name: string): PyValue | undefined {
  const mro = objType.mro;
  let i = mro.indexOf(thisClass);
  if (i < 0) return undefined;
  for (i++; i < mro.length; i++) {
    const v = mro[i].attrs.get(name);
    if (v !== undefined) return v;
  }
  return undefined;
}
