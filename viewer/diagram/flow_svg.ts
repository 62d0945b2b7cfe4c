// Draws a flow diagram (flow_model.ts) as a self-contained static SVG string: a column per step with its
// instruction and line, the value stack after it as boxes (bottom to top), a variable table below
// (changed cells highlighted), and arrows for where values came from. Pure string building: no DOM, no
// browser, no external fonts or URLs. Every program value goes through escapeXml (values are data).
//
// Each column's elements carry data-col="i", so the standalone HTML (flow_html.ts) can replay the same
// drawing step by step by hiding the columns after the current one.

import type { FlowDiagram, FlowEnd, FlowColumn } from './flow_model.js';
import { escapeXml, shorten } from './xml_text.js';

const MARGIN = 24;
const CHAR_W = 7.3; // ui-monospace at 12px, a little generous so text never overflows its box
const BOX_H = 26;
const BOX_GAP = 6;
const ROW_H = 28;
const HEADER_H = 66;
const COL_GAP = 28;
const MIN_COL_W = 96;
const MAX_COL_W = 210;
const MAX_VALUE_CHARS = Math.floor((MAX_COL_W - 16) / CHAR_W);

const STYLE = `
  .fig { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
  .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace; }
  .title { font-size: 14px; fill: #1f2937; font-weight: 600; }
  .meta { font-size: 11px; fill: #6b7280; }
  .op { font-size: 12.5px; fill: #111827; font-weight: 600; }
  .arg { font-size: 12px; fill: #4b5563; }
  .gutter { font-size: 12px; fill: #6b7280; }
  .varname { font-size: 12.5px; fill: #111827; }
  .scope { font-size: 10.5px; fill: #9ca3af; }
  .colbg { fill: #f9fafb; stroke: #e5e7eb; }
  .colbg.before { fill: #ffffff; stroke-dasharray: 4 3; }
  .box { fill: #eef2ff; stroke: #818cf8; }
  .box.null { fill: #f3f4f6; stroke: #d1d5db; }
  .boxtext { font-size: 12px; fill: #1e1b4b; }
  .base { stroke: #9ca3af; stroke-width: 1.5; }
  .cell { fill: #ffffff; stroke: #e5e7eb; }
  .cell.changed { fill: #fef3c7; stroke: #f59e0b; }
  .celltext { font-size: 12px; fill: #374151; }
  .unbound { font-size: 12px; fill: #d1d5db; }
  .arrow { fill: none; stroke-width: 1.6; opacity: 0.85; }
  .arrow.load { stroke: #2563eb; }
  .arrow.store { stroke: #059669; }
  .arrow.op { stroke: #ea580c; }
  .legend { font-size: 11px; fill: #4b5563; }
`;

interface Layout {
  x: number[];
  w: number[];
  gutter: number;
  stackTop: number;
  stackBottom: number;
  tableTop: number;
  width: number;
  height: number;
}

const textWidth = (chars: number): number => chars * CHAR_W;

function columnWidth(c: FlowColumn): number {
  let chars = Math.max(c.opname.length, c.arg.length, 10);
  for (const v of c.stack) chars = Math.max(chars, Math.min(v.repr.length, MAX_VALUE_CHARS));
  for (const v of c.cells) if (v !== null) chars = Math.max(chars, Math.min(v.repr.length, MAX_VALUE_CHARS));
  return Math.max(MIN_COL_W, Math.min(MAX_COL_W, Math.ceil(textWidth(chars) + 20)));
}

function layout(d: FlowDiagram): Layout {
  let gutterChars = 9;
  for (const r of d.rows) gutterChars = Math.max(gutterChars, Math.min(r.name.length, 24), r.scope === null ? 0 : Math.min(r.scope.length + 2, 28));
  const gutter = Math.ceil(textWidth(gutterChars) + 16);
  const x: number[] = [];
  const w: number[] = [];
  let at = MARGIN + gutter;
  for (const c of d.columns) {
    x.push(at);
    const cw = columnWidth(c);
    w.push(cw);
    at += cw + COL_GAP;
  }
  const depth = Math.max(1, ...d.columns.map((c) => c.stack.length));
  const stackTop = MARGIN + 34 + HEADER_H;
  const stackBottom = stackTop + depth * (BOX_H + BOX_GAP) + 6;
  const tableTop = stackBottom + 30;
  const height = tableTop + Math.max(1, d.rows.length) * ROW_H + 12 + 28 + MARGIN;
  return { x, w, gutter, stackTop, stackBottom, tableTop, width: at - COL_GAP + MARGIN, height };
}

