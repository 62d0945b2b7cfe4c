// The _collections module (CPython's Modules/_collectionsmodule.c): deque and its two iterators,
// defaultdict, _count_elements (Counter's counting loop) and _tuplegetter (namedtuple's field
// descriptor), plus OrderedDict (defined in ordered_dict.ts). collections/__init__.py from CPython's
// own stdlib builds everything else on top of these.
//
// deque is a ring buffer (a JS array whose length is a power of two) rather than CPython's linked
// blocks: same O(1) ends and O(1) indexing. What CPython makes observable of its layout is kept:
// the `state` counter that iterators and scans use to report "deque mutated during iteration"
// changes exactly when CPython's does. This file must not reach into dict internals beyond PyDict's
// public methods, nor format messages with anything but CPython's wording.

import { PyObject, PyType, PyValue, makeBuiltinType, typeOf, typeName, objectType, intType } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyDict, dictType } from '../objects/dict.js';
import { PyList, listType } from '../objects/list.js';
import { PyTuple, tuple, emptyTuple } from '../objects/tuple.js';
import { None, NotImplemented } from '../objects/singletons.js';
import {
  PyNativeFunction, PyGetSetDescriptor, defMethod, defNew, defGetSet,
  defClassMethod, oneArg, noArgs, noKwargs, argRange,
} from '../objects/native.js';
import { PyIterator } from '../objects/iterators.js';
import { defIteratorProtocol } from '../objects/iterator_methods.js';
import { keyError } from '../objects/dict_methods.js';
import { searchBound, repeatCount, repeatNonIndex } from '../objects/tuple_methods.js';
import { PyBaseException, MemoryError } from '../objects/exceptions.js';
import {
  repr, eq, hash, getIter, iterNext, asIndex, setItem, withReprGuard, richCompare, truthy, Cmp,
} from '../runtime/protocols.js';
import { callObject, isCallable } from '../runtime/call.js';
import { getAttr, descrGet } from '../runtime/attributes.js';
import { binaryDispatch } from '../runtime/operators.js';
import {
  typeError, valueError, indexError, runtimeError, overflowError, attributeError, notImplementedError,
} from '../runtime/raise.js';
import { unexpectedKeywordMessage } from '../runtime/keyword_suggestion.js';
import { registerNativeModule } from './registry.js';
import { odictType } from './ordered_dict.js';

type Args = PyValue[];
type Kw = Map<string, PyValue> | null;

const SSIZE_MAX = 9223372036854775807n;
const SSIZE_MIN = -9223372036854775808n;

// ---- shared helpers ----------------------------------------------------------------------------------

/**
 * Py_GenericAlias, the __class_getitem__ of every C type (deque[int], partial[int]): delegates to
 * list's, so that whatever implements types.GenericAlias serves all of them with the right origin.
 */
export function genericAlias(cls: PyType, arg: PyValue): PyValue {
  const impl = listType.lookup('__class_getitem__');
  if (impl === undefined) {
    throw notImplementedError(`${cls.name}[...]: types.GenericAlias is not implemented in pyrewind yet`);
  }
  // Bound to `cls` (not list) whatever kind of class-level descriptor list uses.
  return callObject(descrGet(impl, null, cls), [arg]);
}

/** PyLong_AsSsize_t on a value that must already be an int (no __index__): deque's maxlen. */
function strictSsize(v: PyValue): number {
  let i: PyValue = v;
  if (typeof i === 'boolean') i = i ? 1 : 0;
  else if (typeof i === 'object' && i.cls.isSubtypeOf(intType)) i = asIndex(i);
  if (typeof i === 'number') return i;
  if (typeof i === 'bigint') {
    if (i > SSIZE_MAX || i < SSIZE_MIN) throw overflowError('Python int too large to convert to C ssize_t');
    return Number(i);
  }
  throw typeError('an integer is required');
}

/** An Argument Clinic Py_ssize_t parameter: __index__ allowed, OverflowError beyond Py_ssize_t. */
function ssizeParam(v: PyValue): number {
  const i = asIndex(v);
  if (typeof i === 'number') return i;
  if (i > SSIZE_MAX || i < SSIZE_MIN) throw overflowError('Python int too large to convert to C ssize_t');
  return Number(i);
}

// ---- deque storage ------------------------------------------------------------------------------------

const MIN_CAPACITY = 8;

export class PyDeque extends PyObject {
  /** Ring buffer; its length is a power of two. Slots outside the live range hold undefined. */
  buf: (PyValue | undefined)[] = new Array<PyValue | undefined>(MIN_CAPACITY).fill(undefined);
  mask = MIN_CAPACITY - 1;
  head = 0;
  size = 0;
  /** -1 when unbounded. */
  maxlen = -1;
  /** Bumped whenever CPython's deque->state is: iterators and scans compare it. */
  state = 0;

