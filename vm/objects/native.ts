// Built-in callables and descriptors implemented in TypeScript: builtin_function_or_method,
// method_descriptor, classmethod_descriptor, getset_descriptor, and the helpers that put them on types.
//
// A native method receives `self` and its positional and keyword arguments; argument-count checks
// produce CPython's messages. Nothing here looks attributes up or calls Python code.

import { PyObject, PyType, PyValue, NativeFn, makeBuiltinType, typeName, tpName } from './object.js';
import { typeError } from '../runtime/raise.js';
import { unexpectedKeywordMessage } from '../runtime/keyword_suggestion.js';

export type NativeMethod = (self: PyValue, args: PyValue[], kwargs: Map<string, PyValue> | null) => PyValue;

export const builtinFunctionType = makeBuiltinType('builtin_function_or_method');
builtinFunctionType.isBaseType = false;
export const methodDescriptorType = makeBuiltinType('method_descriptor');
methodDescriptorType.isBaseType = false;
export const classMethodDescriptorType = makeBuiltinType('classmethod_descriptor');
classMethodDescriptorType.isBaseType = false;
export const getSetDescriptorType = makeBuiltinType('getset_descriptor');
getSetDescriptorType.isBaseType = false;
export const wrapperDescriptorType = makeBuiltinType('wrapper_descriptor');
wrapperDescriptorType.isBaseType = false;

/** What `a.__len__` is: a slot wrapper bound to its object (shares builtin_function_or_method's methods). */
export const methodWrapperType = makeBuiltinType('method-wrapper');
methodWrapperType.isBaseType = false;

/** A built-in function (len, print) or a method bound to its self ([].append). */
export class PyNativeFunction extends PyObject {
  constructor(
    readonly name: string,
    readonly fn: NativeFn,
    /** The bound object for methods ([].append.__self__), or the module for module functions. */
    readonly self: PyValue | null = null,
    readonly qualname: string = name,
    /**
     * The descriptor a bound method was made from (CPython's PyMethodDef): two bound methods are equal
     * when they come from the same one and have the same self. Null: the function is its own origin.
     */
    readonly origin: PyObject | null = null,
  ) {
    super(origin instanceof PyMethodDescriptor && origin.cls === wrapperDescriptorType ? methodWrapperType : builtinFunctionType);
  }
}

/** A native method bound to `self` (what the descriptor's __get__ returns). */
export function bindNativeMethod(d: PyMethodDescriptor, self: PyValue): PyNativeFunction {
  return new PyNativeFunction(d.name, (a, k) => d.fn(self, a, k), self, `${d.owner.qualname}.${d.name}`, d);
}

/**
 * What a forwarding native method does when called: call `fn(*args, **kwargs)`, with `enter` before and
 * `exit` after (both optional). Context.run and partial.__call__ are such methods; when `fn` is a Python
 * function, the eval loop pushes its frame instead of nesting a loop (opcodes/calls.ts forwardedFrame).
 */
export interface Forwarded {
  fn: PyValue;
  args: PyValue[];
  kwargs: Map<string, PyValue> | null;
  enter: (() => void) | null;
  exit: (() => void) | null;
}

/** An unbound method of a built-in type (list.append), binding to an instance on attribute access. */
export class PyMethodDescriptor extends PyObject {
  /**
   * For a method that only forwards its call (Forwarded): the call it makes, computed without side
   * effects, throwing what the method would for bad arguments; null when it would not forward.
   */
  forward: ((self: PyValue, args: PyValue[], kwargs: Map<string, PyValue> | null) => Forwarded | null) | null = null;

  constructor(
    readonly owner: PyType,
    readonly name: string,
    readonly fn: NativeMethod,
    /** A dunder like __add__ shows as wrapper_descriptor in CPython; behaviour is the same. */
    isSlotWrapper = false,
  ) {
    super(isSlotWrapper ? wrapperDescriptorType : methodDescriptorType);
  }

