// typing.Union, the type of `int | str` (types.UnionType): the `|` of classes, generic aliases and None,
// flattened and without duplicates, as CPython 3.14's Objects/unionobject.c builds it. isinstance() and
// issubclass() accept a union as the tuple of its arguments (modules/builtins.ts).
//
// unionOr() is the whole `|` operator; type.__or__/__ror__ and GenericAlias's call it. It must not know
// about typing.py: type variables are recognised by duck typing, as in generic_alias.ts.

import { PyObject, PyType, PyValue, makeBuiltinType, typeType } from './object.js';
import { PyTuple, tuple } from './tuple.js';
import { frozensetType, newSet } from './set.js';
import { defMethod, defGetSet, oneArg } from './native.js';
import { None, NotImplemented, noneType } from './singletons.js';
import {
  PyGenericAlias, genericAliasType, typeArgRepr, collectParameters, substituteParameters,
} from './generic_alias.js';
import { hash, eq } from '../runtime/protocols.js';
import { typeError } from '../runtime/raise.js';

export const unionType = makeBuiltinType('Union', undefined, 'typing');
unionType.isBaseType = false;
unionType.attrs.set('__module__', 'typing');
unionType.doc = 'Represent a union type\n\nE.g. for int | str';

export class PyUnion extends PyObject {
  parameters: PyTuple | null = null;
  constructor(readonly args: PyValue[]) {
    super(unionType);
  }
}

const U = (v: PyValue): PyUnion => v as PyUnion;

/** Can this operand take part in `|` (is_unionable)? */
function isUnionable(v: PyValue): boolean {
  if (v === None || v instanceof PyType || v instanceof PyGenericAlias || v instanceof PyUnion) return true;
  return typeof v === 'object' && v.cls.name === 'TypeAliasType' && v.cls.module === 'typing';
}

/** Add one operand's members to `out`: unions are flattened, None stands for NoneType, duplicates go. */
function addMembers(out: PyValue[], v: PyValue): void {
  const members = v instanceof PyUnion ? v.args : [v === None ? noneType : v];
  for (const m of members) {
    let seen = false;
    for (const o of out) {
      if (o === m || eq(o, m)) {
        seen = true;
        break;
      }
    }
    if (!seen) out.push(m);
  }
}

/** `a | b` for classes, aliases, unions and None; NotImplemented for anything else. */
export function unionOr(a: PyValue, b: PyValue): PyValue {
  if (!isUnionable(a) || !isUnionable(b)) return NotImplemented;
  return makeUnion([a, b]);
}

/** The union of `members` (flattened, deduplicated); a single member is returned as itself. */
export function makeUnion(members: readonly PyValue[]): PyValue {
  const out: PyValue[] = [];
  for (const m of members) addMembers(out, m);
  if (out.length === 1) return out[0];
  return new PyUnion(out);
}

function memberRepr(v: PyValue): string {
  return v === noneType ? 'None' : typeArgRepr(v);
}

defMethod(unionType, '__repr__', (self) => U(self).args.map(memberRepr).join(' | '));
defGetSet(unionType, '__args__', (self) => tuple(U(self).args));
defGetSet(unionType, '__origin__', () => unionType);
defGetSet(unionType, '__name__', () => 'Union');
defGetSet(unionType, '__qualname__', () => 'Union');
defGetSet(unionType, '__parameters__', (self) => {
  const u = U(self);
  if (u.parameters === null) u.parameters = collectParameters(u.args);
  return u.parameters;
});

defMethod(unionType, '__or__', (self, args) => unionOr(self, oneArg('__or__', args, null)));
defMethod(unionType, '__ror__', (self, args) => unionOr(oneArg('__ror__', args, null), self));

defMethod(unionType, '__eq__', (self, args) => {
  const other = oneArg('__eq__', args, null);
  if (!(other instanceof PyUnion)) return NotImplemented;
  return sameMembers(U(self).args, other.args);
});

function sameMembers(a: readonly PyValue[], b: readonly PyValue[]): boolean {
  const within = (x: PyValue, ys: readonly PyValue[]): boolean => ys.some((y) => y === x || eq(y, x));
  return a.every((x) => within(x, b)) && b.every((y) => within(y, a));
}

defMethod(unionType, '__hash__', (self) => newSet(U(self).args, frozensetType).computeHash());

defMethod(unionType, '__getitem__', (self, args) => {
  const u = U(self);
  const item = oneArg('__getitem__', args, null);
  const params = u.parameters ?? (u.parameters = collectParameters(u.args));
  const newArgs = substituteParameters(self, u.args, params, item);
  // The substituted members are or-ed together again, which may collapse the union.
  return makeUnion(newArgs);
});

defMethod(unionType, '__mro_entries__', (self) => {
  throw typeError(`Cannot subclass ${U(self).args.map(memberRepr).join(' | ')}`);
});

/**
 * `int | str`, `None | int`: type's own operators (CPython's type_or) are the union. Installed when the
 * builtins module is made, after every type's method table, so that it replaces any placeholder.
 */
export function installTypeUnionOperators(): void {
  defMethod(typeType, '__or__', (self, args) => unionOr(self, oneArg('__or__', args, null)));
  defMethod(typeType, '__ror__', (self, args) => unionOr(oneArg('__ror__', args, null), self));
}

defMethod(genericAliasType, '__or__', (self, args) => unionOr(self, oneArg('__or__', args, null)));
defMethod(genericAliasType, '__ror__', (self, args) => unionOr(oneArg('__ror__', args, null), self));

/** The members isinstance()/issubclass() test a union against. */
export function unionMembers(v: PyValue): PyValue[] | null {
  return v instanceof PyUnion ? v.args : null;
}
