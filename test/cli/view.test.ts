// `pyrewind view` as a user runs it (a child process of the compiled CLI): serves a trace on 127.0.0.1 and
// prints the URL, records a .py first, and refuses an unreadable trace or a busy port with one clear line.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const cli = join(root, 'bin', 'pyrewind.js');
let dir: string;
const children: ChildProcess[] = [];

/** Starts `pyrewind view ...` and resolves with the URL it prints (and the child). */
function startView(args: string[]): Promise<{ child: ChildProcess; url: string; stdout: () => string }> {
  const child = spawn(process.execPath, [cli, 'view', ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  let err = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /at (http:\/\/127\.0\.0\.1:\d+\/)\n/.exec(out);
      if (m !== null) resolve({ child, url: m[1]!, stdout: () => out });
    });
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.on('exit', (code) => reject(new Error(`view exited ${code}: ${out}${err}`)));
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.on('exit', (code) => resolve(code));
    child.kill('SIGINT');
  });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pyrewind-view-cli-'));
  writeFileSync(join(dir, 'prog.py'), 'import sys\nx = 6 * 7\nprint(x, sys.argv[1:])\n');
});

afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
});

describe('pyrewind view', () => {
  it('records a program first, then serves its trace and the app on 127.0.0.1 until interrupted', async () => {
    const { child, url, stdout } = await startView(['--no-open', 'prog.py', '-a', 'b']);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(stdout()).toContain("42 ['-a', 'b']\n");
    expect(stdout()).toContain('pyrewind: viewing prog.trace.sqlite (');
    expect(existsSync(join(dir, 'prog.trace.sqlite'))).toBe(true);
    const meta = (await (await fetch(`${url}api/meta`)).json()) as { stepCount: number; status: string };
    expect(meta.status).toBe('complete');
    expect(meta.stepCount).toBeGreaterThan(5);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>pyrewind viewer</title>');
    expect(await stop(child)).toBe(0);
  });

  it('serves an existing trace with the options after it, and says when the port is busy', async () => {
    const trace = join(dir, 'prog.trace.sqlite');
    if (!existsSync(trace)) spawnSync(process.execPath, [cli, 'record', 'prog.py'], { cwd: dir, timeout: 120_000 });
    const first = await startView([trace, '--no-open', '--port', '0']);
    const port = new URL(first.url).port;
    const step = (await (await fetch(`${first.url}api/step/1`)).json()) as { instruction: { opname: string } };
    expect(step.instruction.opname).toBe('RESUME');
    const busy = spawnSync(process.execPath, [cli, 'view', trace, '--no-open', '--port', port], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    expect(busy.status).toBe(1);
    expect(busy.stderr).toBe(`pyrewind: port ${port} is already in use; choose another with --port N (or --port 0 for any free port)\n`);
    expect(await stop(first.child)).toBe(0);
  });

  it('refuses a file that is not a trace with the reader\'s message, exit 1', () => {
    writeFileSync(join(dir, 'notes.txt'), 'hello');
    const r = spawnSync(process.execPath, [cli, 'view', '--no-open', 'notes.txt'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('pyrewind: notes.txt is not a pyrewind trace (not an SQLite database)\n');
    const none = spawnSync(process.execPath, [cli, 'view', '--no-open', 'missing.sqlite'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    expect(none.status).toBe(1);
    expect(none.stderr).toBe('pyrewind: missing.sqlite: no such file\n');
  });

  it('rejects unknown options after a trace and bad port numbers', () => {
    const r = spawnSync(process.execPath, [cli, 'view', 'prog.trace.sqlite', '--colour'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown option or argument '--colour'");
    const p = spawnSync(process.execPath, [cli, 'view', '--port', '70000', 'prog.trace.sqlite'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    expect(p.status).not.toBe(0);
    expect(p.stderr).toContain('expected a port number from 0 to 65535.');
  });
});
