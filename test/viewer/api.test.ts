// The viewer's JSON API (viewer/server/api.ts) over a recorded trace, and its HTTP server: what a step
// shows, the navigation searches (checked against brute force over every step), and that nothing but the
// app and the API can be reached (traversal in every spelling, other hosts, other methods), on 127.0.0.1.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordSource, type Recorded } from '../recorder/record_helpers.js';
import { answerApi, stepState } from '../../viewer/server/api.js';
import { startViewerServer, type ViewerServer } from '../../viewer/server/server.js';
import { resolveAppFile } from '../../viewer/server/static_files.js';
import type { FoundJson, MetaJson, ObjectJson, StepJson, TimelineJson } from '../../viewer/server/api_types.js';
import { PROGRAM, allSteps, lineEvents, rawGet, type StepRow } from './viewer_helpers.js';

let rec: Recorded;
let steps: StepRow[];

const api = (path: string, query = ''): { status: number; body: unknown } =>
  answerApi(rec.trace, path, new URLSearchParams(query));
const find = (what: string, from: number, back = false, extra = ''): number | null => {
  const a = api('/api/find', `what=${what}&from=${from}&dir=${back ? 'back' : 'forward'}${extra}`);
  expect(a.status).toBe(200);
  return (a.body as FoundJson).step;
};

beforeAll(() => {
  rec = recordSource(PROGRAM);
  steps = allSteps(rec.trace);
});

