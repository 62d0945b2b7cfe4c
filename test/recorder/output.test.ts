// The output table against the program: each piece of text the program writes to stdout or stderr is
// credited to the step that wrote it (its CALL), even though stdout is a pipe here and stays buffered, and
// recording changes nothing the program's descriptors receive (same bytes, same write calls, same order).

import { describe, expect, test } from 'vitest';
import { mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeHost } from '../../host/node/node_host.js';
import { runMainFile } from '../../vm/index.js';
import { recordToFile } from '../../recorder/record_program.js';
import { Trace } from '../../schema/trace.js';
import { recordSource, stepsOf, type Recorded } from './record_helpers.js';

/** The CALL (or CALL_KW) steps on source line `line`, in order. */
function callSteps(r: Recorded, line: number): number[] {
  const out: number[] = [];
  stepsOf(r.trace).forEach((s, i) => {
    if ((s.op === 'CALL' || s.op === 'CALL_KW') && s.line === line) out.push(i + 1);
  });
  return out;
}

/** What step `n` itself added to stdout and stderr. */
function addedAt(r: Recorded, n: number): { stdout: string; stderr: string } {
  const before = r.trace.output(n - 1);
  const after = r.trace.output(n);
  expect(after.stdout.startsWith(before.stdout)).toBe(true);
  expect(after.stderr.startsWith(before.stderr)).toBe(true);
  return { stdout: after.stdout.slice(before.stdout.length), stderr: after.stderr.slice(before.stderr.length) };
}

describe('print in a loop, stdout a pipe', () => {
  const r = recordSource("for i in range(3):\n    print('line', i)\nx = 1\n");
  const calls = callSteps(r, 2);

  test('the program printed, and the three CALLs of print are steps', () => {
    expect(r.stdout).toBe('line 0\nline 1\nline 2\n');
    expect(calls).toHaveLength(3);
  });

  test('each line is credited to the step of its CALL, not to the end', () => {
    expect(r.trace.output(calls[0] - 1).stdout).toBe('');
    expect(r.trace.output(calls[0]).stdout).toBe('line 0\n');
    expect(r.trace.output(calls[1] - 1).stdout).toBe('line 0\n');
    expect(r.trace.output(calls[1]).stdout).toBe('line 0\nline 1\n');
    expect(r.trace.output(calls[2]).stdout).toBe('line 0\nline 1\nline 2\n');
    expect(r.trace.output(r.trace.stepCount).stdout).toBe('line 0\nline 1\nline 2\n');
    expect(r.trace.output(r.trace.stepCount).stderr).toBe('');
  });
});

describe('every way of writing to the standard streams', () => {
  const source = [
    'import sys, os', // 1
    "sys.stdout.write('text ')", // 2
    "sys.stdout.buffer.write(b'buffer\\n')", // 3
    "os.write(1, b'os\\n')", // 4
    "sys.stdout.buffer.raw.write(b'raw\\n')", // 5
    "sys.stderr.write('err\\n')", // 6
    "sys.stderr.buffer.write(b'errbuf\\n')", // 7
    "os.write(2, b'os2\\n')", // 8
    "print('h\\u00e9llo', file=sys.stderr)", // 9
    "print('caf\\u00e9')", // 10
    "sys.stdout.flush()", // 11
    'x = 1', // 12
  ].join('\n') + '\n';
  const r = recordSource(source);
  const at = (line: number) => {
    const steps = callSteps(r, line);
    expect(steps).toHaveLength(1);
    return addedAt(r, steps[0]);
  };

  test('each piece is credited to its own step, on its stream', () => {
    expect(at(2)).toEqual({ stdout: 'text ', stderr: '' });
    expect(at(3)).toEqual({ stdout: 'buffer\n', stderr: '' });
    expect(at(4)).toEqual({ stdout: 'os\n', stderr: '' });
    expect(at(5)).toEqual({ stdout: 'raw\n', stderr: '' });
    expect(at(6)).toEqual({ stdout: '', stderr: 'err\n' });
    expect(at(7)).toEqual({ stdout: '', stderr: 'errbuf\n' });
    expect(at(8)).toEqual({ stdout: '', stderr: 'os2\n' });
    expect(at(9)).toEqual({ stdout: '', stderr: 'h\u00e9llo\n' });
    expect(at(10)).toEqual({ stdout: 'caf\u00e9\n', stderr: '' });
    // The flush hands down what was already reported: nothing new.
    expect(at(11)).toEqual({ stdout: '', stderr: '' });
  });

  test('nothing is counted twice: the trace holds exactly what the program wrote, in program order', () => {
    const all = r.trace.output(r.trace.stepCount);
    expect(all.stdout).toBe('text buffer\nos\nraw\ncaf\u00e9\n');
    expect(all.stderr).toBe('err\nerrbuf\nos2\nh\u00e9llo\n');
    // The descriptor got the same bytes, in the order buffering let them out (the text layer held 'text ').
    expect(r.stdout).toBe('os\nraw\nbuffer\ntext caf\u00e9\n');
    expect(r.stderr).toBe('err\nos2\nerrbuf\nh\u00e9llo\n');
  });
});

