// dict: an insertion-ordered hash map with Python key semantics (1 == 1.0 == True are one key,
// user __eq__/__hash__ respected), laid out like CPython's compact dict so that small dicts (most
// literals, kwargs and instance __dict__s) cost one small array and no JS Map.
//
// How keys are stored: every key is reduced to a "slot key", compared with `===`.
//   str -> the string; int -> the number/bigint; bool -> 0/1; float -> the equal int if integral, else
//   the double (NaN: the float object itself, so NaN keys match by identity as in CPython); objects with
//   identity equality -> the object itself; anything else (tuples, user classes with __eq__) -> the
//   first-inserted equal key object, found through a side table of internal hashes.
// When the Python key object differs from its slot key (a float or bool key, say), the original key is
// kept in `origKeys`, because a dict keeps the first key object it saw.
//
// Storage: `e` holds the entries in insertion order, interleaved [sk0, v0, sk1, v1, ...]. Deleting a key
// leaves a hole (slot key HOLE, value undefined) so that positions stay put for live iterators, as in
// CPython. Up to SMALL_MAX entries a lookup is a linear `===` scan (cheaper than hashing); past that,
// `index` maps slot key -> offset in `e`. Holes are squeezed out only when an insertion finds the entry
// table "full", using CPython's sizing rule (USABLE_FRACTION, GROWTH_RATE), so that code mutating a dict
// while iterating it sees the same "changed size"/"keys changed" errors as in CPython in the usual cases.
//
// This file calls Python code only through the hashing/equality hooks of runtime/protocols.ts.

import { PyObject, PyType, PyValue, makeBuiltinType } from './object.js';
import { PyFloat, floatType } from './float.js';

export const dictType = makeBuiltinType('dict');

/** Internal hash and Python equality for keys that need them; installed by runtime/protocols.ts. */
export interface KeyHooks {
  /** A JS number hash consistent with Python equality (need not be CPython's hash value). */
  hash(key: PyValue): number;
  eq(a: PyValue, b: PyValue): boolean;
  /** True if the object's type compares by identity (object's __eq__ and __hash__). */
  usesIdentity(key: PyObject): boolean;
  /** For instances of int/str/float subclasses that keep the base's __eq__/__hash__: the plain value. */
  plainValue(key: PyObject): PyValue | undefined;
}

let hooks: KeyHooks;
export function installKeyHooks(h: KeyHooks): void {
  hooks = h;
}

/**
 * The last error a key's hash raised inside this dict (left unchanged: code that hashed the key itself
 * first, as OrderedDict, Counter and lru_cache do in CPython, must see it as hash() raised it). dict's
 * own methods re-raise it as CPython 3.14 does ("cannot use 'X' as a dict key (...)"): see
 * takeKeyHashError.
 */
let lastKeyHashError: unknown = null;

/** Did `e` come from hashing a key (and not from a key's __eq__)? Forgets it either way. */
export function takeKeyHashError(e: unknown): boolean {
  const hit = e === lastKeyHashError;
  lastKeyHashError = null;
  return hit;
}

export type SlotKey = unknown;

/** The slot key of a deleted entry. No Python key maps to a symbol. */
const HOLE: unique symbol = Symbol('hole');

/** Entries (live + holes) up to which lookups scan linearly instead of keeping an index Map. */
export const SMALL_MAX = 8;

/** CPython's PyDict_LOG_MINSIZE: the smallest table holds 8 index slots, 5 entries. */
const LOG_MINSIZE = 3;

/** CPython's USABLE_FRACTION: how many entries a table of 2**log2 index slots holds (log2 < 30). */
function usableFor(log2: number): number {
  return ((2 << log2) / 3) | 0;
}

/** usableFor(LOG_MINSIZE): the entries of a dict's first table. */
const USABLE_MIN = 5;

/** CPython's calculate_log2_keysize: the smallest power of two >= minsize (at least the minimum). */
function log2For(minsize: number): number {
  let log2 = LOG_MINSIZE;
  while (1 << log2 < minsize && log2 < 30) log2++;
  return log2;
}

