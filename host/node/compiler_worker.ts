// The worker thread that hosts pyodide (CPython 3.14 in WebAssembly) and compiles for the main thread.
//
// Started by pyodide_backend.ts on the first cache miss; loaded from the compiled tree
// (dist/host/node/compiler_worker.js). It answers each request on its MessagePort and then bumps a
// shared counter so the main thread, blocked in Atomics.wait, wakes up and reads the reply with
// receiveMessageOnPort. It must never print: pyodide's own output is discarded, warnings are returned.

import { workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { PYTHON_COMPILE_FUNCTION } from './compile_script.js';
import { SIGNAL_REPLY_SEQ, SIGNAL_WORKER_GONE } from './compiler_types.js';
import type { WorkerReply, WorkerRequest } from './compiler_types.js';

interface WorkerInput {
  port: MessagePort;
  signal: Int32Array;
}

/** The few PyProxy operations used here, typed locally to avoid depending on pyodide's ffi types. */
interface PyProxyLike {
  get(index: number): unknown;
  destroy(): void;
}
interface PyBytesProxy {
  toJs(): Uint8Array;
  destroy(): void;
}
type CompileFunction = (
  source: string,
  filename: string,
  mode: string,
  flags: number,
  optimize: number,
  tree?: Uint8Array,
) => PyProxyLike;

const { port, signal } = workerData as WorkerInput;

// If this thread ends for any reason (uncaught error, resource limits), wake the main thread so it
// reports the failure instead of waiting for a reply that will never come.
process.on('exit', () => {
  Atomics.store(signal, SIGNAL_WORKER_GONE, 1);
  Atomics.notify(signal, SIGNAL_REPLY_SEQ);
});

let compileFunction: Promise<CompileFunction> | null = null;

async function loadCompiler(): Promise<CompileFunction> {
  const { loadPyodide } = await import('pyodide');
  const discard = (): void => {};
  const pyodide = await loadPyodide({ stdout: discard, stderr: discard, stdin: () => null });
  pyodide.runPython(PYTHON_COMPILE_FUNCTION);
  return pyodide.globals.get('_pyrewind_compile') as CompileFunction;
}

function reply(message: WorkerReply): void {
  if (message.kind === 'output' && message.marshal !== null) {
    port.postMessage(message, [message.marshal.buffer as ArrayBuffer]);
  } else {
    port.postMessage(message);
  }
  // Post first, then publish the seq: the main thread only looks at the port once it sees the seq.
  Atomics.store(signal, SIGNAL_REPLY_SEQ, message.seq);
  Atomics.notify(signal, SIGNAL_REPLY_SEQ);
}

async function handle(message: WorkerRequest): Promise<void> {
  const { seq, request } = message;
  let compile: CompileFunction;
  try {
    compileFunction ??= loadCompiler();
    compile = await compileFunction;
  } catch (e) {
    reply({ seq, kind: 'fatal', message: `could not load pyodide: ${describe(e)}` });
    return;
  }
  try {
    // Called without the tree when there is none: pyodide turns a JS null into JsNull, not None.
    const result =
      request.ast === undefined
        ? compile(request.source, request.filename, request.mode, request.flags, request.optimize)
        : compile(request.source, request.filename, request.mode, request.flags, request.optimize, request.ast);
    let header: string;
    let marshal: Uint8Array | null = null;
    try {
      header = result.get(0) as string;
      const payload = result.get(1) as PyBytesProxy | undefined | null;
      if (payload !== undefined && payload !== null) {
        const bytes = payload.toJs();
        payload.destroy();
        // A standalone buffer is needed to transfer it; toJs copies out of wasm memory, but be sure.
        marshal = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
      }
    } finally {
      result.destroy();
    }
    reply({ seq, kind: 'output', header, marshal });
  } catch (e) {
    reply({ seq, kind: 'fatal', message: `pyodide failed while compiling ${request.filename}: ${describe(e)}` });
  }
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

// Requests are answered strictly one after another (the main thread blocks on each anyway).
let queue: Promise<void> = Promise.resolve();
port.on('message', (message: WorkerRequest) => {
  queue = queue.then(() => handle(message));
});
