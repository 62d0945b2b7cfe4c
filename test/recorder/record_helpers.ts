// Records Python source into a trace for the recorder tests: writes the program to a fresh directory,
// records it on this thread with a Node host whose output is captured, and opens the trace.
//
// Not a test file itself; it must not interpret what the program prints.

import { mkdtempSync, realpathSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { NodeHost } from '../../host/node/node_host.js';
import { recordToFile, type RecordOptions, type RecordResult } from '../../recorder/record_program.js';
import { Trace } from '../../schema/trace.js';

export interface Recorded {
  trace: Trace;
  result: RecordResult;
  stdout: string;
  stderr: string;
  dir: string;
  path: string;
}

let compiler: unknown = undefined;

/** Record `files` (main.py and any modules); the trace is opened for reading. */
export function recordFiles(files: Record<string, string>, options: Partial<RecordOptions> = {}): Recorded {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'pyrewind-rec-')));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const out: Uint8Array[] = [];
  const err: Uint8Array[] = [];
  const host = new NodeHost({
    onStdout: (b) => out.push(b),
    onStderr: (b) => err.push(b),
    stdin: new Uint8Array(0),
    compiler: compiler as never,
  });
  compiler ??= (host as unknown as { compiler?: unknown }).compiler;
  const path = join(dir, 'trace.sqlite');
  const previous = process.cwd();
  process.chdir(dir);
  let result: RecordResult;
  try {
    result = recordToFile(path, { script: join(dir, 'main.py'), args: [], host, ...options });
  } finally {
    process.chdir(previous);
  }
  const text = (chunks: Uint8Array[]) => Buffer.concat(chunks).toString('utf8');
  return { trace: Trace.open(path), result, stdout: text(out), stderr: text(err), dir, path };
}

export function recordSource(source: string, options: Partial<RecordOptions> = {}): Recorded {
  return recordFiles({ 'main.py': source }, options);
}

/** Each step's opname and stack reprs, in order. */
export function stepsOf(trace: Trace): { op: string; stack: string[]; line: number | null; frame: number }[] {
  const out = [];
  for (let n = 1; n <= trace.stepCount; n++) {
    const s = trace.step(n)!;
    out.push({ op: s.opname, stack: trace.stack(s.stackId).map((v) => v.repr), line: s.line, frame: s.frameId });
  }
  return out;
}
