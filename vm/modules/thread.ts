// The _thread module (CPython's Modules/_threadmodule.c): threads, locks, re-entrant locks, thread-local
// objects and thread handles.
//
// Threads are run by vm/runtime/threads.ts, one at a time, switching at instruction boundaries. A wait
// for a held lock or an unfinished thread parks the waiting thread when Python code called it directly;
// inside a call from native code, the other threads run meanwhile (fd_wait.ts waitForThread). With no other
// thread, waiting for what nothing can release is an error: CPython would block forever.
// Nothing here sleeps or touches the host except interrupt_main (the host's interrupt flag) and a
// timed wait with no other thread to run (the host's sleep).

import { PyObject, PyInstance, PyType, PyValue, makeBuiltinType, objectType, typeName } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyNativeFunction, defMethod, defNew, defGetSet, noArgs, oneArg, argRange, bindArgs } from '../objects/native.js';
import { PyFloat } from '../objects/float.js';
import { PyTuple } from '../objects/tuple.js';
import { PyDict } from '../objects/dict.js';
import { None } from '../objects/singletons.js';
import { PyBaseException, SystemExit, exceptionType } from '../objects/exceptions.js';
import { interruptMain, SIGINT } from '../runtime/signals.js';
import { makeStructSeqType } from '../objects/structseq.js';
import { instanceDictGetSet } from '../objects/object_methods.js';
import { asIndex, objectId, toArray, truthy } from '../runtime/protocols.js';
import { getAttr } from '../runtime/attributes.js';
import { callObject, isCallable } from '../runtime/call.js';
import { formatException } from '../runtime/traceback.js';
import { overflowError, runtimeError, typeError, valueError } from '../runtime/raise.js';
import { currentInterpreter } from '../runtime/interpreter.js';
import { MAIN_THREAD_IDENT, Threads } from '../runtime/threads.js';
import { waitForThread } from './fd_wait.js';
import { registerNativeModule } from './registry.js';
import type { Interpreter } from '../runtime/interpreter.js';

export { MAIN_THREAD_IDENT };
/** CPython's PY_TIMEOUT_MAX in seconds on 64-bit Linux. */
const TIMEOUT_MAX = 9223372036.0;
const NOT_STARTED_IDENT = 0;

const WOULD_BLOCK_FOREVER =
  'pyrewind: this lock is already held and no other thread exists to release it ' +
  '(CPython would block forever here)';

/** The ident of the running thread. */
export function currentThreadIdent(): number {
  const threads = currentInterpreter().threads;
  return threads === null ? MAIN_THREAD_IDENT : threads.current.ident;
}

/** The interpreter's threads, made when the program first starts one. */
function threadsOf(interp: Interpreter): Threads {
  if (interp.threads === null) interp.threads = new Threads(interp);
  return interp.threads;
}


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

/** The methods that acquire a lock, which may park their thread when called from Python code. */
const lockAcquirers = new Set<PyValue>();

function lockAcquire(self: PyValue, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  const lock = self as PyLock;
  const [blocking, timeout] = acquireArgs(args, kwargs);
  if (!lock.locked) {
    lock.locked = true;
    return true;
  }
  if (!blocking || timeout === 0) return false;
  const take = (timedOut: boolean): PyValue => {
    if (timedOut) return false;
    lock.locked = true;
    return true;
  };
  return waitForThread(
    currentInterpreter(), lockAcquirers, timeout, () => !lock.locked, take, 'lock.acquire()', WOULD_BLOCK_FOREVER,
  );
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
for (const name of ['acquire', 'acquire_lock', '__enter__']) lockAcquirers.add(lockType.attrs.get(name)!);
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
  /** The ident of the thread holding it (0: none). */
  owner = 0;
}
rlockType.allocate = (cls) => new PyRLock(cls);

const rl = (v: PyValue): PyRLock => v as PyRLock;
const rlockAcquirers = new Set<PyValue>();

