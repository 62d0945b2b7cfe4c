// The alternative compiler: a native CPython 3.14 named by $PYREWIND_PYTHON, run once per compile.
//
// Useful where pyodide cannot run or to cross-check it. The interpreter must be CPython 3.14 exactly,
// since its bytecode is what the VM executes; anything else is refused with a message saying so.
// The child runs isolated (-I: no PYTHON* variables, no user site, no cwd on sys.path) and without
// site (-S), so nothing in the user's environment can change what compile() returns.

import { spawnSync } from 'node:child_process';
import type { CompileRequest } from '../../vm/host.js';
import { PYTHON_COMPILE_FUNCTION, decodeCompileOutput } from './compile_script.js';
import { CompilerUnavailableError } from './compiler_types.js';
import type { CompileOutput, CompilerBackend } from './compiler_types.js';

/** Reads a JSON request on stdin; writes a 4-byte big-endian header length, the header, then the marshal bytes. */
const DRIVER = `${PYTHON_COMPILE_FUNCTION}
import sys
def _pyrewind_main():
    if sys.argv[1:] == ['--probe']:
        sys.stdout.write('%s %s' % (sys.implementation.name, '.'.join(map(str, sys.version_info[:3]))))
        sys.stdout.write(' %s %s' % (sys.version_info[3], sys.version_info[4]))
        return
    if sys.implementation.name != 'cpython' or sys.version_info[:2] != (3, 14):
        sys.exit(3)
    req = _pyrewind_json.loads(sys.stdin.buffer.read().decode('utf-8'))
    tree = req.get('ast')
    if tree is not None:
        import base64
        tree = base64.b64decode(tree)
    header, payload = _pyrewind_compile(req['source'], req['filename'], req['mode'], req['flags'], req['optimize'], tree)
    head = header.encode('utf-8')
    out = sys.stdout.buffer
    out.write(len(head).to_bytes(4, 'big'))
    out.write(head)
    if payload is not None:
        out.write(payload)
    out.flush()
_pyrewind_main()
`;

const IMPLEMENTATION_NAMES: Record<string, string> = { cpython: 'Python', pypy: 'PyPy', graalpy: 'GraalPy' };

/** Large sources make large code objects; spawnSync's default 1 MiB output limit is far too small. */
const MAX_OUTPUT = 1024 * 1024 * 1024;

export class PythonBackend implements CompilerBackend {
  private probedVersion: string | null = null;

  constructor(readonly executable: string) {}

  /** "CPython 3.14.0 (/usr/bin/python3.14)"; probing the interpreter, and refusing it unless it is CPython 3.14. */
  get version(): string {
    this.probedVersion ??= this.probe();
    return this.probedVersion;
  }

  private probe(): string {
    const run = spawnSync(this.executable, ['-I', '-S', '-c', DRIVER, '--probe'], { encoding: 'utf8' });
    if (run.error !== undefined) {
      throw new CompilerUnavailableError(
        `pyrewind: PYREWIND_PYTHON=${this.executable} could not be run (${run.error.message}). ` +
          'Unset PYREWIND_PYTHON to use the bundled compiler.',
      );
    }
    const fields = run.status === 0 ? run.stdout.trim().split(' ') : [];
    if (fields.length !== 4) {
      throw new CompilerUnavailableError(
        `pyrewind: PYREWIND_PYTHON=${this.executable} did not identify itself as a Python interpreter ` +
          `(exit status ${run.status}${run.stderr ? `: ${lastLine(run.stderr)}` : ''}). ` +
          'Unset PYREWIND_PYTHON to use the bundled compiler.',
      );
    }
    const [implementation, release, level, serial] = fields as [string, string, string, string];
    const shown = `${IMPLEMENTATION_NAMES[implementation] ?? implementation} ${release}${releaseSuffix(level, serial)}`;
    if (implementation !== 'cpython' || !release.startsWith('3.14.')) {
      throw new CompilerUnavailableError(
        `pyrewind: PYREWIND_PYTHON=${this.executable} is ${shown}; pyrewind needs CPython 3.14 to compile ` +
          '(its bytecode is what the VM executes). Unset PYREWIND_PYTHON to use the bundled compiler.',
      );
    }
    return `CPython ${release}${releaseSuffix(level, serial)} (${this.executable})`;
  }

  compile(request: CompileRequest): CompileOutput {
    void this.version; // Refuses a wrong interpreter before it is ever asked to compile.
    const input = JSON.stringify({
      source: request.source,
      filename: request.filename,
      mode: request.mode,
      flags: request.flags,
      optimize: request.optimize,
      ast: request.ast === undefined ? null : Buffer.from(request.ast).toString('base64'),
    });
    const run = spawnSync(this.executable, ['-I', '-S', '-c', DRIVER], { input, maxBuffer: MAX_OUTPUT });
    if (run.error !== undefined || run.status !== 0) {
      const why = run.error !== undefined ? run.error.message : `exit status ${run.status}: ${lastLine(run.stderr.toString('utf8'))}`;
      throw new CompilerUnavailableError(`pyrewind: PYREWIND_PYTHON=${this.executable} failed to compile ${request.filename} (${why})`);
    }
    const out = run.stdout;
    if (out.length < 4) throw new CompilerUnavailableError(`pyrewind: PYREWIND_PYTHON=${this.executable} returned no result`);
    const headerLength = out.readUInt32BE(0);
    const header = out.toString('utf8', 4, 4 + headerLength);
    const payload = out.length > 4 + headerLength ? new Uint8Array(out.subarray(4 + headerLength)) : null;
    return decodeCompileOutput(header, payload);
  }
}

/** "rc1" for release candidates and the like, nothing for a final release (as platform.python_version()). */
function releaseSuffix(level: string, serial: string): string {
  switch (level) {
    case 'alpha':
      return `a${serial}`;
    case 'beta':
      return `b${serial}`;
    case 'candidate':
      return `rc${serial}`;
    default:
      return '';
  }
}

function lastLine(text: string): string {
  const lines = text.trim().split('\n');
  return lines[lines.length - 1] ?? '';
}
