// Compiler warnings end to end: CPython's compiler (pyodide) reports them, the disk cache stores them,
// and the VM shows them through its warnings machinery on every compile, warm runs included. That is
// the documented choice (vm/runtime/compile.ts): CPython warns whenever it compiles source, and
// pyrewind, which never writes .pyc files, compiles (or replays the compile of) every module each run.

import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Compiler } from '../../host/node/compiler.js';
import { NodeHost } from '../../host/node/node_host.js';
import { runMainFile } from '../../vm/index.js';
import { requireFreshBuild } from './fresh_build.js';

let dir: string;
let compiler: Compiler;

beforeAll(() => {
  requireFreshBuild();
  dir = realpathSync(mkdtempSync(join(tmpdir(), 'pyrewind-compile-warnings-')));
  compiler = new Compiler({ cacheDir: join(dir, 'cache'), env: {} });
  writeFileSync(join(dir, 'main.py'), 'import helper\nx = 1\nprint(x is 1, helper.y)\n');
  writeFileSync(join(dir, 'helper.py'), 'y = "\\d"\n');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function run(): { stdout: string; stderr: string; status: number } {
  let stdout = '';
  let stderr = '';
  const decoder = new TextDecoder();
  const host = new NodeHost({
    compiler,
    env: {},
    onStdout: (b) => (stdout += decoder.decode(b)),
    onStderr: (b) => (stderr += decoder.decode(b)),
  });
  const previous = process.cwd();
  process.chdir(dir);
  try {
    const status = runMainFile(host, join(dir, 'main.py'), []);
    return { stdout, stderr, status };
  } finally {
    process.chdir(previous);
  }
}

// main.py is compiled (and warns) before it runs and imports helper.py.
const EXPECTED_STDERR = () =>
  `${dir}/main.py:3: SyntaxWarning: "is" with 'int' literal. Did you mean "=="?\n  print(x is 1, helper.y)\n` +
  `${dir}/helper.py:1: SyntaxWarning: "\\d" is an invalid escape sequence. Such sequences will not work in the future. ` +
  `Did you mean "\\\\d"? A raw string is also an option.\n  y = "\\d"\n`;

it('shows the warnings of the main script and of imported modules, cold and warm', () => {
  const cold = run();
  const hitsAfterCold = compiler.stats.hits;
  const warm = run();
  expect(cold.status).toBe(0);
  expect(cold.stdout).toBe('True \\d\n');
  expect(cold.stderr).toBe(EXPECTED_STDERR());
  // The second run compiled nothing new: main.py and helper.py came from the cache, warnings included.
  expect(compiler.stats.hits - hitsAfterCold).toBeGreaterThanOrEqual(2);
  expect(warm).toEqual(cold);
});
