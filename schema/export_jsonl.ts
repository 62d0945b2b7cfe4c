// The JSONL step stream: one JSON object per recorded step, in step order (the stable interchange format
// documented in schema/README.md, "JSON Lines export"). Used by `pyrewind export --jsonl`; the viewer and
// the debugger may read the same records.
//
// It streams: steps are read with one SQLite iterator and the writes with a second one over the
// writes_by_step index, merged as both advance, so memory does not grow with the trace's length. Stack
// texts are memoised by stack_id (stacks are shared linked lists, so a stack's text is its parent's text
// plus one value) in a cache bounded by characters. It must not load a whole table into memory and must
// not write to the trace.

import type Database from 'better-sqlite3';
import { TraceError, type Trace } from './trace.js';

/** One exported step, as parsed back from a JSONL line. */
export interface ExportedStep {
  step: number;
  frame: number;
  depth: number;
  line: number | null;
  offset: number;
  op: string;
  argrepr: string;
  /** Bottom first; null for a NULL slot (PUSH_NULL). */
  stack: (string | null)[];
  writes: { scope: 'fast' | 'globals' | 'namespace' | 'cell'; name: string; value: string | null }[];
}

export interface JsonlOptions {
  /** First step to export (default 1). */
  from?: number;
  /** Last step to export (default: the last step). */
  to?: number;
  /** Yield text in chunks of about this many characters (default 64 Ki). */
  chunkChars?: number;
  /** Characters of stack text to memoise (default 16 Mi); tests make it small to exercise eviction. */
  stackCacheChars?: number;
}

/** Characters of stack text kept in the memo before the oldest entries are dropped. */
const STACK_CACHE_CHARS = 16 * 1024 * 1024;
/** How far ahead of the sequential stack-node scan a wanted node may be before the scan restarts there. */
const SCAN_GAP = 4096;
/** Nodes read ahead by the scan and kept until their step comes (beyond this, dropped: re-read if needed). */
const AHEAD_ENTRIES = 65_536;
/** Entries of the per-instruction text memo before it is cleared. */
const INSTR_CACHE_ENTRIES = 65_536;

/** A stack node whose text depends on the step: its top value or one below it is mutable. */
interface StackNode {
  parent: number;
  objectId: number;
  /** The first-seen repr of the top value. */
  repr: string;
  /** The top value's JSON text when it does not change (immutable, or NULL), else null. */
  fixed: string | null;
}

type NodeRow = [stackId: number, parentId: number, objectId: number, repr: string | null, mutable: number | null];
type StepRow = [step: number, frameId: number, depth: number, instrId: number, stackId: number];
type WriteRow = [step: number, scopeId: number, name: string, objectId: number | null, repr: string | null, mutable: number | null, kind: string | null];

/**
 * The JSON text of steps `from`..`to`, one line per step (each ending in '\n'), yielded in chunks.
 * Values are reprs as the trace stores them; a mutable object's repr is its recorded state at that step.
 */
