// The methods and attributes of generators, coroutines and async generators: send/throw/close,
// gi_*/cr_*/ag_*, coroutine.__await__, and the asend/athrow awaitables of async generators
// (behaviour of CPython's Objects/genobject.c).
//
// Resuming a frame goes through Interpreter.resumeGenerator; nothing here runs bytecode itself.
// What happens when one of them is dropped unfinished (the "never awaited" warnings, closing, the
// asyncgen finalizer hook) is in vm/runtime/lifetime/finalizers.ts.

import { PyValue, PyType, typeName } from './object.js';
import { defMethod, defGetSet } from './native.js';
import {
  PyGenerator, generatorType, coroutineType, asyncGeneratorType, PyAsyncGenASend, PyAsyncGenAThrow,
  PyAsyncGenWrappedValue, PyCoroWrapper, AwaitableState, asyncGenASendType, asyncGenAThrowType,
  coroutineWrapperType, generatorKind, delegateOf, anextAwaitableType, PyAnextAwaitable,
} from './generator.js';
import {
  stopIteration, initAsyncGenHooks as initHooks, asyncGenAnext, anextStep, sendTo, watchUntilAwaited, awaitableStarted,
} from '../opcodes/async.js';
import { None } from './singletons.js';
import {
  PyBaseException, StopIteration, StopAsyncIteration, GeneratorExit, BaseException,
} from './exceptions.js';
import { PyTuple } from './tuple.js';
import { PyTraceback } from './traceback.js';
import { currentInterpreter } from '../runtime/interpreter.js';
import { getAttr, getAttrOrUndefined } from '../runtime/attributes.js';
import { callObject } from '../runtime/call.js';
import { objectId, repr } from '../runtime/protocols.js';
import { typeError, runtimeError } from '../runtime/raise.js';

const gen = (v: PyValue): PyGenerator => v as PyGenerator;

/** gen_send_ex: the value yielded, or the end signalled as StopIteration (StopAsyncIteration for an
 * async generator, whose return value is always None). */
function send(g: PyGenerator, value: PyValue, exc: PyBaseException | null): PyValue {
  const r = currentInterpreter().resumeGenerator(g, value, exc);
  if (r.done) {
    if (g.cls === asyncGeneratorType) throw new PyBaseException(StopAsyncIteration, []);
    throw stopIteration(r.value);
  }
  return r.value;
}

/** The exception instance for throw(typ[, val[, tb]]) (CPython's _gen_throw normalization). */
function exceptionToThrow(typ: PyValue, val: PyValue | undefined, tb: PyValue | undefined): PyBaseException {
  if (tb !== undefined && tb !== None && !(tb instanceof PyTraceback)) {
    throw typeError('throw() third argument must be a traceback object');
  }
  let exc: PyBaseException;
  if (typ instanceof PyType && typ.isSubtypeOf(BaseException)) {
    if (val instanceof PyBaseException && val.cls.isSubtypeOf(typ)) exc = val;
    else {
      const args = val === undefined || val === None ? [] : val instanceof PyTuple ? val.items : [val];
      const made = callObject(typ, args);
      if (!(made instanceof PyBaseException)) {
        throw typeError(`calling ${repr(typ)} should have returned an instance of BaseException, not ${typeName(made)}`);
      }
      exc = made;
    }
  } else if (typ instanceof PyBaseException) {
    if (val !== undefined && val !== None) throw typeError('instance exception may not have a separate value');
    exc = typ;
  } else {
    throw typeError(`exceptions must be classes or instances deriving from BaseException, not ${typeName(typ)}`);
  }
  if (tb instanceof PyTraceback) exc.traceback = tb;
  return exc;
}

/** Run `body` with the generator marked as executing (so its delegate cannot re-enter it). */
function whileExecuting<T>(g: PyGenerator, body: () => T): T {
  g.running = true;
  try {
    return body();
  } finally {
    g.running = false;
  }
}

/** close() of whatever a generator delegates to; a generator's own close, or the iterator's close(). */
function closeIter(yf: PyValue): void {
  if (yf instanceof PyGenerator && yf.cls !== asyncGeneratorType) {
    genClose(yf);
    return;
  }
  const close = getAttrOrUndefined(yf, 'close');
  if (close !== undefined) callObject(close, []);
}

