// "Did you mean" hints in the tracebacks the VM prints for uncaught exceptions: every exception of a
// chain or group gets its own, as CPython 3.14's traceback.TracebackException computes them. The
// differential harness compares only the last "Type: message" line, so these compare the whole stderr.
// Expected texts are CPython 3.14's (pyodide), with the script's path replaced by MAIN.

import { describe, expect, it } from 'vitest';
import { runSource } from './run_source.js';

/** stderr with the absolute path of main.py written as MAIN. */
function normalised(stderr: string): string {
  return stderr.replace(/File "[^"]*\/main\.py"/g, 'File "MAIN"');
}

describe('suggestions in printed tracebacks', () => {
  it('adds a hint to the cause of a chained exception', async () => {
    const r = await runSource(
      'class Config:\n' +
        '    def __init__(self):\n' +
        '        self.timeout = 5\n' +
        'cfg = Config()\n' +
        'try:\n' +
        '    cfg.timeot\n' +
        'except AttributeError as e:\n' +
        '    print("str:", e)\n' +
        '    raise ValueError("bad config") from e\n',
    );
    expect(r.stdout).toBe("str: 'Config' object has no attribute 'timeot'\n");
    expect(normalised(r.stderr)).toBe(
      'Traceback (most recent call last):\n' +
        '  File "MAIN", line 6, in <module>\n' +
        '    cfg.timeot\n' +
        "AttributeError: 'Config' object has no attribute 'timeot'. Did you mean: 'timeout'?\n" +
        '\n' +
        'The above exception was the direct cause of the following exception:\n' +
        '\n' +
        'Traceback (most recent call last):\n' +
        '  File "MAIN", line 9, in <module>\n' +
        '    raise ValueError("bad config") from e\n' +
        'ValueError: bad config\n',
    );
    expect(r.exitCode).toBe(1);
  }, 60_000);

  it('adds hints to a context and to the members of an exception group', async () => {
    const r = await runSource(
      'def check(items):\n' +
        '    errors = []\n' +
        '    for item in items:\n' +
        '        try:\n' +
        '            item.uper()\n' +
        '        except AttributeError as e:\n' +
        '            errors.append(e)\n' +
        '    raise ExceptionGroup("checks failed", errors)\n' +
        'value_total = 3\n' +
        'try:\n' +
        '    valu_total\n' +
        'except NameError:\n' +
        '    check(["b"])\n',
    );
    expect(normalised(r.stderr)).toBe(
      'Traceback (most recent call last):\n' +
        '  File "MAIN", line 11, in <module>\n' +
        '    valu_total\n' +
        "NameError: name 'valu_total' is not defined. Did you mean: 'value_total'?\n" +
        '\n' +
        'During handling of the above exception, another exception occurred:\n' +
        '\n' +
        '  + Exception Group Traceback (most recent call last):\n' +
        '  |   File "MAIN", line 13, in <module>\n' +
        '  |     check(["b"])\n' +
        '  |     ~~~~~^^^^^^^\n' +
        '  |   File "MAIN", line 8, in check\n' +
        '  |     raise ExceptionGroup("checks failed", errors)\n' +
        '  | ExceptionGroup: checks failed (1 sub-exception)\n' +
        '  +-+---------------- 1 ----------------\n' +
        '    | Traceback (most recent call last):\n' +
        '    |   File "MAIN", line 5, in check\n' +
        '    |     item.uper()\n' +
        '    |     ^^^^^^^^^\n' +
        "    | AttributeError: 'str' object has no attribute 'uper'. Did you mean: 'upper'?\n" +
        '    +------------------------------------\n',
    );
  }, 60_000);

  it('agrees with traceback.format_exception, which uses the _suggestions module', async () => {
    const r = await runSource(
      'import traceback\n' +
        'class A:\n' +
        '    def __init__(self):\n' +
        '        self.value = 1\n' +
        'try:\n' +
        '    A().valeu\n' +
        'except AttributeError as e:\n' +
        '    print(traceback.format_exception_only(e)[-1], end="")\n' +
        'A().valeu\n',
    );
    const hint = "AttributeError: 'A' object has no attribute 'valeu'. Did you mean: 'value'?\n";
    expect(r.stdout).toBe(hint);
    expect(r.stderr.endsWith(hint)).toBe(true);
  }, 60_000);
});
