// set and frozenset objects, stored in CPython's own hash-table layout (Objects/setobject.c's
// algorithm): open addressing over a power-of-two table of at least 8 slots, LINEAR_PROBES neighbours
// per probe then perturbed jumps, dummy slots for deleted keys, growth when fill*5 >= mask*3, and the
// same merge/resize shortcuts. Keys hash with the real CPython hash values (runtime/protocols.ts), so
// a set of ints, floats or tuples iterates, prints and pops in exactly CPython's order.
//
// This file holds the storage and the algorithms that touch the table; the Python-visible methods
// live in set_methods.ts. It never formats a set nor decides anything about operator dispatch.

import { PyObject, PyType, PyValue, makeBuiltinType, typeName } from './object.js';
import { PyDict, dictType } from './dict.js';
import { PyList } from './list.js';
import { PyTuple } from './tuple.js';
import { setIteratorType } from './iterators.js';
import { PyIterator } from './iterator_base.js';
import { PyBaseException, TypeError as TypeErrorType, exceptionStr } from './exceptions.js';
import { hash, eq, getIter, iterNext } from '../runtime/protocols.js';
import { typeError, runtimeError } from '../runtime/raise.js';
import type { PyInt } from '../numeric/int_math.js';

export const setType = makeBuiltinType('set');
export const frozensetType = makeBuiltinType('frozenset');

const MIN_SIZE = 8;
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5;

/** The key of a deleted slot. Its hash halves are (-1, -1), a value no real hash takes. */
const DUMMY = Object.freeze(Object.create(null)) as PyValue;

// The 64-bit hash of the key being worked on, as int32 halves. Set by splitHash(); every caller copies
// them into locals before running anything that could re-enter (a Python __eq__ or __hash__).
let hLo = 0;
let hHi = 0;

function splitHash(h: PyInt): void {
  if (typeof h === 'number') {
    hLo = h | 0;
    hHi = Math.floor(h / 4294967296) | 0;
  } else {
    hLo = Number(BigInt.asIntN(32, h));
    hHi = Number(BigInt.asIntN(32, h >> 32n));
  }
}

/**
 * CPython 3.14 re-raises a TypeError from hashing a set element or dict key as
 * "cannot use 'list' as a set element (unhashable type: 'list')"; other errors pass unchanged.
 */
export function wrapUnhashable(e: unknown, key: PyValue, what: 'set element' | 'dict key'): unknown {
  if (e instanceof PyBaseException && e.cls === TypeErrorType) {
    return typeError(`cannot use '${typeName(key)}' as a ${what} (${exceptionStr(e)})`);
  }
  return e;
}

/** Hash a key into (hLo, hHi), with the set-element error message. */
function hashKey(key: PyValue): void {
  if (typeof key === 'number') {
    // A safe integer is its own hash (it is far below 2**61 - 1), except that -1 hashes to -2.
    const h = key === -1 ? -2 : key;
    hLo = h | 0;
    hHi = Math.floor(h / 4294967296) | 0;
    return;
  }
  try {
    splitHash(hash(key));
  } catch (e) {
    throw wrapUnhashable(e, key, 'set element');
  }
}

/**
 * Hash for membership tests, discard() and remove(): a set (not frozenset) key that cannot be hashed
 * is looked up as the equal frozenset would be, as CPython does for `{1} in {frozenset({1})}`.
 */
function hashLookupKey(key: PyValue): void {
  if (typeof key === 'number') {
    hashKey(key);
    return;
  }
  try {
    hashKey(key);
  } catch (e) {
    if (key instanceof PySet && !key.frozen && e instanceof PyBaseException && e.cls === TypeErrorType) {
      splitHash(key.computeHash());
      return;
    }
    throw e;
  }
}

