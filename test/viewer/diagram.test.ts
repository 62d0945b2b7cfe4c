// The execution-flow diagram (viewer/diagram/) and `pyrewind diagram`: the SVG of a recorded three-line
// program holds every instruction, every stack state, the variable table and the arrows, and is well-formed
// XML; markup in program values comes out only escaped (SVG and HTML); bad ranges are one line and status 1.

import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recordSource, type Recorded } from '../recorder/record_helpers.js';
import { buildFlowDiagram, parseStepRange, DiagramRangeError, type FlowDiagram } from '../../viewer/diagram/flow_model.js';
import { flowDiagramSvg } from '../../viewer/diagram/flow_svg.js';
import { flowDiagramHtml } from '../../viewer/diagram/flow_html.js';
import { escapeXml, shorten } from '../../viewer/diagram/xml_text.js';
import { pyrewind } from '../cli/trace_cli.js';
import { xmlProblem } from './xml_check.js';

const unescape = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

interface DrawnColumn {
  col: number;
  op: string;
  arg: string;
  stack: string[];
  cells: string[];
  changed: number[];
}

/** Reads the columns back out of the SVG text: what a reader of the figure sees. */
function columnsOf(svg: string): DrawnColumn[] {
  const out: DrawnColumn[] = [];
  for (const m of svg.matchAll(/<g data-col="(\d+)" class="column">([\s\S]*?)\n<\/g>/g)) {
    const body = m[2]!;
    const texts = (cls: string): string[] =>
      [...body.matchAll(new RegExp(`<text class="${cls}"[^>]*>(?:<title>[^<]*</title>)?([^<]*)</text>`, 'g'))].map((t) => unescape(t[1]!));
    const cellRects = [...body.matchAll(/<rect class="cell( changed)?"/g)];
    const cells: string[] = [];
    for (const t of body.matchAll(/<text class="(celltext mono|unbound)"[^>]*>(?:<title>[^<]*<\/title>)?([^<]*)<\/text>/g)) {
      cells.push(t[1] === 'unbound' ? '' : unescape(t[2]!));
    }
    out.push({
      col: Number(m[1]), op: texts('op(?: mono)?')[0] ?? '', arg: texts('arg mono')[0] ?? '', stack: texts('boxtext mono'), cells,
      changed: cellRects.flatMap((r, i) => (r[1] === undefined ? [] : [i])),
    });
  }
  return out;
}

