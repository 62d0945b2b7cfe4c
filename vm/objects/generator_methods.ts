// generator.send/throw/close/__next__/__iter__ and the gi_* attributes.

import { PyValue, PyType, typeName } from './object.js';
import { defMethod, defGetSet } from './native.js';
import { PyGenerator, generatorType, coroutineType } from './generator.js';
import { None } from './singletons.js';
import { PyBaseException, StopIteration, GeneratorExit, BaseException, excSetAttr } from './exceptions.js';
import { PyTuple } from './tuple.js';
import { PyTraceback } from './traceback.js';
import { Op } from '../bytecode/opcodes.js';
import { currentInterpreter } from '../runtime/interpreter.js';
import { getAttrOrUndefined } from '../runtime/attributes.js';
import { callObject } from '../runtime/call.js';
import { objectId, repr } from '../runtime/protocols.js';
import { typeError, runtimeError } from '../runtime/raise.js';

const gen = (v: PyValue): PyGenerator => v as PyGenerator;

function stopIteration(value: PyValue): PyBaseException {
  const e = new PyBaseException(StopIteration, value === None ? [] : [value]);
  excSetAttr(e, 'value', value);
  return e;
}

function send(g: PyGenerator, value: PyValue, exc: PyBaseException | null): PyValue {
  const r = currentInterpreter().resumeGenerator(g, value, exc);
  if (r.done) throw stopIteration(r.value);
  return r.value;
}

/**
 * The iterator a generator suspended in `yield from`/`await` delegates to (CPython's _PyGen_yf): the
 * frame stopped at a YIELD_VALUE with oparg 1 keeps the receiver on top of its stack.
 */
export function delegateOf(g: PyGenerator): PyValue | null {
  if (!g.started || g.running || g.finished) return null;
  const f = g.frame;
  const code = f.code;
  if (f.lasti < 0 || code.ops[f.lasti] !== Op.YIELD_VALUE || code.args[f.lasti] !== 1) return null;
  return f.slots[f.sp - 1] as PyValue;
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
  if (yf instanceof PyGenerator) {
    genClose(yf);
    return;
  }
  const close = getAttrOrUndefined(yf, 'close');
  if (close !== undefined) callObject(close, []);
}

/** generator.throw: first into the delegate of a `yield from`, then into the generator itself. */
export function genThrow(g: PyGenerator, args: PyValue[]): PyValue {
  const [typ, val, tb] = args;
  const yf = delegateOf(g);
  if (yf !== null) {
    if (typ === GeneratorExit || (typ instanceof PyBaseException && typ.cls.isSubtypeOf(GeneratorExit)) ||
        (typ instanceof PyType && typ.isSubtypeOf(GeneratorExit))) {
      try {
        whileExecuting(g, () => closeIter(yf));
      } catch (e) {
        if (!(e instanceof PyBaseException)) throw e;
        return send(g, None, e);
      }
    } else {
      let ret: PyValue;
      try {
        if (yf instanceof PyGenerator) {
          ret = whileExecuting(g, () => genThrow(yf, args));
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
  if (!r.done) throw runtimeError(`${g.cls === coroutineType ? 'coroutine' : 'generator'} ignored GeneratorExit`);
  return r.value;
}

for (const t of [generatorType, coroutineType]) {
  defMethod(t, 'send', (self, args) => send(gen(self), args[0] ?? None, null));
  defMethod(t, 'throw', (self, args) => {
    if (args.length < 1 || args.length > 3) throw typeError(`throw expected at least 1 argument, got ${args.length}`);
    return genThrow(gen(self), args);
  });
  defMethod(t, 'close', (self) => genClose(gen(self)));
  defGetSet(t, '__name__', (s) => gen(s).name);
  defGetSet(t, '__qualname__', (s) => gen(s).qualname);
  defMethod(t, '__repr__', (self) => `<${t.name} object ${gen(self).qualname} at 0x${objectId(self).toString(16)}>`);
}
defMethod(generatorType, '__iter__', (self) => self);
defMethod(generatorType, '__next__', (self) => send(gen(self), None, null));
defGetSet(generatorType, 'gi_running', (s) => gen(s).running);
defGetSet(generatorType, 'gi_frame', (s) => (gen(s).finished ? None : gen(s).frame));
defGetSet(generatorType, 'gi_code', (s) => gen(s).frame.code);
defGetSet(generatorType, 'gi_suspended', (s) => gen(s).started && !gen(s).running && !gen(s).finished);
defGetSet(generatorType, 'gi_yieldfrom', (s) => delegateOf(gen(s)) ?? None);
