// types.GenericAlias: what `list[int]` evaluates to (PEP 585). It remembers the origin class and the
// arguments, prints as `list[int]`, calls the origin, stands for the origin as a base class
// (__mro_entries__), substitutes type variables (`list[T][int]`) and forwards every other attribute to
// the origin, as CPython's Objects/genericaliasobject.c does.
//
// Built-in classes get `__class_getitem__` through classGetItem() below (registered by their method
// files). Type variables are recognised by duck typing (__typing_subst__), never by importing typing.

import { PyObject, PyType, PyValue, makeBuiltinType, typeOf, typeName } from './object.js';
import { PyTuple, tuple, tupleType } from './tuple.js';
import { PyList } from './list.js';
import { defMethod, defNew, defGetSet, oneArg, PyNativeFunction } from './native.js';
import { PyClassMethod } from './descriptors.js';
import { None, NotImplemented, Ellipsis } from './singletons.js';
import { PyBaseException, AttributeError, TypeError as TypeErrorType } from './exceptions.js';
import { repr, hash, eq, toArray } from '../runtime/protocols.js';
import { getAttr, getAttrOrUndefined, genericGetAttr, noAttribute, setAttr } from '../runtime/attributes.js';
import { callObject } from '../runtime/call.js';
import { typeError } from '../runtime/raise.js';
import type { PyInt } from '../numeric/int_math.js';

export const genericAliasType = makeBuiltinType('GenericAlias', undefined, 'types');
// Attribute access must go through our __getattribute__ (forwarding to the origin), which the VM
// honours only for heap types; the type stays immutable from Python's point of view otherwise.
genericAliasType.isHeap = true;
genericAliasType.allocate = (cls) => new PyGenericAlias(None, [], false, cls);

export class PyGenericAlias extends PyObject {
  /** __parameters__, computed on first use. */
  parameters: PyTuple | null = null;
  constructor(
    readonly origin: PyValue,
    readonly args: PyValue[],
    /** `*tuple[int]`: the unpacked form. */
    readonly starred: boolean,
    cls: PyType = genericAliasType,
  ) {
    super(cls);
  }
}

/** GenericAlias(origin, args): a non-tuple argument stands for a 1-tuple. */
export function genericAlias(origin: PyValue, args: PyValue, starred = false): PyGenericAlias {
  return new PyGenericAlias(origin, args instanceof PyTuple ? args.items : [args], starred);
}

/**
 * The `__class_getitem__` of the built-in generic classes (Py_GenericAlias). A classmethod around a
 * native function rather than a classmethod_descriptor: the runtime's subscription of classes binds the
 * former and cannot call the latter yet.
 */
export function classGetItem(type: PyType): void {
  type.attrs.set('__class_getitem__', new PyClassMethod(classGetItemFunction));
}
const classGetItemFunction = new PyNativeFunction('__class_getitem__', (args, kwargs) => {
  if (args.length === 0) throw typeError('__class_getitem__() takes exactly one argument (0 given)');
  return genericAlias(args[0], oneArg('__class_getitem__', args.slice(1), kwargs));
});

const GA = (v: PyValue): PyGenericAlias => v as PyGenericAlias;

// ---- repr -------------------------------------------------------------------------------------------

/** How an argument prints inside `X[...]` (ga_repr_item): classes by qualified name, aliases as such. */
export function typeArgRepr(v: PyValue): string {
  if (v === Ellipsis) return '...';
  if (v instanceof PyGenericAlias) return repr(v);
  if (v instanceof PyList) return `[${v.items.map(typeArgRepr).join(', ')}]`;
  // Objects that look like aliases (typing's) print their own repr.
  if (getAttrOrUndefined(v, '__origin__') !== undefined && getAttrOrUndefined(v, '__args__') !== undefined) {
    return repr(v);
  }
  const qualname = getAttrOrUndefined(v, '__qualname__');
  const module = getAttrOrUndefined(v, '__module__');
  if (qualname === undefined || module === undefined) return repr(v);
  if (module === 'builtins') return typeof qualname === 'string' ? qualname : repr(qualname);
  return `${typeof module === 'string' ? module : repr(module)}.${typeof qualname === 'string' ? qualname : repr(qualname)}`;
}

