// The reachability walk behind object lifetimes: which objects the running program can still reach.
//
// pyrewind's objects are JavaScript objects, so there are no reference counts to tell when a Python
// object dies. Instead, when some object needs to know (it has __del__, it is a generator suspended in a
// try block, something holds a weak reference to it with a callback), a walk marks everything reachable
// from the roots: the interpreter and the frames on the frame stack. An object the walk does not reach
// is dead. The walk follows every JavaScript property of every object it meets (what CPython's
// tp_traverse would list, and more), so native objects need no code of their own to be traversed; it
// skips only what cannot hold a Python object (functions, typed arrays, code objects, static types).
// A native object that keeps Python objects in closures must say so with a lifetimeRefs() method.
//
// For each object the walk reaches it remembers the edge it came through, so that a witness chain
// (root -> ... -> object) can be kept for the objects being watched and re-checked cheaply after each
// instruction: while every edge of a chain still holds, its object is certainly alive. Chains are only
// ever evidence of life; death is decided by a full walk.
//
// Must not: run Python code, call any Python-level method (__eq__, __hash__, properties), or allocate
// on objects it walks.

import { PyObject, PyType } from '../../objects/object.js';
import { PyCode } from '../../objects/code.js';
import { PyDict } from '../../objects/dict.js';
import { Frame } from '../frame.js';

/** How a child hangs off its holder: the property, and within it an index, map key or set membership. */
export const enum EdgeKind {
  /** holder[prop] === child */
  Field = 0,
  /** holder[prop][index] === child */
  Element = 1,
  /** holder[prop].get(key) === child (a Map's value) */
  MapValue = 2,
  /** holder[prop].has(child) (a Map's key or a Set's member) */
  Member = 3,
  /** A frame's value stack or fast locals: index < holder.sp and holder.slots[index] === child */
  Slot = 4,
  /** Deeper nesting (an array in an array, ...): reachable, but the edge cannot be re-checked. */
  Opaque = 5,
}

/** One edge of a witness chain. */
export interface Edge {
  holder: object;
  kind: EdgeKind;
  prop: string;
  index: number;
  key: unknown;
  child: object;
}

/**
 * Properties never followed: the host (files, processes), the recorder, the eval loop's frame links, and
 * weak references' referents (vm/modules/weakref.ts).
 */
const SKIPPED_PROPS = new Set(['host', 'tracer', 'tracerData', 'back', 'weakTarget']);
/** A dict's entry array holds every key and value; its index maps only repeat the keys. */
const DICT_INDEX_PROPS = new Set(['index', 'byHash', 'keyHash']);

/**
 * Is `holder[prop]` a reference the program holds? Not a skipped property, a frame's slots (walked up
 * to sp only), a class's subclasses (weak in CPython: tp_subclasses) or a dict's index maps. With
 * `inCycles`, not a generator frame's link to its generator either: in CPython the frame is part of the
 * generator, so that link is no cycle.
 */
function followsProp(holder: object, prop: string, inCycles: boolean): boolean {
  const kind = holder instanceof Frame ? HolderKind.Frame : holder instanceof PyType ? HolderKind.Type
    : holder instanceof PyDict ? HolderKind.Dict : HolderKind.Other;
  return followsPropOf(kind, prop, inCycles);
}

/** The kinds of holder followsProp treats apart. */
const enum HolderKind {
  Other = 0,
  Frame = 1,
  Type = 2,
  Dict = 3,
}

/** followsProp, with the holder's kind already known (the walk's inner loop asks it once per object). */
function followsPropOf(kind: HolderKind, prop: string, inCycles: boolean): boolean {
  if (SKIPPED_PROPS.has(prop)) return false;
  switch (kind) {
    case HolderKind.Frame:
      return prop !== 'slots' && !(inCycles && prop === 'generator');
    case HolderKind.Type:
      return prop !== 'subclasses';
    case HolderKind.Dict:
      return !DICT_INDEX_PROPS.has(prop);
    default:
      return true;
  }
}

