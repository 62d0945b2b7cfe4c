// Safe repr: how the recorder shows a Python value without running any Python code.
//
// A recorded program must behave exactly as an unrecorded one, so this module never calls a user
// __repr__, __str__, __eq__ or property, never imports, never allocates ids the program could observe.
// Built-in values print as CPython prints them; an instance of a user class prints as its class and its
// attributes (`<Point: x=1, y=2>`), a subclass of a built-in container as `<Stack: [1, 2]>`. Output is
// cut at `limit` characters (ending in '…') and containers at `maxItems` entries.

import { PyObject, PyType, PyValue, PyInstance, typeOf } from '../vm/objects/object.js';
import { PyList } from '../vm/objects/list.js';
import { PyTuple } from '../vm/objects/tuple.js';
import { PyDict } from '../vm/objects/dict.js';
import { PySet, frozensetType } from '../vm/objects/set.js';
import { PyFloat } from '../vm/objects/float.js';
import { PyComplex } from '../vm/objects/complex.js';
import { PyBytes, PyByteArray } from '../vm/objects/bytes.js';
import { PyRange } from '../vm/objects/range.js';
import { PySlice } from '../vm/objects/slice.js';
import { PyFunction, PyMethod } from '../vm/objects/function.js';
import { PyModule } from '../vm/objects/module.js';
import { PyBaseException } from '../vm/objects/exceptions.js';
import { PyGenerator } from '../vm/objects/generator.js';
import { PyCode } from '../vm/objects/code.js';
import { PyCell } from '../vm/objects/cell.js';
import { PyNativeFunction } from '../vm/objects/native.js';
import { SlotMember } from '../vm/objects/slots.js';
import { None, Ellipsis, NotImplemented } from '../vm/objects/singletons.js';
import { strRepr } from '../vm/objects/str_core.js';
import { bytesRepr } from '../vm/objects/bytes_methods.js';
import { floatRepr } from '../vm/numeric/float_repr.js';
import { complexRepr } from '../vm/numeric/format_spec.js';
import { DEFAULT_REPR_LIMIT as DEFAULT_LIMIT } from './defaults.js';

export interface SafeReprOptions {
  /** Longest repr kept, in characters. */
  limit: number;
  /** Most entries of a container shown before '...'. */
  maxItems: number;
}

export { DEFAULT_REPR_LIMIT } from './defaults.js';

/** Thrown internally when the output is long enough. */
class Full {}
const FULL = new Full();

export class SafeRepr {
  readonly limit: number;
  readonly maxItems: number;
  private out = '';
  private readonly onPath = new Set<PyObject>();

  constructor(options: Partial<SafeReprOptions> = {}) {
    this.limit = options.limit ?? DEFAULT_LIMIT;
    this.maxItems = options.maxItems ?? 100;
  }

  /** The repr of `v`, cut to the limit. */
  repr(v: PyValue): string {
    // The common small cases, without the builder.
    switch (typeof v) {
      case 'number':
        return String(v);
      case 'boolean':
        return v ? 'True' : 'False';
      case 'string':
        if (v.length <= this.limit) {
          const r = strRepr(v);
          if (r.length <= this.limit) return r;
        }
        break;
    }
    this.out = '';
    try {
      this.put(v);
    } catch (e) {
      if (e !== FULL) throw e;
      this.onPath.clear();
      return this.out.slice(0, this.limit - 1) + '…';
    }
    return this.out;
  }

  private emit(s: string): void {
    this.out += s;
    if (this.out.length > this.limit) throw FULL;
  }

  private put(v: PyValue): void {
    switch (typeof v) {
      case 'number':
        this.emit(String(v));
        return;
      case 'bigint':
        this.emit(v.toString());
        return;
      case 'boolean':
        this.emit(v ? 'True' : 'False');
        return;
      case 'string':
        this.emit(strRepr(v.length > this.limit ? v.slice(0, this.limit) : v));
        return;
    }
    const cls = v.cls;
    if (cls.isUserClass) {
      this.putInstance(v, cls);
      return;
    }
    this.putBuiltin(v);
  }

