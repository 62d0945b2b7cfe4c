// The _thread module (CPython's Modules/_threadmodule.c) for a VM that runs exactly one thread.
//
// Locks, re-entrant locks, thread-local objects and thread handles behave as CPython's do when only the
// main thread exists, which is what threading, functools, reprlib and warnings need at import time.
// Known differences, all because there is no second thread that could ever release anything:
//  - starting a thread (start_new_thread, start_joinable_thread) raises RuntimeError, saying that
//    pyrewind does not support threads yet;
//  - acquiring a held lock with a timeout gives up at once (returns False) instead of waiting it out;
//  - acquiring a held lock with no timeout, which blocks CPython forever, raises RuntimeError.
// Nothing here sleeps or touches the host except interrupt_main (the host's interrupt flag).

import { PyObject, PyInstance, PyType, PyValue, makeBuiltinType, objectType, typeName } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyNativeFunction, defMethod, defNew, defGetSet, noArgs, oneArg, argRange, bindArgs } from '../objects/native.js';
import { PyFloat } from '../objects/float.js';
import { PyTuple } from '../objects/tuple.js';
import { None } from '../objects/singletons.js';
import { PyBaseException, SystemExit, exceptionType } from '../objects/exceptions.js';
import { interruptMain, SIGINT } from '../runtime/signals.js';
import { makeStructSeqType } from '../objects/structseq.js';
import { instanceDictGetSet } from '../objects/object_methods.js';
import { asIndex, objectId, toArray, truthy } from '../runtime/protocols.js';
import { getAttr } from '../runtime/attributes.js';
import { callObject } from '../runtime/call.js';
import { formatException } from '../runtime/traceback.js';
import { overflowError, runtimeError, typeError, valueError } from '../runtime/raise.js';
import { registerNativeModule } from './registry.js';
import type { Interpreter } from '../runtime/interpreter.js';

/** get_ident() of the one thread: a fixed value, so that recorded runs replay identically. */
export const MAIN_THREAD_IDENT = 140737353938752;
/** CPython's PY_TIMEOUT_MAX in seconds on 64-bit Linux. */
const TIMEOUT_MAX = 9223372036.0;
const NOT_STARTED_IDENT = 0;

const WOULD_BLOCK_FOREVER =
  'pyrewind: this lock is already held and no other thread exists to release it ' +
  '(CPython would block forever here; pyrewind does not support threads yet)';
const NO_THREADS = "can't start new thread: pyrewind runs programs in a single thread and does not support threads yet";

// ---- lock ------------------------------------------------------------------------------------------

export const lockType = makeBuiltinType('lock', objectType, '_thread');
lockType.isBaseType = false;

export class PyLock extends PyObject {
  locked = false;
  constructor() {
    super(lockType);
  }
}

/** The (blocking, timeout) arguments of acquire(); timeout is -1 for "no timeout". */
function acquireArgs(args: PyValue[], kwargs: Map<string, PyValue> | null): [boolean, number] {
  if (args.length > 2) throw typeError(`acquire() takes at most 2 arguments (${args.length} given)`);
  const [b, t] = bindArgs('acquire', ['blocking', 'timeout'], args, kwargs);
  const blocking = b === undefined ? true : truthy(b);
  let timeout = -1;
  if (t !== undefined) {
    timeout = timeoutSeconds(t);
    if (!blocking && timeout !== -1) throw valueError("can't specify a timeout for a non-blocking call");
    if (timeout < 0 && timeout !== -1) throw valueError('timeout value must be a non-negative number');
    if (timeout > TIMEOUT_MAX) throw overflowError('timeout value is too large');
  }
  return [blocking, timeout];
}

function timeoutSeconds(v: PyValue): number {
  if (v instanceof PyFloat) {
    // CPython converts to nanoseconds in a 64-bit time_t first.
    if (!Number.isFinite(v.value) || Math.abs(v.value) > 9.2e9) {
      if (Number.isNaN(v.value)) throw valueError('Invalid value NaN (not a number)');
      throw overflowError('timestamp out of range for platform time_t');
    }
    return v.value;
  }
  const n = asIndex(v, () => typeError(`'${typeName(v)}' object cannot be interpreted as an integer or float`));
  if (typeof n === 'bigint') throw overflowError('timestamp out of range for platform time_t');
  return n;
}

