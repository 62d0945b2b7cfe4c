// What the built-in classes get for typing: `__class_getitem__` on the classes CPython 3.14 makes
// subscriptable besides the containers (whose own method files register theirs) - `enumerate[int]`,
// `generator[int, None, None]`, `classmethod[...]` give a types.GenericAlias - and the
// `__type_params__` attribute of every class (CPython's type_get/set_type_params).

import { PyType, typeType, tpName } from './object.js';
import { tuple } from './tuple.js';
import { defGetSet } from './native.js';
import { classGetItem } from './generic_alias.js';
import { enumerateType } from './builtin_iterators.js';
import { generatorType, coroutineType, asyncGeneratorType } from './generator.js';
import { classmethodType, staticmethodType } from './descriptors.js';
import { typeError } from '../runtime/raise.js';

for (const t of [enumerateType, generatorType, coroutineType, asyncGeneratorType, classmethodType, staticmethodType]) {
  if (!t.attrs.has('__class_getitem__')) classGetItem(t);
}

// type.__type_params__: the class's own `__type_params__` entry, () when it has none (and for type).
// Not checked to be a tuple, as in CPython; only heap classes may set it.
defGetSet(
  typeType,
  '__type_params__',
  (self) => {
    const t = self as PyType;
    if (t === typeType) return tuple([]);
    return t.attrs.get('__type_params__') ?? tuple([]);
  },
  (self, value) => {
    const t = self as PyType;
    if (!t.isUserClass) throw typeError(`cannot set '__type_params__' attribute of immutable type '${tpName(t)}'`);
    if (value === null) throw typeError(`cannot delete '__type_params__' attribute of immutable type '${tpName(t)}'`);
    t.setAttr('__type_params__', value);
  },
);