function isGeneratorExit(typ: PyValue): boolean {
  return typ === GeneratorExit || (typ instanceof PyBaseException && typ.cls.isSubtypeOf(GeneratorExit)) ||
    (typ instanceof PyType && typ.isSubtypeOf(GeneratorExit));
}

/**
 * generator.throw: first into the delegate of a `yield from`/`await`, then into the generator itself.
 * With closeOnGenExit false (athrow/aclose of async generators) GeneratorExit is thrown into the
 * delegate instead of closing it.
 */
export function genThrow(g: PyGenerator, args: PyValue[], closeOnGenExit = true): PyValue {
  const [typ, val, tb] = args;
  const yf = delegateOf(g);
  if (yf !== null) {
    if (closeOnGenExit && isGeneratorExit(typ)) {
      try {
        whileExecuting(g, () => closeIter(yf));
      } catch (e) {
        if (!(e instanceof PyBaseException)) throw e;
        return send(g, None, e);
      }
    } else {
      let ret: PyValue;
      try {
        if (yf instanceof PyGenerator && yf.cls !== asyncGeneratorType) {
          ret = whileExecuting(g, () => genThrow(yf, args, closeOnGenExit));
        } else {
          const meth = getAttrOrUndefined(yf, 'throw');
          if (meth === undefined) return send(g, None, exceptionToThrow(typ, val, tb));
          ret = whileExecuting(g, () => callObject(meth, args));
        }
      } catch (e) {
        // The delegate finished (StopIteration) or failed: that exception resumes this generator.
        if (!(e instanceof PyBaseException)) throw e;
        return send(g, None, e);
      }
      return ret;
    }
  }
  return send(g, None, exceptionToThrow(typ, val, tb));
}

/** generator.close(): GeneratorExit thrown in; the value of a `return` while closing is returned. */
export function genClose(g: PyGenerator): PyValue {
  if (!g.started || g.finished) {
    g.finished = true;
    return None;
  }
  let exc: PyBaseException | null = null;
  const yf = delegateOf(g);
  if (yf !== null) {
    try {
      whileExecuting(g, () => closeIter(yf));
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      exc = e;
    }
  }
  let r: { done: boolean; value: PyValue };
  try {
    r = currentInterpreter().resumeGenerator(g, None, exc ?? new PyBaseException(GeneratorExit, []));
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(GeneratorExit)) return None;
    throw e;
  }
  if (!r.done) throw runtimeError(`${generatorKind(g)} ignored GeneratorExit`);
  return r.value;
}

function checkThrowArgs(args: PyValue[]): void {
  if (args.length < 1 || args.length > 3) throw typeError(`throw expected at least 1 argument, got ${args.length}`);
}

function suspended(g: PyGenerator): boolean {
  return g.started && !g.running && !g.finished;
}

for (const t of [generatorType, coroutineType]) {
  defMethod(t, 'send', (self, args) => send(gen(self), args[0] ?? None, null));
  defMethod(t, 'throw', (self, args) => {
    checkThrowArgs(args);
    return genThrow(gen(self), args);
  });
  defMethod(t, 'close', (self) => genClose(gen(self)));
}
for (const t of [generatorType, coroutineType, asyncGeneratorType]) {
  defGetSet(t, '__name__', (s) => gen(s).name);
  defGetSet(t, '__qualname__', (s) => gen(s).qualname);
  defMethod(t, '__repr__', (self) => `<${t.name} object ${gen(self).qualname} at 0x${objectId(self).toString(16)}>`);
}
defMethod(generatorType, '__iter__', (self) => self);
defMethod(generatorType, '__next__', (self) => send(gen(self), None, null));
defGetSet(generatorType, 'gi_running', (s) => gen(s).running);
defGetSet(generatorType, 'gi_frame', (s) => (gen(s).finished ? None : gen(s).frame));
defGetSet(generatorType, 'gi_code', (s) => gen(s).frame.code);
defGetSet(generatorType, 'gi_suspended', (s) => suspended(gen(s)));
defGetSet(generatorType, 'gi_yieldfrom', (s) => delegateOf(gen(s)) ?? None);

// ---- coroutines --------------------------------------------------------------------------------------

