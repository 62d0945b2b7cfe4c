// /api/export/svg and /api/export/html?from=A&to=B: the flow diagram of a step range as a file to download,
// the same text `pyrewind diagram` writes (viewer/diagram/). Kept out of api.ts because the diagram reads
// the trace through api.ts's range answer. Answers text with a download name; never markup from user data
// (the diagram escapes every value).

import type { Trace } from '../../schema/trace.js';
import { buildFlowDiagram, DiagramRangeError, parseStepRange } from '../diagram/flow_model.js';
import { flowDiagramSvg } from '../diagram/flow_svg.js';
import { flowDiagramHtml } from '../diagram/flow_html.js';

export interface ExportAnswer {
  status: number;
  contentType: string;
  /** The file name offered for saving (Content-Disposition: attachment). */
  filename: string | null;
  body: string;
}

const error = (status: number, message: string): ExportAnswer => ({
  status, contentType: 'application/json; charset=utf-8', filename: null, body: JSON.stringify({ error: message }),
});

/** Answers /api/export/<svg|html> with `from` and `to` (inclusive) in the query. */
export function answerExport(trace: Trace, path: string, query: URLSearchParams): ExportAnswer {
  const m = /^\/api\/export\/(svg|html)$/.exec(path);
  if (m === null) return error(404, 'expected /api/export/svg or /api/export/html');
  const from = query.get('from') ?? '';
  const to = query.get('to') ?? '';
  if (!/^\d{1,15}$/.test(from) || !/^\d{1,15}$/.test(to)) return error(400, 'expected from and to step numbers');
  let range: { from: number; to: number };
  try {
    range = parseStepRange(`${from}:${to}`, trace.stepCount);
  } catch (e) {
    if (e instanceof DiagramRangeError) return error(400, e.message);
    throw e;
  }
  const d = buildFlowDiagram(trace, range.from, range.to);
  const name = `steps-${range.from}-${range.to}`;
  return m[1] === 'svg'
    ? { status: 200, contentType: 'image/svg+xml; charset=utf-8', filename: `${name}.svg`, body: `${flowDiagramSvg(d)}\n` }
    : { status: 200, contentType: 'text/html; charset=utf-8', filename: `${name}.html`, body: flowDiagramHtml(d) };
}
