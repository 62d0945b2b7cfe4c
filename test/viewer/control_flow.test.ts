// The viewer's newer answers over recorded traces: the control-flow graph of a code object with the run's
// edge counts (schema/control_flow.ts, /api/cfg), checked against counts worked out by hand for a small
// loop; the timeline of a zoomed range (/api/timeline?from&to), exact and sampled; and the flow-diagram
// exports (/api/export/svg|html) over HTTP, as `pyrewind diagram` writes them.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSource, type Recorded } from '../recorder/record_helpers.js';
import { answerApi } from '../../viewer/server/api.js';
import { startViewerServer, type ViewerServer } from '../../viewer/server/server.js';
import { basicBlocks, controlFlowGraph, type ControlFlowGraph } from '../../schema/control_flow.js';
import { buildFlowDiagram } from '../../viewer/diagram/flow_model.js';
import { flowDiagramSvg } from '../../viewer/diagram/flow_svg.js';
import type { CfgJson, TimelineJson } from '../../viewer/server/api_types.js';
import { xmlProblem } from './xml_check.js';
import { rawGet } from './viewer_helpers.js';

/** Five turns of a loop; the `if` is true for i = 0, 2, 4 and false for i = 1, 3. */
export const LOOP = ['n = 0', 'for i in range(5):', '    if i % 2 == 0:', '        n = n + i', 'print(n)', ''].join('\n');

let rec: Recorded;
let g: ControlFlowGraph;

const blockStartingWith = (graph: ControlFlowGraph, opname: string) => graph.blocks.find((b) => b.instructions[0]!.opname === opname)!;
const blockEndingWith = (graph: ControlFlowGraph, opname: string) =>
  graph.blocks.find((b) => b.instructions[b.instructions.length - 1]!.opname === opname)!;
const edge = (graph: ControlFlowGraph, from: number, to: number) => graph.edges.find((e) => e.from === from && e.to === to);

beforeAll(() => {
  rec = recordSource(LOOP);
  g = controlFlowGraph(rec.trace, rec.trace.step(1)!.codeId);
});