/** Take a free lock, or decide what waiting for a held one means with no other thread. */
function takeOrGiveUp(held: boolean, blocking: boolean, timeout: number): boolean {
  if (!held) return true;
  if (!blocking || timeout >= 0) return false;
  throw runtimeError(WOULD_BLOCK_FOREVER);
}

function lockAcquire(self: PyValue, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  const lock = self as PyLock;
  const [blocking, timeout] = acquireArgs(args, kwargs);
  if (!takeOrGiveUp(lock.locked, blocking, timeout)) return false;
  lock.locked = true;
  return true;
}

function lockRelease(self: PyValue): PyValue {
  const lock = self as PyLock;
  if (!lock.locked) throw runtimeError('release unlocked lock');
  lock.locked = false;
  return None;
}

defNew(lockType, (_cls, args, kwargs) => {
  if (args.length > 0) throw typeError(`lock expected 0 arguments, got ${args.length}`);
  if (kwargs !== null && kwargs.size > 0) throw typeError('lock() takes no keyword arguments');
  return new PyLock();
});
defMethod(lockType, 'acquire', lockAcquire);
defMethod(lockType, 'acquire_lock', lockAcquire);
defMethod(lockType, '__enter__', lockAcquire);
/** A METH_NOARGS method, with CPython's "lock.release() takes no arguments (1 given)". */
function defNoArgs(type: PyType, name: string, fn: (self: PyValue) => PyValue): void {
  const qualname = `${type.name}.${name}`;
  defMethod(type, name, (self, args, kwargs) => {
    noArgs(qualname, args, kwargs);
    return fn(self);
  });
}

defNoArgs(lockType, 'release', lockRelease);
defNoArgs(lockType, 'release_lock', lockRelease);
defMethod(lockType, '__exit__', (self) => lockRelease(self));
defNoArgs(lockType, 'locked', (self) => (self as PyLock).locked);
defNoArgs(lockType, 'locked_lock', (self) => (self as PyLock).locked);
defNoArgs(lockType, '_at_fork_reinit', (self) => {
  (self as PyLock).locked = false;
  return None;
});
defMethod(lockType, '__repr__', (self) => {
  const state = (self as PyLock).locked ? 'locked' : 'unlocked';
  return `<${state} ${qualifiedTypeName(self)} object at 0x${objectId(self).toString(16)}>`;
});

/** tp_name as CPython prints it in these reprs: '_thread.lock' for built-ins, 'Sub' for subclasses. */
function qualifiedTypeName(v: PyValue): string {
  const t = (v as PyObject).cls;
  return t.isHeap ? t.name : `${t.module}.${t.name}`;
}

// ---- RLock -----------------------------------------------------------------------------------------

export const rlockType = makeBuiltinType('RLock', objectType, '_thread');

class PyRLock extends PyInstance {
  count = 0;
}
rlockType.allocate = (cls) => new PyRLock(cls);

const rl = (v: PyValue): PyRLock => v as PyRLock;

function rlockAcquire(self: PyValue, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  // Checked for errors only: held means held by this (the only) thread, and re-entering just counts.
  acquireArgs(args, kwargs);
  rl(self).count++;
  return true;
}

function rlockRelease(self: PyValue): PyValue {
  const r = rl(self);
  if (r.count === 0) throw runtimeError('cannot release un-acquired lock');
  r.count--;
  return None;
}