function gaRepr(a: PyGenericAlias): string {
  const head = `${a.starred ? '*' : ''}${typeArgRepr(a.origin)}`;
  if (a.args.length === 0) return `${head}[()]`;
  return `${head}[${a.args.map(typeArgRepr).join(', ')}]`;
}

// ---- parameters and substitution ------------------------------------------------------------------

/** Is this a type variable (TypeVar, ParamSpec, TypeVarTuple or a user object acting as one)? */
function isTypeVarLike(v: PyValue): boolean {
  return !(v instanceof PyType) && typeOf(v).lookup('__typing_subst__') !== undefined;
}

/** _Py_make_parameters: the distinct type variables among the arguments, in order. */
export function collectParameters(args: readonly PyValue[]): PyTuple {
  const out: PyValue[] = [];
  const add = (p: PyValue): void => {
    if (!out.includes(p)) out.push(p);
  };
  for (const a of args) {
    if (a instanceof PyType) continue;
    if (isTypeVarLike(a)) {
      add(a);
      continue;
    }
    if (a instanceof PyList || a instanceof PyTuple) {
      for (const p of toArray(collectParameters(a.items))) add(p);
      continue;
    }
    const ps = a instanceof PyGenericAlias ? gaParameters(a) : getAttrOrUndefined(a, '__parameters__');
    if (ps instanceof PyTuple) for (const p of ps.items) add(p);
  }
  return tuple(out);
}

function gaParameters(a: PyGenericAlias): PyTuple {
  if (a.parameters === null) a.parameters = collectParameters(a.args);
  return a.parameters;
}

/**
 * _Py_subs_parameters: `alias[items]` replaces each type variable of `params` by the matching item,
 * recursively inside nested aliases. Returns the new argument list.
 */
export function substituteParameters(self: PyValue, args: readonly PyValue[], params: PyTuple, item: PyValue): PyValue[] {
  const n = params.items.length;
  if (n === 0) throw typeError(`${repr(self)} is not a generic class`);
  let items = item instanceof PyTuple ? item.items : [item];
  for (const p of params.items) {
    const prepare = getAttrOrUndefined(p, '__typing_prepare_subst__');
    if (prepare !== undefined) items = toArray(callObject(prepare, [self, tuple(items)]));
  }
  if (items.length !== n) {
    throw typeError(`Too ${items.length > n ? 'many' : 'few'} arguments for ${repr(self)}; actual ${items.length}, expected ${n}`);
  }
  const out: PyValue[] = [];
  for (const a of args) {
    if (a instanceof PyType) {
      out.push(a);
      continue;
    }
    if (isTypeVarLike(a)) {
      const i = params.items.indexOf(a);
      out.push(callObject(getAttr(a, '__typing_subst__'), [items[i]]));
      continue;
    }
    const sub = a instanceof PyGenericAlias ? gaParameters(a) : getAttrOrUndefined(a, '__parameters__');
    if (sub instanceof PyTuple && sub.items.length > 0) {
      const chosen = sub.items.map((p) => items[params.items.indexOf(p)]);
      out.push(callObject(getAttr(a, '__getitem__'), [chosen.length === 1 ? chosen[0] : tuple(chosen)]));
      continue;
    }
    out.push(a);
  }
  return out;
}

// ---- the type -------------------------------------------------------------------------------------------

defNew(genericAliasType, (cls, args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) throw typeError('GenericAlias() takes no keyword arguments');
  if (args.length !== 2) throw typeError(`GenericAlias expected 2 arguments, got ${args.length}`);
  const a = genericAlias(args[0], args[1]);
  return cls === genericAliasType ? a : new PyGenericAlias(a.origin, a.args, false, cls);
});

/** Names read from the alias itself; every other attribute comes from the origin. */
const OWN_ATTRIBUTES = new Set([
  '__class__', '__bases__', '__origin__', '__args__', '__unpacked__', '__parameters__',
  '__typing_unpacked_tuple_args__', '__mro_entries__', '__reduce_ex__', '__reduce__', '__copy__', '__deepcopy__',
]);

defMethod(genericAliasType, '__getattribute__', (self, args) => {
  const name = oneArg('__getattribute__', args, null);
  if (typeof name !== 'string') throw typeError(`attribute name must be string, not '${typeName(name)}'`);
  if (!OWN_ATTRIBUTES.has(name)) return getAttr(GA(self).origin, name);
  const v = genericGetAttr(self, name);
  if (v === undefined) throw noAttribute(self, name);
  return v;
});