  at(i: number): PyValue {
    return this.buf[(this.head + i) & this.mask] as PyValue;
  }

  setAt(i: number, v: PyValue): void {
    this.buf[(this.head + i) & this.mask] = v;
  }

  private grow(): void {
    const old = this.buf;
    const cap = old.length;
    const next = new Array<PyValue | undefined>(cap * 2).fill(undefined);
    for (let i = 0; i < this.size; i++) next[i] = old[(this.head + i) & this.mask];
    this.buf = next;
    this.mask = cap * 2 - 1;
    this.head = 0;
  }

  pushRight(v: PyValue): void {
    if (this.size === this.buf.length) this.grow();
    this.buf[(this.head + this.size) & this.mask] = v;
    this.size++;
  }

  pushLeft(v: PyValue): void {
    if (this.size === this.buf.length) this.grow();
    this.head = (this.head - 1) & this.mask;
    this.buf[this.head] = v;
    this.size++;
  }

  popRight(): PyValue {
    this.size--;
    const i = (this.head + this.size) & this.mask;
    const v = this.buf[i] as PyValue;
    this.buf[i] = undefined;
    return v;
  }

  popLeft(): PyValue {
    const i = this.head;
    const v = this.buf[i] as PyValue;
    this.buf[i] = undefined;
    this.head = (i + 1) & this.mask;
    this.size--;
    return v;
  }

  /** Rotate right by n (left if negative), |n| <= size/2; does not touch `state`. */
  rotateRaw(n: number): void {
    const buf = this.buf;
    const mask = this.mask;
    if (this.size === buf.length) {
      this.head = (this.head - n) & mask;
      return;
    }
    for (; n > 0; n--) {
      const last = (this.head + this.size - 1) & mask;
      this.head = (this.head - 1) & mask;
      buf[this.head] = buf[last];
      buf[last] = undefined;
    }
    for (; n < 0; n++) {
      buf[(this.head + this.size) & mask] = buf[this.head];
      buf[this.head] = undefined;
      this.head = (this.head + 1) & mask;
    }
  }

  /** Remove item i (0 <= i < size), moving the shorter side. */
  removeAt(i: number): PyValue {
    const v = this.at(i);
    if (i < this.size >> 1) {
      for (let k = i; k > 0; k--) this.setAt(k, this.at(k - 1));
      this.popLeft();
    } else {
      for (let k = i; k < this.size - 1; k++) this.setAt(k, this.at(k + 1));
      this.popRight();
    }
    return v;
  }

  /** Insert before item i (0 < i < size), moving the shorter side. */
  insertAt(i: number, v: PyValue): void {
    if (i < this.size >> 1) {
      this.pushLeft(this.at(0));
      for (let k = 1; k < i; k++) this.setAt(k, this.at(k + 1));
      this.setAt(i, v);
    } else {
      this.pushRight(this.at(this.size - 1));
      for (let k = this.size - 2; k > i; k--) this.setAt(k, this.at(k - 1));
      this.setAt(i, v);
    }
  }

  clearRaw(): void {
    this.buf = new Array<PyValue | undefined>(MIN_CAPACITY).fill(undefined);
    this.mask = MIN_CAPACITY - 1;
    this.head = 0;
    this.size = 0;
  }

  items(): PyValue[] {
    const out = new Array<PyValue>(this.size);
    for (let i = 0; i < this.size; i++) out[i] = this.at(i);
    return out;
  }
}

export const dequeType = makeBuiltinType('deque', objectType, 'collections');
dequeType.allocate = (cls) => new PyDeque(cls);
dequeType.doc = 'A list-like sequence optimized for data accesses near its endpoints.';
export const dequeIterType = makeBuiltinType('_deque_iterator', objectType, 'collections');
dequeIterType.isBaseType = false;
export const dequeRevIterType = makeBuiltinType('_deque_reverse_iterator', objectType, 'collections');
dequeRevIterType.isBaseType = false;

const Q = (v: PyValue): PyDeque => v as PyDeque;
const isDeque = (v: PyValue): v is PyDeque => v instanceof PyDeque;

function mutatedError(): PyBaseException {
  return runtimeError('deque mutated during iteration');
}

// ---- deque operations with CPython's semantics ----------------------------------------------------------

function dequeAppend(d: PyDeque, v: PyValue): void {
  d.pushRight(v);
  if (d.maxlen >= 0 && d.size > d.maxlen) d.popLeft();
  d.state++;
}

function dequeAppendLeft(d: PyDeque, v: PyValue): void {
  d.pushLeft(v);
  if (d.maxlen >= 0 && d.size > d.maxlen) d.popRight();
  d.state++;
}