defGetSet(coroutineType, 'cr_running', (s) => gen(s).running);
defGetSet(coroutineType, 'cr_frame', (s) => (gen(s).finished ? None : gen(s).frame));
defGetSet(coroutineType, 'cr_code', (s) => gen(s).frame.code);
defGetSet(coroutineType, 'cr_suspended', (s) => suspended(gen(s)));
defGetSet(coroutineType, 'cr_await', (s) => delegateOf(gen(s)) ?? None);
// Origin tracking (sys.set_coroutine_origin_tracking_depth) is not implemented: always None.
defGetSet(coroutineType, 'cr_origin', () => None);
defMethod(coroutineType, '__await__', (self) => new PyCoroWrapper(gen(self)));

const wrapped = (v: PyValue): PyGenerator => (v as PyCoroWrapper).coro;
defMethod(coroutineWrapperType, '__iter__', (self) => self);
defMethod(coroutineWrapperType, '__next__', (self) => send(wrapped(self), None, null));
defMethod(coroutineWrapperType, 'send', (self, args) => send(wrapped(self), args[0] ?? None, null));
defMethod(coroutineWrapperType, 'throw', (self, args) => {
  checkThrowArgs(args);
  return genThrow(wrapped(self), args);
});
defMethod(coroutineWrapperType, 'close', (self) => genClose(wrapped(self)));

// ---- async generators --------------------------------------------------------------------------------

/**
 * async_gen_unwrap_value around one resumption of the async generator: a `yield` (a wrapped value)
 * ends the awaitable with StopIteration(value); a value passed up by an `await` inside is returned.
 */
function unwrapResult(g: PyGenerator, resume: () => PyValue): PyValue {
  let r: PyValue;
  try {
    r = resume();
  } catch (e) {
    if (e instanceof PyBaseException && (e.cls.isSubtypeOf(StopAsyncIteration) || e.cls.isSubtypeOf(GeneratorExit))) {
      g.closed = true;
    }
    g.runningAsync = false;
    throw e;
  }
  if (r instanceof PyAsyncGenWrappedValue) {
    g.runningAsync = false;
    throw stopIteration(r.value);
  }
  return r;
}

const ASEND_REUSED = 'cannot reuse already awaited __anext__()/asend()';
const ATHROW_REUSED = 'cannot reuse already awaited aclose()/athrow()';

function asendSend(o: PyAsyncGenASend, arg: PyValue): PyValue {
  if (o.state === AwaitableState.Closed) throw runtimeError(ASEND_REUSED);
  if (o.state === AwaitableState.Init) {
    if (o.gen.runningAsync) {
      o.state = AwaitableState.Closed;
      throw runtimeError('anext(): asynchronous generator is already running');
    }
    if (arg === None) arg = o.sendValue;
    o.state = AwaitableState.Iter;
  }
  o.gen.runningAsync = true;
  try {
    return unwrapResult(o.gen, () => send(o.gen, arg, null));
  } catch (e) {
    o.state = AwaitableState.Closed;
    throw e;
  }
}

function asendThrow(o: PyAsyncGenASend, args: PyValue[]): PyValue {
  if (o.state === AwaitableState.Closed) throw runtimeError(ASEND_REUSED);
  if (o.state === AwaitableState.Init) {
    if (o.gen.runningAsync) {
      o.state = AwaitableState.Closed;
      throw runtimeError('anext(): asynchronous generator is already running');
    }
    o.state = AwaitableState.Iter;
    o.gen.runningAsync = true;
  }
  try {
    return unwrapResult(o.gen, () => genThrow(o.gen, args));
  } catch (e) {
    o.state = AwaitableState.Closed;
    throw e;
  }
}

/** close() of an asend/athrow awaitable: GeneratorExit thrown in, the expected endings swallowed. */
function awaitableClose(state: AwaitableState, throwIn: () => PyValue): PyValue {
  if (state === AwaitableState.Closed) return None;
  try {
    throwIn();
  } catch (e) {
    if (e instanceof PyBaseException && (e.cls.isSubtypeOf(StopIteration) || e.cls.isSubtypeOf(StopAsyncIteration) ||
        e.cls.isSubtypeOf(GeneratorExit))) {
      return None;
    }
    throw e;
  }
  throw runtimeError('coroutine ignored GeneratorExit');
}

/** The end of an athrow/aclose awaitable by an exception (check_error in CPython). */
function athrowError(o: PyAsyncGenAThrow, e: unknown): never {
  o.gen.runningAsync = false;
  o.state = AwaitableState.Closed;
  if (o.args === null && e instanceof PyBaseException &&
      (e.cls.isSubtypeOf(StopAsyncIteration) || e.cls.isSubtypeOf(GeneratorExit))) {
    // An awaited aclose() is done: it ends like a finished coroutine.
    throw new PyBaseException(StopIteration, []);
  }
  throw e;
}

