// Test helper: the compiler worker runs from dist/, so tests that start it need an up-to-date build.
// Fails with a clear instruction instead of letting a stale worker produce confusing results.

import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compilerWorkerPath } from '../../host/node/pyodide_backend.js';
import { packageRoot } from '../../host/node/package_paths.js';

export function requireFreshBuild(): void {
  const worker = compilerWorkerPath();
  const advice = `run \`npx tsc -p ${packageRoot()}\` before these tests`;
  if (!existsSync(worker)) throw new Error(`${worker} is missing: ${advice}`);
  const sourceDir = join(packageRoot(), 'host', 'node');
  for (const name of readdirSync(sourceDir)) {
    if (!name.endsWith('.ts')) continue;
    const built = join(packageRoot(), 'dist', 'host', 'node', name.replace(/\.ts$/, '.js'));
    if (!existsSync(built) || statSync(built).mtimeMs < statSync(join(sourceDir, name)).mtimeMs) {
      throw new Error(`${built} is older than its source: ${advice}`);
    }
  }
}
