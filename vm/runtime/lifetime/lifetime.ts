// Object lifetimes: finalizers (__del__, closing a suspended generator) and weak reference deaths run
// when CPython's reference counting would run them, as observed by reachability (heap_walk.ts).
//
// Only watched objects matter: instances of classes with __del__, generators and coroutines suspended
// inside a try or with block, coroutines not started yet, async generators with a finalizer hook,
// asend/athrow awaitables not awaited yet, objects with weak references that have callbacks. While any
// is watched, the eval loop calls afterInstruction() after each instruction of the outermost run
// (vm/runtime/interpreter.ts): the witness chain of every watched object is re-checked, and only when
// one is broken does a full walk decide who died. The dead are finalized in the order CPython's
// deallocation would reach them (a frame's locals from the last, a list's or tuple's items from the last,
// a dict's entries in order, a holder before what it holds). Objects that die as part of a reference
// cycle wait for gc.collect() or the end of the program, as CPython's cycle collector makes them.
//
// Checks run only at the outermost run, between instructions: then every reference the program holds is
// in a frame or in an object. Inside a call from native code (a key function, __repr__, ...), the native
// code may hold objects in JavaScript variables that no walk can see, so deaths there are noticed after
// that instruction of the outermost run completes. One exception: a coroutine or async generator made
// inside such a nested run (an asyncio task's coroutine, driven by send()) cannot be in those variables
// while the frame that made it runs in that same run, so its death is decided there (see watchYoung):
// "coroutine ... was never awaited" for a call without await inside a task points at its line.
//
// Must not: change what the program computes other than by running its finalizers; run while a walk is
// incomplete; finalize an object twice.

import { PyObject, PyValue, PyType } from '../../objects/object.js';
import { PyList } from '../../objects/list.js';
import { PyTuple } from '../../objects/tuple.js';
import { PyDict } from '../../objects/dict.js';
import { PyModule } from '../../objects/module.js';
import { CO_COROUTINE } from '../../objects/code.js';
import { PyGenerator, coroutineType } from '../../objects/generator.js';
import { PyBaseException } from '../../objects/exceptions.js';
import { None } from '../../objects/singletons.js';
import { Frame } from '../frame.js';
import { HeapWalk, Edge, EdgeKind, edgeHolds, findEdge, isImmortal, onUnreachableCycle } from './heap_walk.js';
import type { Interpreter } from '../interpreter.js';
import type { Tracer } from '../tracer.js';

/** What finalizing one object means; registered by the modules that own the object kinds. */
export interface Finalizers {
  /** Run the object's finalizer (tp_finalize): __del__, closing a generator. */
  finalize(interp: Interpreter, o: PyObject): void;
  /** The object is gone: clear the weak references to it and call the callbacks of those `alive`. */
  clearWeakrefs(interp: Interpreter, o: PyObject, alive: (x: object) => boolean): void;
}

/** A tracer that observes nothing: installed so that the eval loop reaches its after-instruction hook. */
const IDLE_TRACER: Tracer = {
  enter() {},
  step() {},
  leave() {},
  exception() {},
};

/** Interpreter properties that are not the program's references. */
const NOT_ROOTS: ReadonlySet<string> = new Set(['frame', 'lifetime']);

let finalizers: Finalizers | null = null;

/**
 * What the walks may cost: each instruction of the outermost run earns this many objects to visit, up to
 * WALK_CREDIT_MAX saved. A program whose watched objects move or die faster than that can pay for (an
 * asyncio event loop shuffling tasks over a large heap) has its checks spaced out, so its deaths are
 * noticed late rather than slowing it without bound. Counted in objects, not time, so that a run and its
 * recording make the same checks. (Each instruction of a nested run that checks young generators earns
 * it too.) Visiting an object costs well under a microsecond (heap_walk.ts).
 */
const WALK_CREDIT_PER_INSTRUCTION = 1;
const WALK_CREDIT_MAX = 2_000_000;
/** How many young generators whose frame is suspended are kept for later checks (see pruneYoung). */
const MAX_AWAY_YOUNG = 32;
/** How many young generators are kept at most (see watchYoung). */
const MAX_YOUNG = 256;
/** How many objects a local search for a moved object may visit before a full walk is needed. */
const RELOCATE_BUDGET = 200;
/** The same for an object watched since the last walk, searched from the frames on the stack. */
const QUICK_BUDGET = 1000;