function dequeExtend(d: PyDeque, iterable: PyValue, left: boolean): void {
  // Extending a deque with itself iterates a snapshot, as CPython does.
  if (iterable === d) iterable = new PyList(d.items());
  const add = left ? dequeAppendLeft : dequeAppend;
  if (typeof iterable === 'object' && !iterable.cls.isHeap && (iterable instanceof PyList || iterable instanceof PyTuple)) {
    const items = iterable.items;
    if (d.maxlen === 0) return;
    for (let i = 0; i < items.length; i++) add(d, items[i]);
    return;
  }
  const it = getIter(iterable);
  if (d.maxlen === 0) {
    while (iterNext(it) !== undefined);
    return;
  }
  for (;;) {
    const v = iterNext(it);
    if (v === undefined) return;
    add(d, v);
  }
}

function dequeClear(d: PyDeque): void {
  if (d.size === 0) return;
  d.clearRaw();
  d.state++;
}

function dequeRotate(d: PyDeque, n: number | bigint): void {
  const len = d.size;
  if (len <= 1) return;
  const half = len >> 1;
  let k: number;
  if (typeof n === 'bigint') k = Number(n % BigInt(len));
  else k = n > half || n < -half ? n % len : n;
  if (k > half) k -= len;
  else if (k < -half) k += len;
  d.state++;
  d.rotateRaw(k);
}

/** deque.copy(): an exact deque is copied directly, a subclass is rebuilt through its constructor. */
function dequeCopy(d: PyDeque): PyValue {
  if (d.cls === dequeType) {
    const out = new PyDeque(dequeType);
    out.maxlen = d.maxlen;
    for (let i = 0; i < d.size; i++) dequeAppend(out, d.at(i));
    return out;
  }
  const r = d.maxlen < 0 ? callObject(d.cls, [d]) : callObject(d.cls, [d, d.maxlen]);
  if (!isDeque(r)) throw typeError(`${fullTypeName(d.cls)}() must return a deque, not ${fullTypeName(typeOf(r))}`);
  return r;
}

/** The tp_name CPython prints in messages: dotted for the C types of modules, bare for classes. */
function fullTypeName(t: PyType): string {
  return t.isHeap || t.module === 'builtins' ? t.name : `${t.module}.${t.name}`;
}

function dequeInplaceRepeat(d: PyDeque, n: number): PyDeque {
  const size = d.size;
  if (size === 0 || n === 1) return d;
  if (n <= 0) {
    dequeClear(d);
    return d;
  }
  if (size === 1) {
    const item = d.at(0);
    if (d.maxlen >= 0 && n > d.maxlen) n = d.maxlen;
    if (n > 0xffffffff) throw new PyBaseException(MemoryError, []);
    d.state++;
    for (let i = 1; i < n; i++) d.pushRight(item);
    return d;
  }
  if (d.maxlen >= 0 && n * size > d.maxlen) n = Math.ceil(d.maxlen / size);
  if (n * size > 0xffffffff) throw new PyBaseException(MemoryError, []);
  const seq = d.items();
  for (let i = 0; i < n - 1; i++) {
    for (let j = 0; j < seq.length; j++) dequeAppend(d, seq[j]);
  }
  return d;
}

/** A subscript: sq_item's index conversion and message ("sequence index must be integer, not 'str'"). */
function dequeIndex(d: PyDeque, key: PyValue): number {
  let i: number;
  if (typeof key === 'number') {
    i = key;
  } else {
    const v = asIndex(key, () => typeError(`sequence index must be integer, not '${typeName(key)}'`));
    if (typeof v === 'bigint') {
      if (v > SSIZE_MAX || v < SSIZE_MIN) throw indexError("cannot fit 'int' into an index-sized integer");
      throw indexError('deque index out of range');
    }
    i = v;
  }
  if (i < 0) i += d.size;
  if (i < 0 || i >= d.size) throw indexError('deque index out of range');
  return i;
}

/** deque_richcompare: element-wise like a list, NotImplemented unless both sides are deques. */
function dequeCompare(v: PyValue, w: PyValue, op: Cmp): PyValue {
  if (!isDeque(v) || !isDeque(w)) return NotImplemented;
  const vs = v.size;
  const ws = w.size;
  if (op === Cmp.EQ) {
    if (v === w) return true;
    if (vs !== ws) return false;
  }
  if (op === Cmp.NE) {
    if (v === w) return false;
    if (vs !== ws) return true;
  }
  const vState = v.state;
  const wState = w.state;
  for (let i = 0; ; i++) {
    // The two iterators of CPython's loop, each checking its deque before yielding.
    if (v.state !== vState) throw mutatedError();
    const xDone = i >= vs;
    if (w.state !== wState) throw mutatedError();
    const yDone = i >= ws;
    if (xDone || yDone) {
      switch (op) {
        case Cmp.LT: return !yDone;
        case Cmp.LE: return xDone;
        case Cmp.EQ: return xDone && yDone;
        case Cmp.NE: return xDone !== yDone;
        case Cmp.GT: return !xDone;
        case Cmp.GE: return yDone;
      }
    }
    const x = v.at(i);
    const y = w.at(i);
    if (!(x === y || eq(x, y))) {
      if (op === Cmp.EQ) return false;
      if (op === Cmp.NE) return true;
      return truthy(richCompare(x, y, op));
    }
  }
}

