// The gc module (vm/modules/gc.ts): what the differential corpus cannot check because CPython's answers
// depend on its heap. pyrewind's objects are collected by the JavaScript engine, so collect() finds
// nothing, the counts stay at zero, and the heap-walking functions refuse with NotImplementedError.

import { describe, expect, it } from 'vitest';
import { runSource, lines } from '../vm/run_source.js';

describe('gc', () => {
  it('collects nothing, counts explicit collections, and calls the callbacks', async () => {
    const r = await runSource(
      'import gc\n' +
        'class Node:\n' +
        '    pass\n' +
        'a = Node(); b = Node(); a.other = b; b.other = a\n' +
        'del a, b\n' +
        'seen = []\n' +
        'gc.callbacks.append(lambda phase, info: seen.append((phase, info["generation"], info["collected"])))\n' +
        'print(gc.collect(), gc.collect(1), gc.get_count(), gc.garbage)\n' +
        'print(seen)\n' +
        'print([s["collections"] for s in gc.get_stats()], gc.get_freeze_count(), gc.is_finalized(Node()))\n',
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      lines(
        '0 0 (0, 0, 0) []',
        "[('start', 2, 0), ('stop', 2, 0), ('start', 1, 0), ('stop', 1, 0)]",
        '[0, 1, 1] 0 False',
      ),
    );
  }, 60_000);

  it('reports a failing callback as unraisable and goes on', async () => {
    const r = await runSource(
      'import gc\n' +
        'def bad(phase, info):\n' +
        '    raise ValueError(phase)\n' +
        'gc.callbacks.append(bad)\n' +
        'print(gc.collect())\n',
    );
    expect(r.stdout).toBe('0\n');
    expect(r.stderr).toMatch(/^Exception ignored while calling GC callback <function bad at 0x[0-9a-f]+>:\nTraceback/);
    expect(r.stderr).toContain('ValueError: start\n');
    expect(r.stderr).toContain('ValueError: stop\n');
  }, 60_000);

  it('prints the DEBUG_STATS report of a collection to sys.stderr', async () => {
    const r = await runSource('import gc\ngc.set_debug(gc.DEBUG_STATS)\nprint(gc.collect(1))\ngc.set_debug(0)\ngc.collect()\n');
    expect(r.stdout).toBe('0\n');
    expect(r.stderr).toMatch(
      /^gc: collecting generation 1\.\.\.\ngc: objects in each generation: 0 0 0\ngc: objects in permanent generation: 0\ngc: done, 0 unreachable, 0 uncollectable, \d+\.\d{4}s elapsed\n$/,
    );
  }, 60_000);

  it('refuses get_objects, get_referrers and get_referents by name', async () => {
    const r = await runSource(
      'import gc\n' +
        'for f in (gc.get_objects, lambda: gc.get_referrers([]), lambda: gc.get_referents([])):\n' +
        '    try:\n' +
        '        f()\n' +
        '    except NotImplementedError as e:\n' +
        '        print(e)\n',
    );
    expect(r.stdout).toBe(
      lines(
        'gc.get_objects() is not available in pyrewind: Python objects are JavaScript objects, and the JavaScript engine cannot enumerate them',
        'gc.get_referrers() is not available in pyrewind: the JavaScript engine does not expose which objects refer to which',
        'gc.get_referents() is not available in pyrewind: the JavaScript engine does not expose which objects refer to which',
      ),
    );
  }, 60_000);
});