// RLock() ignores its arguments, as CPython's does.
defNew(rlockType, (cls) => new PyRLock(cls));
defMethod(rlockType, 'acquire', rlockAcquire);
defMethod(rlockType, '__enter__', rlockAcquire);
defNoArgs(rlockType, 'release', rlockRelease);
defMethod(rlockType, '__exit__', (self) => rlockRelease(self));
defNoArgs(rlockType, 'locked', (self) => rl(self).count > 0);
defNoArgs(rlockType, '_is_owned', (self) => rl(self).count > 0);
defNoArgs(rlockType, '_recursion_count', (self) => rl(self).count);
defNoArgs(rlockType, '_release_save', (self) => {
  const r = rl(self);
  if (r.count === 0) throw runtimeError('cannot release un-acquired lock');
  const saved = new PyTuple([r.count, MAIN_THREAD_IDENT]);
  r.count = 0;
  return saved;
});
defMethod(rlockType, '_acquire_restore', (self, args) => {
  argRange('_acquire_restore', args, null, 1, 1);
  const state = toArray(args[0]);
  if (state.length !== 2) throw typeError('_acquire_restore() argument must be a (count, owner) pair');
  const count = asIndex(state[0]);
  rl(self).count = typeof count === 'bigint' ? Number(count) : count;
  return None;
});
defNoArgs(rlockType, '_at_fork_reinit', (self) => {
  rl(self).count = 0;
  return None;
});
defMethod(rlockType, '__repr__', (self) => {
  const r = rl(self);
  const state = r.count > 0 ? 'locked' : 'unlocked';
  const owner = r.count > 0 ? MAIN_THREAD_IDENT : 0;
  return `<${state} ${qualifiedTypeName(self)} object owner=${owner} count=${r.count} at 0x${objectId(self).toString(16)}>`;
});

// ---- _local ----------------------------------------------------------------------------------------

/** Thread-local data: with one thread, an object with a __dict__. */
export const localType = makeBuiltinType('_local', objectType, '_thread');
localType.hasInstanceDict = true;
localType.allocate = (cls) => new PyInstance(cls);
instanceDictGetSet(localType);
defNew(localType, (cls, args, kwargs) => {
  const hasArgs = args.length > 0 || (kwargs !== null && kwargs.size > 0);
  if (hasArgs && cls.lookup('__init__') === objectType.attrs.get('__init__')) {
    throw typeError('Initialization arguments are not supported');
  }
  return new PyInstance(cls);
});

// ---- _ThreadHandle ---------------------------------------------------------------------------------

const threadHandleType = makeBuiltinType('_ThreadHandle', objectType, '_thread');
threadHandleType.isBaseType = false;

class PyThreadHandle extends PyObject {
  done = false;
  constructor(
    readonly ident: number,
    /** Handles of threads that run (only the main thread's, here) versus ones never started. */
    readonly started: boolean,
  ) {
    super(threadHandleType);
  }
}
const th = (v: PyValue): PyThreadHandle => v as PyThreadHandle;

defNew(threadHandleType, () => new PyThreadHandle(NOT_STARTED_IDENT, false));
defGetSet(threadHandleType, 'ident', (self) => th(self).ident);
defNoArgs(threadHandleType, 'is_done', (self) => th(self).done);
defNoArgs(threadHandleType, '_set_done', (self) => {
  if (!th(self).started) throw runtimeError('thread not started');
  th(self).done = true;
  return None;
});
defMethod(threadHandleType, 'join', (self, args, kwargs) => {
  const [timeout] = bindArgs('join', ['timeout'], args, kwargs);
  if (timeout !== undefined && timeout !== None) timeoutSeconds(timeout);
  const h = th(self);
  if (!h.started) throw runtimeError('thread not started');
  if (!h.done) {
    // Only the main thread's handle can be running, and it is the caller.
    throw runtimeError('Cannot join current thread');
  }
  return None;
});
defMethod(threadHandleType, '__repr__', (self) => `<_thread._ThreadHandle object: ident=${th(self).ident}>`);

// ---- _ExceptHookArgs -------------------------------------------------------------------------------

const exceptHookArgsType = makeStructSeqType('_ExceptHookArgs', '_thread', [
  'exc_type', 'exc_value', 'exc_traceback', 'thread',
]);
defNew(exceptHookArgsType, (cls, args) => {
  argRange('_ExceptHookArgs', args, null, 1, 1);
  const items = toArray(args[0]);
  if (items.length !== 4) {
    throw typeError(`_thread._ExceptHookArgs() takes a 4-sequence (${items.length}-sequence given)`);
  }
  return new PyTuple(items, cls);
});

// ---- the module ------------------------------------------------------------------------------------