function dequeRepr(d: PyDeque): string {
  return withReprGuard(d, '[...]', () => {
    const items = d.items();
    let list = '[';
    for (let i = 0; i < items.length; i++) {
      if (i > 0) list += ', ';
      list += repr(items[i]);
    }
    list += ']';
    return d.maxlen >= 0 ? `${d.cls.name}(${list}, maxlen=${d.maxlen})` : `${d.cls.name}(${list})`;
  });
}

// ---- deque iterators ----------------------------------------------------------------------------------------

export class DequeIterator extends PyIterator {
  private pos: number;
  private counter: number;
  private readonly state: number;
  constructor(readonly deque: PyDeque, readonly reverse: boolean) {
    super(reverse ? dequeRevIterType : dequeIterType);
    this.state = deque.state;
    this.counter = deque.size;
    this.pos = reverse ? deque.size - 1 : 0;
  }
  next(): PyValue | undefined {
    // The forward iterator checks for mutation before exhaustion, the reverse one after (as CPython).
    if (this.reverse) {
      if (this.counter === 0) return undefined;
      if (this.deque.state !== this.state) {
        this.counter = 0;
        throw mutatedError();
      }
      this.counter--;
      return this.deque.at(this.pos--);
    }
    if (this.deque.state !== this.state) {
      this.counter = 0;
      throw mutatedError();
    }
    if (this.counter === 0) return undefined;
    this.counter--;
    return this.deque.at(this.pos++);
  }
  lengthHint(): number {
    return this.counter;
  }
}

function iterNew(reverse: boolean): (cls: PyType, args: Args, kw: Kw) => PyValue {
  const name = reverse ? '_deque_reverse_iterator' : '_deque_iterator';
  return (_cls, args, kw) => {
    noKwargs(name, kw);
    if (args.length < 1 || args.length > 2) {
      throw typeError(`${name}() takes at most 2 arguments (${args.length} given)`);
    }
    const d = args[0];
    if (!isDeque(d)) throw typeError(`argument 1 must be collections.deque, not ${typeName(d)}`);
    const index = args.length > 1 ? ssizeParam(args[1]) : 0;
    const it = new DequeIterator(d, reverse);
    for (let i = 0; i < index; i++) if (it.next() === undefined) break;
    return it;
  };
}

defNew(dequeIterType, iterNew(false));
defNew(dequeRevIterType, iterNew(true));
for (const t of [dequeIterType, dequeRevIterType]) {
  defIteratorProtocol(t);
  defMethod(t, '__reduce__', (self, args, kw) => {
    noArgs(`${t.name}.__reduce__`, args, kw);
    const it = self as DequeIterator;
    return tuple([t, tuple([it.deque, it.deque.size - it.lengthHint()])]);
  });
}

// ---- deque methods ----------------------------------------------------------------------------------------

defNew(dequeType, (cls) => cls.allocate!(cls));

defMethod(dequeType, '__init__', (self, args, kw) => {
  const d = Q(self);
  let iterable: PyValue | undefined;
  let maxlenObj: PyValue | undefined;
  if ((kw === null || kw.size === 0) && args.length <= 2) {
    iterable = args[0];
    maxlenObj = args[1];
  } else {
    if (args.length > 2) throw typeError(`deque() takes at most 2 arguments (${args.length} given)`);
    iterable = args[0];
    maxlenObj = args[1];
    for (const [k, v] of kw!) {
      if (k === 'iterable') {
        if (iterable !== undefined) throw typeError("argument for deque() given by name ('iterable') and position (1)");
        iterable = v;
      } else if (k === 'maxlen') {
        if (maxlenObj !== undefined) throw typeError("argument for deque() given by name ('maxlen') and position (2)");
        maxlenObj = v;
      } else {
        throw typeError(unexpectedKeywordMessage('deque()', k, ['iterable', 'maxlen']));
      }
    }
  }
  let maxlen = -1;
  if (maxlenObj !== undefined && maxlenObj !== None) {
    maxlen = strictSsize(maxlenObj);
    if (maxlen < 0) throw valueError('maxlen must be non-negative');
  }
  d.maxlen = maxlen;
  if (d.size > 0) dequeClear(d);
  if (iterable !== undefined) dequeExtend(d, iterable, false);
  return None;
});