export class PySet extends PyObject {
  /** Slot keys, mask+1 of them: undefined for a never-used slot, DUMMY for a deleted one. */
  keys: (PyValue | undefined)[] = newKeys(MIN_SIZE);
  /** Slot hashes as int32 halves: hashes[2*i] is slot i's low half, hashes[2*i+1] its high half. */
  hashes: number[] = newHashes(MIN_SIZE);
  mask = MIN_SIZE - 1;
  /** Active plus dummy slots. */
  fill = 0;
  /** Active slots: the set's length. */
  used = 0;
  /** Where pop() resumes its scan. */
  finger = 0;
  /** A frozenset's hash, once computed. */
  private cachedHash: PyInt | undefined = undefined;

  constructor(cls: PyType = setType) {
    super(cls);
  }

  get size(): number {
    return this.used;
  }

  get frozen(): boolean {
    return this.cls.isSubtypeOf(frozensetType);
  }

  // ---- the public element operations ------------------------------------------------------------------

  /** set.add: TypeError "cannot use 'list' as a set element (...)" for unhashable keys. */
  add(key: PyValue): void {
    hashKey(key);
    this.addHashed(key, hLo, hHi);
  }

  /** `key in set` (with the set-as-frozenset retry). */
  has(key: PyValue): boolean {
    hashLookupKey(key);
    return this.findSlot(key, hLo, hHi) >= 0;
  }

  /** Remove key if present; true if it was (with the set-as-frozenset retry). */
  discard(key: PyValue): boolean {
    hashLookupKey(key);
    const j = this.findSlot(key, hLo, hHi);
    if (j < 0) return false;
    this.removeSlot(j);
    return true;
  }

  /** The elements in table order. Not to be used while the set may change. */
  *values(): IterableIterator<PyValue> {
    const keys = this.keys;
    for (let j = 0; j < keys.length; j++) {
      const k = keys[j];
      if (k !== undefined && k !== DUMMY) yield k;
    }
  }

  /** The elements in table order, as an array. */
  toArray(): PyValue[] {
    const out: PyValue[] = [];
    const keys = this.keys;
    for (let j = 0; j < keys.length; j++) {
      const k = keys[j];
      if (k !== undefined && k !== DUMMY) out.push(k);
    }
    return out;
  }

  /** set.clear(): back to an empty 8-slot table. */
  clear(): void {
    this.keys = newKeys(MIN_SIZE);
    this.hashes = newHashes(MIN_SIZE);
    this.mask = MIN_SIZE - 1;
    this.fill = 0;
    this.used = 0;
    this.cachedHash = undefined;
  }

  /** set.pop(): the first active slot at or after the finger, or undefined if empty. */
  pop(): PyValue | undefined {
    if (this.used === 0) return undefined;
    const keys = this.keys;
    const mask = this.mask;
    let j = this.finger & mask;
    for (;;) {
      const k = keys[j];
      if (k !== undefined && k !== DUMMY) {
        this.removeSlot(j);
        this.finger = j + 1;
        return k;
      }
      j = j === mask ? 0 : j + 1;
    }
  }

  /** Add every element of an iterable (set_update_internal): sets merge tables, exact dicts their keys. */
  update(other: PyValue): void {
    if (other instanceof PySet) {
      if (other !== this) this.merge(other);
      return;
    }
    if (other instanceof PyDict && other.cls === dictType) {
      this.updateFromDict(other);
      return;
    }
    if ((other instanceof PyList && !other.cls.isHeap) || (other instanceof PyTuple && !other.cls.isHeap)) {
      // Index by index, re-reading the length, as the list iterator would.
      const items = other.items;
      for (let i = 0; i < items.length; i++) this.add(items[i]);
      return;
    }
    const it = getIter(other);
    for (;;) {
      const x = iterNext(it);
      if (x === undefined) return;
      this.add(x);
    }
  }

  /** Replace the contents by other's (set_swap_bodies, one direction): for the *_update methods. */
  takeContents(other: PySet): void {
    this.keys = other.keys;
    this.hashes = other.hashes;
    this.mask = other.mask;
    this.fill = other.fill;
    this.used = other.used;
    this.cachedHash = undefined;
    other.keys = newKeys(MIN_SIZE);
    other.hashes = newHashes(MIN_SIZE);
    other.mask = MIN_SIZE - 1;
    other.fill = 0;
    other.used = 0;
  }

