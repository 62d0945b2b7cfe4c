// The itertools module (CPython's Modules/itertoolsmodule.c): every iterator type as a lazy PyIterator
// with CPython's argument checking and messages.

import { PyType, PyValue, makeBuiltinType } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { defNew, defMethod, defClassMethod, bindArgs, noKwargs, PyNativeFunction } from '../objects/native.js';
import { PyIterator } from '../objects/iterator_base.js';
import { PyTuple } from '../objects/tuple.js';
import { PyFloat } from '../objects/float.js';
import { None } from '../objects/singletons.js';
import { PyBaseException, StopIteration } from '../objects/exceptions.js';
import { getIter, iterNext, truthy, toArray, asIndex, repr, eq } from '../runtime/protocols.js';
import { callObject } from '../runtime/call.js';
import { binaryDispatch } from '../runtime/operators.js';
import { typeError, valueError } from '../runtime/raise.js';
import { unexpectedKeywordMessage } from '../runtime/keyword_suggestion.js';
import { registerNativeModule } from './registry.js';

const types: PyType[] = [];
function itType(name: string): PyType {
  const t = makeBuiltinType(name, undefined, 'itertools');
  types.push(t);
  return t;
}

const countType = itType('count');
const cycleType = itType('cycle');
const repeatType = itType('repeat');
const accumulateType = itType('accumulate');
const batchedType = itType('batched');
const chainType = itType('chain');
const compressType = itType('compress');
const dropwhileType = itType('dropwhile');
const filterfalseType = itType('filterfalse');
const groupbyType = itType('groupby');
const grouperType = itType('_grouper');
const isliceType = itType('islice');
const pairwiseType = itType('pairwise');
const starmapType = itType('starmap');
const takewhileType = itType('takewhile');
const teeType = itType('_tee');
const zipLongestType = itType('zip_longest');
const productType = itType('product');
const permutationsType = itType('permutations');
const combinationsType = itType('combinations');
const cwrType = itType('combinations_with_replacement');

/**
 * A PyIterator whose next() is a closure: keeps each itertools type to a few lines. `refs` lists what the
 * closure holds (read when the reachability walk of vm/runtime/lifetime asks, so it sees current values):
 * without it, an iterator held only here would look dead.
 */
class FnIterator extends PyIterator {
  constructor(
    cls: PyType,
    private readonly refs: () => unknown[],
    readonly step: () => PyValue | undefined,
    readonly describe: (() => string) | null = null,
  ) {
    super(cls);
  }

  lifetimeRefs(): unknown[] {
    return this.refs();
  }
  next(): PyValue | undefined {
    return this.step();
  }
}

/**
 * groupby (CPython's groupbyobject): `currKey`/`currValue` are the last item read from the source,
 * shared with the current _grouper; `tgtKey` is the key of the group being handed out. A value of
 * undefined means "not read yet" (currValue is cleared once a grouper has returned it).
 */
class GroupBy extends PyIterator {
  tgtKey: PyValue | undefined = undefined;
  currKey: PyValue | undefined = undefined;
  currValue: PyValue | undefined = undefined;
  currGrouper: Grouper | null = null;
  constructor(cls: PyType, readonly it: PyValue, readonly keyFn: PyValue | null) {
    super(cls);
  }
  /** Read the next item and its key; false at the end of the source. */
  step(): boolean {
    const v = iterNext(this.it);
    if (v === undefined) return false;
    const k = this.keyFn === null ? v : callObject(this.keyFn, [v]);
    this.currValue = v;
    this.currKey = k;
    return true;
  }
  next(): PyValue | undefined {
    this.currGrouper = null;
    // Skip what is left of the previous group.
    for (;;) {
      if (this.currKey !== undefined) {
        if (this.tgtKey === undefined || !eq(this.tgtKey, this.currKey)) break;
      }
      if (!this.step()) return undefined;
    }
    this.tgtKey = this.currKey;
    const g = new Grouper(this, this.currKey!);
    this.currGrouper = g;
    return new PyTuple([this.currKey!, g]);
  }
}

/** One group of a groupby: valid only while it is the groupby's current group. */
class Grouper extends PyIterator {
  constructor(readonly parent: GroupBy, readonly tgtKey: PyValue) {
    super(grouperType);
  }
  next(): PyValue | undefined {
    const p = this.parent;
    if (p.currGrouper !== this) return undefined;
    if (p.currValue === undefined && !p.step()) return undefined;
    if (!eq(this.tgtKey, p.currKey!)) return undefined;
    const v = p.currValue;
    p.currValue = undefined;
    return v;
  }
}

