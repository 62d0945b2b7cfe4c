// generator.send/throw/close/__next__/__iter__ and the gi_* attributes.

import { PyValue, PyType, typeOf } from './object.js';
import { defMethod, defGetSet } from './native.js';
import { PyGenerator, generatorType, coroutineType } from './generator.js';
import { None } from './singletons.js';
import { PyBaseException, StopIteration, GeneratorExit, BaseException, excSetAttr } from './exceptions.js';
import { currentInterpreter } from '../runtime/interpreter.js';
import { callObject } from '../runtime/call.js';
import { objectId } from '../runtime/protocols.js';
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

for (const t of [generatorType, coroutineType]) {
  defMethod(t, 'send', (self, args) => send(gen(self), args[0] ?? None, null));
  defMethod(t, 'throw', (self, args) => {
    let [typ, val] = args;
    let exc: PyBaseException;
    if (typ instanceof PyType && typ.isSubtypeOf(BaseException)) {
      exc = val instanceof PyBaseException ? val : (callObject(typ, val === undefined || val === None ? [] : [val]) as PyBaseException);
    } else if (typ instanceof PyBaseException) {
      if (val !== undefined && val !== None) throw typeError('instance exception may not have a separate value');
      exc = typ;
    } else {
      throw typeError(`exceptions must be classes or instances deriving from BaseException, not ${typeOf(typ).name}`);
    }
    return send(gen(self), None, exc);
  });
  defMethod(t, 'close', (self) => {
    const g = gen(self);
    if (g.finished || !g.started) {
      g.finished = true;
      return None;
    }
    try {
      currentInterpreter().resumeGenerator(g, None, new PyBaseException(GeneratorExit, []));
    } catch (e) {
      if (e instanceof PyBaseException && (e.cls.isSubtypeOf(GeneratorExit) || e.cls.isSubtypeOf(StopIteration))) return None;
      throw e;
    }
    if (!g.finished) throw runtimeError('generator ignored GeneratorExit');
    return None;
  });
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
defGetSet(generatorType, 'gi_yieldfrom', (s) => gen(s).yieldFrom);