function athrowYieldedInClose(o: PyAsyncGenAThrow): never {
  o.gen.runningAsync = false;
  o.state = AwaitableState.Closed;
  throw runtimeError('async generator ignored GeneratorExit');
}

function athrowSend(o: PyAsyncGenAThrow, arg: PyValue): PyValue {
  const g = o.gen;
  if (o.state === AwaitableState.Closed) throw runtimeError(ATHROW_REUSED);
  if (g.finished) {
    o.state = AwaitableState.Closed;
    throw new PyBaseException(StopIteration, []);
  }
  if (o.state === AwaitableState.Init) {
    if (g.runningAsync) {
      o.state = AwaitableState.Closed;
      throw runtimeError(`${o.args === null ? 'aclose' : 'athrow'}(): asynchronous generator is already running`);
    }
    if (g.closed) {
      o.state = AwaitableState.Closed;
      throw new PyBaseException(StopAsyncIteration, []);
    }
    if (arg !== None) throw runtimeError("can't send non-None value to a just-started coroutine");
    o.state = AwaitableState.Iter;
    g.runningAsync = true;
    if (o.args === null) {
      g.closed = true;
      let r: PyValue;
      try {
        r = genThrow(g, [GeneratorExit], false);
      } catch (e) {
        return athrowError(o, e);
      }
      if (r instanceof PyAsyncGenWrappedValue) athrowYieldedInClose(o);
      return r;
    }
    try {
      return unwrapResult(g, () => genThrow(g, o.args!, false));
    } catch (e) {
      return athrowError(o, e);
    }
  }
  // CPython leaves an athrow awaitable's state as it is when it ends here; only the generator's flags change.
  if (o.args !== null) return unwrapResult(g, () => send(g, arg, null));
  let r: PyValue;
  try {
    r = send(g, arg, null);
  } catch (e) {
    return athrowError(o, e);
  }
  if (r instanceof PyAsyncGenWrappedValue) athrowYieldedInClose(o);
  return r;
}

function athrowThrow(o: PyAsyncGenAThrow, args: PyValue[]): PyValue {
  const g = o.gen;
  if (o.state === AwaitableState.Closed) throw runtimeError(ATHROW_REUSED);
  if (o.state === AwaitableState.Init) {
    if (g.runningAsync) {
      o.state = AwaitableState.Closed;
      throw runtimeError(`${o.args === null ? 'aclose' : 'athrow'}(): asynchronous generator is already running`);
    }
    o.state = AwaitableState.Iter;
    g.runningAsync = true;
  }
  if (o.args !== null) {
    try {
      return unwrapResult(g, () => genThrow(g, args));
    } catch (e) {
      o.state = AwaitableState.Closed;
      throw e;
    }
  }
  let r: PyValue;
  try {
    r = genThrow(g, args);
  } catch (e) {
    o.state = AwaitableState.Closed;
    if (e instanceof PyBaseException && (e.cls.isSubtypeOf(StopAsyncIteration) || e.cls.isSubtypeOf(GeneratorExit))) {
      throw new PyBaseException(StopIteration, []);
    }
    throw e;
  }
  if (r instanceof PyAsyncGenWrappedValue) athrowYieldedInClose(o);
  return r;
}

defMethod(asyncGeneratorType, '__aiter__', (self) => self);
defMethod(asyncGeneratorType, '__anext__', (self) => asyncGenAnext(gen(self), true));
defMethod(asyncGeneratorType, 'asend', (self, args) => {
  if (args.length !== 1) throw typeError(`async_generator.asend() takes exactly one argument (${args.length} given)`);
  initHooks(gen(self));
  const o = new PyAsyncGenASend(gen(self), args[0]);
  watchUntilAwaited(o);
  return o;
});
defMethod(asyncGeneratorType, 'athrow', (self, args) => {
  checkThrowArgs(args);
  initHooks(gen(self));
  const o = new PyAsyncGenAThrow(gen(self), args.slice());
  watchUntilAwaited(o);
  return o;
});
defMethod(asyncGeneratorType, 'aclose', (self) => {
  initHooks(gen(self));
  const o = new PyAsyncGenAThrow(gen(self), null);
  watchUntilAwaited(o);
  return o;
});
defGetSet(asyncGeneratorType, 'ag_running', (s) => gen(s).runningAsync);
defGetSet(asyncGeneratorType, 'ag_frame', (s) => (gen(s).finished ? None : gen(s).frame));
defGetSet(asyncGeneratorType, 'ag_code', (s) => gen(s).frame.code);
defGetSet(asyncGeneratorType, 'ag_suspended', (s) => suspended(gen(s)));
defGetSet(asyncGeneratorType, 'ag_await', (s) => delegateOf(gen(s)) ?? None);

