// types.GenericAlias: what `list[int]` evaluates to (PEP 585). It remembers the origin class and the
// argument tuple, prints as `list[int]`, calls the origin, stands for the origin as a base class
// (__mro_entries__), substitutes type variables (`dict[str, T][int]`), unpacks (`*tuple[int]`) and
// forwards every other attribute to the origin, as CPython 3.14's Objects/genericaliasobject.c does.
//
// Also here: the parameter collection and substitution shared with typing.Union (_Py_make_parameters,
// _Py_subs_parameters) and the way typing objects print inside brackets (_Py_typing_type_repr).
// Built-in classes get `__class_getitem__` through classGetItem(). Nothing here imports typing.py:
// type variables are recognised by their __typing_subst__ attribute, as CPython does.

import { PyObject, PyType, PyValue, makeBuiltinType, typeName } from './object.js';
import { PyTuple, tuple, tupleType } from './tuple.js';
import { PyList, listType } from './list.js';
import { PyIterator } from './iterator_base.js';
import { defMethod, defNew, defGetSet, defClassMethod, oneArg, noArgs } from './native.js';
import { defMember } from './member_descriptor.js';
import { None, NotImplemented, Ellipsis, noneType } from './singletons.js';
import { PyBaseException, AttributeError, TypeError as TypeErrorType, StopIteration } from './exceptions.js';
import { repr, str, hash, eq, toArray, truthy, richCompare, Cmp, getItem } from '../runtime/protocols.js';
import { getAttr, getAttrOrUndefined, genericGetAttr, noAttribute, setAttr } from '../runtime/attributes.js';
import { callObject } from '../runtime/call.js';
import { currentInterpreter } from '../runtime/interpreter.js';
import { typeError, attributeError } from '../runtime/raise.js';
import type { PyInt } from '../numeric/int_math.js';

export const genericAliasType = makeBuiltinType('GenericAlias', undefined, 'types');
genericAliasType.attrs.set('__module__', 'types');
genericAliasType.doc = 'Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).';
// Attribute access must go through our __getattribute__ (forwarding to the origin), which the VM
// honours only for heap types.
genericAliasType.isHeap = true;
genericAliasType.allocate = (cls) => new PyGenericAlias(None, emptyArgs(), false, cls);

export class PyGenericAlias extends PyObject {
  /** __parameters__, computed on first use. */
  parameters: PyTuple | null = null;
  constructor(
    public origin: PyValue,
    /** __args__: always a tuple (a single argument is wrapped). */
    public args: PyTuple,
    /** `*tuple[int]`: the unpacked form (__unpacked__). */
    public starred: boolean,
    cls: PyType = genericAliasType,
  ) {
    super(cls);
  }
}

function emptyArgs(): PyTuple {
  return tuple([]);
}

/** Py_GenericAlias(origin, args): a non-tuple argument stands for a 1-tuple. */
export function genericAlias(origin: PyValue, args: PyValue, starred = false): PyGenericAlias {
  return new PyGenericAlias(origin, args instanceof PyTuple ? args : new PyTuple([args]), starred);
}

/** Give a built-in class CPython's `__class_getitem__` (classmethod, METH_O): `list[int]`. */
export function classGetItem(type: PyType): void {
  const fname = `${type.name}.__class_getitem__`;
  defClassMethod(type, '__class_getitem__', (cls, args, kwargs) => genericAlias(cls, oneArg(fname, args, kwargs)));
}

const GA = (v: PyValue): PyGenericAlias => v as PyGenericAlias;

// ---- how type arguments print -------------------------------------------------------------------------

/**
 * _Py_typing_type_repr: `...` for Ellipsis, `None` for NoneType, the repr of anything that looks like an
 * alias (has __origin__ and __args__), `module.qualname` for classes (just the qualname for builtins).
 */
export function typeArgRepr(p: PyValue): string {
  if (p === Ellipsis) return '...';
  if (p === noneType) return 'None';
  if (p instanceof PyGenericAlias) return repr(p);
  if (getAttrOrUndefined(p, '__origin__') !== undefined && getAttrOrUndefined(p, '__args__') !== undefined) {
    return repr(p);
  }
  const qualname = getAttrOrUndefined(p, '__qualname__');
  if (qualname === undefined) return repr(p);
  const module = getAttrOrUndefined(p, '__module__');
  if (module === undefined || module === None) return repr(p);
  if (module === 'builtins') return str(qualname);
  return `${str(module)}.${str(qualname)}`;
}