  /** A value of a built-in type (not a subclass made by a class statement). */
  private putBuiltin(v: PyObject): void {
    if (v === None) return this.emit('None');
    if (v === Ellipsis) return this.emit('Ellipsis');
    if (v === NotImplemented) return this.emit('NotImplemented');
    if (v instanceof PyFloat) return this.emit(floatRepr(v.value));
    if (v instanceof PyList) return this.putSequence(v, v.items, '[', ']', false);
    if (v instanceof PyTuple) return this.putSequence(v, v.items, '(', ')', v.items.length === 1);
    if (v instanceof PyDict) return this.putDict(v);
    if (v instanceof PySet) return this.putSet(v);
    if (v instanceof PyComplex) return this.emit(complexRepr(v.real, v.imag));
    if (v instanceof PyBytes) return this.emit(bytesRepr(v.data.length > this.limit ? v.data.subarray(0, this.limit) : v.data));
    if (v instanceof PyByteArray) {
      const data = v.data.subarray(0, Math.min(v.length, this.limit));
      return this.emit(`bytearray(${bytesRepr(data)})`);
    }
    if (v instanceof PyRange) {
      this.emit(`range(${v.start}, ${v.stop}`);
      return this.emit(v.step === 1 ? ')' : `, ${v.step})`);
    }
    if (v instanceof PySlice) {
      this.emit('slice(');
      this.put(v.start);
      this.emit(', ');
      this.put(v.stop);
      this.emit(', ');
      this.put(v.step);
      return this.emit(')');
    }
    if (v instanceof PyType) return this.emit(`<class '${typeQualifiedName(v)}'>`);
    if (v instanceof PyFunction) return this.emit(`<function ${v.qualname}>`);
    if (v instanceof PyMethod) {
      const f = v.func;
      const name = f instanceof PyFunction ? f.qualname : f instanceof PyNativeFunction ? f.qualname : typeOf(f).name;
      return this.emit(`<bound method ${name} of ${this.shortObject(v.self)}>`);
    }
    if (v instanceof PyNativeFunction) {
      if (v.self === null || v.self instanceof PyModule) return this.emit(`<built-in function ${v.name}>`);
      return this.emit(`<built-in method ${v.name} of ${typeOf(v.self).name} object>`);
    }
    if (v instanceof PyModule) return this.emit(`<module '${v.name}'>`);
    if (v instanceof PyBaseException) return this.putException(v);
    if (v instanceof PyGenerator) return this.emit(`<${v.cls.name} object ${v.qualname}>`);
    if (v instanceof PyCode) return this.emit(`<code object ${v.name}, file "${v.filename}", line ${v.firstlineno}>`);
    if (v instanceof PyCell) {
      this.emit('<cell: ');
      if (v.value === undefined) this.emit('empty');
      else this.put(v.value);
      return this.emit('>');
    }
    this.emit(`<${v.cls.name} object>`);
  }

  /** An instance of a class made by a class statement: its class, then its built-in value or attributes. */
  private putInstance(v: PyObject, cls: PyType): void {
    const name = cls.name;
    if (v instanceof PyBaseException) return this.putException(v);
    if (v instanceof PyType) return this.emit(`<class '${typeQualifiedName(v)}'>`);
    if (this.onPath.has(v)) return this.emit(`<${name}: ...>`);
    const builtinValue =
      v instanceof PyList || v instanceof PyTuple || v instanceof PyDict || v instanceof PySet ||
      v instanceof PyFloat || v instanceof PyComplex || v instanceof PyBytes || v instanceof PyByteArray;
    this.onPath.add(v);
    try {
      if (builtinValue) {
        this.emit(`<${name}: `);
        this.putBuiltin(v);
        this.emit('>');
        return;
      }
      const attrs = this.attributes(v);
      if (attrs.length === 0) {
        this.emit(`<${name} object>`);
        return;
      }
      this.emit(`<${name}: `);
      let n = 0;
      for (const [k, value] of attrs) {
        if (n > 0) this.emit(', ');
        if (n === this.maxItems) {
          this.emit('...');
          break;
        }
        this.emit(`${k}=`);
        this.put(value);
        n++;
      }
      this.emit('>');
    } finally {
      this.onPath.delete(v);
    }
  }