const fmt = (n: number): string => (Math.round(n * 10) / 10).toString();

function boxRect(l: Layout, col: number, index: number): { x: number; y: number; w: number; h: number } {
  const y = l.stackBottom - 4 - (index + 1) * (BOX_H + BOX_GAP) + BOX_GAP;
  return { x: l.x[col]! + 8, y, w: l.w[col]! - 16, h: BOX_H };
}

function cellRect(l: Layout, col: number, row: number): { x: number; y: number; w: number; h: number } {
  return { x: l.x[col]! + 4, y: l.tableTop + row * ROW_H + 2, w: l.w[col]! - 8, h: ROW_H - 4 };
}

function endRect(l: Layout, e: FlowEnd): { x: number; y: number; w: number; h: number } {
  return e.kind === 'box' ? boxRect(l, e.col, e.index) : cellRect(l, e.col, e.row);
}

/** The diagram as an SVG document (starting with `<svg`, no XML declaration so it can be inlined). */
export function flowDiagramSvg(d: FlowDiagram): string {
  const l = layout(d);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="fig" width="${fmt(l.width)}" height="${fmt(l.height)}" viewBox="0 0 ${fmt(l.width)} ${fmt(l.height)}" role="img">`,
    `<title>${escapeXml(`Execution flow, steps ${d.from} to ${d.to}${d.script === null ? '' : ` of ${d.script}`}`)}</title>`,
    `<style>${STYLE}</style>`,
    '<defs>',
    ...(['load', 'store', 'op'] as const).map((k) =>
      `<marker id="head-${k}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="head-${k}" fill="${k === 'load' ? '#2563eb' : k === 'store' ? '#059669' : '#ea580c'}"/></marker>`),
    '</defs>',
    `<rect x="0" y="0" width="${fmt(l.width)}" height="${fmt(l.height)}" fill="#ffffff"/>`,
  );
  const script = d.script === null ? '' : ` · ${shorten(d.script.split('/').pop() ?? d.script, 60)}`;
  out.push(`<text class="title" x="${MARGIN}" y="${MARGIN + 6}">${escapeXml(`Steps ${d.from}–${d.to}${script}`)}</text>`);
  // Gutter labels.
  out.push(
    `<text class="gutter" x="${MARGIN}" y="${MARGIN + 34 + 30}">instruction</text>`,
    `<text class="gutter" x="${MARGIN}" y="${fmt(l.stackBottom - 10)}">stack</text>`,
    `<text class="gutter" x="${MARGIN}" y="${fmt(l.tableTop - 10)}">variables</text>`,
  );
  d.rows.forEach((r, i) => {
    const y = l.tableTop + i * ROW_H + ROW_H / 2 + 4;
    out.push(`<text class="varname mono" x="${MARGIN}" y="${fmt(r.scope === null ? y : y - 4)}">${escapeXml(shorten(r.name, 24))}</text>`);
    if (r.scope !== null) out.push(`<text class="scope" x="${MARGIN}" y="${fmt(y + 8)}">${escapeXml(`(${shorten(r.scope, 26)})`)}</text>`);
  });
  if (d.rows.length === 0) out.push(`<text class="unbound" x="${MARGIN}" y="${fmt(l.tableTop + ROW_H / 2 + 4)}">(none)</text>`);

  d.columns.forEach((c, i) => out.push(columnSvg(d, l, c, i)));
  // Arrows last, over the boxes.
  d.columns.forEach((c, i) => {
    if (c.arrows.length === 0) return;
    out.push(`<g data-col="${i}">`);
    for (const a of c.arrows) out.push(arrowSvg(l, a.kind, a.from, a.to));
    out.push('</g>');
  });
  // Legend.
  const ly = l.height - MARGIN + 4;
  let lx = MARGIN;
  for (const [k, label] of [['load', 'loaded from a variable'], ['store', 'stored into a variable'], ['op', 'consumed by an operation']] as const) {
    out.push(`<path class="arrow ${k}" d="M${lx},${ly - 4} L${lx + 26},${ly - 4}" marker-end="url(#head-${k})"/>`);
    out.push(`<text class="legend" x="${lx + 32}" y="${ly}">${label}</text>`);
    lx += 32 + label.length * 6 + 28;
  }
  out.push(`<rect x="${fmt(lx)}" y="${ly - 10}" width="14" height="12" class="cell changed"/><text class="legend" x="${fmt(lx + 20)}" y="${ly}">changed at this step</text>`);
  out.push('</svg>');
  return out.join('\n');
}