export function* jsonlChunks(trace: Trace, options: JsonlOptions = {}): Generator<string> {
  const from = options.from ?? 1;
  const to = options.to ?? trace.stepCount;
  const chunkChars = options.chunkChars ?? 65_536;
  const texts = new StepTexts(trace.db, options.stackCacheChars ?? STACK_CACHE_CHARS);
  const steps = trace.db
    .prepare(
      `SELECT s.step, s.frame_id, f.depth, s.instr_id, s.stack_id FROM steps s JOIN frames f ON f.frame_id = s.frame_id
       WHERE s.step BETWEEN ? AND ? ORDER BY s.step`,
    )
    .raw(true);
  const writes = trace.db
    .prepare(
      `SELECT w.step, w.scope_id, n.name, w.object_id, o.repr, o.mutable, sc.kind
       FROM writes w ${trace.formatVersion < 2 ? 'INDEXED BY writes_by_step' : ''} JOIN names n ON n.name_id = w.name_id
       LEFT JOIN objects o ON o.object_id = w.object_id LEFT JOIN scopes sc ON sc.scope_id = w.scope_id
       WHERE w.step BETWEEN ? AND ? ORDER BY w.step, w.scope_id, w.name_id`,
    )
    .raw(true);
  const writeIter = writes.iterate(from, to) as IterableIterator<WriteRow>;
  let pending: WriteRow | undefined = nextOf(writeIter);
  let out = '';
  try {
    for (const row of steps.iterate(from, to) as IterableIterator<StepRow>) {
      const step = row[0];
      // Writes are attached to the step that made them; a write at a step with no steps row (none are
      // recorded so) would be skipped rather than misplaced.
      while (pending !== undefined && pending[0] < step) pending = nextOf(writeIter);
      let w = '';
      while (pending !== undefined && pending[0] === step) {
        const objectId = pending[3];
        let value: string;
        if (objectId === null) value = 'null';
        else if (objectId === 0) value = '"NULL"';
        else value = JSON.stringify(pending[5] === 1 ? texts.stateRepr(objectId, step, pending[4] ?? '') : (pending[4] ?? ''));
        const scope = pending[1] < 0 ? 'fast' : (pending[6] ?? 'globals');
        w += `${w === '' ? '' : ','}{"scope":"${scope}","name":${JSON.stringify(pending[2])},"value":${value}}`;
        pending = nextOf(writeIter);
      }
      out += `{"step":${step},"frame":${row[1]},"depth":${row[2]},${texts.instruction(row[3])},"stack":[${texts.stack(row[4], step)}],"writes":[${w}]}\n`;
      if (out.length >= chunkChars) {
        yield out;
        out = '';
      }
    }
    if (out !== '') yield out;
  } finally {
    writeIter.return?.();
    texts.closeScan();
  }
}

function nextOf<T>(it: IterableIterator<T>): T | undefined {
  const r = it.next();
  return r.done === true ? undefined : r.value;
}

/** Memoised JSON fragments: instructions by instr_id, stacks by stack_id. */
class StepTexts {
  private readonly instrs = new Map<number, string>();
  /** stack_id -> the stack's values as comma-separated JSON, or the node when its text depends on the step. */
  private readonly stacks = new Map<number, string | StackNode>();
  private stackChars = 0;
  /** Set by stack(): whether the text just returned depends on the step. */
  private variable = false;
  private readonly instrStmt: Database.Statement;
  private readonly nodeStmt: Database.Statement;
  private readonly nodeScan: Database.Statement;
  private readonly stateStmt: Database.Statement;
  /**
   * Stack nodes are numbered in the order the recorder first met them, so the new stacks of the steps
   * come in increasing stack_id order: they are read by one sequential scan (several times cheaper than
   * a query per node) and a point query serves only evicted or far-away ones.
   */
  private scan: IterableIterator<NodeRow> | null = null;
  /** The last stack_id the scan returned. */
  private scanned = -1;
  /** Nodes the scan passed over on its way to the one asked for: their steps come next. */
  private readonly ahead = new Map<number, NodeRow>();

  constructor(
    db: Database.Database,
    private readonly cacheChars: number,
  ) {
    this.instrStmt = db.prepare('SELECT line, offset, opname, argrepr FROM instructions WHERE instr_id = ?').raw(true);
    this.nodeStmt = db
      .prepare('SELECT n.stack_id, n.parent_id, n.object_id, o.repr, o.mutable FROM stack_nodes n LEFT JOIN objects o ON o.object_id = n.object_id WHERE n.stack_id = ?')
      .raw(true);
    this.nodeScan = db
      .prepare(
        `SELECT n.stack_id, n.parent_id, n.object_id, o.repr, o.mutable FROM stack_nodes n LEFT JOIN objects o ON o.object_id = n.object_id
         WHERE n.stack_id >= ? ORDER BY n.stack_id`,
      )
      .raw(true);
    // A state row with a NULL repr changed only the size; its text is in the row at content_step.
    this.stateStmt = db
      .prepare(
        `SELECT coalesce(s.repr, (SELECT c.repr FROM object_states c WHERE c.object_id = s.object_id AND c.step = s.content_step))
         FROM object_states s WHERE s.object_id = ? AND s.step <= ? ORDER BY s.step DESC LIMIT 1`,
      )
      .pluck(true);
  }