function noKw(name: string, kw: Map<string, PyValue> | null): void {
  noKwargs(name, kw);
}

function count(cls: PyType, args: PyValue[], kw: Map<string, PyValue> | null): PyValue {
  const [start, step] = bindArgs('count', ['start', 'step'], args, kw);
  let cur: PyValue = start ?? 0;
  const st: PyValue = step ?? 1;
  const numeric = (v: PyValue): boolean => typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof PyFloat || (typeof v === 'object' && v.cls.lookup('__add__') !== undefined);
  if (!numeric(cur) || !numeric(st)) throw typeError('a number is required');
  const it = new FnIterator(cls, () => [cur, st], () => {
    const v = cur;
    cur = typeof v === 'number' && typeof st === 'number' && Number.isSafeInteger(v + st) ? v + st : binaryDispatch(0, v, st, '+');
    return v;
  }, () => (st === 1 ? `count(${repr(cur)})` : `count(${repr(cur)}, ${repr(st)})`));
  return it;
}

function product(cls: PyType, args: PyValue[], kw: Map<string, PyValue> | null): PyValue {
  let repeat = 1;
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k !== 'repeat') throw typeError(unexpectedKeywordMessage('product()', k, ['repeat']));
      const r = asIndex(v);
      if (typeof r === 'bigint' || r < 0) throw valueError('repeat argument cannot be negative');
      repeat = r;
    }
  }
  const pools: PyValue[][] = [];
  const base = args.map(toArray);
  for (let i = 0; i < repeat; i++) pools.push(...base);
  const n = pools.length;
  const idx = new Array(n).fill(0);
  let first = true;
  let done = pools.some((p) => p.length === 0);
  return new FnIterator(cls, () => [pools], () => {
    if (done) return undefined;
    if (first) {
      first = false;
      return new PyTuple(pools.map((p) => p[0]));
    }
    let i = n - 1;
    while (i >= 0) {
      idx[i]++;
      if (idx[i] < pools[i].length) break;
      idx[i] = 0;
      i--;
    }
    if (i < 0) {
      done = true;
      return undefined;
    }
    return new PyTuple(idx.map((j, k) => pools[k][j]));
  });
}

function permutations(cls: PyType, args: PyValue[], kw: Map<string, PyValue> | null): PyValue {
  const [iterable, rArg] = bindArgs('permutations', ['iterable', 'r'], args, kw, 1);
  const pool = toArray(iterable!);
  const n = pool.length;
  const r = rArg === undefined || rArg === None ? n : Number(asIndex(rArg));
  if (r < 0) throw valueError('r must be non-negative');
  const indices = Array.from({ length: n }, (_, i) => i);
  const cycles = Array.from({ length: r }, (_, i) => n - i);
  let first = true;
  let done = r > n;
  return new FnIterator(cls, () => [pool], () => {
    if (done) return undefined;
    if (first) {
      first = false;
      return new PyTuple(indices.slice(0, r).map((i) => pool[i]));
    }
    for (let i = r - 1; i >= 0; i--) {
      cycles[i]--;
      if (cycles[i] === 0) {
        const moved = indices.splice(i, 1)[0];
        indices.push(moved);
        cycles[i] = n - i;
      } else {
        const j = n - cycles[i];
        [indices[i], indices[j]] = [indices[j], indices[i]];
        return new PyTuple(indices.slice(0, r).map((k) => pool[k]));
      }
    }
    done = true;
    return undefined;
  });
}

function combinations(cls: PyType, args: PyValue[], kw: Map<string, PyValue> | null, withReplacement: boolean): PyValue {
  const name = withReplacement ? 'combinations_with_replacement' : 'combinations';
  const [iterable, rArg] = bindArgs(name, ['iterable', 'r'], args, kw, 2);
  const pool = toArray(iterable!);
  const n = pool.length;
  const r = Number(asIndex(rArg!));
  if (r < 0) throw valueError('r must be non-negative');
  const indices = withReplacement ? new Array(r).fill(0) : Array.from({ length: r }, (_, i) => i);
  let first = true;
  let done = withReplacement ? n === 0 && r > 0 : r > n;
  return new FnIterator(cls, () => [pool], () => {
    if (done) return undefined;
    if (first) {
      first = false;
      return new PyTuple(indices.map((i) => pool[i]));
    }
    let i = r - 1;
    if (withReplacement) {
      while (i >= 0 && indices[i] === n - 1) i--;
      if (i < 0) {
        done = true;
        return undefined;
      }
      const v = indices[i] + 1;
      for (let j = i; j < r; j++) indices[j] = v;
    } else {
      while (i >= 0 && indices[i] === i + n - r) i--;
      if (i < 0) {
        done = true;
        return undefined;
      }
      indices[i]++;
      for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
    }
    return new PyTuple(indices.map((k) => pool[k]));
  });
}