/**
 * Program state that native modules keep outside the interpreter's objects (atexit callbacks, the
 * current context, codec search functions, signal handlers, ...): more roots for every walk.
 */
const rootProviders: ((interp: Interpreter) => unknown)[] = [];

/** Called at load time by each module that keeps such state, keyed by interpreter. */
export function addLifetimeRoots(provider: (interp: Interpreter) => unknown): void {
  rootProviders.push(provider);
}

/** Called once by the module that implements finalization (vm/runtime/lifetime/finalizers.ts). */
export function setFinalizers(f: Finalizers): void {
  finalizers = f;
}

/**
 * A coroutine or async generator made inside a nested run (see watchYoung): the frame whose value stack
 * received it and the level of the run that frame runs in. `confirmed` once the first check saw it
 * there; `away` while that frame (a coroutine's, say) is suspended: the level is found again when it
 * runs next.
 */
interface Young {
  gen: PyGenerator;
  frame: Frame;
  level: number;
  confirmed: boolean;
  away: boolean;
}

export class Lifetime {
  /** Objects whose death must be noticed at once, in the order they were first watched. */
  private readonly watched = new Set<PyObject>();
  /** Coroutines and async generators whose death may be decided inside the nested run that made them. */
  private readonly young: Young[] = [];
  /** Objects whose death matters only when asked (referents of weak references without callbacks). */
  private readonly lazy = new Set<PyObject>();
  /** The witness chain of each watched object found alive by the last walk. */
  private readonly chains = new Map<PyObject, Edge[]>();
  /** Watched objects that died inside a reference cycle: finalized by gc.collect() or at exit. */
  private readonly garbage = new Set<PyObject>();
  /** Objects whose finalizer has run (CPython's _PyGC_FINALIZED): never run it again. */
  private readonly finalized = new WeakSet<PyObject>();
  /** Set while a walk or finalizer runs: no nested checks. */
  private busy = false;
  /** Objects the walks may still visit (spent by walks, earned by instructions). */
  private credit = WALK_CREDIT_MAX;
  /** The frame of the outermost run (its `back` is null while it is on the stack). */
  baseFrame: Frame | null = null;

  constructor(private readonly interp: Interpreter) {}

  get active(): boolean {
    return this.watched.size > 0;
  }

  /** Is anything watched, or cyclic garbage waiting (so that the end of the program has work)? */
  get pending(): boolean {
    return this.watched.size > 0 || this.garbage.size > 0;
  }

  /** Notice the death of `o` as soon as it happens. */
  watch(o: PyObject): void {
    if (this.watched.has(o) || isImmortal(o)) return;
    this.lazy.delete(o);
    this.watched.add(o);
    if (this.watched.size === 1 && this.interp.tracer === null) this.interp.tracer = IDLE_TRACER;
  }

  /** Another tracer was detached: keep the eval loop's after-instruction hook while objects are watched. */
  ensureHook(): void {
    if (this.watched.size > 0 && this.interp.tracer === null) this.interp.tracer = IDLE_TRACER;
  }

  /** Notice the death of `o` when confirmAlive() asks (or any walk finds it). */
  watchLazily(o: PyObject): void {
    if (!this.watched.has(o) && !isImmortal(o)) this.lazy.add(o);
  }

  /**
   * Called from native code run by the outermost run (a weak reference being used): if `o` may have died,
   * walk and settle the deaths. `held` are the objects the native call holds in JavaScript variables.
   */
  confirmAlive(o: PyObject, held: PyValue[]): void {
    if (this.busy || this.interp.runLevel > 1 || !this.lazy.has(o)) return;
    const chain = this.chains.get(o);
    if (chain !== undefined && this.chainHolds(chain)) return;
    const quick = this.quickChain(o);
    if (quick !== null) {
      this.chains.set(o, quick);
      return;
    }
    this.settle(false, held);
  }

  /** Which of `objs` the program can still reach (all of them where no walk may run). */
  aliveAmong(objs: PyObject[], held: PyValue[]): PyObject[] {
    if (this.busy || this.interp.runLevel > 1) return objs.slice();
    const walk = this.walk(null, held);
    return objs.filter((o) => walk.reached(o));
  }

