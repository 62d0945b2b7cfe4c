// Attribute access: object.__getattribute__/__setattr__/__delattr__ and type's, the descriptor protocol,
// and the lookup of special methods on types (CPython's _PyObject_LookupSpecial).
//
// Built-in descriptor classes (functions, method descriptors, properties, classmethod, ...) are applied
// directly; any other object whose type defines __get__/__set__/__delete__ is called through Python.

import { PyObject, PyType, PyValue, PyInstance, typeOf, typeName, tpName, objectType, typeType } from '../objects/object.js';
import {
  PyMethodDescriptor, PyClassMethodDescriptor, PyGetSetDescriptor, PyNativeFunction, bindNativeMethod,
} from '../objects/native.js';
import { PyFunction, PyMethod } from '../objects/function.js';
import { PyProperty, PyClassMethod, PyStaticMethod } from '../objects/descriptors.js';
import { PyDict } from '../objects/dict.js';
import { None } from '../objects/singletons.js';
import { PyModule } from '../objects/module.js';
import { PyBaseException, AttributeError, excSetAttr, excGetAttr } from '../objects/exceptions.js';
import { attributeError, typeError } from './raise.js';
import { callObject } from './call.js';
import { SlotMember } from '../objects/slots.js';
import { builtinDoc, typeDocKey } from '../objects/doc_source.js';
import { PySuper, superFind } from '../objects/super.js';

// Cached at first use: the generic implementations, to detect overrides quickly.
let objectGetattribute: PyValue | undefined;
let objectSetattr: PyValue | undefined;

/** Apply a descriptor's __get__ (instance may be null for class access). */
export function descrGet(descr: PyValue, instance: PyValue | null, owner: PyType): PyValue {
  if (descr instanceof PyFunction) {
    return instance === null ? descr : new PyMethod(descr, instance);
  }
  if (descr instanceof PyMethodDescriptor) {
    return instance === null ? descr : bindNativeMethod(descr, instance);
  }
  if (descr instanceof PyClassMethodDescriptor) {
    const cls = instance === null ? owner : typeOf(instance);
    return new PyNativeFunction(descr.name, (a, k) => descr.fn(cls, a, k), cls, descr.name, descr);
  }
  if (descr instanceof PyGetSetDescriptor) {
    return instance === null ? descr : descr.get(instance);
  }
  if (descr instanceof SlotMember) {
    return instance === null ? descr : descr.get(instance);
  }
  if (descr instanceof PyProperty && descr.cls === descr.cls) {
    if (instance === null) return descr;
    if (descr.fget === None) {
      throw attributeError(propertyMessage(descr, instance, 'getter'));
    }
    return callObject(descr.fget, [instance]);
  }
  if (descr instanceof PyClassMethod) {
    const cls = instance === null ? owner : typeOf(instance);
    return bindTo(descr.func, cls);
  }
  if (descr instanceof PyStaticMethod) {
    return descr.func;
  }
  if (descr instanceof PyObject) {
    const get = typeOf(descr).lookup('__get__');
    if (get !== undefined) return callObject(get, [descr, instance === null ? None : instance, owner]);
  }
  return descr;
}

function bindTo(func: PyValue, self: PyValue): PyValue {
  return new PyMethod(func, self);
}

function propertyMessage(p: PyProperty, instance: PyValue, what: string): string {
  const name = typeof p.name === 'string' ? p.name : null;
  if (name !== null) return `property '${name}' of '${typeName(instance)}' object has no ${what}`;
  return `property of '${typeName(instance)}' object has no ${what}`;
}

/** Is this a data descriptor (defines __set__ or __delete__)? */
export function isDataDescriptor(d: PyValue): boolean {
  if (d instanceof PyFunction || d instanceof PyMethodDescriptor || typeof d !== 'object') return false;
  if (d instanceof PyGetSetDescriptor || d instanceof PyProperty || d instanceof SlotMember) return true;
  if (d instanceof PyClassMethod || d instanceof PyStaticMethod || d instanceof PyClassMethodDescriptor) return false;
  const t = d.cls;
  return t.lookup('__set__') !== undefined || t.lookup('__delete__') !== undefined;
}