  /** frozenset's hash (frozenset_hash): cached for frozensets, recomputed for sets. */
  computeHash(): PyInt {
    if (this.cachedHash !== undefined) return this.cachedHash;
    const h = frozensetHash(this);
    if (this.frozen) this.cachedHash = h;
    return h;
  }

  // ---- element operations on known hashes (for the set algebra in set_methods.ts) ------------------

  /** The slot holding a key equal to `key` with hash (lo, hi), or -1 (set_lookkey). */
  findSlot(key: PyValue, lo: number, hi: number): number {
    restart: for (;;) {
      const keys = this.keys;
      const hs = this.hashes;
      const mask = this.mask;
      let i = lo & mask;
      let pLo = lo;
      let pHi = hi;
      for (;;) {
        let j = i;
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
          const k = keys[j];
          if (k === undefined) return -1;
          if (hs[2 * j] === lo && hs[2 * j + 1] === hi) {
            if (k === key) return j;
            if (typeof k !== 'string' || typeof key !== 'string') {
              const same = eq(k, key);
              if (this.keys !== keys || keys[j] !== k) continue restart;
              if (same) return j;
            }
          }
          j++;
        } while (probes-- > 0);
        pLo = (pLo >>> PERTURB_SHIFT) | (pHi << (32 - PERTURB_SHIFT));
        pHi = pHi >>> PERTURB_SHIFT;
        i = (i * 5 + 1 + pLo) & mask;
      }
    }
  }

  /** Insert a key with a known hash unless an equal key is present (set_add_entry). */
  addHashed(key: PyValue, lo: number, hi: number): void {
    restart: for (;;) {
      const keys = this.keys;
      const hs = this.hashes;
      const mask = this.mask;
      let i = lo & mask;
      let pLo = lo;
      let pHi = hi;
      let freeSlot = -1;
      for (;;) {
        let j = i;
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
          const k = keys[j];
          if (k === undefined) {
            if (freeSlot >= 0) {
              // Reusing a dummy slot: fill is unchanged, so no resize can be due.
              keys[freeSlot] = key;
              hs[2 * freeSlot] = lo;
              hs[2 * freeSlot + 1] = hi;
              this.used++;
              this.cachedHash = undefined;
              return;
            }
            keys[j] = key;
            hs[2 * j] = lo;
            hs[2 * j + 1] = hi;
            this.fill++;
            this.used++;
            this.cachedHash = undefined;
            if (this.fill * 5 < mask * 3) return;
            this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
            return;
          }
          const hl = hs[2 * j];
          const hh = hs[2 * j + 1];
          if (hl === lo && hh === hi) {
            if (k === key) return;
            if (typeof k !== 'string' || typeof key !== 'string') {
              if (eq(k, key)) return;
              if (this.keys !== keys || keys[j] !== k) continue restart;
            }
          } else if (hl === -1 && hh === -1) {
            freeSlot = j;
          }
          j++;
        } while (probes-- > 0);
        pLo = (pLo >>> PERTURB_SHIFT) | (pHi << (32 - PERTURB_SHIFT));
        pHi = pHi >>> PERTURB_SHIFT;
        i = (i * 5 + 1 + pLo) & mask;
      }
    }
  }

  /** Turn an active slot into a dummy (set_discard_entry's second half). */
  removeSlot(j: number): void {
    this.keys[j] = DUMMY;
    this.hashes[2 * j] = -1;
    this.hashes[2 * j + 1] = -1;
    this.used--;
    this.cachedHash = undefined;
  }

  /** Visit the active slots in table order: (key, lo, hi). The callback must not change this set. */
  forEachEntry(fn: (key: PyValue, lo: number, hi: number) => void): void {
    const keys = this.keys;
    const hs = this.hashes;
    for (let j = 0; j < keys.length; j++) {
      const k = keys[j];
      if (k !== undefined && k !== DUMMY) fn(k, hs[2 * j], hs[2 * j + 1]);
    }
  }

  /** A snapshot of the active slots as parallel arrays, for loops that run Python code. */
  entries(): { keys: PyValue[]; lo: number[]; hi: number[] } {
    const out = { keys: [] as PyValue[], lo: [] as number[], hi: [] as number[] };
    const keys = this.keys;
    const hs = this.hashes;
    for (let j = 0; j < keys.length; j++) {
      const k = keys[j];
      if (k !== undefined && k !== DUMMY) {
        out.keys.push(k);
        out.lo.push(hs[2 * j]);
        out.hi.push(hs[2 * j + 1]);
      }
    }
    return out;
  }

  /** Rebuild the table if more than a quarter of it is dummies (end of set_difference_update_internal). */
  purgeDummies(): void {
    if (this.fill - this.used <= this.mask >>> 2) return;
    this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  // ---- table management ---------------------------------------------------------------------------

  /** set_table_resize: the smallest power-of-two table > minused, re-inserting in old slot order. */
  resize(minused: number): void {
    let newSize = MIN_SIZE;
    while (newSize <= minused) newSize *= 2;
    const oldKeys = this.keys;
    const oldHashes = this.hashes;
    // Staying in the 8-slot table with no dummies to purge: nothing changes.
    if (newSize === MIN_SIZE && this.mask === MIN_SIZE - 1 && this.fill === this.used) return;
    const keys = newKeys(newSize);
    const hs = newHashes(newSize);
    const mask = newSize - 1;
    this.keys = keys;
    this.hashes = hs;
    this.mask = mask;
    this.fill = this.used;
    for (let j = 0; j < oldKeys.length; j++) {
      const k = oldKeys[j];
      if (k !== undefined && k !== DUMMY) insertClean(keys, hs, mask, k, oldHashes[2 * j], oldHashes[2 * j + 1]);
    }
  }

  /** set_merge: add all of another set's elements, with the table-copy shortcuts for an empty target. */
  merge(other: PySet): void {
    if (other === this || other.used === 0) return;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    const oKeys = other.keys;
    const oHashes = other.hashes;
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      // Same size, no dummies: the layout is copied slot for slot.
      this.keys = oKeys.slice();
      this.hashes = oHashes.slice();
      this.fill = other.fill;
      this.used = other.used;
      this.cachedHash = undefined;
      return;
    }
    if (this.fill === 0) {
      const keys = this.keys;
      const hs = this.hashes;
      const mask = this.mask;
      for (let j = 0; j < oKeys.length; j++) {
        const k = oKeys[j];
        if (k !== undefined && k !== DUMMY) insertClean(keys, hs, mask, k, oHashes[2 * j], oHashes[2 * j + 1]);
      }
      this.fill = other.used;
      this.used = other.used;
      this.cachedHash = undefined;
      return;
    }
    // Equal keys may be present: ordinary insertions (which may run __eq__, so re-read other each time).
    for (let j = 0; j <= other.mask; j++) {
      const k = other.keys[j];
      if (k !== undefined && k !== DUMMY) this.addHashed(k, other.hashes[2 * j], other.hashes[2 * j + 1]);
    }
  }

  /** set_update_dict: one resize up front, then the dict's keys in order. */
  updateFromDict(d: PyDict): void {
    const n = d.size;
    if ((this.fill + n) * 5 >= this.mask * 3) this.resize((this.used + n) * 2);
    for (const k of d.keys()) {
      hashKey(k);
      this.addHashed(k, hLo, hHi);
    }
  }
}
setType.allocate = (cls) => new PySet(cls);
frozensetType.allocate = (cls) => new PySet(cls);

