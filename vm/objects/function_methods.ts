// Methods and attributes of functions, bound methods, built-in functions/methods (and method-wrappers)
// and method descriptors: calling, reprs, equality, __name__/__qualname__/__self__ and friends.

import { PyValue, PyObject, PyType, typeName, typeOf, tpName } from './object.js';
import { defMethod, defGetSet, defNew, bindArgs, builtinFunctionType, methodWrapperType, bindNativeMethod, PyNativeFunction, methodDescriptorType, wrapperDescriptorType, PyMethodDescriptor, PyClassMethodDescriptor, classMethodDescriptorType, checkDescriptorTarget } from './native.js';
import { defMember } from './member_descriptor.js';
import { builtinDoc, builtinTextSignature, typeDocKey } from './doc_source.js';
import { PyFunction, PyMethod, functionType, methodType } from './function.js';
import { PyTuple, tuple } from './tuple.js';
import { PyDict } from './dict.js';
import { None, NotImplemented } from './singletons.js';
import { PyModule } from './module.js';
import { instanceDictGetSet } from './object_methods.js';
import { callObject, isCallable } from '../runtime/call.js';
import { getAttrOrUndefined } from '../runtime/attributes.js';
import { PyCode } from './code.js';
import { PyCell } from './cell.js';
import { currentInterpreter } from '../runtime/interpreter.js';
import { repr, objectId, identityHash, hash } from '../runtime/protocols.js';
import { typeError, valueError } from '../runtime/raise.js';

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
// __doc__, __module__, __globals__, __builtins__ and __closure__ are PyMemberDef fields in CPython.
defMember(functionType, '__doc__', (s) => fn(s).doc, (s, v) => {
  fn(s).doc = v ?? None;
});
defMember(functionType, '__module__', (s) => fn(s).module, (s, v) => {
  fn(s).module = v ?? None;
});
defGetSet(functionType, '__defaults__', (s) => fn(s).defaults ?? None, (s, v) => {
  if (v !== null && v !== None && !(v instanceof PyTuple)) throw typeError('__defaults__ must be set to a tuple object');
  fn(s).defaults = v === null || v === None ? null : (v as PyTuple);
});
defGetSet(functionType, '__kwdefaults__', (s) => fn(s).kwdefaults ?? None, (s, v) => {
  if (v !== null && v !== None && !(v instanceof PyDict)) throw typeError('__kwdefaults__ must be set to a dict object');
  fn(s).kwdefaults = v === null || v === None ? null : (v as PyDict);
});
defGetSet(functionType, '__code__', (s) => fn(s).code, (s, v) => {
  if (!(v instanceof PyCode)) throw typeError('__code__ must be set to a code object');
  const f = fn(s);
  v.decode();
  const nfree = v.freevars.length;
  const nclosure = f.closure === null ? 0 : f.closure.length;
  if (nfree !== nclosure) {
    throw valueError(`${f.name}() requires a code object with ${nclosure} free vars, not ${nfree}`);
  }
  f.code = v;
});
defMember(functionType, '__globals__', (s) => fn(s).globals);
defMember(functionType, '__builtins__', (s) => fn(s).builtins);
defMember(functionType, '__closure__', (s) => (fn(s).closure === null ? None : tuple(fn(s).closure!)));
defGetSet(functionType, '__annotations__', (s) => {
  const f = fn(s);
  if (f.annotations === null) {
    if (f.annotate !== null && f.annotate !== None && isCallable(f.annotate)) {
      const d = callObject(f.annotate, [1]);
      if (!(d instanceof PyDict)) throw typeError(`__annotate__ returned non-dict of type '${typeName(d)}'`);
      f.annotations = d;
    } else {
      f.annotations = new PyDict();
    }
  }
  return f.annotations;
}, (s, v) => {
  if (v !== null && v !== None && !(v instanceof PyDict)) throw typeError('__annotations__ must be set to a dict object');
  const f = fn(s);
  f.annotations = v === null || v === None ? null : v;
  f.annotate = null;
});
defGetSet(functionType, '__annotate__', (s) => fn(s).annotate ?? None, (s, v) => {
  if (v === null) throw typeError('__annotate__ cannot be deleted');
  const f = fn(s);
  if (v === None) {
    f.annotate = None;
  } else if (isCallable(v)) {
    f.annotate = v;
    f.annotations = null;
  } else {
    throw typeError('__annotate__ must be callable or None');
  }
});
defGetSet(functionType, '__type_params__', (s) => fn(s).typeParams ?? tuple([]), (s, v) => {
  if (!(v instanceof PyTuple)) throw typeError('__type_params__ must be set to a tuple');
  fn(s).typeParams = v;
});
instanceDictGetSet(functionType);