/** What a native object keeps in closures, as its lifetimeRefs() lists it (e.g. itertools' iterators). */
function closureRefs(o: object): unknown[] {
  const own = (o as { lifetimeRefs?: unknown }).lifetimeRefs;
  return typeof own === 'function' ? (own as () => unknown[]).call(o) : [];
}

/** Is `v` a JavaScript object that could lead to a Python object? */
function followable(v: unknown): v is object {
  if (typeof v !== 'object' || v === null) return false;
  // Python objects first (most values are): only two kinds of them are never followed.
  if (v instanceof PyObject) return !(v instanceof PyCode) && !(v instanceof PyType && !v.isHeap);
  if (Array.isArray(v)) return true;
  if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer) return false;
  if (v instanceof WeakMap || v instanceof WeakSet || v instanceof Promise || v instanceof RegExp) return false;
  return true;
}

/** Marks of one walk are base + position; each walk starts above the last one's marks. */
let nextBase = 1;

/** Objects the walk never follows live for ever: static types and code objects. */
export function isImmortal(o: object): boolean {
  return o instanceof PyObject && !followable(o);
}

/** The result of one walk: what it reached, and the edge each object was first reached through. */
export class HeapWalk {
  private readonly base: number;
  /** Reached objects in the order reached (breadth first), with their edges. */
  private readonly nodes: object[] = [];
  private readonly parents: number[] = [];
  private readonly kinds: EdgeKind[] = [];
  private readonly props: string[] = [];
  private readonly indexes: number[] = [];
  private readonly keys: unknown[] = [];
  /** Position of each reached object that is not a PyObject (PyObjects carry their mark). */
  private readonly others = new Map<object, number>();

  /**
   * `excluded`: objects never followed (the recorder: its buffers are not the program's references).
   * `skipRootProps`: properties of the roots that are not references of the program.
   */
  /** Did the walk stop early, because every target was reached (then only reached() of targets is meaningful)? */
  readonly stoppedEarly: boolean;

  constructor(
    roots: object[],
    private readonly skipRootProps: ReadonlySet<string>,
    excluded: object[] = [],
    /** Stop as soon as all of these are reached: the walk then only proves they are alive. */
    targets: ReadonlySet<object> | null = null,
    /** With targets: give up after reaching this many objects (a local search). */
    limit = Infinity,
  ) {
    this.base = nextBase;
    for (const x of excluded) this.others.set(x, -1);
    for (const r of roots) this.reach(r, -1, EdgeKind.Field, '', -1, undefined);
    let stopped = false;
    if (targets === null) {
      for (let at = 0; at < this.nodes.length; at++) this.traverse(this.nodes[at], at);
    } else {
      let missing = 0;
      for (const t of targets) if (!this.reached(t)) missing++;
      let counted = this.nodes.length;
      for (let at = 0; at < this.nodes.length && missing > 0 && this.nodes.length <= limit; at++) {
        this.traverse(this.nodes[at], at);
        for (; counted < this.nodes.length; counted++) if (targets.has(this.nodes[counted])) missing--;
      }
      stopped = missing === 0;
    }
    this.stoppedEarly = stopped;
    nextBase += this.nodes.length + 1;
  }

  /** How many objects the walk reached. */
  get size(): number {
    return this.nodes.length;
  }

  /** Did the walk reach `o`? Objects it never follows (static types, code objects) live for ever. */
  reached(o: object): boolean {
    if (o instanceof PyObject && !followable(o)) return true;
    if (o instanceof PyObject) return o.gcMark >= this.base && o.gcMark - this.base < this.nodes.length && this.nodes[o.gcMark - this.base] === o;
    return this.others.has(o);
  }

  /** The chain of edges from a root to `o` (empty for a root), or null if `o` was not reached. */
  chainTo(o: object): Edge[] | null {
    if (!this.reached(o)) return null;
    let at = this.positionOf(o);
    const chain: Edge[] = [];
    while (at >= 0 && this.parents[at] >= 0) {
      const p = this.parents[at];
      chain.push({
        holder: this.nodes[p], kind: this.kinds[at], prop: this.props[at], index: this.indexes[at], key: this.keys[at],
        child: this.nodes[at],
      });
      at = p;
    }
    chain.reverse();
    return chain;
  }