test('a write of a chunk or more, and a traceback, are each counted once', () => {
  const r = recordSource("print('x' * 10000)\nraise ValueError('boom')\n");
  expect(r.result.exitStatus).toBe(1);
  const call = callSteps(r, 1)[0];
  expect(addedAt(r, call).stdout).toBe('x'.repeat(10000) + '\n');
  const all = r.trace.output(r.trace.stepCount + 1);
  expect(all.stdout).toBe('x'.repeat(10000) + '\n');
  expect(all.stderr).toBe(r.stderr);
  expect(all.stderr).toMatch(/^Traceback \(most recent call last\):\n[\s\S]*ValueError: boom\n$/);
});

test("a file of the program's own on fd 1 is credited when it reaches the descriptor", () => {
  const r = recordSource("import os\nf = open(1, 'w', closefd=False)\nf.write('mine\\n')\nf.flush()\nprint('std')\n");
  expect(r.stdout).toBe('mine\nstd\n');
  expect(addedAt(r, callSteps(r, 3)[0]).stdout).toBe('');
  expect(addedAt(r, callSteps(r, 4)[0]).stdout).toBe('mine\n');
  expect(addedAt(r, callSteps(r, 5)[0]).stdout).toBe('std\n');
  expect(r.trace.output(r.trace.stepCount).stdout).toBe('mine\nstd\n');
});

describe('recording changes nothing the descriptors receive', () => {
  let compiler: unknown = undefined;
  /** Every write to fd 1 and 2, in order, as [fd, text] (one entry per host.write call). */
  function run(dir: string, record: boolean): { writes: [number, string][]; status: number } {
    const writes: [number, string][] = [];
    const text = (b: Uint8Array) => Buffer.from(b).toString('latin1');
    const host = new NodeHost({
      onStdout: (b) => writes.push([1, text(b)]),
      onStderr: (b) => writes.push([2, text(b)]),
      stdin: new Uint8Array(0),
      compiler: compiler as never,
    });
    compiler ??= (host as unknown as { compiler?: unknown }).compiler;
    const previous = process.cwd();
    process.chdir(dir);
    try {
      if (!record) return { writes, status: runMainFile(host, join(dir, 'main.py'), []) };
      const result = recordToFile(join(dir, 'trace.sqlite'), { script: join(dir, 'main.py'), args: [], host });
      Trace.open(join(dir, 'trace.sqlite'));
      return { writes, status: result.exitStatus };
    } finally {
      process.chdir(previous);
    }
  }

  test.each([
    ['mixed streams and layers', "import sys, os\nfor i in range(3):\n    print(i)\n    print('e', i, file=sys.stderr)\nsys.stdout.buffer.write(b'B')\nos.write(1, b'O')\nsys.stdout.write('\\u00e9')\nprint('x' * 9000)\nsys.exit(3)\n"],
    ['an uncaught exception after buffered output', "print('before')\nimport sys\nsys.stderr.write('warn\\n')\n1/0\n"],
    ['flush=True and atexit', "import atexit\natexit.register(lambda: print('bye'))\nprint('a', flush=True)\nprint('b')\n"],
  ])('%s', (_name, source) => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'pyrewind-out-')));
    writeFileSync(join(dir, 'main.py'), source);
    const plain = run(dir, false);
    const recorded = run(dir, true);
    expect(plain.writes.length).toBeGreaterThan(0);
    expect(recorded.writes).toEqual(plain.writes);
    expect(recorded.status).toBe(plain.status);
  });
});
