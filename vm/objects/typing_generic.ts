// typing.Generic, the base class of user generic classes, as CPython 3.14 defines it in C, and
// INTRINSIC_SUBSCRIPT_GENERIC, the implicit `Generic[T]` base of `class C[T]: ...`. Its methods are in
// typing_generic_methods.ts (this file is imported by the opcode dispatcher and registers nothing).

import { PyValue, makeBuiltinType } from './object.js';
import { PyTuple } from './tuple.js';
import { unpackTypeVarTuples } from './typevar.js';
import { callTyping } from './typing_calls.js';

export const genericType = makeBuiltinType('Generic', undefined, 'typing');
genericType.attrs.set('__module__', 'typing');
genericType.doc = 'Abstract base class for generic types.';
// Generic adds no instance fields: it combines with any solid base (tuple, list, dict, ...).
genericType.sharesBaseLayout = true;

/** `class C[T, *Ts]` gets the base typing.Generic[T, Unpack[Ts]] (_Py_subscript_generic). */
export function subscriptGeneric(params: PyValue): PyValue {
  return callTyping('_GenericAlias', [genericType, unpackTypeVarTuples(params as PyTuple)]);
}