defMethod(dequeType, 'append', (self, args, kw) => {
  dequeAppend(Q(self), oneArg('deque.append', args, kw));
  return None;
});
defMethod(dequeType, 'appendleft', (self, args, kw) => {
  dequeAppendLeft(Q(self), oneArg('deque.appendleft', args, kw));
  return None;
});
defMethod(dequeType, 'pop', (self, args, kw) => {
  noArgs('deque.pop', args, kw);
  const d = Q(self);
  if (d.size === 0) throw indexError('pop from an empty deque');
  d.state++;
  return d.popRight();
});
defMethod(dequeType, 'popleft', (self, args, kw) => {
  noArgs('deque.popleft', args, kw);
  const d = Q(self);
  if (d.size === 0) throw indexError('pop from an empty deque');
  d.state++;
  return d.popLeft();
});
defMethod(dequeType, 'extend', (self, args, kw) => {
  dequeExtend(Q(self), oneArg('deque.extend', args, kw), false);
  return None;
});
defMethod(dequeType, 'extendleft', (self, args, kw) => {
  dequeExtend(Q(self), oneArg('deque.extendleft', args, kw), true);
  return None;
});
defMethod(dequeType, 'clear', (self, args, kw) => {
  noArgs('deque.clear', args, kw);
  dequeClear(Q(self));
  return None;
});
for (const name of ['copy', '__copy__']) {
  defMethod(dequeType, name, (self, args, kw) => {
    noArgs(`deque.${name}`, args, kw);
    return dequeCopy(Q(self));
  });
}
defMethod(dequeType, 'rotate', (self, args, kw) => {
  noKwargs('deque.rotate', kw);
  argRange('rotate', args, null, 0, 1);
  let n: number | bigint = 1;
  if (args.length > 0) {
    const v = asIndex(args[0]);
    if (typeof v === 'bigint' && (v > SSIZE_MAX || v < SSIZE_MIN)) {
      throw overflowError('Python int too large to convert to C ssize_t');
    }
    n = v;
  }
  dequeRotate(Q(self), n);
  return None;
});
defMethod(dequeType, 'reverse', (self, args, kw) => {
  noArgs('deque.reverse', args, kw);
  // Reversal swaps items in place: CPython does not count it as a mutation for iterators.
  const d = Q(self);
  for (let i = 0, j = d.size - 1; i < j; i++, j--) {
    const t = d.at(i);
    d.setAt(i, d.at(j));
    d.setAt(j, t);
  }
  return None;
});
defMethod(dequeType, 'count', (self, args, kw) => {
  const v = oneArg('deque.count', args, kw);
  const d = Q(self);
  const n = d.size;
  const start = d.state;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const item = d.at(i);
    if (item === v || eq(item, v)) count++;
    if (d.state !== start) throw mutatedError();
  }
  return count;
});
defMethod(dequeType, 'index', (self, args, kw) => {
  noKwargs('deque.index', kw);
  argRange('index', args, null, 1, 3);
  const d = Q(self);
  const v = args[0];
  const size = d.size;
  let start = args.length > 1 ? searchBound(args[1]) : 0;
  let stop = args.length > 2 ? searchBound(args[2]) : size;
  if (start < 0) {
    start += size;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += size;
    if (stop < 0) stop = 0;
  }
  if (stop > size) stop = size;
  if (start > stop) start = stop;
  const state = d.state;
  for (let i = start; i < stop; i++) {
    const item = d.at(i);
    if (item === v || eq(item, v)) return i;
    if (d.state !== state) throw mutatedError();
  }
  throw valueError('deque.index(x): x not in deque');
});
defMethod(dequeType, 'insert', (self, args, kw) => {
  noKwargs('deque.insert', kw);
  argRange('insert', args, null, 2, 2);
  const index = ssizeParam(args[0]);
  const value = args[1];
  const d = Q(self);
  const n = d.size;
  if (d.maxlen === n) throw indexError('deque already at its maximum size');
  if (index >= n) {
    dequeAppend(d, value);
  } else if (index <= -n || index === 0) {
    dequeAppendLeft(d, value);
  } else {
    d.insertAt(index < 0 ? index + n : index, value);
    d.state++;
  }
  return None;
});
defMethod(dequeType, 'remove', (self, args, kw) => {
  const v = oneArg('deque.remove', args, kw);
  const d = Q(self);
  const n = d.size;
  const state = d.state;
  for (let i = 0; i < n; i++) {
    const item = d.at(i);
    const found = item === v || eq(item, v);
    if (d.state !== state) throw indexError('deque mutated during iteration');
    if (found) {
      d.removeAt(i);
      d.state++;
      return None;
    }
  }
  throw valueError('deque.remove(x): x not in deque');
});

