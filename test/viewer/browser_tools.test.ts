// The viewer's timeline zoom, control-flow graph panel and export links, end to end in real headless
// Chromium (Debian's /usr/bin/chromium driven by playwright-core) over a recorded five-turn loop: brushing
// the overview zooms the main strip (asking the server for that range), scrubbing still travels inside it,
// double-click / button / `z` zoom out; the CFG tab shows the edge counts worked out by hand with the
// current block highlighted; the SVG and HTML links download the flow diagram of the chosen steps. Saves
// a screenshot under test/.artifacts/. Skipped, saying so, only where /usr/bin/chromium is absent.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { chromiumPresent, ensureViewerBuilt, launchChromium, type Chromium } from './chromium.js';
import { recordSource, type Recorded } from '../recorder/record_helpers.js';
import { startViewerServer, type ViewerServer } from '../../viewer/server/server.js';
import { xmlProblem } from './xml_check.js';

const haveChromium = chromiumPresent('viewer browser tests');

const root = join(__dirname, '..', '..');
const artifacts = join(root, 'test', '.artifacts');
const WAIT = { timeout: 60_000 };

/** Five turns of a loop; the `if` is true for i = 0, 2, 4 and false for i = 1, 3. */
const LOOP = ['n = 0', 'for i in range(5):', '    if i % 2 == 0:', '        n = n + i', 'print(n)', ''].join('\n');

interface ShownBlock {
  index: number;
  ops: string[];
  current: boolean;
  entries: number;
}

interface ShownEdge {
  from: number;
  to: number;
  kind: string;
  count: number;
  label: string;
}

