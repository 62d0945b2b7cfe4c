// Opcode helpers for IMPORT_NAME, IMPORT_FROM and `from m import *` (CALL_INTRINSIC_1 IMPORT_STAR).

import { PyValue } from '../objects/object.js';
import { PyNativeFunction } from '../objects/native.js';
import { None } from '../objects/singletons.js';
import { callObject } from '../runtime/call.js';
import { importFull, importFromModule, importStarInto } from '../runtime/import.js';
import { importError, systemError } from '../runtime/raise.js';
import type { Interpreter } from '../runtime/interpreter.js';
import type { Frame } from '../runtime/frame.js';

export function importName(interp: Interpreter, frame: Frame, name: string, fromlist: PyValue, level: PyValue): PyValue {
  const imp = frame.builtins.getStr('__import__');
  if (imp === undefined) throw importError('__import__ not found');
  if (imp instanceof PyNativeFunction && imp.name === '__import__' && imp === interp.builtins.getStr('__import__')) {
    return importFull(interp, name, frame.globals, fromlist, typeof level === 'number' ? level : 0);
  }
  return callObject(imp, [name, frame.globals, frame.locals ?? None, fromlist, level]);
}

export function importFrom(interp: Interpreter, module: PyValue, name: string): PyValue {
  return importFromModule(interp, module, name);
}

export function importStar(_interp: Interpreter, frame: Frame, module: PyValue): void {
  if (frame.locals === null) throw systemError("no locals found during 'import *'");
  importStarInto(module, frame.locals);
}