function hasGet(d: PyValue): boolean {
  if (typeof d !== 'object') return false;
  if (
    d instanceof PyFunction || d instanceof PyMethodDescriptor || d instanceof PyGetSetDescriptor ||
    d instanceof PyProperty || d instanceof PyClassMethod || d instanceof PyStaticMethod ||
    d instanceof PyClassMethodDescriptor || d instanceof SlotMember
  ) return true;
  // A bound method's __get__ returns it unchanged: skip the call.
  if (d instanceof PyMethod) return false;
  // Built-in types with a __get__ of their own count too: functools.partial and the lru_cache
  // wrapper bind like functions, super() objects bind to the instance, namedtuple fields get.
  return d.cls.lookup('__get__') !== undefined;
}

export function noAttribute(obj: PyValue, name: string): PyBaseException {
  let e: PyBaseException;
  if (obj instanceof PyType) {
    e = attributeError(`type object '${tpName(obj)}' has no attribute '${name}'`);
  } else if (obj instanceof PyModule) {
    e = attributeError(`module '${obj.name}' has no attribute '${name}'`);
  } else {
    e = attributeError(`'${typeName(obj)}' object has no attribute '${name}'`);
  }
  setAttrErrorContext(e, obj, name);
  return e;
}

function setAttrErrorContext(e: PyBaseException, obj: PyValue, name: string): void {
  excSetAttr(e, 'name', name);
  excSetAttr(e, 'obj', obj);
}

/** object.__getattribute__: the generic algorithm. Returns undefined instead of raising. */
export function genericGetAttr(obj: PyValue, name: string): PyValue | undefined {
  const t = typeOf(obj);
  const descr = t.lookup(name);
  // The common cases first, each deciding what the general algorithm below would, with fewer tests:
  // nothing on the type (an instance attribute), a Python function (a non-data descriptor: the instance
  // dict may shadow it), a slot or getset member (data descriptors that always get).
  if (descr === undefined) {
    if (typeof obj === 'object' && obj.dict !== null) return obj.dict.getStr(name);
    return undefined;
  }
  if (descr instanceof PyFunction) {
    const d = typeof obj === 'object' ? obj.dict : null;
    const v = d === null ? undefined : d.getStr(name);
    return v !== undefined ? v : new PyMethod(descr, obj);
  }
  if (descr instanceof SlotMember || descr instanceof PyGetSetDescriptor) return descr.get(obj);
  // A data descriptor wins over the instance dict only if it can get (one with just __set__ does not).
  if (descr !== undefined && isDataDescriptor(descr) && hasGet(descr)) return descrGet(descr, obj, t);
  if (typeof obj === 'object') {
    const d = obj.dict;
    if (d !== null) {
      const v = d.getStr(name);
      if (v !== undefined) return v;
    }
  }
  if (descr !== undefined) return hasGet(descr) ? descrGet(descr, obj, t) : descr;
  return undefined;
}

/** type.__getattribute__: looks in the metatype for data descriptors, then the class's MRO. */
export function typeGetAttr(cls: PyType, name: string): PyValue | undefined {
  const meta = cls.cls;
  const metaDescr = meta.lookup(name);
  if (metaDescr !== undefined && isDataDescriptor(metaDescr)) return descrGet(metaDescr, cls, meta);
  const v = cls.lookup(name);
  if (v !== undefined) {
    if (typeof v === 'object' && hasGet(v)) return descrGet(v, null, cls);
    return v;
  }
  if (metaDescr !== undefined) return hasGet(metaDescr) ? descrGet(metaDescr, cls, meta) : metaDescr;
  return undefined;
}

