// Runs a Python program in pyrewind's VM in-process the way vm/runtime/main.ts does (main module, report
// of an uncaught exception, atexit callbacks, flushing the streams), with a hook to adjust the fresh
// interpreter before the program starts. For tests of modules that the runner or builtins will wire in
// later: they install the module under test themselves instead of depending on that wiring.
//
// Files are written to a fresh temporary directory, which is the script's directory and the current
// directory during the run. Output is captured; nothing is printed.

import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Interpreter } from '../../vm/runtime/interpreter.js';
import { runAtexit } from '../../vm/modules/atexit.js';
import { compileSource } from '../../vm/runtime/compile.js';
import { Frame } from '../../vm/runtime/frame.js';
import { PyModule } from '../../vm/objects/module.js';
import { None } from '../../vm/objects/singletons.js';
import { callMethod, isClosed } from '../../vm/modules/io/iobase.js';
import { flushAllPendingOutput } from '../../vm/modules/io/exit_flush.js';
import { NodeHost } from '../../host/node/node_host.js';

export interface ProgramOutcome {
  stdout: string;
  stderr: string;
  status: number;
}

type Vm = typeof import('../../vm/index.js');
let vm: Vm | null = null;
let host: NodeHost | null = null;
let out = '';
let err = '';
const decoder = new TextDecoder();

/**
 * Runs `files['main.py']` with the other files beside it. `setup` runs on the new interpreter first.
 * In stderr, the run directory is replaced by DIR and addresses (0x...) by 0xX.
 */
export async function runProgram(
  files: Record<string, string>,
  setup: (interp: Interpreter) => void = () => {},
  stdin = '',
): Promise<ProgramOutcome> {
  vm ??= await import('../../vm/index.js');
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'pyrewind-module-test-')));
  const previousCwd = process.cwd();
  out = '';
  err = '';
  try {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    const h = new NodeHost({
      stdin: new TextEncoder().encode(stdin),
      onStdout: (b) => (out += decoder.decode(b)),
      onStderr: (b) => (err += decoder.decode(b)),
      ...(host === null ? {} : { compiler: host.compiler }),
    });
    host ??= h;
    process.chdir(dir);
    const path = join(dir, 'main.py');
    const interp = vm.createInterpreter(h, [path], dir);
    setup(interp);
    const main = new PyModule('__main__');
    main.dict.setStr('__file__', path);
    main.dict.setStr('__builtins__', interp.builtinsModule);
    for (const attr of ['__package__', '__spec__', '__loader__', '__cached__', '__doc__']) main.dict.setStr(attr, None);
    interp.modules.setStr('__main__', main);
    let status = 0;
    try {
      const code = compileSource(interp, files['main.py'], path, 'exec');
      interp.runNested(new Frame(code, main.dict, interp.builtins, main.dict, null));
    } catch (e) {
      status = vm.handleUncaught(interp, e);
    }
    runAtexit(interp);
    for (const name of ['stdout', 'stderr']) {
      const s = interp.sys.getStr(name);
      if (s !== undefined && !isClosed(s)) callMethod(s, 'flush');
    }
    flushAllPendingOutput();
    return { stdout: out, stderr: err.split(dir).join('DIR').replace(/0x[0-9a-f]+/g, '0xX'), status };
  } finally {
    process.chdir(previousCwd);
    rmSync(dir, { recursive: true, force: true });
  }
}
