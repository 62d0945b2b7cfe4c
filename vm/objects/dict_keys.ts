// Storing and finding dict keys with CPython 3.14's errors: a TypeError from hashing the key becomes
// "cannot use 'X' as a dict key (...)". For dict's methods and for the eval loop's dict displays and `in`,
// which is why this lives outside dict_methods.ts (a base module: it registers no methods, and the
// interpreter may import it).

import type { PyValue } from './object.js';
import { PyDict, takeKeyHashError } from './dict.js';
import { wrapUnhashable } from './set.js';
import { None } from './singletons.js';

/**
 * A TypeError from hashing the key becomes "cannot use 'X' as a dict key (...)" (CPython 3.14's
 * dict_unhashable_type), but not one from a key's __eq__: dict.ts tells which, so __hash__ runs once.
 * The key hook (protocols.ts) already words the `__hash__ = None` case so.
 */
export function dictKeyError(e: unknown, key: PyValue): unknown {
  if (!takeKeyHashError(e) || typeof key !== 'object' || key.cls.lookup('__hash__') === None) return e;
  return wrapUnhashable(e, key, 'dict key');
}

export function dictGet(d: PyDict, key: PyValue): PyValue | undefined {
  if (typeof key !== 'object') return d.get(key);
  try {
    return d.get(key);
  } catch (e) {
    throw dictKeyError(e, key);
  }
}

export function dictSet(d: PyDict, key: PyValue, value: PyValue): void {
  if (typeof key !== 'object') {
    d.set(key, value);
    return;
  }
  try {
    d.set(key, value);
  } catch (e) {
    throw dictKeyError(e, key);
  }
}

export function dictHas(d: PyDict, key: PyValue): boolean {
  if (typeof key !== 'object') return d.has(key);
  try {
    return d.has(key);
  } catch (e) {
    throw dictKeyError(e, key);
  }
}