// Fresh tables are copies of blank ones cached per size: copying a JS array is several times cheaper
// than allocating and filling one, and hash halves live in plain arrays of doubles (never a typed array,
// whose off-heap buffer costs about a microsecond to allocate: too much for the many small sets programs make).
const blankKeys: (PyValue | undefined)[][] = [];
const blankHashes: number[][] = [];

function newKeys(n: number): (PyValue | undefined)[] {
  const log = 31 - Math.clz32(n);
  let blank = blankKeys[log];
  if (blank === undefined) blank = blankKeys[log] = new Array<PyValue | undefined>(n).fill(undefined);
  return blank.slice();
}

/** Two int32 halves per slot, in an array whose elements are stored as unboxed doubles. */
function newHashes(n: number): number[] {
  const log = 31 - Math.clz32(n);
  let blank = blankHashes[log];
  if (blank === undefined) {
    blank = new Array<number>(2 * n).fill(0);
    blank[0] = 0.5; // makes the array's elements doubles for good, so that no int32 half is boxed
    blank[0] = 0;
    blankHashes[log] = blank;
  }
  return blank.slice();
}

/** Place a key known to be absent into a table without dummies (set_insert_clean). */
function insertClean(keys: (PyValue | undefined)[], hs: number[], mask: number, key: PyValue, lo: number, hi: number): void {
  let i = lo & mask;
  let pLo = lo;
  let pHi = hi;
  for (;;) {
    if (keys[i] === undefined) {
      keys[i] = key;
      hs[2 * i] = lo;
      hs[2 * i + 1] = hi;
      return;
    }
    if (i + LINEAR_PROBES <= mask) {
      for (let j = i + 1; j <= i + LINEAR_PROBES; j++) {
        if (keys[j] === undefined) {
          keys[j] = key;
          hs[2 * j] = lo;
          hs[2 * j + 1] = hi;
          return;
        }
      }
    }
    pLo = (pLo >>> PERTURB_SHIFT) | (pHi << (32 - PERTURB_SHIFT));
    pHi = pHi >>> PERTURB_SHIFT;
    i = (i * 5 + 1 + pLo) & mask;
  }
}