  /** `o` needs no more attention (a generator that finished, an object finalized and gone). */
  unwatch(o: PyObject): void {
    if (!this.watched.delete(o)) return;
    this.chains.delete(o);
    if (this.watched.size === 0 && this.interp.tracer === IDLE_TRACER) this.interp.tracer = null;
  }

  isWatched(o: PyObject): boolean {
    return this.watched.has(o);
  }

  /**
   * Does the eval loop need afterInstruction() in nested runs too (not only in the outermost one)?
   * While a coroutine or async generator made in a nested run is young (see watchYoung).
   */
  get checksNested(): boolean {
    return this.young.length > 0;
  }

  /**
   * `gen` (a coroutine not started, or an async generator) was just made inside a nested run (called
   * from native code: an event loop's task driving a coroutine with send(), ...), and pushed on `frame`'s
   * value stack. Deaths are otherwise noticed only in the outermost run, because native code may hold
   * objects in JavaScript variables no walk can see; but every native caller below this run started
   * before `gen` existed, and nothing returns it to native code while `frame` is still running in this
   * same run. So while that holds, its death can be decided at once: a coroutine's "never awaited"
   * warning points at the line that dropped it (a coroutine called without await inside a task), an
   * async generator left by `break` reaches the event loop's finalizer hook at that instruction, as in
   * CPython. (The run must be this one: the first check confirms that it sees `gen` on top of `frame`'s
   * stack right after the call that made it.) Only while something is watched: otherwise no check
   * would ever come to drop the entry.
   */
  watchYoung(gen: PyGenerator, frame: Frame): void {
    if (this.watched.size === 0) return;
    // Bounded: a nested run that never returns to the outermost one (where pruneYoung runs) must not
    // pile them up; the oldest are the least likely to be checked again.
    if (this.young.length >= MAX_YOUNG) this.young.shift();
    this.young.push({ gen, frame, level: this.interp.runLevel, confirmed: false, away: false });
  }

  /**
   * A generator frame ended, or yielded `yielded` (undefined when it ended). The young a coroutine's frame
   * received stay young while it is suspended (they are its locals), to be checked again once it runs (in
   * whatever run resumes it): what it yields goes up to its event loop (a future), not to native code
   * that might hold one of them. Those of any other frame are dropped: a generator's values go to its
   * consumer, which may be native code keeping them in JavaScript variables (a generator expression
   * unpacked into a call's arguments).
   */
  frameLeft(frame: Frame, yielded: unknown): void {
    const young = this.young;
    const keep = yielded !== undefined && (frame.code.flags & CO_COROUTINE) !== 0;
    for (let i = young.length - 1; i >= 0; i--) {
      const y = young[i];
      if (y.frame !== frame) continue;
      if (keep && y.confirmed && y.gen !== yielded) y.away = true;
      else young.splice(i, 1);
    }
  }

  /** The eval loop finished an instruction (of the outermost run, or of a nested one while checksNested). */
  afterInstruction(): void {
    // The walks' budget (see WALK_CREDIT_PER_INSTRUCTION): deterministic, so a recorded run matches.
    const credit = this.credit + WALK_CREDIT_PER_INSTRUCTION;
    this.credit = credit > WALK_CREDIT_MAX ? WALK_CREDIT_MAX : credit;
    if (this.interp.runLevel > 1) {
      this.checkYoung();
      return;
    }
    if (this.young.length > 0) this.pruneYoung();
    if (this.busy || this.credit < 0 || this.chainsHold()) return;
    this.settle(false);
  }

