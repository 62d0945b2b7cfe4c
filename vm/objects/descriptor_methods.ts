// property, classmethod, staticmethod, super, getset/member descriptors and mappingproxy: construction
// and Python-visible methods. How descriptors bind is runtime/attributes.ts's business.

import { PyValue, PyType, typeOf, typeName, tpName } from './object.js';
import {
  defMethod, defGetSet, defNew, bindArgs, noKwargs, getSetDescriptorType, PyGetSetDescriptor, checkDescriptorTarget,
} from './native.js';
import { builtinDoc, typeDocKey } from './doc_source.js';
import { SlotMember, memberDescriptorType } from './slots.js';
import {
  PyProperty, PyClassMethod, PyStaticMethod, propertyType, classmethodType, staticmethodType, PyMappingProxy,
  mappingProxyType,
} from './descriptors.js';
import { PyMemberDescriptor, defMember } from './member_descriptor.js';
import { PyDict } from './dict.js';
import { PyList } from './list.js';
import { PyTuple } from './tuple.js';
import { PyBaseException, KeyError } from './exceptions.js';
import { binaryDispatch } from '../runtime/operators.js';
import { classGetItem } from './generic_alias.js';
import { PySuper, superType, superCheck, superFind } from './super.js';
import { None } from './singletons.js';
import {
  descrGet, genericSetAttr, genericGetAttr, noAttribute, superGetAttr, getAttr, getAttrOrUndefined, setAttr,
} from '../runtime/attributes.js';
import { instanceDictGetSet } from './object_methods.js';
import { callObject } from '../runtime/call.js';
import { repr, str, getItem, contains, len, getIter, richCompare, Cmp } from '../runtime/protocols.js';
import { typeError, runtimeError, attributeError } from '../runtime/raise.js';
import { currentInterpreter } from '../runtime/interpreter.js';
import { CO_FAST_FREE } from './code.js';
import { PyCell } from './cell.js';

const prop = (v: PyValue): PyProperty => v as PyProperty;

defNew(propertyType, (cls) => new PyProperty(None, None, None, None, cls));
defMethod(propertyType, '__init__', (self, args, kwargs) => {
  const [fget, fset, fdel, doc] = bindArgs('property', ['fget', 'fset', 'fdel', 'doc'], args, kwargs);
  const p = prop(self);
  p.fget = fget ?? None;
  p.fset = fset ?? None;
  p.fdel = fdel ?? None;
  let d = doc ?? None;
  if (d === None && p.fget !== None) {
    const fd = genericGetAttr(p.fget, '__doc__');
    if (fd !== undefined) d = fd;
  }
  p.doc = d;
  return None;
});
defMethod(propertyType, '__get__', (self, args) => {
  const inst = args[0];
  if (inst === None || inst === undefined) return self;
  return descrGet(self, inst, typeOf(inst));
});
defMethod(propertyType, '__set__', (self, args) => {
  genericSetAttrVia(prop(self), args[0], args[1]);
  return None;
});
defMethod(propertyType, '__delete__', (self, args) => {
  genericSetAttrVia(prop(self), args[0], null);
  return None;
});
function genericSetAttrVia(p: PyProperty, obj: PyValue, v: PyValue | null): void {
  if (v === null) {
    if (p.fdel === None) throw attributeError(`property of '${typeName(obj)}' object has no deleter`);
    callObject(p.fdel, [obj]);
  } else {
    if (p.fset === None) throw attributeError(`property of '${typeName(obj)}' object has no setter`);
    callObject(p.fset, [obj, v]);
  }
}
function copyProp(p: PyProperty, which: 'fget' | 'fset' | 'fdel', f: PyValue): PyProperty {
  const n = new PyProperty(p.fget, p.fset, p.fdel, p.doc, p.cls);
  n[which] = f;
  n.name = p.name;
  return n;
}
defMethod(propertyType, 'getter', (self, args) => copyProp(prop(self), 'fget', args[0]));
defMethod(propertyType, 'setter', (self, args) => copyProp(prop(self), 'fset', args[0]));
defMethod(propertyType, 'deleter', (self, args) => copyProp(prop(self), 'fdel', args[0]));
defMethod(propertyType, '__set_name__', (self, args) => {
  prop(self).name = args[1];
  return None;
});
// property.__name__ (3.13): the name from __set_name__ (or assigned), else the getter's __name__.
defGetSet(propertyType, '__name__', (s) => {
  const p = prop(s);
  if (p.name !== None) return p.name;
  if (p.fget === None) throw attributeError("'property' object has no attribute '__name__'");
  return getAttr(p.fget, '__name__');
}, (s, v) => {
  prop(s).name = v ?? None;
});
defMember(propertyType, 'fget', (s) => prop(s).fget);
defMember(propertyType, 'fset', (s) => prop(s).fset);
defMember(propertyType, 'fdel', (s) => prop(s).fdel);
// A writable _Py_T_OBJECT member: deleting stores NULL, which reads back as None.
defMember(propertyType, '__doc__', (s) => prop(s).doc, (s, v) => {
  prop(s).doc = v ?? None;
});
defGetSet(propertyType, '__isabstractmethod__', (s) => {
  const f = prop(s).fget;
  const v = f === None ? undefined : genericGetAttr(f, '__isabstractmethod__');
  return v === true;
});

