// sys.monitoring and sys.settrace/gettrace: CPython's namespace, constants and tool registry (with its
// ValueErrors), events reported to registered callbacks, and the interpreter's tracer attached only while
// some event is set. The corpus programs sys_monitoring_*.py and sys_settrace*.py compare the events
// themselves with CPython's.

import { describe, expect, it } from 'vitest';
import { runProgram } from './program_runner.js';
import type { Interpreter, Tracer } from '../../vm/runtime/interpreter.js';

const PROGRAM = `import sys
m = sys.monitoring
print(type(m).__name__, m.__name__, m.DEBUGGER_ID, m.COVERAGE_ID, m.PROFILER_ID, m.OPTIMIZER_ID)
print(m.events.PY_START, m.events.LINE, m.events.BRANCH_LEFT, m.events.BRANCH, m.events.NO_EVENTS, type(m.events).__name__)
print(type(m.DISABLE).__name__, m.DISABLE is not m.MISSING)
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
attempt('get_tool', lambda: m.get_tool(0))
attempt('use', lambda: m.use_tool_id(0, 'dbg'))
attempt('use again', lambda: m.use_tool_id(0, 'other'))
attempt('get_tool', lambda: m.get_tool(0))
attempt('bad id', lambda: m.use_tool_id(6, 'x'))
attempt('bad name', lambda: m.use_tool_id(1, 3))
attempt('not in use', lambda: m.set_events(3, 0))
attempt('no events', lambda: m.set_events(0, 0))
attempt('get_events', lambda: m.get_events(0))
def starts(code, offset):
    print('PY_START', code.co_name, offset)
def target():
    return 1
attempt('callback', lambda: m.register_callback(0, m.events.PY_START, starts))
attempt('local events', lambda: m.set_local_events(0, target.__code__, m.events.PY_START))
attempt('local get', lambda: m.get_local_events(0, target.__code__))
attempt('target', target)
attempt('local off', lambda: m.set_local_events(0, target.__code__, 0))
attempt('target', target)
attempt('events', lambda: m.set_events(0, m.events.PY_START))
attempt('target', target)
attempt('events off', lambda: m.set_events(0, 0))
attempt('no callback', lambda: m.register_callback(0, m.events.PY_START, None) is starts)
attempt('free', lambda: m.free_tool_id(0))
attempt('freed', lambda: m.get_tool(0))
attempt('gettrace', lambda: sys.gettrace())
attempt('settrace None', lambda: sys.settrace(None))
tracer = lambda *a: None
attempt('settrace f', lambda: sys.settrace(tracer))
attempt('gettrace is f', lambda: sys.gettrace() is tracer)
sys.settrace(None)
import bdb, pdb, doctest
print('imported', bdb.Bdb.__name__, pdb.Pdb.__name__, doctest.testmod.__name__)
`;

describe('sys.monitoring', () => {
  it('has CPython\'s namespace and registry, and reports the events asked for', async () => {
    const r = await runProgram({ 'main.py': PROGRAM });
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')).toEqual([
      'module sys.monitoring 0 1 2 5',
      '1 32 256 262144 0 SimpleNamespace',
      'object True',
      'get_tool None',
      'use None',
      'use again ValueError tool 0 is already in use',
      "get_tool 'dbg'",
      'bad id ValueError invalid tool 6 (must be between 0 and 5)',
      'bad name ValueError tool name must be a str',
      'not in use ValueError tool 3 is not in use',
      'no events None',
      'get_events 0',
      'callback None',
      'local events None',
      'local get 1',
      'PY_START target 0',
      'target 1',
      'local off None',
      'target 1',
      'events None',
      'PY_START attempt 0',
      'PY_START target 0',
      'target 1',
      'PY_START attempt 0',
      'PY_START <lambda> 0',
      'events off None',
      'no callback True',
      'free None',
      'freed None',
      'gettrace None',
      'settrace None None',
      'settrace f None',
      'gettrace is f True',
      'imported Bdb Pdb testmod',
      '',
    ]);
  }, 60_000);

  it('attaches the interpreter\'s tracer only while some event is set, around the recorder\'s', async () => {
    let interp: Interpreter | null = null;
    const entered: string[] = [];
    let steps = 0;
    const recorder: Tracer = {
      enter: (frame) => void entered.push(frame.code.name),
      step: () => void steps++,
      leave: () => {},
      exception: () => {},
    };
    const r = await runProgram(
      {
        'main.py': `import sys
m = sys.monitoring
m.use_tool_id(2, 'p')
def on_line(code, line):
    if code.co_name == 'work':
        print('LINE', line)
def work():
    a = 1
    return a + 1
m.register_callback(2, m.events.LINE, on_line)
m.set_events(2, m.events.LINE)
work()
m.set_events(2, 0)
work()
m.free_tool_id(2)
`,
      },
      (i) => {
        interp = i;
        i.tracer = recorder;
      },
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('LINE 8\nLINE 9\n');
    // The recorder kept seeing everything, the callback's own frames included, and is the tracer again.
    // (lines 13 and 14 of the module, 8 and 9 of work)
    expect(entered.filter((n) => n === 'on_line').length).toBe(4);
    expect(entered.filter((n) => n === 'work').length).toBe(2);
    expect(steps).toBeGreaterThan(20);
    expect(interp!.tracer).toBe(recorder);
    expect(interp!.sysTrace).toBe(null);
  }, 60_000);

  it('attaches no tracer when no event is set', async () => {
    let interp: Interpreter | null = null;
    const r = await runProgram(
      {
        'main.py': `import sys
m = sys.monitoring
m.use_tool_id(2, 'p')
m.register_callback(2, m.events.LINE, print)
m.set_events(2, 0)
m.set_local_events(2, (lambda: 0).__code__, 0)
print(sys.monitoring.get_events(2))
`,
      },
      (i) => {
        interp = i;
      },
    );
    expect(r.stdout).toBe('0\n');
    expect(interp!.tracer).toBe(null);
    expect(interp!.sysTrace).toBe(null);
  }, 60_000);
});