export class PyDict extends PyObject {
  /** [sk0, v0, sk1, v1, ...] in insertion order; deleted entries are [HOLE, undefined]. */
  private e: unknown[] = [];
  /** slot key -> offset of the key in `e`; only once there are more than SMALL_MAX entries. */
  private index: Map<SlotKey, number> | null = null;
  /** Live entries. */
  private used = 0;
  /** Entries that may still be appended before the table is rebuilt (CPython's dk_usable). */
  private usable = 0;
  /** slot key -> original key object, where they differ. */
  private origKeys: Map<SlotKey, PyValue> | null = null;
  /** internal hash -> canonical key objects, for keys compared by Python equality. */
  private byHash: Map<number, PyValue[]> | null = null;
  /** canonical key object -> its internal hash, so that removing it does not call __hash__ again. */
  private keyHash: Map<PyValue, number> | null = null;
  /** Bumped on every insertion or deletion of a key (not on value replacement). */
  version = 0;

  constructor(cls: PyType = dictType) {
    super(cls);
  }

  get size(): number {
    return this.used;
  }

  /** The entries the current keys table holds (its USABLE_FRACTION; 0: no table yet), for __sizeof__. */
  get tableUsable(): number {
    return this.usable + this.entryCount;
  }

  // ---- positions: for iterators, which walk entries by position like CPython's ----------------------

  /** Number of entry positions (live ones and holes); positions are 0 .. entryCount-1. */
  get entryCount(): number {
    return this.e.length >> 1;
  }

  /** The value at a position, or undefined for a hole. */
  valueAt(i: number): PyValue | undefined {
    return this.e[2 * i + 1] as PyValue | undefined;
  }

  /** The Python key at a live position. */
  keyAt(i: number): PyValue {
    return this.keyOf(this.e[2 * i]);
  }

  // ---- slot keys -------------------------------------------------------------------------------------

  /** The slot key for a Python key, or undefined if an equal key is absent (for lookups). */
  private slotKeyForLookup(key: PyValue): SlotKey | undefined {
    switch (typeof key) {
      case 'string':
      case 'number':
      case 'bigint':
        return key;
      case 'boolean':
        return key ? 1 : 0;
    }
    return this.objectSlotKey(key, false);
  }

  private objectSlotKey(key: PyObject, inserting: boolean): SlotKey | undefined {
    if (key instanceof PyFloat && key.cls === floatType) return floatSlotKey(key);
    if (hooks.usesIdentity(key)) return key;
    const plain = hooks.plainValue(key);
    if (plain !== undefined) {
      return plain instanceof PyFloat ? floatSlotKey(plain, key) : (plain as SlotKey);
    }
    let h: number;
    try {
      h = hooks.hash(key);
    } catch (e) {
      lastKeyHashError = e;
      throw e;
    }
    if (this.byHash === null) this.byHash = new Map();
    const bucket = this.byHash.get(h);
    if (bucket !== undefined) {
      for (let i = 0; i < bucket.length; i++) {
        const c = bucket[i];
        if (c === key || hooks.eq(c, key)) return c;
      }
    }
    if (!inserting) return undefined;
    if (bucket === undefined) this.byHash.set(h, [key]);
    else bucket.push(key);
    if (this.keyHash === null) this.keyHash = new Map();
    this.keyHash.set(key, h);
    return key;
  }

  private slotKeyForInsert(key: PyValue): SlotKey {
    switch (typeof key) {
      case 'string':
      case 'number':
      case 'bigint':
        return key;
      case 'boolean': {
        const sk = key ? 1 : 0;
        if (this.find(sk) < 0) this.rememberOrig(sk, key);
        return sk;
      }
    }
    const sk = this.objectSlotKey(key, true);
    if (sk !== key && this.find(sk) < 0) this.rememberOrig(sk, key);
    return sk;
  }