defNew(classmethodType, (cls, args) => new PyClassMethod(args[0] ?? None, cls));
defMethod(classmethodType, '__init__', (self, args, kwargs) => {
  noKwargs('classmethod', kwargs);
  if (args.length !== 1) throw typeError(`classmethod expected 1 argument, got ${args.length}`);
  (self as PyClassMethod).func = args[0];
  copyWrappedAttrs(self, args[0]);
  return None;
});
defMethod(classmethodType, '__get__', (self, args) => {
  const owner = args[1] !== undefined && args[1] !== None ? (args[1] as PyType) : typeOf(args[0]);
  return descrGet(self, null, owner);
});
defMember(classmethodType, '__func__', (s) => (s as PyClassMethod).func);
defMember(classmethodType, '__wrapped__', (s) => (s as PyClassMethod).func);
defGetSet(classmethodType, '__isabstractmethod__', (s) => genericGetAttr((s as PyClassMethod).func, '__isabstractmethod__') === true);

defNew(staticmethodType, (cls, args) => new PyStaticMethod(args[0] ?? None, cls));
defMethod(staticmethodType, '__init__', (self, args, kwargs) => {
  noKwargs('staticmethod', kwargs);
  if (args.length !== 1) throw typeError(`staticmethod expected 1 argument, got ${args.length}`);
  (self as PyStaticMethod).func = args[0];
  copyWrappedAttrs(self, args[0]);
  return None;
});
defMethod(staticmethodType, '__get__', (self) => (self as PyStaticMethod).func);
defMethod(staticmethodType, '__call__', (self, args, kwargs) => callObject((self as PyStaticMethod).func, args, kwargs));
defMember(staticmethodType, '__func__', (s) => (s as PyStaticMethod).func);
defMember(staticmethodType, '__wrapped__', (s) => (s as PyStaticMethod).func);
defGetSet(staticmethodType, '__isabstractmethod__', (s) => genericGetAttr((s as PyStaticMethod).func, '__isabstractmethod__') === true);
// Their instances have a __dict__; __annotations__ and __annotate__ are the wrapped callable's, read once
// and then kept in that dict (descriptor_get_wrapped_attribute in funcobject.c).
for (const [t, tname] of [[classmethodType, 'classmethod'], [staticmethodType, 'staticmethod']] as const) {
  instanceDictGetSet(t);
  for (const name of ['__annotations__', '__annotate__']) {
    defGetSet(t, name, (s) => {
      const d = instanceDict(s);
      const cached = d.getStr(name);
      if (cached !== undefined) return cached;
      const v = getAttr((s as PyClassMethod | PyStaticMethod).func, name);
      d.setStr(name, v);
      return v;
    }, (s, v) => {
      const d = instanceDict(s);
      if (v !== null) d.setStr(name, v);
      else if (!d.deleteStr(name)) throw attributeError(`'${tname}' object has no attribute '${name}'`);
    });
  }
}