describe('the three-line program', () => {
  let rec: Recorded;
  let d: FlowDiagram;
  let svg: string;
  beforeAll(() => {
    rec = recordSource('a = 1\nb = 2\nc = a * b\n');
    const { from, to } = parseStepRange(undefined, rec.trace.stepCount);
    d = buildFlowDiagram(rec.trace, from, to);
    svg = flowDiagramSvg(d);
  });

  it('draws every step: instruction, argument and the stack after it', () => {
    expect([d.from, d.to]).toEqual([1, 11]);
    const cols = columnsOf(svg);
    expect(cols.map((c) => c.col)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(cols.slice(1).map((c) => [c.op, c.arg])).toEqual([
      ['RESUME', ''], ['LOAD_SMALL_INT', '1'], ['STORE_NAME', 'a'], ['LOAD_SMALL_INT', '2'], ['STORE_NAME', 'b'],
      ['LOAD_NAME', 'a'], ['LOAD_NAME', 'b'], ['BINARY_OP', '*'], ['STORE_NAME', 'c'], ['LOAD_CONST', 'None'], ['RETURN_VALUE', ''],
    ]);
    expect(cols.slice(1).map((c) => c.stack)).toEqual([
      [], ['1'], [], ['2'], [], ['1'], ['1', '2'], ['2'], [], ['None'], [],
    ]);
    for (const line of [0, 1, 2, 3]) expect(svg).toContain(`· line ${line}</text>`);
  });

  it('shows the variable table after each step, with the written cells highlighted', () => {
    expect(d.rows.map((r) => [r.name, r.scope])).toEqual([['a', null], ['b', null], ['c', null]]);
    const cols = columnsOf(svg);
    expect(cols[0]!.cells).toEqual(['', '', '']);
    expect(cols[2]!.cells).toEqual(['', '', '']);
    expect(cols[3]!.cells).toEqual(['1', '', '']);
    expect(cols[5]!.cells).toEqual(['1', '2', '']);
    expect(cols[11]!.cells).toEqual(['1', '2', '2']);
    expect(cols.map((c) => c.changed)).toEqual([[], [], [], [0], [], [1], [], [], [], [2], [], []]);
    for (const [name, row] of [['a', 0], ['b', 1], ['c', 2]] as const) {
      expect(svg).toContain(`>${name}</text>`);
      expect(d.rows[row]!.name).toBe(name);
    }
  });

  it('draws arrows: loads from a variable, stores into one, the operation from its operands', () => {
    const arrows = d.columns.map((c) => c.arrows);
    // a = 1: the box of step 2 goes into a's cell at step 3.
    expect(arrows[3]).toEqual([{ kind: 'store', from: { kind: 'box', col: 2, index: 0 }, to: { kind: 'cell', col: 3, row: 0 } }]);
    expect(arrows[5]).toEqual([{ kind: 'store', from: { kind: 'box', col: 4, index: 0 }, to: { kind: 'cell', col: 5, row: 1 } }]);
    // LOAD_NAME a / b take from their variable's cell in the column before.
    expect(arrows[6]).toEqual([{ kind: 'load', from: { kind: 'cell', col: 5, row: 0 }, to: { kind: 'box', col: 6, index: 0 } }]);
    expect(arrows[7]).toEqual([{ kind: 'load', from: { kind: 'cell', col: 6, row: 1 }, to: { kind: 'box', col: 7, index: 1 } }]);
    // BINARY_OP * consumes both boxes and makes the one result.
    expect(arrows[8]).toEqual([
      { kind: 'op', from: { kind: 'box', col: 7, index: 0 }, to: { kind: 'box', col: 8, index: 0 } },
      { kind: 'op', from: { kind: 'box', col: 7, index: 1 }, to: { kind: 'box', col: 8, index: 0 } },
    ]);
    expect(arrows[9]).toEqual([{ kind: 'store', from: { kind: 'box', col: 8, index: 0 }, to: { kind: 'cell', col: 9, row: 2 } }]);
    expect(arrows[1]).toEqual([]);
    expect(arrows[2]).toEqual([]);
    // And they are drawn: 2 loads, 3 stores, 2 operand arrows, plus one of each in the legend.
    expect(svg.match(/<path class="arrow load"/g)).toHaveLength(3);
    expect(svg.match(/<path class="arrow store"/g)).toHaveLength(4);
    expect(svg.match(/<path class="arrow op"/g)).toHaveLength(3);
  });

  it('is one well-formed, self-contained SVG document', () => {
    expect(xmlProblem(svg)).toBeNull();
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toMatch(/^<svg[^>]* width="\d+(\.\d)?" height="\d+(\.\d)?" viewBox="0 0 /);
    // Nothing to fetch: the only URL is the SVG namespace; no images, links or scripts.
    expect(svg.match(/https?:\/\/[^"'\s)]*/g)).toEqual(['http://www.w3.org/2000/svg']);
    expect(svg).not.toMatch(/<script|<image|<a |href=|@import/);
    expect(svg).toContain('font-family: system-ui');
  });

  it('the checker itself refuses broken XML', () => {
    expect(xmlProblem('<svg><g></svg>')).toMatch(/closes/);
    expect(xmlProblem('<svg><text>a < b</text></svg>')).toMatch(/raw '<'/);
    expect(xmlProblem('<svg><text>a & b</text></svg>')).toMatch(/bad '&'/);
    expect(xmlProblem('<svg><text>]]></text></svg>')).toMatch(/]]>/);
    expect(xmlProblem('<svg a=1></svg>')).toMatch(/unquoted/);
    expect(xmlProblem('<svg/><svg/>')).toMatch(/second root/);
    expect(xmlProblem('<svg><text>&lt;ok&gt; &#39;</text></svg>')).toBeNull();
  });
});

describe('escaping', () => {
  it('escapes every XML-special character and drops what XML cannot hold', () => {
    expect(escapeXml(`<a href="x">'&]]></svg>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;]]&gt;&lt;/svg&gt;');
    expect(escapeXml('plain é 🐍')).toBe('plain é 🐍');
    expect(escapeXml('nul\u0000 \ud800 tab\t')).toBe('nul\ufffd \ufffd tab\t');
    expect(shorten('🐍🐍🐍🐍', 3)).toBe('🐍🐍…');
    expect(shorten('abc', 3)).toBe('abc');
  });
});

describe('pyrewind diagram (the real command)', () => {
  const SOURCE = [
    "s = '<script>alert(1)</script>'",
    "t = '</svg>]]>&' + \"'\"",
    'def f(x):',
    '    return x + 1',
    'y = f(2)',
    'for i in range(30):',
    '    y = y + i',
    '',
  ].join('\n');
  let rec: Recorded;
  beforeAll(() => {
    rec = recordSource(SOURCE);
  });

  it('writes an SVG where program markup is only text', () => {
    const out = join(rec.dir, 'fig.svg');
    const r = pyrewind(['diagram', rec.path, '--steps', '1:20', '-o', out], rec.dir);
    expect([r.status, r.stderr, r.stdout]).toEqual([0, '', '']);
    const svg = readFileSync(out, 'utf8');
    expect(xmlProblem(svg)).toBeNull();
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain(']]>');
    expect(svg.split('</svg>')).toHaveLength(2); // only the document's own end tag
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).toContain('&#39;&lt;script&gt;alert(1)&lt;/script&gt;&#39;');
    expect(svg).toContain('&lt;/svg&gt;]]&gt;&amp;');
    // The call's argument is stored into f's x, shown as a row of its own.
    const cols = columnsOf(svg);
    expect(cols.slice(1).map((c) => c.op)).toContain('BINARY_OP');
    expect(svg).toContain('>x</text>');
    expect(svg).toContain('>(f)</text>');
  });

  it('writes a standalone HTML page that replays the steps, markup still only text', () => {
    const out = join(rec.dir, 'fig.html');
    const r = pyrewind(['diagram', rec.path, '--steps', '1:20', '--html', '-o', out], rec.dir);
    expect([r.status, r.stderr]).toEqual([0, '']);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('</script>\'');
    expect(html.split('</svg>')).toHaveLength(2);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // Its own two scripts hold no program data, and nothing is loaded from elsewhere.
    const scripts = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(2);
    for (const s of scripts) expect(s).not.toMatch(/alert|svg>/);
    expect(JSON.parse(scripts[0]!)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(html.match(/https?:\/\/[^"'\s)]*/g)).toEqual(['http://www.w3.org/2000/svg']);
    expect(html).not.toMatch(/ src=|<link/);
    expect(html).toContain("e.key === 'ArrowRight'");
    // The same drawing as the SVG, which is well-formed XML inside the page.
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>') + 6);
    expect(xmlProblem(svg)).toBeNull();
    expect(svg).toBe(flowDiagramSvg(buildFlowDiagram(rec.trace, 1, 20)));
  });

  it('draws the first 12 steps when no range is given, to stdout without -o', () => {
    const r = pyrewind(['diagram', rec.path], rec.dir);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(xmlProblem(r.stdout.trimEnd())).toBeNull();
    expect(columnsOf(r.stdout)).toHaveLength(13);
    expect(r.stdout).toContain('>step 12 · line 5</text>');
    expect(r.stdout).not.toContain('>step 13');
  });

  it('refuses bad ranges with one clear line and status 1', () => {
    const n = rec.trace.stepCount;
    expect(n).toBeGreaterThan(100);
    const cases: [string, RegExp][] = [
      ['1:61', /^pyrewind: diagram: --steps 1:61 is 61 steps; a diagram shows at most 60, choose a shorter range\n$/],
      ['5:3', /^pyrewind: diagram: --steps 5:3: the first step is after the last\n$/],
      ['0:4', /^pyrewind: diagram: --steps 0:4: steps are numbered from 1\n$/],
      [`1:${n + 1}`, new RegExp(`^pyrewind: diagram: --steps 1:${n + 1}: the trace has only ${n} steps\\n$`)],
      ['seven', /^pyrewind: diagram: --steps must be A:B with step numbers, like 1:12 \(got 'seven'\)\n$/],
    ];
    for (const [steps, message] of cases) {
      const out = join(rec.dir, `never-${steps.replace(':', '-')}.svg`);
      const r = pyrewind(['diagram', rec.path, '--steps', steps, '-o', out], rec.dir);
      expect([r.status, r.stdout]).toEqual([1, '']);
      expect(r.stderr).toMatch(message);
      expect(() => readFileSync(out)).toThrow();
    }
    expect(() => parseStepRange('1:60', 100)).not.toThrow();
    expect(() => parseStepRange('2:61', 100)).not.toThrow();
    expect(() => parseStepRange('1:61', 100)).toThrow(DiagramRangeError);
  });
});
