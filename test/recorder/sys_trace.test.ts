// sys.settrace / sys.setprofile while the recorder is attached: both are active at once. The program's
// trace function must see CPython's events (the same as in an unrecorded run), and the recording must
// still hold every step of the program, the trace function's own frames included (the recorder records
// all Python code that runs; only sys.settrace leaves the trace function untraced).

import { describe, expect, test } from 'vitest';
import { recordSource, stepsOf } from './record_helpers.js';

const SRC = [
  'import sys', // 1
  'events = []', // 2
  'def tracer(frame, event, arg):', // 3
  '    events.append((event, frame.f_code.co_name, frame.f_lineno))', // 4
  '    return tracer', // 5
  'def f(x):', // 6
  '    for i in range(2): x += i', // 7
  '    return x', // 8
  'def prof(frame, event, arg):', // 9
  "    if event.startswith('c_'): events.append((event, arg.__name__))", // 10
  'sys.settrace(tracer)', // 11
  'f(1)', // 12
  'sys.settrace(None)', // 13
  'sys.setprofile(prof)', // 14
  'len([])', // 15
  'sys.setprofile(None)', // 16
  'print(events)', // 17
  '',
].join('\n');

// CPython 3.14.2 (pyodide) prints this for SRC.
const CPYTHON =
  "[('call', 'f', 6), ('line', 'f', 7), ('line', 'f', 7), ('line', 'f', 7), ('line', 'f', 8), ('return', 'f', 8), " +
  "('c_call', 'len'), ('c_return', 'len'), ('c_call', 'setprofile')]\n";

describe('a trace function while recording', () => {
  const r = recordSource(SRC);

  test('the trace and profile functions see CPython 3.14 events', () => {
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(CPYTHON);
  });

  test('the recording has the traced function and the trace function running', () => {
    const names = new Set<string>();
    for (const s of stepsOf(r.trace)) names.add(r.trace.code(r.trace.frame(s.frame)!.codeId).name);
    expect([...names].sort()).toEqual(['<module>', 'f', 'prof', 'tracer']);
    // tracer ran once per event of f: six frames, each a child of f's frame (or of the module for 'call').
    const tracerFrames = new Set(
      stepsOf(r.trace).filter((s) => r.trace.code(r.trace.frame(s.frame)!.codeId).name === 'tracer').map((s) => s.frame),
    );
    expect(tracerFrames.size).toBe(6);
    const parents = [...tracerFrames].map((id) => r.trace.code(r.trace.frame(r.trace.frame(id)!.parentFrameId!)!.codeId).name);
    expect(parents.sort()).toEqual(['f', 'f', 'f', 'f', 'f', 'f']);
  });
});
