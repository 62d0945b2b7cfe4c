// The root of the object model: PyObject, PyType and the mapping from a JS value to its Python type.
//
// Values: a Python int is a JS number (safe integer) or bigint, a str a JS string, a bool a JS boolean;
// every other Python object is a PyObject whose `cls` is its type. typeOf() is the one place that knows
// this mapping. This file must not import any other object module at evaluation time (it is the bottom
// of the import graph), so only the types that typeOf() itself needs are created here.

export type PyValue = PyObject | number | bigint | string | boolean;

/** Native implementation of a built-in function or method: positional args, then keyword args (or null). */
export type NativeFn = (args: PyValue[], kwargs: Map<string, PyValue> | null) => PyValue;

export class PyObject {
  /** The object's type (ob_type). Assignable for `obj.__class__ = Other` on compatible heap types. */
  cls: PyType;
  /** The instance __dict__ of objects whose type has one; null otherwise. Created lazily. */
  dict: import('./dict.js').PyDict | null = null;
  /** Where the last reachability walk reached this object (vm/runtime/lifetime/heap_walk.ts). */
  gcMark = 0;

  constructor(cls: PyType) {
    this.cls = cls;
  }
}

/** Instances whose type has __slots__ keep their slot values here, indexed by the slot member. */
export class PyInstance extends PyObject {
  slots: (PyValue | undefined)[] | null = null;
}

/**
 * Bumped when type caches must all go at once (a class's bases or MRO changed, a class was created).
 * A change to one class's own attributes only resets that class and its subclasses (PyType.invalidate).
 */
let typeEpoch = 0;
export function invalidateTypeCaches(): void {
  typeEpoch++;
}

/**
 * Types whose MRO holds a class that is not an ancestor through their bases (a metaclass's mro()
 * override made it): a change to such a class must reset them too, and the subclass walk cannot find
 * them. Found when each type's cache is (re)built.
 */
const irregularMro = new Set<PyType>();

