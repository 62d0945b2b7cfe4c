// Recording never changes the program: every program of the differential corpus (test/diff/cases, the
// ones pyrewind passes) runs once plainly and once recorded, and both runs must print the same stdout and
// stderr and exit with the same status. The trace must then hold the whole run: its meta agrees with the
// run, its steps are numbered 1..step_count, and its output table holds what the program printed.
//
// The recorded run gets its files and host from the diff harness (programHost: environment, stdin, compiler).
// Recording every program doubles the corpus's cost, so by default this takes the realistic programs
// (program_*) and those about what recording could disturb most: uncaught exceptions, warnings, hooks,
// trace functions and debuggers. PYREWIND_RECORD_ALL=1 takes the whole corpus.

import { describe, expect, it } from 'vitest';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { recordToFile } from '../../recorder/record_program.js';
import { Trace } from '../../schema/trace.js';
import { loadCorpus, loadPending } from '../harness/corpus.js';
import { makeRunDir, programHost, runPyrewind } from '../harness/pyrewind.js';
import { ByteSink } from '../harness/byte_sink.js';
import type { Program } from '../harness/program.js';

const casesDir = join(__dirname, '..', 'diff', 'cases');
const pending = loadPending(join(__dirname, '..', 'diff', 'pending.txt'));
const filter = process.env.PYREWIND_DIFF_FILTER ?? '';
/** Programs that write to sys.stdout.buffer while text written to sys.stdout is still buffered. */
const WRITES_PAST_BUFFER = new Set(['stdio_print.py']);
const ALWAYS = /^(program_|uncaught_|warnings_|excepthook|sys_settrace|sys_setprofile|sys_monitoring|pdb_|stdio_)/;
const entries = loadCorpus(casesDir).filter(
  (e) =>
    !pending.has(e.program.name) &&
    e.program.name.includes(filter) &&
    (process.env.PYREWIND_RECORD_ALL === '1' || ALWAYS.test(e.program.name)),
);


interface RecordedRun {
  stdout: string;
  stderr: string;
  exitCode: number;
  trace: Trace;
}

/** Record `program` in `runDir` (the directory its plain run used: paths in its output are the same). */
async function runRecorded(program: Program, runDir: string): Promise<RecordedRun> {
  mkdirSync(runDir, { recursive: true });
  const stdout = new ByteSink();
  const stderr = new ByteSink();
  const previousCwd = process.cwd();
  const tracePath = join(dirname(runDir), `${runDir.split('/').pop()}.trace.sqlite`);
  try {
    const host = await programHost(program, runDir, stdout, stderr);
    process.chdir(runDir);
    const result = recordToFile(tracePath, { script: join(runDir, program.main), args: [...program.argv], host });
    return { stdout: stdout.text(), stderr: stderr.text(), exitCode: result.exitStatus & 0xff, trace: Trace.open(tracePath) };
  } finally {
    process.chdir(previousCwd);
    rmSync(runDir, { recursive: true, force: true });
  }
}

describe('recording a corpus program changes nothing it does', () => {
  it('has programs to record', () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  for (const entry of entries) {
    it(entry.program.name, async () => {
      const runDir = makeRunDir();
      const plain = await runPyrewind(entry.program, runDir);
      const recorded = await runRecorded(entry.program, runDir);
      const { trace } = recorded;
      try {
        expect({ stdout: recorded.stdout, stderr: recorded.stderr, exit: recorded.exitCode }).toEqual({
          stdout: plain.stdout,
          stderr: plain.stderr,
          exit: plain.exitCode,
        });
        expect(trace.meta.exit_status).toBe(recorded.exitCode);
        expect(trace.meta.status).toBe(recorded.exitCode === 0 ? 'complete' : 'error');
        const steps = trace.db.prepare('SELECT count(*) AS n, min(step) AS first, max(step) AS last FROM steps').get() as {
          n: number;
          first: number | null;
          last: number | null;
        };
        expect(steps).toEqual({ n: trace.stepCount, first: trace.stepCount > 0 ? 1 : null, last: trace.stepCount > 0 ? trace.stepCount : null });
        // The trace credits output to the step that wrote it, in the order of the writes, before any
        // buffering (recorder.ts output()). A program that writes raw bytes past unflushed text
        // (WRITES_PAST_BUFFER) puts them on the stream in another order: the same characters then.
        const out = trace.output(trace.stepCount);
        const shape = WRITES_PAST_BUFFER.has(entry.program.name) ? sortedChars : (t: string) => t;
        expect({ stdout: shape(out.stdout), stderr: shape(out.stderr) }).toEqual({
          stdout: shape(recorded.stdout),
          stderr: shape(recorded.stderr),
        });
      } finally {
        trace.close();
      }
    }, 120_000);
  }
});

function sortedChars(text: string): string {
  return [...text].sort().join('');
}
