// The methods of `object`, the root of every class: construction, attribute access, comparison,
// hashing, repr/str/format, __class__ and __dict__, __init_subclass__, __dir__, and the pickling
// protocol copy and pickle rely on (__reduce_ex__, __reduce__, __getstate__, built with copyreg).

import { PyType, PyValue, PyObject, objectType, typeOf, typeName, tpName } from './object.js';
import { defMethod, defGetSet, PyNativeFunction, defClassMethod, noArgs, oneArg } from './native.js';
import { PyTuple } from './tuple.js';
import { PyDict } from './dict.js';
import { PyList } from './list.js';
import { None, NotImplemented } from './singletons.js';
import { PyModule } from './module.js';
import { genericGetAttr, instanceGetAttr, genericSetAttr, noAttribute, getAttr, getAttrOrUndefined, lookupSpecial } from '../runtime/attributes.js';
import { callObject } from '../runtime/call.js';
import { importModule } from '../runtime/import.js';
import { currentInterpreter } from '../runtime/interpreter.js';
import { checkCompatibleLayout } from './type_methods.js';
import { identityHash, objectId, str, richCompare, Cmp, truthy, getIter } from '../runtime/protocols.js';
import { typeError, valueError } from '../runtime/raise.js';

objectType.attrs.set(
  '__new__',
  new PyNativeFunction('__new__', (args, kwargs) => {
    const cls = args[0];
    if (!(cls instanceof PyType)) throw typeError(`object.__new__(X): X is not a type object (${typeName(cls)})`);
    const excess = args.length > 1 || (kwargs !== null && kwargs.size > 0);
    if (excess) {
      if (cls.lookup('__new__') !== objectType.attrs.get('__new__')) {
        throw typeError('object.__new__() takes exactly one argument (the type to instantiate)');
      }
      if (cls.lookup('__init__') === objectType.attrs.get('__init__')) {
        throw typeError(`${tpName(cls)}() takes no arguments`);
      }
    }
    // tp_new_wrapper's safety check: the nearest built-in type must itself be created by object.__new__.
    let staticBase: PyType = cls;
    while (staticBase.isUserClass && staticBase.bases.length > 0) staticBase = staticBase.bases[0];
    if (staticBase.lookup('__new__') !== objectType.attrs.get('__new__')) {
      throw typeError(`object.__new__(${tpName(cls)}) is not safe, use ${tpName(staticBase)}.__new__()`);
    }
    const abstract = cls.lookup('__abstractmethods__');
    if (abstract !== undefined && abstract instanceof PyObject && truthy(abstract)) {
      const names = [...(abstract as unknown as { values(): Iterable<PyValue> }).values()].map((v) => String(v)).sort();
      throw typeError(
        `Can't instantiate abstract class ${cls.name} without an implementation for abstract method${names.length === 1 ? '' : 's'} ${names.map((n) => `'${n}'`).join(', ')}`,
      );
    }
    if (cls.allocate === null) throw typeError(`cannot create '${tpName(cls)}' instances`);
    return cls.allocate(cls);
  }, objectType),
);

defMethod(objectType, '__init__', (self, args, kwargs) => {
  const excess = args.length > 0 || (kwargs !== null && kwargs.size > 0);
  if (excess) {
    const t = typeOf(self);
    if (t.lookup('__init__') !== objectType.attrs.get('__init__')) {
      throw typeError('object.__init__() takes exactly one argument (the instance to initialize)');
    }
    if (t.lookup('__new__') === objectType.attrs.get('__new__')) {
      throw typeError(`${tpName(t)}() takes no arguments`);
    }
  }
  return None;
});

defMethod(objectType, '__getattribute__', (self, args) => {
  const name = args[0];
  if (typeof name !== 'string') throw typeError(`attribute name must be string, not '${typeName(name)}'`);
  const v = instanceGetAttr(self, name);
  if (v === undefined) throw noAttribute(self, name);
  return v;
});
defMethod(objectType, '__setattr__', (self, args) => {
  const name = args[0];
  if (typeof name !== 'string') throw typeError(`attribute name must be string, not '${typeName(name)}'`);
  genericSetAttr(self, name, args[1]);
  return None;
});
defMethod(objectType, '__delattr__', (self, args) => {
  const name = args[0];
  if (typeof name !== 'string') throw typeError(`attribute name must be string, not '${typeName(name)}'`);
  genericSetAttr(self, name, null);
  return None;
});

