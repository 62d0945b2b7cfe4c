// typing.Union, the type of `int | str` (types.UnionType is the same object in 3.14): the `|` of
// classes, generic aliases, type aliases and None, flattened and without duplicates, as CPython 3.14's
// Objects/unionobject.c builds it. `Union[X, Y]` (its __class_getitem__) and `|` with a union or a
// TypeVar also accept what typing._type_check accepts (strings become ForwardRefs).
//
// isinstance()/issubclass() treat a union as the tuple of its arguments (modules/builtins.ts reads them
// through unionMembers()). This file also installs type.__or__/__ror__ (CPython's type_or).

import { PyObject, PyType, PyValue, makeBuiltinType, typeType } from './object.js';
import { PyTuple, tupleType } from './tuple.js';
import { PySet, frozensetType, setType } from './set.js';
import { defMethod, defNew, defGetSet, defClassMethod, oneArg } from './native.js';
import { defMember } from './member_descriptor.js';
import { None, NotImplemented, noneType } from './singletons.js';
import { PyBaseException } from './exceptions.js';
import {
  PyGenericAlias, genericAliasType, typeArgRepr, collectParameters, substituteParameters,
} from './generic_alias.js';
import { callTyping } from './typing_calls.js';
import { hash, eq, repr } from '../runtime/protocols.js';
import { typeError } from '../runtime/raise.js';

export const unionType = makeBuiltinType('Union', undefined, 'typing');
unionType.isBaseType = false;
unionType.attrs.set('__module__', 'typing');
unionType.doc = 'Represent a union type\n\nE.g. for int | str';

export class PyUnion extends PyObject {
  parameters: PyTuple | null = null;
  constructor(
    /** __args__ */
    readonly args: PyTuple,
    /** The hashable arguments, for hashing and comparing. */
    readonly hashable: PySet,
    /** The others, compared by ==; null when there are none. */
    readonly unhashable: PyValue[] | null,
  ) {
    super(unionType);
  }
}

const U = (v: PyValue): PyUnion => v as PyUnion;

/** Types whose instances may take part in `|` besides classes, aliases and unions (TypeAliasType). */
export const unionableTypes = new Set<PyType>();

/** is_unionable: None, a class, a GenericAlias, a union or a type alias. */
function isUnionable(v: PyValue): boolean {
  return v === None || v instanceof PyType || v instanceof PyGenericAlias || v instanceof PyUnion ||
    (typeof v === 'object' && unionableTypes.has(v.cls));
}

// ---- building a union (unionbuilder) ------------------------------------------------------------------

class UnionBuilder {
  readonly args: PyValue[] = [];
  readonly hashable = new PySet(setType);
  unhashable: PyValue[] | null = null;

  /** checked: pass each argument through typing's type check (Union[...], and `|` with a TypeVar). */
  constructor(readonly checked: boolean) {}

  add(arg: PyValue): void {
    if (arg === None) {
      arg = noneType;
    } else if (arg instanceof PyUnion) {
      for (const a of arg.args.items) this.add(a);
      return;
    }
    if (this.checked) arg = typeCheck(arg);
    let hashable = true;
    try {
      hash(arg);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      hashable = false;
    }
    if (hashable) {
      if (this.hashable.has(arg)) return;
      this.hashable.add(arg);
    } else {
      if (this.unhashable === null) this.unhashable = [];
      else if (this.unhashable.some((u) => u === arg || eq(u, arg))) return;
      this.unhashable.push(arg);
    }
    this.args.push(arg);
  }

  /** make_union: no members is an error, one member is itself. */
  build(): PyValue {
    const n = this.args.length;
    if (n === 0) throw typeError('Cannot take a Union of no types.');
    if (n === 1) return this.args[0];
    const frozen = new PySet(frozensetType);
    for (const a of this.hashable.values()) frozen.add(a);
    return new PyUnion(new PyTuple(this.args), frozen, this.unhashable);
  }
}

/** type_check: None is NoneType, unionable objects pass, the rest go through typing._type_check. */
function typeCheck(arg: PyValue): PyValue {
  if (arg === None) return noneType;
  if (isUnionable(arg)) return arg;
  return callTyping('_type_check', [arg, 'Union[arg, ...]: each arg must be a type.']);
}

/** _Py_union_type_or: `a | b` for classes, aliases, unions and None; NotImplemented for anything else. */
export function unionTypeOr(a: PyValue, b: PyValue): PyValue {
  if (!isUnionable(a) || !isUnionable(b)) return NotImplemented;
  const ub = new UnionBuilder(false);
  ub.add(a);
  ub.add(b);
  return ub.build();
}

/** _Py_union_from_tuple: Union[args] (a tuple is its items; anything else is one member), checked. */
export function unionFromTuple(args: PyValue): PyValue {
  const ub = new UnionBuilder(true);
  if (args instanceof PyTuple && args.cls === tupleType) {
    for (const a of args.items) ub.add(a);
  } else {
    ub.add(args);
  }
  return ub.build();
}

