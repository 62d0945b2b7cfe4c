// Interning of the values the recorded frames see: each distinct value becomes one row of `objects`,
// and containers and instances get `object_states` rows (their contents at a step) when first seen and
// whenever the recorder sees them change.
//
// Equal immutable values share a row (every 5 is one object id); a mutable object keeps one id for its
// whole life. Identity comes from this table's own WeakMap, never from id(): the program must not be
// able to tell it is recorded. Nothing here runs Python code (see safe_repr.ts).

import { PyObject, PyType, PyValue, PyInstance, typeOf } from '../vm/objects/object.js';
import { PyList } from '../vm/objects/list.js';
import { PyTuple } from '../vm/objects/tuple.js';
import { PyDict } from '../vm/objects/dict.js';
import { PySet, frozensetType } from '../vm/objects/set.js';
import { PyFloat } from '../vm/objects/float.js';
import { PyByteArray } from '../vm/objects/bytes.js';
import { SafeRepr } from './safe_repr.js';
import { PairTable } from './pair_table.js';
import type { TraceRows } from './trace_rows.js';

/** Object id of NULL, the stack's "no value" (PUSH_NULL); also the root of every stack. */
export const NULL_OBJECT = 0;

const floatBits = new Float64Array(1);
const floatWords = new Int32Array(floatBits.buffer);

/** Beyond this many entries a primitive map is dropped and restarted (equal values may then get new ids). */
const MAX_PRIMITIVE_ENTRIES = 1 << 21;

export class ObjectTable {
  private next = 1;
  private ints = new Map<number, number>();
  private bigints = new Map<bigint, number>();
  private strs = new Map<string, number>();
  private floats = new PairTable();
  private wideInts = new PairTable();
  private trueId = -1;
  private falseId = -1;
  /** Object ids of the non-primitive values seen; negative while a container has no state row yet. */
  private readonly objs = new WeakMap<object, number>();
  /** Containers and instances whose state row exists: their last recorded state. */
  private readonly states = new WeakMap<object, { size: number | null; repr: string; items: string | null; refs: PyValue[] | null; contentStep: number }>();
  private readonly typeIds = new Map<PyType, number>();
  private nextType = 1;
  /** The id the next new object will get: ids from here on are of objects new since it was read. */
  get nextId(): number {
    return this.next;
  }

  /** The step that state rows are written for. */
  step = 0;

  constructor(
    private readonly sink: TraceRows,
    readonly reprs: SafeRepr,
  ) {
    // Object 0 (NULL) and its type 0 are rows the sink writes when it creates the file (see tables.ts).
  }

  /** The object id of a value on a stack or in a variable; containers get their first state row. */
  id(v: PyValue): number {
    switch (typeof v) {
      case 'number': {
        if ((v | 0) !== v) return this.wideIntId(v);
        const id = this.ints.get(v);
        if (id !== undefined) return id;
        if (this.ints.size >= MAX_PRIMITIVE_ENTRIES) this.ints = new Map();
        const nid = this.row(v);
        this.ints.set(v, nid);
        return nid;
      }
      case 'string': {
        const id = this.strs.get(v);
        if (id !== undefined) return id;
        if (this.strs.size >= MAX_PRIMITIVE_ENTRIES) this.strs = new Map();
        const nid = this.row(v);
        this.strs.set(v, nid);
        return nid;
      }
      case 'boolean':
        if (v) return this.trueId >= 0 ? this.trueId : (this.trueId = this.row(true));
        return this.falseId >= 0 ? this.falseId : (this.falseId = this.row(false));
      case 'bigint': {
        const id = this.bigints.get(v);
        if (id !== undefined) return id;
        if (this.bigints.size >= MAX_PRIMITIVE_ENTRIES) this.bigints = new Map();
        const nid = this.row(v);
        this.bigints.set(v, nid);
        return nid;
      }
    }
    // Floats first: most are new boxes, which the WeakMap would not know.
    if (v instanceof PyFloat && !v.cls.isUserClass) return this.floatId(v);
    const known = this.objs.get(v);
    if (known !== undefined) {
      if (known > 0) return known;
      // Seen so far only inside a container's state: its own first state row now.
      this.objs.set(v, -known);
      this.recordState(v);
      return -known;
    }
    const nid = this.row(v);
    this.objs.set(v, nid);
    if (hasState(v)) this.recordState(v);
    return nid;
  }

  /** The object id of a value inside a container's state: a row, but no state row of its own yet. */
  childId(v: PyValue): number {
    if (typeof v !== 'object') return this.id(v);
    if (v instanceof PyFloat && !v.cls.isUserClass) return this.floatId(v);
    const known = this.objs.get(v);
    if (known !== undefined) return known > 0 ? known : -known;
    const nid = this.row(v);
    this.objs.set(v, hasState(v) ? -nid : nid);
    return nid;
  }

  /** Ints beyond 32 bits (still JS numbers), by their bits: a Map would box each key. */
  private wideIntId(v: number): number {
    const id = this.bitsId(this.wideInts, v, v);
    if (this.wideInts.size >= MAX_PRIMITIVE_ENTRIES) this.wideInts = new PairTable();
    return id;
  }

  /** Floats are interned by their bits (so 0.0 and -0.0 stay apart), like ints by value. */
  private floatId(f: PyFloat): number {
    const id = this.bitsId(this.floats, f.value, f);
    if (this.floats.size >= MAX_PRIMITIVE_ENTRIES) this.floats = new PairTable();
    return id;
  }