/** Wait for a re-entrant lock another thread holds, then take it with `count` (1, or a saved count). */
function rlockWait(r: PyRLock, timeout: number, count: number, what: string, result: PyValue = true): PyValue {
  const me = currentThreadIdent();
  const take = (timedOut: boolean): PyValue => {
    if (timedOut) return false;
    r.owner = me;
    r.count = count;
    return result;
  };
  return waitForThread(currentInterpreter(), rlockAcquirers, timeout, () => r.count === 0, take, what, WOULD_BLOCK_FOREVER);
}

function rlockAcquire(self: PyValue, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  const [blocking, timeout] = acquireArgs(args, kwargs);
  const r = rl(self);
  const me = currentThreadIdent();
  if (r.count > 0 && r.owner === me) {
    r.count++;
    return true;
  }
  if (r.count === 0) {
    r.owner = me;
    r.count = 1;
    return true;
  }
  if (!blocking || timeout === 0) return false;
  return rlockWait(r, timeout, 1, 'RLock.acquire()');
}

function rlockRelease(self: PyValue): PyValue {
  const r = rl(self);
  if (r.count === 0 || r.owner !== currentThreadIdent()) throw runtimeError('cannot release un-acquired lock');
  if (--r.count === 0) r.owner = 0;
  return None;
}

// RLock() ignores its arguments, as CPython's does.
defNew(rlockType, (cls) => new PyRLock(cls));
defMethod(rlockType, 'acquire', rlockAcquire);
defMethod(rlockType, '__enter__', rlockAcquire);
defNoArgs(rlockType, 'release', rlockRelease);
defMethod(rlockType, '__exit__', (self) => rlockRelease(self));
defNoArgs(rlockType, 'locked', (self) => rl(self).count > 0);
defNoArgs(rlockType, '_is_owned', (self) => rl(self).count > 0 && rl(self).owner === currentThreadIdent());
defNoArgs(rlockType, '_recursion_count', (self) => (rl(self).owner === currentThreadIdent() ? rl(self).count : 0));
defNoArgs(rlockType, '_release_save', (self) => {
  const r = rl(self);
  if (r.count === 0) throw runtimeError('cannot release un-acquired lock');
  const saved = new PyTuple([r.count, r.owner]);
  r.count = 0;
  r.owner = 0;
  return saved;
});
defMethod(rlockType, '_acquire_restore', (self, args) => {
  argRange('_acquire_restore', args, null, 1, 1);
  const state = toArray(args[0]);
  if (state.length !== 2) throw typeError('_acquire_restore() argument must be a (count, owner) pair');
  const c = asIndex(state[0]);
  const count = typeof c === 'bigint' ? Number(c) : c;
  const r = rl(self);
  if (r.count === 0) {
    r.owner = currentThreadIdent();
    r.count = count;
    return None;
  }
  return rlockWait(r, -1, count, 'RLock._acquire_restore()', None);
});
for (const name of ['acquire', '__enter__', '_acquire_restore']) rlockAcquirers.add(rlockType.attrs.get(name)!);
defNoArgs(rlockType, '_at_fork_reinit', (self) => {
  rl(self).count = 0;
  rl(self).owner = 0;
  return None;
});
defMethod(rlockType, '__repr__', (self) => {
  const r = rl(self);
  const state = r.count > 0 ? 'locked' : 'unlocked';
  return `<${state} ${qualifiedTypeName(self)} object owner=${r.owner} count=${r.count} at 0x${objectId(self).toString(16)}>`;
});

// ---- _local ----------------------------------------------------------------------------------------

/**
 * Thread-local data: each thread sees its own __dict__. A thread other than the creator gets a fresh one
 * on first use, initialised by the class's __init__ with the constructor's arguments, as CPython's is.
 */
export const localType = makeBuiltinType('_local', objectType, '_thread');
localType.hasInstanceDict = true;

