// dict: an insertion-ordered hash map with Python key semantics (1 == 1.0 == True are one key,
// user __eq__/__hash__ respected), built on a JS Map so that str and int keys cost one Map operation.
//
// How keys are stored: every key is reduced to a "slot key" for the Map.
//   str -> the string; int -> the number/bigint; bool -> 0/1; float -> the equal int if integral, else
//   the double; objects with identity equality -> the object itself; anything else (tuples, user classes
//   with __eq__) -> the first-inserted equal key object, found through a side table of internal hashes.
// When the Python key object differs from its slot key (a float or bool key, say), the original key is
// kept in `origKeys`, because a dict keeps the first key object it saw. JS Maps keep insertion order and
// keep a key's position when its value is replaced, exactly the ordering rules of a Python dict.
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

export type SlotKey = unknown;

export class PyDict extends PyObject {
  /** slot key -> value, in insertion order. */
  readonly map = new Map<SlotKey, PyValue>();
  /** slot key -> original key object, where they differ. */
  private origKeys: Map<SlotKey, PyValue> | null = null;
  /** internal hash -> canonical key objects, for keys compared by Python equality. */
  private byHash: Map<number, PyValue[]> | null = null;
  /** Bumped on every insertion or deletion of a key (not on value replacement). */
  version = 0;

  constructor(cls: PyType = dictType) {
    super(cls);
  }

  get size(): number {
    return this.map.size;
  }

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
    if (key instanceof PyFloat && key.cls === floatType) return floatSlotKey(key.value);
    if (hooks.usesIdentity(key)) return key;
    const plain = hooks.plainValue(key);
    if (plain !== undefined) {
      return plain instanceof PyFloat ? floatSlotKey(plain.value) : (plain as SlotKey);
    }
    const h = hooks.hash(key);
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
        if (!this.map.has(sk)) this.rememberOrig(sk, key);
        return sk;
      }
    }
    const sk = this.objectSlotKey(key, true);
    if (sk !== key && !this.map.has(sk)) this.rememberOrig(sk, key);
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

  get(key: PyValue): PyValue | undefined {
    const sk = this.slotKeyForLookup(key);
    return sk === undefined ? undefined : this.map.get(sk);
  }

  has(key: PyValue): boolean {
    const sk = this.slotKeyForLookup(key);
    return sk !== undefined && this.map.has(sk);
  }

  set(key: PyValue, value: PyValue): void {
    const sk = this.slotKeyForInsert(key);
    const n = this.map.size;
    this.map.set(sk, value);
    if (this.map.size !== n) this.version++;
  }

  /** Remove a key; returns the old value or undefined if absent. */
  delete(key: PyValue): PyValue | undefined {
    const sk = this.slotKeyForLookup(key);
    if (sk === undefined) return undefined;
    const v = this.map.get(sk);
    if (v === undefined) return undefined;
    this.map.delete(sk);
    this.version++;
    this.forget(sk);
    return v;
  }

  private forget(sk: SlotKey): void {
    this.origKeys?.delete(sk);
    if (this.byHash !== null && typeof sk === 'object' && sk !== null) {
      const h = hooks.hash(sk as PyValue);
      const bucket = this.byHash.get(h);
      if (bucket !== undefined) {
        const i = bucket.indexOf(sk as PyValue);
        if (i >= 0) bucket.splice(i, 1);
        if (bucket.length === 0) this.byHash.delete(h);
      }
    }
  }

  /** Fast paths for attribute dictionaries, whose keys are strings. */
  getStr(name: string): PyValue | undefined {
    return this.map.get(name);
  }

  setStr(name: string, value: PyValue): void {
    const n = this.map.size;
    this.map.set(name, value);
    if (this.map.size !== n) this.version++;
  }

  deleteStr(name: string): boolean {
    if (!this.map.delete(name)) return false;
    this.version++;
    this.origKeys?.delete(name);
    return true;
  }

  clear(): void {
    this.map.clear();
    this.origKeys = null;
    this.byHash = null;
    this.version++;
  }

  /** Remove and return the last inserted (key, value), for popitem(). */
  popLast(): [PyValue, PyValue] | undefined {
    let lastKey: SlotKey | undefined;
    let found = false;
    for (const k of this.map.keys()) {
      lastKey = k;
      found = true;
    }
    if (!found) return undefined;
    const v = this.map.get(lastKey)!;
    const key = this.keyOf(lastKey);
    this.map.delete(lastKey);
    this.version++;
    this.forget(lastKey);
    return [key, v];
  }

  *keys(): IterableIterator<PyValue> {
    for (const sk of this.map.keys()) yield this.keyOf(sk);
  }

  *entries(): IterableIterator<[PyValue, PyValue]> {
    for (const [sk, v] of this.map) yield [this.keyOf(sk), v];
  }

  values(): IterableIterator<PyValue> {
    return this.map.values();
  }

  copyInto(target: PyDict): void {
    for (const [sk, v] of this.map) target.set(this.keyOf(sk), v);
  }
}
dictType.allocate = (cls) => new PyDict(cls);

function floatSlotKey(x: number): SlotKey {
  if (Number.isInteger(x)) {
    return Number.isSafeInteger(x) ? x + 0 : BigInt(x);
  }
  return x;
}

/** A dict from a JS object's entries, for building namespaces in native code. */
export function dictFromEntries(entries: Iterable<[PyValue, PyValue]>): PyDict {
  const d = new PyDict();
  for (const [k, v] of entries) d.set(k, v);
  return d;
}

