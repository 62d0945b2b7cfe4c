// Bundles the CLI's entry points (dist/cli/main.js and the two worker scripts) into single files under
// dist/bundle/, after `tsc` has compiled the tree. Node loads one 2 MB file about 100 ms faster than the
// 300 modules it is made of (each is found, read and linked on its own), and every `pyrewind` command
// starts by loading them: half of the start-up time of a short run.
//
// The bundles are an optimisation only: bin/pyrewind.js and host/node/package_paths.ts (entryFile) use a
// bundle only when it is newer than its unbundled twin, so a plain `tsc` run (which rewrites every file
// of dist/) is never shadowed by an old bundle. Packages stay external (better-sqlite3 is native; pyodide
// loads its own files). The bundles are split at dynamic imports (shared code goes to chunks/), so that a
// command loads only what it runs: `record`'s main thread does not parse the VM that its worker runs.
// Run by `npm run build`; must not be imported.

import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url))); // scripts/ -> the package root
const dist = join(root, 'dist');
const out = join(dist, 'bundle');
rmSync(out, { recursive: true, force: true }); // chunk names carry hashes: old ones must not pile up
mkdirSync(out, { recursive: true });

await build({
  entryPoints: ['cli/main.js', 'cli/run_worker.js', 'cli/record_worker.js'].map((f) => join(dist, f)),
  outdir: out,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});

// Data files that modules read as text next to themselves (new URL(name, import.meta.url)) rather than
// import: in a bundle, "next to themselves" is dist/bundle/ or dist/bundle/chunks/, wherever the
// splitter put the module that reads them.
for (const f of ['vm/objects/doc_data.js', 'vm/modules/unicodedata/ucd_data.js']) {
  for (const dir of [out, join(out, 'chunks')]) copyFileSync(join(dist, f), join(dir, f.split('/').pop()));
}