function instanceDict(self: PyValue): PyDict {
  const o = self as PyClassMethod;
  if (o.dict === null) o.dict = new PyDict();
  return o.dict;
}

/** functools_wraps in funcobject.c: the wrapped callable's __module__, __name__, __qualname__, __doc__. */
function copyWrappedAttrs(self: PyValue, wrapped: PyValue): void {
  for (const name of ['__module__', '__name__', '__qualname__', '__doc__']) {
    const v = getAttrOrUndefined(wrapped, name);
    if (v !== undefined) setAttr(self, name, v);
  }
}

// sm_repr / cm_repr: the wrapped callable's repr inside the (literal, even for subclasses) type name.
defMethod(staticmethodType, '__repr__', (self) => `<staticmethod(${repr((self as PyStaticMethod).func)})>`);
defMethod(classmethodType, '__repr__', (self) => `<classmethod(${repr((self as PyClassMethod).func)})>`);

// ---- super ----

defNew(superType, (cls) => new PySuper(null, null, null, cls));
defMethod(superType, '__init__', (self, args) => {
  const s = self as PySuper;
  let thisClass: PyValue;
  let obj: PyValue | null;
  if (args.length === 0) {
    // Zero-argument form: __class__ cell and first argument of the calling frame.
    const frame = currentInterpreter().frame;
    if (frame === null || frame.code.argcount === 0) throw runtimeError('super(): no arguments');
    let first = frame.slots[0];
    if (first instanceof PyCell) first = first.value;
    if (first === undefined || first === null) throw runtimeError('super(): arg[0] deleted');
    obj = first;
    const idx = frame.code.localsplusnames.indexOf('__class__');
    if (idx < 0 || !(frame.code.localspluskinds[idx] & CO_FAST_FREE)) throw runtimeError('super(): __class__ cell not found');
    const cell = frame.slots[idx] as PyCell;
    if (cell.value === undefined) throw runtimeError('super(): empty __class__ cell');
    thisClass = cell.value;
  } else {
    thisClass = args[0];
    obj = args.length > 1 && args[1] !== None ? args[1] : null;
  }
  if (!(thisClass instanceof PyType)) throw typeError(`super() argument 1 must be a type, not ${typeName(thisClass)}`);
  s.thisClass = thisClass;
  s.obj = obj;
  if (obj !== null) {
    s.objType = superCheck(thisClass, obj);
  }
  return None;
});
defMethod(superType, '__getattribute__', (self, args) => {
  const name = args[0] as string;
  const v = superGetAttr(self as PySuper, name);
  if (v === undefined) throw noAttribute(self, name);
  return v;
});
defMethod(superType, '__repr__', (self) => {
  const s = self as PySuper;
  const tc = s.thisClass === null ? 'NULL' : s.thisClass.name;
  if (s.objType === null) return `<super: <class '${tc}'>, NULL>`;
  return `<super: <class '${tc}'>, <${s.objType.name} object>>`;
});
// super_descr_get: an unbound super stored in a class binds to the instance it is reached through;
// a bound one (or access through the class) is itself. A subclass of super is called to bind.
defMethod(superType, '__get__', (self, args) => {
  const s = self as PySuper;
  if (args.length < 1 || args.length > 2) throw typeError(`expected 1 or 2 arguments, got ${args.length}`);
  const obj = args[0];
  if (obj === None || s.obj !== null) return s;
  if (s.cls !== superType) return callObject(s.cls, [s.thisClass ?? None, obj]);
  if (s.thisClass === null) throw typeError('super(type, obj): obj must be an instance or subtype of type');
  return new PySuper(s.thisClass, obj, superCheck(s.thisClass, obj));
});
defMember(superType, '__thisclass__', (s) => (s as PySuper).thisClass ?? None);
defMember(superType, '__self__', (s) => (s as PySuper).obj ?? None);
defMember(superType, '__self_class__', (s) => (s as PySuper).objType ?? None);