/** Does every class in t's MRO come from one of its bases (the C3 case)? */
function mroFromBases(t: PyType): boolean {
  const mro = t.mro;
  for (let i = 1; i < mro.length; i++) {
    const m = mro[i];
    let found = false;
    for (const b of t.bases) {
      if (b === m || b.mro.includes(m)) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

export class PyType extends PyObject {
  name: string;
  qualname: string;
  module: string;
  bases: PyType[];
  mro: PyType[] = [];
  /** The type's own attributes (its __dict__), in definition order. */
  readonly attrs = new Map<string, PyValue>();
  /**
   * True for classes made by a class statement or type(), and for the few built-in types that need their
   * special methods dispatched like a heap class's; see isUserClass for telling them apart.
   */
  isHeap = false;
  /** Made by a class statement or type() (CPython's heap types): its tp_name is the bare name. */
  isUserClass = false;
  /** Instances carry a __dict__. */
  hasInstanceDict = false;
  /** The __slots__ member names of this class itself (not inherited), or null. */
  slotNames: string[] | null = null;
  /** Creates a bare instance of this type's instance layout; inherited from the solid base. */
  allocate: ((cls: PyType) => PyObject) | null = null;
  /** Subclasses, for __subclasses__(). */
  readonly subclasses: PyType[] = [];
  /** Can user code subclass it (bool, NoneType cannot)? */
  isBaseType = true;
  /**
   * A built-in type whose instances are laid out exactly as its base's (CPython: the same
   * tp_basicsize, e.g. typing.Generic): it is no "solid base", so `class C(tuple, Generic[T])` works.
   */
  sharesBaseLayout = false;
  doc: string | null = null;
  /**
   * CPython's Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING bits (COLLECTION_FLAGS) as set on classes by the
   * _abc module (collections.abc.Sequence/Mapping, their subclasses and registered classes) and inherited
   * from the best base when a class is created; what MATCH_SEQUENCE / MATCH_MAPPING test.
   */
  collectionFlags = 0;

  private cache = new Map<string, PyValue | null>();
  /** typeEpoch when `cache` was started; -1 when this class's or an ancestor's attributes changed. */
  private cacheEpoch = -1;
  /**
   * Facts that attribute access and calls derive from lookups on this type (does it use the generic
   * __getattribute__/__setattr__, which __init__ does a call run...): computed on demand by their users
   * and dropped together with the lookup cache. Read them only after freshCache().
   */
  fastGetattr: boolean | undefined = undefined;
  fastSetattr: boolean | undefined = undefined;
  /** For calls of the class: the Python __init__ to run after object.__new__, null if not that case. */
  plainInit: PyObject | null | undefined = undefined;
  /** Does the class define __del__ (so that its instances' deaths must be noticed)? */
  finalizes: boolean | undefined = undefined;

  constructor(metatype: PyType | null, name: string, bases: PyType[], module = 'builtins') {
    super(metatype as PyType); // fixed up below for the bootstrap types
    this.name = name;
    this.qualname = name;
    this.module = module;
    this.bases = bases;
    if (bases.length > 1) {
      this.mro = linearize(this);
      this.allocate = bases[0].allocate;
      this.hasInstanceDict = bases.some((b) => b.hasInstanceDict);
    } else if (bases.length > 0) {
      this.mro = [this, ...bases[0].mro];
      this.allocate = bases[0].allocate;
      this.hasInstanceDict = bases[0].hasInstanceDict;
    } else {
      this.mro = [this];
    }
    for (const b of bases) b.subclasses.push(this);
  }

  /** Make sure the lookup cache and the derived facts are current (see cacheEpoch). */
  freshCache(): void {
    if (this.cacheEpoch !== typeEpoch) {
      this.cache.clear();
      this.cacheEpoch = typeEpoch;
      this.fastGetattr = undefined;
      this.fastSetattr = undefined;
      this.plainInit = undefined;
      this.finalizes = undefined;
      if (mroFromBases(this)) irregularMro.delete(this);
      else irregularMro.add(this);
    }
  }

  /** Look a name up along the MRO (CPython's _PyType_Lookup), cached until this class or an ancestor changes. */
  lookup(name: string): PyValue | undefined {
    if (this.cacheEpoch !== typeEpoch) this.freshCache();
    const hit = this.cache.get(name);
    if (hit !== undefined) return hit === null ? undefined : hit;
    let found: PyValue | undefined;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) {
      found = mro[i].attrs.get(name);
      if (found !== undefined) break;
    }
    this.cache.set(name, found === undefined ? null : found);
    return found;
  }

  /**
   * Drop the caches that may depend on this class's own attributes: its own and those of every class
   * whose MRO contains it (subclasses, and the rare class given an MRO by a metaclass).
   */
  invalidate(): void {
    this.resetTree();
    if (irregularMro.size > 0) {
      for (const t of irregularMro) if (t.mro.includes(this)) t.resetTree();
    }
  }

  private resetTree(): void {
    if (this.cacheEpoch === -1 && this.subclasses.length === 0) return;
    this.cacheEpoch = -1;
    for (const s of this.subclasses) s.resetTree();
  }

  /** Set an attribute in this type's own dict. */
  setAttr(name: string, value: PyValue): void {
    this.attrs.set(name, value);
    this.invalidate();
  }

  deleteAttr(name: string): boolean {
    const had = this.attrs.delete(name);
    this.invalidate();
    return had;
  }

  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 1; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }
}

/** Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING, CPython's values (collectionFlags bits). */
export const TPFLAGS_SEQUENCE = 1 << 5;
export const TPFLAGS_MAPPING = 1 << 6;
export const COLLECTION_FLAGS = TPFLAGS_SEQUENCE | TPFLAGS_MAPPING;

/** C3 linearization of a class's bases; null if no consistent order exists. */
export function c3(cls: PyType): PyType[] | null {
  const seqs: PyType[][] = cls.bases.map((b) => b.mro.slice());
  seqs.push(cls.bases.slice());
  const out: PyType[] = [cls];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let candidate: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0];
      if (!nonEmpty.some((t) => t.indexOf(head) > 0)) {
        candidate = head;
        break;
      }
    }
    if (candidate === null) return null;
    out.push(candidate);
    for (const s of nonEmpty) if (s[0] === candidate) s.shift();
  }
}

function linearize(cls: PyType): PyType[] {
  // An inconsistent order is reported by type_methods.computeMro (TypeError); keep a provisional one.
  return c3(cls) ?? [cls, ...cls.bases[0].mro];
}

// ---- bootstrap: object and type, then the types typeOf() needs -------------------------------------

export const objectType = new PyType(null, 'object', []);
export const typeType = new PyType(null, 'type', [objectType]);
objectType.cls = typeType;
typeType.cls = typeType;
objectType.allocate = (cls) => new PyInstance(cls);
typeType.hasInstanceDict = false;

/** Make a built-in type (not user-subclassable if final). */
export function makeBuiltinType(name: string, base: PyType = objectType, module = 'builtins'): PyType {
  return new PyType(typeType, name, [base], module);
}

export const intType = makeBuiltinType('int');
export const boolType = makeBuiltinType('bool', intType);
boolType.isBaseType = false;
export const strType = makeBuiltinType('str');

/** The Python type of any value. */
export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case 'object':
      return v.cls;
    case 'number':
    case 'bigint':
      return intType;
    case 'string':
      return strType;
    case 'boolean':
      return boolType;
  }
  throw new Error(`not a Python value: ${String(v)}`);
}

/**
 * A type's tp_name, as CPython prints it in messages: the bare name for classes and builtins
 * ("'int' object is not callable"), "module.name" for built-in types of other modules
 * ("'collections.deque' object ...", "'typing.TypeVar' object ...").
 */
export function tpName(t: PyType): string {
  return t.isUserClass || t.module === 'builtins' ? t.name : `${t.module}.${t.name}`;
}

/** The tp_name of a value's type (see tpName). */
export function typeName(v: PyValue): string {
  return tpName(typeOf(v));
}

export function isInstance(v: PyValue, t: PyType): boolean {
  return typeOf(v).isSubtypeOf(t);
}
