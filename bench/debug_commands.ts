// Debugger latency on a large trace (run by hand, not a test): records a long-running program (or takes
// a trace file), then times each debugger command at several places in the trace and prints the median
// and worst milliseconds per command. The goal is under 50 ms each at 10 million steps (the default size;
// recording them takes about half a minute).
//
//   npx tsc -p tsconfig.json && node dist/bench/debug_commands.js [--steps N] [trace.sqlite]
//
// Must not be imported by anything else; it writes its temporary trace under the OS temp directory.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Trace } from '../schema/trace.js';
import { Debugger } from '../debugger/commands.js';

const PROGRAM = `def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def gen(k):
    for j in range(k):
        yield j

class Box:
    def __init__(self, v):
        self.v = v

total = 0
items = []; squares = [x * x for x in range(200000)]
big = sum(x for x in range(300000))
for i in range(10 ** 9):
    total += fib(i % 12)
    for g in gen(3):
        total += g
    if i % 100 == 0:
        items.append(Box(i))
        print(i, total)
`;

function parseArgs(): { steps: number; trace: string | null } {
  const args = process.argv.slice(2);
  let steps = 10_000_000;
  let trace: string | null = null;
  for (let k = 0; k < args.length; k++) {
    if (args[k] === '--steps') steps = Number(args[++k].replace(/_/g, ''));
    else trace = args[k];
  }
  return { steps, trace };
}