  /** In a nested run: settle the deaths of the young generators that belong to it (see watchYoung). */
  private checkYoung(): void {
    const level = this.interp.runLevel;
    const young = this.young;
    // From the last: a finalizer run from here may add young generators (at the end) or drop some.
    for (let i = young.length - 1; i >= 0; i--) {
      const y = young[i];
      if (y === undefined) continue;
      const g = y.gen;
      if (g.finished || (g.cls === coroutineType && g.started)) {
        this.forget(i, y); // done, or a coroutine that started: nothing to do early
        continue;
      }
      if (y.away) {
        // Its frame was suspended: it is back once it is the running frame, in this run.
        if (y.frame !== this.interp.frame) continue;
        y.away = false;
        y.level = level;
      } else if (y.level > level) {
        this.forget(i, y); // its run ended
        continue;
      } else if (y.level < level) {
        continue; // a deeper run is going on; its frame waits for it
      } else if (!y.confirmed) {
        const f = y.frame;
        if (f !== this.interp.frame || f.sp === 0 || f.slots[f.sp - 1] !== g) {
          this.forget(i, y); // made by native code's call, not pushed by this run
          continue;
        }
        y.confirmed = true;
      } else if (!this.onStackFrom(y.frame)) {
        this.forget(i, y); // its frame returned
        continue;
      }
      // An async generator matters only once watched (suspended with a finalizer or in a try block).
      if (this.busy || this.credit < 0 || !this.watched.has(g)) continue;
      const chain = this.chains.get(g);
      if (chain !== undefined && this.chainHolds(chain)) continue;
      const quick = this.quickChain(g);
      if (quick !== null) {
        this.chains.set(g, quick);
        continue;
      }
      if (this.settleYoung(g)) this.forget(i, y);
    }
  }

  /**
   * In the outermost run every nested run has ended: only the young whose frame is suspended (a task's
   * coroutine) may still be checked in a later one. Those are kept, but not too many (a frame dropped
   * while suspended never comes back to end its entry): the oldest go.
   */
  private pruneYoung(): void {
    const young = this.young;
    let n = 0;
    for (let i = 0; i < young.length; i++) {
      const y = young[i];
      if (y.away && !y.gen.finished) young[n++] = y;
    }
    if (n > MAX_AWAY_YOUNG) {
      young.copyWithin(0, n - MAX_AWAY_YOUNG, n);
      n = MAX_AWAY_YOUNG;
    }
    young.length = n;
  }

  /** Drop young entry `y`, found at `i` unless a finalizer moved it. */
  private forget(i: number, y: Young): void {
    if (this.young[i] !== y) i = this.young.indexOf(y);
    if (i >= 0) this.young.splice(i, 1);
  }

  /** Is `f` on the frame stack (found from the running frame down to `f`'s depth)? */
  private onStackFrom(f: Frame): boolean {
    for (let g = this.interp.frame; g !== null && g.depth >= f.depth; g = g.back) if (g === f) return true;
    return false;
  }

  /**
   * A full walk decides whether the young coroutine `o` died; if it did (not in a cycle), it is finalized.
   * Returns whether it died.
   */
  private settleYoung(o: PyGenerator): boolean {
    this.busy = true;
    try {
      const walk = this.walk(null);
      const chain = walk.chainTo(o);
      if (chain !== null) {
        this.chains.set(o, chain);
        return false;
      }
      // In a cycle, the outermost run's checks hand it to the cycle collector.
      if (!this.inCycle(walk, o)) this.die(o, walk);
      return true;
    } finally {
      this.busy = false;
    }
  }

  /**
   * gc.collect(): finalize what died, reference cycles included. Returns how many unreachable objects
   * were found (see countGarbage). Only between instructions of the outermost run or outside any run;
   * elsewhere it finds nothing, because native code may hold objects no walk can see.
   */
  collect(): number {
    if (this.busy || this.interp.runLevel > 1) return 0;
    return this.settle(true);
  }

  /** At exit, after atexit: clear __main__'s namespace as CPython's module teardown does, then collect. */
  shutdown(main: PyDict): void {
    for (const k of ['last_exc', 'last_type', 'last_value', 'last_traceback']) {
      if (this.interp.sys.getStr(k) !== undefined) this.interp.sys.setStr(k, None);
    }
    const keys: string[] = [];
    for (let i = 0; i < main.entryCount; i++) {
      if (main.valueAt(i) === undefined) continue;
      const k = main.keyAt(i);
      if (typeof k === 'string') keys.push(k);
    }
    const underscored = keys.filter((k) => k.startsWith('_') && !k.startsWith('__'));
    const others = keys.filter((k) => k !== '__builtins__');
    for (const k of [...underscored, ...others]) {
      if (main.getStr(k) === undefined) continue;
      main.setStr(k, None);
      if (this.watched.size > 0 && !this.chainsHold()) this.settle(false);
    }
    this.settle(true);
  }

