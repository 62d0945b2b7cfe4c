// The member descriptors of built-in types' fixed fields (CPython's PyMemberDef: slice.start,
// property.fget, the fields of struct sequences), and defMember, which puts one on a type.
// (__slots__ members are objects/slots.ts's SlotMember.) Its Python methods are in descriptor_methods.ts.
//
// Not imported by the base modules: defining the class needs native.ts fully loaded.

import { PyType, PyValue } from './object.js';
import { PyGetSetDescriptor } from './native.js';
import { memberDescriptorType } from './slots.js';
import { attributeError } from '../runtime/raise.js';

/**
 * A fixed field of a built-in type's instances, which CPython declares with PyMemberDef: Python sees a
 * member_descriptor. It is a PyGetSetDescriptor whose Python type is member_descriptor, so that
 * attribute access takes the interpreter's direct getset path. (Not a subclass: this module may be
 * evaluated before native.ts has finished.) A read-only one refuses assignment and deletion with
 * PyMember_SetOne's "readonly attribute".
 */
export type PyMemberDescriptor = PyGetSetDescriptor;

function readonlyMember(): never {
  throw attributeError('readonly attribute');
}

/**
 * Define a member on a built-in type: read-only unless `set` is given. Its __doc__ is `doc`, else
 * CPython's from the docstring data.
 */
export function defMember(
  type: PyType,
  name: string,
  get: (self: PyValue) => PyValue,
  set: ((self: PyValue, value: PyValue | null) => void) | null = null,
  doc: string | null = null,
): void {
  const d = new PyGetSetDescriptor(type, name, get, set ?? readonlyMember, doc);
  d.cls = memberDescriptorType;
  type.attrs.set(name, d);
}
