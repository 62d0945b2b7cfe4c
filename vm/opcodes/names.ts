// Opcode helpers for name resolution: LOAD_NAME, DELETE_NAME, LOAD_FROM_DICT_OR_GLOBALS,
// LOAD_FROM_DICT_OR_DEREF, the unbound-variable errors, LOAD_COMMON_CONSTANT, SETUP_ANNOTATIONS.

import { PyValue } from '../objects/object.js';
import { PyCode, CO_FAST_FREE } from '../objects/code.js';
import { PyDict } from '../objects/dict.js';
import { PyCell } from '../objects/cell.js';
import { PyBaseException, NameError, UnboundLocalError, AssertionError, NotImplementedError, KeyError, excSetAttr } from '../objects/exceptions.js';
import { tupleType } from '../objects/tuple.js';
import { Frame } from '../runtime/frame.js';
import { getItem, setItem, delItem } from '../runtime/protocols.js';
import { systemError } from '../runtime/raise.js';
import type { Interpreter } from '../runtime/interpreter.js';

export function nameNotDefined(name: string): PyBaseException {
  const e = new PyBaseException(NameError, [`name '${name}' is not defined`]);
  excSetAttr(e, 'name', name);
  return e;
}

function lookupMapping(m: PyDict, name: string): PyValue | undefined {
  if (!m.cls.isHeap) return m.getStr(name);
  try {
    return getItem(m, name);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(KeyError)) return undefined;
    throw e;
  }
}

export function loadName(frame: Frame, name: string): PyValue {
  const locals = frame.locals;
  if (locals === null) throw systemError(`no locals when loading '${name}'`);
  let v = lookupMapping(locals, name);
  if (v !== undefined) return v;
  v = frame.globals.getStr(name);
  if (v !== undefined) return v;
  v = lookupMapping(frame.builtins, name);
  if (v !== undefined) return v;
  throw nameNotDefined(name);
}

// LOAD_GLOBAL when globals or builtins are a dict subclass (a function made with
// types.FunctionType(code, MyDict()), as annotationlib does to evaluate annotations with fake
// globals): CPython then looks both up through the mapping protocol, so __getitem__ and
// __missing__ are honoured. The interpreter keeps the exact-dict fast path inline.
export function loadGlobalMapping(frame: Frame, name: string): PyValue {
  let v = lookupMapping(frame.globals, name);
  if (v !== undefined) return v;
  v = lookupMapping(frame.builtins, name);
  if (v !== undefined) return v;
  throw nameNotDefined(name);
}

export function deleteName(frame: Frame, name: string): void {
  const locals = frame.locals;
  if (locals === null) throw systemError(`no locals when deleting '${name}'`);
  if (locals.cls.isHeap) {
    try {
      delItem(locals, name);
    } catch {
      throw nameNotDefined(name);
    }
    return;
  }
  if (!locals.deleteStr(name)) throw nameNotDefined(name);
}

export function loadFromDictOrGlobals(frame: Frame, mapping: PyValue, name: string): PyValue {
  const v = mapping instanceof PyDict ? lookupMapping(mapping, name) : undefined;
  if (v !== undefined) return v;
  // Like LOAD_GLOBAL (and unlike LOAD_NAME), a dict-subclass globals is read as a mapping.
  const g = lookupMapping(frame.globals, name) ?? lookupMapping(frame.builtins, name);
  if (g === undefined) throw nameNotDefined(name);
  return g;
}

export function loadFromDictOrDeref(frame: Frame, mapping: PyValue, index: number): PyValue {
  const name = frame.code.localsplusnames[index];
  const v = mapping instanceof PyDict ? lookupMapping(mapping, name) : undefined;
  if (v !== undefined) return v;
  const cell = frame.slots[index] as PyCell;
  if (cell.value === undefined) throw unboundDeref(frame.code, index);
  return cell.value;
}

export function unboundDeref(code: PyCode, index: number): PyBaseException {
  const name = code.localsplusnames[index];
  if (code.localspluskinds[index] & CO_FAST_FREE) {
    const e = new PyBaseException(NameError, [
      `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`,
    ]);
    return e;
  }
  return new PyBaseException(UnboundLocalError, [
    `cannot access local variable '${name}' where it is not associated with a value`,
  ]);
}

export function commonConstant(interp: Interpreter, index: number): PyValue {
  switch (index) {
    case 0: return AssertionError;
    case 1: return NotImplementedError;
    case 2: return tupleType;
    case 3: return interp.builtins.getStr('all')!;
    default: return interp.builtins.getStr('any')!;
  }
}

export function setupAnnotations(frame: Frame): void {
  const locals = frame.locals;
  if (locals === null) throw systemError('no locals found when setting up annotations');
  if (lookupMapping(locals, '__annotations__') === undefined) {
    if (locals.cls.isHeap) setItem(locals, '__annotations__', new PyDict());
    else locals.setStr('__annotations__', new PyDict());
  }
}
