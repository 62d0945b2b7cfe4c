// `npm run bench:viewer`: the viewer at scale. Records a program of about 10 million steps with the real
// CLI, then measures what issue 4 promises: opening the trace (Trace.open, the first API answers, and
// `pyrewind view` until it prints its URL), the API's seek latency for random jumps (in process and over
// HTTP), and in real headless Chromium the time from page load to the first rendered step and the jump
// latency (typed into the jump box with the keyboard, and through the URL), printed against the targets
// (open < 2 s, jump < 100 ms at the 95th percentile). A benchmark, not a test: it asserts nothing.
//
// PYREWIND_BENCH_TRACE=path reuses a trace instead of recording one; PYREWIND_BENCH_STEPS sets the
// loop count of the program (20 steps each; default 500,000: 10,000,048 steps).

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { packageRoot } from '../host/node/package_paths.js';
import { Trace } from '../schema/trace.js';
import { answerApi } from '../viewer/server/api.js';
import { defaultAppDir, startViewerServer } from '../viewer/server/server.js';

const OPEN_TARGET_MS = 2000;
const JUMP_TARGET_MS = 100;
const CHROMIUM = '/usr/bin/chromium';

const PROGRAM = `def step(x, i):
    if i % 3 == 0:
        x = x + i
    else:
        x = x - 1
    return x

def work(n):
    total = 0
    for i in range(n):
        total = step(total, i)
    return total

import sys
print(work(int(sys.argv[1])))
`;

const root = packageRoot();
const cli = join(root, 'dist', 'cli', 'main.js');

function percentile(values: number[], p: number): number {
  const v = [...values].sort((a, b) => a - b);
  return v[Math.min(v.length - 1, Math.max(0, Math.ceil((p / 100) * v.length) - 1))]!;
}

function verdict(ms: number, target: number): string {
  return ms < target ? `ok (target < ${target} ms)` : `MISSED (target < ${target} ms)`;
}

function line(label: string, ms: number, target?: number): void {
  console.log(`  ${label.padEnd(46)} ${ms.toFixed(1).padStart(9)} ms${target === undefined ? '' : '   ' + verdict(ms, target)}`);
}

function report(label: string, samples: number[], target?: number): void {
  console.log(`  ${label} (${samples.length} jumps)`);
  line('  p50', percentile(samples, 50));
  line('  p95', percentile(samples, 95), target);
  line('  max', Math.max(...samples));
}

