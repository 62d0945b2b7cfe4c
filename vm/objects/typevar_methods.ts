// The methods of the type parameter objects of typevar.ts (TypeVar, ParamSpec, P.args/P.kwargs,
// TypeVarTuple, NoDefault, _ConstEvaluator), as CPython 3.14's Objects/typevarobject.c defines them.
// Substitution is typing.py's job: __typing_subst__ and __typing_prepare_subst__ call into it.

import { PyObject, PyType, PyValue, typeName } from './object.js';
import { PyTuple, tuple } from './tuple.js';
import { PyList } from './list.js';
import { defMethod, defNew, defGetSet, oneArg, noArgs } from './native.js';
import { None, NotImplemented, noneType } from './singletons.js';
import { typeArgRepr } from './generic_alias.js';
import { unionOfChecked } from './union_type.js';
import {
  NoDefault, noDefaultType, constEvaluatorType, PyConstEvaluator, PyTypeParam, PyParamSpecAttr, paramDefault,
  typeVarType, paramSpecType, typeVarTupleType, paramSpecArgsType, paramSpecKwargsType, unpackIterator,
} from './typevar.js';
import { callTyping, callerModule } from './typing_calls.js';
import { repr, str, truthy, eq, len, getItem, asIndex } from '../runtime/protocols.js';
import { getAttr, setAttr } from '../runtime/attributes.js';
import { callObject } from '../runtime/call.js';
import { typeError, valueError, attributeError } from '../runtime/raise.js';

type Kwargs = Map<string, PyValue> | null;

// ---- NoDefault ---------------------------------------------------------------------------------------

defNew(noDefaultType, (_cls, args, kwargs) => {
  if (args.length > 0 || (kwargs !== null && kwargs.size > 0)) throw typeError('NoDefaultType takes no arguments');
  return NoDefault;
});
defMethod(noDefaultType, '__repr__', () => 'typing.NoDefault');
defMethod(noDefaultType, '__reduce__', (_self, args, kwargs) => {
  noArgs('__reduce__', args, kwargs);
  return 'NoDefault';
});

// ---- _ConstEvaluator ----------------------------------------------------------------------------------

defNew(constEvaluatorType, () => {
  throw typeError("cannot create '_typing._ConstEvaluator' instances");
});
defMethod(constEvaluatorType, '__repr__', (self) => `<constevaluator ${repr((self as PyConstEvaluator).value)}>`);

/** annotationlib.Format.STRING: the evaluator answers with source-like text. */
const FORMAT_STRING = 4;

defMethod(constEvaluatorType, '__call__', (self, args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) throw typeError('constevaluator.__call__() takes no keyword arguments');
  if (args.length !== 1) throw typeError(`constevaluator.__call__() takes exactly 1 argument (${args.length} given)`);
  const format = asIndex(args[0]);
  const value = (self as PyConstEvaluator).value;
  if (format !== FORMAT_STRING) return value;
  if (value instanceof PyTuple) return '(' + value.items.map(typeArgRepr).join(', ') + ')';
  return typeArgRepr(value);
});

const TP = (v: PyValue): PyTypeParam => v as PyTypeParam;

/** Store the creating module as the instance's __module__ (made by the syntax, they have none). */
function setModule(p: PyTypeParam, module: PyValue): void {
  setAttr(p, '__module__', module);
}

function variancePrefix(p: PyTypeParam): string {
  if (p.inferVariance) return '';
  return p.covariant ? '+' : p.contravariant ? '-' : '~';
}

function readonly(): never {
  throw attributeError('readonly attribute');
}

function hasDefault(p: PyTypeParam): boolean {
  return p.evaluateDefault !== null || (p.defaultValue !== null && p.defaultValue !== NoDefault);
}

function evaluator(lazy: PyValue | null, value: PyValue | null): PyValue {
  if (lazy !== null) return lazy;
  if (value !== null) return new PyConstEvaluator(value);
  return None;
}

/** typevarobject.c's type_check: bounds go through typing._type_check (None is NoneType). */
function boundCheck(bound: PyValue): PyValue {
  return callTyping('_type_check', [bound, 'Bound must be a type.']);
}

function checkVariance(covariant: boolean, contravariant: boolean, inferVariance: boolean): void {
  if (covariant && contravariant) throw valueError('Bivariant types are not supported.');
  if (inferVariance && (covariant || contravariant)) throw valueError('Variance cannot be specified with infer_variance.');
}

