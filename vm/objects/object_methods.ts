// The methods of `object`, the root of every class: construction, attribute access, comparison,
// hashing, repr/str/format, __class__ and __dict__, __init_subclass__, __dir__.

import { PyType, PyValue, PyObject, objectType, typeOf, typeName } from './object.js';
import { defMethod, defGetSet, PyNativeFunction, defClassMethod } from './native.js';
import { PyDict } from './dict.js';
import { PyList } from './list.js';
import { None, NotImplemented } from './singletons.js';
import { PyModule } from './module.js';
import { genericGetAttr, genericSetAttr, noAttribute } from '../runtime/attributes.js';
import { identityHash, objectId, str, richCompare, Cmp, truthy } from '../runtime/protocols.js';
import { typeError } from '../runtime/raise.js';

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
        throw typeError(`${cls.name}() takes no arguments`);
      }
    }
    const abstract = cls.lookup('__abstractmethods__');
    if (abstract !== undefined && abstract instanceof PyObject && truthy(abstract)) {
      const names = [...(abstract as unknown as { values(): Iterable<PyValue> }).values()].map((v) => String(v)).sort();
      throw typeError(
        `Can't instantiate abstract class ${cls.name} without an implementation for abstract method${names.length === 1 ? '' : 's'} ${names.map((n) => `'${n}'`).join(', ')}`,
      );
    }
    if (cls.allocate === null) throw typeError(`cannot create '${cls.name}' instances`);
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
      throw typeError(`${t.name}() takes no arguments`);
    }
  }
  return None;
});

defMethod(objectType, '__getattribute__', (self, args) => {
  const name = args[0];
  if (typeof name !== 'string') throw typeError(`attribute name must be string, not '${typeName(name)}'`);
  const v = genericGetAttr(self, name);
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
  return new PyList([...names]);
});

defMethod(objectType, '__reduce_ex__', (self) => {
  throw typeError(`cannot pickle '${typeName(self)}' object`);
});

defMethod(objectType, '__sizeof__', () => 16);

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
    self.cls = v;
  },
);

/** __dict__ of instances (only types whose instances have one expose it). */
export function instanceDictGetSet(type: PyType): void {
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
  );
}

export { PyModule };