// types.FunctionType(code, globals, name=None, argdefs=None, closure=None, kwdefaults=None)
defNew(functionType, (_cls, args, kwargs) => {
  const [code, globals, name, argdefs, closure, kwdefaults] = bindArgs(
    'function', ['code', 'globals', 'name', 'argdefs', 'closure', 'kwdefaults'], args, kwargs, 2,
  );
  if (!(code instanceof PyCode)) throw typeError(`function() argument 'code' must be code, not ${typeName(code!)}`);
  if (!(globals instanceof PyDict)) throw typeError(`function() argument 'globals' must be dict, not ${typeName(globals!)}`);
  if (name !== undefined && name !== None && typeof name !== 'string') throw typeError('arg 3 (name) must be None or string');
  if (argdefs !== undefined && argdefs !== None && !(argdefs instanceof PyTuple)) throw typeError('arg 4 (defaults) must be None or tuple');
  code.decode();
  const nfree = code.freevars.length;
  if (closure === undefined || closure === None) {
    if (nfree > 0) throw typeError('arg 5 (closure) must be tuple');
  } else {
    if (!(closure instanceof PyTuple)) throw typeError('arg 5 (closure) must be None or tuple');
    if (closure.items.length !== nfree) {
      throw valueError(`${code.name} requires closure of length ${nfree}, not ${closure.items.length}`);
    }
    for (const c of closure.items) {
      if (!(c instanceof PyCell)) throw typeError(`arg 5 (closure) expected cell, found ${typeName(c)}`);
    }
  }
  if (kwdefaults !== undefined && kwdefaults !== None && !(kwdefaults instanceof PyDict)) throw typeError('arg 6 (kwdefaults) must be None or dict');
  let b = globals.getStr('__builtins__');
  if (b instanceof PyModule) b = b.dict;
  const f = new PyFunction(code, globals, b instanceof PyDict ? b : currentInterpreter().builtins);
  if (typeof name === 'string') f.name = name;
  if (argdefs instanceof PyTuple) f.defaults = argdefs;
  if (closure instanceof PyTuple) f.closure = closure.items as PyCell[];
  if (kwdefaults instanceof PyDict) f.kwdefaults = kwdefaults;
  return f;
});

const meth = (v: PyValue): PyMethod => v as PyMethod;
// types.MethodType(function, instance)
defNew(methodType, (_cls, args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) throw typeError('method() takes no keyword arguments');
  if (args.length !== 2) throw typeError(`method expected 2 arguments, got ${args.length}`);
  if (!isCallable(args[0])) throw typeError('first argument must be callable');
  if (args[1] === None) throw typeError('instance must not be None');
  return new PyMethod(args[0], args[1]);
});
defMethod(methodType, '__call__', (self, args, kwargs) => callObject(self, args, kwargs));
defMember(methodType, '__func__', (s) => meth(s).func);
defMember(methodType, '__self__', (s) => meth(s).self);
// method_descr_get: a bound method found on a class or instance stays bound to its own self.
defMethod(methodType, '__get__', (self, args) => {
  if (args.length < 1) throw typeError(`__get__ expected at least 1 argument, got ${args.length}`);
  return self;
});
defMethod(methodType, '__repr__', (self) => {
  const m = meth(self);
  const f = m.func;
  // method_repr: the function's __qualname__, else its __name__, else '?'.
  let name: PyValue | undefined = f instanceof PyFunction ? f.qualname : f instanceof PyNativeFunction ? f.name : getAttrOrUndefined(f, '__qualname__');
  if (name === undefined) name = getAttrOrUndefined(f, '__name__');
  return `<bound method ${typeof name === 'string' ? name : '?'} of ${repr(m.self)}>`;
});
defMethod(methodType, '__eq__', (self, args) => {
  const o = args[0];
  return o instanceof PyMethod && o.func === meth(self).func && o.self === meth(self).self;
});
defMethod(methodType, '__hash__', (self) => identityHash(meth(self).func as object) ^ (typeof meth(self).self === 'object' ? identityHash(meth(self).self as object) : (hash(meth(self).self) as number)));

const nat = (v: PyValue): PyNativeFunction => v as PyNativeFunction;

/** (getattr, (obj, name)): how built-in methods and descriptors pickle. */
function reduceToGetattr(obj: PyValue, name: string): PyTuple {
  const getattr = currentInterpreter().builtinsModule.dict.getStr('getattr')!;
  return tuple([getattr, tuple([obj, name])]);
}
/** meth_richcompare's identity: the PyMethodDef (here the descriptor bound from, or the function). */
const originOf = (f: PyNativeFunction): object => f.origin ?? f;
/** The `__new__` defNew stores on a built-in type: CPython's tp_new wrapper, one PyMethodDef shared
 *  by every type (so one doc and text signature), bound to its type and belonging to no module. */
