// The control-flow graph of one code object, with how often the recorded run took each edge: basic blocks
// from its instructions (leaders: the first instruction, jump targets and dis labels, and what follows a
// jump or an exit), edges from jumps and fall-throughs, exception edges from the handlers the run reached.
// Counts come from aggregate queries over the trace (one scan of `steps` restricted to the block-ending
// instructions, a primary-key join for the step after each). It reads only through a Trace (its public
// `db` for the aggregates) and never writes; it draws nothing (the viewer does).

import type { InstructionInfo, Trace } from './trace.js';

/** Instructions that always jump: their only successor is the target. */
const ALWAYS_JUMPS = new Set(['JUMP_FORWARD', 'JUMP_BACKWARD', 'JUMP_BACKWARD_NO_INTERRUPT', 'JUMP', 'JUMP_NO_INTERRUPT']);
/** Instructions that may jump: the target or the next instruction. */
const MAY_JUMP = new Set([
  'POP_JUMP_IF_FALSE', 'POP_JUMP_IF_TRUE', 'POP_JUMP_IF_NONE', 'POP_JUMP_IF_NOT_NONE', 'FOR_ITER', 'SEND',
  'JUMP_IF_FALSE', 'JUMP_IF_TRUE',
]);
/** Instructions that leave the frame: no successor in it. */
const EXITS = new Set(['RETURN_VALUE', 'RETURN_CONST', 'RAISE_VARARGS', 'RERAISE']);

export type CfgEdgeKind = 'jump' | 'fall' | 'exception';

export interface CfgBlock {
  /** 0, 1, 2 ... in offset order. */
  index: number;
  /** The offset of its first instruction (its leader). */
  start: number;
  /** dis's label of its leader (L1 ...), or null. */
  label: number | null;
  instructions: InstructionInfo[];
  /** How many times its first instruction ran. */
  entries: number;
}

export interface CfgEdge {
  from: number;
  to: number;
  kind: CfgEdgeKind;
  /** How many times the run took it. */
  count: number;
}

export interface ControlFlowGraph {
  codeId: number;
  qualname: string;
  blocks: CfgBlock[];
  edges: CfgEdge[];
  /** How many frames ran the code object: entries into block 0 from a call. */
  calls: number;
}

/**
 * The static target of a jump. FOR_ITER, when exhausted, continues after the END_FOR at its target (for a
 * generator, whose return lands on the END_FOR itself, basicBlocks adds that edge too).
 */
function jumpTarget(ins: InstructionInfo, byOffset: Map<number, InstructionInfo>, next: Map<number, number>): number | null {
  if (ins.jumpTarget === null) return null;
  if (ins.opname === 'FOR_ITER') {
    const t = byOffset.get(ins.jumpTarget);
    if (t !== undefined && t.opname === 'END_FOR') return next.get(t.offset) ?? ins.jumpTarget;
  }
  return ins.jumpTarget;
}

/** The blocks and static edges of a code object's instructions (no counts). */
export function basicBlocks(instructions: InstructionInfo[]): { blocks: CfgBlock[]; edges: CfgEdge[]; blockOf: Map<number, number> } {
  const ins = [...instructions].sort((a, b) => a.offset - b.offset);
  const byOffset = new Map<number, InstructionInfo>();
  const next = new Map<number, number>();
  for (let i = 0; i < ins.length; i++) {
    byOffset.set(ins[i]!.offset, ins[i]!);
    if (i + 1 < ins.length) next.set(ins[i]!.offset, ins[i + 1]!.offset);
  }
  const leaders = new Set<number>();
  if (ins.length > 0) leaders.add(ins[0]!.offset);
  for (const i of ins) {
    if (i.label !== null) leaders.add(i.offset);
    const jumps = ALWAYS_JUMPS.has(i.opname) || MAY_JUMP.has(i.opname);
    if (jumps) {
      const t = jumpTarget(i, byOffset, next);
      if (t !== null && byOffset.has(t)) leaders.add(t);
      if (i.jumpTarget !== null && byOffset.has(i.jumpTarget)) leaders.add(i.jumpTarget);
    }
    if (jumps || EXITS.has(i.opname)) {
      const n = next.get(i.offset);
      if (n !== undefined) leaders.add(n);
    }
  }
  const blocks: CfgBlock[] = [];
  const blockOf = new Map<number, number>();
  for (const i of ins) {
    if (leaders.has(i.offset) || blocks.length === 0) {
      blocks.push({ index: blocks.length, start: i.offset, label: i.label, instructions: [], entries: 0 });
    }
    const b = blocks[blocks.length - 1]!;
    b.instructions.push(i);
    blockOf.set(i.offset, b.index);
  }
  const edges: CfgEdge[] = [];
  for (const b of blocks) {
    const last = b.instructions[b.instructions.length - 1]!;
    const n = next.get(last.offset);
    const jumps = ALWAYS_JUMPS.has(last.opname) || MAY_JUMP.has(last.opname);
    const t = jumps ? jumpTarget(last, byOffset, next) : null;
    if (t !== null && blockOf.has(t)) edges.push({ from: b.index, to: blockOf.get(t)!, kind: 'jump', count: 0 });
    // A generator run by FOR_ITER ends at the END_FOR itself (its return lands there), not past it.
    if (jumps && last.jumpTarget !== null && last.jumpTarget !== t && blockOf.has(last.jumpTarget)) {
      edges.push({ from: b.index, to: blockOf.get(last.jumpTarget)!, kind: 'jump', count: 0 });
    }
    if (!ALWAYS_JUMPS.has(last.opname) && !EXITS.has(last.opname) && n !== undefined) {
      const to = blockOf.get(n)!;
      if (!edges.some((e) => e.from === b.index && e.to === to)) edges.push({ from: b.index, to, kind: 'fall', count: 0 });
    }
  }
  return { blocks, edges, blockOf };
}