/** getattr(obj, name) without a default: raises AttributeError. */
export function getAttr(obj: PyValue, name: string): PyValue {
  let v: PyValue | undefined;
  try {
    v = lookupAttr(obj, name);
  } catch (e) {
    // An AttributeError raised by __getattr__, __getattribute__ or a descriptor gets the name and
    // object it was looked up for, unless it has either already (CPython's set_attribute_error_context):
    // the traceback printer's "Did you mean" hint reads them.
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(AttributeError) && excGetAttr(e, 'name') === None && excGetAttr(e, 'obj') === None) {
      setAttrErrorContext(e, obj, name);
    }
    throw e;
  }
  if (v === undefined) throw noAttribute(obj, name);
  return v;
}

/**
 * getattr(obj, name, <missing>): undefined when the attribute is missing (an AttributeError raised by
 * a descriptor, __getattribute__ or __getattr__ counts as missing too); other exceptions propagate.
 */
export function getAttrOrUndefined(obj: PyValue, name: string): PyValue | undefined {
  try {
    return lookupAttr(obj, name);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(AttributeError)) return undefined;
    throw e;
  }
}

/**
 * The attribute, or undefined when the generic lookup finds nothing and no __getattr__ hook exists
 * (so the common miss allocates no exception). Exceptions raised by hooks and descriptors propagate:
 * an AttributeError from __getattr__ reaches the caller as raised (CPython's slot_tp_getattr_hook).
 */
export function lookupAttr(obj: PyValue, name: string): PyValue | undefined {
  const t = typeOf(obj);
  if (t.isHeap) {
    // The common case, decided once per class (until it changes): no __getattribute__ override, no
    // __getattr__ hook, so the two lookups below are skipped.
    t.freshCache();
    const fast = t.fastGetattr ?? computeFastGetattr(t);
    if (fast) return builtinGetAttr(obj, name);
    if (objectGetattribute === undefined) objectGetattribute = objectType.attrs.get('__getattribute__');
    const ga = t.lookup('__getattribute__');
    const generic = ga === objectGetattribute || ga === typeType.attrs.get('__getattribute__');
    const getattr = t.lookup('__getattr__');
    if (getattr === undefined) {
      if (!generic) return callObject(ga!, [obj, name]);
      return builtinGetAttr(obj, name);
    }
    try {
      const v = generic ? builtinGetAttr(obj, name) : callObject(ga!, [obj, name]);
      if (v !== undefined) return v;
    } catch (e) {
      if (!(e instanceof PyBaseException && e.cls.isSubtypeOf(AttributeError))) throw e;
    }
    return callObject(getattr, [obj, name]);
  }
  return builtinGetAttr(obj, name);
}

/** Does the class get attributes with the built-in algorithm alone (no override, no __getattr__)? */
function computeFastGetattr(t: PyType): boolean {
  if (objectGetattribute === undefined) objectGetattribute = objectType.attrs.get('__getattribute__');
  const ga = t.lookup('__getattribute__');
  const fast = (ga === objectGetattribute || ga === typeType.attrs.get('__getattribute__')) &&
    t.lookup('__getattr__') === undefined;
  t.fastGetattr = fast;
  return fast;
}

/** Does the class set attributes with the built-in algorithm (object's or type's __setattr__)? */
function computeFastSetattr(t: PyType): boolean {
  if (objectSetattr === undefined) objectSetattr = objectType.attrs.get('__setattr__');
  const sa = t.lookup('__setattr__');
  const fast = sa === objectSetattr || sa === typeType.attrs.get('__setattr__');
  t.fastSetattr = fast;
  return fast;
}

/** The built-in tp_getattro of classes, modules (with a module __getattr__), methods and the rest. */
function builtinGetAttr(obj: PyValue, name: string): PyValue | undefined {
  // Instances of classes first: none of the special cases below is a PyInstance.
  if (obj instanceof PyInstance) return instanceGetAttr(obj, name);
  if (obj instanceof PyType) return typeGetAttr(obj, name);
  if (obj instanceof PyModule) {
    const v = genericGetAttr(obj, name);
    if (v !== undefined) return v;
    const getattr = obj.dict.getStr('__getattr__');
    if (getattr !== undefined) return callObject(getattr, [name]);
    return undefined;
  }
  if (obj instanceof PySuper) return superGetAttr(obj, name);
  if (obj instanceof PyMethod) {
    // A bound method forwards what it lacks to its function (__doc__, __module__, __wrapped__, ...).
    const v = genericGetAttr(obj, name);
    return v !== undefined ? v : lookupAttr(obj.func, name);
  }
  return instanceGetAttr(obj, name);
}

