// The _contextvars module (CPython's Python/context.c, PEP 567): ContextVar, Token, Context and
// copy_context, which contextvars.py re-exports and warnings (_py_warnings) needs at import time.
//
// A Context is a mapping ContextVar -> value. CPython keeps it in an immutable HAMT so that copying is
// O(1); here a Context holds a JS Map shared copy-on-write between copies: copy() hands out the same Map
// and marks it shared, and the first write to a shared Map clones it. Each interpreter has its own
// current context (created on first need) and its own stack of entered contexts (Context.run).
// The VM runs one thread, so "current" is per interpreter, not per thread. Must not import Node modules.

import { PyObject, PyType, PyValue, makeBuiltinType, objectType } from '../objects/object.js';
import { PyIterator } from '../objects/iterator_base.js';
import { defIteratorProtocol } from '../objects/iterator_methods.js';
import { PyModule } from '../objects/module.js';
import { PyTuple } from '../objects/tuple.js';
import { None, NotImplemented } from '../objects/singletons.js';
import { PyMethodDescriptor, PyNativeFunction, defMethod, defNew, defGetSet, defClassMethod, bindArgs, noArgs, oneArg } from '../objects/native.js';
import { genericAlias } from '../objects/generic_alias.js';
import { PyBaseException, exceptionType } from '../objects/exceptions.js';
import { keyError } from '../objects/dict_methods.js';
import { callObject } from '../runtime/call.js';
import { eq, objectId, repr } from '../runtime/protocols.js';
import { currentInterpreter, type Interpreter } from '../runtime/interpreter.js';
import { runtimeError, typeError, valueError } from '../runtime/raise.js';
import { registerNativeModule } from './registry.js';
import { addLifetimeRoots } from '../runtime/lifetime/lifetime.js';

type Kw = Map<string, PyValue> | null;

const hex = (v: PyValue): string => `0x${objectId(v).toString(16)}`;

// ---- types -----------------------------------------------------------------------------------------

export const contextVarType = makeBuiltinType('ContextVar', objectType, '_contextvars');
contextVarType.isBaseType = false;
export const tokenType = makeBuiltinType('Token', objectType, '_contextvars');
tokenType.isBaseType = false;
export const contextType = makeBuiltinType('Context', objectType, '_contextvars');
contextType.isBaseType = false;

export class PyContextVar extends PyObject {
  constructor(
    readonly name: string,
    /** The default given to the constructor; undefined when there is none. */
    readonly defaultValue: PyValue | undefined,
  ) {
    super(contextVarType);
  }
}

export class PyContext extends PyObject {
  vars: Map<PyContextVar, PyValue>;
  /** True while `vars` may also belong to a copy: the next write clones it first. */
  shared = false;
  /** The context that was current before this one was entered; only meaningful while entered. */
  prev: PyContext | null = null;
  entered = false;

  constructor(vars: Map<PyContextVar, PyValue> = new Map()) {
    super(contextType);
    this.vars = vars;
  }

  copy(): PyContext {
    this.shared = true;
    const c = new PyContext(this.vars);
    c.shared = true;
    return c;
  }

  /** The map, made private to this context before a write. */
  writable(): Map<PyContextVar, PyValue> {
    if (this.shared) {
      this.vars = new Map(this.vars);
      this.shared = false;
    }
    return this.vars;
  }
}

/** Token.MISSING: the old value of a variable that had none in the context. */
class PyTokenMissing extends PyObject {}
const tokenMissingType = makeBuiltinType('Token.MISSING', objectType, '_contextvars');
tokenMissingType.isBaseType = false;
export const TOKEN_MISSING = new PyTokenMissing(tokenMissingType);
defMethod(tokenMissingType, '__repr__', () => '<Token.MISSING>');

export class PyToken extends PyObject {
  used = false;
  constructor(
    readonly ctx: PyContext,
    readonly cvar: PyContextVar,
    /** The variable's value before set(), or TOKEN_MISSING. */
    readonly oldValue: PyValue,
  ) {
    super(tokenType);
  }
}

