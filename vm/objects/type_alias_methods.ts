// The methods of typing.TypeAliasType (type_alias.ts): the alias prints as its name, computes its value
// on first use, subscripts to a GenericAlias when generic and takes part in `|`.

import { PyValue, typeName } from './object.js';
import { PyTuple, tuple } from './tuple.js';
import { PyFunction } from './function.js';
import { defMethod, defNew, defGetSet, oneArg, noArgs } from './native.js';
import { None } from './singletons.js';
import { genericAlias } from './generic_alias.js';
import { unionTypeOr, unionableTypes } from './union_type.js';
import { NoDefault, PyConstEvaluator, typeParamDefault, unpackTypeVarTuples, unpackIterator } from './typevar.js';
import { typeAliasType, PyTypeAlias } from './type_alias.js';
import { callerModule } from './typing_calls.js';
import { repr } from '../runtime/protocols.js';
import { callObject } from '../runtime/call.js';
import { typeError, attributeError } from '../runtime/raise.js';

unionableTypes.add(typeAliasType);

const TA = (v: PyValue): PyTypeAlias => v as PyTypeAlias;

function aliasValue(a: PyTypeAlias): PyValue {
  if (a.value === null) a.value = callObject(a.computeValue!, []);
  return a.value;
}

/** typealias_check_type_params: only type parameters, and none without a default after one with. */
function checkTypeParams(params: PyTuple): PyTuple | null {
  if (params.items.length === 0) return null;
  let defaultSeen = false;
  for (const p of params.items) {
    if (typeParamDefault(p) === NoDefault) {
      if (defaultSeen) throw typeError(`non-default type parameter '${repr(p)}' follows default type parameter`);
    } else {
      defaultSeen = true;
    }
  }
  return params;
}

defNew(typeAliasType, (_cls, args, kwargs) => {
  const total = args.length + (kwargs === null ? 0 : kwargs.size);
  if (total > 3) throw typeError(`typealias() takes at most 3 arguments (${total} given)`);
  if (args.length > 2) throw typeError(`typealias() takes exactly 2 positional arguments (${args.length} given)`);
  const named: (PyValue | undefined)[] = [args[0], args[1], undefined];
  const names = ['name', 'value', 'type_params'];
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      const i = names.indexOf(k);
      if (i < 0) throw typeError(`typealias() got an unexpected keyword argument '${k}'`);
      if (i < args.length) throw typeError(`argument for typealias() given by name ('${k}') and position (${i + 1})`);
      named[i] = v;
    }
  }
  for (let i = 0; i < 2; i++) {
    if (named[i] === undefined) throw typeError(`typealias() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  const name = named[0]!;
  if (typeof name !== 'string') throw typeError(`typealias() argument 'name' must be str, not ${typeName(name)}`);
  const params = named[2];
  if (params !== undefined && !(params instanceof PyTuple)) throw typeError('type_params must be a tuple');
  const checked = params === undefined ? null : checkTypeParams(params);
  return new PyTypeAlias(name, checked, null, named[1]!, callerModule());
});

function readonly(): never {
  throw attributeError('readonly attribute');
}

defGetSet(typeAliasType, '__name__', (self) => TA(self).name, readonly);
defGetSet(typeAliasType, '__value__', (self) => aliasValue(TA(self)));
defGetSet(typeAliasType, 'evaluate_value', (self) => {
  const a = TA(self);
  return a.computeValue !== null ? a.computeValue : new PyConstEvaluator(a.value!);
});
defGetSet(typeAliasType, '__type_params__', (self) => TA(self).typeParams ?? tuple([]));
defGetSet(typeAliasType, '__parameters__', (self) => {
  const p = TA(self).typeParams;
  return p === null ? tuple([]) : unpackTypeVarTuples(p);
});
// Read-only in 3.14: TypeAliasType() records its caller's module, a `type` statement its function's.
defGetSet(typeAliasType, '__module__', (self) => {
  const a = TA(self);
  if (a.module !== null) return a.module;
  if (a.computeValue instanceof PyFunction) return a.computeValue.module;
  return None;
});

defMethod(typeAliasType, '__repr__', (self) => TA(self).name);
defMethod(typeAliasType, '__reduce__', (self, args, kwargs) => {
  noArgs('typealias.__reduce__', args, kwargs);
  return TA(self).name;
});
defMethod(typeAliasType, '__getitem__', (self, args) => {
  const item = oneArg('__getitem__', args, null);
  if (TA(self).typeParams === null) throw typeError('Only generic type aliases are subscriptable');
  return genericAlias(self, item);
});
defMethod(typeAliasType, '__iter__', (self) => unpackIterator(self));
defMethod(typeAliasType, '__or__', (self, args) => unionTypeOr(self, oneArg('__or__', args, null)));
defMethod(typeAliasType, '__ror__', (self, args) => unionTypeOr(oneArg('__ror__', args, null), self));
