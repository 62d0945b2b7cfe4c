// Python functions (made by MAKE_FUNCTION) and bound methods.
//
// A PyFunction is code + globals + defaults + closure; calling it builds a frame (runtime/frame.ts).
// Binding arguments to parameters lives in runtime/call.ts, not here.

import { PyObject, PyValue, makeBuiltinType } from './object.js';
import { PyCode, CO_HAS_DOCSTRING } from './code.js';
import { PyDict } from './dict.js';
import { PyCell } from './cell.js';
import { PyTuple } from './tuple.js';

export const functionType = makeBuiltinType('function');
functionType.isBaseType = false;
functionType.hasInstanceDict = true;
export const methodType = makeBuiltinType('method');
methodType.isBaseType = false;

export class PyFunction extends PyObject {
  name: string;
  qualname: string;
  defaults: PyTuple | null = null;
  kwdefaults: PyDict | null = null;
  closure: PyCell[] | null = null;
  annotations: PyValue | null = null;
  annotate: PyValue | null = null;
  typeParams: PyValue | null = null;
  doc: PyValue;
  module: PyValue;
  readonly builtins: PyDict;

  constructor(
    public code: PyCode,
    readonly globals: PyDict,
    builtins: PyDict,
  ) {
    super(functionType);
    code.decode();
    this.name = code.name;
    this.qualname = code.qualname;
    this.builtins = builtins;
    const mod = globals.getStr('__name__');
    this.module = mod === undefined ? noneValue() : mod;
    // A docstring is the first constant when the compiler flags it (CO_HAS_DOCSTRING).
    this.doc = code.flags & CO_HAS_DOCSTRING ? code.consts[0] : noneValue();
  }
}

/** A function bound to an object: obj.method. */
export class PyMethod extends PyObject {
  constructor(
    readonly func: PyValue,
    readonly self: PyValue,
  ) {
    super(methodType);
  }
}

import { None } from './singletons.js';
function noneValue(): PyValue {
  return None;
}