// ---- the current context, per interpreter -------------------------------------------------------------

const currents = new WeakMap<Interpreter, PyContext>();

/** The running thread's current context: the main thread's is kept here, another's in its ThreadState. */
function getCurrent(interp: Interpreter): PyContext | undefined {
  const threads = interp.threads;
  if (threads !== null && threads.current !== threads.main) return (threads.current.context as PyContext | null) ?? undefined;
  return currents.get(interp);
}

function setCurrent(interp: Interpreter, ctx: PyContext): void {
  const threads = interp.threads;
  if (threads !== null && threads.current !== threads.main) threads.current.context = ctx;
  else currents.set(interp, ctx);
}

/** The running thread's current context, created empty on first use (as CPython's thread state does). */
export function currentContext(interp: Interpreter = currentInterpreter()): PyContext {
  let ctx = getCurrent(interp);
  if (ctx === undefined) {
    ctx = new PyContext();
    setCurrent(interp, ctx);
  }
  return ctx;
}
addLifetimeRoots((interp) => currents.get(interp));

/** The value of a variable in the current context, or undefined: no default is applied. */
export function contextVarLookup(v: PyContextVar): PyValue | undefined {
  const ctx = getCurrent(currentInterpreter());
  return ctx === undefined ? undefined : ctx.vars.get(v);
}

/** ContextVar.get() without a default argument: the value, else the variable's default, else undefined. */
export function contextVarGet(v: PyContextVar): PyValue | undefined {
  const found = contextVarLookup(v);
  return found !== undefined ? found : v.defaultValue;
}

export function contextVarSet(v: PyContextVar, value: PyValue): PyToken {
  const ctx = currentContext();
  const old = ctx.vars.get(v);
  ctx.writable().set(v, value);
  return new PyToken(ctx, v, old === undefined ? TOKEN_MISSING : old);
}

/** Context.run's entering and leaving (CPython's _PyContext_Enter/_PyContext_Exit). */
export function contextEnter(ctx: PyContext): void {
  if (ctx.entered) throw runtimeError(`cannot enter context: ${repr(ctx)} is already entered`);
  const interp = currentInterpreter();
  ctx.prev = currentContext(interp);
  ctx.entered = true;
  setCurrent(interp, ctx);
}

export function contextExit(ctx: PyContext): void {
  const interp = currentInterpreter();
  if (!ctx.entered) throw runtimeError(`cannot exit context: ${repr(ctx)} has not been entered`);
  if (getCurrent(interp) !== ctx) {
    throw runtimeError('cannot exit context: thread state references a different context object');
  }
  setCurrent(interp, ctx.prev ?? new PyContext());
  ctx.prev = null;
  ctx.entered = false;
}

/** copy_context(): a new context with the current one's variables. */
export function copyContext(): PyContext {
  return currentContext().copy();
}

// ---- ContextVar --------------------------------------------------------------------------------------

defNew(contextVarType, (_cls, args, kwargs) => {
  // The name is positional-only, the default keyword-only.
  if (args.length !== 1) {
    throw typeError(
      args.length === 0
        ? 'ContextVar() takes exactly 1 positional argument (0 given)'
        : `ContextVar() takes at most 1 positional argument (${args.length} given)`,
    );
  }
  const [name, dflt] = bindArgs('ContextVar', ['', 'default'], args, kwargs, 1, 1, 1);
  if (typeof name !== 'string') throw typeError('context variable name must be a str');
  return new PyContextVar(name, dflt);
});
defClassMethod(contextVarType, '__class_getitem__', (cls, args) => genericAlias(cls, args[0]));
defGetSet(contextVarType, 'name', (self) => (self as PyContextVar).name);

defMethod(contextVarType, 'get', (self, args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) throw typeError('ContextVar.get() takes no keyword arguments');
  if (args.length > 1) throw typeError(`get expected at most 1 argument, got ${args.length}`);
  const v = self as PyContextVar;
  const found = contextVarLookup(v);
  if (found !== undefined) return found;
  if (args.length === 1) return args[0];
  if (v.defaultValue !== undefined) return v.defaultValue;
  throw new PyBaseException(exceptionType('LookupError'), [v]);
});