  private rememberOrig(sk: SlotKey, key: PyValue): void {
    if (this.origKeys === null) this.origKeys = new Map();
    this.origKeys.set(sk, key);
  }

  /** The Python key object stored for a slot key. */
  keyOf(sk: SlotKey): PyValue {
    if (this.origKeys !== null) {
      const o = this.origKeys.get(sk);
      if (o !== undefined) return o;
    }
    return sk as PyValue;
  }

  // ---- the entry table -------------------------------------------------------------------------------

  /** Offset of a slot key in `e`, or -1. */
  private find(sk: SlotKey): number {
    if (this.index !== null) {
      const p = this.index.get(sk);
      return p === undefined ? -1 : p;
    }
    const e = this.e;
    for (let p = 0; p < e.length; p += 2) if (e[p] === sk) return p;
    return -1;
  }

  /** Store under a slot key: replace the value in place, or append a new entry. */
  private store(sk: SlotKey, value: PyValue): void {
    const p = this.find(sk);
    if (p >= 0) {
      this.e[p + 1] = value;
      return;
    }
    if (this.usable <= 0) {
      // CPython's insertion_resize(GROWTH_RATE); an empty dict's first table needs no arithmetic.
      if (this.used === 0 && this.e.length === 0) this.usable = USABLE_MIN;
      else this.resize(log2For(this.used * 3));
    }
    const e = this.e;
    const at = e.length;
    e.push(sk, value);
    this.usable--;
    this.used++;
    this.version++;
    if (this.index !== null) this.index.set(sk, at);
    else if (at >= 2 * SMALL_MAX) this.buildIndex();
  }

  /** Rebuild for a table of 2**log2 index slots: holes are dropped, so positions change. */
  private resize(log2: number): void {
    const e = this.e;
    if (this.used !== e.length >> 1) {
      const live: unknown[] = [];
      for (let p = 0; p < e.length; p += 2) if (e[p] !== HOLE) live.push(e[p], e[p + 1]);
      this.e = live;
      if (this.index !== null) this.buildIndex();
    }
    this.usable = usableFor(log2) - this.used;
  }

  private buildIndex(): void {
    const e = this.e;
    if (e.length <= 2 * SMALL_MAX) {
      this.index = null;
      return;
    }
    const index = new Map<SlotKey, number>();
    for (let p = 0; p < e.length; p += 2) if (e[p] !== HOLE) index.set(e[p], p);
    this.index = index;
  }

  /** Remove the entry at offset p (a live one), leaving a hole. */
  private removeAt(p: number): void {
    const sk = this.e[p];
    this.e[p] = HOLE;
    this.e[p + 1] = undefined;
    this.used--;
    this.version++;
    if (this.index !== null) this.index.delete(sk);
    this.forget(sk);
  }

  /**
   * Size the table for about n keys before they are inserted (CPython's dict_new_presized, as used for
   * dict displays by BUILD_MAP): only on an empty dict, and never smaller than the default.
   */
  presize(n: number): void {
    if (n <= USABLE_MIN || this.e.length !== 0) return;
    // CPython caps the presize at 2**17 index slots rather than trusting a huge estimate.
    const log2 = n > usableFor(17) ? 17 : log2For(Math.floor((n * 3 + 1) / 2));
    this.usable = usableFor(log2);
  }

  // ---- Python-level operations -----------------------------------------------------------------------

  get(key: PyValue): PyValue | undefined {
    const sk = this.slotKeyForLookup(key);
    if (sk === undefined) return undefined;
    const p = this.find(sk);
    return p < 0 ? undefined : (this.e[p + 1] as PyValue);
  }

  has(key: PyValue): boolean {
    const sk = this.slotKeyForLookup(key);
    return sk !== undefined && this.find(sk) >= 0;
  }

  set(key: PyValue, value: PyValue): void {
    this.store(this.slotKeyForInsert(key), value);
  }

