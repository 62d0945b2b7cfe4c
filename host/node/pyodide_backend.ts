// The bundled compiler: CPython 3.14 inside pyodide, running in a worker thread, made synchronous.
//
// The VM's eval loop is synchronous, so a compile blocks the main thread in Atomics.wait until the
// worker has posted its reply (read with receiveMessageOnPort, so replies of any size work). The worker
// is started at most once per process, lazily on the first compile that missed the cache, and is
// unref'd so it never keeps the process alive. Must not load pyodide on the main thread.

import { existsSync } from 'node:fs';
import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import type { CompileRequest } from '../../vm/host.js';
import { decodeCompileOutput } from './compile_script.js';
import { CompilerUnavailableError, SIGNAL_REPLY_SEQ, SIGNAL_SLOTS, SIGNAL_WORKER_GONE } from './compiler_types.js';
import type { CompileOutput, CompilerBackend, WorkerReply, WorkerRequest } from './compiler_types.js';
import { compiledFile, pyodidePythonVersion, pyodideVersion } from './package_paths.js';

/** The worker script, always taken from the compiled tree (vitest runs our .ts, but a worker needs .js). */
export function compilerWorkerPath(): string {
  return compiledFile('host/node/compiler_worker.js');
}

/** Longest a single reply may take (pyodide's ~2 s start plus a very large compile), to never hang forever. */
const REPLY_TIMEOUT_MS = 10 * 60 * 1000;
/** Native stack of the worker thread, see the Worker options below. */
const WORKER_STACK_MB = 64;
/** Wake-up period while waiting, to notice a worker that died without replying. */
const POLL_MS = 500;

class CompilerWorker {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly signal = new Int32Array(new SharedArrayBuffer(SIGNAL_SLOTS * 4));
  private seq = 0;

  constructor(file: string) {
    const channel = new MessageChannel();
    this.port = channel.port1;
    this.worker = new Worker(file, {
      workerData: { port: channel.port2, signal: this.signal },
      transferList: [channel.port2],
      // The worker's own stdio is not forwarded: nothing may write into the program's output. The
      // streams are left paused on purpose: a flowing one would keep the process alive. The worker
      // writes nothing anyway (pyodide's output is discarded), so nothing piles up in them.
      stdout: true,
      stderr: true,
      execArgv: [],
      // pyodide's wasm frames live on the thread's native stack. With Node's default 4 MB, deeply
      // nested code overflows it before CPython's own stack check can raise RecursionError as it would.
      resourceLimits: { stackSizeMb: WORKER_STACK_MB },
    });
    // A crash is detected through the shared signal; an unhandled 'error' event would kill the process.
    this.worker.on('error', () => {});
    this.worker.unref();
    this.port.unref();
  }

  /** Sends one request and blocks until its reply. Throws CompilerUnavailableError if the worker fails. */
  request(request: CompileRequest): { header: string; marshal: Uint8Array | null } {
    const seq = ++this.seq;
    const message: WorkerRequest = { seq, request };
    this.port.postMessage(message);
    const deadline = Date.now() + REPLY_TIMEOUT_MS;
    for (;;) {
      const seen = Atomics.load(this.signal, SIGNAL_REPLY_SEQ);
      if (seen === seq) break;
      if (Atomics.load(this.signal, SIGNAL_WORKER_GONE) !== 0) {
        throw new CompilerUnavailableError('pyrewind: the compiler worker (pyodide) stopped unexpectedly');
      }
      if (Date.now() > deadline) {
        throw new CompilerUnavailableError(`pyrewind: the compiler worker (pyodide) did not answer within ${REPLY_TIMEOUT_MS / 1000} s`);
      }
      Atomics.wait(this.signal, SIGNAL_REPLY_SEQ, seen, POLL_MS);
    }
    const reply = this.takeReply(seq);
    if (reply.kind === 'fatal') throw new CompilerUnavailableError(`pyrewind: the bundled compiler failed: ${reply.message}`);
    return { header: reply.header, marshal: reply.marshal };
  }

  private takeReply(seq: number): WorkerReply {
    // The worker posts before publishing seq, so the message is already queued; loop defensively anyway.
    for (let attempt = 0; attempt < 100; attempt++) {
      const received = receiveMessageOnPort(this.port);
      if (received !== undefined) {
        const reply = received.message as WorkerReply;
        if (reply.seq === seq) return reply;
        continue; // A stale reply of an earlier, abandoned request.
      }
      Atomics.wait(this.signal, SIGNAL_WORKER_GONE, 0, 10);
    }
    throw new CompilerUnavailableError('pyrewind: the compiler worker (pyodide) signalled a reply that never arrived');
  }

  stop(): void {
    void this.worker.terminate();
  }
}

let worker: CompilerWorker | null = null;
/** Set once starting or loading has failed: later compiles fail the same way instead of retrying. */
let failure: CompilerUnavailableError | null = null;
let workerStarts = 0;
let workerRequests = 0;
let cachedVersion: string | null = null;

/** How often the worker was started and asked to compile in this process (for tests and diagnostics). */
export function pyodideWorkerStats(): { starts: number; requests: number } {
  return { starts: workerStarts, requests: workerRequests };
}

function compileInWorker(request: CompileRequest): CompileOutput {
  if (failure !== null) throw failure;
  if (worker === null) {
    const file = compilerWorkerPath();
    if (!existsSync(file)) {
      failure = new CompilerUnavailableError(
        `pyrewind: the compiler worker ${file} is missing; build pyrewind first (npx tsc)`,
      );
      throw failure;
    }
    workerStarts++;
    worker = new CompilerWorker(file);
  }
  workerRequests++;
  let raw: { header: string; marshal: Uint8Array | null };
  try {
    raw = worker.request(request);
  } catch (e) {
    if (e instanceof CompilerUnavailableError) {
      failure = e;
      worker.stop();
    }
    throw e;
  }
  return decodeCompileOutput(raw.header, raw.marshal);
}

/** The pyodide backend; a single shared instance, since there is one worker per process. */
export const pyodideBackend: CompilerBackend = {
  get version(): string {
    if (cachedVersion === null) {
      try {
        cachedVersion = `CPython ${pyodidePythonVersion()} (pyodide ${pyodideVersion()})`;
      } catch (e) {
        throw new CompilerUnavailableError(
          `pyrewind: the bundled compiler (npm package pyodide) is not usable: ${e instanceof Error ? e.message : String(e)}`,
        );
      }
    }
    return cachedVersion;
  },
  compile: compileInWorker,
};