/**
 * object.__getattribute__: the generic lookup, except that __doc__ never misses. Every type's dict holds
 * __doc__ in CPython ("abc".__doc__ is str's doc); built-in types serve it lazily, without the entry, so
 * an instance whose lookup found nothing gets its type's doc.
 */
export function instanceGetAttr(obj: PyValue, name: string): PyValue | undefined {
  const v = genericGetAttr(obj, name);
  if (v === undefined && name === '__doc__') {
    const t = typeOf(obj);
    return t.doc ?? builtinDoc(typeDocKey(t)) ?? None;
  }
  return v;
}

/** super's tp_getattro: the MRO of the bound object's type after __thisclass__, then super's own attributes. */
export function superGetAttr(s: PySuper, name: string): PyValue | undefined {
  if (s.objType !== null && s.thisClass !== null && name !== '__class__') {
    const found = superFind(s.thisClass, s.objType, name);
    if (found !== undefined) return descrGet(found, s.obj === s.objType ? null : s.obj, s.objType);
  }
  return genericGetAttr(s, name);
}

/**
 * For LOAD_ATTR's method form: returns [function, self] when the attribute is a plain method found on
 * the type (so no bound method is allocated), else [value, null].
 */
export function getMethod(obj: PyValue, name: string): [PyValue, PyValue | null] {
  const m = methodOrAttr(obj, name);
  const self = methodSelf;
  methodSelf = null;
  return [m, self];
}

/**
 * LOAD_ATTR's method form without allocating: slots[at] = the function or attribute, slots[at + 1] =
 * self (for a plain method found on the type) or null.
 */
export function loadMethodInto(obj: PyValue, name: string, slots: unknown[], at: number): void {
  slots[at] = methodOrAttr(obj, name);
  slots[at + 1] = methodSelf;
  methodSelf = null;
}

/** The self that methodOrAttr's result is to be called with, or null; read at once by its callers. */
let methodSelf: PyValue | null = null;

function methodOrAttr(obj: PyValue, name: string): PyValue {
  const t = typeOf(obj);
  if (!(obj instanceof PyType) && !(obj instanceof PyModule) && !(obj instanceof PySuper)) {
    if (objectGetattribute === undefined) objectGetattribute = objectType.attrs.get('__getattribute__');
    if (!t.isHeap || t.lookup('__getattribute__') === objectGetattribute) {
      const descr = t.lookup(name);
      if (descr instanceof PyFunction || descr instanceof PyMethodDescriptor) {
        const d = typeof obj === 'object' ? obj.dict : null;
        const shadow = d === null ? undefined : d.getStr(name);
        if (shadow === undefined) {
          methodSelf = obj;
          return descr;
        }
        return shadow;
      }
    }
  }
  return getAttr(obj, name);
}

/** Special method lookup: on the type only, bound to obj; undefined if absent. */
export function lookupSpecial(obj: PyValue, name: string): PyValue | undefined {
  const t = typeOf(obj);
  const d = t.lookup(name);
  if (d === undefined) return undefined;
  if (typeof d === 'object' && hasGet(d)) return descrGet(d, obj, t);
  return d;
}

/** Call a special method found on the type with obj as self; undefined if the type lacks it. */
export function callSpecial(obj: PyValue, name: string, args: PyValue[]): PyValue | undefined {
  const t = typeOf(obj);
  const d = t.lookup(name);
  if (d === undefined) return undefined;
  if (d instanceof PyMethodDescriptor) return d.fn(obj, args, null);
  if (d instanceof PyFunction) return callObject(d, [obj, ...args]);
  return callObject(descrGet(d, obj, t), args);
}

// ---- setting and deleting ----------------------------------------------------------------------------

