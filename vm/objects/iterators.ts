// The iterator types of the built-in containers and the iteration builtins' helpers.
//
// Every native iterator implements next(): the next value, or undefined when exhausted, so that
// FOR_ITER and native consumers never allocate a StopIteration. Python-visible __next__ raises it.

import { PyObject, PyType, PyValue, makeBuiltinType } from './object.js';
import { PyList } from './list.js';
import { PyTuple } from './tuple.js';
import { PyDict } from './dict.js';
import { PyRange } from './range.js';
import { runtimeError } from '../runtime/raise.js';
import { PyBaseException, StopIteration } from './exceptions.js';

export { PyIterator } from './iterator_base.js';
import { PyIterator } from './iterator_base.js';

function iterType(name: string): PyType {
  const t = makeBuiltinType(name);
  t.isBaseType = false;
  return t;
}

export const listIteratorType = iterType('list_iterator');
export const listReverseIteratorType = iterType('list_reverseiterator');
export const tupleIteratorType = iterType('tuple_iterator');
/** CPython has two str iterator types: str_ascii_iterator for all-ASCII strings, str_iterator otherwise. */
export const strIteratorType = iterType('str_iterator');
export const strAsciiIteratorType = iterType('str_ascii_iterator');
export const rangeIteratorType = iterType('range_iterator');
export const longRangeIteratorType = iterType('longrange_iterator');
export const dictKeyIteratorType = iterType('dict_keyiterator');
export const dictValueIteratorType = iterType('dict_valueiterator');
export const dictItemIteratorType = iterType('dict_itemiterator');
export const setIteratorType = iterType('set_iterator');
export const seqIteratorType = iterType('iterator');
export const callableIteratorType = iterType('callable_iterator');
export const bytesIteratorType = iterType('bytes_iterator');

export class ListIterator extends PyIterator {
  private i = 0;
  constructor(private list: PyList | null) {
    super(listIteratorType);
  }
  next(): PyValue | undefined {
    const l = this.list;
    if (l === null) return undefined;
    if (this.i < l.items.length) return l.items[this.i++];
    this.list = null;
    return undefined;
  }
  lengthHint(): number {
    return this.list === null ? 0 : Math.max(0, this.list.items.length - this.i);
  }
}

export class ListReverseIterator extends PyIterator {
  private i: number;
  constructor(private list: PyList | null) {
    super(listReverseIteratorType);
    this.i = list === null ? -1 : list.items.length - 1;
  }
  next(): PyValue | undefined {
    const l = this.list;
    if (l === null) return undefined;
    if (this.i >= 0 && this.i < l.items.length) return l.items[this.i--];
    this.list = null;
    return undefined;
  }
}

export class TupleIterator extends PyIterator {
  private i = 0;
  constructor(private readonly items: PyValue[]) {
    super(tupleIteratorType);
  }
  next(): PyValue | undefined {
    return this.i < this.items.length ? this.items[this.i++] : undefined;
  }
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** Iterates a string by code point. `exact` is false for an instance of a str subclass, never "ASCII". */
export class StrIterator extends PyIterator {
  private i = 0;
  constructor(private readonly s: string, exact = true) {
    super(exact && isAscii(s) ? strAsciiIteratorType : strIteratorType);
  }
  next(): PyValue | undefined {
    const s = this.s;
    const i = this.i;
    if (i >= s.length) return undefined;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        this.i = i + 2;
        return s.slice(i, i + 2);
      }
    }
    this.i = i + 1;
    return s[i];
  }
}

export class RangeIterator extends PyIterator {
  private cur: number;
  private left: number;
  constructor(start: number, private readonly step: number, length: number) {
    super(rangeIteratorType);
    this.cur = start;
    this.left = length;
  }
  next(): PyValue | undefined {
    if (this.left <= 0) return undefined;
    this.left--;
    const v = this.cur;
    this.cur += this.step;
    return v;
  }
}

export class LongRangeIterator extends PyIterator {
  private cur: bigint;
  private left: bigint;
  constructor(r: PyRange) {
    super(longRangeIteratorType);
    this.cur = BigInt(r.start);
    this.left = BigInt(r.length);
    this.stepB = BigInt(r.step);
  }
  private readonly stepB: bigint;
  next(): PyValue | undefined {
    if (this.left <= 0n) return undefined;
    this.left--;
    const v = this.cur;
    this.cur += this.stepB;
    return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
  }
}

export function rangeIterator(r: PyRange): PyIterator {
  if (typeof r.start === 'number' && typeof r.step === 'number' && typeof r.length === 'number') {
    const last = r.start + (r.length - 1) * r.step;
    if (Number.isSafeInteger(last)) return new RangeIterator(r.start, r.step, r.length);
  }
  return new LongRangeIterator(r);
}

export type DictIterKind = 'keys' | 'values' | 'items';

/**
 * Iterates a dict by entry position, as CPython's dictiter does: holes left by deletions are skipped and
 * keys added during iteration are visited. A size change raises (and keeps raising); producing more
 * keys than the dict had at the start (same size, different keys) raises "keys changed" and ends it.
 */
export class DictIterator extends PyIterator {
  private source: PyDict | null;
  private pos = 0;
  /** The size the dict must keep (CPython's di_used); -1 once a size change has been reported. */
  private used: number;
  /** Keys still expected (CPython's len). */
  private left: number;
  constructor(
    source: PyDict,
    private readonly kind: DictIterKind,
    cls: PyType,
    private readonly makeItem: (k: PyValue, v: PyValue) => PyValue,
    private readonly what = 'dictionary',
  ) {
    super(cls);
    this.source = source;
    this.used = source.size;
    this.left = source.size;
  }
  next(): PyValue | undefined {
    const d = this.source;
    if (d === null) return undefined;
    if (d.size !== this.used) {
      this.used = -1;
      throw runtimeError(`${this.what} changed size during iteration`);
    }
    const n = d.entryCount;
    let i = this.pos;
    let v = i < n ? d.valueAt(i) : undefined;
    while (v === undefined && ++i < n) v = d.valueAt(i);
    if (v === undefined) {
      this.source = null;
      return undefined;
    }
    if (this.left === 0) {
      this.source = null;
      throw runtimeError(`${this.what} keys changed during iteration`);
    }
    this.pos = i + 1;
    this.left--;
    if (this.kind === 'values') return v;
    const k = d.keyAt(i);
    if (this.kind === 'keys') return k;
    return this.makeItem(k, v);
  }
  lengthHint(): number {
    const d = this.source;
    return d !== null && d.size === this.used ? this.left : 0;
  }
}

export function tupleOf2(a: PyValue, b: PyValue): PyTuple {
  return new PyTuple([a, b]);
}

/** Iterates by __getitem__(0), __getitem__(1), ... until IndexError (the old sequence protocol). */
export class SeqIterator extends PyIterator {
  private i = 0;
  private done = false;
  constructor(
    private readonly seq: PyValue,
    private readonly getItem: (container: PyValue, key: PyValue) => PyValue,
  ) {
    super(seqIteratorType);
  }
  next(): PyValue | undefined {
    if (this.done) return undefined;
    try {
      return this.getItem(this.seq, this.i++);
    } catch (e) {
      if (e instanceof PyBaseException && (e.cls.name === 'IndexError' || e.cls.isSubtypeOf(StopIteration))) {
        this.done = true;
        return undefined;
      }
      throw e;
    }
  }
}
