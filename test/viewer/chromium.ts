// Real headless Chromium for the viewer's end-to-end tests: Debian's /usr/bin/chromium driven by
// playwright-core (nothing is downloaded), in a throwaway profile, with the viewer app built first if the
// tree has not built it yet. The tests skip, saying so, only where /usr/bin/chromium is absent.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { defaultAppDir } from '../../viewer/server/server.js';

export const CHROMIUM = '/usr/bin/chromium';

/** Whether Chromium is installed; if not, warns that `what` is skipped. */
export function chromiumPresent(what: string): boolean {
  const present = existsSync(CHROMIUM);
  if (!present) console.warn(`${what} skipped: ${CHROMIUM} is not installed (apt-get install chromium)`);
  return present;
}

/** Builds the viewer app (npm run build:viewer) unless it is built. */
export function ensureViewerBuilt(): void {
  if (existsSync(join(defaultAppDir(), 'index.html'))) return;
  const root = join(__dirname, '..', '..');
  const b = spawnSync('npm', ['run', 'build:viewer'], { cwd: root, encoding: 'utf8', timeout: 300_000 });
  if (b.status !== 0) throw new Error(`building the viewer failed:\n${b.stdout}\n${b.stderr}`);
}

export interface Chromium {
  context: BrowserContext;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

/** Starts headless Chromium with a fresh profile. */
export async function launchChromium(options: { width: number; height: number; acceptDownloads?: boolean }): Promise<Chromium> {
  const profile = mkdtempSync(join(tmpdir(), 'pyrewind-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: options.acceptDownloads ?? false,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    viewport: { width: options.width, height: options.height },
    timeout: 120_000,
  });
  context.setDefaultTimeout(60_000);
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