function columnSvg(d: FlowDiagram, l: Layout, c: FlowColumn, i: number): string {
  const x = l.x[i]!;
  const w = l.w[i]!;
  const cx = x + w / 2;
  const top = MARGIN + 34;
  const parts: string[] = [`<g data-col="${i}" class="column">`];
  parts.push(`<rect class="colbg${c.before ? ' before' : ''}" data-colbg="${i}" x="${fmt(x)}" y="${top}" width="${fmt(w)}" height="${fmt(l.tableTop + d.rows.length * ROW_H + 4 - top)}" rx="8"/>`);
  const maxChars = Math.floor((w - 12) / CHAR_W);
  if (c.before) {
    parts.push(`<text class="meta" x="${fmt(cx)}" y="${top + 18}" text-anchor="middle">${c.step === 0 ? 'start' : `after step ${c.step}`}</text>`);
    parts.push(`<text class="op" x="${fmt(cx)}" y="${top + 38}" text-anchor="middle">before</text>`);
  } else {
    const where = `step ${c.step}${c.line === null ? '' : ` · line ${c.line}`}`;
    const qual = c.frameId === d.columns[0]!.frameId ? '' : ` · ${shorten(c.qualname, 20)}`;
    parts.push(`<text class="meta" x="${fmt(cx)}" y="${top + 18}" text-anchor="middle">${escapeXml(where + qual)}</text>`);
    parts.push(`<text class="op mono" x="${fmt(cx)}" y="${top + 38}" text-anchor="middle">${escapeXml(shorten(c.opname, maxChars))}</text>`);
    if (c.arg !== '') {
      parts.push(`<text class="arg mono" x="${fmt(cx)}" y="${top + 56}" text-anchor="middle"><title>${escapeXml(c.arg)}</title>${escapeXml(shorten(c.arg, maxChars))}</text>`);
    }
  }
  // The stack, bottom first, on a base line.
  parts.push(`<line class="base" x1="${fmt(x + 6)}" y1="${fmt(l.stackBottom)}" x2="${fmt(x + w - 6)}" y2="${fmt(l.stackBottom)}"/>`);
  c.stack.forEach((v, k) => {
    const r = boxRect(l, i, k);
    const isNull = v.objectId === 0;
    parts.push(`<g class="stackbox"><title>${escapeXml(`${v.type}: ${v.repr}`)}</title><rect class="box${isNull ? ' null' : ''}" x="${fmt(r.x)}" y="${fmt(r.y)}" width="${fmt(r.w)}" height="${r.h}" rx="5"/>`);
    parts.push(`<text class="boxtext mono" x="${fmt(r.x + r.w / 2)}" y="${fmt(r.y + r.h / 2 + 4)}" text-anchor="middle">${escapeXml(shorten(v.repr, Math.floor((r.w - 8) / CHAR_W)))}</text></g>`);
  });
  // The variable table.
  c.cells.forEach((v, row) => {
    const r = cellRect(l, i, row);
    parts.push(`<rect class="cell${c.changed[row] ? ' changed' : ''}" x="${fmt(r.x)}" y="${fmt(r.y)}" width="${fmt(r.w)}" height="${r.h}" rx="4"/>`);
    if (v === null) {
      parts.push(`<text class="unbound" x="${fmt(r.x + r.w / 2)}" y="${fmt(r.y + r.h / 2 + 4)}" text-anchor="middle">–</text>`);
    } else {
      parts.push(`<text class="celltext mono" x="${fmt(r.x + r.w / 2)}" y="${fmt(r.y + r.h / 2 + 4)}" text-anchor="middle"><title>${escapeXml(`${v.type}: ${v.repr}`)}</title>${escapeXml(shorten(v.repr, Math.floor((r.w - 8) / CHAR_W)))}</text>`);
    }
  });
  parts.push('</g>');
  return parts.join('\n');
}

function arrowSvg(l: Layout, kind: string, from: FlowEnd, to: FlowEnd): string {
  const a = endRect(l, from);
  const b = endRect(l, to);
  const x1 = a.x + a.w;
  const y1 = a.y + a.h / 2;
  const x2 = b.x - 2;
  const y2 = b.y + b.h / 2;
  const dx = Math.max(20, (x2 - x1) / 2);
  return `<path class="arrow ${kind}" d="M${fmt(x1)},${fmt(y1)} C${fmt(x1 + dx)},${fmt(y1)} ${fmt(x2 - dx)},${fmt(y2)} ${fmt(x2)},${fmt(y2)}" marker-end="url(#head-${kind})"/>`;
}
