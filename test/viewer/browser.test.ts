// The viewer end to end in real headless Chromium (Debian's /usr/bin/chromium driven by playwright-core):
// open a recorded trace, travel with keys, the jump box, breakpoints (continuing backward), variable
// writes and the timeline, and check what the page shows against the trace. Saves a screenshot under
// test/.artifacts/. Skipped, saying so, only where /usr/bin/chromium is absent.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { chromiumPresent, ensureViewerBuilt, launchChromium, type Chromium } from './chromium.js';
import { recordSource, type Recorded } from '../recorder/record_helpers.js';
import { startViewerServer, type ViewerServer } from '../../viewer/server/server.js';
import { PROGRAM, allSteps, lineEvents, type StepRow } from './viewer_helpers.js';

const haveChromium = chromiumPresent('viewer browser tests');

const root = join(__dirname, '..', '..');
const artifacts = join(root, 'test', '.artifacts');
const WAIT = { timeout: 60_000 };

describe.skipIf(!haveChromium)('the viewer in Chromium', () => {
  let rec: Recorded;
  let steps: StepRow[];
  let server: ViewerServer;
  let context: BrowserContext;
  let page: Page;
  let browser: Chromium | undefined;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  /** Waits until the page shows step `n` completely. */
  const shown = async (n: number): Promise<void> => {
    await page.waitForSelector(`body[data-step="${n}"]`, WAIT);
  };
  const stackReprs = () => page.locator('#stack .stack-item:not(.leaving) .repr').allTextContents();
  const variable = (frame: string, name: string) => page.locator(`#frames .frame${frame} .var[data-name="${name}"]`);
  const expectedStack = (n: number) => rec.trace.stackAt(n).map((v) => rec.trace.valueAt(v.objectId, n).repr);

  beforeAll(async () => {
    ensureViewerBuilt();
    rec = recordSource(PROGRAM);
    steps = allSteps(rec.trace);
    server = await startViewerServer(rec.trace);
    browser = await launchChromium({ width: 1400, height: 900 });
    context = browser.context;
    page = await context.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
    await page.goto(`${server.url}#step=1`, { waitUntil: 'load', timeout: 60_000 });
    await shown(1);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('steps forward and back by instruction with the arrow keys', async () => {
    await expect(page.locator('#current-instruction').textContent()).resolves.toContain('RESUME');
    for (let n = 2; n <= 6; n++) {
      await page.keyboard.press('ArrowRight');
      await shown(n);
    }
    const s6 = rec.trace.step(6)!;
    expect(await page.locator('#current-instruction').textContent()).toContain(s6.opname);
    expect(await page.locator('#bytecode .dis-row.current .dis-op').textContent()).toBe(s6.opname);
    expect(await stackReprs()).toEqual(expectedStack(6));
    await page.keyboard.press('ArrowLeft');
    await shown(5);
    expect(await stackReprs()).toEqual(expectedStack(5));
    expect(page.url()).toContain('#step=5');
  });

  it('jumps to a step and shows its instruction, sub-expression, stack and frames', async () => {
    const mul = steps.find((s) => s.opname === 'BINARY_OP' && s.line === 2)!.step;
    await page.keyboard.press('g');
    await page.keyboard.type(String(mul));
    await page.keyboard.press('Enter');
    await shown(mul);
    expect(await page.locator('#current-instruction').textContent()).toContain('BINARY_OP 5 (*)');
    expect(await page.locator('#source .src-line.current').getAttribute('data-line')).toBe('2');
    expect(await page.locator('#source mark.expr').textContent()).toBe('x * 2');
    expect(await page.locator('#bytecode .dis-row.current .dis-op').textContent()).toBe('BINARY_OP');
    expect(await stackReprs()).toEqual(['0']);
    expect(await page.locator('#frames .frame .frame-head').allTextContents()).toEqual(['double  line 2', '<module>  line 7']);
    expect(await variable('.current', 'x').locator('.repr').textContent()).toBe('0');
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'viewer-in-call.png'), fullPage: true });
    // The next step stores y, marked as just written.
    await page.keyboard.press('ArrowRight');
    await shown(mul + 1);
    await expect(variable('.current', 'y').getAttribute('class')).resolves.toBe('var changed');
    expect(await variable('.current', 'y').locator('.repr').textContent()).toBe('0');
  });

  it('continues backward and forward to a breakpoint', async () => {
    const last = rec.trace.stepCount;
    await page.keyboard.press('End');
    await shown(last);
    await page.locator('#source .src-line[data-line="2"] .gutter').click();
    await page.waitForSelector('#source .src-line.bp[data-line="2"]', WAIT);
    const arrivals = lineEvents(steps).filter((e) => e.line === 2).map((e) => e.step);
    expect(arrivals).toHaveLength(3);
    await page.keyboard.press('Shift+C');
    await shown(arrivals[2]!);
    expect(await variable('.current', 'x').locator('.repr').textContent()).toBe('2');
    await page.keyboard.press('Shift+C');
    await shown(arrivals[1]!);
    expect(await variable('.current', 'x').locator('.repr').textContent()).toBe('1');
    await page.keyboard.press('c');
    await shown(arrivals[2]!);
    // Remove it again for the other tests.
    await page.locator('#source .src-line[data-line="2"] .gutter').click();
    await page.waitForSelector('#source .src-line[data-line="2"]:not(.bp)', WAIT);
  });

  it('goes to the previous write of a variable by clicking it, and steps over and out', async () => {
    const last = rec.trace.stepCount;
    await page.keyboard.press('End');
    await shown(last);
    expect(await page.locator('#output').textContent()).toBe('6 <script>alert(1)</script>\n');
    const total = rec.trace.locals(1, last).find((v) => v.name === 'total')!;
    const writes = rec.trace.history(total.scopeId, total.nameId).map((w) => w.step);
    await variable('.current', 'total').locator('.name').click();
    await shown(writes[3]!);
    expect(await variable('.current', 'total').locator('.repr').textContent()).toBe('6');
    expect(await variable('.current', 'total').getAttribute('class')).toBe('var changed');
    await variable('.current', 'total').locator('.name').click();
    await shown(writes[2]!);
    expect(await variable('.current', 'total').locator('.repr').textContent()).toBe('2');
    expect(await page.locator('#output').textContent()).toBe('');
    await variable('.current', 'total').locator('.next-write').click();
    await shown(writes[3]!);
    // Into double's frame, then out of it: back in the module after the return.
    const inDouble = steps.find((s) => s.line === 3)!;
    await page.goto(`${server.url}#step=${inDouble.step}`);
    await shown(inDouble.step);
    const frame = rec.trace.frame(inDouble.frameId)!;
    await page.keyboard.press('o');
    await shown(frame.returnStep! + 1);
    expect(await page.locator('#frames .frame').count()).toBe(1);
    // Back into double's last step, then backward out of it: to the call.
    await page.keyboard.press('ArrowLeft');
    await shown(frame.returnStep!);
    expect(await page.locator('#frames .frame').count()).toBe(2);
    await page.keyboard.press('Shift+O');
    await shown(frame.callStep);
    expect(await page.locator('#current-instruction').textContent()).toContain('CALL');
    // Stepping over the call line lands on the loop's next line in the module, not inside double.
    await page.keyboard.press('n');
    const over = steps.find((s) => s.step > frame.callStep && s.frameId === steps[0]!.frameId && s.line !== null && s.line !== 7)!;
    await shown(over.step);
    expect(await page.locator('#source .src-line.current').getAttribute('data-line')).toBe('6');
  });

  it('travels with the timeline and opens the step named in the URL', async () => {
    const box = (await page.locator('#timeline').boundingBox())!;
    const x = Math.floor(box.width * 0.5);
    await page.mouse.click(box.x + x, box.y + box.height / 2);
    const expected = 1 + Math.min(rec.trace.stepCount - 1, Math.floor((x / box.width) * rec.trace.stepCount));
    await shown(expected);
    const other = await context.newPage();
    await other.goto(`${server.url}#step=7`);
    await other.waitForSelector('body[data-step="7"]', WAIT);
    expect(await other.locator('#step-input').inputValue()).toBe('7');
    await other.close();
  });

  it('lists the shortcuts on ?', async () => {
    await page.keyboard.press('?');
    await page.waitForSelector('#help:not([hidden])', WAIT);
    const help = await page.locator('#help-keys').textContent();
    for (const words of ['next instruction', 'step over', 'step out', 'continue backward', 'jump to a step']) expect(help).toContain(words);
    await page.keyboard.press('Escape');
    await page.waitForSelector('#help[hidden]', { state: 'attached', ...WAIT });
  });

  it('shows markup stored by the program as text, never as markup', async () => {
    const last = rec.trace.stepCount;
    await page.keyboard.press('End');
    await shown(last);
    const msg = variable('.current', 'msg').locator('.repr');
    expect(await msg.textContent()).toBe("'<script>alert(1)</script>'");
    expect(await msg.evaluate((e) => e.innerHTML)).toBe("'&lt;script&gt;alert(1)&lt;/script&gt;'");
    expect(await variable('.current', 'items').locator('.repr').textContent()).toBe("[6, '<script>alert(1)</script>']");
    // The source line holding it is text too, and no script or element was injected anywhere.
    expect(await page.locator('#source .src-line[data-line="8"] .src-text').textContent()).toBe("msg = '<script>alert(1)</script>'");
    expect(await page.evaluate(() => document.querySelectorAll('script').length)).toBe(1);
    expect(await page.evaluate(() => document.querySelectorAll('#panes script, #panes img, #panes iframe').length)).toBe(0);
    // Opened, the list shows its items as text; going back before the append, it shows one item.
    await variable('.current', 'items').locator('.repr').click();
    const entries = page.locator('#frames .frame.current .object .object-entry .repr');
    await page.waitForSelector('#frames .frame.current .object .object-entry', WAIT);
    expect(await entries.allTextContents()).toEqual(['6', "'<script>alert(1)</script>'"]);
    const append = steps.find((s) => s.line === 10 && s.opname === 'CALL')!.step;
    await page.keyboard.press('g');
    await page.keyboard.type(String(append - 1));
    await page.keyboard.press('Enter');
    await shown(append - 1);
    await page.waitForFunction(() => document.querySelectorAll('#frames .frame.current .object .object-entry').length === 1, undefined, WAIT);
    expect(await entries.allTextContents()).toEqual(['6']);
    await page.keyboard.press('End');
    await shown(last);
    await page.waitForFunction(() => document.querySelectorAll('#frames .frame.current .object .object-entry').length === 2, undefined, WAIT);
    expect(await page.evaluate(() => document.querySelectorAll('script').length)).toBe(1);
    expect(dialogs).toEqual([]);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'viewer.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
