// Writes of globals (and of exec/class namespaces) made other than by STORE_NAME/STORE_GLOBAL: through
// the globals dict (`globals()[k] = v`, `.update()`, `vars(module)`), `from m import *`, module
// attributes and exec(). Each must be a row of `writes` at the step that made it.

import { describe, expect, test } from 'vitest';
import { recordFiles, recordSource, type Recorded } from './record_helpers.js';

/** Every write as [opname of its step, scope kind, name, value repr], in step order. */
function writesOf(r: Recorded): [string, string, string, string | null][] {
  const out: [string, string, string, string | null][] = [];
  for (let n = 1; n <= r.trace.stepCount; n++) {
    const op = r.trace.step(n)!.opname;
    for (const w of r.trace.writesAt(n)) out.push([op, w.scopeKind, w.name, w.value === null ? null : w.value.repr]);
  }
  return out;
}

describe('globals written through their dict', () => {
  test("globals()['x'] = v, .update(), del globals()['x']", () => {
    const r = recordSource("globals()['x'] = 5\nglobals().update(y=6, z=7)\ndel globals()['x']\nprint(y + z)\n");
    expect(r.stdout).toBe('13\n');
    expect(writesOf(r)).toEqual([
      ['STORE_SUBSCR', 'globals', 'x', '5'],
      ['CALL_KW', 'globals', 'y', '6'],
      ['CALL_KW', 'globals', 'z', '7'],
      ['DELETE_SUBSCR', 'globals', 'x', null],
    ]);
  });

  test('a function writing globals()[...] writes the module scope', () => {
    const r = recordSource("def f(v):\n    g = globals()\n    g['w'] = v\nf(3)\n");
    const w = writesOf(r).filter(([, kind, name]) => kind === 'globals' && name === 'w');
    expect(w).toEqual([['STORE_SUBSCR', 'globals', 'w', '3']]);
  });

  test('vars(module)[k] = v and module.attr = v write that module\'s globals', () => {
    const r = recordFiles({
      'main.py': "import m\nvars(m)['a'] = 1\nm.b = 2\nsetattr(m, 'c', 3)\nprint(m.a + m.b + m.c)\n",
      'm.py': 'z = 0\n',
    });
    expect(r.stdout).toBe('6\n');
    const w = writesOf(r).filter(([, kind, name]) => kind === 'globals' && 'abc'.includes(name));
    expect(w).toEqual([
      ['STORE_SUBSCR', 'globals', 'a', '1'],
      ['STORE_ATTR', 'globals', 'b', '2'],
      ['CALL', 'globals', 'c', '3'],
    ]);
  });

  test('from m import * writes each imported name', () => {
    const r = recordFiles({ 'main.py': 'from m import *\nprint(p, q)\n', 'm.py': 'p = 1\nq = "two"\n_hidden = 3\n' });
    expect(r.stdout).toBe('1 two\n');
    const main = writesOf(r).filter(([op]) => op === 'CALL_INTRINSIC_1');
    expect(main).toEqual([
      ['CALL_INTRINSIC_1', 'globals', 'p', '1'],
      ['CALL_INTRINSIC_1', 'globals', 'q', "'two'"],
    ]);
  });

  test('exec(src, g) writes into the scope of g (its globals), exec into globals() into the module\'s', () => {
    const r = recordSource("g = {}\nexec('a = 1\\nb = a + 1', g)\nexec('c = 3', globals())\nprint(g['b'], c)\n");
    expect(r.stdout).toBe('2 3\n');
    const all = [];
    for (let n = 1; n <= r.trace.stepCount; n++) all.push(...r.trace.writesAt(n));
    const scopeOf = (name: string) => all.filter((w) => w.name === name).map((w) => [w.scopeKind, w.scopeId, w.value?.repr]);
    const main = all.find((w) => w.name === 'g')!.scopeId;
    const [[, execScope]] = scopeOf('a');
    expect(execScope).not.toBe(main);
    expect(scopeOf('a')).toEqual([['globals', execScope, '1']]);
    expect(scopeOf('b')).toEqual([['globals', execScope, '2']]);
    expect(scopeOf('c')).toEqual([['globals', main, '3']]);
  });

  test('an ordinary dict is not a scope: no writes', () => {
    const r = recordSource("d = {}\nd['k'] = 1\nd.update(j=2)\n");
    expect(writesOf(r).map(([, , name]) => name)).toEqual(['d']);
  });
});