class TeeData {
  readonly values: PyValue[] = [];
  exhausted = false;
  constructor(readonly it: PyValue) {}
  get(i: number): PyValue | undefined {
    while (this.values.length <= i) {
      if (this.exhausted) return undefined;
      const v = iterNext(this.it);
      if (v === undefined) {
        this.exhausted = true;
        return undefined;
      }
      this.values.push(v);
    }
    return this.values[i];
  }
}

function makeTee(data: TeeData, start = 0): FnIterator {
  let i = start;
  const t = new FnIterator(teeType, () => [data], () => {
    const v = data.get(i);
    if (v !== undefined) i++;
    return v;
  });
  (t as unknown as { copyTee: () => FnIterator }).copyTee = () => makeTee(data, i);
  return t;
}

/** A new _tee over `iterable`: a copy of it when it is a _tee already (tee_fromiterable). */
function teeFrom(iterable: PyValue): FnIterator {
  const it = getIter(iterable);
  const copy = (it as unknown as { copyTee?: () => FnIterator }).copyTee;
  return copy !== undefined ? copy() : makeTee(new TeeData(it));
}

// _tee objects lost pickling in 3.14 but can still be copied: the copy shares the buffered values.
defMethod(teeType, '__copy__', (self, args, kw) => {
  noKwargs('_tee.__copy__', kw);
  if (args.length !== 0) throw typeError(`_tee.__copy__() takes no arguments (${args.length} given)`);
  return (self as unknown as { copyTee: () => FnIterator }).copyTee();
});
defNew(teeType, (_cls, args, kw) => {
  noKwargs('_tee', kw);
  if (args.length !== 1) throw typeError(`_tee expected 1 argument, got ${args.length}`);
  return teeFrom(args[0]);
});