defMethod(contextVarType, 'set', (self, args, kwargs) => contextVarSet(self as PyContextVar, oneArg('ContextVar.set', args, kwargs)));

defMethod(contextVarType, 'reset', (self, args, kwargs) => {
  const token = oneArg('ContextVar.reset', args, kwargs);
  contextVarReset(self as PyContextVar, token);
  return None;
});

function contextVarReset(v: PyContextVar, token: PyValue): void {
  if (!(token instanceof PyToken)) throw typeError(`expected an instance of Token, got ${repr(token)}`);
  if (token.used) throw runtimeError(`${repr(token)} has already been used once`);
  if (token.cvar !== v) throw valueError(`${repr(token)} was created by a different ContextVar`);
  const ctx = currentContext();
  if (token.ctx !== ctx) throw valueError(`${repr(token)} was created in a different Context`);
  token.used = true;
  if (token.oldValue === TOKEN_MISSING) ctx.writable().delete(v);
  else ctx.writable().set(v, token.oldValue);
}

defMethod(contextVarType, '__repr__', (self) => {
  const v = self as PyContextVar;
  const dflt = v.defaultValue === undefined ? '' : ` default=${repr(v.defaultValue)}`;
  return `<ContextVar name=${repr(v.name)}${dflt} at ${hex(v)}>`;
});

// ---- Token ---------------------------------------------------------------------------------------------

defNew(tokenType, () => {
  throw runtimeError('Tokens can only be created by ContextVars');
});
tokenType.attrs.set('MISSING', TOKEN_MISSING);
defClassMethod(tokenType, '__class_getitem__', (cls, args) => genericAlias(cls, args[0]));
defGetSet(tokenType, 'var', (self) => (self as PyToken).cvar);
defGetSet(tokenType, 'old_value', (self) => (self as PyToken).oldValue);
defMethod(tokenType, '__repr__', (self) => {
  const t = self as PyToken;
  return `<Token${t.used ? ' used' : ''} var=${repr(t.cvar)} at ${hex(t)}>`;
});
defMethod(tokenType, '__enter__', (self, args, kwargs) => {
  noArgs('Token.__enter__', args, kwargs);
  return self;
});
defMethod(tokenType, '__exit__', (self) => {
  const t = self as PyToken;
  contextVarReset(t.cvar, t);
  return None;
});

// ---- Context ---------------------------------------------------------------------------------------------

/** What iter(ctx), ctx.keys(), ctx.values() and ctx.items() return: CPython's HAMT iterators, whose
 *  types are named keys, values and items. They walk a snapshot: the map is marked shared, so a later
 *  write to the context clones it instead of changing what is being iterated. */
class ContextIterator extends PyIterator {
  private readonly it: Iterator<[PyContextVar, PyValue]>;
  constructor(
    cls: PyType,
    ctx: PyContext,
    /** 0 keys, 1 values, 2 items. */
    private readonly kind: 0 | 1 | 2,
  ) {
    super(cls);
    ctx.shared = true;
    this.it = ctx.vars.entries();
  }
  next(): PyValue | undefined {
    const r = this.it.next();
    if (r.done === true) return undefined;
    const [k, v] = r.value;
    return this.kind === 0 ? k : this.kind === 1 ? v : new PyTuple([k, v]);
  }
}

function hamtIterType(name: string): PyType {
  const t = makeBuiltinType(name);
  t.isBaseType = false;
  defIteratorProtocol(t, null);
  return t;
}
const keysIterType = hamtIterType('keys');
const valuesIterType = hamtIterType('values');
const itemsIterType = hamtIterType('items');


function asContext(self: PyValue): PyContext {
  return self as PyContext;
}

function checkKey(key: PyValue): PyContextVar {
  if (!(key instanceof PyContextVar)) throw typeError(`a ContextVar key was expected, got ${repr(key)}`);
  return key;
}