  /** The instance's attributes: its __dict__ entries with str keys, then its __slots__ values. */
  /**
   * The same attributes flat into `out` (name, value, name, value ...), at most `max` of them, with no
   * pair or iterator allocated: what the recorder compares at every attribute store.
   */
  attributeRefs(v: PyObject, out: PyValue[], max: number): void {
    const limit = 2 * max;
    if (v.dict !== null) {
      const d = v.dict;
      const n = d.entryCount;
      for (let i = 0; i < n; i++) {
        if (out.length >= limit) return;
        const value = d.valueAt(i);
        if (value === undefined) continue;
        const k = d.keyAt(i);
        if (typeof k === 'string') out.push(k, value);
      }
    }
    if (v instanceof PyInstance && v.slots !== null) {
      const names = slotNamesOf(v.cls);
      for (let i = 0; i < v.slots.length; i++) {
        if (out.length >= limit) return;
        const value = v.slots[i];
        if (value !== undefined && names[i] !== undefined) out.push(names[i], value);
      }
    }
  }

  attributes(v: PyObject): [string, PyValue][] {
    const out: [string, PyValue][] = [];
    if (v.dict !== null) {
      for (const [k, value] of v.dict.entries()) if (typeof k === 'string') out.push([k, value]);
    }
    if (v instanceof PyInstance && v.slots !== null) {
      const names = slotNamesOf(v.cls);
      for (let i = 0; i < v.slots.length; i++) {
        const value = v.slots[i];
        if (value !== undefined && names[i] !== undefined) out.push([names[i], value]);
      }
    }
    return out;
  }

  private putException(e: PyBaseException): void {
    this.emit(`${e.cls.name}(`);
    for (let i = 0; i < e.args.length; i++) {
      if (i > 0) this.emit(', ');
      this.put(e.args[i]);
    }
    this.emit(')');
  }

  private putSequence(owner: PyObject, items: PyValue[], open: string, close: string, oneTuple: boolean): void {
    if (this.onPath.has(owner)) return this.emit(`${open}...${close}`);
    this.onPath.add(owner);
    this.emit(open);
    const n = items.length;
    for (let i = 0; i < n; i++) {
      if (i > 0) this.emit(', ');
      if (i === this.maxItems) {
        this.emit('...');
        break;
      }
      this.put(items[i]);
    }
    if (oneTuple) this.emit(',');
    this.emit(close);
    this.onPath.delete(owner);
  }

  private putDict(d: PyDict): void {
    if (this.onPath.has(d)) return this.emit('{...}');
    this.onPath.add(d);
    this.emit('{');
    let i = 0;
    for (const [k, v] of d.entries()) {
      if (i > 0) this.emit(', ');
      if (i === this.maxItems) {
        this.emit('...');
        break;
      }
      this.put(k);
      this.emit(': ');
      this.put(v);
      i++;
    }
    this.emit('}');
    this.onPath.delete(d);
  }

  private putSet(s: PySet): void {
    const frozen = s.cls === frozensetType;
    if (s.used === 0) return this.emit(frozen ? 'frozenset()' : 'set()');
    if (this.onPath.has(s)) return this.emit(frozen ? 'frozenset(...)' : '{...}');
    this.onPath.add(s);
    this.emit(frozen ? 'frozenset({' : '{');
    let i = 0;
    for (const k of s.values()) {
      if (i > 0) this.emit(', ');
      if (i === this.maxItems) {
        this.emit('...');
        break;
      }
      this.put(k);
      i++;
    }
    this.emit(frozen ? '})' : '}');
    this.onPath.delete(s);
  }

  /** A short reference to an object inside another repr (bound methods). */
  private shortObject(v: PyValue): string {
    if (typeof v !== 'object') return new SafeRepr({ limit: 40, maxItems: 3 }).repr(v);
    return `${typeOf(v).name} object`;
  }
}

/** `module.qualname` for classes outside builtins, as type.__repr__ prints them. */
export function typeQualifiedName(t: PyType): string {
  return t.module === 'builtins' || t.module === '' ? t.qualname : `${t.module}.${t.qualname}`;
}

/** __slots__ member names of a class and its bases, by slot index (from their member descriptors). */
function slotNamesOf(cls: PyType): string[] {
  const names: string[] = [];
  for (const t of cls.mro) {
    for (const d of t.attrs.values()) {
      if (d instanceof SlotMember && d.owner === t) names[d.index] = d.name;
    }
  }
  return names;
}
