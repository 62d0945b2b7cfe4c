// Python-visible attributes and methods of functions, bound methods and built-in functions.

import { PyValue, typeName } from './object.js';
import { defMethod, defGetSet, builtinFunctionType, PyNativeFunction, methodDescriptorType, wrapperDescriptorType, PyMethodDescriptor } from './native.js';
import { PyFunction, PyMethod, functionType, methodType } from './function.js';
import { PyTuple, tuple } from './tuple.js';
import { PyDict } from './dict.js';
import { None } from './singletons.js';
import { PyModule } from './module.js';
import { instanceDictGetSet } from './object_methods.js';
import { callObject } from '../runtime/call.js';
import { repr, objectId, identityHash, hash } from '../runtime/protocols.js';
import { typeError } from '../runtime/raise.js';

const fn = (v: PyValue): PyFunction => v as PyFunction;

defMethod(functionType, '__call__', (self, args, kwargs) => callObject(self, args, kwargs));
defMethod(functionType, '__get__', (self, args) => (args[0] === None ? self : new PyMethod(self, args[0])));
defMethod(functionType, '__repr__', (self) => `<function ${fn(self).qualname} at 0x${objectId(self).toString(16)}>`);
defGetSet(functionType, '__name__', (s) => fn(s).name, (s, v) => {
  if (typeof v !== 'string') throw typeError('__name__ must be set to a string object');
  fn(s).name = v;
});
defGetSet(functionType, '__qualname__', (s) => fn(s).qualname, (s, v) => {
  if (typeof v !== 'string') throw typeError('__qualname__ must be set to a string object');
  fn(s).qualname = v;
});
defGetSet(functionType, '__doc__', (s) => {
  const f = fn(s);
  if (f.doc === None && f.code.flags & 0x4000000 && typeof f.code.consts[0] === 'string') return f.code.consts[0];
  return f.doc;
}, (s, v) => {
  fn(s).doc = v ?? None;
});
defGetSet(functionType, '__module__', (s) => fn(s).module, (s, v) => {
  fn(s).module = v ?? None;
});
defGetSet(functionType, '__defaults__', (s) => fn(s).defaults ?? None, (s, v) => {
  fn(s).defaults = v === null || v === None ? null : (v as PyTuple);
});
defGetSet(functionType, '__kwdefaults__', (s) => fn(s).kwdefaults ?? None, (s, v) => {
  fn(s).kwdefaults = v === null || v === None ? null : (v as PyDict);
});
defGetSet(functionType, '__code__', (s) => fn(s).code);
defGetSet(functionType, '__globals__', (s) => fn(s).globals);
defGetSet(functionType, '__builtins__', (s) => fn(s).builtins);
defGetSet(functionType, '__closure__', (s) => (fn(s).closure === null ? None : tuple(fn(s).closure!)));
defGetSet(functionType, '__annotations__', (s) => {
  const f = fn(s);
  if (f.annotations === null) {
    if (f.annotate !== null && f.annotate !== None) f.annotations = callObject(f.annotate, [1]);
    else f.annotations = new PyDict();
  }
  return f.annotations;
}, (s, v) => {
  fn(s).annotations = v;
});
defGetSet(functionType, '__type_params__', (s) => fn(s).typeParams ?? tuple([]));
instanceDictGetSet(functionType);

const meth = (v: PyValue): PyMethod => v as PyMethod;
defMethod(methodType, '__call__', (self, args, kwargs) => callObject(self, args, kwargs));
defGetSet(methodType, '__func__', (s) => meth(s).func);
defGetSet(methodType, '__self__', (s) => meth(s).self);
defMethod(methodType, '__repr__', (self) => {
  const m = meth(self);
  const f = m.func;
  const name = f instanceof PyFunction ? f.qualname : f instanceof PyNativeFunction ? f.name : '?';
  return `<bound method ${name} of ${repr(m.self)}>`;
});
defMethod(methodType, '__eq__', (self, args) => {
  const o = args[0];
  return o instanceof PyMethod && o.func === meth(self).func && o.self === meth(self).self;
});
defMethod(methodType, '__hash__', (self) => identityHash(meth(self).func as object) ^ (typeof meth(self).self === 'object' ? identityHash(meth(self).self as object) : (hash(meth(self).self) as number)));

const nat = (v: PyValue): PyNativeFunction => v as PyNativeFunction;
defMethod(builtinFunctionType, '__call__', (self, args, kwargs) => nat(self).fn(args, kwargs));
defMethod(builtinFunctionType, '__repr__', (self) => {
  const f = nat(self);
  if (f.self === null || f.self instanceof PyModule) return `<built-in function ${f.name}>`;
  return `<built-in method ${f.name} of ${typeName(f.self)} object at 0x${objectId(f.self).toString(16)}>`;
});
defGetSet(builtinFunctionType, '__name__', (s) => nat(s).name);
defGetSet(builtinFunctionType, '__qualname__', (s) => nat(s).qualname);
defGetSet(builtinFunctionType, '__self__', (s) => nat(s).self ?? None);
defGetSet(builtinFunctionType, '__doc__', () => None);
defGetSet(builtinFunctionType, '__module__', (s) => (nat(s).self instanceof PyModule ? (nat(s).self as PyModule).name : 'builtins'));

for (const t of [methodDescriptorType, wrapperDescriptorType]) {
  defMethod(t, '__call__', (self, args, kwargs) => (self as PyMethodDescriptor).callUnbound(args, kwargs));
  defMethod(t, '__get__', (self, args) => {
    const d = self as PyMethodDescriptor;
    const inst = args[0];
    if (inst === None) return d;
    return new PyNativeFunction(d.name, (a, k) => d.fn(inst, a, k), inst);
  });
  defMethod(t, '__repr__', (self) => {
    const d = self as PyMethodDescriptor;
    return t === methodDescriptorType
      ? `<method '${d.name}' of '${d.owner.name}' objects>`
      : `<slot wrapper '${d.name}' of '${d.owner.name}' objects>`;
  });
  defGetSet(t, '__name__', (s) => (s as PyMethodDescriptor).name);
  defGetSet(t, '__qualname__', (s) => `${(s as PyMethodDescriptor).owner.name}.${(s as PyMethodDescriptor).name}`);
  defGetSet(t, '__objclass__', (s) => (s as PyMethodDescriptor).owner);
}