export { repr, genericSetAttr };

// ---- getset_descriptor and member_descriptor (attributes of built-in types and __slots__) ----

const gs = (v: PyValue): PyGetSetDescriptor => v as PyGetSetDescriptor;
defMethod(getSetDescriptorType, '__repr__', (self) => `<attribute '${gs(self).name}' of '${tpName(gs(self).owner)}' objects>`);
defMethod(getSetDescriptorType, '__get__', (self, args) => {
  const inst = args[0];
  if (inst === undefined) throw typeError('expected 1 or 2 arguments, got 0');
  if (inst === None) return self;
  checkDescriptorTarget(gs(self).owner, gs(self).name, inst);
  return gs(self).get(inst);
});
defMethod(getSetDescriptorType, '__set__', (self, args) => {
  const d = gs(self);
  checkDescriptorTarget(d.owner, d.name, args[0]);
  if (d.set === null) throw attributeError(`attribute '${d.name}' of '${tpName(d.owner)}' objects is not writable`);
  d.set(args[0], args[1]);
  return None;
});
defMethod(getSetDescriptorType, '__delete__', (self, args) => {
  const d = gs(self);
  checkDescriptorTarget(d.owner, d.name, args[0]);
  if (d.set === null) throw attributeError(`attribute '${d.name}' of '${tpName(d.owner)}' objects is not writable`);
  d.set(args[0], null);
  return None;
});
defMember(getSetDescriptorType, '__name__', (s) => gs(s).name);
defGetSet(getSetDescriptorType, '__qualname__', (s) => `${gs(s).owner.name}.${gs(s).name}`);
defMember(getSetDescriptorType, '__objclass__', (s) => gs(s).owner);
defGetSet(getSetDescriptorType, '__doc__', (s) => gs(s).docText ?? builtinDoc(`${typeDocKey(gs(s).owner)}.${gs(s).name}`) ?? None);

// member_descriptor has two implementations: SlotMember (a __slots__ entry, which checks its target
// itself) and PyMemberDescriptor (a built-in type's field, a PyGetSetDescriptor underneath, checked here as
// CPython's descr_check does).
type Member = SlotMember | PyMemberDescriptor;
const mem = (v: PyValue): Member => v as Member;
defMethod(memberDescriptorType, '__repr__', (self) => `<member '${mem(self).name}' of '${tpName(mem(self).owner)}' objects>`);
defMethod(memberDescriptorType, '__get__', (self, args) => {
  const inst = args[0];
  if (inst === undefined) throw typeError('expected 1 or 2 arguments, got 0');
  if (inst === None) return self;
  const m = mem(self);
  if (m instanceof PyGetSetDescriptor) checkDescriptorTarget(m.owner, m.name, inst);
  return m.get(inst);
});
function memberSet(self: PyValue, obj: PyValue, value: PyValue | null): void {
  const m = mem(self);
  if (m instanceof PyGetSetDescriptor) {
    checkDescriptorTarget(m.owner, m.name, obj);
    m.set!(obj, value);
  } else {
    m.set(obj, value);
  }
}
defMethod(memberDescriptorType, '__set__', (self, args) => {
  memberSet(self, args[0], args[1]);
  return None;
});
defMethod(memberDescriptorType, '__delete__', (self, args) => {
  memberSet(self, args[0], null);
  return None;
});
defMember(memberDescriptorType, '__name__', (s) => mem(s).name);
defGetSet(memberDescriptorType, '__qualname__', (s) => `${mem(s).owner.name}.${mem(s).name}`);
defMember(memberDescriptorType, '__objclass__', (s) => mem(s).owner);
defGetSet(memberDescriptorType, '__doc__', (s) => {
  const m = mem(s);
  if (m instanceof SlotMember) return None;
  return m.docText ?? builtinDoc(`${typeDocKey(m.owner)}.${m.name}`) ?? None;
});

