#!/usr/bin/env node
// The pyrewind command: runs the compiled CLI (npm install / npm run build compiles it into dist/).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write('pyrewind: the TypeScript sources are not compiled yet; run `npm run build` first.\n');
  process.exit(2);
}
await import(main.href);