class PyLocal extends PyInstance {
  /** Each thread's __dict__, by thread ident. */
  perThread: Map<number, PyDict> | undefined;
  creator = MAIN_THREAD_IDENT;
  initArgs: PyValue[] = [];
  initKwargs: Map<string, PyValue> | null = null;
}
// `dict` is PyObject's field; for a local it is the running thread's entry (an accessor the TypeScript
// class syntax cannot declare over a base class's field).
Object.defineProperty(PyLocal.prototype, 'dict', {
  get(this: PyLocal): PyDict {
    if (this.perThread === undefined) this.perThread = new Map();
    const ident = currentThreadIdent();
    let d = this.perThread.get(ident);
    if (d === undefined) {
      d = new PyDict();
      this.perThread.set(ident, d);
      // Dropped when its thread ends, as CPython's thread-local dicts are.
      const threads = currentInterpreter().threads;
      if (threads !== null && threads.current !== threads.main) {
        const perThread = this.perThread;
        threads.current.cleanups.push(() => perThread.delete(ident));
      }
      const init = this.cls.lookup('__init__');
      if (ident !== this.creator && init !== undefined && init !== objectType.attrs.get('__init__')) {
        callObject(getAttr(this, '__init__'), this.initArgs, this.initKwargs);
      }
    }
    return d;
  },
  set(this: PyLocal, v: PyDict | null) {
    // PyObject's constructor sets null: the dicts are made on first use.
    if (v === null) return;
    if (this.perThread === undefined) this.perThread = new Map();
    this.perThread.set(currentThreadIdent(), v);
  },
});
localType.allocate = (cls) => new PyLocal(cls);
instanceDictGetSet(localType);
defNew(localType, (cls, args, kwargs) => {
  const hasArgs = args.length > 0 || (kwargs !== null && kwargs.size > 0);
  if (hasArgs && cls.lookup('__init__') === objectType.attrs.get('__init__')) {
    throw typeError('Initialization arguments are not supported');
  }
  const local = new PyLocal(cls);
  local.creator = currentThreadIdent();
  local.initArgs = args.slice();
  local.initKwargs = kwargs === null ? null : new Map(kwargs);
  return local;
});

// ---- _ThreadHandle ---------------------------------------------------------------------------------

const threadHandleType = makeBuiltinType('_ThreadHandle', objectType, '_thread');
threadHandleType.isBaseType = false;

class PyThreadHandle extends PyObject {
  done = false;
  constructor(
    public ident: number,
    /** Handles of threads that run versus ones never started. */
    public started: boolean,
  ) {
    super(threadHandleType);
  }
}
const th = (v: PyValue): PyThreadHandle => v as PyThreadHandle;
const joiners = new Set<PyValue>();

defNew(threadHandleType, () => new PyThreadHandle(NOT_STARTED_IDENT, false));
defGetSet(threadHandleType, 'ident', (self) => th(self).ident);
defNoArgs(threadHandleType, 'is_done', (self) => th(self).done);
defNoArgs(threadHandleType, '_set_done', (self) => {
  if (!th(self).started) throw runtimeError('thread not started');
  th(self).done = true;
  return None;
});
defMethod(threadHandleType, 'join', (self, args, kwargs) => {
  const [t] = bindArgs('join', ['timeout'], args, kwargs);
  const timeout = t === undefined || t === None ? -1 : Math.max(0, timeoutSeconds(t));
  const h = th(self);
  if (!h.started) throw runtimeError('thread not started');
  if (h.done) return None;
  if (h.ident === currentThreadIdent()) throw runtimeError('Cannot join current thread');
  if (timeout === 0) return None;
  return waitForThread(
    currentInterpreter(), joiners, timeout, () => h.done, () => None, '_ThreadHandle.join()', WOULD_BLOCK_FOREVER,
  );
});
joiners.add(threadHandleType.attrs.get('join')!);
defMethod(threadHandleType, '__repr__', (self) => `<_thread._ThreadHandle object: ident=${th(self).ident}>`);

