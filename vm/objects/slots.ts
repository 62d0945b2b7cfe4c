// member descriptors for __slots__: each slot name of a class becomes a descriptor reading and writing
// a fixed index of the instance's `slots` array.

import { PyObject, PyInstance, PyType, PyValue, makeBuiltinType, typeName } from './object.js';
import { attributeError, typeError } from '../runtime/raise.js';

export const memberDescriptorType = makeBuiltinType('member_descriptor');
memberDescriptorType.isBaseType = false;

export class SlotMember extends PyObject {
  constructor(
    readonly owner: PyType,
    readonly name: string,
    readonly index: number,
  ) {
    super(memberDescriptorType);
  }

  private instance(obj: PyValue): PyInstance {
    if (!(obj instanceof PyInstance) || !obj.cls.isSubtypeOf(this.owner)) {
      throw typeError(`descriptor '${this.name}' for '${this.owner.name}' objects doesn't apply to a '${typeName(obj)}' object`);
    }
    return obj;
  }

  get(obj: PyValue): PyValue {
    const inst = this.instance(obj);
    const v = inst.slots?.[this.index];
    if (v === undefined) throw attributeError(`'${typeName(obj)}' object has no attribute '${this.name}'`);
    return v;
  }

  set(obj: PyValue, value: PyValue | null): void {
    const inst = this.instance(obj);
    if (value === null) {
      // Deleting an unset slot says only the name (PyMember_SetOne).
      if (inst.slots?.[this.index] === undefined) throw attributeError(this.name);
      inst.slots![this.index] = undefined;
      return;
    }
    if (inst.slots === null) inst.slots = [];
    inst.slots[this.index] = value;
  }
}