  /** Remove a key; returns the old value or undefined if absent. */
  delete(key: PyValue): PyValue | undefined {
    const sk = this.slotKeyForLookup(key);
    if (sk === undefined) return undefined;
    const p = this.find(sk);
    if (p < 0) return undefined;
    const v = this.e[p + 1] as PyValue;
    this.removeAt(p);
    return v;
  }

  private forget(sk: SlotKey): void {
    this.origKeys?.delete(sk);
    if (this.keyHash !== null && typeof sk === 'object' && sk !== null) {
      const h = this.keyHash.get(sk as PyValue);
      if (h === undefined) return;
      this.keyHash.delete(sk as PyValue);
      const bucket = this.byHash!.get(h);
      if (bucket !== undefined) {
        const i = bucket.indexOf(sk as PyValue);
        if (i >= 0) bucket.splice(i, 1);
        if (bucket.length === 0) this.byHash!.delete(h);
      }
    }
  }

  /** Fast paths for attribute dictionaries, whose keys are strings. */
  getStr(name: string): PyValue | undefined {
    if (this.index !== null) {
      const p = this.index.get(name);
      return p === undefined ? undefined : (this.e[p + 1] as PyValue);
    }
    const e = this.e;
    for (let p = 0; p < e.length; p += 2) if (e[p] === name) return e[p + 1] as PyValue;
    return undefined;
  }

  setStr(name: string, value: PyValue): void {
    this.store(name, value);
  }

  deleteStr(name: string): boolean {
    const p = this.find(name);
    if (p < 0) return false;
    this.removeAt(p);
    return true;
  }

  clear(): void {
    this.e = [];
    this.index = null;
    this.used = 0;
    this.usable = 0;
    this.origKeys = null;
    this.byHash = null;
    this.keyHash = null;
    this.version++;
  }

  /** Remove and return the last inserted (key, value), for popitem(). */
  popLast(): [PyValue, PyValue] | undefined {
    const e = this.e;
    let p = e.length - 2;
    while (p >= 0 && e[p] === HOLE) p -= 2;
    if (p < 0) return undefined;
    const sk = e[p];
    const key = this.keyOf(sk);
    const v = e[p + 1] as PyValue;
    this.removeAt(p);
    // Like CPython's popitem, the entry table shrinks to the popped position (trailing holes go too).
    e.length = p;
    return [key, v];
  }

  *keys(): IterableIterator<PyValue> {
    for (let i = 0; i < this.e.length; i += 2) {
      const sk = this.e[i];
      if (sk !== HOLE) yield this.keyOf(sk);
    }
  }

  *entries(): IterableIterator<[PyValue, PyValue]> {
    for (let i = 0; i < this.e.length; i += 2) {
      const sk = this.e[i];
      if (sk !== HOLE) yield [this.keyOf(sk), this.e[i + 1] as PyValue];
    }
  }

  *values(): IterableIterator<PyValue> {
    for (let i = 0; i < this.e.length; i += 2) {
      if (this.e[i] !== HOLE) yield this.e[i + 1] as PyValue;
    }
  }

  copyInto(target: PyDict): void {
    const e = this.e;
    for (let p = 0; p < e.length; p += 2) {
      if (e[p] !== HOLE) target.set(this.keyOf(e[p]), e[p + 1] as PyValue);
    }
  }
}
dictType.allocate = (cls) => new PyDict(cls);

/**
 * A float key's slot key: the equal int when integral (so 1.0 finds 1); NaN is equal to nothing, not
 * even itself, so it is keyed by the object (`owner`: the key itself, for float subclasses).
 */
function floatSlotKey(f: PyFloat, owner: PyObject = f): SlotKey {
  const x = f.value;
  if (Number.isInteger(x)) {
    return Number.isSafeInteger(x) ? x + 0 : BigInt(x);
  }
  return x === x ? x : owner;
}

/** A dict from a JS object's entries, for building namespaces in native code. */
export function dictFromEntries(entries: Iterable<[PyValue, PyValue]>): PyDict {
  const d = new PyDict();
  for (const [k, v] of entries) d.set(k, v);
  return d;
}
