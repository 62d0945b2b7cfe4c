// typing.TypeAliasType: what `type Alias[T] = list[T]` makes (or TypeAliasType('Alias', value)), as in
// CPython 3.14's Objects/typevarobject.c. The value of a `type` statement is computed lazily, on the
// first read of __value__. Methods are in type_alias_methods.ts; this file is imported by the opcode
// dispatcher (INTRINSIC_TYPEALIAS), so it registers nothing at load time.

import { PyObject, PyValue, makeBuiltinType } from './object.js';
import { PyTuple } from './tuple.js';

export const typeAliasType = makeBuiltinType('TypeAliasType', undefined, 'typing');
typeAliasType.attrs.set('__module__', 'typing');
typeAliasType.isBaseType = false;

export class PyTypeAlias extends PyObject {
  constructor(
    readonly name: string,
    /** The type parameters, or null for a non-generic alias. */
    readonly typeParams: PyTuple | null,
    /** The function computing the value (the `type` statement), or null when given directly. */
    readonly computeValue: PyValue | null,
    public value: PyValue | null,
    /** An explicit __module__ (TypeAliasType() records its caller's); null falls back to the function's. */
    readonly module: PyValue | null,
  ) {
    super(typeAliasType);
  }
}

/** INTRINSIC_TYPEALIAS: `type Name[params] = value` gives (name, type_params or None, compute_value). */
export function makeTypeAlias(args: PyValue): PyTypeAlias {
  const [name, params, computeValue] = (args as PyTuple).items;
  const typeParams = params instanceof PyTuple && params.items.length > 0 ? params : null;
  return new PyTypeAlias(name as string, typeParams, computeValue, null, null);
}