  // ---- checking -------------------------------------------------------------------------------------

  /** Does every watched object still have an intact witness chain (so all are certainly alive)? */
  private chainsHold(): boolean {
    for (const o of this.watched) {
      const chain = this.chains.get(o);
      if (chain !== undefined && this.chainHolds(chain)) continue;
      const quick = this.quickChain(o);
      if (quick === null) return false;
      this.chains.set(o, quick);
    }
    return true;
  }

  /**
   * A chain found without a walk, for an object just created or moved: held by a frame's value stack
   * or fast locals, or by its globals (where most objects live). Null if not there.
   */
  private quickChain(o: PyObject): Edge[] | null {
    let depth = 0;
    for (let f = this.interp.frame; f !== null && depth < 4; f = f.back, depth++) {
      const direct = findEdge(f, o); // on its value stack or in its fast locals, or a field (initSelf)
      if (direct !== null) return [direct];
      const g = f.globals;
      for (let i = 0, n = g.entryCount; i < n; i++) {
        if (g.valueAt(i) === o) {
          return [
            { holder: f, kind: EdgeKind.Field, prop: 'globals', index: -1, key: undefined, child: g },
            { holder: g, kind: EdgeKind.Element, prop: 'e', index: 2 * i + 1, key: undefined, child: o },
          ];
        }
      }
    }
    // Not directly there: a small search from the frames (it may be in an object a frame holds).
    const frames: object[] = [];
    for (let f = this.interp.frame; f !== null; f = f.back) frames.push(f);
    const walk = new HeapWalk(frames, NOT_ROOTS, this.excludedFromWalks(), new Set<object>([o]), QUICK_BUDGET);
    this.credit -= walk.size;
    return walk.stoppedEarly ? walk.chainTo(o) : null;
  }

  /**
   * Does the chain still lead from a root to its object? An edge that stopped holding is repaired when its
   * holder still refers to the same child elsewhere (an item moved in a list, a value to another slot).
   */
  private chainHolds(chain: Edge[]): boolean {
    if (chain.length === 0) return false;
    const root = chain[0].holder;
    if (root instanceof Frame) {
      if (!this.onStack(root) && !this.rerootAtModule(chain)) return false;
    } else if (root !== this.interp) {
      return false; // a module's own state may have been replaced: no cheap proof
    }
    for (let i = 0; i < chain.length; i++) {
      const e = chain[i];
      if (edgeHolds(e)) continue;
      const moved = findEdge(e.holder, e.child);
      if (moved !== null) {
        chain[i] = moved;
        continue;
      }
      return this.relocate(chain, i);
    }
    return true;
  }

  /**
   * A chain through the globals of a frame that has returned (an object a module keeps, first found
   * from a running function of that module): the same globals are a module's namespace in sys.modules,
   * so the chain goes on from there. Patches the chain in place; false if they are not.
   */
  private rerootAtModule(chain: Edge[]): boolean {
    const first = chain[0];
    if (first.kind !== EdgeKind.Field || first.prop !== 'globals' || !(first.child instanceof PyDict)) return false;
    const g = first.child;
    const name = g.getStr('__name__');
    if (typeof name !== 'string') return false;
    const modules = this.interp.modules;
    const m = modules.getStr(name);
    if (!(m instanceof PyModule) || m.dict !== g) return false;
    for (let i = 0, n = modules.entryCount; i < n; i++) {
      if (modules.valueAt(i) !== m) continue;
      chain.splice(0, 1,
        { holder: this.interp, kind: EdgeKind.Field, prop: 'modules', index: -1, key: undefined, child: modules },
        { holder: modules, kind: EdgeKind.Element, prop: 'e', index: 2 * i + 1, key: undefined, child: m },
        { holder: m, kind: EdgeKind.Field, prop: 'dict', index: -1, key: undefined, child: g });
      return true;
    }
    return false;
  }

