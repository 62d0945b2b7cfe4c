// The control-flow graph panel: the current code object's basic blocks (from /api/cfg) drawn with D3 as
// boxes listing their instructions, one column in offset order; falling through to the next block is an
// arrow straight down, jumps and exception edges run in lanes on the right. Every edge is labelled with
// how many times the run took it; the block holding the current instruction is highlighted, and that
// instruction in it. Program data (argreprs) is set as SVG text, never as markup.

import { select, type Selection } from 'd3';
import type { CfgJson } from '../server/api_types.js';

const LINE = 15;
const HEAD = 18;
const PAD = 6;
const GAP = 30;
const BOX_W = 250;
const LEFT = 10;
const LANE = 16;
const SVG_NS = 'http://www.w3.org/2000/svg';

interface Laid {
  index: number;
  y: number;
  h: number;
}

const countText = (n: number): string => `×${n.toLocaleString('en-US')}`;

export class CfgView {
  private graph: CfgJson | null = null;
  private boxes: Laid[] = [];
  private svg: Selection<SVGSVGElement, unknown, null, undefined>;

  constructor(private readonly root: HTMLElement) {
    this.svg = select(root).append('svg').attr('class', 'cfg').attr('xmlns', SVG_NS);
  }

  get shownCodeId(): number | null {
    return this.graph?.codeId ?? null;
  }

  setGraph(g: CfgJson): void {
    this.graph = g;
    this.layout();
  }

  clear(message: string): void {
    this.graph = null;
    this.svg.selectAll('*').remove();
    this.svg.attr('width', 300).attr('height', 30);
    this.svg.append('text').attr('x', 6).attr('y', 18).attr('class', 'cfg-note').text(message);
  }

