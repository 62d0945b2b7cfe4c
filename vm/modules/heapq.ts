// The _heapq module (CPython's Modules/_heapqmodule.c): the heap functions heapq.py imports over its
// pure-Python versions, min-heap and (public since 3.14) max-heap. Same sift algorithms, so the same
// layouts and the same sequence of comparisons, and the same errors: IndexError('index out of range')
// for an empty heap, RuntimeError when a comparison changes the list's size.
//
// Heaps must be lists (exact or subclass); items are compared with `<` only.

import { PyValue, typeName } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyList } from '../objects/list.js';
import { PyNativeFunction, argRange, oneArg } from '../objects/native.js';
import { None } from '../objects/singletons.js';
import { richCompare, truthy, Cmp } from '../runtime/protocols.js';
import { typeError, indexError, runtimeError } from '../runtime/raise.js';
import { registerNativeModule } from './registry.js';

type Args = PyValue[];
type Kw = Map<string, PyValue> | null;

/** a < b as PyObject_RichCompareBool, with the common int case inline. */
function lessThan(a: PyValue, b: PyValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  return truthy(richCompare(a, b, Cmp.LT));
}

function sizeChanged(): unknown {
  return runtimeError('list changed size during iteration');
}

/** Move heap[pos] up towards startpos while it is smaller than its parent (max: larger). */
function siftDown(heap: PyList, startpos: number, pos: number, max: boolean): void {
  const size = heap.items.length;
  if (pos >= size) throw indexError('index out of range');
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const items = heap.items;
    const cmp = max ? lessThan(items[parentpos], items[pos]) : lessThan(items[pos], items[parentpos]);
    if (heap.items.length !== size) throw sizeChanged();
    if (!cmp) break;
    // Re-read: the comparison may have run Python code that replaced items.
    const arr = heap.items;
    const parent = arr[parentpos];
    arr[parentpos] = arr[pos];
    arr[pos] = parent;
    pos = parentpos;
  }
}

/** Bubble the smaller (max: larger) child up from pos to a leaf, then sift the item there down. */
function siftUp(heap: PyList, pos: number, max: boolean): void {
  const endpos = heap.items.length;
  const startpos = pos;
  if (pos >= endpos) throw indexError('index out of range');
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const items = heap.items;
      const cmp = max ? lessThan(items[childpos + 1], items[childpos]) : lessThan(items[childpos], items[childpos + 1]);
      if (heap.items.length !== endpos) throw sizeChanged();
      if (!cmp) childpos++;
    }
    const arr = heap.items;
    const tmp = arr[childpos];
    arr[childpos] = arr[pos];
    arr[pos] = tmp;
    pos = childpos;
  }
  siftDown(heap, startpos, pos, max);
}

function heapArg(fname: string, v: PyValue, only: boolean): PyList {
  if (v instanceof PyList) return v;
  throw typeError(`${fname}() argument${only ? '' : ' 1'} must be list, not ${typeName(v)}`);
}

function push(fname: string, args: Args, kw: Kw, max: boolean): PyValue {
  argRange(fname, args, kw, 2, 2);
  const heap = heapArg(fname, args[0], false);
  heap.items.push(args[1]);
  siftDown(heap, 0, heap.items.length - 1, max);
  return None;
}

function pop(fname: string, args: Args, kw: Kw, max: boolean): PyValue {
  const heap = heapArg(fname, oneArg(fname, args, kw), true);
  const items = heap.items;
  if (items.length === 0) throw indexError('index out of range');
  const last = items.pop()!;
  if (items.length === 0) return last;
  const top = items[0];
  items[0] = last;
  siftUp(heap, 0, max);
  return top;
}

function replace(fname: string, args: Args, kw: Kw, max: boolean): PyValue {
  argRange(fname, args, kw, 2, 2);
  const heap = heapArg(fname, args[0], false);
  if (heap.items.length === 0) throw indexError('index out of range');
  const top = heap.items[0];
  heap.items[0] = args[1];
  siftUp(heap, 0, max);
  return top;
}

function pushPop(fname: string, args: Args, kw: Kw, max: boolean): PyValue {
  argRange(fname, args, kw, 2, 2);
  const heap = heapArg(fname, args[0], false);
  const item = args[1];
  if (heap.items.length === 0) return item;
  const cmp = max ? lessThan(item, heap.items[0]) : lessThan(heap.items[0], item);
  if (!cmp) return item;
  if (heap.items.length === 0) throw indexError('index out of range');
  const top = heap.items[0];
  heap.items[0] = item;
  siftUp(heap, 0, max);
  return top;
}

function heapify(fname: string, args: Args, kw: Kw, max: boolean): PyValue {
  const heap = heapArg(fname, oneArg(fname, args, kw), true);
  // Every node is sifted after both of its subtrees; CPython's cache-friendly order for big heaps
  // sifts the same nodes over the same subtrees, so the resulting layout is the same.
  for (let i = (heap.items.length >> 1) - 1; i >= 0; i--) siftUp(heap, i, max);
  return None;
}

export function makeHeapq(): PyModule {
  const mod = new PyModule('_heapq');
  const d = mod.dict;
  const def = (name: string, fn: (args: Args, kw: Kw) => PyValue): void => {
    d.setStr(name, new PyNativeFunction(name, fn, mod));
  };
  for (const max of [false, true]) {
    const sfx = max ? '_max' : '';
    def(`heappush${sfx}`, (a, k) => push(`heappush${sfx}`, a, k, max));
    def(`heappop${sfx}`, (a, k) => pop(`heappop${sfx}`, a, k, max));
    def(`heapreplace${sfx}`, (a, k) => replace(`heapreplace${sfx}`, a, k, max));
    def(`heappushpop${sfx}`, (a, k) => pushPop(`heappushpop${sfx}`, a, k, max));
    def(`heapify${sfx}`, (a, k) => heapify(`heapify${sfx}`, a, k, max));
  }
  d.setStr('__about__', 'Heap queues');
  return mod;
}

registerNativeModule('_heapq', makeHeapq);