/** The methods every kind of type parameter has. */
function defCommon(t: PyType, kind: string): void {
  defGetSet(t, '__name__', (self) => TP(self).name, readonly);
  defGetSet(t, '__default__', (self) => paramDefault(TP(self)));
  defGetSet(t, 'evaluate_default', (self) => evaluator(TP(self).evaluateDefault, TP(self).defaultValue));
  defMethod(t, 'has_default', (self, args, kwargs) => {
    noArgs(`${kind}.has_default`, args, kwargs);
    return hasDefault(TP(self));
  });
  defMethod(t, '__reduce__', (self, args, kwargs) => {
    noArgs(`${kind}.__reduce__`, args, kwargs);
    return TP(self).name;
  });
  defMethod(t, '__mro_entries__', (_self, args, kwargs) => {
    oneArg(`${kind}.__mro_entries__`, args, kwargs);
    throw typeError(`Cannot subclass an instance of ${kind}`);
  });
}

/** The variance flags of TypeVar and ParamSpec, and `|` (a typing.Union that accepts strings). */
function defVariance(t: PyType): void {
  defGetSet(t, '__covariant__', (self) => TP(self).covariant, readonly);
  defGetSet(t, '__contravariant__', (self) => TP(self).contravariant, readonly);
  defGetSet(t, '__infer_variance__', (self) => TP(self).inferVariance, readonly);
  defMethod(t, '__repr__', (self) => variancePrefix(TP(self)) + TP(self).name);
  defMethod(t, '__or__', (self, args) => unionOfChecked(self, oneArg('__or__', args, null)));
  defMethod(t, '__ror__', (self, args) => unionOfChecked(oneArg('__ror__', args, null), self));
}

// ---- argument parsing (Argument Clinic's messages) ----------------------------------------------------

interface Signature {
  fname: string;
  /** Positional-or-keyword parameters; the first `required` of them must be given. */
  positional: readonly string[];
  required: number;
  /** Collect extra positional arguments (TypeVar's *constraints). */
  varargs: boolean;
  keywordOnly: readonly string[];
}

/** Bind the arguments of a clinic-generated __new__; slots are undefined where not given. */
function parseArgs(sig: Signature, args: PyValue[], kwargs: Kwargs): { values: Map<string, PyValue>; extra: PyValue[] } {
  const { fname, positional } = sig;
  const max = positional.length;
  const total = args.length + (kwargs === null ? 0 : kwargs.size);
  const maxTotal = max + sig.keywordOnly.length;
  if (!sig.varargs && total > maxTotal) {
    throw typeError(`${fname}() takes at most ${maxTotal} argument${maxTotal === 1 ? '' : 's'} (${total} given)`);
  }
  if (!sig.varargs && args.length > max) {
    const how = sig.required === max ? 'exactly' : 'at most';
    throw typeError(`${fname}() takes ${how} ${max} positional argument${max === 1 ? '' : 's'} (${args.length} given)`);
  }
  const values = new Map<string, PyValue>();
  const n = Math.min(args.length, max);
  for (let i = 0; i < n; i++) values.set(positional[i], args[i]);
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      const pi = positional.indexOf(k);
      if (pi < 0 && !sig.keywordOnly.includes(k)) throw typeError(`${fname}() got an unexpected keyword argument '${k}'`);
      if (pi >= 0 && pi < n) throw typeError(`argument for ${fname}() given by name ('${k}') and position (${pi + 1})`);
      values.set(k, v);
    }
  }
  for (let i = 0; i < sig.required; i++) {
    if (!values.has(positional[i])) throw typeError(`${fname}() missing required argument '${positional[i]}' (pos ${i + 1})`);
  }
  return { values, extra: sig.varargs ? args.slice(max) : [] };
}

function nameArg(fname: string, v: PyValue | undefined): string {
  if (typeof v !== 'string') throw typeError(`${fname}() argument 'name' must be str, not ${typeName(v!)}`);
  return v;
}

function flag(v: PyValue | undefined): boolean {
  return v === undefined ? false : truthy(v);
}

// ---- TypeVar -------------------------------------------------------------------------------------------

const TYPEVAR_SIG: Signature = {
  fname: 'typevar', positional: ['name'], required: 1, varargs: true,
  keywordOnly: ['bound', 'default', 'covariant', 'contravariant', 'infer_variance'],
};