  private layout(): void {
    const g = this.graph!;
    this.svg.selectAll('*').remove();
    // Arrowheads, one per edge kind.
    const defs = this.svg.append('defs');
    for (const kind of ['fall', 'jump', 'exception', 'never']) {
      defs.append('marker').attr('id', `cfg-arrow-${kind}`).attr('viewBox', '0 0 10 10').attr('refX', 9).attr('refY', 5)
        .attr('markerWidth', 7).attr('markerHeight', 7).attr('orient', 'auto-start-reverse')
        .append('path').attr('d', 'M0,0 L10,5 L0,10 z').attr('class', `cfg-head ${kind}`);
    }
    let y = 8;
    this.boxes = g.blocks.map((b) => {
      const h = HEAD + b.instructions.length * LINE + PAD;
      const laid = { index: b.index, y, h };
      y += h + GAP;
      return laid;
    });
    // Lanes for edges that are not a fall-through to the next block: shorter spans nearer the boxes.
    const lanes: [number, number][][] = [];
    const far = g.edges.filter((e) => !(e.kind === 'fall' && e.to === e.from + 1));
    const span = (e: CfgJson['edges'][number]): [number, number] => {
      const a = this.boxes[e.from]!;
      const b = this.boxes[e.to]!;
      const y0 = a.y + a.h - 6;
      const y1 = b.y + 8;
      return [Math.min(y0, y1), Math.max(y0, y1)];
    };
    const laneOf = new Map<CfgJson['edges'][number], number>();
    for (const e of [...far].sort((p, q) => (span(p)[1] - span(p)[0]) - (span(q)[1] - span(q)[0]))) {
      const [lo, hi] = span(e);
      let lane = lanes.findIndex((used) => used.every(([a, b]) => hi + 4 < a || lo - 4 > b));
      if (lane < 0) {
        lane = lanes.length;
        lanes.push([]);
      }
      lanes[lane]!.push([lo, hi]);
      laneOf.set(e, lane);
    }
    const width = LEFT + BOX_W + 24 + lanes.length * LANE + 70;
    this.svg.attr('width', width).attr('height', y).attr('viewBox', `0 0 ${width} ${y}`);
    const edgeLayer = this.svg.append('g').attr('class', 'cfg-edges');
    const blockLayer = this.svg.append('g').attr('class', 'cfg-blocks');
    const blocks = blockLayer.selectAll('g.cfg-block').data(g.blocks).enter().append('g')
      .attr('class', 'cfg-block')
      .attr('data-index', (b) => b.index)
      .attr('data-start', (b) => b.start)
      .attr('data-entries', (b) => b.entries)
      .attr('transform', (b) => `translate(${LEFT},${this.boxes[b.index]!.y})`);
    blocks.append('rect').attr('class', 'cfg-box').attr('width', BOX_W).attr('height', (b) => this.boxes[b.index]!.h).attr('rx', 4);
    blocks.append('text').attr('class', 'cfg-title').attr('x', 6).attr('y', 13)
      .text((b) => `${b.label === null ? `B${b.index}` : `L${b.label}`}  @${b.start}  ran ${countText(b.entries)}`);
    blocks.each(function (b) {
      const box = select(this);
      b.instructions.forEach((ins, k) => {
        const t = box.append('text').attr('class', 'cfg-ins').attr('data-offset', ins.offset).attr('x', 6).attr('y', HEAD + 11 + k * LINE);
        t.append('tspan').attr('class', 'cfg-off').text(String(ins.offset).padStart(4, '\u2007') + ' ');
        t.append('tspan').attr('class', 'cfg-op').text(ins.opname);
        const arg = ins.argrepr !== '' ? ins.argrepr : ins.arg === null ? '' : String(ins.arg);
        if (arg !== '') t.append('tspan').attr('class', 'cfg-arg').text(' ' + (arg.length > 24 ? arg.slice(0, 23) + '…' : arg));
      });
    });
    const right = LEFT + BOX_W;
    for (const e of g.edges) {
      const a = this.boxes[e.from]!;
      const b = this.boxes[e.to]!;
      const kind = e.count === 0 ? 'never' : e.kind;
      const eg = edgeLayer.append('g').attr('class', `cfg-edge ${e.kind}${e.count === 0 ? ' never' : ''}`)
        .attr('data-from', e.from).attr('data-to', e.to).attr('data-kind', e.kind).attr('data-count', e.count);
      let labelX: number;
      let labelY: number;
      if (!laneOf.has(e)) {
        const x = LEFT + 40;
        eg.append('path').attr('d', `M${x},${a.y + a.h} V${b.y - 1}`).attr('marker-end', `url(#cfg-arrow-${kind})`);
        labelX = x + 6;
        labelY = a.y + a.h + GAP / 2 + 4;
      } else {
        const lx = right + 14 + laneOf.get(e)! * LANE;
        const y0 = a.y + a.h - 6;
        const y1 = b.y + 8;
        eg.append('path').attr('d', `M${right},${y0} H${lx} V${y1} H${right + 1}`).attr('marker-end', `url(#cfg-arrow-${kind})`);
        labelX = lx + 3;
        labelY = (y0 + y1) / 2 + 4;
      }
      eg.append('text').attr('class', 'cfg-count').attr('x', labelX).attr('y', labelY).text(countText(e.count));
    }
  }

  /** Highlights the block holding `offset` and that instruction; scrolls it into view. */
  mark(offset: number): void {
    if (this.graph === null) return;
    let current: number | null = null;
    for (const b of this.graph.blocks) if (b.instructions.some((i) => i.offset === offset)) current = b.index;
    this.svg.selectAll<SVGGElement, CfgJson['blocks'][number]>('g.cfg-block').classed('current', (b) => b.index === current);
    this.svg.selectAll<SVGTextElement, unknown>('text.cfg-ins').classed('current', function () {
      return Number(this.getAttribute('data-offset')) === offset;
    });
    const node = this.svg.select<SVGGElement>('g.cfg-block.current').node();
    node?.scrollIntoView({ block: 'nearest' });
  }
}
