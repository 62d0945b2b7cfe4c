// types.SimpleNamespace (CPython's Objects/namespaceobject.c): an object whose attributes are its
// __dict__, with a `namespace(a=1, b=2)` repr and equality by attributes. sys.implementation is one,
// which is how Lib/types.py finds the type (`SimpleNamespace = type(sys.implementation)`).

import { PyObject, PyType, PyValue, PyInstance, makeBuiltinType, typeOf } from './object.js';
import { PyDict } from './dict.js';
import { PyTuple } from './tuple.js';
import { None, NotImplemented } from './singletons.js';
import { defMethod, defGetSet } from './native.js';
import { defMember } from './member_descriptor.js';
import { dictUpdateArg } from './dict_methods.js';
import { repr, withReprGuard, eq } from '../runtime/protocols.js';
import { typeError } from '../runtime/raise.js';

export const simpleNamespaceType = makeBuiltinType('SimpleNamespace', undefined, 'types');
simpleNamespaceType.hasInstanceDict = true;
simpleNamespaceType.attrs.set('__hash__', None);

/** A SimpleNamespace with the given attributes (for native code such as sys.implementation). */
export function simpleNamespace(entries: [string, PyValue][]): PyObject {
  const ns = new PyInstance(simpleNamespaceType);
  ns.dict = new PyDict();
  for (const [k, v] of entries) ns.dict.setStr(k, v);
  return ns;
}

function dictOf(self: PyObject): PyDict {
  if (self.dict === null) self.dict = new PyDict();
  return self.dict;
}

// A read-only PyMemberDef field in CPython: assigning says "readonly attribute".
defMember(simpleNamespaceType, '__dict__', (self) => dictOf(self as PyObject));

function isNamespace(v: PyValue): v is PyObject {
  return typeof v === 'object' && v.cls.isSubtypeOf(simpleNamespaceType);
}

defMethod(simpleNamespaceType, '__init__', (self, args, kwargs) => {
  if (args.length > 1) throw typeError(`SimpleNamespace expected at most 1 argument, got ${args.length}`);
  const d = dictOf(self as PyObject);
  if (args.length === 1) {
    const fresh = new PyDict();
    dictUpdateArg(fresh, args[0]);
    for (const k of fresh.keys()) if (typeof k !== 'string') throw typeError('keywords must be strings');
    for (const [k, v] of fresh.entries()) d.set(k, v);
  }
  if (kwargs !== null) for (const [k, v] of kwargs) d.setStr(k, v);
  return None;
});

defMethod(simpleNamespaceType, '__repr__', (self) => {
  const o = self as PyObject;
  const name = o.cls === simpleNamespaceType ? 'namespace' : o.cls.name;
  return withReprGuard(o, `${name}(...)`, () => {
    const parts: string[] = [];
    for (const [k, v] of dictOf(o).entries()) {
      if (typeof k === 'string') parts.push(`${k}=${repr(v)}`);
    }
    return `${name}(${parts.join(', ')})`;
  });
});

defMethod(simpleNamespaceType, '__eq__', (self, args) => {
  const other = args[0];
  if (!isNamespace(other)) return NotImplemented;
  return eq(dictOf(self as PyObject), dictOf(other));
});

defMethod(simpleNamespaceType, '__ne__', (self, args) => {
  const other = args[0];
  if (!isNamespace(other)) return NotImplemented;
  return !eq(dictOf(self as PyObject), dictOf(other));
});

defMethod(simpleNamespaceType, '__reduce__', (self) => {
  const o = self as PyObject;
  return new PyTuple([o.cls, new PyTuple([]), dictOf(o)]);
});

defMethod(simpleNamespaceType, '__replace__', (self, args, kwargs) => {
  if (args.length > 0) throw typeError(`__replace__() takes no positional arguments`);
  const o = self as PyObject;
  const allocate = o.cls.allocate ?? ((cls: PyType) => new PyInstance(cls));
  const copy = allocate(o.cls);
  const d = new PyDict();
  for (const [k, v] of dictOf(o).entries()) d.set(k, v);
  if (kwargs !== null) for (const [k, v] of kwargs) d.setStr(k, v);
  copy.dict = d;
  return copy;
});
