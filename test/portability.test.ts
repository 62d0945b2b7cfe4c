// The VM core must run in a browser: nothing under vm/ may import a Node module or use Node globals.

import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p));
    else if (name.endsWith('.ts')) out.push(p);
  }
  return out;
}

/**
 * npm packages the VM may use: plain JavaScript without Node APIs, checked to run in browsers.
 * pako is zlib's deflate/inflate ported to JS (vm/modules/zlib.ts).
 */
const BROWSER_PACKAGES = new Set(['pako']);

describe('vm/ portability', () => {
  const files = tsFiles(join(__dirname, '..', 'vm'));

  it('finds the VM sources', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files)('%s imports no Node module and uses no Node global', (file) => {
    const src = readFileSync(file, 'utf8');
    // Static imports/re-exports (statements starting a line) and dynamic import('...').
    // The clause before `from` holds names and braces only: no quotes, so it cannot run into a string.
    const statements = /^\s*(?:import|export)\b[^;'"`]*?\bfrom\s+'([^']+)'|^\s*import\s+'([^']+)'|\bimport\('([^']+)'\)/gm;
    const imports = [...src.matchAll(statements)].map((m) => m[1] ?? m[2] ?? m[3]);
    for (const spec of imports) {
      expect(spec.startsWith('.') || BROWSER_PACKAGES.has(spec), `${file} imports '${spec}'`).toBe(true);
    }
    expect(/\b(process|Buffer|require|__dirname)\s*[.(]/.test(src.replace(/\/\/.*$/gm, '')), `${file} uses a Node global`).toBe(false);
  });
});
