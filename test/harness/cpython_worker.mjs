// The worker thread that hosts pyodide (real CPython 3.14) for cpython.ts.
//
// pyodide runs on the JavaScript stack: CPython recursion that is legal natively (a Python-level
// RecursionError reached through __repr__, say) overflows V8's default 1 MB stack and kills the whole
// runtime. A worker can be given a big stack, and a dead or hung worker can be replaced. This file is
// plain JavaScript because Node runs worker entry points itself, without vitest's TypeScript transform.
// It runs one program per message and knows nothing about comparisons.

import { parentPort, workerData } from 'node:worker_threads';
import { loadPyodide } from 'pyodide';

const { driverSource, indexURL } = workerData;

/** Where pyodide's global stream handlers write during the current run. */
let stdio = null;

const py = await loadPyodide({ indexURL });
py.setStdout({
  write: (b) => {
    stdio?.stdout.push(b.slice());
    return b.length;
  },
});
py.setStderr({
  write: (b) => {
    stdio?.stderr.push(b.slice());
    return b.length;
  },
});
py.setStdin({
  // Returning 0 is end of file: input() then raises EOFError, as with a closed pipe.
  read: (buffer) => {
    if (stdio === null) return 0;
    const n = Math.min(buffer.length, stdio.stdin.length - stdio.stdinPos);
    buffer.set(stdio.stdin.subarray(stdio.stdinPos, stdio.stdinPos + n));
    stdio.stdinPos += n;
    return n;
  },
});
const driver = py.runPython(
  "import types as _t\n_m = _t.ModuleType('_pyrewind_cpython_driver')\nexec(__driver_source, _m.__dict__)\n_m",
  { globals: py.toPy({ __driver_source: driverSource }) },
);
const exec = py.pyimport('builtins').exec;

function concat(chunks) {
  let size = 0;
  for (const c of chunks) size += c.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function run({ files, main, argv, stdin, runDir, environ }) {
  for (const [rel, data] of files) {
    const path = `${runDir}/${rel}`;
    py.FS.mkdirTree(path.slice(0, path.lastIndexOf('/')));
    py.FS.writeFile(path, data);
  }
  stdio = { stdin, stdinPos: 0, stdout: [], stderr: [] };
  const state = stdio;
  let exitCode;
  try {
    const pyArgv = py.toPy(argv);
    const pyEnviron = py.toPy(new Map(Object.entries(environ)));
    const begun = driver.begin(runDir, main, pyArgv, pyEnviron);
    pyArgv.destroy();
    pyEnviron.destroy();
    const runState = begun.get(0);
    const code = begun.get(1);
    const globals = begun.get(2);
    // A script that does not compile has already had its SyntaxError reported by begin().
    let outcome = 'syntax';
    if (code !== undefined) {
      // Called from JavaScript, so that the program's <module> frame is the bottom Python frame and
      // recursion depth is exactly a real process's.
      try {
        exec(code, globals);
        outcome = 'returned';
      } catch (e) {
        if (!(e instanceof py.ffi.PythonError)) throw e; // pyodide itself broke: not a program outcome
        outcome = 'raised';
      }
    }
    exitCode = runState.finish(outcome);
    for (const p of [begun, runState, code, globals]) p?.destroy();
  } finally {
    stdio = null;
  }
  return { exitCode, stdout: concat(state.stdout), stderr: concat(state.stderr) };
}

parentPort.on('message', (request) => {
  try {
    const result = run(request);
    parentPort.postMessage({ id: request.id, ...result });
  } catch (e) {
    parentPort.postMessage({
      id: request.id,
      error: String(e?.stack ?? e),
      fatal: Boolean(e?.pyodide_fatal_error) || /fatally failed|Maximum call stack/.test(String(e)),
    });
  }
});
parentPort.postMessage({ ready: true });
