// Opcode helpers for functions and calls: SET_FUNCTION_ATTRIBUTE, CALL_FUNCTION_EX, the __init__ fast
// path of CALL on a class, LOAD_SUPER_ATTR, LOAD_SPECIAL, CALL_INTRINSIC_1/2.

import { PyObject, PyValue, PyType, typeOf, typeName, objectType, typeType } from '../objects/object.js';
import { PyFunction, PyMethod } from '../objects/function.js';
import { PyTuple } from '../objects/tuple.js';
import { PyDict } from '../objects/dict.js';
import { PyList } from '../objects/list.js';
import { PyCell } from '../objects/cell.js';
import { None } from '../objects/singletons.js';
import { PySuper, superFind, superCheck } from '../objects/super.js';
import { SPECIAL_METHODS } from '../bytecode/opcodes.js';
import { CO_METHOD } from '../objects/code.js';
import { PyBaseException, StopIteration, StopAsyncIteration, RuntimeError } from '../objects/exceptions.js';
import { callObject, callType, functionStr } from '../runtime/call.js';
import { PyNativeFunction, PyMethodDescriptor } from '../objects/native.js';
import { descrGet, getAttr, getMethod } from '../runtime/attributes.js';
import { toArray, getItem, repr } from '../runtime/protocols.js';
import { unaryPositive } from '../runtime/operators.js';
import { typeError, runtimeError, systemError, attributeError } from '../runtime/raise.js';
import { GENERATOR_FLAGS } from '../runtime/interpreter.js';
import type { Interpreter } from '../runtime/interpreter.js';
import { Frame, type Slot } from '../runtime/frame.js';
import { bindArguments } from '../runtime/arguments.js';
import { importStar } from './imports.js';
import { prepReraiseStar } from './exceptions.js';
import { typingIntrinsic1, typingIntrinsic2 } from '../objects/typing_intrinsics.js';
import { asyncGenWrap } from './async.js';

export function setFunctionAttribute(func: PyFunction, flag: number, attr: PyValue): void {
  switch (flag) {
    case 1:
      func.defaults = attr as PyTuple;
      break;
    case 2:
      func.kwdefaults = attr as PyDict;
      break;
    case 4:
      func.annotations = attr;
      break;
    case 8:
      func.closure = (attr as PyTuple).items as PyCell[];
      break;
    case 16:
      func.annotate = attr;
      break;
    default:
      throw systemError(`unknown SET_FUNCTION_ATTRIBUTE flag ${flag}`);
  }
}

/**
 * For CALL on a class whose construction is object.__new__ + a Python __init__: that __init__ (the
 * caller allocates the instance with cls.allocate). The class-side answer is cached on the class until
 * it or an ancestor changes; the metaclass's __call__ is checked on each call, as the class's cache
 * does not hear of changes to its metaclass.
 */
export function pythonInitFor(cls: PyType): PyFunction | null {
  if (!cls.isHeap) return null;
  const meta = cls.cls;
  if (meta !== typeType && meta.lookup('__call__') !== typeType.attrs.get('__call__')) return null;
  if (cls.allocate === null) return null;
  cls.freshCache();
  let init = cls.plainInit;
  if (init === undefined) {
    const f = cls.lookup('__init__');
    init = cls.lookup('__new__') === objectType.attrs.get('__new__') && f instanceof PyFunction &&
      !(f.code.flags & GENERATOR_FLAGS) && !cls.attrs.has('__abstractmethods__') ? f : null;
    cls.plainInit = init;
  }
  return init as PyFunction | null;
}

/**
 * CALL of anything but a Python function or a class taken by the __init__ fast path: `args` holds the
 * positional arguments then one value per name in `kwnames` (CALL_KW), which become a Map here.
 */
export function callGeneric(callable: PyValue, args: PyValue[], kwnames: PyTuple | null): PyValue {
  let kwargs: Map<string, PyValue> | null = null;
  if (kwnames !== null) {
    const names = kwnames.items;
    const nk = names.length;
    const first = args.length - nk;
    kwargs = new Map();
    for (let i = 0; i < nk; i++) kwargs.set(names[i] as string, args[first + i]);
    args.length = first;
  }
  if (callable instanceof PyNativeFunction) return callable.fn(args, kwargs);
  if (callable instanceof PyType) return callType(callable, args, kwargs);
  return callObject(callable, args, kwargs);
}

/**
 * A CALL of a native that only forwards the call to another callable (Context.run, a functools.partial;
 * PyMethodDescriptor.forward): when that callable is a Python function, its frame, which the eval loop
 * pushes itself, with the native's exit action (Context.run leaving its context). Null for any other
 * call. Besides sparing a nested loop, this lets threads (whose code 3.14's threading runs inside
 * Context.run) switch while inside it: vm/runtime/threads.ts.
 */
