// `npm run bench`: runs each benchmark program in pyrewind and in the machine's python3, in the same
// run, and prints each time ratio VM/CPython and their geometric mean. A benchmark, not a test: it
// asserts nothing. Each program is run once first so the compile cache is warm.

import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { packageRoot } from '../host/node/package_paths.js';

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