  /** Call with an explicit self, checking that it is an instance of the owner type. */
  callUnbound(args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
    // CPython words these differently for slot wrappers (wrapperdescr_call) and methods (descr_check).
    const slot = this.cls === wrapperDescriptorType;
    if (args.length === 0) {
      throw typeError(slot
        ? `descriptor '${this.name}' of '${tpName(this.owner)}' object needs an argument`
        : `unbound method ${this.owner.name}.${this.name}() needs an argument`);
    }
    const self = args[0];
    if (slot) checkSelf(this.owner, this.name, self);
    else checkDescriptorTarget(this.owner, this.name, self);
    return this.fn(self, args.slice(1), kwargs);
  }
}

/** A method of a built-in type that binds to the class (dict.fromkeys, int.from_bytes). */
export class PyClassMethodDescriptor extends PyObject {
  constructor(
    readonly owner: PyType,
    readonly name: string,
    readonly fn: (cls: PyType, args: PyValue[], kwargs: Map<string, PyValue> | null) => PyValue,
  ) {
    super(classMethodDescriptorType);
  }
}

/** A computed attribute of a built-in type (function.__name__, exception.args). */
export class PyGetSetDescriptor extends PyObject {
  constructor(
    readonly owner: PyType,
    readonly name: string,
    readonly get: (self: PyValue) => PyValue,
    readonly set: ((self: PyValue, value: PyValue | null) => void) | null = null,
    /** Its __doc__ when it is not a built-in type's (those come from the docstring data). */
    readonly docText: string | null = null,
  ) {
    super(getSetDescriptorType);
  }
}

export function checkSelf(owner: PyType, name: string, self: PyValue): void {
  // Checked by the caller's type only when called unbound; bound access already guarantees it.
  const t = typeOfValue(self);
  if (!t.isSubtypeOf(owner)) {
    throw typeError(
      `descriptor '${name}' requires a '${tpName(owner)}' object but received a '${typeName(self)}'`,
    );
  }
}

/**
 * descr_check: "descriptor 'append' for 'list' objects doesn't apply to a 'int' object" (the owner by its
 * tp_name: 'collections.deque'). Method descriptors and getset descriptors check their target with it.
 */
export function checkDescriptorTarget(owner: PyType, name: string, obj: PyValue): void {
  if (!typeOfValue(obj).isSubtypeOf(owner)) {
    throw typeError(`descriptor '${name}' for '${tpName(owner)}' objects doesn't apply to a '${typeName(obj)}' object`);
  }
}

import { typeOf as typeOfValue } from './object.js';

/** Define a method on a built-in type. */
export function defMethod(type: PyType, name: string, fn: NativeMethod): PyMethodDescriptor {
  const d = new PyMethodDescriptor(type, name, fn, name.startsWith('__') && name.endsWith('__'));
  type.attrs.set(name, d);
  return d;
}

export function defClassMethod(
  type: PyType,
  name: string,
  fn: (cls: PyType, args: PyValue[], kwargs: Map<string, PyValue> | null) => PyValue,
): void {
  type.attrs.set(name, new PyClassMethodDescriptor(type, name, fn));
}

export function defGetSet(
  type: PyType,
  name: string,
  get: (self: PyValue) => PyValue,
  set: ((self: PyValue, value: PyValue | null) => void) | null = null,
  doc: string | null = null,
): void {
  type.attrs.set(name, new PyGetSetDescriptor(type, name, get, set, doc));
}

// ---- argument checking helpers with CPython's messages ----------------------------------------------

export function noKwargs(fname: string, kwargs: Map<string, PyValue> | null): void {
  if (kwargs !== null && kwargs.size > 0) throw typeError(`${fname}() takes no keyword arguments`);
}

/** METH_NOARGS: "list.clear() takes no arguments (1 given)". */
export function noArgs(fname: string, args: PyValue[], kwargs: Map<string, PyValue> | null): void {
  noKwargs(fname, kwargs);
  if (args.length !== 0) throw typeError(`${fname}() takes no arguments (${args.length} given)`);
}

