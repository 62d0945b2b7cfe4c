// The worker thread of `pyrewind record`: runs the program under the recorder and posts the trace rows,
// a chunk at a time, to the main thread, which owns the SQLite file. Recording and writing thus run on
// the machine's two cores at once.
//
// Back-pressure: `pending` counts chunks posted but not yet written; past a bound this thread waits, so
// a fast program cannot fill memory with rows the writer has not caught up with.

import { parentPort, workerData } from 'node:worker_threads';
import { runRecorded, type RecordResult } from '../recorder/record_program.js';
import { TraceRows } from '../recorder/trace_rows.js';
import { RecordingUnsupported } from '../recorder/recorder.js';
import type { Chunk } from '../recorder/row_buffer.js';

export interface RecordWorkerData {
  script: string;
  args: string[];
  interrupt: SharedArrayBuffer;
  /** Int32Array[1]: chunks posted and not yet written. */
  pending: SharedArrayBuffer;
  /**
   * Int32Array[1], set by the main thread: 1 runs the program, 2 abandons it. The thread starts (and
   * loads the VM) while the main thread opens the trace file, but runs nothing before the file exists.
   */
  go: SharedArrayBuffer;
  traceAll: boolean;
  maxSteps: number;
  reprLimit: number;
  progress: boolean;
}

export type RecordWorkerMessage =
  | { kind: 'rows'; table: string; cells: Chunk }
  | { kind: 'progress'; steps: number }
  | { kind: 'done'; result: RecordResult }
  | { kind: 'failed'; message: string }
  /** The program did something that cannot be recorded yet (recorder.ts RecordingUnsupported). */
  | { kind: 'unsupported'; message: string };

/** Chunks in flight before the recording thread waits for the writer. */
const MAX_PENDING_CHUNKS = 32;

const data = workerData as RecordWorkerData;
const pending = new Int32Array(data.pending);
const port = parentPort!;

function post(m: RecordWorkerMessage): void {
  port.postMessage(m);
}

const rows = new TraceRows((table, cells) => {
  while (Atomics.load(pending, 0) >= MAX_PENDING_CHUNKS) Atomics.wait(pending, 0, Atomics.load(pending, 0), 1000);
  Atomics.add(pending, 0, 1);
  const m: RecordWorkerMessage = { kind: 'rows', table, cells };
  // A chunk of numbers is handed over without a copy (its buffer moves to the writer's thread).
  if (cells instanceof Float64Array) port.postMessage(m, [cells.buffer as ArrayBuffer]);
  else if (!Array.isArray(cells)) port.postMessage(m, [cells.nums.buffer as ArrayBuffer]);
  else port.postMessage(m);
});

const go = new Int32Array(data.go);
Atomics.wait(go, 0, 0);
if (Atomics.load(go, 0) === 1) record();

function record(): void {
 try {
  const result = runRecorded(rows, {
    script: data.script,
    args: data.args,
    traceAll: data.traceAll,
    maxSteps: data.maxSteps,
    reprLimit: data.reprLimit,
    interruptFlag: new Int32Array(data.interrupt),
    onProgress: data.progress ? (steps) => post({ kind: 'progress', steps }) : undefined,
  });
  post({ kind: 'done', result });
} catch (e) {
  if (e instanceof RecordingUnsupported) post({ kind: 'unsupported', message: e.message });
  else post({ kind: 'failed', message: e instanceof Error ? e.stack ?? e.message : String(e) });
 }
}