function gaRepr(a: PyGenericAlias): string {
  let s = (a.starred ? '*' : '') + typeArgRepr(a.origin) + '[';
  const items = a.args.items;
  for (let i = 0; i < items.length; i++) {
    if (i > 0) s += ', ';
    const p = items[i];
    // A ParamSpec's argument list (Callable[[int, str], T]) prints as a list of type reprs.
    if (p instanceof PyList && p.cls === listType) s += '[' + p.items.map(typeArgRepr).join(', ') + ']';
    else s += typeArgRepr(p);
  }
  if (items.length === 0) s += '()';
  return s + ']';
}

// ---- parameters ----------------------------------------------------------------------------------------

function addParam(out: PyValue[], p: PyValue): void {
  for (let i = 0; i < out.length; i++) if (out[i] === p) return;
  out.push(p);
}

/**
 * _Py_make_parameters: the distinct type variables among `args`, in order of appearance: arguments
 * having __typing_subst__, then the __parameters__ of the others (lists and tuples searched inside).
 */
export function collectParameters(args: readonly PyValue[]): PyTuple {
  const out: PyValue[] = [];
  for (const t of args) {
    // A bare class's __parameters__ (a Generic subclass's) is not the arguments'.
    if (t instanceof PyType) continue;
    if (getAttrOrUndefined(t, '__typing_subst__') !== undefined) {
      addParam(out, t);
      continue;
    }
    let sub = t instanceof PyGenericAlias ? gaParameters(t) : getAttrOrUndefined(t, '__parameters__');
    if (sub === undefined && (t instanceof PyTuple || t instanceof PyList)) sub = collectParameters(t.items);
    if (sub instanceof PyTuple) for (const p of sub.items) addParam(out, p);
  }
  return tuple(out);
}

function gaParameters(a: PyGenericAlias): PyTuple {
  if (a.parameters === null) a.parameters = collectParameters(a.args.items);
  return a.parameters;
}

// ---- substitution --------------------------------------------------------------------------------------

function indexOfIdentity(items: readonly PyValue[], x: PyValue): number {
  for (let i = 0; i < items.length; i++) if (items[i] === x) return i;
  return -1;
}

/** The types `*tuple[int, str]` (or typing's Unpack[tuple[...]]) stands for, or null. */
function unpackedTupleArgs(arg: PyValue): PyTuple | null {
  if (arg instanceof PyGenericAlias && arg.starred && arg.origin === tupleType) return arg.args;
  const r = getAttrOrUndefined(arg, '__typing_unpacked_tuple_args__');
  return r === undefined || r === None ? null : (r as PyTuple);
}

/** _unpack_args: the subscript's items with each `*tuple[X, Y]` spread (unless it ends in `...`). */
function unpackArgs(item: PyValue): PyValue[] {
  const items = item instanceof PyTuple ? item.items : [item];
  const out: PyValue[] = [];
  for (const x of items) {
    if (!(x instanceof PyType)) {
      const sub = unpackedTupleArgs(x);
      if (sub instanceof PyTuple) {
        const n = sub.items.length;
        if (!(n > 0 && sub.items[n - 1] === Ellipsis)) {
          for (const y of sub.items) out.push(y);
          continue;
        }
      }
    }
    out.push(x);
  }
  return out;
}

function isUnpackedTypeVarTuple(arg: PyValue): boolean {
  if (arg instanceof PyType) return false;
  const v = getAttrOrUndefined(arg, '__typing_is_unpacked_typevartuple__');
  return v !== undefined && truthy(v);
}

/** A TypeVarTuple is the kind of parameter whose type is iterable (it unpacks to Unpack[Ts]). */
function isIterableParam(p: PyValue): boolean {
  return typeof p === 'object' && p.cls.lookup('__iter__') !== undefined;
}

/** subs_tvars: `obj` (an alias with parameters of its own) re-subscripted with the chosen arguments. */
function substituteInside(obj: PyValue, params: readonly PyValue[], argitems: readonly PyValue[]): PyValue {
  const sub = obj instanceof PyGenericAlias ? gaParameters(obj) : getAttrOrUndefined(obj, '__parameters__');
  if (!(sub instanceof PyTuple) || sub.items.length === 0) return obj;
  const subargs: PyValue[] = [];
  for (const p of sub.items) {
    const i = indexOfIdentity(params, p);
    if (i >= 0) {
      const a = argitems[i];
      if (isIterableParam(params[i]) && a instanceof PyTuple) {
        for (const x of a.items) subargs.push(x);
        continue;
      }
      subargs.push(a);
    } else {
      subargs.push(p);
    }
  }
  return getItem(obj, new PyTuple(subargs));
}

