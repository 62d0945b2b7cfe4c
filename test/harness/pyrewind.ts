// Runs a Python program in pyrewind's VM the way `pyrewind main.py args` would, in a real directory on
// disk, and reports the outcome in the same shape as the CPython runner.
//
// The VM and the Node host are loaded lazily, so that a missing or broken VM fails each program's test
// (which the pending list may expect) instead of failing to load the whole test file. A watchdog
// interrupts runs that take too long (PYREWIND_DIFF_TIMEOUT_MS, default 60 s). This file must not adjust
// or interpret the VM's output beyond what cpython.ts does for CPython's.

import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Host } from '../../vm/host.js';
import type { Program, RunResult } from './program.js';
import { parseUncaughtException } from './traceback.js';
import { ByteSink } from './byte_sink.js';
import { programEnvironment } from './run_env.js';
import { Watchdog } from './watchdog.js';

/** What the harness needs of vm/index.ts. */
interface VmEntry {
  /** Runs a script as __main__ with sys.argv = [scriptPath, ...argv]; returns the exit status. */
  runMainFile(host: Host, scriptPath: string, argv: string[]): number;
}

interface NodeHostOptions {
  stdin?: Uint8Array;
  onStdout?: (b: Uint8Array) => void;
  onStderr?: (b: Uint8Array) => void;
  interruptFlag?: Int32Array;
  env?: Record<string, string | undefined>;
  compiler?: unknown;
}
type NodeHostClass = new (options: NodeHostOptions) => Host & { readonly compiler?: unknown };

const TIMEOUT_MS = Number(process.env['PYREWIND_DIFF_TIMEOUT_MS'] ?? 60_000);
/** How long the VM may take to honour the interrupt before the watchdog kills the test process. */
const GRACE_MS = 30_000;
const watchdog = new Watchdog(GRACE_MS);
/** One compiler (a pyodide worker with a cache) for every run of this test file, as the host allows. */
let sharedCompiler: unknown = undefined;

// Variables, not literals, so that type-checking does not require the modules to exist yet.
const VM_MODULE = '../../vm/index.js';
const NODE_HOST_MODULE = '../../host/node/node_host.js';

let loaded: Promise<{ vm: VmEntry; NodeHost: NodeHostClass }> | null = null;

function loadVm(): Promise<{ vm: VmEntry; NodeHost: NodeHostClass }> {
  loaded ??= (async () => {
    const vm = (await import(/* @vite-ignore */ VM_MODULE)) as VmEntry;
    const hostModule = (await import(/* @vite-ignore */ NODE_HOST_MODULE)) as { NodeHost: NodeHostClass };
    if (typeof vm.runMainFile !== 'function') throw new Error(`${VM_MODULE} does not export runMainFile`);
    if (typeof hostModule.NodeHost !== 'function') throw new Error(`${NODE_HOST_MODULE} does not export NodeHost`);
    return { vm, NodeHost: hostModule.NodeHost };
  })();
  // A failed load is retried by the next run rather than cached: the VM may be mid-edit.
  loaded.catch(() => {
    loaded = null;
  });
  return loaded;
}

/** A fresh, empty, real directory for one run (its resolved path, so that both sides print the same). */
export function makeRunDir(): string {
  return realpathSync(mkdtempSync(join(tmpdir(), 'pyrewind-diff-')));
}

/**
 * Writes `program`'s files into `runDir` and makes the host it runs with: its stdin, output into the
 * sinks, the environment the CPython run gets, and the compiler shared by every run of this process.
 * What the plain run below and a recorded run of the same program (test/recorder) both start from.
 */
export async function programHost(
  program: Program,
  runDir: string,
  stdout: ByteSink,
  stderr: ByteSink,
  interruptFlag?: Int32Array,
): Promise<Host> {
  const { NodeHost } = await loadVm();
  for (const [rel, data] of program.files) {
    const path = join(runDir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
  }
  const host = new NodeHost({
    stdin: new TextEncoder().encode(program.stdin),
    onStdout: (b) => stdout.push(b),
    onStderr: (b) => stderr.push(b),
    ...(interruptFlag === undefined ? {} : { interruptFlag }),
    env: programEnvironment(),
    ...(sharedCompiler === undefined ? {} : { compiler: sharedCompiler }),
  });
  sharedCompiler ??= host.compiler;
  return host;
}

/**
 * Runs `program` in pyrewind with `runDir` (created if missing, removed afterwards) as the directory of
 * its files and as the current directory.
 */
export async function runPyrewind(program: Program, runDir: string = makeRunDir()): Promise<RunResult> {
  const { vm } = await loadVm();
  // The run itself is synchronous. Let the event loop turn first: a test file of many such runs in a row
  // would otherwise hold it for minutes, and vitest's worker then misses the replies to its reports
  // ("Timeout calling onTaskUpdate" after 60 s).
  await new Promise((resolve) => setImmediate(resolve));
  const stdout = new ByteSink();
  const stderr = new ByteSink();
  const previousCwd = process.cwd();
  let exitCode: number;
  try {
    const host = await programHost(program, runDir, stdout, stderr, watchdog.flag);
    process.chdir(runDir);
    const { value: status, interrupted } = watchdog.run(TIMEOUT_MS, () =>
      vm.runMainFile(host, join(runDir, program.main), [...program.argv]),
    );
    if (interrupted) {
      throw new Error(
        `pyrewind did not finish ${program.name} within ${TIMEOUT_MS} ms and was interrupted ` +
          `(PYREWIND_DIFF_TIMEOUT_MS raises the limit). Its stderr ends with:\n${stderr.text().slice(-2000)}`,
      );
    }
    // What the process would exit with: exit() keeps the low 8 bits, as for CPython's status.
    exitCode = status & 0xff;
  } finally {
    process.chdir(previousCwd);
    rmSync(runDir, { recursive: true, force: true });
  }
  const err = stderr.text();
  return {
    stdout: stdout.text(),
    stderr: err,
    exitCode,
    exception: exitCode === 0 ? null : parseUncaughtException(err),
  };
}
