// Checks the standard streams that vm/runtime/main.ts builds with vm/modules/io/std_streams.ts, and
// builtins.open being io.open: sys.std* attributes as CPython 3.14 shows them on a pipe, print()/input(),
// text and binary writes interleaving as CPython's buffers make them, stdin without newline
// translation, the flushes at exit (files left open, stdout before a traceback) and the exit status.
// Expected values are CPython 3.14's (checked with pyodide where it matches a Linux CPython on pipes).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMainFile } from '../../vm/index.js';
import { NodeHost } from '../../host/node/node_host.js';
import { ByteSink } from '../harness/byte_sink.js';

interface Run {
  stdout: string;
  stderr: string;
  status: number;
  files: Record<string, string>;
  /** stdout and stderr chunks in the order the host received them, as one pipe would show them. */
  merged: string;
}

let compiler: unknown;

/** Runs `source` as a script (vm runMainFile); returns output and the files it left. */
function run(source: string, stdin = '', keep: string[] = []): Run {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'pyrewind-stdio-')));
  const previous = process.cwd();
  const out = new ByteSink();
  const err = new ByteSink();
  let merged = '';
  const decoder = new TextDecoder();
  try {
    const path = join(dir, 'main.py');
    writeFileSync(path, source);
    process.chdir(dir);
    const host = new NodeHost({
      stdin: new TextEncoder().encode(stdin),
      onStdout: (b) => {
        out.push(b);
        merged += decoder.decode(b);
      },
      onStderr: (b) => {
        err.push(b);
        merged += decoder.decode(b);
      },
      ...(compiler === undefined ? {} : { compiler: compiler as never }),
    });
    compiler ??= host.compiler;
    const status = runMainFile(host, path, []);
    const files: Record<string, string> = {};
    for (const f of keep) files[f] = readFileSync(join(dir, f), 'utf8');
    return { stdout: out.text(), stderr: err.text(), status, files, merged };
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

  // The exit sequences below were checked against a Linux CPython writing both streams to one pipe
  // (`python3 prog.py 2>&1 | cat`, without PYTHONUNBUFFERED).
  it('flushes stderr, then stdout, before the traceback; atexit output comes after it', () => {
    const r = run(String.raw`import sys, atexit
atexit.register(lambda: print('atexit'))
print('a'); sys.stderr.write('err\n'); raise KeyError(1)
`);
    expect(r.status).toBe(1);
    expect(r.merged.startsWith('err\na\nTraceback (most recent call last):\n')).toBe(true);
    expect(r.merged.endsWith('KeyError: 1\natexit\n')).toBe(true);
  });

  it('writes sys.exit(message) after what stdout held', () => {
    const r = run(String.raw`import sys
print('a', end='')
sys.stderr.write('partial ')
sys.exit('msg')
`);
    expect(r.status).toBe(1);
    expect(r.merged).toBe('partial amsg\n');
  });

  it('releases block-buffered stdout only when full, flushed or at exit', () => {
    const r = run(String.raw`import sys
print('a'); sys.stderr.write('err\n'); print('b'); sys.stdout.buffer.write(b'c\n'); print('d', flush=True)
print('e')
sys.stderr.write('f\n')
`);
    expect(r.merged).toBe('err\nc\na\nb\nd\nf\ne\n');
  });

  it('ends with status 120 and a report when flushing sys.stdout fails at exit', () => {
    const r = run(String.raw`import sys
class W:
    def write(self, s): pass
    def flush(self): raise OSError('boom')
sys.stdout = W()
print('x')
`);
    expect(r.status).toBe(120);
    expect(r.stderr.startsWith('Exception ignored on flushing sys.stdout:\n')).toBe(true);
    expect(r.stderr.endsWith('OSError: boom\n')).toBe(true);
  });

  it('makes print() write each piece with its own write() call, stopping at a failing str()', () => {
    const r = run(String.raw`import sys
class Rec:
    def __init__(self): self.calls = []
    def write(self, s): self.calls.append(s)
class Bad:
    def __str__(self): raise ValueError('no str')
rec = Rec()
print(1, 'two', 3.0, sep='|', end='$', file=rec)
try:
    print('ok', Bad(), file=rec)
except ValueError as e:
    print(rec.calls, e)
try:
    print('x', file=rec, flush=True)
except AttributeError as e:
    print('flush:', e)
sys.stdout = None
print('silently dropped', sep=5)
sys.stdout = sys.__stdout__
del sys.stdout
try:
    print('x')
except RuntimeError as e:
    sys.__stdout__.write(f'{e}\n')
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      "['1', '|', 'two', '|', '3.0', '$', 'ok', ' '] no str\nflush: 'Rec' object has no attribute 'flush'\nlost sys.stdout\n",
    );
  });

  it('input() reads sys.stdin, raises EOFError at its end and TypeError for a non-str line', () => {
    const r = run(String.raw`import sys
print(repr(input()))
try:
    input('> ')
except EOFError as e:
    print('EOFError', e)
class In:
    def readline(self): return b'bytes\n'
sys.stdin = In()
try:
    input()
except TypeError as e:
    print('TypeError', e)
`, 'only line');
    expect(r.stdout).toBe("'only line'\n> EOFError EOF when reading a line\nTypeError object.readline() returned non-string\n");
  });
});

describe('os._exit', () => {
  it('ends at once: no handler, no atexit callback, buffered stdout lost, stderr already written', () => {
    const r = run(String.raw`import os, sys, atexit
atexit.register(lambda: print('atexit'))
print('buffered, never written')
sys.stderr.write('stderr is line-buffered\n')
try:
    os._exit(3)
except BaseException:
    print('caught')
finally:
    print('finally')
`);
    expect(r.status).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('stderr is line-buffered\n');
  });
});
