// sys.monitoring and sys.settrace/gettrace as pyrewind provides them: CPython's namespace, constants and
// tool registry (with its ValueErrors), and a NotImplementedError naming what pyrewind lacks wherever a
// program asks for monitoring events or a monitoring callback, instead of silently never calling it.
// Trace functions work (sys.settrace: the corpus programs sys_settrace*.py compare their events with CPython's).

import { describe, expect, it } from 'vitest';
import { runProgram } from './program_runner.js';

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
attempt('events', lambda: m.set_events(0, m.events.LINE))
attempt('local events', lambda: m.set_local_events(0, attempt.__code__, m.events.LINE))
attempt('callback', lambda: m.register_callback(0, m.events.LINE, print))
attempt('no callback', lambda: m.register_callback(0, m.events.LINE, None))
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
  it('has CPython\'s namespace and registry, and refuses event requests plainly', async () => {
    const r = await runProgram({ 'main.py': PROGRAM });
    expect(r.stderr).toBe('');
    const lacks = 'pyrewind does not generate sys.monitoring (PEP 669) events';
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
      `events NotImplementedError sys.monitoring.set_events(): ${lacks}`,
      `local events NotImplementedError sys.monitoring.set_local_events(): ${lacks}`,
      `callback NotImplementedError sys.monitoring.register_callback(): ${lacks}, so a callback would never be called`,
      'no callback None',
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
});
