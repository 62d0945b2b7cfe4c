// Where pyrewind's own files and its bundled pyodide live on disk.
//
// Used by the compiler (to start its worker from the compiled tree and to name pyodide's version)
// and by the stdlib zip reader. Must not load pyodide: only paths and small metadata reads.

import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cachedRoot: string | null = null;
let cachedPyodideDir: string | null = null;

/**
 * The directory holding pyrewind's package.json. Found by walking up from this module, so it is the
 * same whether this file runs as dist/host/node/package_paths.js or as the .ts source under vitest.
 */
export function packageRoot(): string {
  if (cachedRoot !== null) return cachedRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && readPackageName(manifest) === 'pyrewind') {
      cachedRoot = dir;
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('pyrewind: cannot find the package root (package.json named "pyrewind")');
    dir = parent;
  }
}

function readPackageName(manifest: string): string | null {
  try {
    const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown };
    return typeof parsed.name === 'string' ? parsed.name : null;
  } catch {
    return null;
  }
}

/** The compiled form of a source file of this package, e.g. "host/node/compiler_worker.ts" -> <root>/dist/host/node/compiler_worker.js. */
export function compiledFile(sourceRelativeJs: string): string {
  return join(packageRoot(), 'dist', sourceRelativeJs);
}

/**
 * The file to start for an entry point of the CLI ("cli/run_worker.js"): its bundle in dist/bundle/
 * (scripts/bundle.mjs) when there is one at least as new as the compiled file, else the compiled file. A
 * `tsc` run rewrites every compiled file, so it is never shadowed by an older bundle.
 */
export function entryFile(sourceRelativeJs: string): string {
  const compiled = compiledFile(sourceRelativeJs);
  const bundled = join(packageRoot(), 'dist', 'bundle', sourceRelativeJs.split('/').pop()!);
  try {
    if (statSync(bundled).mtimeMs >= statSync(compiled).mtimeMs) return bundled;
  } catch {
    // no bundle (or no compiled file: then the Worker reports the missing file)
  }
  return compiled;
}

/** The installed pyodide package directory (resolved like an import, so hoisted installs work too). */
export function pyodideDir(): string {
  if (cachedPyodideDir !== null) return cachedPyodideDir;
  const require = createRequire(import.meta.url);
  cachedPyodideDir = dirname(require.resolve('pyodide/package.json'));
  return cachedPyodideDir;
}

/** pyodide's npm version, e.g. "314.0.7", read from its package.json. */
export function pyodideVersion(): string {
  const parsed = JSON.parse(readFileSync(join(pyodideDir(), 'package.json'), 'utf8')) as { version?: unknown };
  if (typeof parsed.version !== 'string') throw new Error('pyrewind: pyodide/package.json has no version');
  return parsed.version;
}

/** The CPython version pyodide embeds, e.g. "3.14.2", from pyodide-lock.json's "info" block. */
export function pyodidePythonVersion(): string {
  const lockPath = join(pyodideDir(), 'pyodide-lock.json');
  // The info block comes first; reading its head avoids parsing the whole (large) package list.
  const head = Buffer.alloc(1024);
  const fd = openSync(lockPath, 'r');
  let n: number;
  try {
    n = readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  const m = /"python"\s*:\s*"([^"]+)"/.exec(head.toString('utf8', 0, n));
  if (m !== null) return m[1]!;
  const parsed = JSON.parse(readFileSync(lockPath, 'utf8')) as { info?: { python?: unknown } };
  if (typeof parsed.info?.python !== 'string') throw new Error('pyrewind: pyodide-lock.json names no Python version');
  return parsed.info.python;
}