export function setAttr(obj: PyValue, name: string, value: PyValue): void {
  const t = typeOf(obj);
  if (t.isHeap) {
    t.freshCache();
    if (!(t.fastSetattr ?? computeFastSetattr(t))) {
      callObject(t.lookup('__setattr__')!, [obj, name, value]);
      return;
    }
  }
  if (obj instanceof PyType) {
    typeSetAttr(obj, name, value);
    return;
  }
  genericSetAttr(obj, name, value);
}

export function genericSetAttr(obj: PyValue, name: string, value: PyValue | null): void {
  const t = typeOf(obj);
  const descr = t.lookup(name);
  if (descr !== undefined && typeof descr === 'object') {
    if (descr instanceof PyProperty) {
      if (value === null) {
        if (descr.fdel === None) throw attributeError(propertyMessage(descr, obj, 'deleter'));
        callObject(descr.fdel, [obj]);
      } else {
        if (descr.fset === None) throw attributeError(propertyMessage(descr, obj, 'setter'));
        callObject(descr.fset, [obj, value]);
      }
      return;
    }
    if (descr instanceof PyGetSetDescriptor) {
      if (descr.set === null) {
        throw attributeError(`attribute '${name}' of '${tpName(descr.owner)}' objects is not writable`);
      }
      descr.set(obj, value);
      return;
    }
    if (descr instanceof SlotMember) {
      descr.set(obj, value);
      return;
    }
    if (!(descr instanceof PyFunction) && !(descr instanceof PyMethodDescriptor) && descr.cls.isHeap) {
      const m = descr.cls.lookup(value === null ? '__delete__' : '__set__');
      if (m !== undefined) {
        callObject(m, value === null ? [descr, obj] : [descr, obj, value]);
        return;
      }
      // A data descriptor lacking the other half: slot_tp_descr_set asks for the missing method.
      const other = descr.cls.lookup(value === null ? '__set__' : '__delete__');
      if (other !== undefined) throw attributeError(value === null ? '__delete__' : '__set__');
    }
  }
  if (typeof obj !== 'object' || !typeOf(obj).hasInstanceDict) {
    if (descr !== undefined || typeof obj !== 'object' || !t.isHeap) {
      if (descr === undefined) {
        throw attributeError(`'${tpName(t)}' object has no attribute '${name}' and no __dict__ for setting new attributes`);
      }
      throw attributeError(`'${tpName(t)}' object attribute '${name}' is read-only`);
    }
    throw attributeError(`'${tpName(t)}' object has no attribute '${name}' and no __dict__ for setting new attributes`);
  }
  let d = obj.dict;
  if (value === null) {
    if (d === null || !d.deleteStr(name)) throw noAttribute(obj, name);
    return;
  }
  if (d === null) {
    d = new PyDict();
    obj.dict = d;
  }
  d.setStr(name, value);
}

export function typeSetAttr(cls: PyType, name: string, value: PyValue | null): void {
  const meta = cls.cls;
  const descr = meta.lookup(name);
  if (descr !== undefined && isDataDescriptor(descr)) {
    genericSetAttr(cls, name, value);
    return;
  }
  if (!cls.isHeap) {
    throw typeError(`cannot set '${name}' attribute of immutable type '${tpName(cls)}'`);
  }
  if (value === null) {
    if (!cls.deleteAttr(name)) throw attributeError(`type object '${tpName(cls)}' has no attribute '${name}'`);
  } else {
    cls.setAttr(name, value);
  }
}

export function delAttr(obj: PyValue, name: string): void {
  const t = typeOf(obj);
  if (t.isHeap) {
    const da = t.lookup('__delattr__');
    if (da !== objectType.attrs.get('__delattr__') && da !== typeType.attrs.get('__delattr__')) {
      callObject(da!, [obj, name]);
      return;
    }
  }
  if (obj instanceof PyType) {
    typeSetAttr(obj, name, null);
    return;
  }
  genericSetAttr(obj, name, null);
}

export { PyInstance };
