// The CALL_INTRINSIC_1/2 operations of PEP 695 syntax (`def f[T: int, *Ts, **P = [int]]`, `class C[T]`,
// `type Alias[T] = ...`), for the opcode dispatcher (vm/opcodes/calls.ts) to call.
//
// Only the typing objects are made here; the dispatcher owns the frame and the stack. Imported by the
// dispatcher, this file (and what it imports) must not register methods at load time.

import { PyValue } from './object.js';
import { PyFunction } from './function.js';
import { makeTypeVar, makeParamSpec, makeTypeVarTuple, setTypeParamDefault } from './typevar.js';
import { makeTypeAlias } from './type_alias.js';
import { subscriptGeneric } from './typing_generic.js';
import { systemError } from '../runtime/raise.js';

/** CALL_INTRINSIC_1 7-11: TYPEVAR, PARAMSPEC, TYPEVARTUPLE, SUBSCRIPT_GENERIC, TYPEALIAS. */
export function typingIntrinsic1(which: number, v: PyValue): PyValue {
  switch (which) {
    case 7: return makeTypeVar(v, null, null);
    case 8: return makeParamSpec(v);
    case 9: return makeTypeVarTuple(v);
    case 10: return subscriptGeneric(v);
    case 11: return makeTypeAlias(v);
    default: throw systemError(`invalid intrinsic function ${which}`);
  }
}

/**
 * CALL_INTRINSIC_2 2-5 (value2 is the deeper stack item): TYPEVAR_WITH_BOUND(name, evaluate_bound),
 * TYPEVAR_WITH_CONSTRAINTS(name, evaluate_constraints), SET_FUNCTION_TYPE_PARAMS(func, params),
 * SET_TYPEPARAM_DEFAULT(param, evaluate_default).
 */
export function typingIntrinsic2(which: number, v2: PyValue, v1: PyValue): PyValue {
  switch (which) {
    case 2: return makeTypeVar(v2, v1, null);
    case 3: return makeTypeVar(v2, null, v1);
    case 4:
      (v2 as PyFunction).typeParams = v1;
      return v2;
    case 5: return setTypeParamDefault(v2, v1);
    default: throw systemError(`invalid intrinsic function ${which}`);
  }
}