defMethod(dequeType, '__len__', (self) => Q(self).size);
defMethod(dequeType, '__bool__', (self) => Q(self).size !== 0);
defMethod(dequeType, '__iter__', (self) => new DequeIterator(Q(self), false));
defMethod(dequeType, '__reversed__', (self, args, kw) => {
  noArgs('deque.__reversed__', args, kw);
  return new DequeIterator(Q(self), true);
});
defMethod(dequeType, '__contains__', (self, args) => {
  const v = args[0];
  const d = Q(self);
  const n = d.size;
  const state = d.state;
  for (let i = 0; i < n; i++) {
    const item = d.at(i);
    if (item === v || eq(item, v)) return true;
    if (d.state !== state) throw mutatedError();
  }
  return false;
});
defMethod(dequeType, '__getitem__', (self, args) => {
  const d = Q(self);
  return d.at(dequeIndex(d, args[0]));
});
defMethod(dequeType, '__setitem__', (self, args) => {
  const d = Q(self);
  d.setAt(dequeIndex(d, args[0]), args[1]);
  return None;
});
defMethod(dequeType, '__delitem__', (self, args) => {
  const d = Q(self);
  d.removeAt(dequeIndex(d, args[0]));
  d.state++;
  return None;
});
dequeType.attrs.set('__hash__', None);

defMethod(dequeType, '__repr__', (self) => dequeRepr(Q(self)));

const CMP_NAMES: [string, Cmp][] = [
  ['__lt__', Cmp.LT], ['__le__', Cmp.LE], ['__eq__', Cmp.EQ], ['__ne__', Cmp.NE], ['__gt__', Cmp.GT], ['__ge__', Cmp.GE],
];
for (const [name, op] of CMP_NAMES) defMethod(dequeType, name, (self, args) => dequeCompare(self, args[0], op));

defMethod(dequeType, '__add__', (self, args) => {
  const other = args[0];
  if (!isDeque(other)) {
    // A class with its own __radd__ gets its turn first, as with CPython's slot order.
    if (typeof other === 'object' && other.cls.isHeap && other.cls.lookup('__radd__') !== undefined) return NotImplemented;
    throw typeError(`can only concatenate deque (not "${typeName(other)}") to deque`);
  }
  const out = dequeCopy(Q(self)) as PyDeque;
  dequeExtend(out, other, false);
  return out;
});
defMethod(dequeType, '__iadd__', (self, args) => {
  const other = args[0];
  // `d += x` tries x.__radd__ before deque's in-place concatenation (binary_iop1 order).
  if (typeof other === 'object' && !isDeque(other) && other.cls.isHeap && other.cls.lookup('__radd__') !== undefined) {
    return NotImplemented;
  }
  dequeExtend(Q(self), other, false);
  return self;
});
function dequeRepeat(self: PyValue, nv: PyValue): PyValue {
  const n = repeatCount(nv);
  if (n === null) return repeatNonIndex(nv);
  return dequeInplaceRepeat(dequeCopy(Q(self)) as PyDeque, n);
}
defMethod(dequeType, '__mul__', (self, args) => dequeRepeat(self, args[0]));
defMethod(dequeType, '__rmul__', (self, args) => dequeRepeat(self, args[0]));
defMethod(dequeType, '__imul__', (self, args) => {
  const n = repeatCount(args[0]);
  if (n === null) return repeatNonIndex(args[0]);
  return dequeInplaceRepeat(Q(self), n);
});

defMethod(dequeType, '__reduce__', (self, args, kw) => {
  noArgs('deque.__reduce__', args, kw);
  const d = Q(self);
  const dict = d.dict !== null && d.dict.size > 0 ? d.dict : None;
  const ctorArgs = d.maxlen < 0 ? emptyTuple : tuple([emptyTuple, d.maxlen]);
  return tuple([d.cls, ctorArgs, dict, new DequeIterator(d, false)]);
});
defMethod(dequeType, '__sizeof__', (self, args, kw) => {
  noArgs('deque.__sizeof__', args, kw);
  // CPython's 64-bit layout: the object (216 bytes) plus 64-slot blocks of 528 bytes. A deque built
  // from an iterable starts filling its first block at index 1, which is what this estimates.
  const n = Q(self).size;
  const blocks = n === 0 ? 1 : Math.floor((n + 64) / 64);
  return 216 + 528 * blocks;
});
defClassMethod(dequeType, '__class_getitem__', (cls, args) => genericAlias(cls, args[0]));
defGetSet(dequeType, 'maxlen', (self) => (Q(self).maxlen < 0 ? None : Q(self).maxlen));

// ---- defaultdict --------------------------------------------------------------------------------------------

