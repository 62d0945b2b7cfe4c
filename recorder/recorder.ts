// The recorder: a Tracer (vm/runtime/tracer.ts) that turns each executed instruction of the traced code
// into trace rows: the step, the frame's value stack after it, the variables it wrote, the objects it
// changed, frames, exceptions and output.
//
// It only reads VM state: it never runs Python code, never changes a frame or a value, and throws
// nothing but HaltExecution (at --max-steps). Stacks are stored as persistent linked lists (stack_nodes):
// each frame keeps a shadow of its stack, so a step costs work only for the slots that changed.

import { Op } from '../vm/bytecode/opcodes.js';
import type { Frame, Slot } from '../vm/runtime/frame.js';
import { currentInterpreter, type Interpreter } from '../vm/runtime/interpreter.js';
import { HaltExecution, type Tracer } from '../vm/runtime/tracer.js';
import type { PyValue } from '../vm/objects/object.js';
import { PyDict } from '../vm/objects/dict.js';
import { PyCell } from '../vm/objects/cell.js';
import { PyMethod } from '../vm/objects/function.js';
import { PyTuple } from '../vm/objects/tuple.js';
import { PyGenerator } from '../vm/objects/generator.js';
import { PyModule } from '../vm/objects/module.js';
import type { PyBaseException } from '../vm/objects/exceptions.js';
import { arrivalAt } from '../vm/runtime/line_events.js';
import { CodeRec, CodeTable, NO_LINES, type CodeTableOptions } from './code_table.js';
import { NULL_OBJECT, ObjectTable } from './object_table.js';
import { SafeRepr } from './safe_repr.js';
import { PairTable } from './pair_table.js';
import type { TraceRows } from './trace_rows.js';

export interface RecorderOptions extends CodeTableOptions {
  /** Stop the program after this many steps (HaltExecution). */
  maxSteps: number;
  /** Longest value repr stored, in characters. */
  reprLimit: number;
  /** Called every PROGRESS_INTERVAL steps. */
  onProgress?: (steps: number) => void;
}

/**
 * Stack nodes kept for reuse: when this many are interned the table is emptied and starts again, so it
 * never grows (2^20 slots, 16 MiB, at most half full). Stacks recur within a loop's turn, so forgetting
 * older ones costs few rows: on the bench programs, under 0.2% more stack nodes than keeping them all.
 */
const MAX_INTERNED_STACKS = 1 << 19;

/** How often (in steps) the recorder reports progress. */
const PROGRESS_INTERVAL = 1 << 16;

/** CALL_INTRINSIC_1's operand for `from m import *`. */
const INTRINSIC_IMPORT_STAR = 2;

/**
 * A dict that is a scope (a module's globals, a class body or exec namespace), with the values last
 * recorded for its names: a write through the dict itself (`globals()[k] = v`, `vars(m).update()`,
 * `from m import *`, `m.attr = v`) shows as a difference from them when an instruction touches the dict.
 */
class DictScope {
  readonly names = new Map<string, PyValue>();
  constructor(readonly id: number, d: PyDict) {
    // What the dict holds when it becomes a scope was not written by traced code: no writes for it.
    if (d instanceof PyDict) for (const [k, v] of d.entries()) if (typeof k === 'string') this.names.set(k, v);
  }
}

/** The recorder's view of one frame. */
class FrameRec {
  /** The frame's value stack as last recorded, and the stack node of each prefix of it. */
  readonly vals: Slot[] = [];
  readonly nodes: number[] = [];
  /**
   * The parent node and object id of nodes[i], kept past pops: a value pushed again at the same depth
   * onto the same stack (a loop's next iteration) is the same node, found without the interning table.
   */
  readonly parents: number[] = [];
  readonly objectIds: number[] = [];
  len = 0;
  /** Objects a call may have changed, to look at when this frame runs again. */
  pending: PyValue[] | null = null;
  returnStep: number | null = null;
  returnObject: number | null = null;
  exceptionObject: number | null = null;
  /**
   * The instruction of this frame's last step, for line events; -1 before its first step with a line and
   * after a resume (the next step with a line arrives at it).
   */
  prevIndex = -1;
  /**
   * This frame's latest run of consecutive steps (frame_runs), from runFirst to runLast; 0 when it has
   * none open. A run that another frame's step interrupted stays open here until it is known how it
   * ended: this frame runs again (the run called out: exits 0) or is left (an exception from a callee
   * with no handler here: exits 1).
   */
  runFirst = 0;
  runLast = 0;