function record(steps: number, dir: string): string {
  const prog = join(dir, 'bench_debug.py');
  writeFileSync(prog, PROGRAM);
  const out = join(dir, 'bench_debug.sqlite');
  const cli = fileURLToPath(new URL('../../bin/pyrewind.js', import.meta.url));
  const started = Date.now();
  const r = spawnSync(process.execPath, [cli, 'record', '--no-progress', '--max-steps', String(steps), '-o', out, prog], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 3 && r.status !== 0) throw new Error(`recording failed with status ${r.status}`);
  process.stdout.write(`recorded ${steps.toLocaleString('en-US')} steps in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return out;
}

function time(dbg: Debugger, setup: string[], cmd: string): number {
  for (const s of setup) dbg.execute(s);
  const t0 = process.hrtime.bigint();
  dbg.execute(cmd);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function main(): void {
  const { steps, trace: given } = parseArgs();
  const dir = mkdtempSync(join(tmpdir(), 'pyrewind-bench-debug-'));
  try {
    const path = given ?? record(steps, dir);
    const trace = Trace.open(path);
    const n = trace.stepCount;
    if (!trace.hasFrameRuns()) process.stdout.write('this trace has no frame_runs table (recorded before it existed): the debugger falls back to scans\n');
    const places = [Math.floor(n * 0.1), Math.floor(n * 0.5), Math.floor(n * 0.9), n - 50];
    // Each command at each place: the commands that set it up (not timed), then the command (timed).
    const cases: [string, string[], string][] = [
      ['stepi', [], 'stepi'], ['rstepi', [], 'rstepi'], ['step', [], 'step'], ['rstep', [], 'rstep'],
      ['next', [], 'next'], ['rnext', [], 'rnext'], ['finish', [], 'finish'], ['rfinish', [], 'rfinish'],
      ['continue (break 20)', ['clear', 'break 20'], 'continue'], ['rcontinue (break 20)', ['clear', 'break 20'], 'rcontinue'],
      ['continue (break Box)', ['clear', 'break Box.__init__'], 'continue'], ['rcontinue (break Box)', ['clear', 'break Box.__init__'], 'rcontinue'],
      ['continue (watch items)', ['clear', 'watch items'], 'continue'], ['rcontinue (watch total)', ['clear', 'watch total'], 'rcontinue'],
      ['print total', [], 'print total'], ['print items[0].v', [], 'print items[0].v'], ['locals', [], 'locals'], ['globals', [], 'globals'],
      ['stack', [], 'stack'], ['where', [], 'where'], ['list', [], 'list'], ['dis', [], 'dis'], ['goto', [], `goto ${Math.floor(n / 3)}`],
      ['output', [], 'output'],
    ];
    process.stdout.write(`${n.toLocaleString('en-US')} steps; ms per command at 10%, 50%, 90% and the end of the trace\n`);
    process.stdout.write(`${'command'.padEnd(44)} ${'median'.padStart(8)} ${'worst'.padStart(8)}\n`);
    const report = (label: string, ms: number[]): void => {
      ms.sort((a, b) => a - b);
      const median = ms.length % 2 === 1 ? ms[(ms.length - 1) / 2] : (ms[ms.length / 2 - 1] + ms[ms.length / 2]) / 2;
      const worst = ms[ms.length - 1];
      process.stdout.write(`${label.padEnd(44)} ${median.toFixed(2).padStart(8)} ${worst.toFixed(2).padStart(8)}${worst > 50 ? '  SLOW' : ''}\n`);
    };
    for (const [label, setup, cmd] of cases) {
      report(label, places.map((at) => time(new Debugger(trace), [...setup, `goto ${at}`], cmd)));
    }
    // The hard cases: a list comprehension (a 200,000-iteration loop on one line of the module, line 15),
    // one step of the module that runs a 300,000-item generator (line 16), moves in and
    // out of that generator, a line breakpoint hit only once, near the start (line 14), searched for from
    // far away, and breakpoints whose condition or ignore count passes many crossings (those cost a few
    // seeks per crossing passed: what pdb would do by running the program). Each is timed three times.
    const once: [string, string[], string][] = [
      ['next over a list comprehension (line 15)', ['break 15', 'continue'], 'next'],
      ['rnext back over it', ['break 15', 'continue', 'next'], 'rnext'],
      ['next over sum(genexpr) (line 16)', ['break 16', 'continue'], 'next'],
      ['rnext back over it', ['break 16', 'continue', 'next'], 'rnext'],
      ['step into the genexpr', ['break 16', 'continue'], 'step'],
      ['finish from the genexpr (mid-run)', ['break 16', 'continue', 'next', 'rstep', 'rstep', 'rstep'], 'finish'],
      ['rfinish from the genexpr (mid-run)', ['break 16', 'continue', 'next', 'rstep', 'rstep', 'rstep'], 'rfinish'],
      ['up; next out of the genexpr', ['break 16', 'continue', 'next', 'rstep', 'rstep', 'up'], 'next'],
      ['up; rnext out of the genexpr', ['break 16', 'continue', 'next', 'rstep', 'rstep', 'up'], 'rnext'],
      ['next in gen() (a yield)', ['break 8', `goto ${places[1]}`, 'continue'], 'next'],
      ['rnext in gen() (a resume)', ['break 8', `goto ${places[1]}`, 'continue', 'next', 'next'], 'rnext'],
      ['rcontinue to a hit at the start', ['break 14', 'end'], 'rcontinue'],
      ['continue with no later hit', ['break 14', `goto ${places[0]}`], 'continue'],
      ['tbreak; continue', ['tbreak 22', `goto ${places[1]}`], 'continue'],
      ['continue (break 18, i == +100 iterations)', [], 'continue'],
      ['rcontinue (break 18, i == -100 iterations)', [], 'rcontinue'],
      ['continue (ignore 100 crossings)', ['break 18', 'ignore 1 100', `goto ${places[0]}`], 'continue'],
      ['output at the end', ['end'], 'output'],
    ];
    // Conditions on i a hundred loop iterations away from where the search starts (the middle).
    const iMid = Number(trace.variable(trace.frame(1)!.globalsScopeId, 'i', places[1])?.repr ?? 0);
    once.find((c) => c[0].startsWith('continue (break 18'))![1].push(`break 18, i == ${iMid + 100}`, `goto ${places[1]}`);
    once.find((c) => c[0].startsWith('rcontinue (break 18'))![1].push(`break 18, i == ${iMid - 100}`, `goto ${places[1]}`);
    for (const [label, setup, cmd] of once) report(label, [0, 1, 2].map(() => time(new Debugger(trace), setup, cmd)));
    trace.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
