// Calls from native typing objects into typing.py, as CPython's C code does (call_typing_func_object):
// TypeVar substitution, Generic[...] and type checks of union members live in Python, so the C side
// imports `typing` when it first needs one of them. Also the module a typing object is created in
// (the `caller()` of Objects/typevarobject.c).
//
// Nothing here may run at import time: typing.py itself imports the objects that call these.

import { PyValue } from './object.js';
import { None } from './singletons.js';
import { getAttr } from '../runtime/attributes.js';
import { callObject } from '../runtime/call.js';
import { importModule } from '../runtime/import.js';
import { currentInterpreter } from '../runtime/interpreter.js';

/** typing.<name> (typing is imported on first use). */
export function typingAttr(name: string): PyValue {
  return getAttr(importModule(currentInterpreter(), 'typing'), name);
}

/** typing.<name>(*args). */
export function callTyping(name: string, args: PyValue[], kwargs: Map<string, PyValue> | null = null): PyValue {
  return callObject(typingAttr(name), args, kwargs);
}

/** The `__module__` of the function whose code is running (None outside any), for TypeVar('T'). */
export function callerModule(): PyValue {
  const frame = currentInterpreter().frame;
  if (frame === null) return None;
  if (frame.func !== null) return frame.func.module;
  const name = frame.globals.getStr('__name__');
  return name === undefined ? None : name;
}