type Row = Record<string, unknown>;

/**
 * The control-flow graph of `codeId` with the run's counts. Cost: one scan of the steps table (the
 * block-ending instructions' steps, each joined to the step after it by primary key), plus one seek per
 * transition that a call into traced code interrupts, and per exception caught in the code object.
 */
export function controlFlowGraph(trace: Trace, codeId: number): ControlFlowGraph {
  const code = trace.code(codeId);
  const instructions = trace.instructions(codeId);
  const { blocks, edges, blockOf } = basicBlocks(instructions);
  const byInstr = new Map<number, InstructionInfo>();
  for (const i of instructions) byInstr.set(i.instrId, i);
  const edgeAt = new Map<string, CfgEdge>();
  for (const e of edges) edgeAt.set(`${e.from}>${e.to}`, e);
  const add = (fromBlock: number, toBlock: number, kind: CfgEdgeKind, count: number, staticOnly: boolean): void => {
    const k = `${fromBlock}>${toBlock}`;
    let e = edgeAt.get(k);
    if (e === undefined) {
      if (staticOnly) return;
      e = { from: fromBlock, to: toBlock, kind, count: 0 };
      edgeAt.set(k, e);
      edges.push(e);
    }
    e.count += count;
  };
  const db = trace.db;
  // Block entries: steps of each leader (one aggregate over the steps of those instructions).
  const leaderIds = blocks.map((b) => b.instructions[0]!.instrId);
  const endIds = blocks.filter((b) => {
    const last = b.instructions[b.instructions.length - 1]!;
    return !EXITS.has(last.opname);
  }).map((b) => b.instructions[b.instructions.length - 1]!.instrId);
  const wanted = [...new Set([...leaderIds, ...endIds])];
  const calls = (db.prepare('SELECT count(*) AS n FROM frames WHERE code_id = ?').get(codeId) as Row).n as number;
  if (wanted.length > 0) {
    const list = wanted.join(',');
    const endList = endIds.length === 0 ? '-1' : endIds.join(',');
    // One pass: every step of a leader or a block end; for block ends, the step after it when it is in the
    // same frame (the common case), else null (a call into traced code came between).
    const rows = db.prepare(
      `SELECT a.instr_id AS ai,
              CASE WHEN b.step IS NULL THEN NULL WHEN b.frame_id = a.frame_id THEN b.instr_id ELSE -1 END AS bi, count(*) AS n
       FROM steps a LEFT JOIN steps b ON b.step = a.step + 1 AND a.instr_id IN (${endList})
       WHERE a.instr_id IN (${list}) GROUP BY ai, bi`,
    ).all() as Row[];
    const leaderSet = new Set(leaderIds);
    const interruptedIds = new Set<number>();
    for (const r of rows) {
      const a = byInstr.get(r.ai as number);
      if (a === undefined) continue;
      const n = r.n as number;
      // A leader that also ends its block comes in one row per successor: together, its steps.
      if (leaderSet.has(a.instrId)) blocks[blockOf.get(a.offset)!]!.entries += n;
      if (r.bi === null || r.bi === undefined) continue;
      if (r.bi === -1) {
        interruptedIds.add(a.instrId); // resolved below, one step at a time
        continue;
      }
      const b = byInstr.get(r.bi as number);
      if (b === undefined) continue;
      add(blockOf.get(a.offset)!, blockOf.get(b.offset)!, 'jump', n, true);
    }
    // Block ends whose next step belongs to another frame: a call into traced code (or a generator run by
    // FOR_ITER/SEND) came between; the frame's next step is where it went on.
    const interrupted = interruptedIds.size === 0 ? [] : db.prepare(
      `SELECT a.step, a.frame_id, a.instr_id FROM steps a JOIN steps b ON b.step = a.step + 1
       WHERE a.instr_id IN (${[...interruptedIds].join(',')}) AND b.frame_id != a.frame_id`,
    ).all() as Row[];
    for (const r of interrupted) {
      const s = trace.stepOfFrame(r.frame_id as number, r.step as number, false);
      if (s === null) continue;
      const b = byInstr.get(trace.step(s)!.instrId);
      const a = byInstr.get(r.instr_id as number)!;
      if (b !== undefined) add(blockOf.get(a.offset)!, blockOf.get(b.offset)!, 'jump', 1, true);
    }
  }
  // Exceptions caught in this code object: from the raising block to the handler (the frame's next step).
  const caught = db.prepare(
    `SELECT e.step, e.frame_id, e.instr_id FROM exceptions e JOIN frames f ON f.frame_id = e.frame_id
     WHERE f.code_id = ? AND e.caught = 1 ORDER BY e.step`,
  ).all(codeId) as Row[];
  for (const r of caught) {
    const a = byInstr.get(r.instr_id as number);
    const s = trace.stepOfFrame(r.frame_id as number, r.step as number, false);
    if (a === undefined || s === null) continue;
    const b = byInstr.get(trace.step(s)!.instrId);
    if (b !== undefined) add(blockOf.get(a.offset)!, blockOf.get(b.offset)!, 'exception', 1, false);
  }
  return { codeId, qualname: code.qualname, blocks, edges, calls };
}
