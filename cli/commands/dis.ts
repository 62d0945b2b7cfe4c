// `pyrewind dis [-C] [-O] [-P] [-S] [file]`: prints what `python3.14 -m dis file` prints, from the code
// object the VM would run (the host's CPython 3.14 compiler, then the marshal reader).
//
// Like `python -m dis`, the file defaults to `-` (standard input, compiled as "<stdin>"), a missing file
// ends with the OSError's last line and status 1, and a syntax error prints CPython's report and exits 1.
// Beyond `python -m dis` (which fails on them with "source code string cannot contain null bytes"), a
// .pyc file of CPython 3.14 is disassembled from its module code object. Must not run the program.

import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import type { CompileWarning } from '../../host/node/compiler.js';
import type { PyCode } from '../../vm/objects/code.js';

// The VM, the host and the compiler are imported when the command runs, not when main.ts registers
// it: every other pyrewind command would otherwise pay for loading them on the main thread.
async function loadParts() {
  await import('../../vm/index.js');
  const [hostMod, compilerMod, codeMod, reader, pyc, compile, traceback, format, strCore] = await Promise.all([
    import('../../host/node/node_host.js'),
    import('../../host/node/compiler.js'),
    import('../../vm/objects/code.js'),
    import('../../vm/marshal/reader.js'),
    import('../../vm/marshal/pyc.js'),
    import('../../vm/runtime/compile.js'),
    import('../../vm/runtime/traceback.js'),
    import('../../vm/bytecode/dis_format.js'),
    import('../../vm/objects/str_core.js'),
  ]);
  return {
    NodeHost: hostMod.NodeHost,
    CompilerUnavailableError: compilerMod.CompilerUnavailableError,
    PyCode: codeMod.PyCode,
    marshalLoads: reader.marshalLoads,
    loadPyc: pyc.loadPyc,
    PycError: pyc.PycError,
    syntaxErrorFrom: compile.syntaxErrorFrom,
    formatExceptionOnly: traceback.formatExceptionOnly,
    formatDis: format.formatDis,
    strRepr: strCore.strRepr,
  };
}

interface DisOptions {
  showCaches?: boolean;
  showOffsets?: boolean;
  showPositions?: boolean;
  specialized?: boolean;
}

/** OSError subclasses and strerror texts, as CPython words them for open(). */
const OS_ERRORS: Record<string, [string, number, string]> = {
  ENOENT: ['FileNotFoundError', 2, 'No such file or directory'],
  EISDIR: ['IsADirectoryError', 21, 'Is a directory'],
  EACCES: ['PermissionError', 13, 'Permission denied'],
  ENOTDIR: ['NotADirectoryError', 20, 'Not a directory'],
};

function readInput(file: string, strRepr: (s: string) => string): Uint8Array | string {
  try {
    return file === '-' ? readFileSync(0) : readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    const known = OS_ERRORS[code];
    if (known === undefined) return `OSError: ${(e as Error).message}\n`;
    const [cls, errno, text] = known;
    return `${cls}: [Errno ${errno}] ${text}: ${strRepr(file)}\n`;
  }
}

/** warnings.formatwarning's text for a compiler warning, with the source line when there is one. */
function warningText(w: CompileWarning, source: string | null): string {
  let text = `${w.filename}:${w.lineno}: ${w.category}: ${w.message}\n`;
  if (source !== null) {
    const line = source.split(/\r\n|\r|\n/)[w.lineno - 1];
    if (line !== undefined && line.trim() !== '') text += `  ${line.trim()}\n`;
  }
  return text;
}

const decoder = new TextDecoder('utf-8');

/** Runs the command; returns the exit status. */
export async function disCommand(file: string, options: DisOptions): Promise<number> {
  const { NodeHost, CompilerUnavailableError, PyCode, marshalLoads, loadPyc, PycError, syntaxErrorFrom, formatExceptionOnly, formatDis, strRepr } =
    await loadParts();
  const data = readInput(file, strRepr);
  if (typeof data === 'string') {
    process.stderr.write(data);
    return 1;
  }
  const name = file === '-' ? '<stdin>' : file;
  let code: PyCode;
  const host = new NodeHost();
  if (name.endsWith('.pyc')) {
    try {
      code = loadPyc(data, name);
    } catch (e) {
      if (!(e instanceof PycError)) throw e;
      process.stderr.write(`RuntimeError: ${e.message}\n`);
      return 1;
    }
  } else {
    let text = decoder.decode(data);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    let r;
    try {
      r = host.compile({ source: text, filename: name, mode: 'exec', flags: 0, optimize: -1 });
    } catch (e) {
      if (!(e instanceof CompilerUnavailableError)) throw e;
      process.stderr.write(`pyrewind: ${e.message}\n`);
      return 1;
    }
    const source = file === '-' ? null : text;
    for (const w of r.warnings ?? []) process.stderr.write(warningText(w, source));
    if (!r.ok) {
      process.stderr.write(formatExceptionOnly(syntaxErrorFrom(r.error), host).join(''));
      return 1;
    }
    const loaded = marshalLoads(r.marshal);
    if (!(loaded instanceof PyCode)) throw new Error('compiler did not return a code object');
    code = loaded;
  }
  // -S (specialized) shows adaptive bytecode; code that never ran has none, so it prints the same text.
  process.stdout.write(
    formatDis(code, { showCaches: options.showCaches, showOffsets: options.showOffsets, showPositions: options.showPositions }),
  );
  return 0;
}

export function registerDisCommand(program: Command): void {
  program
    .command('dis')
    .description('disassemble a Python file like `python3 -m dis file`')
    .argument('[file]', 'the Python source (or CPython 3.14 .pyc) to disassemble; - for standard input', '-')
    .option('-C, --show-caches', 'show inline caches')
    .option('-O, --show-offsets', 'show instruction offsets')
    .option('-P, --show-positions', 'show instruction positions')
    .option('-S, --specialized', 'show specialized bytecode')
    .action(async (file: string, options: DisOptions) => {
      process.exitCode = await disCommand(file, options);
    });
}
