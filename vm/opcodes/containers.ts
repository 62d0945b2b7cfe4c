// Opcode helpers that build, extend, slice and unpack containers: BINARY_SLICE, STORE_SLICE,
// BUILD_SLICE, GET_LEN, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE, UNPACK_SEQUENCE, UNPACK_EX.

import { PyValue, typeName, typeOf } from '../objects/object.js';
import { PyList } from '../objects/list.js';
import { PyTuple } from '../objects/tuple.js';
import { PyDict } from '../objects/dict.js';
import { dictSet } from '../objects/dict_keys.js';
import { PySet } from '../objects/set.js';
import { PySlice } from '../objects/slice.js';
import { None } from '../objects/singletons.js';
import { getItem, setItem, len, toArray, getIter, iterNext, repr } from '../runtime/protocols.js';
import { typeError, valueError } from '../runtime/raise.js';
import { getAttrOrUndefined, getAttr } from '../runtime/attributes.js';
import { callObject, functionStr } from '../runtime/call.js';
import { PyBaseException } from '../objects/exceptions.js';

export function buildSlice(start: PyValue, stop: PyValue, step: PyValue): PySlice {
  return new PySlice(start, stop, step);
}

export function binarySlice(container: PyValue, start: PyValue, stop: PyValue): PyValue {
  return getItem(container, new PySlice(start, stop, None));
}

export function storeSlice(v: PyValue, container: PyValue, start: PyValue, stop: PyValue): void {
  setItem(container, new PySlice(start, stop, None), v);
}

export function getLen(v: PyValue): number {
  return len(v);
}

export function listExtend(list: PyList, iterable: PyValue): void {
  if (iterable instanceof PyList || iterable instanceof PyTuple) {
    for (const x of iterable.items) list.items.push(x);
    return;
  }
  try {
    const it = getIter(iterable);
    for (;;) {
      const x = iterNext(it);
      if (x === undefined) break;
      list.items.push(x);
    }
  } catch (e) {
    const t = typeOf(iterable);
    if (e instanceof PyBaseException && e.cls.name === 'TypeError' &&
        t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) {
      throw typeError(`Value after * must be an iterable, not ${typeName(iterable)}`);
    }
    throw e;
  }
}

/**
 * SET_UPDATE: set.update(iterable), so a constant frozenset's table layout (and order) is copied. Unlike
 * LIST_EXTEND, CPython reports a non-iterable here with the plain "'int' object is not iterable".
 */
export function setUpdate(set: PySet, iterable: PyValue): void {
  set.update(iterable);
}

export function dictUpdate(dict: PyDict, update: PyValue): void {
  if (update instanceof PyDict) {
    update.copyInto(dict);
    return;
  }
  const keys = getAttrOrUndefined(update, 'keys');
  if (keys === undefined) throw typeError(`'${typeName(update)}' object is not a mapping`);
  for (const k of toArray(callObject(keys, []))) dictSet(dict, k, getItem(update, k));
}

/** {**a, **b} in a call: duplicate keys are an error naming the callee. */
export function dictMerge(dict: PyDict, update: PyValue, callee: PyValue): void {
  const fname = functionStr(callee);
  let entries: [PyValue, PyValue][];
  if (update instanceof PyDict) {
    entries = [...update.entries()];
  } else {
    const keys = getAttrOrUndefined(update, 'keys');
    if (keys === undefined) {
      throw typeError(`${fname} argument after ** must be a mapping, not ${typeName(update)}`);
    }
    entries = toArray(callObject(keys, [])).map((k) => [k, getItem(update, k)] as [PyValue, PyValue]);
  }
  for (const [k, v] of entries) {
    if (typeof k !== 'string') throw typeError(`keywords must be strings`);
    if (dict.has(k)) throw typeError(`${fname} got multiple values for keyword argument '${k}'`);
    dictSet(dict, k, v);
  }
}

export function unpackSequence(seq: PyValue, n: number): PyValue[] {
  if (seq instanceof PyList || seq instanceof PyTuple) {
    const items = seq.items;
    if (items.length === n) return items;
    if (items.length < n) throw valueError(`not enough values to unpack (expected ${n}, got ${items.length})`);
    throw valueError(`too many values to unpack (expected ${n}, got ${items.length})`);
  }
  let it: PyValue;
  try {
    it = getIter(seq);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.name === 'TypeError') {
      throw typeError(`cannot unpack non-iterable ${typeName(seq)} object`);
    }
    throw e;
  }
  const out: PyValue[] = [];
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) break;
    if (out.length === n) {
      let total: number | null = null;
      if (typeof seq === 'string' || seq instanceof PyDict || seq instanceof PySet) total = len(seq);
      throw valueError(total === null ? `too many values to unpack (expected ${n})` : `too many values to unpack (expected ${n}, got ${total})`);
    }
    out.push(x);
  }
  if (out.length < n) throw valueError(`not enough values to unpack (expected ${n}, got ${out.length})`);
  return out;
}

export function unpackEx(seq: PyValue, before: number, after: number): PyValue[] {
  let items: PyValue[];
  try {
    items = toArray(seq);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.name === 'TypeError' && !(seq instanceof PyList)) {
      throw typeError(`cannot unpack non-iterable ${typeName(seq)} object`);
    }
    throw e;
  }
  if (items.length < before + after) {
    throw valueError(`not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  const out = items.slice(0, before);
  out.push(new PyList(items.slice(before, items.length - after)));
  for (let i = items.length - after; i < items.length; i++) out.push(items[i]);
  return out;
}

export { getAttr, repr };