  constructor(
    readonly id: number,
    readonly code: CodeRec,
    readonly parent: FrameRec | null,
    readonly depth: number,
    readonly callStep: number,
    /** Scope of LOAD_FAST/STORE_FAST (the fast locals), or of STORE_NAME in module and class frames. */
    readonly fastScope: number,
    readonly localsScope: number,
    readonly globalsScope: number,
    /** The dict scopes of STORE_NAME (null in functions) and of STORE_GLOBAL. */
    readonly localsDict: DictScope | null,
    readonly globalsDict: DictScope | null,
  ) {}
}

/** Frames of code that is not traced share this record. */
const UNTRACED = new FrameRec(0, new CodeRec(0, false, new Int32Array(0), NO_LINES), null, -1, 0, 0, 0, 0, null, null);

export type CutReason = 'max-steps' | 'failed' | null;

/**
 * The program does something the trace format cannot represent yet (it starts a second thread): the
 * recording stops there, its trace kept as .partial, and the user is told what and where.
 */
export class RecordingUnsupported extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RecordingUnsupported';
  }
}

export class Recorder implements Tracer {
  readonly codes: CodeTable;
  readonly objects: ObjectTable;
  /** Steps recorded so far; the number of the last one. */
  steps = 0;
  cut: CutReason = null;
  /** What made the recorder fail (cut === 'failed'). */
  failureCause: unknown = null;
  private frameCount = 0;
  private scopeCount = 0;
  private exceptionCount = 0;
  private outputCount = 0;
  private pendingOutput: { step: number; fd: 1 | 2; text: string } | null = null;
  private readonly open = new Set<FrameRec>();
  /** The frame whose run the last step belongs to (null after a frame was left or suspended). */
  private running: FrameRec | null = null;
  private readonly names = new Map<string, number>();
  private readonly dictScopes = new WeakMap<PyDict, DictScope>();
  private readonly cellScopes = new WeakMap<PyCell, number>();
  private readonly scopeNamesSeen = new Set<number>();
  private readonly stackIds = new PairTable(2 * MAX_INTERNED_STACKS);
  /** Bit per stack node: set once a node with it as parent is interned. */
  private hasChild = new Int32Array(1 << 15);
  private stackCount = 0;
  private readonly decoders = [new TextDecoder('utf-8'), new TextDecoder('utf-8')];
  private interp: Interpreter | null = null;

  constructor(
    private readonly sink: TraceRows,
    private readonly options: RecorderOptions,
  ) {
    this.codes = new CodeTable(sink, options);
    this.objects = new ObjectTable(sink, new SafeRepr({ limit: options.reprLimit }));
  }

  /** The interpreter being recorded (to tell whether a call has returned yet). */
  attach(interp: Interpreter): void {
    this.interp = interp;
  }

  // ---- Tracer ----------------------------------------------------------------------------------------
  // A failure inside the recorder must not become a Python exception the program could catch: it stops
  // the run (HaltExecution) and leaves the trace unfinished (.partial).

  enter(frame: Frame): void {
    try {
      this.enterInner(frame);
    } catch (e) {
      throw this.failure(e);
    }
  }

  step(frame: Frame, index: number): void {
    try {
      this.stepInner(frame, index);
    } catch (e) {
      throw this.failure(e);
    }
  }

  leave(frame: Frame, value: PyValue | undefined, exc: PyBaseException | null): void {
    try {
      this.leaveInner(frame, value, exc);
    } catch (e) {
      throw this.failure(e);
    }
  }

  exception(frame: Frame, index: number, exc: PyBaseException, origin: boolean, handled: boolean): void {
    try {
      this.exceptionInner(frame, index, exc, origin, handled);
    } catch (e) {
      throw this.failure(e);
    }
  }