const isTpNewWrapper = (f: PyNativeFunction): boolean =>
  f.name === '__new__' && f.self instanceof PyType && f.self.attrs.get('__new__') === f;
const TP_NEW_DOC = 'Create and return a new object.  See help(type) for accurate signature.';
const TP_NEW_SIGNATURE = '($type, *args, **kwargs)';
for (const t of [builtinFunctionType, methodWrapperType]) {
  defMethod(t, '__call__', (self, args, kwargs) => nat(self).fn(args, kwargs));
  defMethod(t, '__repr__', (self) => {
    const f = nat(self);
    if (t === methodWrapperType) {
      return `<method-wrapper '${f.name}' of ${typeName(f.self ?? None)} object at 0x${objectId(f.self ?? None).toString(16)}>`;
    }
    if (f.self === null || f.self instanceof PyModule) return `<built-in function ${f.name}>`;
    return `<built-in method ${f.name} of ${typeName(f.self)} object at 0x${objectId(f.self).toString(16)}>`;
  });
  defMethod(t, '__eq__', (self, args) => {
    const o = args[0];
    if (!(o instanceof PyNativeFunction) || o.cls !== t) return NotImplemented;
    const f = nat(self);
    return originOf(f) === originOf(o) && f.self === o.self;
  });
  defMethod(t, '__ne__', (self, args) => {
    const o = args[0];
    if (!(o instanceof PyNativeFunction) || o.cls !== t) return NotImplemented;
    const f = nat(self);
    return !(originOf(f) === originOf(o) && f.self === o.self);
  });
  defMethod(t, '__hash__', (self) => {
    // The bound object counts by identity, as in meth_hash; JS primitives (int, str) by value.
    const f = nat(self);
    const s = f.self;
    const h = s === null ? 0 : typeof s === 'object' ? identityHash(s) : (hash(s) as number);
    const r = (identityHash(originOf(f)) ^ h) | 0;
    return r === -1 ? -2 : r;
  });
  defGetSet(t, '__name__', (s) => nat(s).name);
  defGetSet(t, '__qualname__', (s) => {
    // A method bound to an object is named after the object's type (C.append for a list subclass);
    // a slot wrapper keeps its descriptor's qualname (list.__len__).
    const f = nat(s);
    if (f.self === null || f.self instanceof PyModule || t === methodWrapperType) return f.qualname;
    if (!(f.origin instanceof PyObject) && !isTpNewWrapper(f)) return f.qualname;
    const owner = f.self instanceof PyType ? f.self : typeOf(f.self);
    return `${owner.qualname}.${f.name}`;
  });
  // A getset of builtin_function_or_method, a member of method-wrapper.
  (t === methodWrapperType ? defMember : defGetSet)(t, '__self__', (s) => nat(s).self ?? None);
  // wrapper_objclass: the type whose slot wrapper this was bound from ((1).__add__.__objclass__ is int).
  if (t === methodWrapperType) {
    defGetSet(t, '__objclass__', (s) => {
      const o = nat(s).origin;
      return o instanceof PyMethodDescriptor ? o.owner : None;
    });
  }
  // meth_reduce / wrapper_reduce: a module function pickles by name, a bound method as getattr(self, name).
  defMethod(t, '__reduce__', (self) => {
    const f = nat(self);
    if (t === builtinFunctionType && (f.self === null || f.self instanceof PyModule)) return f.name;
    return reduceToGetattr(f.self ?? None, f.name);
  });
  defGetSet(t, '__doc__', (s) => (isTpNewWrapper(nat(s)) ? TP_NEW_DOC : builtinDoc(nativeDocKey(nat(s))) ?? None));
  defGetSet(t, '__text_signature__', (s) => (isTpNewWrapper(nat(s)) ? TP_NEW_SIGNATURE : builtinTextSignature(nativeDocKey(nat(s))) ?? None));
}
// builtin_function_or_method.__module__ is its PyMethodDef's module: the module's name for a module
// function, None for a method bound to an object or a type ([].append, dict.fromkeys, int.__new__).
// A method-wrapper has no __module__ at all.
defGetSet(builtinFunctionType, '__module__', (s) => {
  const self = nat(s).self;
  return self instanceof PyModule ? self.name : self === null ? 'builtins' : None;
});