describe('the control-flow graph of a loop', () => {
  it('splits the code into basic blocks at jumps and their targets', () => {
    // Every block but the last ends in a jump, an exit, or right before another block's leader.
    const offsets = g.blocks.flatMap((b) => b.instructions.map((i) => i.offset));
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    expect(offsets).toEqual(rec.trace.instructions(g.codeId).map((i) => i.offset));
    const forIter = blockStartingWith(g, 'FOR_ITER');
    expect(forIter.instructions).toHaveLength(1);
    for (const b of g.blocks) {
      for (const i of b.instructions.slice(0, -1)) expect(i.opname).not.toMatch(/JUMP|FOR_ITER|RETURN/);
    }
  });

  it('counts each edge as the run took it (worked out by hand)', () => {
    const forIter = blockStartingWith(g, 'FOR_ITER');
    // Entered once from the code before the loop, then once after each of the 5 turns.
    expect(forIter.entries).toBe(6);
    const body = g.blocks[forIter.index + 1]!;
    expect(edge(g, forIter.index, body.index)).toMatchObject({ kind: 'fall', count: 5 });
    expect(edge(g, forIter.index - 1, forIter.index)).toMatchObject({ kind: 'fall', count: 1 });
    // Exhausted once: on past the END_FOR, to the code after the loop.
    // (Its edge to the END_FOR, where only a generator's return lands, is never taken here.)
    const after = g.edges.filter((e) => e.from === forIter.index && e.to !== body.index);
    expect(after.map((e) => [g.blocks[e.to]!.instructions[0]!.opname, e.kind, e.count]).sort()).toEqual([
      ['END_FOR', 'jump', 0], ['POP_ITER', 'jump', 1],
    ]);
    // The if (laid out either way round): three times into `n = n + i`, twice past it.
    const test = g.blocks.find((b) => /^POP_JUMP_IF_/.test(b.instructions[b.instructions.length - 1]!.opname))!;
    const taken = g.edges.filter((e) => e.from === test.index);
    expect(taken).toHaveLength(2);
    const adds = (e: { to: number }) => g.blocks[e.to]!.instructions.some((i) => i.opname === 'BINARY_OP' && i.argrepr === '+');
    expect(taken.find(adds)!.count).toBe(3);
    expect(taken.find((e) => !adds(e))!.count).toBe(2);
    // The back edges into FOR_ITER add up to the 5 turns.
    const back = g.edges.filter((e) => e.to === forIter.index && e.kind === 'jump');
    expect(back.reduce((s, e) => s + e.count, 0)).toBe(5);
    // Every block's entries are what flowed in (the first block is entered by the frame's start).
    for (const b of g.blocks) {
      const inflow = g.edges.filter((e) => e.to === b.index).reduce((s, e) => s + e.count, 0);
      expect(b.entries).toBe(inflow + (b.index === 0 ? 1 : 0));
    }
    expect(g.calls).toBe(1);
  });

  it('counts exception edges to handlers the run reached', () => {
    const r = recordSource(['for i in range(3):', '    try:', '        1 / (i - 1)', '    except ZeroDivisionError:', '        pass', ''].join('\n'));
    const cfg = controlFlowGraph(r.trace, r.trace.step(1)!.codeId);
    const handler = cfg.edges.filter((e) => e.kind === 'exception');
    expect(handler.reduce((s, e) => s + e.count, 0)).toBe(1);
    expect(cfg.blocks[handler[0]!.from]!.instructions.some((i) => i.opname === 'BINARY_OP')).toBe(true);
    r.trace.close();
  });

  it('counts calls into traced code between a block end and its successor', () => {
    // FOR_ITER over a generator: the generator's steps come between the FOR_ITER and the loop body.
    const r = recordSource(['def gen():', '    yield 1', '    yield 2', '', 'for x in gen():', '    x = x + 1', ''].join('\n'));
    const cfg = controlFlowGraph(r.trace, r.trace.step(1)!.codeId);
    const forIter = blockStartingWith(cfg, 'FOR_ITER');
    expect(edge(cfg, forIter.index, forIter.index + 1)!.count).toBe(2);
    // The generator's return lands on the END_FOR (a list iterator's exhaustion skips it).
    const endFor = blockStartingWith(cfg, 'END_FOR');
    expect(edge(cfg, forIter.index, endFor.index)).toMatchObject({ kind: 'jump', count: 1 });
    expect(endFor.entries).toBe(1);
    r.trace.close();
  });

  it('is served by /api/cfg/<code id>, and 404 for no such code object', () => {
    const a = answerApi(rec.trace, `/api/cfg/${g.codeId}`, new URLSearchParams());
    expect(a.status).toBe(200);
    const body = a.body as CfgJson;
    expect(body.blocks.map((b) => b.entries)).toEqual(g.blocks.map((b) => b.entries));
    expect(body.edges.map((e) => e.count)).toEqual(g.edges.map((e) => e.count));
    expect(body.blocks[0]!.instructions[0]!.opname).toBe('RESUME');
    expect(answerApi(rec.trace, '/api/cfg/9999', new URLSearchParams()).status).toBe(404);
    expect(answerApi(rec.trace, '/api/cfg/x', new URLSearchParams()).status).toBe(400);
  });

  it('builds blocks from instructions alone (no trace), FOR_ITER exiting past END_FOR', () => {
    const { blocks, edges } = basicBlocks(rec.trace.instructions(g.codeId));
    const forIter = blocks.find((b) => b.instructions[0]!.opname === 'FOR_ITER')!;
    const exit = edges.find((e) => e.from === forIter.index && e.kind === 'jump')!;
    expect(blocks[exit.to]!.instructions[0]!.opname).toBe('POP_ITER');
    expect(edges.every((e) => e.count === 0)).toBe(true);
  });
});