/** The union of two members, each type-checked (the `|` of a union or a TypeVar with anything). */
export function unionOfChecked(a: PyValue, b: PyValue): PyValue {
  const ub = new UnionBuilder(true);
  ub.add(a);
  ub.add(b);
  return ub.build();
}

// ---- the type ------------------------------------------------------------------------------------------

defNew(unionType, () => {
  throw typeError("cannot create 'typing.Union' instances");
});

defMethod(unionType, '__repr__', (self) => U(self).args.items.map(typeArgRepr).join(' | '));
defMember(unionType, '__args__', (self) => U(self).args);
defGetSet(unionType, '__origin__', () => unionType);
defGetSet(unionType, '__name__', () => 'Union');
defGetSet(unionType, '__qualname__', () => 'Union');
defGetSet(unionType, '__parameters__', (self) => unionParameters(U(self)));

function unionParameters(u: PyUnion): PyTuple {
  if (u.parameters === null) u.parameters = collectParameters(u.args.items);
  return u.parameters;
}

// The `|` of a union with anything type-checks the other side (union_nb_or): `(int | str) | "X"`.
defMethod(unionType, '__or__', (self, args) => unionOfChecked(self, oneArg('__or__', args, null)));
defMethod(unionType, '__ror__', (self, args) => unionOfChecked(oneArg('__ror__', args, null), self));

/** unions_equal: the same hashable members, and the same unhashable ones (by ==). */
function unionsEqual(a: PyUnion, b: PyUnion): boolean {
  if (a.hashable.size !== b.hashable.size) return false;
  for (const x of a.hashable.values()) if (!b.hashable.has(x)) return false;
  const ua = a.unhashable;
  const ub = b.unhashable;
  if (ua !== null && ub !== null) {
    if (ua.length !== ub.length) return false;
    const within = (x: PyValue, ys: PyValue[]): boolean => ys.some((y) => y === x || eq(y, x));
    for (const x of ua) if (!within(x, ub)) return false;
    for (const y of ub) if (!within(y, ua)) return false;
    return true;
  }
  return ua === null && ub === null;
}

defMethod(unionType, '__eq__', (self, args) => {
  const other = oneArg('__eq__', args, null);
  if (!(other instanceof PyUnion)) return NotImplemented;
  return unionsEqual(U(self), other);
});
defMethod(unionType, '__ne__', (self, args) => {
  const other = oneArg('__ne__', args, null);
  if (!(other instanceof PyUnion)) return NotImplemented;
  return !unionsEqual(U(self), other);
});

defMethod(unionType, '__hash__', (self) => {
  const u = U(self);
  if (u.unhashable !== null) {
    // Equal unions must hash alike, so one with unhashable members is unhashable (the member's error).
    for (const a of u.unhashable) hash(a);
    throw typeError(`union contains ${u.unhashable.length} unhashable elements`);
  }
  return u.hashable.computeHash();
});

defMethod(unionType, '__getitem__', (self, args) => {
  const u = U(self);
  const item = oneArg('__getitem__', args, null);
  const newArgs = substituteParameters(self, u.args, unionParameters(u), item);
  // The substituted members form a union again, which may collapse (`(int | T)[int]` is int).
  return unionFromTuple(newArgs);
});

defClassMethod(unionType, '__class_getitem__', (_cls, args, kwargs) => unionFromTuple(oneArg('__class_getitem__', args, kwargs)));

defMethod(unionType, '__mro_entries__', (self, args, kwargs) => {
  oneArg('__mro_entries__', args, kwargs);
  throw typeError(`Cannot subclass ${repr(self)}`);
});

// ---- `|` on classes and generic aliases -----------------------------------------------------------------

/**
 * `int | str`, `None | int`: type's own operators are the union. Run when this module loads and again
 * from builtins set-up, so that it replaces the placeholder in type_methods.ts whatever the load order.
 */
export function installTypeUnionOperators(): void {
  defMethod(typeType, '__or__', (self, args) => unionTypeOr(self, oneArg('__or__', args, null)));
  defMethod(typeType, '__ror__', (self, args) => unionTypeOr(oneArg('__ror__', args, null), self));
}
installTypeUnionOperators();

defMethod(genericAliasType, '__or__', (self, args) => unionTypeOr(self, oneArg('__or__', args, null)));
defMethod(genericAliasType, '__ror__', (self, args) => unionTypeOr(oneArg('__ror__', args, null), self));

/** The members isinstance()/issubclass() test a union against (_Py_union_args), or null. */
export function unionMembers(v: PyValue): PyValue[] | null {
  return v instanceof PyUnion ? v.args.items : null;
}
