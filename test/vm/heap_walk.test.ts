// The reachability walk behind object lifetimes (vm/runtime/lifetime/heap_walk.ts): what it follows,
// what it must not, and the witness chains it hands out.
import { describe, expect, test } from 'vitest';
import '../../vm/index.js';
import { HeapWalk, EdgeKind, edgeHolds, findEdge, onUnreachableCycle } from '../../vm/runtime/lifetime/heap_walk.js';
import { PyList } from '../../vm/objects/list.js';
import { PyDict } from '../../vm/objects/dict.js';
import { PyInstance, objectType } from '../../vm/objects/object.js';

const NONE = new Set<string>();

describe('HeapWalk', () => {
  test('reaches through lists and dicts, and gives the chain of edges from the root', () => {
    const leaf = new PyInstance(objectType);
    const list = new PyList([1, 'x', leaf]);
    const d = new PyDict();
    d.setStr('k', list);
    const root = { d };
    const walk = new HeapWalk([root], NONE);
    expect(walk.reached(leaf)).toBe(true);
    const chain = walk.chainTo(leaf)!;
    expect(chain.map((e) => e.holder)).toEqual([root, d, list]);
    expect(chain[2]).toMatchObject({ kind: EdgeKind.Element, prop: 'items', index: 2 });
    expect(chain.every(edgeHolds)).toBe(true);
    list.items.splice(0, 1); // the leaf moves to index 1: the edge breaks, and is found again
    expect(edgeHolds(chain[2])).toBe(false);
    expect(findEdge(list, leaf)).toMatchObject({ kind: EdgeKind.Element, index: 1 });
  });

  test('does not follow weak referents, and stops early once every target is found', () => {
    const referent = new PyInstance(objectType);
    const other = new PyInstance(objectType);
    const root = { weakTarget: referent, strong: other };
    expect(new HeapWalk([root], NONE).reached(referent)).toBe(false);
    const early = new HeapWalk([root], NONE, [], new Set([other]));
    expect(early.stoppedEarly).toBe(true);
  });

  test('follows what a native object declares with lifetimeRefs()', () => {
    const captured = new PyInstance(objectType);
    const holder = { lifetimeRefs: () => [captured], step: () => captured };
    expect(new HeapWalk([holder], NONE).reached(captured)).toBe(true);
  });

  test('recognises an object that died in a reference cycle', () => {
    const a = new PyInstance(objectType);
    const b = new PyInstance(objectType);
    const c = new PyInstance(objectType);
    const cycle = new PyList([b]);
    a.slots = [cycle];
    b.slots = [a];
    c.slots = [];
    const walk = new HeapWalk([{}], NONE);
    expect(onUnreachableCycle(walk, a)).toBe(true);
    expect(onUnreachableCycle(walk, c)).toBe(false);
  });
});