defNew(typeVarType, (cls, args, kwargs) => {
  const { values, extra } = parseArgs(TYPEVAR_SIG, args, kwargs);
  const name = nameArg('typevar', values.get('name'));
  const covariant = flag(values.get('covariant'));
  const contravariant = flag(values.get('contravariant'));
  const inferVariance = flag(values.get('infer_variance'));
  checkVariance(covariant, contravariant, inferVariance);
  const boundArg = values.get('bound') ?? None;
  const bound = boundArg === None ? null : boundCheck(boundArg);
  if (extra.length === 1) throw typeError('A single constraint is not allowed');
  if (extra.length > 1 && bound !== null) throw typeError('Constraints cannot be combined with bound=...');
  const tv = new PyTypeParam(cls, name);
  tv.bound = bound;
  tv.constraints = extra.length > 1 ? tuple(extra) : null;
  tv.defaultValue = values.get('default') ?? NoDefault;
  tv.covariant = covariant;
  tv.contravariant = contravariant;
  tv.inferVariance = inferVariance;
  setModule(tv, callerModule());
  return tv;
});

defCommon(typeVarType, 'TypeVar');
defVariance(typeVarType);

defGetSet(typeVarType, '__bound__', (self) => {
  const p = TP(self);
  if (p.bound !== null) return p.bound;
  if (p.evaluateBound === null) return None;
  p.bound = callObject(p.evaluateBound, []);
  return p.bound;
});
defGetSet(typeVarType, '__constraints__', (self) => {
  const p = TP(self);
  if (p.constraints !== null) return p.constraints;
  if (p.evaluateConstraints === null) return tuple([]);
  p.constraints = callObject(p.evaluateConstraints, []);
  return p.constraints;
});
defGetSet(typeVarType, 'evaluate_bound', (self) => evaluator(TP(self).evaluateBound, TP(self).bound));
defGetSet(typeVarType, 'evaluate_constraints', (self) => evaluator(TP(self).evaluateConstraints, TP(self).constraints));

defMethod(typeVarType, '__typing_subst__', (self, args, kwargs) => {
  const arg = oneArg('TypeVar.__typing_subst__', args, kwargs);
  return callTyping('_typevar_subst', [self, arg]);
});

defMethod(typeVarType, '__typing_prepare_subst__', (self, args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) throw typeError('TypeVar.__typing_prepare_subst__() takes no keyword arguments');
  if (args.length !== 2) throw typeError(`__typing_prepare_subst__ expected 2 arguments, got ${args.length}`);
  const [alias, given] = args;
  const params = getAttr(alias, '__parameters__');
  const i = sequenceIndex(params, self);
  const n = len(given);
  if (i < n) return given;
  if (i === n) {
    // A missing trailing argument takes the TypeVar's default.
    const dflt = paramDefault(TP(self));
    if (dflt !== NoDefault) return callObject(getAttr(given, '__add__'), [tuple([dflt])]);
  }
  throw typeError(`Too few arguments for ${str(alias)}; actual ${n}, expected at least ${i + 1}`);
});

/** PySequence_Index: the first position holding something equal to x. */
function sequenceIndex(seq: PyValue, x: PyValue): number {
  const items = seq instanceof PyTuple || seq instanceof PyList ? seq.items : null;
  if (items !== null) {
    for (let i = 0; i < items.length; i++) if (items[i] === x || eq(items[i], x)) return i;
  } else {
    for (let i = 0; ; i++) {
      let item: PyValue;
      try {
        item = getItem(seq, i);
      } catch {
        break;
      }
      if (item === x || eq(item, x)) return i;
    }
  }
  throw valueError('sequence.index(x): x not in sequence');
}

// ---- ParamSpec ------------------------------------------------------------------------------------------

const PARAMSPEC_SIG: Signature = {
  fname: 'paramspec', positional: ['name'], required: 1, varargs: false,
  keywordOnly: ['bound', 'default', 'covariant', 'contravariant', 'infer_variance'],
};

defNew(paramSpecType, (cls, args, kwargs) => {
  const { values } = parseArgs(PARAMSPEC_SIG, args, kwargs);
  const name = nameArg('paramspec', values.get('name'));
  const covariant = flag(values.get('covariant'));
  const contravariant = flag(values.get('contravariant'));
  const inferVariance = flag(values.get('infer_variance'));
  checkVariance(covariant, contravariant, inferVariance);
  const ps = new PyTypeParam(cls, name);
  // Unlike TypeVar's, a ParamSpec's bound of None is kept, as NoneType (3.14's paramspec_new).
  const bound = values.get('bound') ?? None;
  ps.bound = bound === None ? noneType : boundCheck(bound);
  ps.defaultValue = values.get('default') ?? NoDefault;
  ps.covariant = covariant;
  ps.contravariant = contravariant;
  ps.inferVariance = inferVariance;
  setModule(ps, callerModule());
  return ps;
});