defMethod(objectType, '__eq__', (self, args) => (self === args[0] ? true : NotImplemented));
defMethod(objectType, '__ne__', (self, args) => {
  // Delegates to __eq__ and inverts, unless that is NotImplemented.
  const r = richCompare(self, args[0], Cmp.EQ);
  if (r === NotImplemented) return NotImplemented;
  return !truthy(r);
});
for (const op of ['__lt__', '__le__', '__gt__', '__ge__']) defMethod(objectType, op, () => NotImplemented);
defMethod(objectType, '__hash__', (self) => identityHash(self as object));

export function defaultRepr(self: PyValue): string {
  const t = typeOf(self);
  const mod = t.module;
  const qual = mod === 'builtins' ? t.qualname : `${mod}.${t.qualname}`;
  const id = objectId(self);
  return `<${qual} object at 0x${id.toString(16)}>`;
}
defMethod(objectType, '__repr__', (self) => defaultRepr(self));
defMethod(objectType, '__str__', (self) => {
  const t = typeOf(self);
  const r = t.lookup('__repr__');
  if (r === undefined) return defaultRepr(self);
  return reprOf(self);
});
import { repr as reprOf } from '../runtime/protocols.js';

defMethod(objectType, '__format__', (self, args) => {
  const spec = args[0];
  if (typeof spec !== 'string') throw typeError(`__format__() argument must be str, not ${typeName(spec)}`);
  if (spec !== '') throw typeError(`unsupported format string passed to ${typeName(self)}.__format__`);
  return str(self);
});

defMethod(objectType, '__dir__', (self) => {
  const names = new Set<string>();
  if (typeof self === 'object' && self.dict !== null) for (const k of self.dict.keys()) if (typeof k === 'string') names.add(k);
  for (const t of typeOf(self).mro) for (const k of t.attrs.keys()) names.add(k);
  // object.__dict__ has __doc__ in CPython; built-in types serve it lazily without the entry.
  names.add('__doc__');
  return new PyList([...names]);
});

// ---- pickling protocol (copy and pickle use it): __reduce_ex__, __reduce__, __getstate__ ----------

/** The copyreg module, which __reduce_ex__ builds its answers with (as CPython's typeobject.c does). */
function copyreg(): PyValue {
  return importModule(currentInterpreter(), 'copyreg');
}

/** Does the instance carry a built-in layout beyond object's (a list, a set...)? */
function hasNativeLayout(t: PyType): boolean {
  for (const c of t.mro) if (!c.isHeap) return c !== objectType;
  return false;
}

/** object.__getstate__ without an override: the instance dict (or None), plus slot values if any. */
function defaultState(obj: PyValue, required: boolean): PyValue {
  const t = typeOf(obj);
  let state: PyValue = None;
  if (typeof obj === 'object' && obj.dict !== null && obj.dict.size > 0) state = obj.dict;
  if (required && hasNativeLayout(t)) throw typeError(`cannot pickle '${tpName(t)}' object`);
  const slotnames = callObject(getAttr(copyreg(), '_slotnames'), [t]);
  if (slotnames instanceof PyList && slotnames.items.length > 0) {
    const slots = new PyDict();
    for (const name of slotnames.items) {
      if (typeof name !== 'string') continue;
      const v = getAttrOrUndefined(obj, name);
      if (v !== undefined) slots.setStr(name, v);
    }
    if (slots.size > 0) state = new PyTuple([state, slots]);
  }
  return state;
}

function getState(obj: PyValue, required: boolean): PyValue {
  const getstate = getAttr(obj, '__getstate__');
  if (getstate instanceof PyNativeFunction && getstate.self === obj && typeOf(obj).lookup('__getstate__') === objectGetstate) {
    return defaultState(obj, required);
  }
  return callObject(getstate, []);
}

/** __getnewargs_ex__ or __getnewargs__: [args, kwargs], either null when absent. */
function newArguments(obj: PyValue): [PyTuple | null, PyDict | null] {
  const ex = lookupSpecial(obj, '__getnewargs_ex__');
  if (ex !== undefined) {
    const r = callObject(ex, []);
    if (!(r instanceof PyTuple)) throw typeError(`__getnewargs_ex__ should return a tuple, not '${typeName(r)}'`);
    if (r.items.length !== 2) throw valueError(`__getnewargs_ex__ should return a tuple of length 2, not ${r.items.length}`);
    const [a, k] = r.items;
    if (!(a instanceof PyTuple)) throw typeError(`first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '${typeName(a)}'`);
    if (!(k instanceof PyDict)) throw typeError(`second item of the tuple returned by __getnewargs_ex__ must be a dict, not '${typeName(k)}'`);
    return [a, k];
  }
  const plain = lookupSpecial(obj, '__getnewargs__');
  if (plain !== undefined) {
    const r = callObject(plain, []);
    if (!(r instanceof PyTuple)) throw typeError(`__getnewargs__ should return a tuple, not '${typeName(r)}'`);
    return [r, null];
  }
  return [null, null];
}