export class PyDefaultDict extends PyDict {
  /** null when never given (repr shows None either way). */
  factory: PyValue | null = null;
}

export const defaultdictType = makeBuiltinType('defaultdict', dictType, 'collections');
defaultdictType.allocate = (cls) => new PyDefaultDict(cls);
defaultdictType.doc =
  'defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\n' +
  'The default factory is called without arguments to produce\n' +
  'a new value when a key is not present, in __getitem__ only.\n' +
  'A defaultdict compares equal to a dict with the same items.\n' +
  'All remaining arguments are treated the same as if they were\n' +
  'passed to the dict constructor, including keyword arguments.\n';

const DD = (v: PyValue): PyDefaultDict => v as PyDefaultDict;
const factoryOf = (d: PyDefaultDict): PyValue => d.factory ?? None;

/** type(dd)(factory, arg): how copy() and | build the result, so subclasses get their own type. */
function newDefaultDict(dd: PyDefaultDict, arg: PyValue): PyValue {
  return callObject(dd.cls, [factoryOf(dd), arg]);
}

defMethod(defaultdictType, '__init__', (self, args, kw) => {
  const dd = DD(self);
  let factory: PyValue | null = null;
  if (args.length > 0) {
    factory = args[0];
    if (factory !== None && !isCallable(factory)) throw typeError('first argument must be callable or None');
  }
  dd.factory = factory;
  const dictInit = dictType.attrs.get('__init__') as unknown as { fn: (s: PyValue, a: Args, k: Kw) => PyValue };
  return dictInit.fn(self, args.slice(1), kw);
});

defMethod(defaultdictType, '__missing__', (self, args, kw) => {
  const key = oneArg('defaultdict.__missing__', args, kw);
  const dd = DD(self);
  const factory = dd.factory;
  if (factory === null || factory === None) throw keyError(key);
  const value = callObject(factory, []);
  setItem(dd, key, value);
  return value;
});

for (const name of ['copy', '__copy__']) {
  defMethod(defaultdictType, name, (self, args, kw) => {
    noArgs(`defaultdict.${name}`, args, kw);
    return newDefaultDict(DD(self), self);
  });
}

defMethod(defaultdictType, '__reduce__', (self, args, kw) => {
  noArgs('defaultdict.__reduce__', args, kw);
  const dd = DD(self);
  const f = factoryOf(dd);
  const ctorArgs = f === None ? emptyTuple : tuple([f]);
  const items = callObject(getAttr(dd, 'items'), []);
  return tuple([dd.cls, ctorArgs, None, None, getIter(items)]);
});

defMethod(defaultdictType, '__repr__', (self) => {
  const dd = DD(self);
  const baseRepr = dictType.attrs.get('__repr__') as unknown as { fn: (s: PyValue, a: Args, k: Kw) => PyValue };
  const base = baseRepr.fn(self, [], null) as string;
  let factoryRepr: string;
  const f = dd.factory;
  if (f === null) factoryRepr = 'None';
  else if (typeof f === 'object') factoryRepr = withReprGuard(f, '...', () => repr(f));
  else factoryRepr = repr(f);
  return `${dd.cls.name}(${factoryRepr}, ${base})`;
});

/** nb_or of defaultdict, used for both d | other and other | d. */
function defaultdictOr(left: PyValue, right: PyValue): PyValue {
  const selfIsLeft = left instanceof PyDefaultDict;
  const dd = (selfIsLeft ? left : right) as PyDefaultDict;
  const other = selfIsLeft ? right : left;
  if (!(other instanceof PyDict)) return NotImplemented;
  const out = newDefaultDict(dd, left);
  callObject(getAttr(out, 'update'), [right]);
  return out;
}
defMethod(defaultdictType, '__or__', (self, args) => defaultdictOr(self, args[0]));
defMethod(defaultdictType, '__ror__', (self, args) => defaultdictOr(args[0], self));
defClassMethod(defaultdictType, '__class_getitem__', (cls, args) => genericAlias(cls, args[0]));
defGetSet(
  defaultdictType,
  'default_factory',
  (self) => factoryOf(DD(self)),
  (self, v) => {
    DD(self).factory = v;
  },
);

// ---- _count_elements ------------------------------------------------------------------------------------------

let dictGetMethod: PyValue | undefined;
let dictSetItemMethod: PyValue | undefined;

