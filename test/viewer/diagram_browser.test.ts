// The standalone HTML diagram (`pyrewind diagram --html`) in real headless Chromium (Debian's
// /usr/bin/chromium through playwright-core), opened from a file:// URL with no server: the step buttons
// and arrow keys show the columns up to the current step, nothing is requested from the network, no script
// error, and a program string holding markup is shown as text (no element made from it). Saves a
// screenshot under test/.artifacts/. Skipped, saying so, only where /usr/bin/chromium is absent.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { chromiumPresent, launchChromium, type Chromium } from './chromium.js';
import { recordSource, type Recorded } from '../recorder/record_helpers.js';
import { buildFlowDiagram } from '../../viewer/diagram/flow_model.js';
import { flowDiagramHtml } from '../../viewer/diagram/flow_html.js';

const haveChromium = chromiumPresent('diagram browser test');

const artifacts = join(__dirname, '..', '.artifacts');

describe.skipIf(!haveChromium)('the standalone HTML diagram in Chromium', () => {
  let rec: Recorded;
  let context: BrowserContext;
  let page: Page;
  let browser: Chromium | undefined;
  const problems: string[] = [];

  beforeAll(async () => {
    rec = recordSource("a = 1\nb = 2\nc = a * b\ns = '<script>alert(1)</script>'\n");
    const file = join(rec.dir, 'figure.html');
    writeFileSync(file, flowDiagramHtml(buildFlowDiagram(rec.trace, 1, rec.trace.stepCount)));
    browser = await launchChromium({ width: 1200, height: 700 });
    context = browser.context;
    page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) problems.push(`request: ${r.url()}`);
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 60_000 });
  });

  afterAll(async () => {
    await browser?.close();
  });

  const state = () =>
    page.evaluate(() => ({
      pos: document.getElementById('pos')!.textContent,
      shown: Array.from(document.querySelectorAll('g.column')).filter((g) => !g.classList.contains('hidden')).length,
      current: document.querySelector('.colbg.current')?.getAttribute('data-colbg') ?? null,
    }));

  it('steps with the arrow keys and the buttons, one column per step', async () => {
    const n = rec.trace.stepCount;
    expect(await state()).toEqual({ pos: `step 1  (1 of ${n})`, shown: 2, current: '1' });
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
    expect(await state()).toEqual({ pos: `step 8  (8 of ${n})`, shown: 9, current: '8' });
    // Step 8 is BINARY_OP *: its column shows the product, and the operand arrows are visible.
    const col8 = page.locator('g.column[data-col="8"]');
    expect(await col8.locator('.op').textContent()).toBe('BINARY_OP');
    expect(await col8.locator('.boxtext').allTextContents()).toEqual(['2']);
    expect(await page.locator('g[data-col="8"]:not(.column) path.arrow.op').count()).toBe(2);
    await page.keyboard.press('ArrowLeft');
    expect(await state()).toMatchObject({ shown: 8, current: '7' });
    await page.click('#last');
    expect(await state()).toEqual({ pos: `step ${n}  (${n} of ${n})`, shown: n + 1, current: String(n) });
    expect(await page.locator('#next').isDisabled()).toBe(true);
    await page.click('#first');
    expect(await state()).toEqual({ pos: 'before step 1', shown: 1, current: '0' });
    expect(await page.locator('#prev').isDisabled()).toBe(true);
    await page.keyboard.press('End');
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'diagram-html.png'), fullPage: true });
  });

  it('shows markup from the program as text, runs nothing from it, loads nothing', async () => {
    // The full value is the cell's tooltip (its <title>); the cell itself shows it, shortened to fit.
    const titles = await page.locator('text.celltext title').allTextContents();
    expect(titles).toContain("str: '<script>alert(1)</script>'");
    const shown = await page.locator('text.celltext').evaluateAll((els) => els.map((e) => e.lastChild?.textContent ?? ''));
    expect(shown.some((t) => t.startsWith("'<script>alert("))).toBe(true);
    expect(await page.locator('svg script, .fig-wrap script').count()).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('script').length)).toBe(2);
    expect(problems).toEqual([]);
  });
});