function makeThread(interp: Interpreter): PyModule {
  const mod = new PyModule('_thread');
  const d = mod.dict;
  const def = (name: string, fn: (args: PyValue[], kw: Map<string, PyValue> | null) => PyValue): void => {
    d.setStr(name, new PyNativeFunction(name, fn, mod));
  };
  const defNoArgsFn = (name: string, fn: () => PyValue): void => {
    def(name, (args, kw) => {
      noArgs(`_thread.${name}`, args, kw);
      return fn();
    });
  };
  const runtime = exceptionType('RuntimeError');
  d.setStr('error', runtime);
  d.setStr('LockType', lockType);
  d.setStr('lock', lockType);
  d.setStr('RLock', rlockType);
  d.setStr('_local', localType);
  d.setStr('_ThreadHandle', threadHandleType);
  d.setStr('_ExceptHookArgs', exceptHookArgsType);
  d.setStr('TIMEOUT_MAX', new PyFloat(TIMEOUT_MAX));

  defNoArgsFn('allocate_lock', () => new PyLock());
  defNoArgsFn('allocate', () => new PyLock());
  defNoArgsFn('get_ident', () => MAIN_THREAD_IDENT);
  defNoArgsFn('_get_main_thread_ident', () => MAIN_THREAD_IDENT);
  defNoArgsFn('_is_main_interpreter', () => true);
  defNoArgsFn('_count', () => 0);
  defNoArgsFn('daemon_threads_allowed', () => true);
  defNoArgsFn('_shutdown', () => None);
  def('_make_thread_handle', (args, kw) => {
    const ident = asIndex(oneArg('_thread._make_thread_handle', args, kw));
    return new PyThreadHandle(typeof ident === 'bigint' ? Number(ident) : ident, true);
  });
  def('stack_size', (args, kw) => {
    atMostOne('stack_size', args, kw);
    if (args.length === 1) {
      const size = asIndex(args[0]);
      if (size !== 0 && (typeof size === 'bigint' || size < 32768)) {
        throw valueError(`size not valid: ${size} bytes`);
      }
    }
    return 0;
  });
  const refuse = (): PyValue => {
    throw runtimeError(NO_THREADS);
  };
  def('start_new_thread', refuse);
  def('start_new', refuse);
  def('start_joinable_thread', refuse);
  const exit = (): PyValue => {
    throw new PyBaseException(SystemExit, []);
  };
  def('exit', exit);
  def('exit_thread', exit);
  def('interrupt_main', (args, kw) => {
    // CPython's own message names the parameter, not the function.
    atMostOne('signum', args, kw);
    // The signal's Python handler runs when CPython's eval loop next checks, right after this call.
    interruptMain(interp, args.length > 0 ? args[0] : SIGINT);
    return None;
  });
  def('_excepthook', (args) => {
    argRange('_excepthook', args, null, 1, 1);
    return exceptHook(interp, args[0]);
  });
  return mod;
}

/** PyArg_ParseTuple's "|O:name" count check. */
function atMostOne(name: string, args: PyValue[], kwargs: Map<string, PyValue> | null): void {
  if (kwargs !== null && kwargs.size > 0) throw typeError(`${name}() takes no keyword arguments`);
  if (args.length > 1) throw typeError(`${name}() takes at most 1 argument (${args.length} given)`);
}

/** threading.excepthook's default: report an exception that ended a thread on sys.stderr. */
function exceptHook(interp: Interpreter, hookArgs: PyValue): PyValue {
  if (!(hookArgs instanceof PyTuple) || hookArgs.cls !== exceptHookArgsType) {
    throw typeError('_thread._excepthook argument type must be ExceptHookArgs');
  }
  const [excType, excValue, , thread] = hookArgs.items;
  if (excType === SystemExit) return None;
  const stderr = interp.sys.getStr('stderr');
  if (stderr === undefined || stderr === None) return None;
  const name = thread === None ? String(MAIN_THREAD_IDENT) : String(getAttr(thread, 'name'));
  const write = getAttr(stderr, 'write');
  let text = `Exception in thread ${name}:\n`;
  if (excValue instanceof PyBaseException) text += formatException(excValue, interp.host);
  callObject(write, [text]);
  const flush = getAttr(stderr, 'flush');
  callObject(flush, []);
  return None;
}

registerNativeModule('_thread', makeThread);