  private positionOf(o: object): number {
    return o instanceof PyObject ? o.gcMark - this.base : this.others.get(o)!;
  }

  private reach(o: object, parent: number, kind: EdgeKind, prop: string, index: number, key: unknown): void {
    if (o instanceof PyObject) {
      // reached(), without its followable() test: the caller made it.
      const at = o.gcMark - this.base;
      if (at >= 0 && at < this.nodes.length && this.nodes[at] === o) return;
      o.gcMark = this.base + this.nodes.length;
    } else {
      if (this.others.has(o)) return;
      this.others.set(o, this.nodes.length);
    }
    this.nodes.push(o);
    this.parents.push(parent);
    this.kinds.push(kind);
    this.props.push(prop);
    this.indexes.push(index);
    this.keys.push(key);
  }

  private traverse(o: object, at: number): void {
    if (o instanceof Frame) {
      // The value stack above sp holds stale entries the frame no longer refers to.
      const slots = o.slots;
      for (let i = 0; i < o.sp; i++) {
        const v = slots[i];
        if (followable(v)) this.reach(v, at, EdgeKind.Slot, 'slots', i, undefined);
      }
    }
    if (o instanceof Map) {
      for (const [k, v] of o) {
        if (followable(k)) this.reach(k, at, EdgeKind.Opaque, '', -1, undefined);
        if (followable(v)) this.reach(v, at, EdgeKind.Opaque, '', -1, undefined);
      }
      return;
    }
    if (o instanceof Set) {
      for (const v of o) if (followable(v)) this.reach(v, at, EdgeKind.Opaque, '', -1, undefined);
      return;
    }
    if (Array.isArray(o)) {
      this.nested(o, at);
      return;
    }
    for (const v of closureRefs(o)) if (followable(v)) this.reach(v, at, EdgeKind.Opaque, '', -1, undefined);
    const isRoot = this.parents[at] < 0;
    // followsProp's tests of the holder, made once for all its properties.
    const holderKind = o instanceof Frame ? HolderKind.Frame : o instanceof PyType ? HolderKind.Type
      : o instanceof PyDict ? HolderKind.Dict : HolderKind.Other;
    const rec = o as Record<string, unknown>;
    for (const prop in rec) {
      const v = rec[prop];
      // Cheap first: most properties hold numbers, strings, booleans or null.
      if (typeof v !== 'object' || v === null) continue;
      if (!followsPropOf(holderKind, prop, false) || (isRoot && this.skipRootProps.has(prop))) continue;
      if (!followable(v)) continue;
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) {
          const e = v[i];
          if (followable(e)) this.reach(e, at, EdgeKind.Element, prop, i, undefined);
        }
      } else if (v instanceof Map) {
        for (const [k, e] of v) {
          if (followable(k)) this.reach(k, at, EdgeKind.Member, prop, -1, undefined);
          if (followable(e)) this.reach(e, at, EdgeKind.MapValue, prop, -1, k);
        }
      } else if (v instanceof Set) {
        for (const e of v) if (followable(e)) this.reach(e, at, EdgeKind.Member, prop, -1, undefined);
      } else {
        this.reach(v, at, EdgeKind.Field, prop, -1, undefined);
      }
    }
  }

  /** An array met as an element of an array: its elements are reached through it. */
  private nested(a: unknown[], at: number): void {
    for (let i = 0; i < a.length; i++) {
      const e = a[i];
      if (followable(e)) this.reach(e, at, EdgeKind.Opaque, '', i, undefined);
    }
  }
}

