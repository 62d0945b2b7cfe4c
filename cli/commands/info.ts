// `pyrewind info trace.sqlite [--json]`: a trace's summary for people (or, with --json, for programs):
// what ran, how it ended, its size, and its hottest lines with their source. The numbers come from
// schema/summary.ts; this file only lays them out.

import type { Command } from 'commander';
import { dirname, relative, isAbsolute } from 'node:path';
import { traceSummary, type TraceSummary } from '../../schema/summary.js';
import { withTrace } from '../trace_action.js';

const HOT_LINES = 10;

export function registerInfoCommand(program: Command): void {
  program
    .command('info')
    .description("summarise a trace: the program and how it ended, steps, frames, output, the hottest lines")
    .argument('<trace>', 'the trace file (written by `pyrewind record`)')
    .option('--json', 'print the summary as one JSON object', false)
    .addHelpText('after', '\nExit status 1 when the file is not a finished, readable trace.')
    .action(async (path: string, opts: { json: boolean }) => {
      await withTrace(path, (trace) => {
        const summary = traceSummary(trace, HOT_LINES);
        process.stdout.write(opts.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(path, summary));
      });
    });
}

const count = (n: number): string => n.toLocaleString('en-US');
const plural = (n: number, word: string): string => `${count(n)} ${word}${n === 1 ? '' : 's'}`;

function statusText(s: TraceSummary): string {
  const exit = s.exitStatus === null ? '' : `, exit status ${s.exitStatus}`;
  switch (s.status) {
    case 'complete':
      return `complete${exit}`;
    case 'error':
      return `ended with an error${exit}`;
    case 'interrupted':
      return `interrupted (Ctrl-C)${exit}`;
    case 'max-steps':
      return `stopped at --max-steps ${s.maxSteps === null ? '' : count(s.maxSteps)}${exit}`.replace(' ,', ',');
    default:
      return `${s.status}${exit}`;
  }
}

function duration(ms: number | null): string {
  if (ms === null) return 'unknown';
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

/** A shell-like rendering of argv: words with spaces or quotes are quoted. */
function shellWords(argv: string[]): string {
  return argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

export function formatSummary(path: string, s: TraceSummary): string {
  const scriptDir = s.script === null ? null : dirname(s.script);
  const shortPath = (p: string): string => {
    if (scriptDir === null || !isAbsolute(p)) return p;
    const r = relative(scriptDir, p);
    return r.startsWith('..') || isAbsolute(r) ? p : r;
  };
  const rows: [string, string][] = [
    ['trace', path],
    ['script', s.script ?? 'unknown'],
    ['argv', shellWords(s.argv)],
    ['status', statusText(s)],
    ['python', `${s.pythonVersion ?? 'unknown'} (pyrewind ${s.pyrewindVersion ?? 'unknown'}, trace format ${s.formatVersion ?? 'unknown'})`],
    ['steps', `${count(s.steps)}${s.traceAll ? ' (standard library traced too)' : ''}`],
    ['frames', `${count(s.frames)} (${plural(s.functions, 'distinct function')})`],
    ['run time', duration(s.runMs)],
    ['output', `${plural(s.output.stdout, 'byte')} on stdout, ${plural(s.output.stderr, 'byte')} on stderr`],
    ['started at', s.startedAt ?? 'unknown'],
  ];
  const w = Math.max(...rows.map(([k]) => k.length));
  let out = rows.map(([k, v]) => `${k.padEnd(w)}  ${v}\n`).join('');
  if (s.hotLines.length > 0) {
    out += `\nhottest lines:\n`;
    const places = s.hotLines.map((h) => `${shortPath(h.path)}:${h.line}`);
    const sw = Math.max(5, ...s.hotLines.map((h) => count(h.steps).length));
    const pw = Math.max(...places.map((p) => p.length));
    out += `  ${'steps'.padStart(sw)}  ${'line'.padEnd(pw)}  source\n`;
    s.hotLines.forEach((h, i) => {
      // Line 0 is where CPython puts a code object's RESUME: before its first source line.
      const text = h.line === 0 ? '(entry, before the first line)' : h.text === null ? '' : h.text.trim();
      out += `  ${count(h.steps).padStart(sw)}  ${places[i].padEnd(pw)}  ${text}`.trimEnd() + '\n';
    });
  }
  return out;
}
