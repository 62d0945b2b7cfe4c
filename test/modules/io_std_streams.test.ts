// Checks the standard streams built by vm/modules/io/std_streams.ts and io.open() as builtins.open, as
// the runtime will install them (this test installs them itself, on a fresh interpreter, until
// vm/runtime/main.ts does): sys.std* attributes as CPython 3.14 shows them on a pipe, print()/input(),
// text and binary writes interleaving as CPython's buffers make them, stdin without newline
// translation, and unclosed files flushed when the program ends. Expected values are CPython 3.14's
// (checked with pyodide where it matches a Linux CPython on pipes).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterpreter, handleUncaught } from '../../vm/index.js';
import { compileSource } from '../../vm/runtime/compile.js';
import { Frame } from '../../vm/runtime/frame.js';
import { importModule } from '../../vm/runtime/import.js';
import { PyModule } from '../../vm/objects/module.js';
import { None } from '../../vm/objects/singletons.js';
import { makeStdStreams } from '../../vm/modules/io/std_streams.js';
import { callMethod } from '../../vm/modules/io/iobase.js';
import { flushAllPendingOutput } from '../../vm/modules/io/exit_flush.js';
import { SeekingNodeHost } from './io_harness.js';
import { ByteSink } from '../harness/byte_sink.js';

interface Run {
  stdout: string;
  stderr: string;
  status: number;
  files: Record<string, string>;
}

let compiler: unknown;

/** Runs `source` with _io's standard streams and open(); returns output and the files it left. */
function run(source: string, stdin = '', keep: string[] = []): Run {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'pyrewind-stdio-')));
  const previous = process.cwd();
  const out = new ByteSink();
  const err = new ByteSink();
  try {
    const path = join(dir, 'main.py');
    writeFileSync(path, source);
    process.chdir(dir);
    const host = new SeekingNodeHost({
      stdin: new TextEncoder().encode(stdin),
      onStdout: (b) => out.push(b),
      onStderr: (b) => err.push(b),
      ...(compiler === undefined ? {} : { compiler: compiler as never }),
    });
    compiler ??= host.compiler;
    const interp = createInterpreter(host, [path], dir);
    const streams = makeStdStreams(interp);
    for (const [name, s] of Object.entries(streams)) {
      interp.sys.setStr(name, s);
      interp.sys.setStr(`__${name}__`, s);
    }
    const io = importModule(interp, '_io') as PyModule;
    interp.builtins.setStr('open', io.dict.getStr('open')!);
    const main = new PyModule('__main__');
    main.dict.setStr('__file__', path);
    main.dict.setStr('__builtins__', interp.builtinsModule);
    for (const attr of ['__package__', '__spec__', '__loader__', '__cached__', '__doc__']) main.dict.setStr(attr, None);
    interp.modules.setStr('__main__', main);
    let status = 0;
    try {
      interp.runNested(new Frame(compileSource(interp, source, path, 'exec'), main.dict, interp.builtins, main.dict, null));
    } catch (e) {
      status = handleUncaught(interp, e);
    }
    // What the runtime will do at exit: the standard streams, then every other pending output.
    for (const name of ['stdout', 'stderr']) callMethod(interp.sys.getStr(name)!, 'flush');
    flushAllPendingOutput();
    const files: Record<string, string> = {};
    for (const f of keep) files[f] = readFileSync(join(dir, f), 'utf8');
    return { stdout: out.text(), stderr: err.text(), status, files };
  } finally {
    process.chdir(previous);
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('standard streams from _io', () => {
  it('have the types and attributes CPython gives them on a pipe', () => {
    const r = run(String.raw`import sys, io
for s in (sys.stdin, sys.stdout, sys.stderr):
    print(type(s).__name__, s.name, s.mode, s.encoding, s.errors, s.line_buffering, s.write_through, type(s.buffer).__name__, s.buffer.raw.closefd, s.fileno(), repr(s))
print(sys.stdout is sys.__stdout__, isinstance(sys.stdout, io.TextIOBase), open is io.open, sys.stdout.buffer.raw.mode)
`);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')).toEqual([
      "TextIOWrapper <stdin> r utf-8 strict False False BufferedReader False 0 <_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>",
      "TextIOWrapper <stdout> w utf-8 strict False False BufferedWriter False 1 <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>",
      "TextIOWrapper <stderr> w utf-8 backslashreplace True False BufferedWriter False 2 <_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>",
      'True True True wb',
      '',
    ]);
  });

  it('print() and input() go through them; stdin keeps \\r\\n (newline is "\\n" on POSIX)', () => {
    const r = run(String.raw`a = input('prompt> ')
b = input()
import sys
print(repr(a), repr(b), repr(sys.stdin.readline()), repr(sys.stdin.read()))
print('x', 'y', sep='-', end='!\n', flush=True)
`, 'first\r\nsecond\nthird\nrest\r\nend');
    expect(r.stdout).toBe("prompt> 'first\\r' 'second' 'third\\n' 'rest\\r\\nend'\nx-y!\n");
  });

  it('keeps text and binary writes in the order the buffers release them', () => {
    // On a pipe, print() output waits in the text layer while buffer.write() goes to the binary buffer:
    // CPython prints "b" before "a" here.
    const r = run(String.raw`import sys
print('a')
sys.stdout.buffer.write(b'b\n')
sys.stdout.flush()
print('c')
sys.stderr.write('err\n')
`);
    expect(r.stdout).toBe('b\na\nc\n');
    expect(r.stderr).toBe('err\n');
  });

  it('writes stderr with backslashreplace and refuses lone surrogates on stdout', () => {
    const r = run(String.raw`import sys
sys.stderr.write('\udcff\n')
try:
    print('\ud800')
except UnicodeEncodeError as e:
    print('error', e.reason, e.start, e.end)
`);
    expect(r.stderr).toBe('\\udcff\n');
    expect(r.stdout).toBe('error surrogates not allowed 0 1\n');
  });

  it('flushes files left open when the program ends', () => {
    const r = run(String.raw`f = open('left_open.txt', 'w')
f.write('not closed\n')
g = open('left_open.bin', 'wb')
g.write(b'bytes')
print(open('left_open.txt').read() == '')
`, '', ['left_open.txt', 'left_open.bin']);
    expect(r.stdout).toBe('True\n');
    expect(r.files).toEqual({ 'left_open.txt': 'not closed\n', 'left_open.bin': 'bytes' });
  });

  it('reports an uncaught exception through sys.stderr', () => {
    const r = run(String.raw`print('before')
raise ValueError('boom')
`);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('before\n');
    expect(r.stderr.endsWith('ValueError: boom\n')).toBe(true);
  });
});