/**
 * _Py_subs_parameters: `self[item]` where self has arguments `args` and type variables `params`:
 * every type variable is replaced by the matching item, recursively inside nested aliases, lists and
 * tuples. Returns the new argument tuple.
 */
export function substituteParameters(self: PyValue, args: PyTuple | PyList, params: PyTuple, item: PyValue): PyTuple {
  const nparams = params.items.length;
  if (nparams === 0) throw typeError(`${repr(self)} is not a generic class`);
  let subst: PyValue = new PyTuple(unpackArgs(item));
  for (const p of params.items) {
    const prepare = getAttrOrUndefined(p, '__typing_prepare_subst__');
    if (prepare !== undefined && prepare !== None) {
      subst = callObject(prepare, [self, subst instanceof PyTuple ? subst : new PyTuple([subst])]);
    }
  }
  const argitems = subst instanceof PyTuple ? subst.items : [subst];
  if (argitems.length !== nparams) {
    throw typeError(
      `Too ${argitems.length > nparams ? 'many' : 'few'} arguments for ${repr(self)}; actual ${argitems.length}, expected ${nparams}`,
    );
  }
  return new PyTuple(substituteArgs(self, args.items, params, argitems, subst));
}

function substituteArgs(
  self: PyValue, args: readonly PyValue[], params: PyTuple, argitems: readonly PyValue[], item: PyValue,
): PyValue[] {
  const out: PyValue[] = [];
  for (let arg of args) {
    if (arg instanceof PyType) {
      out.push(arg);
      continue;
    }
    if (arg instanceof PyTuple || arg instanceof PyList) {
      const inner = substituteArgs(self, arg.items, params, argitems, item);
      out.push(arg instanceof PyTuple ? new PyTuple(inner) : new PyList(inner));
      continue;
    }
    const unpack = isUnpackedTypeVarTuple(arg);
    const substFn = getAttrOrUndefined(arg, '__typing_subst__');
    if (substFn !== undefined) {
      const i = indexOfIdentity(params.items, arg);
      arg = callObject(substFn, [i >= 0 ? argitems[i] : arg]);
    } else {
      arg = substituteInside(arg, params.items, argitems);
    }
    if (unpack) {
      for (const x of toArray(arg)) out.push(x);
    } else {
      out.push(arg);
    }
  }
  return out;
}

// ---- the type ------------------------------------------------------------------------------------------

defNew(genericAliasType, (cls, args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) throw typeError('GenericAlias() takes no keyword arguments');
  if (args.length !== 2) throw typeError(`GenericAlias expected 2 arguments, got ${args.length}`);
  const a = args[1];
  return new PyGenericAlias(args[0], a instanceof PyTuple ? a : new PyTuple([a]), false, cls);
});

/** Names read from the alias itself; every other attribute comes from the origin (ga_getattro). */
const OWN_ATTRIBUTES: readonly string[] = [
  '__class__', '__bases__', '__origin__', '__args__', '__unpacked__', '__parameters__',
  '__typing_unpacked_tuple_args__', '__mro_entries__', '__reduce_ex__', '__reduce__', '__copy__', '__deepcopy__',
];
const OWN = new Set(OWN_ATTRIBUTES);

defMethod(genericAliasType, '__getattribute__', (self, args) => {
  const name = oneArg('__getattribute__', args, null);
  if (typeof name !== 'string') throw typeError(`attribute name must be string, not '${typeName(name)}'`);
  if (!OWN.has(name)) return getAttr(GA(self).origin, name);
  const v = genericGetAttr(self, name);
  if (v === undefined) throw noAttribute(self, name);
  return v;
});

// Read-only PyMemberDef fields in CPython: member descriptors.
defMember(genericAliasType, '__origin__', (self) => GA(self).origin);
defMember(genericAliasType, '__args__', (self) => GA(self).args);
defMember(genericAliasType, '__unpacked__', (self) => GA(self).starred);
defGetSet(genericAliasType, '__parameters__', (self) => gaParameters(GA(self)));
defGetSet(genericAliasType, '__typing_unpacked_tuple_args__', (self) => {
  const a = GA(self);
  return a.starred && a.origin === tupleType ? a.args : None;
});

defMethod(genericAliasType, '__repr__', (self) => gaRepr(GA(self)));

defMethod(genericAliasType, '__call__', (self, args, kwargs) => {
  const result = callObject(GA(self).origin, args, kwargs);
  try {
    setAttr(result, '__orig_class__', self);
  } catch (e) {
    // Instances without a __dict__ (or refusing the attribute) simply do not get it.
    if (!(e instanceof PyBaseException && (e.cls.isSubtypeOf(AttributeError) || e.cls.isSubtypeOf(TypeErrorType)))) throw e;
  }
  return result;
});

