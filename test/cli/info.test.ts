// `pyrewind info`: the real command in a child process over traces recorded here. The summary must state
// the run as recorded (status and exit status, versions, counts, output bytes) and the hottest lines with
// their source text; --json gives the same numbers to programs; a bad file is one line and status 1.

import { beforeAll, describe, expect, test } from 'vitest';
import { recordSource, type Recorded } from '../recorder/record_helpers.js';
import type { TraceSummary } from '../../schema/summary.js';
import { badTraceFiles, pyrewind } from './trace_cli.js';

let ok: Recorded;
let failed: Recorded;
let stopped: Recorded;

const PROGRAM = `import sys

def square(v):
    return v * v

total = 0
for i in range(5):
    total += square(i)
print("total é", total)
sys.stderr.write("done\\n")
`;

beforeAll(() => {
  ok = recordSource(PROGRAM, { args: ['two words', 'x'] });
  failed = recordSource('def f():\n    raise ValueError("no")\n\nf()\n');
  stopped = recordSource('n = 0\nwhile True:\n    n += 1\n', { maxSteps: 50 });
});

describe('pyrewind info', () => {
  test('--json: status, versions, counts, output bytes and the hottest lines with their source', () => {
    const r = pyrewind(['info', ok.path, '--json'], ok.dir);
    expect([r.status, r.stderr]).toEqual([0, '']);
    const s = JSON.parse(r.stdout) as TraceSummary;
    expect(s.script).toBe(`${ok.dir}/main.py`);
    expect(s.argv.slice(1)).toEqual(['two words', 'x']);
    expect([s.status, s.exitStatus, s.pythonVersion, s.formatVersion]).toEqual(['complete', 0, '3.14.2', 2]);
    expect(s.steps).toBe(ok.trace.stepCount);
    expect(s.frames).toBe(6); // the module and five calls of square
    expect(s.functions).toBe(2);
    expect(s.output).toEqual({ stdout: Buffer.byteLength('total é 30\n'), stderr: 5 });
    // Fewer than 10 lines ran (lines 0, 1, 3, 4 and 6 to 10): all are listed.
    expect(s.hotLines.map((h) => h.line).sort((a, b) => a - b)).toEqual([0, 1, 3, 4, 6, 7, 8, 9, 10]);
    // Ordered by steps, and each count is the number of steps at that line.
    const steps = s.hotLines.map((h) => h.steps);
    expect([...steps].sort((a, b) => b - a)).toEqual(steps);
    const top = s.hotLines[0];
    expect(top).toEqual({ path: `${ok.dir}/main.py`, line: 8, steps: top.steps, text: '    total += square(i)' });
    let counted = 0;
    for (let n = 1; n <= ok.trace.stepCount; n++) if (ok.trace.step(n)!.line === 8) counted++;
    expect(top.steps).toBe(counted);
    expect(s.hotLines.find((h) => h.line === 4)?.text).toBe('    return v * v');
  });

  test('the readable form names the status, the sizes and the hottest lines with their source', () => {
    const r = pyrewind(['info', ok.path], ok.dir);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain(`\nscript      ${ok.dir}/main.py\n`);
    expect(r.stdout).toContain(`\nargv        main.py 'two words' x\n`.replace('main.py', `${ok.dir}/main.py`));
    expect(r.stdout).toContain('\nstatus      complete, exit status 0\n');
    expect(r.stdout).toContain('\npython      3.14.2 (pyrewind 0.1.0, trace format 2)\n');
    expect(r.stdout).toContain(`\nsteps       ${ok.trace.stepCount}\n`);
    expect(r.stdout).toContain('\nframes      6 (2 distinct functions)\n');
    expect(r.stdout).toContain('\noutput      12 bytes on stdout, 5 bytes on stderr\n');
    expect(r.stdout).toMatch(/\nhottest lines:\n +steps {2}line +source\n +\d+ {2}main\.py:8 +total \+= square\(i\)\n/);
  });

  test('an uncaught exception and a --max-steps stop are told apart', () => {
    const e = pyrewind(['info', failed.path], failed.dir);
    expect(e.stdout).toContain('\nstatus      ended with an error, exit status 1\n');
    const m = JSON.parse(pyrewind(['info', '--json', stopped.path], stopped.dir).stdout) as TraceSummary;
    expect([m.status, m.exitStatus, m.steps, m.maxSteps]).toEqual(['max-steps', 3, 50, 50]);
  });

  test('a file that is not a trace, or of a newer format: one line, status 1', () => {
    const bad = badTraceFiles(ok.dir, ok.path);
    const r1 = pyrewind(['info', bad.other], ok.dir);
    expect([r1.status, r1.stdout, r1.stderr]).toEqual([1, '', `pyrewind: ${bad.other} is not a pyrewind trace (an SQLite file of something else)\n`]);
    const r2 = pyrewind(['info', '--json', bad.newer], ok.dir);
    expect([r2.status, r2.stdout, r2.stderr]).toEqual([1, '', `pyrewind: ${bad.newer} has trace format 99, newer than this pyrewind reads (2): update pyrewind\n`]);
  });
});
