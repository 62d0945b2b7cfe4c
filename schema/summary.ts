// A trace's summary: what ran, how it ended, how big the run was and where it spent its steps. Used by
// `pyrewind info`; the viewer's start page can show the same numbers.
//
// Read-only. The counts scan the frames and output tables once and the hottest lines scan the steps once
// (there is nothing precomputed for them); everything else comes from meta.

import type { Trace } from './trace.js';

export interface HotLine {
  path: string;
  line: number;
  steps: number;
  /** The line's source text (without its end of line), or null when the file's source is unknown. */
  text: string | null;
}

export interface TraceSummary {
  script: string | null;
  argv: string[];
  /** complete | error | interrupted | max-steps (or what a later recorder writes). */
  status: string;
  exitStatus: number | null;
  pythonVersion: string | null;
  pyrewindVersion: string | null;
  formatVersion: number | null;
  steps: number;
  frames: number;
  /** Distinct code objects that ran as traced frames (module bodies and class bodies included). */
  functions: number;
  runMs: number | null;
  startedAt: string | null;
  /** UTF-8 bytes the program wrote to each stream. */
  output: { stdout: number; stderr: number };
  traceAll: boolean;
  maxSteps: number | null;
  reprLimit: number | null;
  hotLines: HotLine[];
}

function num(v: unknown): number | null {
  return v === null || v === undefined || v === '' ? null : Number(v);
}

function str(v: unknown): string | null {
  return v === null || v === undefined ? null : String(v);
}

/** The summary of an open trace, with its `hotLimit` most executed lines. */
export function traceSummary(trace: Trace, hotLimit = 10): TraceSummary {
  const m = trace.meta;
  let argv: string[] = [];
  try {
    const parsed: unknown = JSON.parse(String(m.argv ?? '[]'));
    if (Array.isArray(parsed)) argv = parsed.map(String);
  } catch {
    argv = [];
  }
  const counts = trace.db.prepare('SELECT count(*) AS frames, count(DISTINCT code_id) AS functions FROM frames').get() as { frames: number; functions: number };
  const out = { stdout: 0, stderr: 0 };
  for (const r of trace.db.prepare('SELECT stream, sum(length(CAST(text AS BLOB))) AS bytes FROM output GROUP BY stream').all() as { stream: string; bytes: number }[]) {
    if (r.stream === 'stdout' || r.stream === 'stderr') out[r.stream] = r.bytes;
  }
  return {
    script: str(m.script),
    argv,
    status: String(m.status),
    exitStatus: num(m.exit_status),
    pythonVersion: str(m.python_version),
    pyrewindVersion: str(m.pyrewind_version),
    formatVersion: num(m.format_version),
    steps: trace.stepCount,
    frames: counts.frames,
    functions: counts.functions,
    runMs: num(m.run_ms),
    startedAt: str(m.started_at),
    output: out,
    traceAll: num(m.trace_all) === 1,
    maxSteps: num(m.max_steps),
    reprLimit: num(m.repr_limit),
    hotLines: hotLinesWithText(trace, hotLimit),
  };
}

/** Trace.hotLines with each line's source text from the files table. */
export function hotLinesWithText(trace: Trace, limit: number): HotLine[] {
  const sources = new Map<string, string[] | null>();
  return trace.hotLines(limit).map((h) => {
    let lines = sources.get(h.path);
    if (lines === undefined) {
      const src = trace.db.prepare('SELECT source FROM files WHERE path = ? ORDER BY file_id LIMIT 1').pluck(true).get(h.path) as string | null | undefined;
      lines = typeof src === 'string' ? src.split(/\r\n|\r|\n/) : null;
      sources.set(h.path, lines);
    }
    const text = lines === null || h.line < 1 ? null : (lines[h.line - 1] ?? null);
    return { ...h, text };
  });
}
