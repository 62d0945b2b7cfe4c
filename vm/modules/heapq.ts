// The _heapq module (CPython's Modules/_heapqmodule.c): heappush/heappop/heapify/heapreplace/
// heappushpop and their max-heap variants, over the storage of a list (subclasses included) with
// CPython's comparison order, so that heaps of equal keys come out in the same layout.
//
// Only `<` is ever used. A comparison may run Python code that mutates the list: the list's array is
// re-read after every comparison and a size change raises as in CPython. Nothing here knows about
// merge/nlargest/nsmallest: heapq.py keeps those in Python.

import { PyValue, typeName } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyList } from '../objects/list.js';
import { None } from '../objects/singletons.js';
import { PyNativeFunction } from '../objects/native.js';
import { truthy } from '../runtime/protocols.js';
import { compare } from '../opcodes/arithmetic.js';
import { typeError, indexError, runtimeError } from '../runtime/raise.js';
import { registerNativeModule } from './registry.js';

type Kw = Map<string, PyValue> | null;

/** a < b (PyObject_RichCompareBool with Py_LT), or b < a for the max-heap variants. */
function before(a: PyValue, b: PyValue, max: boolean): boolean {
  const r = max ? compare(0, b, a) : compare(0, a, b);
  return r === true || (r !== false && truthy(r));
}

function changedSize(): never {
  throw runtimeError('list changed size during iteration');
}

/** Move heap[pos] up towards startpos until its parent is not after it. */
function siftDown(heap: PyList, startpos: number, pos: number, max: boolean): void {
  const size = heap.items.length;
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const newitem = heap.items[pos];
    const parent = heap.items[parentpos];
    const moveUp = before(newitem, parent, max);
    if (heap.items.length !== size) changedSize();
    if (!moveUp) break;
    const arr = heap.items;
    arr[parentpos] = arr[pos];
    arr[pos] = parent;
    pos = parentpos;
  }
}

/** Move the smaller child up until a leaf is reached, then sift the item at pos back down. */
function siftUp(heap: PyList, pos: number, max: boolean): void {
  const endpos = heap.items.length;
  const startpos = pos;
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const lt = before(heap.items[childpos], heap.items[childpos + 1], max);
      if (!lt) childpos++;
      if (heap.items.length !== endpos) changedSize();
    }
    const arr = heap.items;
    const tmp = arr[childpos];
    arr[childpos] = arr[pos];
    arr[pos] = tmp;
    pos = childpos;
  }
  siftDown(heap, startpos, pos, max);
}

function heapList(fname: string, v: PyValue, argument: string): PyList {
  if (!(v instanceof PyList)) throw typeError(`${fname}() ${argument} must be list, not ${typeName(v)}`);
  return v;
}

function push(heap: PyList, item: PyValue, max: boolean): void {
  heap.items.push(item);
  siftDown(heap, 0, heap.items.length - 1, max);
}

function pop(heap: PyList, max: boolean): PyValue {
  const arr = heap.items;
  if (arr.length === 0) throw indexError('index out of range');
  const last = arr.pop()!;
  if (arr.length === 0) return last;
  const top = arr[0];
  arr[0] = last;
  siftUp(heap, 0, max);
  return top;
}

function replace(heap: PyList, item: PyValue, max: boolean): PyValue {
  const arr = heap.items;
  if (arr.length === 0) throw indexError('index out of range');
  const top = arr[0];
  arr[0] = item;
  siftUp(heap, 0, max);
  return top;
}

function pushPop(heap: PyList, item: PyValue, max: boolean): PyValue {
  if (heap.items.length === 0) return item;
  const top = heap.items[0];
  const lt = before(top, item, max);
  if (!lt) return item;
  if (heap.items.length === 0) throw indexError('index out of range');
  const arr = heap.items;
  const returned = arr[0];
  arr[0] = item;
  siftUp(heap, 0, max);
  return returned;
}

/** Heapify bottom-up; large lists go subtree by subtree as CPython does (same result, same compares). */
function heapify(heap: PyList, max: boolean): void {
  const n = heap.items.length;
  if (n > 2500) {
    // The first childless node, the leftmost node of its row, and its parent.
    const m = n >> 1;
    const leftmost = highestBit(m + 1) - 1;
    const mhalf = m >> 1;
    // The row above the leaves' parents, then the leaves' parents themselves, each followed up its
    // spine of ancestors while it is a left child; then the nodes above them, as CPython orders it.
    const spine = (i: number): void => {
      let j = i;
      for (;;) {
        siftUp(heap, j, max);
        if (!(j & 1)) break;
        j >>= 1;
      }
    };
    for (let i = leftmost - 1; i >= mhalf; i--) spine(i);
    for (let i = m - 1; i >= leftmost; i--) spine(i);
    for (let i = mhalf - 1; i >= 0; i--) siftUp(heap, i, max);
    return;
  }
  for (let i = (n >> 1) - 1; i >= 0; i--) siftUp(heap, i, max);
}

/** The largest power of two not above n (n > 0). */
function highestBit(n: number): number {
  let p = 1;
  while (p * 2 <= n) p *= 2;
  return p;
}

const ABOUT = `Heap queues

[explanation by François Pinard]

Heaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for
all k, counting elements from 0.  For the sake of comparison,
non-existing elements are considered to be infinite.  The interesting
property of a heap is that a[0] is always its smallest element.
`;

export function makeHeapqModule(): PyModule {
  const mod = new PyModule('_heapq');
  const d = mod.dict;
  d.setStr('__about__', ABOUT);
  const def = (name: string, fn: (args: PyValue[], kw: Kw) => PyValue): void => {
    d.setStr(name, new PyNativeFunction(name, fn, mod));
  };
  /** METH_FASTCALL functions of (heap, item). */
  const two = (name: string, f: (heap: PyList, item: PyValue) => PyValue): void => {
    def(name, (args, kw) => {
      if (kw !== null && kw.size > 0) throw typeError(`_heapq.${name}() takes no keyword arguments`);
      if (args.length !== 2) throw typeError(`${name} expected 2 arguments, got ${args.length}`);
      return f(heapList(name, args[0], 'argument 1'), args[1]);
    });
  };
  /** METH_O functions of (heap). */
  const one = (name: string, f: (heap: PyList) => PyValue): void => {
    def(name, (args, kw) => {
      if (kw !== null && kw.size > 0) throw typeError(`_heapq.${name}() takes no keyword arguments`);
      if (args.length !== 1) throw typeError(`_heapq.${name}() takes exactly one argument (${args.length} given)`);
      return f(heapList(name, args[0], 'argument'));
    });
  };
  for (const max of [false, true]) {
    const sfx = max ? '_max' : '';
    two(`heappush${sfx}`, (h, x) => {
      push(h, x, max);
      return None;
    });
    one(`heappop${sfx}`, (h) => pop(h, max));
    two(`heapreplace${sfx}`, (h, x) => replace(h, x, max));
    two(`heappushpop${sfx}`, (h, x) => pushPop(h, x, max));
    one(`heapify${sfx}`, (h) => {
      heapify(h, max);
      return None;
    });
  }
  return mod;
}

registerNativeModule('_heapq', makeHeapqModule);