export function forwardedFrame(interp: Interpreter, callable: PyValue, args: PyValue[], kwnames: PyTuple | null): Frame | null {
  let d: PyMethodDescriptor;
  let self: PyValue;
  let first = 0;
  if (callable instanceof PyMethodDescriptor) {
    if (callable.forward === null || args.length === 0) return null;
    d = callable;
    self = args[0];
    if (!typeOf(self).isSubtypeOf(d.owner)) return null; // the method's own error
    first = 1;
  } else if (callable instanceof PyNativeFunction) {
    const origin = callable.origin;
    if (!(origin instanceof PyMethodDescriptor) || origin.forward === null) return null;
    d = origin;
    self = callable.self as PyValue;
  } else if (callable instanceof PyObject && !(callable instanceof PyType)) {
    const call = callable.cls.lookup('__call__');
    if (!(call instanceof PyMethodDescriptor) || call.forward === null) return null;
    d = call;
    self = callable;
  } else {
    return null;
  }
  const nk = kwnames === null ? 0 : kwnames.items.length;
  const positional = args.slice(first, args.length - nk);
  let kwargs: Map<string, PyValue> | null = null;
  if (nk > 0) {
    kwargs = new Map();
    const names = kwnames!.items;
    for (let i = 0; i < nk; i++) kwargs.set(names[i] as string, args[args.length - nk + i]);
  }
  const f = d.forward!(self, positional, kwargs);
  if (f === null) return null;
  let fn = f.fn;
  let fargs = f.args;
  if (fn instanceof PyMethod && fn.func instanceof PyFunction) {
    fargs = [fn.self, ...fargs];
    fn = fn.func;
  }
  if (!(fn instanceof PyFunction)) return null;
  const nf = interp.makeFrame(fn, fargs, f.kwargs);
  if (f.enter !== null) f.enter();
  nf.onExit = f.exit;
  return nf;
}

/** CALL_FUNCTION_EX's positional arguments: self (if any), then the unpacked iterable. */
function callExArgs(func: PyValue, self: PyValue | null, callargs: PyValue): PyValue[] {
  let args: PyValue[];
  if (callargs instanceof PyTuple) args = callargs.items.slice();
  else {
    const t = typeOf(callargs);
    if (typeof callargs !== 'string' && t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) {
      throw typeError(`${functionStr(func)} argument after * must be an iterable, not ${typeName(callargs)}`);
    }
    args = toArray(callargs);
  }
  if (self !== null) args.unshift(self);
  return args;
}

/** CALL_FUNCTION_EX's keyword arguments (the dict built by the compiler, or None). */
function callExKwargs(func: PyValue, kw: PyValue | null): Map<string, PyValue> | null {
  if (kw === null || kw === None) return null;
  if (!(kw instanceof PyDict)) throw typeError(`${functionStr(func)} argument after ** must be a mapping, not ${typeName(kw)}`);
  const kwargs = new Map<string, PyValue>();
  for (const [k, v] of kw.entries()) {
    if (typeof k !== 'string') throw typeError('keywords must be strings');
    kwargs.set(k, v);
  }
  return kwargs;
}

export function callFunctionEx(func: PyValue, self: PyValue | null, callargs: PyValue, kw: PyValue | null): PyValue {
  const args = callExArgs(func, self, callargs);
  return callObject(func, args, callExKwargs(func, kw));
}

/**
 * CALL_FUNCTION_EX of a Python function: its new frame with the arguments bound, which the eval loop
 * pushes itself (as CALL does), so f(*args, **kwargs) does not nest a JavaScript-level eval loop.
 */
export function frameForCallEx(func: PyFunction, self: PyValue | null, callargs: PyValue, kw: PyValue | null): Frame {
  const args = callExArgs(func, self, callargs);
  const kwargs = callExKwargs(func, kw);
  const nf = new Frame(func.code, func.globals, func.builtins, null, func);
  bindArguments(func, nf.slots, args, kwargs);
  return nf;
}

/**
 * super().name / super(C, self).name compiled to LOAD_SUPER_ATTR: writes the attribute to slots[at] and,
 * for the method form, self or NULL to slots[at + 1] (no pair is allocated per call).
 */
export function loadSuperAttrInto(
  interp: Interpreter,
  slots: Slot[],
  at: number,
  sup: PyValue,
  cls: PyValue,
  self: PyValue,
  name: string,
  method: boolean,
  twoArg: boolean,
): void {
  const realSuper = interp.builtins.getStr('super');
  if (sup !== realSuper) {
    const s = callObject(sup, twoArg ? [cls, self] : []);
    if (method) {
      const r = getMethod(s, name);
      slots[at] = r[0];
      slots[at + 1] = r[1];
    } else {
      slots[at] = getAttr(s, name);
    }
    return;
  }
  if (!(cls instanceof PyType)) throw typeError('super() argument 1 must be a type, not ' + typeName(cls));
  const objType = superCheck(cls, self);
  const found = superFind(cls, objType, name);
  let attr: PyValue;
  if (found === undefined) {
    if (name !== '__class__') throw attributeError(`'super' object has no attribute '${name}'`);
    attr = typeOf(new PySuper(cls, self, objType));
  } else if (method && found instanceof PyFunction && self !== objType) {
    // Only instance-mode super binds `self`; super(C, cls).f gives the plain function.
    slots[at] = found;
    slots[at + 1] = self;
    return;
  } else {
    attr = descrGet(found, self === objType ? null : self, objType);
  }
  slots[at] = attr;
  if (method) slots[at + 1] = null;
}

