#!/usr/bin/env node
// The pyrewind command: runs the compiled CLI (npm install / npm run build compiles it into dist/, and
// bundles it into dist/bundle/, which loads faster; a bundle older than the compiled tree is not used).
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/cli/main.js', import.meta.url);
const bundled = new URL('../dist/bundle/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write('pyrewind: the TypeScript sources are not compiled yet; run `npm run build` first.\n');
  process.exit(2);
}
const fresh = existsSync(fileURLToPath(bundled)) && statSync(fileURLToPath(bundled)).mtimeMs >= statSync(fileURLToPath(main)).mtimeMs;
await import((fresh ? bundled : main).href);
