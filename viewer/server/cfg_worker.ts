// The viewer server's worker thread for control-flow graphs: counting a graph scans the trace's steps (a
// few seconds on a 10-million-step trace), so it runs here, on its own read-only connection to the same
// file, while the server keeps answering jumps. Receives { id, codeId }, answers { id, graph } or
// { id, error }. Reads only; never writes the trace.

import { parentPort, workerData } from 'node:worker_threads';
import { Trace } from '../../schema/trace.js';
import { controlFlowGraph } from '../../schema/control_flow.js';
import { cfgJson } from './cfg_json.js';
import type { CfgJson } from './api_types.js';

export interface CfgWorkerData {
  /** The trace file the server has open. */
  path: string;
}

export interface CfgWorkerRequest {
  id: number;
  codeId: number;
}

export type CfgWorkerAnswer = { id: number; graph: CfgJson } | { id: number; error: string };

if (parentPort !== null) {
  const port = parentPort;
  const trace = Trace.open((workerData as CfgWorkerData).path);
  port.on('message', (m: CfgWorkerRequest) => {
    let answer: CfgWorkerAnswer;
    try {
      answer = { id: m.id, graph: cfgJson(controlFlowGraph(trace, m.codeId)) };
    } catch (e) {
      answer = { id: m.id, error: (e as Error).message };
    }
    port.postMessage(answer);
  });
}