/** LOAD_SPECIAL: __enter__/__exit__ (and the async pair) looked up on the type. */
export function loadSpecial(owner: PyValue, index: number): [PyValue, PyValue | null] {
  const name = SPECIAL_METHODS[index];
  const t = typeOf(owner);
  const d = t.lookup(name);
  if (d === undefined) {
    const asyncProto = index >= 2;
    const hasOther = t.lookup(asyncProto ? '__enter__' : '__aenter__') !== undefined;
    // CPython names the type with %T: its qualified name, prefixed by a module other than builtins/__main__.
    const tn = t.module === 'builtins' || t.module === '__main__' ? t.qualname : `${t.module}.${t.qualname}`;
    let msg = `'${tn}' object does not support the ${asyncProto ? 'asynchronous ' : ''}context manager protocol`;
    if (hasOther) {
      msg = asyncProto
        ? `'${tn}' object does not support the asynchronous context manager protocol (missed ${name} method) but it supports the context manager protocol. Did you mean to use 'with'?`
        : `'${tn}' object does not support the context manager protocol (missed ${name} method) but it supports the asynchronous context manager protocol. Did you mean to use 'async with'?`;
    } else if (t.lookup(index % 2 === 0 ? SPECIAL_METHODS[index + 1] : SPECIAL_METHODS[index - 1]) !== undefined || index % 2 === 1) {
      msg += ` (missed ${name} method)`;
    }
    throw typeError(msg);
  }
  if (d instanceof PyFunction) return [d, owner];
  return [descrGet(d, owner, t), null];
}

export function callIntrinsic1(interp: Interpreter, frame: Frame, which: number, v: PyValue): PyValue {
  switch (which) {
    case 1: // INTRINSIC_PRINT: an expression statement compiled in 'single' mode
      displayHook(interp, v);
      return None;
    case 2: // INTRINSIC_IMPORT_STAR
      importStar(interp, frame, v);
      return None;
    case 3: { // INTRINSIC_STOPITERATION_ERROR
      const code = frame.code;
      let msg: string | null = null;
      if (v instanceof PyBaseException && v.cls.isSubtypeOf(StopIteration)) {
        const kind = code.flags & 0x80 ? 'coroutine' : code.flags & 0x200 ? 'async generator' : 'generator';
        msg = `${kind} raised StopIteration`;
      } else if (v instanceof PyBaseException && code.flags & 0x200 && v.cls.isSubtypeOf(StopAsyncIteration)) {
        msg = 'async generator raised StopAsyncIteration';
      }
      if (msg !== null) {
        const e = new PyBaseException(RuntimeError, [msg]);
        e.cause = v as PyBaseException;
        e.context = v as PyBaseException;
        e.suppressContext = true;
        return e;
      }
      return v;
    }
    case 4: // INTRINSIC_ASYNC_GEN_WRAP
      return asyncGenWrap(v);
    case 5: // INTRINSIC_UNARY_POSITIVE
      return unaryPositive(v);
    case 6: // INTRINSIC_LIST_TO_TUPLE
      return new PyTuple((v as PyList).items.slice());
    case 7: // INTRINSIC_TYPEVAR
    case 8: // INTRINSIC_PARAMSPEC
    case 9: // INTRINSIC_TYPEVARTUPLE
    case 10: // INTRINSIC_SUBSCRIPT_GENERIC
    case 11: // INTRINSIC_TYPEALIAS
      return typingIntrinsic1(which, v);
    default:
      throw systemError(`pyrewind does not support CALL_INTRINSIC_1 ${which} yet (line ${frame.code.lineAt(frame.lasti)})`);
  }
}

export function callIntrinsic2(interp: Interpreter, frame: Frame, which: number, v2: PyValue, v1: PyValue): PyValue {
  switch (which) {
    case 1: // INTRINSIC_PREP_RERAISE_STAR
      return prepReraiseStar(v2, v1);
    case 2: // INTRINSIC_TYPEVAR_WITH_BOUND
    case 3: // INTRINSIC_TYPEVAR_WITH_CONSTRAINTS
    case 4: // INTRINSIC_SET_FUNCTION_TYPE_PARAMS
    case 5: // INTRINSIC_SET_TYPEPARAM_DEFAULT
      return typingIntrinsic2(which, v2, v1);
    default:
      throw systemError(`pyrewind does not support CALL_INTRINSIC_2 ${which} yet (line ${frame.lineno})`);
  }
}

export { CO_METHOD, runtimeError, getItem };

/** sys.displayhook(value), or the default one when sys has none: repr to sys.stdout, and builtins._. */
function displayHook(interp: Interpreter, v: PyValue): void {
  const hook = interp.sys.getStr('displayhook');
  if (hook !== undefined) {
    callObject(hook, [v]);
    return;
  }
  if (v === None) return;
  interp.builtins.setStr('_', None);
  const out = interp.sys.getStr('stdout');
  if (out === undefined || out === None) throw runtimeError('lost sys.stdout');
  callObject(getAttr(out, 'write'), [`${repr(v)}\n`]);
  interp.builtins.setStr('_', v);
}