const U64 = (1n << 64n) - 1n;

function shuffleBits(h: bigint): bigint {
  return (((h ^ 89869747n) ^ (h << 16n)) * 3644798167n) & U64;
}

/** frozenset_hash_impl: order-independent mix of the element hashes, in 64-bit unsigned arithmetic. */
function frozensetHash(s: PySet): PyInt {
  let h = 0n;
  const keys = s.keys;
  const hs = s.hashes;
  for (let j = 0; j < keys.length; j++) {
    const k = keys[j];
    if (k !== undefined && k !== DUMMY) {
      const eh = (BigInt(hs[2 * j + 1] >>> 0) << 32n) | BigInt(hs[2 * j] >>> 0);
      h ^= shuffleBits(eh);
    }
  }
  h ^= (BigInt(s.used + 1) * 1927868237n) & U64;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & U64;
  if (h === U64) h = 590923713n;
  const signed = BigInt.asIntN(64, h);
  return signed >= -9007199254740991n && signed <= 9007199254740991n ? Number(signed) : signed;
}

/** The set iterator: table order, RuntimeError if the set's size changes underneath it. */
export class SetIterator extends PyIterator {
  private set: PySet | null;
  private expectedUsed: number;
  private pos = 0;
  private remaining: number;

  constructor(set: PySet) {
    super(setIteratorType);
    this.set = set;
    this.expectedUsed = set.used;
    this.remaining = set.used;
  }

  next(): PyValue | undefined {
    const s = this.set;
    if (s === null) return undefined;
    if (this.expectedUsed !== s.used) {
      this.expectedUsed = -1; // stays in error, as CPython's does
      throw runtimeError('Set changed size during iteration');
    }
    const keys = s.keys;
    let i = this.pos;
    while (i < keys.length) {
      const k = keys[i];
      if (k !== undefined && k !== DUMMY) {
        this.pos = i + 1;
        this.remaining--;
        return k;
      }
      i++;
    }
    this.pos = i;
    this.set = null;
    return undefined;
  }

  /** __length_hint__: the elements left, or 0 once exhausted or if the set changed size. */
  lengthHint(): number {
    const s = this.set;
    return s !== null && this.expectedUsed === s.used ? this.remaining : 0;
  }
}

export function newSet(items: Iterable<PyValue>, cls: PyType = setType): PySet {
  const s = new PySet(cls);
  for (const v of items) s.add(v);
  return s;
}