function countElements(args: Args, kw: Kw): PyValue {
  noKwargs('_collections._count_elements', kw);
  if (args.length !== 2) throw typeError(`_count_elements expected 2 arguments, got ${args.length}`);
  const [mapping, iterable] = args;
  const it = getIter(iterable);
  dictGetMethod ??= dictType.attrs.get('get');
  dictSetItemMethod ??= dictType.attrs.get('__setitem__');
  const t = typeOf(mapping);
  if (mapping instanceof PyDict && t.lookup('get') === dictGetMethod && t.lookup('__setitem__') === dictSetItemMethod) {
    // Fast path: the mapping behaves as a plain dict, so its storage is updated directly.
    for (;;) {
      const key = iterNext(it);
      if (key === undefined) return None;
      // CPython hashes the key itself first, so an unhashable key gets the plain hash() message.
      if (typeof key === 'object' && key.cls.lookup('__hash__') === None) hash(key);
      const old = mapping.get(key);
      mapping.set(key, old === undefined ? 1 : addOne(old));
    }
  }
  const get = getAttr(mapping, 'get');
  for (;;) {
    const key = iterNext(it);
    if (key === undefined) return None;
    const old = callObject(get, [key, 0]);
    setItem(mapping, key, addOne(old));
  }
}

function addOne(v: PyValue): PyValue {
  if (typeof v === 'number' && v < Number.MAX_SAFE_INTEGER) return v + 1;
  return binaryDispatch(0, v, 1, '+');
}

// ---- _tuplegetter ------------------------------------------------------------------------------------------------

export const tuplegetterType = makeBuiltinType('_tuplegetter', objectType, 'collections');
tuplegetterType.isBaseType = false;

/**
 * namedtuple's field accessor. It is a PyGetSetDescriptor underneath (with its own Python type), so
 * that attribute access on a namedtuple instance takes the interpreter's direct getset path instead of
 * calling __get__ through Python: field reads are hot.
 */
export class TupleGetter extends PyGetSetDescriptor {
  doc: PyValue;
  constructor(readonly index: number, doc: PyValue) {
    super(tuplegetterType, `${index}`, (obj) => tupleGetterGet(this, obj), tupleGetterSet);
    this.cls = tuplegetterType;
    this.doc = doc;
  }
}

function tupleGetterGet(g: TupleGetter, obj: PyValue): PyValue {
  if (!(obj instanceof PyTuple)) {
    if (obj === None) return g;
    throw typeError(`descriptor for index '${g.index}' for tuple subclasses doesn't apply to '${fullTypeName(typeOf(obj))}' object`);
  }
  const items = obj.items;
  const i = g.index;
  if (i < 0 || i >= items.length) throw indexError('tuple index out of range');
  return items[i];
}

function tupleGetterSet(_obj: PyValue, value: PyValue | null): void {
  throw attributeError(value === null ? "can't delete attribute" : "can't set attribute");
}

const TG = (v: PyValue): TupleGetter => v as TupleGetter;

defNew(tuplegetterType, (_cls, args, kw) => {
  noKwargs('_tuplegetter', kw);
  if (args.length !== 2) throw typeError(`_tuplegetter expected 2 arguments, got ${args.length}`);
  return new TupleGetter(ssizeParam(args[0]), args[1]);
});
defMethod(tuplegetterType, '__get__', (self, args) => {
  if (args.length < 1 || args.length > 2) throw typeError(`expected 1 or 2 arguments, got ${args.length}`);
  const obj = args[0];
  if (obj === None && (args.length < 2 || args[1] === None)) {
    throw typeError('__get__(None, None) is invalid');
  }
  return tupleGetterGet(TG(self), obj);
});
defMethod(tuplegetterType, '__set__', (_self, args) => {
  tupleGetterSet(args[0], args[1]);
  return None;
});
defMethod(tuplegetterType, '__delete__', (_self, args) => {
  tupleGetterSet(args[0], null);
  return None;
});
defMethod(tuplegetterType, '__reduce__', (self, args, kw) => {
  noArgs('_tuplegetter.__reduce__', args, kw);
  return tuple([tuplegetterType, tuple([TG(self).index, TG(self).doc])]);
});
defMethod(tuplegetterType, '__repr__', (self) => `_tuplegetter(${TG(self).index}, ${repr(TG(self).doc)})`);
defGetSet(
  tuplegetterType,
  '__doc__',
  (self) => TG(self).doc,
  (self, v) => {
    TG(self).doc = v ?? None;
  },
);

// ---- the module ----------------------------------------------------------------------------------------------

export function makeCollectionsModule(): PyModule {
  const mod = new PyModule('_collections');
  const d = mod.dict;
  d.setStr(
    '__doc__',
    'High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n',
  );
  d.setStr('deque', dequeType);
  d.setStr('defaultdict', defaultdictType);
  d.setStr('OrderedDict', odictType);
  d.setStr('_deque_iterator', dequeIterType);
  d.setStr('_deque_reverse_iterator', dequeRevIterType);
  d.setStr('_tuplegetter', tuplegetterType);
  d.setStr('_count_elements', new PyNativeFunction('_count_elements', countElements, mod));
  return mod;
}

registerNativeModule('_collections', makeCollectionsModule);