  /** The id of `value` in `table`, keyed by the bits of the double `x`; a new row when absent. */
  private bitsId(table: PairTable, x: number, value: PyValue): number {
    floatBits[0] = x;
    const lo = floatWords[0];
    const hi = floatWords[1];
    const id = table.get(lo, hi);
    if (id !== 0) return id;
    const nid = this.row(value);
    table.set(lo, hi, nid);
    return nid;
  }

  private row(v: PyValue): number {
    const id = this.next++;
    const t = typeOf(v);
    // Its object_id is `id`: the next rowid (see tables.ts).
    this.sink.objects.add3(this.typeId(t), this.reprs.repr(v), typeof v === 'object' && isMutable(v) ? 1 : 0);
    return id;
  }

  typeId(t: PyType): number {
    let id = this.typeIds.get(t);
    if (id === undefined) {
      id = this.nextType++;
      this.typeIds.set(t, id);
      this.sink.types.add2(id, t.isUserClass || t.module === 'builtins' ? t.qualname : `${t.module}.${t.qualname}`);
    }
    return id;
  }

  /**
   * Look at a container or instance the last instruction may have changed: a new state row if its
   * contents differ from the last recorded state. Other values are ignored.
   */
  recheck(v: PyValue | null | undefined): void {
    if (typeof v !== 'object' || v === null || !hasState(v)) return;
    const known = this.objs.get(v);
    if (known === undefined || known < 0) {
      this.id(v);
      return;
    }
    this.recordState(v);
  }

  private recordState(o: PyObject): void {
    const size = sizeOf(o);
    const refs = this.refsOf(o);
    const last = this.states.get(o);
    const id = this.objs.get(o)!;
    // The same children as last time (compared by identity, no repr made): at most the size changed.
    if (last !== undefined && refs !== null && last.refs !== null && sameRefs(last.refs, refs)) {
      if (last.size === size) return;
      last.size = size;
      this.sink.objectStates.add([id, this.step, null, size, null, last.contentStep]);
      return;
    }
    const repr = this.reprs.repr(o);
    const items = this.itemsOf(o, refs);
    if (last !== undefined && last.repr === repr && last.items === items) {
      last.refs = refs;
      if (last.size === size) return;
      // Only the length changed (a long container grew past what repr and items show): a small row.
      last.size = size;
      this.sink.objectStates.add([id, this.step, null, size, null, last.contentStep]);
      return;
    }
    this.states.set(o, { size, repr, items, refs, contentStep: this.step });
    this.sink.objectStates.add([id, this.step, repr, size, items, null]);
  }

  /**
   * The children a state shows, in order, at most maxItems of them (dicts and instances as key, value,
   * key, value ...), or null for objects whose contents are not references (bytearray).
   */
  private refsOf(o: PyObject): PyValue[] | null {
    const max = this.reprs.maxItems;
    if (o instanceof PyList || o instanceof PyTuple) return o.items.length <= max ? o.items.slice() : o.items.slice(0, max);
    const out: PyValue[] = [];
    if (o instanceof PyDict) {
      // By position, not the entries() generator: this runs at every store into a dict.
      const n = o.entryCount;
      for (let i = 0; i < n; i++) {
        if (out.length >= 2 * max) break;
        const v = o.valueAt(i);
        if (v !== undefined) out.push(o.keyAt(i), v);
      }
      return out;
    }
    if (o instanceof PySet) {
      for (const k of o.values()) {
        if (out.length >= max) break;
        out.push(k);
      }
      return out;
    }
    if (o instanceof PyByteArray) return null;
    this.reprs.attributeRefs(o, out, max);
    return out;
  }

  /** The state's child references as JSON: [ids], [[key, value] ids] or {attr: id}. */
  private itemsOf(o: PyObject, refs: PyValue[] | null): string | null {
    if (refs === null) return null;
    if (o instanceof PyList || o instanceof PyTuple || o instanceof PySet) {
      const ids = new Array<number>(refs.length);
      for (let i = 0; i < refs.length; i++) ids[i] = this.childId(refs[i]);
      return JSON.stringify(ids);
    }
    if (o instanceof PyDict) {
      const pairs: [number, number][] = [];
      for (let i = 0; i < refs.length; i += 2) pairs.push([this.childId(refs[i]), this.childId(refs[i + 1])]);
      return JSON.stringify(pairs);
    }
    if (refs.length === 0) return null;
    const attrs: Record<string, number> = {};
    for (let i = 0; i < refs.length; i += 2) attrs[refs[i] as string] = this.childId(refs[i + 1]);
    return JSON.stringify(attrs);
  }
}

function sameRefs(a: PyValue[], b: PyValue[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Containers and instances of user classes: values with contents worth a state row. */
function hasState(o: PyObject): boolean {
  return (
    o instanceof PyList || o instanceof PyTuple || o instanceof PyDict || o instanceof PySet ||
    o instanceof PyByteArray || (o.cls.isUserClass && (o.dict !== null || o instanceof PyInstance))
  );
}

/** Values whose contents can change after they were first seen. */
function isMutable(o: PyObject): boolean {
  if (o instanceof PyList || o instanceof PyDict || o instanceof PyByteArray) return true;
  if (o instanceof PySet) return o.cls !== frozensetType;
  return o.cls.isUserClass && !(o instanceof PyType);
}

function sizeOf(o: PyObject): number | null {
  if (o instanceof PyList || o instanceof PyTuple) return o.items.length;
  if (o instanceof PyDict) return o.size;
  if (o instanceof PySet) return o.used;
  if (o instanceof PyByteArray) return o.length;
  return null;
}
