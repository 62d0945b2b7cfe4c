// Tests of the traceback parser: it must find the exception that ended the run in every report shape
// CPython 3.14 prints (plain, chained, exception groups, SyntaxError without header) and nothing else.
import { describe, expect, test } from 'vitest';
import { parseUncaughtException, programStderr } from './traceback.js';

const PLAIN = `Traceback (most recent call last):
  File "/tmp/x/main.py", line 3, in <module>
    f()
    ~^^
  File "/tmp/x/main.py", line 2, in f
    def f(): raise ValueError("bad value")
ValueError: bad value
`;

const CHAINED = `Traceback (most recent call last):
  File "/tmp/x/main.py", line 3, in <module>
KeyError: 'port'

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "/tmp/x/main.py", line 5, in <module>
    raise ConfigError("missing") from e
ConfigError: missing
`;

const CONTEXT = `Traceback (most recent call last):
  File "/tmp/x/main.py", line 3, in <module>
ValueError: first

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "/tmp/x/main.py", line 5, in <module>
RuntimeError: second
`;

const GROUP = `  + Exception Group Traceback (most recent call last):
  |   File "/tmp/x/main.py", line 16, in <module>
  |     run_tasks()
  | ExceptionGroup: task failures (2 sub-exceptions)
  | a note on the group
  +-+---------------- 1 ----------------
    | Traceback (most recent call last):
    |   File "/tmp/x/main.py", line 8, in run_tasks
    | ValueError: inner
    +---------------- 2 ----------------
    | ExceptionGroup: nested (1 sub-exception)
    +-+---------------- 1 ----------------
      | TypeError: deepest
      +------------------------------------
`;

describe('parseUncaughtException', () => {
  test('plain traceback', () => {
    expect(parseUncaughtException(PLAIN)).toEqual({ type: 'ValueError', message: 'bad value' });
  });

  test('chained: the last report is the exception that ended the run', () => {
    expect(parseUncaughtException(CHAINED)).toEqual({ type: 'ConfigError', message: 'missing' });
    expect(parseUncaughtException(CONTEXT)).toEqual({ type: 'RuntimeError', message: 'second' });
  });

  test('exception group: the group itself, with its notes, not a sub-exception', () => {
    expect(parseUncaughtException(GROUP)).toEqual({
      type: 'ExceptionGroup',
      message: 'task failures (2 sub-exceptions)\na note on the group',
    });
  });

  test('a group raised while handling another exception', () => {
    const text =
      'Traceback (most recent call last):\n  File "m.py", line 3, in <module>\nValueError: first\n\n' +
      'During handling of the above exception, another exception occurred:\n\n' +
      GROUP;
    expect(parseUncaughtException(text)?.type).toBe('ExceptionGroup');
    expect(programStderr('out\n' + text, true)).toBe('out\n');
  });

  test('multi-line message and notes belong to the message', () => {
    const text = 'Traceback (most recent call last):\n  File "m.py", line 1, in <module>\nValidationError: email is invalid:\n  - missing @\nsee the guide\n';
    expect(parseUncaughtException(text)).toEqual({ type: 'ValidationError', message: 'email is invalid:\n  - missing @\nsee the guide' });
  });

  test('type without message, and module-qualified types', () => {
    expect(parseUncaughtException('Traceback (most recent call last):\n  File "m.py", line 1, in <module>\nStopIteration\n')).toEqual({ type: 'StopIteration', message: '' });
    expect(parseUncaughtException('Traceback (most recent call last):\n  File "m.py", line 1, in <module>\nbank.InsufficientFunds: no money\n')).toEqual({ type: 'bank.InsufficientFunds', message: 'no money' });
  });

  test('recursion report with a repeated-line marker', () => {
    const text = 'Traceback (most recent call last):\n  File "m.py", line 4, in walk\n    return walk(n)\n  [Previous line repeated 996 more times]\nRecursionError: maximum recursion depth exceeded\n';
    expect(parseUncaughtException(text)).toEqual({ type: 'RecursionError', message: 'maximum recursion depth exceeded' });
  });

  test('SyntaxError in the main script has no header', () => {
    const text = '  File "/tmp/x/main.py", line 4\n    def broken(:\n               ^\nSyntaxError: invalid syntax\n';
    expect(parseUncaughtException(text)).toEqual({ type: 'SyntaxError', message: 'invalid syntax' });
  });

  test('program output before the traceback is ignored', () => {
    expect(parseUncaughtException('Error: not a traceback\nsomething else\n' + PLAIN)).toEqual({ type: 'ValueError', message: 'bad value' });
  });

  test('no traceback: null', () => {
    expect(parseUncaughtException('')).toBeNull();
    expect(parseUncaughtException('fatal: configuration missing\n')).toBeNull();
  });
});

describe('programStderr', () => {
  test('everything when the run did not end with an exception', () => {
    expect(programStderr('a\nb\n', false)).toBe('a\nb\n');
  });

  test('what came before the whole chain of reports', () => {
    expect(programStderr('warning: x\n' + CHAINED, true)).toBe('warning: x\n');
    expect(programStderr('warning: y\n' + CONTEXT, true)).toBe('warning: y\n');
    expect(programStderr(PLAIN, true)).toBe('');
    expect(programStderr('printed\n' + GROUP, true)).toBe('printed\n');
  });

  test('before a header-less SyntaxError report', () => {
    expect(programStderr('  File "m.py", line 1\n    (\n    ^\nSyntaxError: x\n', true)).toBe('');
  });
});
