// The API's JSON form of a control-flow graph (schema/control_flow.ts → CfgJson), shared by api.ts and the
// server's counting worker (cfg_worker.ts) so both answer the same shape. Pure data mapping, no queries.

import type { ControlFlowGraph } from '../../schema/control_flow.js';
import type { CfgJson, InstructionJson } from './api_types.js';

export function cfgJson(graph: ControlFlowGraph): CfgJson {
  return {
    codeId: graph.codeId, qualname: graph.qualname, calls: graph.calls,
    blocks: graph.blocks.map((b) => ({
      index: b.index, start: b.start, label: b.label, entries: b.entries,
      instructions: b.instructions.map((i): InstructionJson => ({
        offset: i.offset, opname: i.opname, arg: i.arg, argrepr: i.argrepr, line: i.line, endLine: i.endLine,
        col: i.col, endCol: i.endCol, jumpTarget: i.jumpTarget, label: i.label,
      })),
    })),
    edges: graph.edges.map((e) => ({ from: e.from, to: e.to, kind: e.kind, count: e.count })),
  };
}