defCommon(paramSpecType, 'ParamSpec');
defVariance(paramSpecType);
defGetSet(paramSpecType, '__bound__', (self) => TP(self).bound ?? None, readonly);
defGetSet(paramSpecType, 'args', (self) => new PyParamSpecAttr(paramSpecArgsType, self));
defGetSet(paramSpecType, 'kwargs', (self) => new PyParamSpecAttr(paramSpecKwargsType, self));

defMethod(paramSpecType, '__typing_subst__', (self, args, kwargs) => {
  const arg = oneArg('ParamSpec.__typing_subst__', args, kwargs);
  return callTyping('_paramspec_subst', [self, arg]);
});
defMethod(paramSpecType, '__typing_prepare_subst__', (self, args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) throw typeError('ParamSpec.__typing_prepare_subst__() takes no keyword arguments');
  if (args.length !== 2) throw typeError(`__typing_prepare_subst__ expected 2 arguments, got ${args.length}`);
  return callTyping('_paramspec_prepare_subst', [self, args[0], args[1]]);
});

// ---- P.args and P.kwargs ----------------------------------------------------------------------------------

function defParamSpecAttr(t: PyType, kind: string, suffix: string): void {
  defNew(t, (cls, args, kwargs) => {
    const { values } = parseArgs({ fname: kind.toLowerCase(), positional: ['origin'], required: 1, varargs: false, keywordOnly: [] }, args, kwargs);
    return new PyParamSpecAttr(cls, values.get('origin')!);
  });
  defGetSet(t, '__origin__', (self) => (self as PyParamSpecAttr).origin, readonly);
  defMethod(t, '__repr__', (self) => {
    const o = (self as PyParamSpecAttr).origin;
    return (o instanceof PyTypeParam && o.cls === paramSpecType ? o.name : repr(o)) + suffix;
  });
  defMethod(t, '__eq__', (self, args) => {
    const other = oneArg('__eq__', args, null);
    if (!(other instanceof PyParamSpecAttr) || other.cls !== (self as PyObject).cls) return NotImplemented;
    return eq((self as PyParamSpecAttr).origin, other.origin);
  });
  defMethod(t, '__ne__', (self, args) => {
    const other = oneArg('__ne__', args, null);
    if (!(other instanceof PyParamSpecAttr) || other.cls !== (self as PyObject).cls) return NotImplemented;
    return !eq((self as PyParamSpecAttr).origin, other.origin);
  });
  // Comparing by origin without a matching hash makes them unhashable, as in CPython.
  t.attrs.set('__hash__', None);
  defMethod(t, '__mro_entries__', (_self, args, kwargs) => {
    oneArg(`${kind}.__mro_entries__`, args, kwargs);
    throw typeError(`Cannot subclass an instance of ${kind}`);
  });
}

defParamSpecAttr(paramSpecArgsType, 'ParamSpecArgs', '.args');
defParamSpecAttr(paramSpecKwargsType, 'ParamSpecKwargs', '.kwargs');

// ---- TypeVarTuple -----------------------------------------------------------------------------------------

const TYPEVARTUPLE_SIG: Signature = {
  fname: 'typevartuple', positional: ['name'], required: 1, varargs: false, keywordOnly: ['default'],
};

defNew(typeVarTupleType, (cls, args, kwargs) => {
  const { values } = parseArgs(TYPEVARTUPLE_SIG, args, kwargs);
  const tvt = new PyTypeParam(cls, nameArg('typevartuple', values.get('name')));
  tvt.defaultValue = values.get('default') ?? NoDefault;
  setModule(tvt, callerModule());
  return tvt;
});

defCommon(typeVarTupleType, 'TypeVarTuple');
defMethod(typeVarTupleType, '__repr__', (self) => TP(self).name);
defMethod(typeVarTupleType, '__iter__', (self) => unpackIterator(self));
defMethod(typeVarTupleType, '__typing_subst__', (_self, args, kwargs) => {
  oneArg('TypeVarTuple.__typing_subst__', args, kwargs);
  throw typeError('Substitution of bare TypeVarTuple is not supported');
});
defMethod(typeVarTupleType, '__typing_prepare_subst__', (self, args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) throw typeError('TypeVarTuple.__typing_prepare_subst__() takes no keyword arguments');
  if (args.length !== 2) throw typeError(`__typing_prepare_subst__ expected 2 arguments, got ${args.length}`);
  return callTyping('_typevartuple_prepare_subst', [self, args[0], args[1]]);
});