/** Does the edge still hold? (Opaque edges cannot be checked: they never do.) */
export function edgeHolds(e: Edge): boolean {
  const h = e.holder as Record<string, unknown>;
  switch (e.kind) {
    case EdgeKind.Field:
      return h[e.prop] === e.child;
    case EdgeKind.Element: {
      const a = h[e.prop];
      return Array.isArray(a) && a[e.index] === e.child;
    }
    case EdgeKind.MapValue: {
      const m = h[e.prop];
      return m instanceof Map && m.get(e.key) === e.child;
    }
    case EdgeKind.Member: {
      const s = h[e.prop];
      return (s instanceof Map || s instanceof Set) && s.has(e.child);
    }
    case EdgeKind.Slot: {
      const f = e.holder as Frame;
      return e.index < f.sp && f.slots[e.index] === e.child;
    }
    default:
      return false;
  }
}

/**
 * Is `start` part of a reference cycle among objects `walk` did not reach (cyclic garbage, which CPython
 * frees only when its cycle collector runs, not when the last outside reference goes)?
 */
export function onUnreachableCycle(walk: HeapWalk, start: object, limit = 100_000): boolean {
  const seen = new Set<object>();
  const stack: object[] = [];
  const push = (v: unknown): boolean => {
    if (!followable(v)) return false;
    if (v === start) return true;
    if (walk.reached(v) || seen.has(v)) return false;
    seen.add(v);
    stack.push(v);
    return false;
  };
  if (childrenOf(start, push)) return true;
  while (stack.length > 0 && seen.size < limit) {
    if (childrenOf(stack.pop()!, push)) return true;
  }
  return false;
}

/** Call `visit` on each object `o` refers to, as the walk sees them; stop early when it returns true. */
function childrenOf(o: object, visit: (v: unknown) => boolean): boolean {
  if (o instanceof Frame) {
    for (let i = 0; i < o.sp; i++) if (visit(o.slots[i])) return true;
  }
  if (o instanceof Map) {
    for (const [k, v] of o) if (visit(k) || visit(v)) return true;
    return false;
  }
  if (o instanceof Set || Array.isArray(o)) {
    for (const v of o as Iterable<unknown>) if (visit(v)) return true;
    return false;
  }
  for (const v of closureRefs(o)) if (visit(v)) return true;
  const rec = o as Record<string, unknown>;
  for (const prop in rec) {
    if (!followsProp(o, prop, true)) continue;
    const v = rec[prop];
    if (Array.isArray(v) || v instanceof Set) {
      for (const e of v as Iterable<unknown>) if (visit(e)) return true;
    } else if (v instanceof Map) {
      for (const [k, e] of v) if (visit(k) || visit(e)) return true;
    } else if (visit(v)) {
      return true;
    }
  }
  return false;
}

/**
 * Where `holder` refers to `child` now, as an edge (after an edge of a chain stopped holding: the child
 * may only have moved, e.g. to another index of a list or slot of a frame), or null.
 */
export function findEdge(holder: object, child: object): Edge | null {
  const edge = (kind: EdgeKind, prop: string, index: number, key: unknown): Edge => ({ holder, kind, prop, index, key, child });
  if (holder instanceof Frame) {
    for (let i = 0; i < holder.sp; i++) if (holder.slots[i] === child) return edge(EdgeKind.Slot, 'slots', i, undefined);
  }
  if (Array.isArray(holder) || holder instanceof Map || holder instanceof Set) return null;
  const rec = holder as Record<string, unknown>;
  for (const prop in rec) {
    if (!followsProp(holder, prop, false)) continue;
    const v = rec[prop];
    if (v === child) return edge(EdgeKind.Field, prop, -1, undefined);
    if (Array.isArray(v)) {
      const i = v.indexOf(child);
      if (i >= 0) return edge(EdgeKind.Element, prop, i, undefined);
    } else if (v instanceof Map) {
      if (v.has(child)) return edge(EdgeKind.Member, prop, -1, undefined);
      for (const [k, e] of v) if (e === child) return edge(EdgeKind.MapValue, prop, -1, k);
    } else if (v instanceof Set) {
      if (v.has(child)) return edge(EdgeKind.Member, prop, -1, undefined);
    }
  }
  return null;
}