  /**
   * The chain broke at edge `broken`: look for its object near the holders still on the chain, deepest
   * first, each time within a small budget (objects usually move between neighbours: from a queue to a
   * handle, from a frame to the object it builds). Patches the chain in place when found.
   */
  private relocate(chain: Edge[], broken: number): boolean {
    const o = chain[chain.length - 1].child;
    const target = new Set<object>([o]);
    for (let k = broken; k >= 0; k--) {
      const start = chain[k].holder;
      const walk = new HeapWalk([start], NOT_ROOTS, this.excludedFromWalks(), target, RELOCATE_BUDGET);
      this.credit -= walk.size;
      if (!walk.stoppedEarly) continue;
      const tail = walk.chainTo(o)!;
      chain.splice(k, chain.length - k, ...tail);
      return true;
    }
    return false;
  }

  private onStack(f: Frame): boolean {
    return f.back !== null || f === this.interp.frame || f === this.baseFrame;
  }

  /** A walk from the roots: the frames on the stack first (most watched objects hang there), then the interpreter. */
  private walk(targets: ReadonlySet<object> | null, held: PyValue[] = []): HeapWalk {
    const roots: object[] = [];
    for (const h of held) if (typeof h === 'object') roots.push(h);
    for (let f = this.interp.frame; f !== null; f = f.back) roots.push(f);
    roots.push(this.interp);
    for (const provide of rootProviders) {
      const r = provide(this.interp);
      if (typeof r === 'object' && r !== null) roots.push(r);
    }
    const walk = new HeapWalk(roots, NOT_ROOTS, this.excludedFromWalks(), targets);
    this.credit -= walk.size;
    return walk;
  }

  /**
   * Never followed: the recorder (the tracer, or what sys.settrace's tracer wraps), which is not part of
   * the program, and the host (files, processes, the compiler), which native objects may refer to.
   */
  private excludedFromWalks(): object[] {
    const excluded: object[] = [this.interp.host];
    let t: unknown = this.interp.tracer;
    while (t !== null && typeof t === 'object') {
      if (t === this.interp.sysTrace) {
        t = this.interp.sysTrace.inner;
        continue;
      }
      excluded.push(t);
      break;
    }
    return excluded;
  }

  /**
   * Walk, and finalize the dead one at a time in CPython's order, walking again after each finalizer
   * (it may have resurrected its object or let others die). Returns the number of unreachable objects
   * found in cycles when `cycles` is set.
   */
  private settle(cycles: boolean, held: PyValue[] = []): number {
    if (finalizers === null) return 0;
    this.busy = true;
    let found = 0;
    try {
      for (let rounds = 0; rounds < 1_000_000; rounds++) {
        // First a walk that stops once every watched object is found alive (the common case: a chain
        // broke because an object moved); only if one is missing, the full walk that proves deaths.
        let walk = this.walk(cycles || this.watched.size === 0 || held.length > 0 ? null : this.watched, held);
        if (walk.stoppedEarly) {
          for (const o of this.watched) this.chains.set(o, walk.chainTo(o)!);
          if (!cycles) break;
        }
        if (walk.stoppedEarly) walk = this.walk(null, held);
        // Referents of plain weak references: clear the dead, remember how the living are reached.
        for (const o of this.lazy) {
          const chain = walk.chainTo(o);
          if (chain !== null) {
            this.chains.set(o, chain);
          } else if (!cycles && this.inCycle(walk, o)) {
            // Weak references to cyclic garbage die when the cycle collector runs.
            this.chains.delete(o);
          } else {
            this.lazy.delete(o);
            this.chains.delete(o);
            finalizers.clearWeakrefs(this.interp, o, (x) => walk.reached(x));
          }
        }
        const dead: PyObject[] = [];
        for (const o of this.watched) {
          const chain = walk.chainTo(o);
          if (chain === null) dead.push(o);
          else this.chains.set(o, chain);
        }
        const candidates: PyObject[] = [];
        for (const o of dead) {
          if (!cycles && this.inCycle(walk, o)) {
            // CPython frees it only when the cycle collector runs.
            this.watched.delete(o);
            this.chains.delete(o);
            this.garbage.add(o);
          } else {
            candidates.push(o);
          }
        }
        if (cycles) {
          for (const o of this.garbage) if (!walk.reached(o)) candidates.push(o);
          if (rounds === 0) found = this.countGarbage(walk, candidates);
        }
        if (candidates.length === 0) break;
        const next = this.first(candidates, cycles);
        this.die(next, walk);
      }
    } finally {
      this.busy = false;
      if (this.watched.size === 0 && this.interp.tracer === IDLE_TRACER) this.interp.tracer = null;
      else if (this.watched.size > 0 && this.interp.tracer === null) this.interp.tracer = IDLE_TRACER;
    }
    return found;
  }

