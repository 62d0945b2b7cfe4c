// member descriptors for __slots__: each slot name of a class becomes a descriptor reading and writing
// a fixed index of the instance's slot array (also for subclasses of dict, list, str... that declare
// __slots__, whose instances are the built-in type's own objects).

import { PyObject, PyInstance, PyType, PyValue, makeBuiltinType, typeName } from './object.js';
import { attributeError, typeError } from '../runtime/raise.js';

export const memberDescriptorType = makeBuiltinType('member_descriptor');
memberDescriptorType.isBaseType = false;

/**
 * Where an object keeps its slot values: a plain class's instances (PyInstance) in their `slots`
 * field; instances of subclasses of built-in types (a dict or list subclass with __slots__, which
 * are PyDict, PyList... underneath) in a property added when the first slot is set. Either way it is
 * an ordinary property, so the lifetime walk sees the values.
 */
interface SlotHolder {
  slots?: (PyValue | undefined)[] | null;
  memberSlots?: (PyValue | undefined)[];
}

export class SlotMember extends PyObject {
  constructor(
    readonly owner: PyType,
    readonly name: string,
    readonly index: number,
  ) {
    super(memberDescriptorType);
  }

  private instance(obj: PyValue): PyObject {
    if (!(obj instanceof PyObject) || !obj.cls.isSubtypeOf(this.owner)) {
      throw typeError(`descriptor '${this.name}' for '${this.owner.name}' objects doesn't apply to a '${typeName(obj)}' object`);
    }
    return obj;
  }

  get(obj: PyValue): PyValue {
    const inst = this.instance(obj) as SlotHolder;
    const store = inst instanceof PyInstance ? inst.slots : inst.memberSlots;
    const v = store?.[this.index];
    if (v === undefined) throw attributeError(`'${typeName(obj)}' object has no attribute '${this.name}'`);
    return v;
  }

  set(obj: PyValue, value: PyValue | null): void {
    const inst = this.instance(obj);
    let store: (PyValue | undefined)[] | null | undefined;
    if (inst instanceof PyInstance) {
      store = inst.slots;
      if (store === null && value !== null) store = inst.slots = [];
    } else {
      const holder = inst as SlotHolder;
      store = holder.memberSlots;
      if (store === undefined && value !== null) store = holder.memberSlots = [];
    }
    if (value === null) {
      // Deleting an unset slot says only the name (PyMember_SetOne).
      if (store?.[this.index] === undefined) throw attributeError(this.name);
      store[this.index] = undefined;
      return;
    }
    store![this.index] = value;
  }
}
