// Every VM module must load correctly whichever module a program (or test) imports first: classes
// extended at load time and methods registered at load time must never meet a half-initialised module
// of an import cycle. Each compiled module is imported first in a fresh process, then the whole VM.

import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const dist = join(__dirname, '..', '..', 'dist', 'vm');

function jsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...jsFiles(p));
    else if (name.endsWith('.js')) out.push(p);
  }
  return out;
}

describe('import order', () => {
  it('every compiled VM module can be the first one imported', async () => {
    const files = jsFiles(dist);
    expect(files.length).toBeGreaterThan(50);
    const index = pathToFileURL(join(dist, 'index.js')).href;
    const failures: string[] = [];
    const queue = [...files];
    const worker = async (): Promise<void> => {
      for (let f = queue.shift(); f !== undefined; f = queue.shift()) {
        const script = `await import(${JSON.stringify(pathToFileURL(f).href)}); await import(${JSON.stringify(index)});`;
        try {
          await run(process.execPath, ['--input-type=module', '-e', script]);
        } catch (e) {
          const msg = (e as { stderr?: string }).stderr ?? String(e);
          failures.push(`${f.slice(dist.length + 1)}: ${msg.split('\n').find((l) => /Error/.test(l)) ?? msg}`);
        }
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));
    expect(failures).toEqual([]);
  }, 300_000);
});
