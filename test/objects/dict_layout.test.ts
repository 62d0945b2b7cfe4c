// PyDict's storage (vm/objects/dict.ts): the small linear-scan layout, the switch to an index past
// SMALL_MAX entries, holes left by deletions and squeezed out on growth, insertion order through all of
// it, and the Python key rules (1 == 1.0 == True, NaN by identity, user __eq__/__hash__ through hooks).
// Python-level behaviour (iteration errors, the calls made to user __hash__/__eq__) is in
// test/vm/dict_iteration.test.ts.
import { describe, expect, it } from 'vitest';
import '../../vm/objects/all.js';
import { PyValue } from '../../vm/objects/object.js';
import { PyDict, SMALL_MAX } from '../../vm/objects/dict.js';
import { PyFloat } from '../../vm/objects/float.js';
import { PyTuple } from '../../vm/objects/tuple.js';
import { repr } from '../../vm/runtime/protocols.js';

const keysOf = (d: PyDict): PyValue[] => [...d.keys()];

/** Keys by entry position, with '_' for a hole: shows where deletions left gaps. */
function layout(d: PyDict): string {
  const out: string[] = [];
  for (let i = 0; i < d.entryCount; i++) out.push(d.valueAt(i) === undefined ? '_' : String(d.keyAt(i)));
  return out.join(' ');
}

describe('small and indexed layouts', () => {
  it('keeps insertion order and finds every key while growing past SMALL_MAX', () => {
    const d = new PyDict();
    const n = SMALL_MAX * 4;
    for (let i = 0; i < n; i++) {
      d.set(`k${i}`, i);
      // Every key inserted so far is still found, whichever layout the dict is in now.
      for (let j = 0; j <= i; j += 7) expect(d.get(`k${j}`)).toBe(j);
      expect(d.get(`k${i + 1}`)).toBeUndefined();
    }
    expect(d.size).toBe(n);
    expect(keysOf(d)).toEqual(Array.from({ length: n }, (_, i) => `k${i}`));
    expect(d.getStr(`k${n - 1}`)).toBe(n - 1);
  });

  it('replaces a value in place without moving the key or bumping the version', () => {
    const d = new PyDict();
    d.set('a', 1);
    d.set('b', 2);
    const v = d.version;
    d.set('a', 3);
    expect(d.version).toBe(v);
    expect(repr(d)).toBe("{'a': 3, 'b': 2}");
  });

  it('moves a deleted then reinserted key to the end', () => {
    for (const size of [3, SMALL_MAX + 3]) {
      const d = new PyDict();
      for (let i = 0; i < size; i++) d.set(i, i);
      expect(d.delete(1)).toBe(1);
      expect(d.delete(1)).toBeUndefined();
      expect(d.has(1)).toBe(false);
      d.set(1, 'again');
      const keys = keysOf(d);
      expect(keys[keys.length - 1]).toBe(1);
      expect(keys.length).toBe(size);
      expect(d.get(1)).toBe('again');
    }
  });

  it('leaves holes on deletion and drops them when growth rebuilds the table', () => {
    const d = new PyDict();
    for (const k of ['a', 'b', 'c', 'd', 'e']) d.setStr(k, 0);
    d.deleteStr('b');
    d.deleteStr('d');
    expect(layout(d)).toBe('a _ c _ e');
    // Five entries fill CPython's smallest table: the next insertion rebuilds it (without the holes).
    d.setStr('f', 0);
    expect(layout(d)).toBe('a c e f');
    expect(keysOf(d)).toEqual(['a', 'c', 'e', 'f']);
  });

  it('keeps an indexed dict consistent through many deletions and reinsertions', () => {
    const d = new PyDict();
    const model = new Map<number, number>();
    for (let round = 0; round < 6; round++) {
      for (let i = 0; i < 50; i++) {
        d.set(i * 3 + round, i);
        model.delete(i * 3 + round); // reinsertion moves the key to the end, as in the dict
        model.set(i * 3 + round, i);
      }
      for (let i = 0; i < 50; i += 2) {
        expect(d.delete(i * 3 + round)).toBe(model.get(i * 3 + round));
        model.delete(i * 3 + round);
      }
    }
    expect(keysOf(d)).toEqual([...model.keys()]);
    expect([...d.values()]).toEqual([...model.values()]);
    expect(d.size).toBe(model.size);
    for (const [k, v] of model) expect(d.get(k)).toBe(v);
  });

  it('pops the last live entry and shrinks the table to it', () => {
    const d = new PyDict();
    for (const k of ['a', 'b', 'c', 'd']) d.setStr(k, k.toUpperCase());
    d.deleteStr('d');
    expect(d.popLast()).toEqual(['c', 'C']);
    expect(layout(d)).toBe('a b');
    d.setStr('z', 'Z');
    expect(keysOf(d)).toEqual(['a', 'b', 'z']);
    d.clear();
    expect(d.popLast()).toBeUndefined();
    expect(d.size).toBe(0);
    expect(d.entryCount).toBe(0);
  });

  it('copies only live entries, in order', () => {
    const d = new PyDict();
    for (let i = 0; i < SMALL_MAX + 2; i++) d.set(i, -i);
    d.delete(0);
    d.delete(5);
    const c = new PyDict();
    d.copyInto(c);
    expect(keysOf(c)).toEqual(keysOf(d));
    expect(c.entryCount).toBe(c.size);
  });
});

describe('key rules', () => {
  it('treats 1, 1.0 and True as one key and keeps the first key object', () => {
    const d = new PyDict();
    d.set(1, 'int');
    d.set(new PyFloat(1.0), 'float');
    d.set(true, 'bool');
    expect(repr(d)).toBe("{1: 'bool'}");
    const e = new PyDict();
    e.set(true, 'b');
    e.set(1, 'i');
    expect(repr(e)).toBe("{True: 'i'}");
    expect(e.get(new PyFloat(1.0))).toBe('i');
    e.delete(1);
    e.set(1, 'x');
    expect(repr(e)).toBe("{1: 'x'}"); // the original key object went with the deletion
  });

  it('finds -0.0 under 0 and large integral floats under their bigint', () => {
    const d = new PyDict();
    d.set(0, 'zero');
    d.set(2n ** 60n, 'big');
    expect(d.get(new PyFloat(-0))).toBe('zero');
    expect(d.get(new PyFloat(2 ** 60))).toBe('big');
  });

  it('keys NaN by identity: the same float object is found, an equal-looking one is not', () => {
    const n1 = new PyFloat(NaN);
    const n2 = new PyFloat(NaN);
    const d = new PyDict();
    d.set(n1, 1);
    d.set(n2, 2);
    expect(d.size).toBe(2);
    expect(d.get(n1)).toBe(1);
    expect(d.get(n2)).toBe(2);
    expect(d.has(new PyFloat(NaN))).toBe(false);
  });

  it('compares tuple keys by value in both layouts, through deletion and reinsertion', () => {
    const d = new PyDict();
    for (let i = 0; i < SMALL_MAX * 2; i++) d.set(new PyTuple([i, 'x']), i);
    expect(d.get(new PyTuple([5, 'x']))).toBe(5);
    expect(d.delete(new PyTuple([5, 'x']))).toBe(5);
    expect(d.has(new PyTuple([5, 'x']))).toBe(false);
    d.set(new PyTuple([5, 'x']), 'back');
    expect(repr(keysOf(d)[keysOf(d).length - 1])).toBe("(5, 'x')");
  });
});
