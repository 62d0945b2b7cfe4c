// Calling any Python callable from TypeScript (PyObject_Call), and type.__call__: __new__ then __init__.
//
// Python functions called from here run in a nested eval loop (the JS stack grows by one loop per such
// call, as CPython's C stack does for calls from C). Calls made by the CALL opcode to Python functions
// do not come through here: the eval loop pushes their frames itself.

import { PyValue, PyType, typeOf, typeName, tpName, objectType, typeType } from '../objects/object.js';
import { PyFunction, PyMethod } from '../objects/function.js';
import { PyNativeFunction, PyMethodDescriptor } from '../objects/native.js';
import { None } from '../objects/singletons.js';
import { typeError } from './raise.js';
import { currentInterpreter } from './interpreter.js';
import { descrGet, getAttrOrUndefined } from './attributes.js';
import { str } from './protocols.js';

export type KwArgs = Map<string, PyValue> | null;

export function callObject(f: PyValue, args: PyValue[], kwargs: KwArgs = null): PyValue {
  if (f instanceof PyFunction) return currentInterpreter().callFunction(f, args, kwargs);
  if (f instanceof PyNativeFunction) return f.fn(args, kwargs);
  if (f instanceof PyMethod) return callObject(f.func, [f.self, ...args], kwargs);
  if (f instanceof PyMethodDescriptor) return f.callUnbound(args, kwargs);
  if (f instanceof PyType) return callType(f, args, kwargs);
  const t = typeOf(f);
  const call = t.lookup('__call__');
  if (call === undefined) throw typeError(`'${typeName(f)}' object is not callable`);
  if (call instanceof PyFunction) return currentInterpreter().callFunction(call, [f, ...args], kwargs);
  if (call instanceof PyMethodDescriptor) return call.fn(f, args, kwargs);
  return callObject(descrGet(call, f, t), args, kwargs);
}

export function isCallable(f: PyValue): boolean {
  if (f instanceof PyFunction || f instanceof PyNativeFunction || f instanceof PyMethod || f instanceof PyType) {
    return true;
  }
  return typeOf(f).lookup('__call__') !== undefined;
}

/** cls(*args, **kwargs): the metatype's __call__, which by default is type.__call__. */
export function callType(cls: PyType, args: PyValue[], kwargs: KwArgs): PyValue {
  const meta = cls.cls;
  if (meta !== typeType && meta.isHeap) {
    const call = meta.lookup('__call__');
    if (call !== undefined && call !== typeType.attrs.get('__call__')) {
      // slot_tp_call binds through the descriptor protocol: `__call__ = dict` in a metaclass is called
      // without the class (a type is not a descriptor).
      if (call instanceof PyFunction) return currentInterpreter().callFunction(call, [cls, ...args], kwargs);
      if (call instanceof PyMethodDescriptor) return call.fn(cls, args, kwargs);
      return callObject(descrGet(call, cls, meta), args, kwargs);
    }
  }
  return typeCall(cls, args, kwargs);
}

/** The default type.__call__. */
export function typeCall(cls: PyType, args: PyValue[], kwargs: KwArgs): PyValue {
  if (cls === typeType && args.length === 1 && (kwargs === null || kwargs.size === 0)) {
    return typeOf(args[0]);
  }
  const newFn = cls.lookup('__new__');
  if (newFn === undefined) throw typeError(`cannot create '${tpName(cls)}' instances`);
  const obj = callNew(newFn, cls, args, kwargs);
  if (!typeOf(obj).isSubtypeOf(cls)) return obj;
  const init = typeOf(obj).lookup('__init__');
  if (init !== undefined && init !== objectType.attrs.get('__init__')) {
    const r = init instanceof PyMethodDescriptor
      ? init.fn(obj, args, kwargs)
      : callObject(init, [obj, ...args], kwargs);
    if (r !== None) throw typeError(`__init__() should return None, not '${typeName(r)}'`);
  } else if (args.length > 0 || (kwargs !== null && kwargs.size > 0)) {
    // object.__init__ with arguments: an error unless __new__ was overridden to take them.
    if (cls.lookup('__new__') === objectType.attrs.get('__new__')) {
      throw typeError(`${tpName(cls)}() takes no arguments`);
    }
  }
  return obj;
}

/** Call a __new__ found in a type dict: a static method taking the class first. */
export function callNew(newFn: PyValue, cls: PyType, args: PyValue[], kwargs: KwArgs): PyValue {
  if (newFn instanceof PyNativeFunction) return newFn.fn([cls, ...args], kwargs);
  return callObject(descrGet(newFn, null, cls), [cls, ...args], kwargs);
}

/**
 * How CPython names a callable in argument errors (_PyObject_FunctionStr): "module.qualname()", without
 * the module for builtins; str(f) when it has no __qualname__.
 */
export function functionStr(f: PyValue): string {
  const qualname = getAttrOrUndefined(f, '__qualname__');
  if (qualname === undefined) return str(f);
  const module = getAttrOrUndefined(f, '__module__');
  const q = str(qualname);
  if (module !== undefined && module !== None && module !== 'builtins') return `${str(module)}.${q}()`;
  return `${q}()`;
}