defMethod(genericAliasType, '__mro_entries__', (self, args, kwargs) => {
  oneArg('__mro_entries__', args, kwargs);
  return new PyTuple([GA(self).origin]);
});

defMethod(genericAliasType, '__instancecheck__', (_self, args, kwargs) => {
  oneArg('__instancecheck__', args, kwargs);
  throw typeError('isinstance() argument 2 cannot be a parameterized generic');
});
defMethod(genericAliasType, '__subclasscheck__', (_self, args, kwargs) => {
  oneArg('__subclasscheck__', args, kwargs);
  throw typeError('issubclass() argument 2 cannot be a parameterized generic');
});

defMethod(genericAliasType, '__getitem__', (self, args) => {
  const a = GA(self);
  const item = oneArg('__getitem__', args, null);
  const newArgs = substituteParameters(self, a.args, gaParameters(a), item);
  // Always a plain GenericAlias, even from a subclass (Py_GenericAlias).
  return new PyGenericAlias(a.origin, newArgs, a.starred);
});

/** ga_richcompare for ==: both aliases, same starredness, equal origins, equal argument tuples. */
function gaEquals(a: PyGenericAlias, b: PyGenericAlias): PyValue {
  if (a.starred !== b.starred) return false;
  if (!eq(a.origin, b.origin)) return false;
  return richCompare(a.args, b.args, Cmp.EQ);
}

defMethod(genericAliasType, '__eq__', (self, args) => {
  const other = oneArg('__eq__', args, null);
  if (!(other instanceof PyGenericAlias)) return NotImplemented;
  return gaEquals(GA(self), other);
});
defMethod(genericAliasType, '__ne__', (self, args) => {
  const other = oneArg('__ne__', args, null);
  if (!(other instanceof PyGenericAlias)) return NotImplemented;
  return gaEquals(GA(self), other) !== true;
});

defMethod(genericAliasType, '__hash__', (self) => {
  const a = GA(self);
  return xorHash(hash(a.origin), hash(a.args));
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

defMethod(genericAliasType, '__reduce__', (self, args, kwargs) => {
  noArgs('__reduce__', args, kwargs);
  const a = GA(self);
  if (a.starred) {
    // *tuple[int] pickles as next(iter(tuple[int])).
    const it = new GenericAliasIterator(new PyGenericAlias(a.origin, a.args, false));
    return new PyTuple([builtin('next'), new PyTuple([it])]);
  }
  return new PyTuple([a.cls, new PyTuple([a.origin, a.args])]);
});

function builtin(name: string): PyValue {
  const v = currentInterpreter().builtins.getStr(name);
  if (v === undefined) throw attributeError(`module 'builtins' has no attribute '${name}'`);
  return v;
}

defMethod(genericAliasType, '__dir__', (self, args, kwargs) => {
  noArgs('__dir__', args, kwargs);
  const dir = callObject(builtin('dir'), [GA(self).origin]);
  const names = dir instanceof PyList ? dir : new PyList(toArray(dir));
  for (const n of OWN_ATTRIBUTES) if (!names.items.includes(n)) names.items.push(n);
  return names;
});

// ---- iteration: `*tuple[int]` ----------------------------------------------------------------------------

export const genericAliasIteratorType = makeBuiltinType('generic_alias_iterator');
genericAliasIteratorType.isBaseType = false;

/** Iterating an alias yields its starred form once: `[*tuple[int]]` is `[*tuple[int]]`. */
export class GenericAliasIterator extends PyIterator {
  constructor(public alias: PyGenericAlias | null) {
    super(genericAliasIteratorType);
  }

  next(): PyValue | undefined {
    const a = this.alias;
    if (a === null) return undefined;
    this.alias = null;
    return new PyGenericAlias(a.origin, a.args, true);
  }
}

defMethod(genericAliasType, '__iter__', (self) => new GenericAliasIterator(GA(self)));
defNew(genericAliasIteratorType, () => {
  throw typeError("cannot create 'generic_alias_iterator' instances");
});
defMethod(genericAliasIteratorType, '__iter__', (self) => self);
defMethod(genericAliasIteratorType, '__next__', (self) => {
  const v = (self as GenericAliasIterator).next();
  if (v === undefined) throw new PyBaseException(StopIteration, []);
  return v;
});
defMethod(genericAliasIteratorType, '__reduce__', (self) => {
  const a = (self as GenericAliasIterator).alias;
  return new PyTuple([builtin('iter'), new PyTuple([a === null ? tuple([]) : a])]);
});