/** METH_O: "list.append() takes exactly one argument (0 given)". */
export function oneArg(fname: string, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  noKwargs(fname, kwargs);
  if (args.length !== 1) throw typeError(`${fname}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/** Argument Clinic style positional ranges: "pop expected at most 1 argument, got 2". */
export function argRange(
  fname: string,
  args: PyValue[],
  kwargs: Map<string, PyValue> | null,
  min: number,
  max: number,
): void {
  noKwargs(fname, kwargs);
  const n = args.length;
  if (n < min) {
    if (min === max) throw typeError(`${fname} expected ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
    throw typeError(`${fname} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  }
  if (n > max) {
    if (min === max) throw typeError(`${fname} expected ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
    throw typeError(`${fname} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
  }
}

/**
 * Bind positional and keyword arguments to named parameters for a native function (Argument Clinic).
 * Returns one slot per name, undefined where not given. `posOnly` leading names cannot be passed by keyword.
 * The checks and their order are those of CPython's _PyArg_UnpackKeywords (Python/getargs.c): the
 * argument counts first, then missing required arguments, then stray keywords.
 */
export function bindArgs(
  fname: string,
  names: readonly string[],
  args: PyValue[],
  kwargs: Map<string, PyValue> | null,
  required = 0,
  posOnly = 0,
  kwOnlyFrom = names.length,
): (PyValue | undefined)[] {
  const nargs = args.length;
  let nkw = kwargs === null ? 0 : kwargs.size;
  const maxArgs = names.length;
  const plural = (n: number): string => (n === 1 ? '' : 's');
  if (nargs + nkw > maxArgs) {
    throw typeError(
      `${fname}() takes at most ${maxArgs} ${nargs === 0 ? 'keyword ' : ''}argument${plural(maxArgs)} (${nargs + nkw} given)`,
    );
  }
  // `required` may count required keyword-only parameters too; CPython's minpos is positional only.
  const minPos = Math.min(required, kwOnlyFrom);
  if (nargs > kwOnlyFrom) {
    if (kwOnlyFrom === 0) throw typeError(`${fname}() takes no positional arguments`);
    throw typeError(
      `${fname}() takes ${minPos < kwOnlyFrom ? 'at most' : 'exactly'} ${kwOnlyFrom} positional argument${plural(kwOnlyFrom)} (${nargs} given)`,
    );
  }
  const minPosOnly = Math.min(posOnly, minPos);
  if (nargs < minPosOnly) {
    throw typeError(
      `${fname}() takes ${minPosOnly < kwOnlyFrom ? 'at least' : 'exactly'} ${minPosOnly} positional argument${plural(minPosOnly)} (${nargs} given)`,
    );
  }
  const out: (PyValue | undefined)[] = new Array(maxArgs);
  for (let i = 0; i < nargs; i++) out[i] = args[i];
  for (let i = Math.max(nargs, posOnly); i < maxArgs; i++) {
    const v = nkw > 0 ? kwargs!.get(names[i]) : undefined;
    if (v !== undefined) {
      out[i] = v;
      nkw--;
    } else if (i < required) {
      throw typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
    } else if (nkw === 0 && i >= required) {
      break;
    }
  }
  if (nkw > 0) {
    for (let i = posOnly; i < nargs; i++) {
      if (kwargs!.has(names[i])) {
        throw typeError(`argument for ${fname}() given by name ('${names[i]}') and position (${i + 1})`);
      }
    }
    const keywordNames = names.slice(posOnly);
    for (const k of kwargs!.keys()) {
      if (!keywordNames.includes(k)) throw typeError(unexpectedKeywordMessage(`${fname}()`, k, keywordNames));
    }
  }
  return out;
}

/** Define __new__ on a built-in type: a static method receiving the class first (tp_new). */
export function defNew(
  type: PyType,
  fn: (cls: PyType, args: PyValue[], kwargs: Map<string, PyValue> | null) => PyValue,
): void {
  type.attrs.set(
    '__new__',
    new PyNativeFunction('__new__', (args, kwargs) => {
      if (args.length === 0) throw typeError(`${type.name}.__new__(): not enough arguments`);
      const cls = args[0];
      if (!(cls instanceof PyType)) {
        throw typeError(`${type.name}.__new__(X): X is not a type object (${typeName(cls)})`);
      }
      if (!cls.isSubtypeOf(type)) {
        throw typeError(`${type.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${type.name}`);
      }
      return fn(cls, args.slice(1), kwargs);
    }, type),
  );
}