/** Protocol 2+: (copyreg.__newobj__, (cls, *args), state, listitems, dictitems). */
function reduceNewobj(obj: PyValue): PyValue {
  const t = typeOf(obj);
  if (t.lookup('__new__') === undefined) throw typeError(`cannot pickle '${tpName(t)}' object`);
  const [args, kwargs] = newArguments(obj);
  const cr = copyreg();
  let newobj: PyValue;
  let newargs: PyTuple;
  if (kwargs === null || kwargs.size === 0) {
    newobj = getAttr(cr, '__newobj__');
    newargs = new PyTuple([t, ...(args?.items ?? [])]);
  } else {
    newobj = getAttr(cr, '__newobj_ex__');
    newargs = new PyTuple([t, args!, kwargs]);
  }
  const state = getState(obj, !(args !== null || obj instanceof PyList || obj instanceof PyDict));
  const listitems = obj instanceof PyList ? getIter(obj) : None;
  const dictitems = obj instanceof PyDict ? getIter(callObject(getAttr(obj, 'items'), [])) : None;
  return new PyTuple([newobj, newargs, state, listitems, dictitems]);
}

function commonReduce(obj: PyValue, proto: number): PyValue {
  if (proto >= 2) return reduceNewobj(obj);
  return callObject(getAttr(copyreg(), '_reduce_ex'), [obj, proto]);
}

defMethod(objectType, '__getstate__', (self, args, kwargs) => {
  noArgs('object.__getstate__', args, kwargs);
  return defaultState(self, false);
});
const objectGetstate = objectType.attrs.get('__getstate__');
defMethod(objectType, '__reduce__', (self, args, kwargs) => {
  noArgs('object.__reduce__', args, kwargs);
  return commonReduce(self, 0);
});
const objectReduce = objectType.attrs.get('__reduce__');
defMethod(objectType, '__reduce_ex__', (self, args, kwargs) => {
  const proto = oneArg('object.__reduce_ex__', args, kwargs);
  if (typeof proto !== 'number') throw typeError(`'${typeName(proto)}' object cannot be interpreted as an integer`);
  // A class overriding __reduce__ gets it called.
  if (typeOf(self).lookup('__reduce__') !== objectReduce) {
    return callObject(getAttr(self, '__reduce__'), []);
  }
  return commonReduce(self, proto);
});

// object.__sizeof__ (with the built-in types' own __sizeof__) is defined by vm/modules/sys_sizeof.ts.

defClassMethod(objectType, '__init_subclass__', (cls, args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) throw typeError(`${cls.qualname}.__init_subclass__() takes no keyword arguments`);
  if (args.length > 0) throw typeError(`${cls.qualname}.__init_subclass__() takes no arguments (${args.length} given)`);
  return None;
});
defClassMethod(objectType, '__subclasshook__', () => NotImplemented);

defGetSet(
  objectType,
  '__class__',
  (self) => typeOf(self),
  (self, v) => {
    if (!(v instanceof PyType)) throw typeError(`__class__ must be set to a class, not '${typeName(v ?? None)}' object`);
    if (typeof self !== 'object' || !self.cls.isHeap || !v.isHeap) {
      throw typeError(`__class__ assignment only supported for mutable types or ModuleType subclasses`);
    }
    checkCompatibleLayout(self.cls, v, '__class__');
    self.cls = v;
  },
);

/** __dict__ of instances (only types whose instances have one expose it). */
export function instanceDictGetSet(type: PyType, doc: string | null = null): void {
  defGetSet(
    type,
    '__dict__',
    (self) => {
      const o = self as PyObject;
      if (o.dict === null) o.dict = new PyDict();
      return o.dict;
    },
    (self, v) => {
      if (!(v instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${typeName(v ?? None)}'`);
      (self as PyObject).dict = v;
    },
    doc,
  );
}

export { PyModule };