  /** `"line":…,"offset":…,"op":…,"argrepr":…` of an instruction. */
  instruction(instrId: number): string {
    let t = this.instrs.get(instrId);
    if (t === undefined) {
      const r = this.instrStmt.get(instrId) as [number | null, number, string, string] | undefined;
      if (r === undefined) throw new TraceError(`damaged trace: instruction ${instrId} is missing`);
      t = `"line":${r[0] ?? 'null'},"offset":${r[1]},"op":${JSON.stringify(r[2])},"argrepr":${JSON.stringify(r[3])}`;
      if (this.instrs.size >= INSTR_CACHE_ENTRIES) this.instrs.clear();
      this.instrs.set(instrId, t);
    }
    return t;
  }

  /** A mutable object's repr as of `step` (its first-seen repr before any recorded state). */
  stateRepr(objectId: number, step: number, firstRepr: string): string {
    const r = this.stateStmt.get(objectId, step) as string | null | undefined;
    return r ?? firstRepr;
  }

  /** The stack's values after `step`, bottom first, as comma-separated JSON. */
  stack(stackId: number, step: number): string {
    if (stackId === 0) {
      this.variable = false;
      return '';
    }
    const entry = this.stacks.get(stackId);
    if (typeof entry === 'string') {
      this.variable = false;
      return entry;
    }
    let node = entry;
    if (node === undefined) {
      const r = this.node(stackId);
      const fixed = r[2] === 0 ? 'null' : r[4] === 1 ? null : JSON.stringify(r[3] ?? '');
      node = { parent: r[1], objectId: r[2], repr: r[3] ?? '', fixed };
    }
    const own = node.fixed ?? JSON.stringify(this.stateRepr(node.objectId, step, node.repr));
    const parent = this.stack(node.parent, step);
    const text = parent === '' ? own : `${parent},${own}`;
    if (node.fixed !== null && !this.variable) {
      this.remember(stackId, text, text.length);
    } else {
      // Its text depends on the step (a mutable value in it): keep the node, which saves the query.
      if (entry === undefined) this.remember(stackId, node, node.repr.length);
      this.variable = true;
    }
    return text;
  }

  private node(stackId: number): NodeRow {
    const near = this.ahead.get(stackId);
    if (near !== undefined) {
      this.ahead.delete(stackId);
      return near;
    }
    if (stackId > this.scanned) {
      if (this.scan === null || stackId > this.scanned + SCAN_GAP) {
        // Far ahead (an export that starts late, or a long stretch of old stacks): restart the scan there.
        this.closeScan();
        this.scan = this.nodeScan.iterate(stackId) as IterableIterator<NodeRow>;
      }
      for (;;) {
        const r = this.scan.next();
        if (r.done === true) {
          this.scan = null;
          break;
        }
        const row = r.value;
        this.scanned = row[0];
        if (row[0] === stackId) return row;
        if (this.ahead.size >= AHEAD_ENTRIES) this.ahead.clear();
        this.ahead.set(row[0], row);
        if (row[0] > stackId) break;
      }
    }
    const r = this.nodeStmt.get(stackId) as NodeRow | undefined;
    if (r === undefined) throw new TraceError(`damaged trace: stack node ${stackId} is missing`);
    return r;
  }

  closeScan(): void {
    this.scan?.return?.();
    this.scan = null;
  }

  private remember(stackId: number, value: string | StackNode, chars: number): void {
    this.stacks.set(stackId, value);
    this.stackChars += chars + 16;
    if (this.stackChars > this.cacheChars) {
      // Drop the oldest half: the stacks of a loop come back at once, an old phase's stacks rarely do.
      let drop = this.stacks.size >> 1;
      for (const [k, v] of this.stacks) {
        if (drop-- <= 0) break;
        this.stacks.delete(k);
        this.stackChars -= (typeof v === 'string' ? v.length : v.repr.length) + 16;
      }
    }
  }
}
