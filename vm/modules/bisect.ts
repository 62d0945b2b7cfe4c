// The _bisect module (CPython's Modules/_bisectmodule.c): bisect_left/right and insort_left/right,
// which bisect.py imports over its pure-Python versions. Items are read with a[i] (any sequence),
// compared with `<` only, through key= when given; insort calls a.insert() unless `a` is a plain list.

import { PyValue } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyList, listType } from '../objects/list.js';
import { PyNativeFunction, bindArgs } from '../objects/native.js';
import { None } from '../objects/singletons.js';
import { richCompare, truthy, Cmp, getItem, len, asIndex } from '../runtime/protocols.js';
import { getAttr } from '../runtime/attributes.js';
import { callObject } from '../runtime/call.js';
import { valueError } from '../runtime/raise.js';
import { registerNativeModule } from './registry.js';

type Args = PyValue[];
type Kw = Map<string, PyValue> | null;

const NAMES = ['a', 'x', 'lo', 'hi', 'key'];

function lessThan(a: PyValue, b: PyValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  return truthy(richCompare(a, b, Cmp.LT));
}

/** A Py_ssize_t argument as a JS number (bigints are past any real sequence). */
function ssize(v: PyValue): number {
  const n = asIndex(v);
  return typeof n === 'bigint' ? (n < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER) : n;
}

/** The insertion point of x in a[lo:hi]: after equal items (right) or before them (left). */
function search(a: PyValue, x: PyValue, loArg: PyValue | undefined, hiArg: PyValue | undefined, key: PyValue, right: boolean): number {
  let lo = loArg === undefined ? 0 : ssize(loArg);
  if (lo < 0) throw valueError('lo must be non-negative');
  let hi = hiArg === undefined || hiArg === None ? -1 : ssize(hiArg);
  if (hi === -1) hi = len(a);
  const plainList = a instanceof PyList && a.cls === listType;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    let item = plainList && mid < (a as PyList).items.length ? (a as PyList).items[mid] : getItem(a, mid);
    if (key !== None) item = callObject(key, [item]);
    if (right ? lessThan(x, item) : !lessThan(item, x)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function bisect(fname: string, args: Args, kw: Kw, right: boolean): PyValue {
  const [a, x, lo, hi, key] = bindArgs(fname, NAMES, args, kw, 2, 0, 4);
  return search(a!, x!, lo, hi, key ?? None, right);
}

function insort(fname: string, args: Args, kw: Kw, right: boolean): PyValue {
  const [a, x, lo, hi, keyArg] = bindArgs(fname, NAMES, args, kw, 2, 0, 4);
  const key = keyArg ?? None;
  const i = search(a!, key === None ? x! : callObject(key, [x!]), lo, hi, key, right);
  if (a instanceof PyList && a.cls === listType) a.items.splice(i, 0, x!);
  else callObject(getAttr(a!, 'insert'), [i, x!]);
  return None;
}

export function makeBisect(): PyModule {
  const mod = new PyModule('_bisect');
  const d = mod.dict;
  const def = (name: string, fn: (args: Args, kw: Kw) => PyValue): void => {
    d.setStr(name, new PyNativeFunction(name, fn, mod));
  };
  def('bisect_right', (a, k) => bisect('bisect_right', a, k, true));
  def('bisect_left', (a, k) => bisect('bisect_left', a, k, false));
  def('insort_right', (a, k) => insort('insort_right', a, k, true));
  def('insort_left', (a, k) => insort('insort_left', a, k, false));
  return mod;
}

registerNativeModule('_bisect', makeBisect);