export function makeItertools(): PyModule {
  const mod = new PyModule('itertools');
  const d = mod.dict;
  for (const t of types) {
    d.setStr(t.name, t);
    defMethod(t, '__iter__', (self) => self);
    defMethod(t, '__next__', (self) => {
      const v = (self as PyIterator).next();
      if (v === undefined) throw new PyBaseException(StopIteration, []);
      return v;
    });
  }
  d.delete('_tee');
  d.delete('_grouper');
  for (const t of [countType, repeatType]) {
    defMethod(t, '__repr__', (self) => {
      const f = (self as FnIterator).describe;
      return f === null ? `${t.name}(...)` : f();
    });
  }

  defNew(countType, count);
  defNew(cycleType, (cls, args, kw) => {
    noKw('cycle', kw);
    if (args.length !== 1) throw typeError(`cycle expected 1 argument, got ${args.length}`);
    const it = getIter(args[0]);
    const saved: PyValue[] = [];
    let exhausted = false;
    let i = 0;
    return new FnIterator(cls, () => [it, saved], () => {
      if (!exhausted) {
        const v = iterNext(it);
        if (v !== undefined) {
          saved.push(v);
          return v;
        }
        exhausted = true;
      }
      if (saved.length === 0) return undefined;
      const v = saved[i];
      i = (i + 1) % saved.length;
      return v;
    });
  });
  defNew(repeatType, (cls, args, kw) => {
    const [obj, times] = bindArgs('repeat', ['object', 'times'], args, kw, 1);
    let left = times === undefined ? -1 : Math.max(0, Number(asIndex(times)));
    return new FnIterator(cls, () => [obj], () => {
      if (left === 0) return undefined;
      if (left > 0) left--;
      return obj!;
    }, () => (left < 0 ? `repeat(${repr(obj!)})` : `repeat(${repr(obj!)}, ${left})`));
  });
  defNew(accumulateType, (cls, args, kw) => {
    const [iterable, func, initial] = bindArgs('accumulate', ['iterable', 'func', 'initial'], args, kw, 1, 0, 2);
    const it = getIter(iterable!);
    let total: PyValue | undefined = initial === undefined || initial === None ? undefined : initial;
    let pendingInitial = total !== undefined;
    const fn = func === undefined || func === None ? null : func;
    return new FnIterator(cls, () => [it, total, fn], () => {
      if (pendingInitial) {
        pendingInitial = false;
        return total;
      }
      const v = iterNext(it);
      if (v === undefined) return undefined;
      total = total === undefined ? v : fn === null ? binaryDispatch(0, total, v, '+') : callObject(fn, [total, v]);
      return total;
    });
  });
  defNew(batchedType, (cls, args, kw) => {
    const [iterable, nArg, strict] = bindArgs('batched', ['iterable', 'n', 'strict'], args, kw, 2, 0, 2);
    const n = Number(asIndex(nArg!));
    if (n < 1) throw valueError('n must be at least one');
    const it = getIter(iterable!);
    const isStrict = strict !== undefined && truthy(strict);
    return new FnIterator(cls, () => [it], () => {
      const batch: PyValue[] = [];
      while (batch.length < n) {
        const v = iterNext(it);
        if (v === undefined) break;
        batch.push(v);
      }
      if (batch.length === 0) return undefined;
      if (isStrict && batch.length < n) throw valueError('batched(): incomplete batch');
      return new PyTuple(batch);
    });
  });
  const chain = (cls: PyType, sources: PyValue): PyValue => {
    const outer = getIter(sources);
    let inner: PyValue | null = null;
    return new FnIterator(cls, () => [outer, inner], () => {
      for (;;) {
        if (inner === null) {
          const src = iterNext(outer);
          if (src === undefined) return undefined;
          inner = getIter(src);
        }
        const v = iterNext(inner);
        if (v !== undefined) return v;
        inner = null;
      }
    });
  };
  defNew(chainType, (cls, args, kw) => {
    noKw('chain', kw);
    return chain(cls, new PyTuple(args));
  });
  defClassMethod(chainType, 'from_iterable', (cls, args) => {
    if (args.length !== 1) throw typeError(`chain.from_iterable() takes exactly one argument (${args.length} given)`);
    return chain(cls, args[0]);
  });
  defNew(compressType, (cls, args, kw) => {
    const [data, selectors] = bindArgs('compress', ['data', 'selectors'], args, kw, 2);
    const di = getIter(data!);
    const si = getIter(selectors!);
    return new FnIterator(cls, () => [di, si], () => {
      for (;;) {
        const v = iterNext(di);
        const s = iterNext(si);
        if (v === undefined || s === undefined) return undefined;
        if (truthy(s)) return v;
      }
    });
  });
  defNew(dropwhileType, (cls, args, kw) => {
    noKw('dropwhile', kw);
    if (args.length !== 2) throw typeError(`dropwhile expected 2 arguments, got ${args.length}`);
    const [pred, iterable] = args;
    const it = getIter(iterable);
    let dropping = true;
    return new FnIterator(cls, () => [pred, it], () => {
      for (;;) {
        const v = iterNext(it);
        if (v === undefined) return undefined;
        if (!dropping) return v;
        if (!truthy(callObject(pred, [v]))) {
          dropping = false;
          return v;
        }
      }
    });
  });
  defNew(takewhileType, (cls, args, kw) => {
    noKw('takewhile', kw);
    if (args.length !== 2) throw typeError(`takewhile expected 2 arguments, got ${args.length}`);
    const [pred, iterable] = args;
    const it = getIter(iterable);
    let done = false;
    return new FnIterator(cls, () => [pred, it], () => {
      if (done) return undefined;
      const v = iterNext(it);
      if (v === undefined) return undefined;
      if (truthy(callObject(pred, [v]))) return v;
      done = true;
      return undefined;
    });
  });
  defNew(filterfalseType, (cls, args, kw) => {
    noKw('filterfalse', kw);
    if (args.length !== 2) throw typeError(`filterfalse expected 2 arguments, got ${args.length}`);
    const [pred, iterable] = args;
    const it = getIter(iterable);
    return new FnIterator(cls, () => [pred, it], () => {
      for (;;) {
        const v = iterNext(it);
        if (v === undefined) return undefined;
        const keep = pred === None ? truthy(v) : truthy(callObject(pred, [v]));
        if (!keep) return v;
      }
    });
  });
  defNew(groupbyType, (cls, args, kw) => {
    const [iterable, key] = bindArgs('groupby', ['iterable', 'key'], args, kw, 1);
    return new GroupBy(cls, getIter(iterable!), key === undefined || key === None ? null : key);
  });
  defNew(isliceType, (cls, args, kw) => {
    noKw('islice', kw);
    if (args.length < 2 || args.length > 4) throw typeError(`islice expected at most 4 arguments, got ${args.length}`);
    const it = getIter(args[0]);
    const conv = (v: PyValue, what: string): number | null => {
      if (v === None) return null;
      let n: number;
      try {
        n = Number(asIndex(v));
      } catch {
        throw valueError(`${what} argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.`);
      }
      if (n < 0) throw valueError(`${what} argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.`);
      return n;
    };
    let start = 0;
    let stop: number | null;
    let step = 1;
    if (args.length === 2) stop = conv(args[1], 'Stop');
    else {
      start = conv(args[1], 'Indices') ?? 0;
      stop = conv(args[2], 'Stop');
      if (args.length === 4) {
        const s = args[3] === None ? 1 : Number(asIndex(args[3]));
        if (s < 1) throw valueError('Step for islice() must be a positive integer or None.');
        step = s;
      }
    }
    let pos = 0;
    let next = start;
    return new FnIterator(cls, () => [it], () => {
      if (stop !== null && next >= stop) return undefined;
      while (pos < next) {
        if (iterNext(it) === undefined) {
          stop = 0;
          return undefined;
        }
        pos++;
      }
      const v = iterNext(it);
      if (v === undefined) {
        stop = 0;
        return undefined;
      }
      pos++;
      next += step;
      return v;
    });
  });
  defNew(pairwiseType, (cls, args, kw) => {
    noKw('pairwise', kw);
    if (args.length !== 1) throw typeError(`pairwise expected 1 argument, got ${args.length}`);
    const it = getIter(args[0]);
    let prev: PyValue | undefined;
    return new FnIterator(cls, () => [it, prev], () => {
      if (prev === undefined) {
        prev = iterNext(it);
        if (prev === undefined) return undefined;
      }
      const v = iterNext(it);
      if (v === undefined) return undefined;
      const pair = new PyTuple([prev, v]);
      prev = v;
      return pair;
    });
  });
  defNew(starmapType, (cls, args, kw) => {
    noKw('starmap', kw);
    if (args.length !== 2) throw typeError(`starmap expected 2 arguments, got ${args.length}`);
    const [fn, iterable] = args;
    const it = getIter(iterable);
    return new FnIterator(cls, () => [fn, it], () => {
      const v = iterNext(it);
      if (v === undefined) return undefined;
      return callObject(fn, toArray(v));
    });
  });
  defNew(zipLongestType, (cls, args, kw) => {
    let fill: PyValue = None;
    if (kw !== null && kw.size > 0) {
      // CPython names no keyword here: anything but a lone fillvalue= is refused as a whole.
      const v = kw.size === 1 ? kw.get('fillvalue') : undefined;
      if (v === undefined) throw typeError('zip_longest() got an unexpected keyword argument');
      fill = v;
    }
    const its: (PyValue | null)[] = args.map(getIter);
    let active = its.length;
    return new FnIterator(cls, () => [its, fill], () => {
      if (active === 0) return undefined;
      const out: PyValue[] = [];
      for (let i = 0; i < its.length; i++) {
        const it = its[i];
        if (it === null) {
          out.push(fill);
          continue;
        }
        const v = iterNext(it);
        if (v === undefined) {
          its[i] = null;
          active--;
          if (active === 0) return undefined;
          out.push(fill);
        } else out.push(v);
      }
      return new PyTuple(out);
    });
  });
  defNew(productType, product);
  defNew(permutationsType, permutations);
  defNew(combinationsType, (cls, args, kw) => combinations(cls, args, kw, false));
  defNew(cwrType, (cls, args, kw) => combinations(cls, args, kw, true));
  d.setStr('tee', new PyNativeFunction('tee', (args) => {
    if (args.length < 1 || args.length > 2) throw typeError(`tee expected at most 2 arguments, got ${args.length}`);
    const n = args.length > 1 ? Number(asIndex(args[1])) : 2;
    if (n < 0) throw valueError('n must be >= 0');
    const src = args[0];
    const copy = (src as unknown as { copyTee?: () => FnIterator }).copyTee;
    const data = new TeeData(getIter(src));
    const out: PyValue[] = [];
    for (let i = 0; i < n; i++) out.push(i === 0 && copy ? copy() : makeTee(data));
    return new PyTuple(out);
  }, mod));
  return mod;
}

registerNativeModule('itertools', makeItertools);
