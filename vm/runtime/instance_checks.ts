// isinstance(obj, cls) for a class `cls`: what the isinstance() builtin does for a type, and what
// MATCH_CLASS asks (CPython's pattern matching calls isinstance, so a metaclass __instancecheck__ such
// as an ABC's decides too). A runtime module with few imports, so that opcode helpers can use it without
// loading vm/modules/builtins.ts (whose isinstance adds tuples and unions on top of this).

import { PyType, PyValue, typeOf, typeType } from '../objects/object.js';
import { getAttrOrUndefined } from './attributes.js';
import { callObject } from './call.js';
import { truthy } from './protocols.js';

export function isInstanceOfType(obj: PyValue, cls: PyType): boolean {
  if (typeOf(obj).isSubtypeOf(cls)) return true;
  const meta = cls.cls;
  if (meta !== typeType && meta.isHeap) {
    const check = meta.lookup('__instancecheck__');
    if (check !== undefined && check !== typeType.attrs.get('__instancecheck__')) {
      return truthy(callObject(check, [cls, obj]));
    }
  }
  const klass = getAttrOrUndefined(obj, '__class__');
  return klass instanceof PyType && klass !== typeOf(obj) && klass.isSubtypeOf(cls);
}