for (const t of [methodDescriptorType, wrapperDescriptorType]) {
  defMethod(t, '__call__', (self, args, kwargs) => (self as PyMethodDescriptor).callUnbound(args, kwargs));
  defMethod(t, '__get__', (self, args) => {
    const d = self as PyMethodDescriptor;
    const inst = args[0];
    if (inst === None) return d;
    checkDescriptorTarget(d.owner, d.name, inst);
    return bindNativeMethod(d, inst);
  });
  defMethod(t, '__repr__', (self) => {
    const d = self as PyMethodDescriptor;
    return t === methodDescriptorType
      ? `<method '${d.name}' of '${tpName(d.owner)}' objects>`
      : `<slot wrapper '${d.name}' of '${tpName(d.owner)}' objects>`;
  });
  defMember(t, '__name__', (s) => (s as PyMethodDescriptor).name);
  defGetSet(t, '__qualname__', (s) => `${(s as PyMethodDescriptor).owner.name}.${(s as PyMethodDescriptor).name}`);
  defMember(t, '__objclass__', (s) => (s as PyMethodDescriptor).owner);
  // descr_reduce: list.append pickles as getattr(list, 'append').
  defMethod(t, '__reduce__', (self) => reduceToGetattr((self as PyMethodDescriptor).owner, (self as PyMethodDescriptor).name));
  defGetSet(t, '__doc__', (s) => builtinDoc(memberDocKey(s as PyMethodDescriptor)) ?? None);
  defGetSet(t, '__text_signature__', (s) => builtinTextSignature(memberDocKey(s as PyMethodDescriptor)) ?? None);
}

// classmethod_descriptor (dict.__dict__['fromkeys']): binds to the class it is looked up through.
const cmd = (v: PyValue): PyClassMethodDescriptor => v as PyClassMethodDescriptor;
/** classmethod_get: the descriptor bound to `owner`, which must be a subtype of the defining class. */
function bindClassMethodDescriptor(d: PyClassMethodDescriptor, owner: PyValue): PyNativeFunction {
  if (!(owner instanceof PyType)) throw typeError(`descriptor '${d.name}' for type '${d.owner.name}' needs a type, not a '${typeName(owner)}' as arg 2`);
  if (!owner.isSubtypeOf(d.owner)) throw typeError(`descriptor '${d.name}' requires a subtype of '${d.owner.name}' but received '${owner.name}'`);
  return new PyNativeFunction(d.name, (a, k) => d.fn(owner, a, k), owner, d.name, d);
}
defMethod(classMethodDescriptorType, '__get__', (self, args) => {
  const inst = args[0] ?? None;
  const owner = args.length > 1 && args[1] !== None ? args[1] : inst === None ? cmd(self).owner : typeOf(inst);
  return bindClassMethodDescriptor(cmd(self), owner);
});
// classmethoddescr_call: dict.__dict__['fromkeys'](dict, 'ab') binds to its first argument.
defMethod(classMethodDescriptorType, '__call__', (self, args, kwargs) => {
  const d = cmd(self);
  if (args.length < 1) throw typeError(`descriptor '${d.name}' of '${d.owner.name}' object needs an argument`);
  return bindClassMethodDescriptor(d, args[0]).fn(args.slice(1), kwargs);
});
defMethod(classMethodDescriptorType, '__repr__', (self) => `<method '${cmd(self).name}' of '${tpName(cmd(self).owner)}' objects>`);
defMember(classMethodDescriptorType, '__name__', (s) => cmd(s).name);
defGetSet(classMethodDescriptorType, '__qualname__', (s) => `${cmd(s).owner.qualname}.${cmd(s).name}`);
defMember(classMethodDescriptorType, '__objclass__', (s) => cmd(s).owner);
defGetSet(classMethodDescriptorType, '__doc__', (s) => builtinDoc(memberDocKey(cmd(s))) ?? None);
defGetSet(classMethodDescriptorType, '__text_signature__', (s) => builtinTextSignature(memberDocKey(cmd(s))) ?? None);

/** The doc-data key of a member of a built-in type: "builtins:list.append". */
function memberDocKey(d: { owner: PyType; name: string }): string {
  return `${typeDocKey(d.owner)}.${d.name}`;
}

/** The doc-data key of a built-in function or bound method: its descriptor's, or "module:name". */
function nativeDocKey(f: PyNativeFunction): string {
  const o = f.origin;
  if (o instanceof PyMethodDescriptor || o instanceof PyClassMethodDescriptor) return memberDocKey(o);
  if (f.self instanceof PyModule) return `${f.self.name}:${f.name}`;
  return `builtins:${f.qualname}`;
}
