// The _typing module (CPython's Modules/_typingmodule.c): the typing objects implemented natively,
// which typing.py imports and re-exports. The objects themselves live in vm/objects/.

import { PyModule } from '../objects/module.js';
import { PyNativeFunction, oneArg } from '../objects/native.js';
import {
  typeVarType, paramSpecType, typeVarTupleType, paramSpecArgsType, paramSpecKwargsType, NoDefault,
} from '../objects/typevar.js';
import { typeAliasType } from '../objects/type_alias.js';
import { genericType } from '../objects/typing_generic.js';
import { unionType } from '../objects/union_type.js';
import { registerNativeModule } from './registry.js';

function makeTypingModule(): PyModule {
  const mod = new PyModule('_typing');
  const d = mod.dict;
  d.setStr('__doc__', 'Primitives and accelerators for the typing module.\n');
  // _idfunc(_, x) is the identity of NewType.__call__: the first argument is the NewType itself.
  d.setStr('_idfunc', new PyNativeFunction('_idfunc', (args, kwargs) => oneArg('_typing._idfunc', args, kwargs), mod));
  d.setStr('TypeVar', typeVarType);
  d.setStr('ParamSpec', paramSpecType);
  d.setStr('TypeVarTuple', typeVarTupleType);
  d.setStr('ParamSpecArgs', paramSpecArgsType);
  d.setStr('ParamSpecKwargs', paramSpecKwargsType);
  d.setStr('TypeAliasType', typeAliasType);
  d.setStr('Generic', genericType);
  d.setStr('Union', unionType);
  d.setStr('NoDefault', NoDefault);
  return mod;
}

registerNativeModule('_typing', makeTypingModule);