defNew(contextType, (_cls, args, kwargs) => {
  if (args.length > 0 || (kwargs !== null && kwargs.size > 0)) throw typeError('Context() does not accept any arguments');
  return new PyContext();
});
defMethod(contextType, 'run', (self, args, kwargs) => {
  if (args.length === 0) throw typeError('run() missing 1 required positional argument');
  const ctx = asContext(self);
  contextEnter(ctx);
  try {
    return callObject(args[0], args.slice(1), kwargs);
  } finally {
    contextExit(ctx);
  }
});
// Called from Python code with a Python function, the eval loop pushes the function's frame itself,
// entering the context before and leaving it when the frame returns (opcodes/calls.ts forwardedFrame).
(contextType.attrs.get('run') as PyMethodDescriptor).forward = (self, args, kwargs) => {
  if (args.length === 0) return null;
  const ctx = asContext(self);
  return { fn: args[0], args: args.slice(1), kwargs, enter: () => contextEnter(ctx), exit: () => contextExit(ctx) };
};
defMethod(contextType, 'copy', (self, args, kwargs) => {
  noArgs('Context.copy', args, kwargs);
  return asContext(self).copy();
});
defMethod(contextType, 'get', (self, args, kwargs) => {
  if (args.length === 0) throw typeError('get expected at least 1 argument, got 0');
  const [key, dflt] = bindArgs('get', ['key', 'default'], args, kwargs, 1, 2);
  const found = asContext(self).vars.get(checkKey(key!));
  return found !== undefined ? found : dflt ?? None;
});
defMethod(contextType, '__getitem__', (self, args) => {
  const key = checkKey(args[0]);
  const found = asContext(self).vars.get(key);
  if (found === undefined) throw keyError(key);
  return found;
});
defMethod(contextType, '__contains__', (self, args) => asContext(self).vars.has(checkKey(args[0])));
defMethod(contextType, '__len__', (self) => asContext(self).vars.size);
defMethod(contextType, '__iter__', (self) => new ContextIterator(keysIterType, asContext(self), 0));
defMethod(contextType, 'keys', (self, args, kwargs) => {
  noArgs('Context.keys', args, kwargs);
  return new ContextIterator(keysIterType, asContext(self), 0);
});
defMethod(contextType, 'values', (self, args, kwargs) => {
  noArgs('Context.values', args, kwargs);
  return new ContextIterator(valuesIterType, asContext(self), 1);
});
defMethod(contextType, 'items', (self, args, kwargs) => {
  noArgs('Context.items', args, kwargs);
  return new ContextIterator(itemsIterType, asContext(self), 2);
});
defMethod(contextType, '__eq__', (self, args) => {
  const other = args[0];
  if (!(other instanceof PyContext)) return NotImplemented;
  return contextsEqual(asContext(self), other);
});
defMethod(contextType, '__ne__', (self, args) => {
  const other = args[0];
  if (!(other instanceof PyContext)) return NotImplemented;
  return !contextsEqual(asContext(self), other);
});
contextType.attrs.set('__hash__', None);

function contextsEqual(a: PyContext, b: PyContext): boolean {
  if (a.vars === b.vars) return true;
  if (a.vars.size !== b.vars.size) return false;
  for (const [k, v] of a.vars) {
    const w = b.vars.get(k);
    if (w === undefined || !eq(v, w)) return false;
  }
  return true;
}

// ---- the module ------------------------------------------------------------------------------------------

registerNativeModule('_contextvars', () => {
  const mod = new PyModule('_contextvars');
  const d = mod.dict;
  d.setStr('__doc__', 'Context Variables');
  d.setStr('ContextVar', contextVarType);
  d.setStr('Token', tokenType);
  d.setStr('Context', contextType);
  d.setStr(
    'copy_context',
    new PyNativeFunction('copy_context', (args, kwargs) => {
      noArgs('_contextvars.copy_context', args, kwargs);
      return copyContext();
    }, mod),
  );
  return mod;
});