defGetSet(genericAliasType, '__origin__', (self) => GA(self).origin);
defGetSet(genericAliasType, '__args__', (self) => tuple(GA(self).args));
defGetSet(genericAliasType, '__parameters__', (self) => gaParameters(GA(self)));
defGetSet(genericAliasType, '__unpacked__', (self) => GA(self).starred);
defGetSet(genericAliasType, '__typing_unpacked_tuple_args__', (self) => {
  const a = GA(self);
  return a.starred && a.origin === tupleType ? tuple(a.args) : None;
});

defMethod(genericAliasType, '__repr__', (self) => gaRepr(GA(self)));

defMethod(genericAliasType, '__call__', (self, args, kwargs) => {
  const result = callObject(GA(self).origin, args, kwargs);
  try {
    setAttr(result, '__orig_class__', self);
  } catch (e) {
    // Instances without a __dict__ (or that refuse the attribute) simply do not get it.
    if (!(e instanceof PyBaseException && (e.cls.isSubtypeOf(AttributeError) || e.cls.isSubtypeOf(TypeErrorType)))) throw e;
  }
  return result;
});

defMethod(genericAliasType, '__mro_entries__', (self, args) => {
  oneArg('__mro_entries__', args, null);
  return tuple([GA(self).origin]);
});

defMethod(genericAliasType, '__instancecheck__', () => {
  throw typeError('isinstance() argument 2 cannot be a parameterized generic');
});
defMethod(genericAliasType, '__subclasscheck__', () => {
  throw typeError('issubclass() argument 2 cannot be a parameterized generic');
});

defMethod(genericAliasType, '__getitem__', (self, args) => {
  const a = GA(self);
  const item = oneArg('__getitem__', args, null);
  const newArgs = substituteParameters(self, a.args, gaParameters(a), item);
  return new PyGenericAlias(a.origin, newArgs, a.starred, a.cls);
});

defMethod(genericAliasType, '__eq__', (self, args) => {
  const other = oneArg('__eq__', args, null);
  if (!(other instanceof PyGenericAlias)) return NotImplemented;
  const a = GA(self);
  if (a.starred !== other.starred || !eq(a.origin, other.origin)) return false;
  return eq(tuple(a.args), tuple(other.args));
});
defMethod(genericAliasType, '__ne__', (self, args) => {
  const other = oneArg('__ne__', args, null);
  if (!(other instanceof PyGenericAlias)) return NotImplemented;
  const a = GA(self);
  if (a.starred !== other.starred || !eq(a.origin, other.origin)) return true;
  return !eq(tuple(a.args), tuple(other.args));
});

defMethod(genericAliasType, '__hash__', (self) => {
  const a = GA(self);
  return xorHash(hash(a.origin), hash(tuple(a.args)));
});

/** h1 ^ h2 on Py_hash_t values (-1 is not a valid hash). */
export function xorHash(h1: PyInt, h2: PyInt): PyInt {
  let r: PyInt;
  if (typeof h1 === 'number' && typeof h2 === 'number' && Math.abs(h1) < 2 ** 31 && Math.abs(h2) < 2 ** 31) {
    r = h1 ^ h2;
  } else {
    const x = BigInt.asIntN(64, BigInt(h1) ^ BigInt(h2));
    r = x >= -(2n ** 53n) + 1n && x <= 2n ** 53n - 1n ? Number(x) : x;
  }
  return r === -1 ? -2 : r;
}

defMethod(genericAliasType, '__reduce__', (self) => {
  const a = GA(self);
  return tuple([a.cls, tuple([a.origin, tuple(a.args)])]);
});

defMethod(genericAliasType, '__iter__', (self) => {
  // `*tuple[int]` in a subscript: one starred alias.
  const a = GA(self);
  const starred = new PyGenericAlias(a.origin, a.args, true, a.cls);
  return callObject(getAttr(new PyList([starred]), '__iter__'), []);
});

defMethod(genericAliasType, '__dir__', (self) => {
  const names = new Set<string>();
  for (const n of toArray(callObject(getAttr(GA(self).origin, '__dir__'), []))) if (typeof n === 'string') names.add(n);
  for (const n of OWN_ATTRIBUTES) names.add(n);
  for (const t of genericAliasType.mro) for (const n of t.attrs.keys()) names.add(n);
  return new PyList([...names]);
});