/** A deterministic pseudo-random generator, so runs jump to the same steps. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function record(dir: string): string {
  const loops = Number(process.env.PYREWIND_BENCH_STEPS ?? 500_000);
  const prog = join(dir, 'scale.py');
  writeFileSync(prog, PROGRAM);
  const trace = join(dir, 'scale.trace.sqlite');
  console.log(`recording ${prog} (${loops.toLocaleString('en-US')} loops, about ${(loops * 20).toLocaleString('en-US')} steps) ...`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cli, 'record', '--no-progress', '--max-steps', String(loops * 40), '-o', trace, prog, String(loops)],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (!existsSync(trace)) throw new Error(`recording failed (status ${r.status}):\n${r.stderr}`);
  console.log(`  recorded in ${((performance.now() - t0) / 1000).toFixed(1)} s, ${(statSync(trace).size / 2 ** 20).toFixed(0)} MiB`);
  return trace;
}

/** Starts `pyrewind view trace --no-open` and times it until it prints its URL. */
function viewCommandStart(trace: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [cli, 'view', trace, '--port', '0', '--no-open'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (/http:\/\/127\.0\.0\.1:\d+\//.test(out)) {
        const ms = performance.now() - t0;
        child.kill('SIGTERM');
        resolve(ms);
      }
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.on('exit', (code) => {
      if (!/http:/.test(out)) reject(new Error(`pyrewind view exited with ${code}: ${err}`));
    });
  });
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pyrewind-viewer-bench-'));
  const closers: (() => Promise<void>)[] = [];
  try {
    if (!existsSync(join(defaultAppDir(), 'index.html'))) throw new Error('the viewer is not built: run `npm run build` first');
    const tracePath = process.env.PYREWIND_BENCH_TRACE ?? record(dir);

    console.log('\nopening the trace');
    let t0 = performance.now();
    const trace = Trace.open(tracePath);
    closers.push(async () => trace.close());
    const openMs = performance.now() - t0;
    const steps = trace.stepCount;
    console.log(`  ${steps.toLocaleString('en-US')} steps in ${tracePath}`);
    line('Trace.open', openMs);
    t0 = performance.now();
    answerApi(trace, '/api/meta', new URLSearchParams());
    answerApi(trace, '/api/step/1', new URLSearchParams());
    answerApi(trace, '/api/code/1', new URLSearchParams());
    answerApi(trace, '/api/timeline', new URLSearchParams({ buckets: '1400' }));
    const firstAnswers = performance.now() - t0;
    line('first answers (meta, step 1, code, timeline)', firstAnswers);
    line('open in process (Trace.open + first answers)', openMs + firstAnswers, OPEN_TARGET_MS);
    line('`pyrewind view` until it prints its URL', await viewCommandStart(tracePath), OPEN_TARGET_MS);

    console.log('\nAPI seek latency, random jumps');
    const rnd = random(42);
    const targets = Array.from({ length: 500 }, () => 1 + Math.floor(rnd() * steps));
    const inProcess: number[] = [];
    for (const n of targets) {
      const t = performance.now();
      const a = answerApi(trace, `/api/step/${n}`, new URLSearchParams());
      inProcess.push(performance.now() - t);
      if (a.status !== 200) throw new Error(`step ${n}: ${JSON.stringify(a.body)}`);
    }
    report('/api/step/N in process', inProcess, JUMP_TARGET_MS);
    const server = await startViewerServer(trace);
    closers.push(() => server.close());
    const overHttp: number[] = [];
    for (const n of targets.slice(0, 200)) {
      const t = performance.now();
      const res = await fetch(`${server.url}api/step/${n}`);
      await res.json();
      overHttp.push(performance.now() - t);
    }
    report('/api/step/N over HTTP', overHttp, JUMP_TARGET_MS);
    const zoom: number[] = [];
    for (let k = 0; k < 50; k++) {
      const a = 1 + Math.floor(rnd() * steps);
      const len = Math.floor(10 ** (2 + rnd() * 5));
      const t = performance.now();
      answerApi(trace, '/api/timeline', new URLSearchParams({ buckets: '1400', from: String(a), to: String(Math.min(steps, a + len)) }));
      zoom.push(performance.now() - t);
    }
    report('/api/timeline of a zoomed range (100 to 10M steps)', zoom, JUMP_TARGET_MS);
    // The control-flow graph scans the steps once per code object (then it is cached), in the server's
    // worker thread: no target for the count itself, but jumps must stay fast while it runs.
    const middle = trace.step(Math.floor(steps / 2))!;
    t0 = performance.now();
    let counted = 0;
    const cfgDone = fetch(`${server.url}api/cfg/${middle.codeId}`).then(async (r) => {
      await r.json();
      counted = performance.now() - t0;
    });
    const during: number[] = [];
    while (counted === 0 && during.length < 2000) {
      const n = 1 + Math.floor(rnd() * steps);
      const t = performance.now();
      await (await fetch(`${server.url}api/step/${n}`)).json();
      during.push(performance.now() - t);
    }
    await cfgDone;
    line('/api/cfg of the code running mid-run, first time', counted);
    if (during.length > 0) report('/api/step/N over HTTP while that graph is counted', during, JUMP_TARGET_MS);
    t0 = performance.now();
    await (await fetch(`${server.url}api/cfg/${middle.codeId}`)).json();
    line('/api/cfg of the same again (cached)', performance.now() - t0);

    if (!existsSync(CHROMIUM)) {
      console.log(`\n(no ${CHROMIUM}: browser figures skipped)`);
    } else {
      await browser(server.url, steps, rnd);
    }
  } finally {
    for (const close of closers.reverse()) await close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The figures the init script collects in the page (each function run in the page names it itself). */
interface PageFigures {
  __bench: { first: number; ready: number; enter: number; key: number; up: number; shown: Map<string, number>; zoomed: Map<string, number> };
}

async function browser(url: string, steps: number, rnd: () => number): Promise<void> {
  const { chromium } = await import('playwright-core');
  console.log('\nin headless Chromium');
  const profile = mkdtempSync(join(tmpdir(), 'pyrewind-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1400, height: 900 },
  });
  try {
    // Times, in page time (ms since navigation), of the first step drawn and of the timeline being ready;
    // and of each later step shown, for the jumps (taken after the next frame is painted). Page code is
    // written as text: this file is compiled without the DOM's types.
    await context.addInitScript({ content: `
      window.__bench = { first: 0, ready: 0, shown: new Map(), zoomed: new Map(), enter: 0, key: 0, up: 0 };
      document.addEventListener('keydown', (e) => {
        window.__bench.key = performance.now();
        if (e.key === 'Enter') window.__bench.enter = window.__bench.key;
      }, true);
      document.addEventListener('pointerup', () => { window.__bench.up = performance.now(); }, true);
      new MutationObserver(() => {
        const b = document.body;
        if (b === null) return;
        const step = b.dataset.step;
        if (step !== undefined && !window.__bench.shown.has(step)) {
          window.__bench.shown.set(step, -1);
          requestAnimationFrame(() => {
            const t = performance.now();
            if (window.__bench.first === 0) window.__bench.first = t;
            window.__bench.shown.set(step, t);
          });
        }
        if (b.dataset.ready === 'true' && window.__bench.ready === 0) window.__bench.ready = performance.now();
        const range = b.dataset.timeline;
        if (range !== undefined && !window.__bench.zoomed.has(range)) {
          window.__bench.zoomed.set(range, -1);
          requestAnimationFrame(() => window.__bench.zoomed.set(range, performance.now()));
        }
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-step', 'data-ready', 'data-timeline'] });
    ` });
    const page = await context.newPage();
    const loads: { first: number; ready: number }[] = [];
    for (let k = 0; k < 5; k++) {
      const n = 1 + Math.floor(rnd() * steps);
      await page.goto(`${url}#step=${n}`, { waitUntil: 'load' });
      await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
      await page.waitForFunction(() => (globalThis as unknown as PageFigures).__bench.first > 0);
      loads.push(await page.evaluate(() => ({ first: (globalThis as unknown as PageFigures).__bench.first, ready: (globalThis as unknown as PageFigures).__bench.ready })));
    }
    line('page load to first rendered step (median of 5)', percentile(loads.map((l) => l.first), 50), OPEN_TARGET_MS);
    line('page load to timeline drawn (median of 5)', percentile(loads.map((l) => l.ready), 50), OPEN_TARGET_MS);

    const shownAt = async (n: number): Promise<number> => {
      await page.waitForFunction((step) => ((globalThis as unknown as PageFigures).__bench.shown.get(String(step)) ?? -1) > 0, n, { polling: 'raf', timeout: 30_000 });
      return await page.evaluate((step) => (globalThis as unknown as PageFigures).__bench.shown.get(String(step))!, n);
    };
    // A step not shown yet on this page, so its arrival is a new mark.
    const fresh = (): number => 1 + Math.floor(rnd() * steps);
    const keyboard: number[] = [];
    for (let k = 0; k < 60; k++) {
      const n = fresh();
      await page.keyboard.press('g');
      await page.keyboard.type(String(n));
      await page.keyboard.press('Enter');
      const t = await shownAt(n);
      keyboard.push(t - (await page.evaluate(() => (globalThis as unknown as PageFigures).__bench.enter)));
    }
    report('jump typed into the jump box (g, step, Enter) to painted', keyboard, JUMP_TARGET_MS);
    const viaUrl: number[] = [];
    for (let k = 0; k < 60; k++) {
      const n = fresh();
      const t0 = await page.evaluate((step) => {
        const t = performance.now();
        (globalThis as unknown as { location: { hash: string } }).location.hash = `#step=${step}`;
        return t;
      }, n);
      viaUrl.push((await shownAt(n)) - t0);
    }
    report('jump through the URL (#step=N) to painted', viaUrl, JUMP_TARGET_MS);
    // Step by step from fresh places: key press (in the page) to the next step painted.
    const arrows: number[] = [];
    for (let k = 0; k < 40; k++) {
      let n = fresh();
      if (n >= steps) n = steps - 1;
      await page.evaluate((step) => {
        (globalThis as unknown as { location: { hash: string } }).location.hash = `#step=${step}`;
      }, n);
      await shownAt(n);
      await page.keyboard.press('ArrowRight');
      const t = await shownAt(n + 1);
      arrows.push(t - (await page.evaluate(() => (globalThis as unknown as PageFigures).__bench.key)));
    }
    report('next instruction (→) to painted', arrows, JUMP_TARGET_MS);
    // Brushing the overview: pointer up to the zoomed range drawn at its own resolution.
    const zooms: number[] = [];
    const box = (await page.locator('#timeline-brush').boundingBox())!;
    for (let k = 0; k < 20; k++) {
      const a = 0.05 + rnd() * 0.8;
      const b = a + 0.001 + rnd() * (0.95 - a);
      const y = box.y + box.height / 2;
      await page.keyboard.press('z');
      await page.mouse.move(box.x + box.width * a, y);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * b, y, { steps: 3 });
      await page.mouse.up();
      const up = await page.evaluate(() => (globalThis as unknown as PageFigures).__bench.up);
      await page.waitForFunction((t0) => {
        const z = (globalThis as unknown as PageFigures).__bench.zoomed;
        const d = (globalThis as unknown as { document: { body: { dataset: { timeline?: string } } } }).document.body.dataset.timeline;
        return d !== undefined && (z.get(d) ?? -1) > t0;
      }, up, { polling: 'raf', timeout: 30_000 });
      const drawn = await page.evaluate(() => {
        const d = (globalThis as unknown as { document: { body: { dataset: { timeline?: string } } } }).document.body.dataset.timeline!;
        const f = (globalThis as unknown as PageFigures).__bench;
        const t = f.zoomed.get(d)!;
        f.zoomed.delete(d);
        return t;
      });
      zooms.push(drawn - up);
    }
    report('timeline zoom by brushing, pointer up to drawn', zooms, JUMP_TARGET_MS);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((e: Error) => {
  console.error(e);
  process.exitCode = 1;
});