describe('the timeline of a range', () => {
  it('covers exactly the range asked for, in evenly spread buckets', () => {
    const n = rec.trace.stepCount;
    const t = answerApi(rec.trace, '/api/timeline', new URLSearchParams({ buckets: '4', from: '5', to: String(n - 3) })).body as TimelineJson;
    expect(t.from).toBe(5);
    expect(t.to).toBe(n - 3);
    expect(t.steps).toBe(n);
    expect(t.buckets).toHaveLength(4);
    expect(t.buckets[0]!.first).toBe(5);
    const span = n - 3 - 5 + 1;
    expect(t.buckets.map((b) => b.first)).toEqual([0, 1, 2, 3].map((b) => 5 + Math.ceil((b * span) / 4)));
    // The line range of a bucket is that of its steps.
    const lines = [];
    for (let s = t.buckets[1]!.first; s < t.buckets[2]!.first; s++) lines.push(rec.trace.step(s)!.line ?? Infinity);
    expect(t.buckets[1]!.minLine).toBe(Math.min(...lines));
    expect(answerApi(rec.trace, '/api/timeline', new URLSearchParams({ buckets: '4', from: '9', to: '3' })).status).toBe(400);
  });

  it('never gives more buckets than steps, and whole-run answers start at step 1', () => {
    const t = answerApi(rec.trace, '/api/timeline', new URLSearchParams({ buckets: '100', from: '10', to: '14' })).body as TimelineJson;
    expect(t.buckets.map((b) => b.first)).toEqual([10, 11, 12, 13, 14]);
    const whole = answerApi(rec.trace, '/api/timeline', new URLSearchParams({ buckets: '3' })).body as TimelineJson;
    expect([whole.from, whole.to]).toEqual([1, rec.trace.stepCount]);
  });

  it('samples a range too long to aggregate, each bucket from its own steps', () => {
    const r = recordSource('total = 0\nfor i in range(5000):\n    total = total + i\n');
    const n = r.trace.stepCount;
    expect(n).toBeGreaterThan(30_000);
    const t = r.trace.timeline(1, n, 50);
    expect(t.buckets).toHaveLength(50);
    for (const b of t.buckets.slice(1)) {
      expect(b.minLine).toBeGreaterThanOrEqual(2);
      expect(b.maxLine).toBeLessThanOrEqual(3);
      expect(b.maxDepth).toBe(0);
    }
    r.trace.close();
  });
});

describe('the HTTP server: control flow and exports', () => {
  let server: ViewerServer;
  beforeAll(async () => {
    server = await startViewerServer(rec.trace);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('serves /api/cfg over HTTP (counted off the server thread when built), the same graph as in process', async () => {
    const [a, b] = await Promise.all([rawGet(server.port, `/api/cfg/${g.codeId}`), rawGet(server.port, `/api/cfg/${g.codeId}`)]);
    expect(a.status).toBe(200);
    const expected = answerApi(rec.trace, `/api/cfg/${g.codeId}`, new URLSearchParams()).body;
    expect(JSON.parse(a.body)).toEqual(expected);
    expect(JSON.parse(b.body)).toEqual(expected);
    expect((await rawGet(server.port, '/api/cfg/9999')).status).toBe(404);
    expect((await rawGet(server.port, '/api/cfg/1/2')).status).toBe(404);
  });

  it('downloads the SVG of a step range, the same text as pyrewind diagram', async () => {
    const r = await rawGet(server.port, '/api/export/svg?from=2&to=9');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(r.headers['content-disposition']).toBe('attachment; filename="steps-2-9.svg"');
    expect(r.body).toBe(`${flowDiagramSvg(buildFlowDiagram(rec.trace, 2, 9))}\n`);
    expect(xmlProblem(r.body)).toBeNull();
  });

  it('downloads the standalone HTML, and refuses bad ranges with a message', async () => {
    const r = await rawGet(server.port, '/api/export/html?from=1&to=5');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.headers['content-disposition']).toBe('attachment; filename="steps-1-5.html"');
    expect(r.body.toLowerCase()).toContain('<!doctype html>');
    for (const q of ['from=5&to=1', 'from=1&to=500', 'from=x&to=2', `from=1&to=${rec.trace.stepCount + 1}`]) {
      const bad = await rawGet(server.port, `/api/export/svg?${q}`);
      expect(bad.status, q).toBe(400);
      expect(JSON.parse(bad.body).error, q).toMatch(/step/);
    }
    expect((await rawGet(server.port, '/api/export/pdf?from=1&to=2')).status).toBe(404);
    expect((await rawGet(server.port, '/api/export/../meta?from=1&to=2')).status).not.toBe(200);
  });
});