// ---- mappingproxy ----

const mp = (v: PyValue): PyMappingProxy => v as PyMappingProxy;

/** The mapping a proxy reads: the wrapped one, or a dict of the class's attributes as they are now. */
function proxied(p: PyMappingProxy): PyValue {
  if (p.type === null) return p.mapping!;
  const d = new PyDict();
  for (const [k, v] of p.type.attrs) d.setStr(k, v);
  return d;
}

function proxyLookup(p: PyMappingProxy, key: PyValue): PyValue | undefined {
  if (p.type !== null) return typeof key === 'string' ? p.type.attrs.get(key) : undefined;
  try {
    return getItem(p.mapping!, key);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(KeyError)) return undefined;
    throw e;
  }
}

defNew(mappingProxyType, (_cls, args, kwargs) => {
  const [mapping] = bindArgs('mappingproxy', ['mapping'], args, kwargs, 1);
  const t = typeOf(mapping!);
  if (mapping instanceof PyList || mapping instanceof PyTuple || t.lookup('__getitem__') === undefined || t.lookup('keys') === undefined) {
    throw typeError(`mappingproxy() argument must be a mapping, not ${typeName(mapping!)}`);
  }
  return new PyMappingProxy(mapping!, null);
});
defMethod(mappingProxyType, '__getitem__', (self, args) => {
  const v = proxyLookup(mp(self), args[0]);
  if (v === undefined) throw new PyBaseException(KeyError, [args[0]]);
  return v;
});
defMethod(mappingProxyType, 'get', (self, args) => {
  if (args.length < 1 || args.length > 2) throw typeError(`get expected at least 1 argument, got ${args.length}`);
  const p = mp(self);
  if (p.type === null) return callObject(getAttr(p.mapping!, 'get'), args);
  return proxyLookup(p, args[0]) ?? args[1] ?? None;
});
defMethod(mappingProxyType, '__contains__', (self, args) => {
  const p = mp(self);
  return p.type !== null ? proxyLookup(p, args[0]) !== undefined : contains(p.mapping!, args[0]);
});
defMethod(mappingProxyType, '__len__', (self) => {
  const p = mp(self);
  return p.type !== null ? p.type.attrs.size : len(p.mapping!);
});
defMethod(mappingProxyType, '__iter__', (self) => getIter(proxied(mp(self))));
defMethod(mappingProxyType, '__reversed__', (self) => callObject(getAttr(proxied(mp(self)), '__reversed__'), []));
for (const name of ['keys', 'values', 'items', 'copy']) {
  defMethod(mappingProxyType, name, (self) => callObject(getAttr(proxied(mp(self)), name), []));
}
defMethod(mappingProxyType, '__repr__', (self) => `mappingproxy(${repr(proxied(mp(self)))})`);
defMethod(mappingProxyType, '__str__', (self) => str(proxied(mp(self))));
defMethod(mappingProxyType, '__eq__', (self, args) => richCompare(proxied(mp(self)), args[0], Cmp.EQ));
defMethod(mappingProxyType, '__ne__', (self, args) => richCompare(proxied(mp(self)), args[0], Cmp.NE));
defMethod(mappingProxyType, '__or__', (self, args) => {
  const other = args[0] instanceof PyMappingProxy ? proxied(args[0]) : args[0];
  return binaryDispatch(7, callObject(getAttr(proxied(mp(self)), 'copy'), []), other, '|');
});
defMethod(mappingProxyType, '__ror__', (self, args) => {
  return binaryDispatch(7, args[0], callObject(getAttr(proxied(mp(self)), 'copy'), []), '|');
});
defMethod(mappingProxyType, '__ior__', (self) => {
  throw typeError(`'|=' is not supported by mappingproxy; use '|' instead`);
});
classGetItem(mappingProxyType);