  /** A trace's steps belong to one thread: a program starting another cannot be recorded yet. */
  threadStart(): void {
    let where = '';
    for (let f = this.interp?.frame ?? null; f !== null; f = f.back) {
      if (f.globals.getStr('__name__') === '__main__') {
        where = ` (${f.code.filename}, line ${f.code.lineAt(f.lasti)})`;
        break;
      }
    }
    this.cut = 'failed';
    this.failureCause = new RecordingUnsupported(
      `the program starts a thread${where}, and pyrewind cannot record programs with several threads yet ` +
        '(`pyrewind run` runs them)',
    );
    throw new HaltExecution((this.failureCause as Error).message);
  }

  private failure(e: unknown): HaltExecution {
    if (e instanceof HaltExecution) return e;
    this.cut = 'failed';
    this.failureCause = e;
    return new HaltExecution(`the recorder failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
  }

  // ---- the hooks' work ---------------------------------------------------------------------------------

  private enterInner(frame: Frame): void {
    if (frame.tracerData !== null) {
      // A generator or coroutine resuming: its next step arrives at its line, as a line event does.
      (frame.tracerData as FrameRec).prevIndex = -1;
      return;
    }
    if (this.interp === null) this.interp = currentInterpreter();
    const code = this.codes.get(frame.code);
    if (!code.traced) {
      frame.tracerData = UNTRACED;
      return;
    }
    let parent: FrameRec | null = null;
    for (let f = frame.back; f !== null; f = f.back) {
      const r = f.tracerData as FrameRec | null;
      if (r !== null && r !== UNTRACED) {
        parent = r;
        break;
      }
    }
    const id = ++this.frameCount;
    const globalsDict = this.dictScope(frame.globals, 'globals', id, moduleLabel(frame.globals));
    // A frame's fast locals are scope -frame_id: no scopes row per call (see schema/README.md).
    const fastScope = -id;
    const localsDict =
      frame.locals === null ? null
      : frame.locals === frame.globals ? globalsDict
      : this.dictScope(frame.locals, 'namespace', id, frame.code.qualname);
    const rec = new FrameRec(
      id, code, parent, parent === null ? 0 : parent.depth + 1, this.steps, fastScope,
      localsDict === null ? fastScope : localsDict.id, globalsDict.id, localsDict, globalsDict,
    );
    frame.tracerData = rec;
    this.open.add(rec);
    // The arguments: the locals bound before the first instruction.
    const slots = frame.slots;
    const names = frame.code.localsplusnames;
    this.objects.step = this.steps;
    for (let i = 0; i < names.length; i++) {
      const v = slots[i];
      if (v !== undefined && v !== null && !(v instanceof PyCell)) this.write(rec, fastScope, names[i], v);
    }
  }

  private stepInner(frame: Frame, index: number): void {
    const rec = frame.tracerData as FrameRec | null;
    if (rec === UNTRACED) return;
    if (rec === null) {
      // A frame the recorder did not see start (recording attached mid-run): start it now.
      this.enterInner(frame);
      this.stepInner(frame, index);
      return;
    }
    if (this.steps >= this.options.maxSteps) {
      this.cut = 'max-steps';
      throw new HaltExecution(`stopped after ${this.steps} steps (--max-steps)`);
    }
    const step = ++this.steps;
    const objects = this.objects;
    objects.step = step;
    if (rec !== this.running) {
      // A new run: this frame's previous one, if still open, ended by calling out.
      if (rec.runFirst !== 0) this.sink.frameRuns.add4(rec.id, 0, rec.runFirst, rec.runLast);
      rec.runFirst = step;
      this.running = rec;
    }
    rec.runLast = step;
    if (rec.pending !== null) {
      const pending = rec.pending;
      rec.pending = null;
      for (let i = 0; i < pending.length; i++) this.touch(rec, pending[i]);
    }
    const code = frame.code;
    const op = code.ops[index];
    const oparg = code.args[index];
    const base = code.nlocalsplus;
    const newLen = frame.sp - base;
    const slots = frame.slots;
    // Effects read the stack as it was before the instruction (rec.vals) or after it (slots).
    switch (op) {
      case Op.STORE_FAST:
        this.write(rec, rec.fastScope, code.localsplusnames[oparg], slots[oparg]);
        break;
      case Op.STORE_FAST_LOAD_FAST:
        this.write(rec, rec.fastScope, code.localsplusnames[oparg >> 4], slots[oparg >> 4]);
        break;
      case Op.STORE_FAST_STORE_FAST:
        this.write(rec, rec.fastScope, code.localsplusnames[oparg >> 4], slots[oparg >> 4]);
        this.write(rec, rec.fastScope, code.localsplusnames[oparg & 15], slots[oparg & 15]);
        break;
      case Op.DELETE_FAST:
      case Op.LOAD_FAST_AND_CLEAR:
        this.write(rec, rec.fastScope, code.localsplusnames[oparg], undefined);
        break;
      case Op.STORE_NAME:
      case Op.DELETE_NAME: {
        const name = code.names[oparg];
        const locals = frame.locals;
        if (locals instanceof PyDict && rec.localsDict !== null) this.dictWrite(rec, rec.localsDict, name, locals.getStr(name));
        break;
      }
      case Op.STORE_GLOBAL:
      case Op.DELETE_GLOBAL: {
        const name = code.names[oparg];
        if (rec.globalsDict !== null) this.dictWrite(rec, rec.globalsDict, name, frame.globals.getStr(name));
        break;
      }
      case Op.CALL_INTRINSIC_1:
        if (oparg === INTRINSIC_IMPORT_STAR && frame.locals instanceof PyDict && rec.localsDict !== null) {
          this.diffScope(rec, frame.locals, rec.localsDict);
        }
        break;
      case Op.STORE_DEREF:
      case Op.DELETE_DEREF: {
        const cell = slots[oparg];
        if (cell instanceof PyCell) this.write(rec, this.cellScope(cell, rec, code.localsplusnames[oparg]), code.localsplusnames[oparg], cell.value);
        break;
      }
      case Op.MAKE_CELL:
        this.bindCell(rec, slots[oparg], code.localsplusnames[oparg], true);
        break;
      case Op.COPY_FREE_VARS: {
        const first = base - oparg;
        for (let i = 0; i < oparg; i++) this.bindCell(rec, slots[first + i], code.localsplusnames[first + i], false);
        break;
      }
      case Op.STORE_ATTR:
      case Op.STORE_SUBSCR:
      case Op.STORE_SLICE:
        this.touch(rec, rec.vals[newLen + 1]);
        break;
      case Op.DELETE_ATTR:
      case Op.DELETE_SUBSCR:
        this.touch(rec, rec.vals[newLen]);
        break;
      case Op.LIST_APPEND:
      case Op.SET_ADD:
      case Op.MAP_ADD:
      case Op.LIST_EXTEND:
      case Op.SET_UPDATE:
      case Op.DICT_UPDATE:
      case Op.DICT_MERGE:
        objects.recheck(slots[base + newLen - oparg]);
        break;
      case Op.BINARY_OP:
        if (oparg >= 13 && oparg <= 25) objects.recheck(rec.vals[newLen - 1]);
        break;
      case Op.CALL:
      case Op.CALL_KW:
        this.callTouched(frame, rec, rec.len - oparg - (op === Op.CALL ? 2 : 3), rec.len - (op === Op.CALL ? 0 : 1));
        break;
      case Op.CALL_FUNCTION_EX:
        this.callTouched(frame, rec, rec.len - 4, rec.len);
        break;
    }
    // The frame arrives at a line (by the rule of sys.settrace's line events, vm/runtime/line_events.ts),
    // or starts or resumes: a line_events row, what breakpoints and line steps search through an index.
    const prev = rec.prevIndex;
    const line = arrivalAt(rec.code.lineTable, index, prev);
    if (line >= 0) this.sink.lineEvents.add3(rec.code.id, line, step);
    if (prev >= 0 || line >= 0) rec.prevIndex = index;
    const stackId = this.snapshotStack(rec, slots, base, newLen);
    this.sink.steps.add3(rec.id, rec.code.instrIds[index], stackId);
    if ((step & (PROGRESS_INTERVAL - 1)) === 0) this.options.onProgress?.(step);
  }

  private leaveInner(frame: Frame, value: PyValue | undefined, exc: PyBaseException | null): void {
    const rec = frame.tracerData as FrameRec | null;
    if (rec === null || rec === UNTRACED) return;
    // Returned, raised out of or suspended: its open run ends here, leaving the frame.
    if (rec.runFirst !== 0) {
      this.sink.frameRuns.add4(rec.id, 1, rec.runFirst, rec.runLast);
      rec.runFirst = 0;
    }
    if (this.running === rec) this.running = null;
    const gen = frame.generator;
    if (exc === null && gen instanceof PyGenerator && !gen.finished) return; // suspended, not finished
    this.objects.step = this.steps;
    rec.returnStep = this.steps;
    if (exc !== null) rec.exceptionObject = this.objects.id(exc);
    else if (value !== undefined) rec.returnObject = this.objects.id(value);
    this.finishFrame(rec);
  }

  private exceptionInner(frame: Frame, index: number, exc: PyBaseException, origin: boolean, handled: boolean): void {
    const rec = frame.tracerData as FrameRec | null;
    if (rec === null || rec === UNTRACED) return;
    if (origin) this.stepInner(frame, index);
    this.objects.step = this.steps;
    this.sink.exceptions.add([
      ++this.exceptionCount, this.steps, rec.id, rec.code.instrIds[index], this.objects.id(exc),
      origin ? 'raised' : 'propagated', handled ? 1 : 0,
    ]);
  }

  // ---- output ----------------------------------------------------------------------------------------

  /**
   * What the program writes to fd 1 or 2 (Tracer.output: reported as it writes it, before any
   * buffering), credited to the step being executed. A string is ASCII text; it goes through the
   * decoder too, which may hold the start of a character from earlier bytes.
   */
  output(fd: 1 | 2, data: Uint8Array | string): void {
    let bytes: Uint8Array;
    if (typeof data === 'string') {
      bytes = new Uint8Array(data.length);
      for (let i = 0; i < data.length; i++) bytes[i] = data.charCodeAt(i);
    } else bytes = data;
    const text = this.decoders[fd - 1].decode(bytes, { stream: true });
    if (text.length === 0) return;
    this.addOutput(fd, text);
  }

  /** Pieces written by one step to one stream (print writes each argument, separator and end) make one row. */
  private addOutput(fd: 1 | 2, text: string): void {
    const step = this.steps + 1;
    if (this.pendingOutput !== null && this.pendingOutput.step === step && this.pendingOutput.fd === fd) {
      this.pendingOutput.text += text;
      return;
    }
    this.flushOutput();
    this.pendingOutput = { step, fd, text };
  }

  private flushOutput(): void {
    const p = this.pendingOutput;
    if (p === null) return;
    this.pendingOutput = null;
    this.sink.output.add4(++this.outputCount, p.step, p.fd === 1 ? 'stdout' : 'stderr', p.text);
  }

  // ---- the end ---------------------------------------------------------------------------------------

  /** Write the frames still open (the run ended inside them, or generators never finished). */
  close(): void {
    for (const rec of this.open) this.finishFrame(rec, false);
    this.open.clear();
    for (const fd of [1, 2] as const) {
      const rest = this.decoders[fd - 1].decode();
      if (rest.length > 0) this.addOutput(fd, rest);
    }
    this.flushOutput();
  }

  // ---- parts -----------------------------------------------------------------------------------------

  private finishFrame(rec: FrameRec, remove = true): void {
    // A run still open when the recording stops was cut, not left.
    if (rec.runFirst !== 0) {
      this.sink.frameRuns.add4(rec.id, 0, rec.runFirst, rec.runLast);
      rec.runFirst = 0;
    }
    this.sink.frames.add([
      rec.id, rec.code.id, rec.parent === null ? null : rec.parent.id, rec.depth, rec.callStep, rec.returnStep,
      rec.returnObject, rec.exceptionObject, rec.localsScope, rec.globalsScope,
    ]);
    if (remove) this.open.delete(rec);
    // Release the shadow stack's references.
    rec.vals.length = 0;
    rec.nodes.length = 0;
    rec.parents.length = 0;
    rec.objectIds.length = 0;
    rec.len = 0;
  }

  /**
   * The call's receiver and arguments may be changed by it: look at them once it has returned. A call
   * into native code has returned already (look now, allocating nothing); a call that pushed a Python
   * frame is looked at when this frame runs again.
   */
  private callTouched(frame: Frame, rec: FrameRec, from: number, to: number): void {
    const vals = rec.vals;
    const later = this.interp !== null && this.interp.frame !== frame;
    let touched: PyValue[] | null = null;
    for (let i = from > 0 ? from : 0; i < to; i++) {
      const v = vals[i];
      if (typeof v !== 'object' || v === null) continue;
      if (v instanceof PyTuple && i === to - 2) {
        // CALL_FUNCTION_EX: the positional arguments tuple.
        for (let k = 0; k < v.items.length && k < 8; k++) {
          if (later) (touched ??= []).push(v.items[k]);
          else this.touch(rec, v.items[k]);
        }
        continue;
      }
      const t = v instanceof PyMethod ? v.self : v;
      if (later) (touched ??= []).push(t);
      else this.touch(rec, t);
    }
    if (touched !== null) rec.pending = touched;
  }

  /**
   * Look at a value an instruction may have changed: a new state row if its contents changed, and
   * writes if it is a scope's dict (or a module, whose dict is its globals) changed through the dict.
   */
  private touch(rec: FrameRec, v: PyValue | Slot): void {
    if (typeof v !== 'object' || v === null) return;
    this.objects.recheck(v);
    const d = v instanceof PyDict ? v : v instanceof PyModule ? v.dict : null;
    if (d === null) return;
    const scope = this.dictScopes.get(d);
    if (scope !== undefined) this.diffScope(rec, d, scope);
  }

  /** Writes for the names of a scope's dict whose values differ from the last recorded ones. */
  private diffScope(rec: FrameRec, d: PyDict, scope: DictScope): void {
    const names = scope.names;
    let present = 0;
    for (const [k, v] of d.entries()) {
      if (typeof k !== 'string') continue;
      present++;
      if (names.get(k) !== v) {
        names.set(k, v);
        this.write(rec, scope.id, k, v);
      }
    }
    if (names.size === present) return;
    // Names gone from the dict: deleted.
    for (const k of [...names.keys()]) {
      if (d.getStr(k) === undefined) {
        names.delete(k);
        this.write(rec, scope.id, k, undefined);
      }
    }
  }

  /** A write through a scope's dict by STORE_NAME / STORE_GLOBAL (or their deletes). */
  private dictWrite(rec: FrameRec, scope: DictScope, name: string, value: PyValue | undefined): void {
    if (value === undefined) scope.names.delete(name);
    else scope.names.set(name, value);
    this.write(rec, scope.id, name, value);
  }

  /** The stack node for the frame's current stack, updating its shadow from the first changed slot. */
  private snapshotStack(rec: FrameRec, slots: Slot[], base: number, n: number): number {
    const vals = rec.vals;
    const nodes = rec.nodes;
    const m = n < rec.len ? n : rec.len;
    let k = 0;
    while (k < m && slots[base + k] === vals[k]) k++;
    let parent = k === 0 ? 0 : nodes[k - 1];
    if (k === n) {
      for (let i = n; i < rec.len; i++) vals[i] = undefined;
      rec.len = n;
      return parent;
    }
    // A node whose value or parent is new since here cannot be interned yet: no lookup for it.
    const freshObject = this.objects.nextId;
    const freshNode = this.stackCount + 1;
    const parents = rec.parents;
    const objectIds = rec.objectIds;
    for (let i = k; i < n; i++) {
      const v = slots[base + i];
      vals[i] = v;
      const object = v === null || v === undefined ? NULL_OBJECT : this.objects.id(v);
      if (i < nodes.length && objectIds[i] === object && parents[i] === parent) {
        parent = nodes[i];
        continue;
      }
      parents[i] = parent;
      objectIds[i] = object;
      parent = object >= freshObject || parent >= freshNode ? this.newStackNode(parent, object) : this.stackNode(parent, object);
      nodes[i] = parent;
    }
    for (let i = n; i < rec.len; i++) vals[i] = undefined;
    rec.len = n;
    return parent;
  }

  private stackNode(parent: number, object: number): number {
    // A node that never had a child interned has none to find (most lookups would otherwise miss the
    // whole table, a cache miss each).
    if (parent !== 0 && (parent >= this.hasChild.length << 5 || (this.hasChild[parent >>> 5] & (1 << (parent & 31))) === 0)) {
      return this.newStackNode(parent, object);
    }
    const known = this.stackIds.get(parent, object);
    if (known !== 0) return known;
    return this.newStackNode(parent, object);
  }

  /** A stack node not interned yet. */
  private newStackNode(parent: number, object: number): number {
    // Past 2^31 ids the table would overflow its Int32 keys: stop interning (stacks are then stored anew).
    const nid = ++this.stackCount;
    if (this.stackIds.size >= MAX_INTERNED_STACKS) {
      this.stackIds.clear();
      this.hasChild.fill(0);
    }
    if (nid < 0x7fffffff) {
      this.stackIds.set(parent, object, nid);
      if (parent !== 0) {
        if (parent >= this.hasChild.length << 5) this.growHasChild(parent);
        this.hasChild[parent >>> 5] |= 1 << (parent & 31);
      }
    }
    this.sink.stackNodes.add2(parent, object); // its stack_id is nid: the next rowid
    return nid;
  }

  private growHasChild(node: number): void {
    let n = this.hasChild.length;
    while (n << 5 <= node) n *= 2;
    const bits = new Int32Array(n);
    bits.set(this.hasChild);
    this.hasChild = bits;
  }

  private nameId(name: string): number {
    let id = this.names.get(name);
    if (id === undefined) {
      id = this.names.size + 1;
      this.names.set(name, id);
      this.sink.names.add2(id, name);
    }
    return id;
  }

  private newScope(kind: 'globals' | 'namespace' | 'cell', frameId: number, label: string): number {
    const id = ++this.scopeCount;
    this.sink.scopes.add4(id, kind, frameId, label);
    return id;
  }

  private dictScope(d: PyDict, kind: 'globals' | 'namespace', frameId: number, label: string): DictScope {
    let scope = this.dictScopes.get(d);
    if (scope === undefined) {
      scope = new DictScope(this.newScope(kind, frameId, label), d);
      this.dictScopes.set(d, scope);
    }
    return scope;
  }

  private cellScope(cell: PyCell, rec: FrameRec, name: string): number {
    let id = this.cellScopes.get(cell);
    if (id === undefined) {
      id = this.newScope('cell', rec.id, name);
      this.cellScopes.set(cell, id);
    }
    return id;
  }

  /** A frame's cell or free variable now lives in `cell` (MAKE_CELL, COPY_FREE_VARS). */
  private bindCell(rec: FrameRec, cell: Slot, name: string, created: boolean): void {
    if (!(cell instanceof PyCell)) return;
    const known = this.cellScopes.has(cell);
    const scope = this.cellScope(cell, rec, name);
    const nameId = this.nameId(name);
    this.sink.cellBindings.add4(rec.id, nameId, scope, this.steps);
    // A cell made from an argument, or a closure cell from a frame that is not traced, starts with a value.
    if ((created || !known) && cell.value !== undefined) this.write(rec, scope, name, cell.value);
  }

  private write(rec: FrameRec, scope: number, name: string, value: Slot): void {
    const nameId = this.nameId(name);
    if (scope !== rec.fastScope) {
      const key = scope * 0x100000 + nameId;
      if (!this.scopeNamesSeen.has(key)) {
        this.scopeNamesSeen.add(key);
        this.sink.scopeNames.add3(scope, nameId, this.steps);
      }
    }
    const obj = value === undefined || value === null ? null : this.objects.id(value);
    this.sink.writes.add5(scope, nameId, this.steps, rec.id, obj);
  }
}

/** The module name of a globals dict, for the scope's label. */
function moduleLabel(globals: PyDict): string {
  const name = globals.getStr('__name__');
  return typeof name === 'string' ? name : '<globals>';
}
