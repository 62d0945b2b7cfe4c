// Shared by the viewer tests: the program they record, reference answers computed by brute force over
// every step (to check the trace's indexed searches against), and raw HTTP requests (paths sent as
// written, so traversal attempts reach the server unnormalised). Not a test file itself.

import { request } from 'node:http';
import type { Trace } from '../../schema/trace.js';

/** A program with a call in a loop, a list mutated after creation, output, and a string of markup. */
export const PROGRAM = [
  'def double(x):', //                        1
  '    y = x * 2', //                          2
  '    return y', //                           3
  '', //                                       4
  'total = 0', //                              5
  'for i in range(3):', //                     6
  '    total = total + double(i)', //          7
  "msg = '<script>alert(1)</script>'", //      8
  'items = [total]', //                        9
  'items.append(msg)', //                     10
  'print(total, msg)', //                     11
  '',
].join('\n');

export interface StepRow {
  step: number;
  frameId: number;
  line: number | null;
  opname: string;
}

export function allSteps(trace: Trace): StepRow[] {
  const out: StepRow[] = [];
  for (let n = 1; n <= trace.stepCount; n++) {
    const s = trace.step(n)!;
    out.push({ step: n, frameId: s.frameId, line: s.line, opname: s.opname });
  }
  return out;
}

/** Steps where a frame arrives at a line: its previous step with a line is on another line (or none). */
export function lineEvents(steps: StepRow[]): StepRow[] {
  const lastLine = new Map<number, number>();
  const out: StepRow[] = [];
  for (const s of steps) {
    if (s.line === null) continue;
    if (lastLine.get(s.frameId) !== s.line) out.push(s);
    lastLine.set(s.frameId, s.line);
  }
  return out;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** GET `path` exactly as given (no URL normalisation), with an optional Host header. */
export function rawGet(port: number, path: string, host = `127.0.0.1:${port}`, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers: { Host: host } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}