const asend = (v: PyValue): PyAsyncGenASend => v as PyAsyncGenASend;
const athrow = (v: PyValue): PyAsyncGenAThrow => v as PyAsyncGenAThrow;

/** One step of an awaitable watched until first awaited (watchUntilAwaited): unwatched once it started. */
function watchedStep(o: PyAsyncGenASend | PyAsyncGenAThrow, step: () => PyValue): PyValue {
  try {
    return step();
  } finally {
    awaitableStarted(o);
  }
}
for (const t of [asyncGenASendType, asyncGenAThrowType]) {
  defMethod(t, '__iter__', (self) => self);
  defMethod(t, '__await__', (self) => self);
  defMethod(t, '__repr__', (self) => `<${t.name} object at 0x${objectId(self).toString(16)}>`);
}
defMethod(asyncGenASendType, '__next__', (self) => {
  const o = asend(self);
  return o.lifetimeWatched ? watchedStep(o, () => asendSend(o, None)) : asendSend(o, None);
});
defMethod(asyncGenASendType, 'send', (self, args) => {
  const o = asend(self);
  return o.lifetimeWatched ? watchedStep(o, () => asendSend(o, args[0] ?? None)) : asendSend(o, args[0] ?? None);
});
defMethod(asyncGenASendType, 'throw', (self, args) => {
  checkThrowArgs(args);
  const o = asend(self);
  return o.lifetimeWatched ? watchedStep(o, () => asendThrow(o, args)) : asendThrow(o, args);
});
defMethod(asyncGenASendType, 'close', (self) => {
  const o = asend(self);
  const close = (): PyValue => awaitableClose(o.state, () => asendThrow(o, [GeneratorExit]));
  return o.lifetimeWatched ? watchedStep(o, close) : close();
});
defMethod(asyncGenAThrowType, '__next__', (self) => {
  const o = athrow(self);
  return o.lifetimeWatched ? watchedStep(o, () => athrowSend(o, None)) : athrowSend(o, None);
});
defMethod(asyncGenAThrowType, 'send', (self, args) => {
  const o = athrow(self);
  return o.lifetimeWatched ? watchedStep(o, () => athrowSend(o, args[0] ?? None)) : athrowSend(o, args[0] ?? None);
});
defMethod(asyncGenAThrowType, 'throw', (self, args) => {
  checkThrowArgs(args);
  const o = athrow(self);
  return o.lifetimeWatched ? watchedStep(o, () => athrowThrow(o, args)) : athrowThrow(o, args);
});
defMethod(asyncGenAThrowType, 'close', (self) => {
  const o = athrow(self);
  const close = (): PyValue => awaitableClose(o.state, () => athrowThrow(o, [GeneratorExit]));
  return o.lifetimeWatched ? watchedStep(o, close) : close();
});

// ---- anext(aiter, default) ---------------------------------------------------------------------------

const anext = (v: PyValue): PyAnextAwaitable => v as PyAnextAwaitable;
defMethod(anextAwaitableType, '__await__', (self) => self);
defMethod(anextAwaitableType, '__iter__', (self) => self);
defMethod(anextAwaitableType, '__next__', (self) => anextStep(anext(self), (it) => sendTo(it, None)));
defMethod(anextAwaitableType, 'send', (self, args) => anextStep(anext(self), (it) => sendTo(it, args[0] ?? None)));
defMethod(anextAwaitableType, 'throw', (self, args) => {
  checkThrowArgs(args);
  return anextStep(anext(self), (it) => callObject(getAttr(it, 'throw'), args));
});
defMethod(anextAwaitableType, 'close', (self) => anextStep(anext(self), (it) => callObject(getAttr(it, 'close'), [])));