describe.skipIf(!haveChromium)('timeline zoom, control flow and exports in Chromium', () => {
  let rec: Recorded;
  let server: ViewerServer;
  let context: BrowserContext;
  let page: Page;
  let browser: Chromium | undefined;
  const requests: string[] = [];
  const pageErrors: string[] = [];

  const shown = async (n: number): Promise<void> => {
    await page.waitForSelector(`body[data-step="${n}"]`, WAIT);
  };
  const zoomedTo = async (from: number, to: number): Promise<void> => {
    await page.waitForSelector(`body[data-timeline="${from}:${to}"]`, WAIT);
  };
  /** The range zoomed into, once it differs from `before` (the whole run by default). */
  const zoomed = async (before = `1:${rec.trace.stepCount}`): Promise<[number, number]> => {
    await page.waitForFunction((b) => (document.body.dataset.timeline ?? b) !== b, before, WAIT);
    const [a, b] = (await page.evaluate(() => document.body.dataset.timeline!)).split(':').map(Number);
    return [a!, b!];
  };
  /** Drags on the overview strip from fraction fa to fb of its width. */
  const brush = async (fa: number, fb: number): Promise<void> => {
    const box = (await page.locator('#timeline-brush').boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width * fa, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * ((fa + fb) / 2), y, { steps: 4 });
    await page.mouse.move(box.x + box.width * fb, y, { steps: 4 });
    await page.mouse.up();
  };

  beforeAll(async () => {
    ensureViewerBuilt();
    rec = recordSource(LOOP);
    server = await startViewerServer(rec.trace);
    browser = await launchChromium({ width: 1400, height: 900, acceptDownloads: true });
    context = browser.context;
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${server.url}#step=1`, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForSelector('body[data-ready="true"]', WAIT);
    await shown(1);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rec?.trace.close();
  });

  it('zooms into a brushed range, scrubs inside it, and zooms out', async () => {
    const n = rec.trace.stepCount;
    expect(await page.locator('#timeline-zoom-out').isDisabled()).toBe(true);
    await brush(0.25, 0.6);
    const [a, b] = await zoomed();
    // The overview maps x to steps linearly over the whole run.
    expect(Math.abs(a - (1 + Math.floor(0.25 * n)))).toBeLessThanOrEqual(1);
    expect(Math.abs(b - (1 + Math.floor(0.6 * n)))).toBeLessThanOrEqual(1);
    expect(requests.some((u) => u.includes('api/timeline?') && u.includes(`from=${a}&to=${b}`))).toBe(true);
    expect(await page.locator('#timeline-range').textContent()).toBe(`steps ${a}–${b}`);
    expect(await page.locator('#timeline-zoom-out').isDisabled()).toBe(false);
    // A short range is offered for export.
    expect(await page.locator('#export-from').inputValue()).toBe(String(a));
    expect(await page.locator('#export-to').inputValue()).toBe(String(b));
    // Scrubbing the main strip now travels inside the zoomed range.
    const main = (await page.locator('#timeline').boundingBox())!;
    const x = Math.floor(main.width * 0.5);
    await page.mouse.click(main.x + x, main.y + main.height / 2);
    const span = b - a + 1;
    await shown(a + Math.min(span - 1, Math.floor((x / main.width) * span)));
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'viewer-zoomed.png') });
    // A narrower window asks for the same range again, at its new width.
    const asked = (w: number) => requests.filter((u) => u.includes('api/timeline?') && u.includes(`from=${a}&to=${b}`) && u.includes(`buckets=${w}&`));
    const before = requests.filter((u) => u.includes(`from=${a}&to=${b}`)).length;
    await page.setViewportSize({ width: 1000, height: 900 });
    const width = await page.locator('#timeline').evaluate((c) => Math.round(c.clientWidth * window.devicePixelRatio));
    await expect.poll(() => asked(width).length, WAIT).toBeGreaterThan(0);
    expect(requests.filter((u) => u.includes(`from=${a}&to=${b}`)).length).toBeGreaterThan(before);
    expect(await page.evaluate(() => document.body.dataset.timeline)).toBe(`${a}:${b}`);
    await page.setViewportSize({ width: 1400, height: 900 });
    // Double-click zooms out.
    await page.mouse.dblclick(main.x + 5, main.y + main.height / 2);
    await zoomedTo(1, n);
    expect(await page.locator('#timeline-zoom-out').isDisabled()).toBe(true);
    expect(await page.locator('#timeline-range').textContent()).toBe('');
    // So do the button and the key.
    await brush(0.1, 0.3);
    const [c] = await zoomed();
    expect(Math.abs(c - (1 + Math.floor(0.1 * n)))).toBeLessThanOrEqual(1);
    await page.locator('#timeline-zoom-out').click();
    await zoomedTo(1, n);
    await brush(0.5, 0.9);
    await zoomed();
    await page.keyboard.press('z');
    await zoomedTo(1, n);
  });

  it('shows the control-flow graph with the edge counts worked out by hand, current block marked', async () => {
    const steps = Array.from({ length: rec.trace.stepCount }, (_, k) => rec.trace.step(k + 1)!);
    const add = steps.find((s) => s.opname === 'BINARY_OP' && s.line === 4)!;
    await page.goto(`${server.url}#step=${add.step}`);
    await shown(add.step);
    await page.locator('#tab-cfg').click();
    await page.waitForSelector('#cfg svg g.cfg-block.current', WAIT);
    expect(await page.locator('#bytecode').isHidden()).toBe(true);
    const blocks: ShownBlock[] = await page.locator('#cfg g.cfg-block').evaluateAll((els) => els.map((e) => ({
      index: Number(e.getAttribute('data-index')),
      ops: [...e.querySelectorAll('text.cfg-ins .cfg-op')].map((t) => t.textContent ?? ''),
      current: e.classList.contains('current'),
      entries: Number(e.getAttribute('data-entries')),
    })));
    const edges: ShownEdge[] = await page.locator('#cfg g.cfg-edge').evaluateAll((els) => els.map((e) => ({
      from: Number(e.getAttribute('data-from')), to: Number(e.getAttribute('data-to')), kind: e.getAttribute('data-kind') ?? '',
      count: Number(e.getAttribute('data-count')), label: e.querySelector('text.cfg-count')?.textContent ?? '',
    })));
    for (const e of edges) expect(e.label).toBe(`×${e.count}`);
    const first = (op: string) => blocks.find((b) => b.ops[0] === op)!;
    const count = (from: ShownBlock, to: ShownBlock) => edges.find((e) => e.from === from.index && e.to === to.index)?.count;
    const forIter = first('FOR_ITER');
    const body = blocks[forIter.index + 1]!;
    const test = blocks.find((b) => /^POP_JUMP_IF_/.test(b.ops[b.ops.length - 1]!))!;
    const addBlock = blocks.find((b) => b.ops.includes('BINARY_OP') && b !== body && b.ops.includes('STORE_NAME'))!;
    // Into the loop once, 5 turns, out once; the if into `n = n + i` for i = 0, 2, 4; twice past it.
    expect(forIter.entries).toBe(6);
    expect(count(blocks[forIter.index - 1]!, forIter)).toBe(1);
    expect(count(forIter, body)).toBe(5);
    expect(count(forIter, first('POP_ITER'))).toBe(1);
    expect(test).toBe(body);
    expect(count(test, addBlock)).toBe(3);
    expect(edges.filter((e) => e.from === test.index && e.to !== addBlock.index).map((e) => e.count)).toEqual([2]);
    expect(edges.filter((e) => e.to === forIter.index && e.kind === 'jump').reduce((s, e) => s + e.count, 0)).toBe(5);
    // The current block is the one holding step's instruction, which is marked in it.
    expect(blocks.filter((b) => b.current).map((b) => b.index)).toEqual([addBlock.index]);
    expect(await page.locator('#cfg g.cfg-block.current text.cfg-ins.current').getAttribute('data-offset')).toBe(String(add.offset));
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'viewer-cfg.png'), fullPage: true });
    // Travelling on to the FOR_ITER moves the highlight there.
    const next = steps.find((s) => s.step > add.step && s.opname === 'FOR_ITER')!;
    for (let k = add.step + 1; k <= next.step; k++) {
      await page.keyboard.press('ArrowRight');
      await shown(k);
    }
    await page.waitForFunction((i) => document.querySelector('#cfg g.cfg-block.current')?.getAttribute('data-index') === String(i), forIter.index, WAIT);
    // `f` goes back to the bytecode.
    await page.keyboard.press('f');
    await page.waitForSelector('#bytecode:not([hidden])', WAIT);
    expect(await page.locator('#cfg').isHidden()).toBe(true);
  });

  it('downloads the flow diagram of the chosen steps as SVG and as standalone HTML', async () => {
    await page.locator('#export-from').fill('2');
    await page.locator('#export-from').dispatchEvent('change');
    await page.locator('#export-to').fill('9');
    await page.locator('#export-to').dispatchEvent('change');
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.locator('#export-svg').click()]);
    expect(svgDownload.suggestedFilename()).toBe('steps-2-9.svg');
    const svg = readFileSync((await svgDownload.path())!, 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(xmlProblem(svg)).toBeNull();
    for (let n = 2; n <= 9; n++) expect(svg).toContain(`>${rec.trace.step(n)!.opname}<`);
    // The range stays chosen while travelling.
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('#export-from').inputValue()).toBe('2');
    const [htmlDownload] = await Promise.all([page.waitForEvent('download'), page.locator('#export-html').click()]);
    expect(htmlDownload.suggestedFilename()).toBe('steps-2-9.html');
    const html = readFileSync((await htmlDownload.path())!, 'utf8');
    expect(html.toLowerCase().startsWith('<!doctype html>')).toBe(true);
    for (let n = 2; n <= 9; n++) expect(html).toContain(rec.trace.step(n)!.opname);
    // Too long a range is cut to what a figure shows, saying so.
    await page.locator('#export-to').fill('500');
    await page.locator('#export-to').dispatchEvent('change');
    expect(await page.locator('#export-to').inputValue()).toBe(String(Math.min(61, rec.trace.stepCount)));
    expect(pageErrors).toEqual([]);
  });
});