  /** `o` is unreachable: run its finalizer once; if it stays dead, clear its weak references. */
  private die(o: PyObject, walk: HeapWalk): void {
    const f = finalizers!;
    if (!this.finalized.has(o)) {
      this.finalized.add(o);
      const wasGarbage = this.garbage.has(o);
      f.finalize(this.interp, o);
      // Walk again: the finalizer may have resurrected it. Until then it stays watched (closing a
      // generator unwatches it), so that its weak references are cleared if it stays dead.
      if (!wasGarbage) this.watched.add(o);
      return;
    }
    this.watched.delete(o);
    this.lazy.delete(o);
    this.chains.delete(o);
    this.garbage.delete(o);
    f.clearWeakrefs(this.interp, o, (x) => walk.reached(x));
  }

  /** Did `o` die as part of a cycle (of itself, or of the dead holders on its last known chain)? */
  private inCycle(walk: HeapWalk, o: PyObject): boolean {
    if (onUnreachableCycle(walk, o)) return true;
    const chain = this.chains.get(o);
    if (chain === undefined) return false;
    for (let i = chain.length - 1; i >= 0; i--) {
      const h = chain[i].holder;
      if (walk.reached(h)) break;
      if (!(h instanceof Frame) && onUnreachableCycle(walk, h)) return true;
    }
    return false;
  }

  /** Which of the dead goes first: the one CPython's deallocation would reach first (see header). */
  private first(candidates: PyObject[], cycles: boolean): PyObject {
    if (cycles) return candidates[0]; // the cycle collector finalizes in its list's order
    let best = candidates[0];
    for (let i = 1; i < candidates.length; i++) if (this.before(candidates[i], best)) best = candidates[i];
    return best;
  }

  /** Does CPython's deallocation reach `a` before `b`? Unknown chains keep the order of watching. */
  private before(a: PyObject, b: PyObject): boolean {
    const ca = this.chains.get(a);
    const cb = this.chains.get(b);
    if (ca === undefined || cb === undefined) return false;
    const n = Math.min(ca.length, cb.length);
    for (let i = 0; i < n; i++) {
      const x = ca[i];
      const y = cb[i];
      if (x.holder !== y.holder) return false;
      if (x.child === y.child) continue;
      if (x.prop !== y.prop || x.kind !== y.kind) return false;
      if (x.kind === EdgeKind.Slot) return x.index > y.index; // frame locals: from the last
      if (x.kind === EdgeKind.Element) {
        const h = x.holder;
        if (h instanceof PyList || h instanceof PyTuple) return x.index > y.index; // items: from the last
        return x.index < y.index;
      }
      return false;
    }
    return ca.length < cb.length; // a holder is finalized before what it holds
  }

  /**
   * gc.collect()'s count: the unreachable objects held by cyclic garbage, as CPython counts them
   * (container objects; not frames, and not instance dictionaries, which CPython keeps inline).
   */
  private countGarbage(walk: HeapWalk, dead: PyObject[]): number {
    const seen = new Set<object>();
    const instanceDicts = new Set<object>();
    const stack: object[] = [...dead];
    let n = 0;
    while (stack.length > 0) {
      const o = stack.pop()!;
      if (seen.has(o) || walk.reached(o)) continue;
      seen.add(o);
      if (o instanceof PyObject) {
        if (!(o instanceof Frame) && !instanceDicts.has(o) && !(o instanceof PyType && !o.isHeap)) n++;
        if (o.dict !== null && !(o instanceof PyType)) instanceDicts.add(o.dict);
        if (o instanceof PyGenerator) continue;
      }
      for (const v of Object.values(o)) {
        if (v instanceof PyObject) stack.push(v);
        else if (Array.isArray(v)) for (const e of v) if (e instanceof PyObject) stack.push(e);
      }
    }
    return n;
  }
}

/** For finalizers.ts: report a failing finalizer as CPython does (PyErr_WriteUnraisable). */
export type UnraisableWriter = (exc: PyBaseException, describe: () => string, obj: PyValue | null) => void;
