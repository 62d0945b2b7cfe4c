// Recording one run of a program: `pyrewind record`'s work, on the Node host. Runs the script exactly
// as `pyrewind run` does (same host, same output, same exit status) with a Recorder attached, then
// closes the trace with the run's metadata.
//
// The program's output goes where it would without recording, buffered as it would be: the recorder
// is told what the program writes to stdout and stderr as it writes it (Tracer.output, reported by the
// _io layer before buffering), so each piece is credited to the step that wrote it.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NodeHost } from '../host/node/node_host.js';
import { packageRoot } from '../host/node/package_paths.js';
import { runMainFile, HaltExecution } from '../vm/index.js';
import type { Host } from '../vm/host.js';
import { PYTHON_VERSION } from '../vm/bytecode/opcodes.js';
import { Recorder } from './recorder.js';
import { TraceSink } from './sink.js';
import { TraceRows } from './trace_rows.js';
import { DEFAULT_MAX_STEPS, DEFAULT_REPR_LIMIT, MAX_STEPS_STATUS } from './defaults.js';

export { DEFAULT_MAX_STEPS, MAX_STEPS_STATUS } from './defaults.js';

export interface RecordOptions {
  script: string;
  args: string[];
  traceAll?: boolean;
  maxSteps?: number;
  reprLimit?: number;
  interruptFlag?: Int32Array;
  onProgress?: (steps: number) => void;
  /** The host to run on (tests pass one that captures output); a NodeHost by default. */
  host?: Host;
}

export interface RecordResult {
  exitStatus: number;
  steps: number;
  /** 'complete' | 'error' | 'interrupted' | 'max-steps' */
  status: string;
  /** What goes into the trace's meta table. */
  meta: Record<string, string | number | null>;
}

const decoder = new TextDecoder('utf-8');

/**
 * Run the program with a recorder writing into `rows`; returns once the program has ended and every
 * row has been handed over. The caller owns the database (see recordToFile, and cli/record_worker.ts).
 */
export function runRecorded(rows: TraceRows, options: RecordOptions): RecordResult {
  const host = options.host ?? new NodeHost({ interruptFlag: options.interruptFlag });
  const stdlib = host.stdlibPath;
  const maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS;
  const reprLimit = options.reprLimit ?? DEFAULT_REPR_LIMIT;
  const recorder = new Recorder(rows, {
    traceAll: options.traceAll ?? false,
    maxSteps,
    reprLimit,
    isLibrary: (f) => (stdlib !== null && f.startsWith(stdlib)) || f.startsWith('<frozen '),
    readSource: (f) => {
      try {
        const data = host.stat(f) === 'file' ? host.readFile(f) : null;
        return data === null ? null : decoder.decode(data);
      } catch {
        return null;
      }
    },
    onProgress: options.onProgress,
  });
  const started = Date.now();
  let exitStatus: number;
  let status: string;
  try {
    exitStatus = runMainFile(host, options.script, options.args, {
      executable: process.execPath,
      tracer: recorder,
    });
    status = exitStatus === 0 ? 'complete' : exitStatus === 130 ? 'interrupted' : 'error';
  } catch (e) {
    if (e instanceof HaltExecution && recorder.cut === 'failed') throw recorder.failureCause; // the trace stays .partial
    if (!(e instanceof HaltExecution) || recorder.cut !== 'max-steps') throw e;
    exitStatus = MAX_STEPS_STATUS;
    status = 'max-steps';
  }
  recorder.close();
  rows.flushAll();
  const meta = {
    python_version: PYTHON_VERSION,
    pyrewind_version: pyrewindVersion(),
    script: host.resolvePath(options.script),
    argv: JSON.stringify([options.script, ...options.args]),
    cwd: host.cwd(),
    started_at: new Date(started).toISOString(),
    run_ms: Date.now() - started,
    exit_status: exitStatus,
    step_count: recorder.steps,
    status,
    trace_all: options.traceAll ? 1 : 0,
    max_steps: maxSteps,
    repr_limit: reprLimit,
  };
  return { exitStatus, steps: recorder.steps, status, meta };
}

/** Record a run into the trace file `output`, on this thread (tests; the CLI writes from another thread). */
export function recordToFile(output: string, options: RecordOptions): RecordResult {
  const sink = new TraceSink(output);
  const rows = new TraceRows((table, cells) => sink.insert(table, cells));
  let result: RecordResult;
  try {
    result = runRecorded(rows, options);
  } catch (e) {
    sink.closeIncomplete();
    throw e;
  }
  sink.finish(result.meta);
  return result;
}

let version: string | null = null;
function pyrewindVersion(): string {
  if (version === null) version = (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  return version;
}
