// `npm run bench`: runs each benchmark program in pyrewind and in the machine's python3, in the same
// run, and prints each time ratio VM/CPython and their geometric mean; then records them (see below).
// A benchmark, not a test: it asserts nothing. Each program is run once first so the compile cache is warm.
// PYREWIND_BENCH_ONLY=record skips the comparison with CPython and only measures recording.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { packageRoot } from '../host/node/package_paths.js';
import { Trace } from '../schema/trace.js';
import { TraceSink } from '../recorder/sink.js';

const root = packageRoot();
const dir = join(root, 'bench', 'programs');
const cli = join(root, 'bin', 'pyrewind.js');
const python = process.env.PYREWIND_BENCH_PYTHON ?? 'python3';
const repeats = Number(process.env.PYREWIND_BENCH_REPEATS ?? 3);

function time(cmd: string, args: string[]): { ms: number; out: string; ok: boolean } {
  let best = Infinity;
  let out = '';
  let ok = true;
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    const r = spawnSync(cmd, args, { encoding: 'utf8' });
    const ms = performance.now() - t0;
    out = r.stdout;
    ok = r.status === 0;
    if (!ok) {
      out += r.stderr;
      break;
    }
    best = Math.min(best, ms);
  }
  return { ms: best, out, ok };
}

const programs = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();
const onlyRecord = process.env.PYREWIND_BENCH_ONLY === 'record';
if (!onlyRecord) compareWithPython();

function compareWithPython(): void {
  console.log(`pyrewind bench: VM vs ${python}, best of ${repeats} runs (wall time, ms)\n`);
  console.log('program'.padEnd(18) + 'python3'.padStart(10) + 'pyrewind'.padStart(11) + 'ratio'.padStart(9) + '  output');
  const ratios: number[] = [];
  for (const p of programs) {
    const file = join(dir, p);
    spawnSync(process.execPath, [cli, 'run', file]); // warm the compile cache
    const py = time(python, [file]);
    const vm = time(process.execPath, [cli, 'run', file]);
    const same = py.out === vm.out;
    const ratio = vm.ms / py.ms;
    if (vm.ok && py.ok) ratios.push(ratio);
    const note = !vm.ok ? `FAILED: ${vm.out.trim().split('\n').pop()}` : same ? 'same' : 'DIFFERENT OUTPUT';
    console.log(
      p.padEnd(18) + py.ms.toFixed(0).padStart(10) + (vm.ok ? vm.ms.toFixed(0) : '-').padStart(11) +
        (vm.ok ? `${ratio.toFixed(2)}x` : '-').padStart(9) + `  ${note}`,
    );
  }
  const geo = ratios.length ? Math.exp(ratios.reduce((s, r) => s + Math.log(r), 0) / ratios.length) : NaN;
  console.log(`\ngeometric mean VM/CPython: ${geo.toFixed(2)}x over ${ratios.length} of ${programs.length} programs (target for now: <= 5x)`);
}

// ---- recording ------------------------------------------------------------------------------------
// The same programs at 1/RECORD_SCALE of their size, run and recorded by the CLI in the same run:
// steps recorded per second, recorded/unrecorded time, trace bytes per step. The ceiling to compare
// with is SQLite's own insert rate for rows of the steps table's shape, measured here too.

const RECORD_SCALE = process.env.PYREWIND_BENCH_RECORD_SCALE ?? '16';
const traceDir = mkdtempSync(join(tmpdir(), 'pyrewind-bench-'));
console.log(`\nrecording: the same programs at 1/${RECORD_SCALE} size, best of ${repeats} runs\n`);
console.log(
  'program'.padEnd(18) + 'steps'.padStart(11) + 'run ms'.padStart(9) + 'record ms'.padStart(11) + 'ratio'.padStart(8) +
    'M steps/s'.padStart(11) + 'B/step'.padStart(8),
);
// The fixed cost of any recording (start-up, the file's schema, finishing it), from an empty program: the
// rates below include it, as a user's wall clock does; the net rate (steps over the time beyond it) is
// what a long run approaches.
const emptyProgram = join(traceDir, 'empty.py');
writeFileSync(emptyProgram, 'pass\n');
spawnSync(process.execPath, [cli, 'run', emptyProgram]); // warm the compile cache
const fixed = time(process.execPath, [cli, 'record', '--no-progress', '-o', join(traceDir, 'empty.sqlite'), emptyProgram]);
const rates: number[] = [];
const netRates: number[] = [];
const sizes: number[] = [];
const slowdowns: number[] = [];
for (const p of programs) {
  const file = join(dir, p);
  const trace = join(traceDir, `${p}.sqlite`);
  if (onlyRecord) spawnSync(process.execPath, [cli, 'run', file]); // warm the compile cache
  const run = time(process.execPath, [cli, 'run', file, RECORD_SCALE]);
  const rec = time(process.execPath, [cli, 'record', '--no-progress', '-o', trace, file, RECORD_SCALE]);
  if (!run.ok || !rec.ok) {
    console.log(p.padEnd(18) + `  FAILED: ${(rec.ok ? run : rec).out.trim().split('\n').pop()}`);
    continue;
  }
  const steps = traceSteps(trace);
  const bytes = statSync(trace).size;
  const rate = steps / (rec.ms / 1000) / 1e6;
  rates.push(rate);
  netRates.push(steps / (Math.max(1, rec.ms - fixed.ms) / 1000) / 1e6);
  sizes.push(bytes / steps);
  slowdowns.push(rec.ms / run.ms);
  console.log(
    p.padEnd(18) + steps.toLocaleString('en-US').padStart(11) + run.ms.toFixed(0).padStart(9) + rec.ms.toFixed(0).padStart(11) +
      `${(rec.ms / run.ms).toFixed(2)}x`.padStart(8) + rate.toFixed(2).padStart(11) + (bytes / steps).toFixed(1).padStart(8),
  );
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log(
  `\nrecording: ${mean(rates).toFixed(2)} M steps/s on average (target >= 1.00), ` +
    `${mean(sizes).toFixed(1)} bytes/step (target <= 32), recorded/unrecorded ${mean(slowdowns).toFixed(2)}x`,
);
console.log(
  `fixed cost of a recording (an empty program): ${fixed.ms.toFixed(0)} ms; beyond it, ${mean(netRates).toFixed(2)} M steps/s on average`,
);
console.log(`SQLite ceiling: ${(sqliteInsertRate(join(traceDir, 'ceiling.sqlite')) / 1e6).toFixed(2)} M rows/s inserting rows shaped like steps (same writer)`);
rmSync(traceDir, { recursive: true, force: true });

function traceSteps(path: string): number {
  const t = Trace.open(path);
  const n = t.stepCount;
  t.close();
  return n;
}

/** Rows per second through the recorder's own writer (sink.ts), for rows of the steps table's shape. */
function sqliteInsertRate(path: string): number {
  const sink = new TraceSink(path);
  const rows = 2_000_000;
  const chunk = 8192;
  const t0 = performance.now();
  for (let done = 0; done < rows; done += chunk) {
    const cells: number[] = new Array(chunk * 3);
    for (let i = 0; i < chunk; i++) {
      cells[3 * i] = 1 + ((done + i) >> 10);
      cells[3 * i + 1] = 1 + ((done + i) % 50);
      cells[3 * i + 2] = 1 + ((done + i) % 997);
    }
    sink.insert('steps', cells);
  }
  sink.finish({ status: 'complete' });
  return rows / ((performance.now() - t0) / 1000);
}
