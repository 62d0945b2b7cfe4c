// Type parameters, as CPython 3.14's Objects/typevarobject.c makes them: typing.TypeVar, ParamSpec
// (with its .args/.kwargs, ParamSpecArgs/ParamSpecKwargs), TypeVarTuple, the NoDefault marker and
// _typing._ConstEvaluator (what evaluate_bound & co. return for values given eagerly). This file holds
// the objects and the constructors the PEP 695 syntax uses (`def f[T: int]()`, through the
// CALL_INTRINSIC opcodes); their methods are in typevar_methods.ts.
//
// It is imported by the opcode dispatcher, so it must not register methods or call into other object
// modules at load time. Bounds, constraints and defaults made by the syntax are evaluated lazily.

import { PyObject, PyType, PyValue, makeBuiltinType } from './object.js';
import { PyTuple, tuple } from './tuple.js';
import { typingAttr } from './typing_calls.js';
import { repr, getItem, getIter } from '../runtime/protocols.js';
import { callObject } from '../runtime/call.js';
import { typeError } from '../runtime/raise.js';

function typingType(name: string): PyType {
  const t = makeBuiltinType(name, undefined, 'typing');
  t.attrs.set('__module__', 'typing');
  t.isBaseType = false;
  return t;
}

// ---- NoDefault ---------------------------------------------------------------------------------------

export const noDefaultType = makeBuiltinType('NoDefaultType');
noDefaultType.isBaseType = false;
noDefaultType.doc = 'The type of the NoDefault singleton.';
/** typing.NoDefault: "this type parameter has no default" (None is a valid default). */
export const NoDefault = new PyObject(noDefaultType);

// ---- _ConstEvaluator ----------------------------------------------------------------------------------

export const constEvaluatorType = makeBuiltinType('_ConstEvaluator', undefined, '_typing');
constEvaluatorType.attrs.set('__module__', '_typing');
constEvaluatorType.isBaseType = false;
constEvaluatorType.doc = 'Internal type for implementing evaluation functions.';

/** A callable standing for an annotate-style evaluation function of a value known already. */
export class PyConstEvaluator extends PyObject {
  constructor(readonly value: PyValue) {
    super(constEvaluatorType);
  }
}

// ---- the common object ----------------------------------------------------------------------------------

/**
 * A TypeVar, ParamSpec or TypeVarTuple (told apart by `cls`). A value left null is computed on first
 * access by calling its evaluate* function (PEP 695 lazy evaluation), or has no value.
 */
export class PyTypeParam extends PyObject {
  bound: PyValue | null = null;
  evaluateBound: PyValue | null = null;
  constraints: PyValue | null = null;
  evaluateConstraints: PyValue | null = null;
  defaultValue: PyValue | null = null;
  evaluateDefault: PyValue | null = null;
  covariant = false;
  contravariant = false;
  inferVariance = false;

  constructor(cls: PyType, readonly name: string) {
    super(cls);
  }
}

export const typeVarType = typingType('TypeVar');
export const paramSpecType = typingType('ParamSpec');
export const typeVarTupleType = typingType('TypeVarTuple');
export const paramSpecArgsType = typingType('ParamSpecArgs');
export const paramSpecKwargsType = typingType('ParamSpecKwargs');
// Instances keep arbitrary attributes (__module__ among them), though they show no __dict__.
typeVarType.hasInstanceDict = true;
paramSpecType.hasInstanceDict = true;
typeVarTupleType.hasInstanceDict = true;

/** __default__: the default, evaluated once; NoDefault when there is none. */
export function paramDefault(p: PyTypeParam): PyValue {
  if (p.defaultValue !== null) return p.defaultValue;
  if (p.evaluateDefault === null) return NoDefault;
  p.defaultValue = callObject(p.evaluateDefault, []);
  return p.defaultValue;
}

/** INTRINSIC_TYPEVAR and its _WITH_BOUND/_WITH_CONSTRAINTS forms: `def f[T: int]()`. */
export function makeTypeVar(name: PyValue, evaluateBound: PyValue | null, evaluateConstraints: PyValue | null): PyTypeParam {
  const tv = new PyTypeParam(typeVarType, name as string);
  tv.evaluateBound = evaluateBound;
  tv.evaluateConstraints = evaluateConstraints;
  tv.inferVariance = true;
  return tv;
}

/** INTRINSIC_PARAMSPEC: `def f[**P]()`. */
export function makeParamSpec(name: PyValue): PyTypeParam {
  const ps = new PyTypeParam(paramSpecType, name as string);
  ps.inferVariance = true;
  return ps;
}

export class PyParamSpecAttr extends PyObject {
  constructor(cls: PyType, readonly origin: PyValue) {
    super(cls);
  }
}

/** INTRINSIC_TYPEVARTUPLE: `def f[*Ts]()`. */
export function makeTypeVarTuple(name: PyValue): PyTypeParam {
  const tvt = new PyTypeParam(typeVarTupleType, name as string);
  tvt.inferVariance = true;
  return tvt;
}

/** `*Ts` (and `*Alias`): iterating yields typing.Unpack[self] once (unpack_iter). */
export function unpackIterator(self: PyValue): PyValue {
  const unpacked = getItem(typingAttr('Unpack'), self);
  return getIter(tuple([unpacked]));
}

/** Generic[...] needs TypeVarTuples unpacked: `class C[*Ts]` is Generic[Unpack[Ts]] (unpack_typevartuples). */
export function unpackTypeVarTuples(params: PyTuple): PyTuple {
  if (!params.items.some((p) => p instanceof PyTypeParam && p.cls === typeVarTupleType)) return params;
  const unpack = typingAttr('Unpack');
  return new PyTuple(params.items.map((p) => (p instanceof PyTypeParam && p.cls === typeVarTupleType ? getItem(unpack, p) : p)));
}

/** INTRINSIC_SET_TYPEPARAM_DEFAULT: `[T = int]` gives T its lazily evaluated default. */
export function setTypeParamDefault(param: PyValue, evaluateDefault: PyValue): PyValue {
  if (!(param instanceof PyTypeParam)) throw typeError(`Expected a type param, got ${repr(param)}`);
  param.evaluateDefault = evaluateDefault;
  return param;
}

/** get_type_param_default: a type parameter's default (NoDefault if none); TypeError for others. */
export function typeParamDefault(param: PyValue): PyValue {
  if (!(param instanceof PyTypeParam)) throw typeError(`Expected a type param, got ${repr(param)}`);
  return paramDefault(param);
}