/** Start a thread running fn(*args, **kwargs) (threads.ts), refused where it cannot be followed. */
function startThread(
  interp: Interpreter, fn: PyValue, args: PyValue[], kwargs: Map<string, PyValue> | null, daemon: boolean,
): number {
  if (interp.sysTrace !== null) {
    throw runtimeError(
      'pyrewind cannot start a thread while sys.settrace, sys.setprofile or sys.monitoring is in use ' +
      '(they would apply to every thread)',
    );
  }
  // A tracer that cannot follow several threads (the recorder) stops the run here, with a message.
  interp.tracer?.threadStart?.();
  return threadsOf(interp).start(fn, args, kwargs, daemon).ident;
}

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
  defNoArgsFn('get_ident', () => currentThreadIdent());
  defNoArgsFn('_get_main_thread_ident', () => MAIN_THREAD_IDENT);
  defNoArgsFn('_is_main_interpreter', () => true);
  defNoArgsFn('_count', () => (interp.threads === null ? 0 : interp.threads.live.length - 1));
  defNoArgsFn('daemon_threads_allowed', () => true);
  // Waits for every thread not started as a daemon (threading._shutdown() calls it at exit).
  const shutdownFn = new PyNativeFunction('_shutdown', (args, kw) => {
    noArgs('_thread._shutdown', args, kw);
    const threads = interp.threads;
    if (threads === null) return None;
    const me = threads.current;
    const ready = (): boolean => threads.live.every((t) => t.daemon || t === me);
    if (ready()) return None;
    return waitForThread(interp, shutdownSet, -1, ready, () => None, '_thread._shutdown()', WOULD_BLOCK_FOREVER);
  }, mod);
  const shutdownSet = new Set<PyValue>([shutdownFn]);
  d.setStr('_shutdown', shutdownFn);
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
  const startNew = (args: PyValue[], kw: Map<string, PyValue> | null): PyValue => {
    if (kw !== null && kw.size > 0) throw typeError('start_new_thread() takes no keyword arguments');
    argRange('start_new_thread', args, null, 2, 3);
    const [fn, fargs, fkw] = args;
    if (!isCallable(fn)) throw typeError('first arg must be callable');
    if (!(fargs instanceof PyTuple)) throw typeError('2nd arg must be a tuple');
    if (fkw !== undefined && !(fkw instanceof PyDict)) throw typeError('optional 3rd arg must be a dictionary');
    let kwargs: Map<string, PyValue> | null = null;
    if (fkw instanceof PyDict && fkw.size > 0) {
      kwargs = new Map();
      for (const [k, v] of fkw.entries()) {
        if (typeof k !== 'string') throw typeError('keywords must be strings');
        kwargs.set(k, v);
      }
    }
    return startThread(interp, fn, fargs.items.slice(), kwargs, true);
  };
  def('start_new_thread', startNew);
  def('start_new', startNew);
  def('start_joinable_thread', (args, kw) => {
    const [fn, handleArg, daemonArg] = bindArgs('start_joinable_thread', ['function', 'handle', 'daemon'], args, kw);
    if (fn === undefined) throw typeError("start_joinable_thread() missing required argument 'function' (pos 1)");
    if (!isCallable(fn)) throw typeError('thread function must be callable');
    let handle: PyThreadHandle;
    if (handleArg === undefined || handleArg === None) handle = new PyThreadHandle(NOT_STARTED_IDENT, false);
    else if (handleArg instanceof PyThreadHandle) handle = handleArg;
    else throw typeError("'handle' must be a _ThreadHandle");
    if (handle.started) throw runtimeError('thread already started');
    const daemon = daemonArg === undefined ? true : truthy(daemonArg);
    const ident = startThread(interp, fn, [], null, daemon);
    handle.ident = ident;
    handle.started = true;
    const t = interp.threads!.live[interp.threads!.live.length - 1];
    t.onDone = () => {
      handle.done = true;
    };
    return handle;
  });
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
  const name = thread === None ? String(currentThreadIdent()) : String(getAttr(thread, 'name'));
  const write = getAttr(stderr, 'write');
  let text = `Exception in thread ${name}:\n`;
  if (excValue instanceof PyBaseException) text += formatException(excValue, interp.host);
  callObject(write, [text]);
  const flush = getAttr(stderr, 'flush');
  callObject(flush, []);
  return None;
}

registerNativeModule('_thread', makeThread);
