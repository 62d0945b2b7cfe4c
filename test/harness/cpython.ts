// Runs a Python program in real CPython 3.14 (pyodide) the way `python3 main.py args` would run it in a
// fresh process: the oracle that pyrewind's output is compared with.
//
// pyodide lives in a worker thread (cpython_worker.mjs) with a large stack, loaded once per test file
// (a lazy module-level singleton, ~1.6 s) and replaced if it dies or hangs. Every run starts from a
// clean interpreter state: cpython_driver.py sets up and restores everything a program can change.
// This file must not interpret results beyond parsing the final traceback line, exactly as for pyrewind.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Program, RunResult } from './program.js';
import { parseUncaughtException } from './traceback.js';
import { programEnvironment } from './run_env.js';

/** V8's default stack (about 1 MB) is too small for legal CPython C-level recursion under pyodide. */
const WORKER_STACK_MB = 256;
/** A corpus program that runs this long under CPython is broken (or the worker is). */
const RUN_TIMEOUT_MS = 120_000;

interface WorkerReply {
  id?: number;
  ready?: boolean;
  exitCode?: number;
  stdout?: Uint8Array;
  stderr?: Uint8Array;
  error?: string;
  fatal?: boolean;
}

interface Engine {
  worker: Worker;
  pending: Map<number, (reply: WorkerReply) => void>;
}

let engine: Promise<Engine> | null = null;
let nextId = 1;

function startEngine(): Promise<Engine> {
  const driverSource = readFileSync(fileURLToPath(new URL('./cpython_driver.py', import.meta.url)), 'utf8');
  // pyodide finds its files relative to its own module URL; name the directory explicitly.
  const indexURL = dirname(createRequire(import.meta.url).resolve('pyodide/package.json')) + '/';
  const worker = new Worker(fileURLToPath(new URL('./cpython_worker.mjs', import.meta.url)), {
    workerData: { driverSource, indexURL },
    resourceLimits: { stackSizeMb: WORKER_STACK_MB },
    stdout: false,
    stderr: false,
  });
  const pending = new Map<number, (reply: WorkerReply) => void>();
  const started: Promise<Engine> = new Promise<Engine>((resolve, reject) => {
    const failAll = (why: string) => {
      if (engine === started) engine = null;
      reject(new Error(why));
      for (const settle of pending.values()) settle({ error: why, fatal: true });
      pending.clear();
    };
    worker.on('message', (reply: WorkerReply) => {
      if (reply.ready) {
        // Referenced only while a run is in progress, so that an idle worker never keeps the test
        // process alive. (Listeners must be attached before unref(), or they reference it again.)
        worker.unref();
        resolve({ worker, pending });
        return;
      }
      const settle = pending.get(reply.id!);
      pending.delete(reply.id!);
      if (pending.size === 0) worker.unref();
      settle?.(reply);
    });
    worker.on('error', (e) => failAll(`pyodide worker failed: ${String(e)}`));
    worker.on('exit', (code) => failAll(`pyodide worker exited (${code})`));
  });
  return started;
}

function discardEngine(current: Promise<Engine>, e: Engine): void {
  if (engine === current) engine = null;
  void e.worker.terminate();
}

let runCounter = 0;

/** A directory inside pyodide's in-memory file system, for a caller that does not choose one. */
function defaultRunDir(): string {
  runCounter++;
  return `/tmp/pyrewind-cpython-${process.pid}-${runCounter}`;
}

/**
 * Runs `program` in CPython. `runDir` is the absolute directory (inside pyodide's own in-memory file
 * system) the program's files are written to and run from; pass the same path that the pyrewind run used
 * so that __file__, sys.argv[0] and os.getcwd() are identical on both sides. It is removed afterwards.
 */
export async function runCPython(program: Program, runDir: string = defaultRunDir()): Promise<RunResult> {
  engine ??= startEngine();
  const current = engine;
  const e = await current;
  const id = nextId++;
  const reply = await new Promise<WorkerReply>((resolve) => {
    const timer = setTimeout(() => {
      e.pending.delete(id);
      discardEngine(current, e);
      resolve({ error: `CPython run of ${program.name} timed out after ${RUN_TIMEOUT_MS} ms`, fatal: true });
    }, RUN_TIMEOUT_MS);
    e.pending.set(id, (r) => {
      clearTimeout(timer);
      resolve(r);
    });
    e.worker.ref();
    e.worker.postMessage({
      id,
      files: [...program.files],
      main: program.main,
      argv: [...program.argv],
      stdin: new TextEncoder().encode(program.stdin),
      runDir,
      environ: programEnvironment(),
    });
  });
  if (reply.error !== undefined) {
    if (reply.fatal) discardEngine(current, e);
    throw new Error(`CPython (pyodide) could not run ${program.name}: ${reply.error}`);
  }
  const stdout = new TextDecoder().decode(reply.stdout);
  const stderr = new TextDecoder().decode(reply.stderr);
  const exitCode = reply.exitCode!;
  return { stdout, stderr, exitCode, exception: exitCode === 0 ? null : parseUncaughtException(stderr) };
}