describe('step state', () => {
  it('meta names the program file and the step count', () => {
    const m = api('/api/meta').body as MetaJson;
    expect(m.stepCount).toBe(rec.trace.stepCount);
    expect(m.stepCount).toBeGreaterThan(50);
    expect(m.status).toBe('complete');
    const main = m.files.find((f) => f.fileId === m.mainFileId)!;
    expect(main.path).toBe(join(rec.dir, 'main.py'));
  });

  it('shows the instruction, the value stack, the call stack with locals and the caller line', () => {
    // The first time `y = x * 2` multiplies: x is 0, the stack holds x and 2 before, the product after.
    const mul = steps.find((s) => s.opname === 'BINARY_OP' && s.line === 2)!;
    const before = stepState(rec.trace, mul.step - 1)!;
    expect(before.stack.map((v) => v.repr)).toEqual(['0', '2']);
    const s = stepState(rec.trace, mul.step)!;
    expect(s.instruction).toMatchObject({ opname: 'BINARY_OP', argrepr: '*', line: 2, col: 8, endCol: 13 });
    expect(s.stack.map((v) => [v.repr, v.type])).toEqual([['0', 'int']]);
    expect(s.frames.map((f) => [f.qualname, f.line])).toEqual([['<module>', 7], ['double', 2]]);
    expect(s.depth).toBe(1);
    const [module, double] = s.frames;
    expect(double!.locals.map((v) => [v.name, v.repr, v.changed])).toEqual([['x', '0', false]]);
    expect(double!.localsAreGlobals).toBe(false);
    expect(module!.localsAreGlobals).toBe(true);
    expect(s.globals.map((v) => v.name)).toEqual(['double', 'total', 'i']);
    // The next step stores y: marked as changed there.
    const store = stepState(rec.trace, mul.step + 1)!;
    expect(store.instruction.opname).toBe('STORE_FAST');
    expect(store.writes).toEqual([{ scopeId: -double!.frameId, name: 'y', deleted: false }]);
    expect(store.frames[1]!.locals.map((v) => [v.name, v.repr, v.changed])).toEqual([['x', '0', false], ['y', '0', true]]);
  });

  it('shows a list with its contents at that step, and the output so far', () => {
    const made = steps.find((s) => s.opname === 'STORE_NAME' && s.line === 9)!.step;
    const at = stepState(rec.trace, made)!;
    expect(at.frames[0]!.locals.find((v) => v.name === 'items')!.repr).toBe('[6]');
    expect(at.output.stdout).toBe('');
    const last = stepState(rec.trace, rec.trace.stepCount)!;
    expect(last.frames[0]!.locals.find((v) => v.name === 'items')!.repr).toBe("[6, '<script>alert(1)</script>']");
    expect(last.output).toEqual({ stdout: '6 <script>alert(1)</script>\n', stderr: '' });
  });

  it('opens an object: its items at that step', () => {
    const made = steps.find((s) => s.opname === 'STORE_NAME' && s.line === 9)!.step;
    const items = stepState(rec.trace, made)!.frames[0]!.locals.find((v) => v.name === 'items')!;
    const at = (n: number) => api(`/api/object/${items.objectId}`, `step=${n}`).body as ObjectJson;
    expect(at(made)).toMatchObject({ type: 'list', kind: 'items', size: 1 });
    expect(at(made).entries.map((e) => [e.key, e.value.repr])).toEqual([[null, '6']]);
    expect(at(rec.trace.stepCount).entries.map((e) => e.value.repr)).toEqual(['6', "'<script>alert(1)</script>'"]);
    expect(api('/api/object/99999', 'step=1').status).toBe(404);
    expect(api(`/api/object/${items.objectId}`).status).toBe(400);
  });

  it('leaves out the variables of the middle of a deep call stack', () => {
    const deep = recordSource('def down(n):\n    if n == 0:\n        return 0\n    return down(n - 1)\ndown(40)\n');
    try {
      const all = allSteps(deep.trace);
      const bottom = all.find((s) => s.opname === 'RETURN_VALUE' && deep.trace.frame(s.frameId)!.depth === 41)!;
      const state = stepState(deep.trace, bottom.step)!;
      expect(state.frames).toHaveLength(42);
      expect(state.frames.map((f) => f.localsOmitted)).toEqual(state.frames.map((_, i) => i > 0 && i < 42 - 25));
      expect(state.frames[41]!.locals.map((v) => [v.name, v.repr])).toEqual([['n', '0']]);
      expect(state.frames[17]!.locals.map((v) => [v.name, v.repr])).toEqual([['n', '24']]);
      expect(state.frames[16]!.locals).toEqual([]);
      expect(state.frames[0]!.locals.map((v) => v.name)).toEqual(['down']);
    } finally {
      deep.trace.close();
    }
  });

  it('answers bad or missing steps with 400 and 404', () => {
    expect(api('/api/step/0').status).toBe(404);
    expect(api(`/api/step/${rec.trace.stepCount + 1}`).status).toBe(404);
    expect(api('/api/step/abc').status).toBe(400);
    expect(api('/api/step/1e3').status).toBe(400);
    expect(api('/api/nothing').status).toBe(404);
    expect(api('/api/step/1/extra').status).toBe(404);
  });

  it('serves code objects in dis order with labels, and source files', () => {
    const s = stepState(rec.trace, 1)!;
    const code = api(`/api/code/${s.codeId}`).body as { qualname: string; instructions: { offset: number; opname: string; label: number | null }[] };
    expect(code.qualname).toBe('<module>');
    expect(code.instructions[0]).toMatchObject({ offset: 0, opname: 'RESUME' });
    const offsets = code.instructions.map((i) => i.offset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    expect(code.instructions.some((i) => i.label === 1)).toBe(true);
    const file = api(`/api/file/${s.fileId}`).body as { source: string };
    expect(file.source).toBe(PROGRAM);
    expect(api('/api/code/9999').status).toBe(404);
  });

  it('gives a timeline of depth and line over the run, and a capped range of steps', () => {
    const t = api('/api/timeline', 'buckets=10').body as TimelineJson;
    expect(t.steps).toBe(rec.trace.stepCount);
    expect(t.buckets).toHaveLength(10);
    expect(Math.max(...t.buckets.map((b) => b.maxDepth))).toBe(1);
    expect(Math.min(...t.buckets.map((b) => b.minDepth))).toBe(0);
    expect(t.buckets[0]!.first).toBe(1);
    const r = api('/api/range', 'from=1&to=3').body as { steps: { instruction: { opname: string } }[] };
    expect(r.steps.map((s) => s.instruction.opname)[0]).toBe('RESUME');
    expect(api('/api/range', 'from=1&to=5000').status).toBe(400);
  });
});

describe('navigation searches agree with brute force at every step', () => {
  it('instruction and line steps', () => {
    for (const s of steps) {
      expect(find('instruction', s.step)).toBe(s.step < steps.length ? s.step + 1 : null);
      expect(find('instruction', s.step, true)).toBe(s.step > 1 ? s.step - 1 : null);
      const next = steps.find((t) => t.step > s.step && t.line !== null && (t.frameId !== s.frameId || t.line !== s.line));
      expect(find('line', s.step)).toBe(next?.step ?? null);
    }
  });

  it('step over stays in the frame or returns to the caller; step out leaves the frame', () => {
    for (const s of steps) {
      const f = rec.trace.frame(s.frameId)!;
      const end = f.returnStep!;
      const inFrame = steps.find((t) => t.step > s.step && t.step <= end && t.frameId === s.frameId && t.line !== null && t.line !== s.line);
      const after = end < steps.length ? end + 1 : null;
      expect(find('over', s.step)).toBe(inFrame?.step ?? after);
      expect(find('out', s.step)).toBe(after);
      expect(find('out', s.step, true)).toBe(f.callStep > 0 ? f.callStep : null);
      // Stepping over never lands deeper than where it started.
      const to = find('over', s.step);
      if (to !== null) expect(rec.trace.frame(rec.trace.step(to)!.frameId)!.depth).toBeLessThanOrEqual(f.depth);
    }
  });

  it('step over from the call line skips the whole call; backward comes back to where the line began', () => {
    const line7 = steps.find((s) => s.line === 7)!;
    const over = find('over', line7.step)!;
    expect(steps[over - 1]).toMatchObject({ line: 6, frameId: line7.frameId });
    const back = find('over', over, true)!;
    expect(back).toBe(line7.step);
    // From inside double, backward over its first line goes to the call.
    const firstInDouble = steps.find((s) => s.frameId !== line7.frameId && s.line === 2)!;
    const f = rec.trace.frame(firstInDouble.frameId)!;
    expect(find('over', f.callStep + 1, true)).toBe(f.callStep);
  });

  it('continues to breakpoints forward and backward, as line arrivals', () => {
    const fileId = stepState(rec.trace, 1)!.fileId;
    const events = lineEvents(steps);
    for (const lines of [[2], [3, 9], [7]]) {
      const points = `&points=${lines.map((l) => `${fileId}:${l}`).join(',')}`;
      const hits = events.filter((e) => lines.includes(e.line!)).map((e) => e.step);
      expect(hits.length).toBeGreaterThan(0);
      for (const s of steps) {
        expect(find('breakpoint', s.step, false, points)).toBe(hits.find((h) => h > s.step) ?? null);
        expect(find('breakpoint', s.step, true, points)).toBe([...hits].reverse().find((h) => h < s.step) ?? null);
      }
    }
    // Line 2 runs once per call of double: three arrivals.
    expect(events.filter((e) => e.line === 2)).toHaveLength(3);
    expect(find('breakpoint', 1, false, '')).toBeNull();
    expect(api('/api/find', 'what=breakpoint&from=1&points=x').status).toBe(400);
  });

  it('finds the previous and next write of a variable', () => {
    const last = stepState(rec.trace, rec.trace.stepCount)!;
    const total = last.frames[0]!.locals.find((v) => v.name === 'total')!;
    const writes = rec.trace.history(total.scopeId, total.nameId).map((w) => w.step);
    expect(writes).toHaveLength(4);
    const q = `&scope=${total.scopeId}&name=${total.nameId}`;
    expect(find('write', rec.trace.stepCount, true, q)).toBe(writes[3]);
    expect(find('write', writes[3]!, true, q)).toBe(writes[2]);
    expect(find('write', writes[0]!, true, q)).toBeNull();
    expect(find('write', 1, false, q)).toBe(writes[0]);
    expect(find('write', writes[1]!, false, q)).toBe(writes[2]);
    expect(stepState(rec.trace, writes[2]!)!.frames[0]!.locals.find((v) => v.name === 'total')!.repr).toBe('2');
  });

  it('rejects malformed searches', () => {
    expect(api('/api/find', 'what=over&from=x').status).toBe(400);
    expect(api('/api/find', 'what=teleport&from=1').status).toBe(400);
    expect(api('/api/find', 'what=over&from=1&dir=sideways').status).toBe(400);
    expect(find('over', rec.trace.stepCount + 5)).toBeNull();
  });
});

describe('the HTTP server', () => {
  let server: ViewerServer;
  let appDir: string;

  beforeAll(async () => {
    // A stand-in app directory, with a secret next to it and a symlink pointing out of it.
    const base = mkdtempSync(join(tmpdir(), 'pyrewind-view-'));
    appDir = join(base, 'dist');
    mkdirSync(join(appDir, 'assets'), { recursive: true });
    writeFileSync(join(appDir, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(appDir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(base, 'secret.txt'), 'SECRET');
    symlinkSync(join(base, 'secret.txt'), join(appDir, 'link.txt'));
    server = await startViewerServer(rec.trace, { appDir });
  });

  afterAll(async () => {
    await server?.close();
  });

  it('listens on 127.0.0.1 only, on a free port, and prints that URL', () => {
    const address = server.server.address() as { address: string; port: number };
    expect(address.address).toBe('127.0.0.1');
    expect(address.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${address.port}/`);
  });

  it('serves the app and the API', async () => {
    const index = await rawGet(server.port, '/');
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.body).toContain('<title>app</title>');
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    const js = await rawGet(server.port, '/assets/app.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const step = await rawGet(server.port, '/api/step/2');
    expect(step.status).toBe(200);
    expect((JSON.parse(step.body) as StepJson).step).toBe(2);
    const found = await rawGet(server.port, '/api/find?what=line&from=1');
    expect(JSON.parse(found.body)).toEqual({ step: find('line', 1) });
  });

  it('refuses every path outside the app, however it is spelled', async () => {
    const attempts = [
      '/../../etc/passwd', '/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/%2E%2E%2Fsecret.txt',
      '/%2e%2e%2f%2e%2e%2fetc%2fpasswd', '/..%2fsecret.txt', '/assets%2f..%2f..%2fsecret.txt', '/..\\secret.txt',
      '/%5c..%5csecret.txt', '/%252e%252e/secret.txt', '/.%2e/secret.txt', '//etc/passwd', '/etc/passwd',
      '/index.html%00.js', '/link.txt', '/./index.html', '/%c0%ae%c0%ae/secret.txt', '/assets/', '/api/../../secret.txt',
      '/api/step/..%2f..%2fsecret.txt', 'http://127.0.0.1/../secret.txt', '*',
    ];
    for (const path of attempts) {
      const r = await rawGet(server.port, path);
      expect(r.status, path).toBeGreaterThanOrEqual(400);
      expect(r.body, path).not.toContain('SECRET');
      expect(r.body, path).not.toContain('root:');
    }
  });

  it('refuses other hosts (DNS rebinding) and methods other than GET and HEAD', async () => {
    expect((await rawGet(server.port, '/api/meta', 'evil.example:80')).status).toBe(403);
    expect((await rawGet(server.port, '/api/meta', `localhost:${server.port}`)).status).toBe(200);
    expect((await rawGet(server.port, '/api/meta', `127.0.0.1:${server.port}`, 'POST')).status).toBe(405);
    const head = await rawGet(server.port, '/api/meta', `127.0.0.1:${server.port}`, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('says clearly when the port is busy', async () => {
    await expect(startViewerServer(rec.trace, { appDir, port: server.port })).rejects.toThrow(
      `port ${server.port} is already in use; choose another with --port N (or --port 0 for any free port)`,
    );
  });

  it('resolves only plain names inside the app directory', () => {
    expect(resolveAppFile(appDir, '/')?.path).toBe(join(appDir, 'index.html'));
    expect(resolveAppFile(appDir, '/assets/app.js')?.contentType).toBe('text/javascript; charset=utf-8');
    expect(resolveAppFile(appDir, '/../secret.txt')).toBeNull();
    expect(resolveAppFile(appDir, '/link.txt')).toBeNull();
    expect(resolveAppFile(appDir, '/%E0%A4%A')).toBeNull();
    expect(resolveAppFile(join(appDir, 'none'), '/')).toBeNull();
  });
});
