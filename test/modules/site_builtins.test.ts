// Checks the builtins site adds (vm/modules/site_builtins.ts: exit, quit, copyright, credits, license,
// help) and breakpoint() with the default sys.breakpointhook (vm/modules/breakpoint.ts) against
// CPython 3.14. PROGRAM's expected output was printed by CPython (pyodide 3.14.2) running it.
//
// They run as the interpreter is set up for any program: site's builtins by vm/runtime/main.ts,
// breakpoint by vm/modules/builtins.ts and sys.breakpointhook by vm/modules/sys.ts.
import { describe, expect, it } from 'vitest';
import { runProgram } from './program_runner.js';
import { checkOutputLines } from '../vm/describe_program.js';

const install = (): void => {};

const PROGRAM = String.raw`import sys, builtins, os
def show(label, f):
    try:
        print(label, repr(f()))
    except BaseException as e:
        print(label, type(e).__name__, e, e.args)
show('repr copyright', lambda: repr(copyright))
show('repr credits', lambda: repr(credits))
show('repr license', lambda: repr(license))
show('repr help', lambda: repr(help))
show('repr exit', lambda: repr(exit))
show('repr quit', lambda: repr(quit))
show('str exit', lambda: str(exit))
show('types', lambda: [type(x) for x in (exit, quit, copyright, credits, license, help)])
show('type names', lambda: [(type(x).__module__, type(x).__qualname__) for x in (exit, copyright, help)])
show('exit dict', lambda: exit.__dict__)
show('attrs', lambda: (exit.name, quit.eof, copyright.MAXLINES))
show('copyright fields', lambda: sorted(copyright.__dict__))
show('copyright lines', lambda: (copyright._Printer__name, copyright._Printer__lines[:2], copyright._Printer__linecnt))
show('credits filenames', lambda: credits._Printer__filenames)
show('license data', lambda: license._Printer__data)
show('exit()', lambda: exit())
show('exit(3)', lambda: exit(3))
show('exit code kw', lambda: exit(code='x'))
show('exit 2 args', lambda: exit(1, 2))
show('exit bad kw', lambda: exit(foo=1))
show('exit dup', lambda: exit(1, code=2))
show('quit(None)', lambda: quit(None))
try:
    quit([1])
except SystemExit as e:
    print('code', e.code, e.args)
show('stdin closed', lambda: sys.stdin.closed)
Q = type(exit)
show('Quitter new', lambda: repr(Q('n', 'e')))
show('Quitter kw', lambda: repr(Q(eof='E', name='N')))
show('Quitter noargs', lambda: Q())
show('Quitter 1 arg', lambda: Q('a'))
show('Quitter 3 args', lambda: Q('a', 'b', 'c'))
P = type(copyright)
p = P('nm', 'line1\nline2')
show('Printer new', lambda: repr(p))
show('Printer filenames', lambda: P('a', 'b', ['F1', '/abs'], ['d1', 'd2/', ''])._Printer__filenames)
show('Printer noargs', lambda: P())
show('Printer 5 args', lambda: P(1, 2, 3, 4, 5))
long = P('longtext', '\n'.join('row %d' % i for i in range(30)))
show('long repr', lambda: repr(long))
answers = iter(['x', '', 'q'])
def fake_input(prompt):
    a = next(answers)
    print('[prompt %r -> %r]' % (prompt, a))
    return a
real_input = builtins.input
builtins.input = fake_input
show('page long', lambda: long())
answers = iter([''])
exact = P('exact', '\n'.join('e%d' % i for i in range(23)))
show('exact repr', lambda: repr(exact).count('\n'))
show('page exact', lambda: exact())
show('page short', lambda: credits())
builtins.input = real_input
show('docs', lambda: (type(exit).__doc__, type(copyright).__doc__, type(help).__doc__))
show('callable', lambda: [callable(x) for x in (exit, copyright, help)])
show('in builtins', lambda: [n in builtins.__dict__ for n in ('exit', 'quit', 'copyright', 'credits', 'license', 'help')])
show('printer call args', lambda: credits(1))
`;

const EXPECTED = String.raw`repr copyright 'Copyright (c) 2001 Python Software Foundation.\nAll Rights Reserved.\n\nCopyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\nCopyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\nCopyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.'
repr credits 'Thanks to CWI, CNRI, BeOpen, Zope Corporation, the Python Software\nFoundation, and a cast of thousands for supporting Python\ndevelopment.  See www.python.org for more information.'
repr license 'See https://www.python.org/psf/license/'
repr help 'Type help() for interactive help, or help(object) for help about object.'
repr exit 'Use exit() or Ctrl-D (i.e. EOF) to exit'
repr quit 'Use quit() or Ctrl-D (i.e. EOF) to exit'
str exit 'Use exit() or Ctrl-D (i.e. EOF) to exit'
types [<class '_sitebuiltins.Quitter'>, <class '_sitebuiltins.Quitter'>, <class '_sitebuiltins._Printer'>, <class '_sitebuiltins._Printer'>, <class '_sitebuiltins._Printer'>, <class '_sitebuiltins._Helper'>]
type names [('_sitebuiltins', 'Quitter'), ('_sitebuiltins', '_Printer'), ('_sitebuiltins', '_Helper')]
exit dict {'name': 'exit', 'eof': 'Ctrl-D (i.e. EOF)'}
attrs ('exit', 'Ctrl-D (i.e. EOF)', 23)
copyright fields ['_Printer__data', '_Printer__filenames', '_Printer__linecnt', '_Printer__lines', '_Printer__name']
copyright lines ('copyright', ['Copyright (c) 2001 Python Software Foundation.', 'All Rights Reserved.'], 11)
credits filenames []
license data 'See https://www.python.org/psf/license/'
exit() SystemExit None (None,)
exit(3) SystemExit 3 (3,)
exit code kw SystemExit x ('x',)
exit 2 args TypeError Quitter.__call__() takes from 1 to 2 positional arguments but 3 were given ('Quitter.__call__() takes from 1 to 2 positional arguments but 3 were given',)
exit bad kw TypeError Quitter.__call__() got an unexpected keyword argument 'foo' ("Quitter.__call__() got an unexpected keyword argument 'foo'",)
exit dup TypeError Quitter.__call__() got multiple values for argument 'code' ("Quitter.__call__() got multiple values for argument 'code'",)
quit(None) SystemExit None (None,)
code [1] ([1],)
stdin closed True
Quitter new 'Use n() or e to exit'
Quitter kw 'Use N() or E to exit'
Quitter noargs TypeError Quitter.__init__() missing 2 required positional arguments: 'name' and 'eof' ("Quitter.__init__() missing 2 required positional arguments: 'name' and 'eof'",)
Quitter 1 arg TypeError Quitter.__init__() missing 1 required positional argument: 'eof' ("Quitter.__init__() missing 1 required positional argument: 'eof'",)
Quitter 3 args TypeError Quitter.__init__() takes 3 positional arguments but 4 were given ('Quitter.__init__() takes 3 positional arguments but 4 were given',)
Printer new 'line1\nline2'
Printer filenames ['d1/F1', '/abs', 'd2/F1', '/abs', 'F1', '/abs']
Printer noargs TypeError _Printer.__init__() missing 2 required positional arguments: 'name' and 'data' ("_Printer.__init__() missing 2 required positional arguments: 'name' and 'data'",)
Printer 5 args TypeError _Printer.__init__() takes from 3 to 5 positional arguments but 6 were given ('_Printer.__init__() takes from 3 to 5 positional arguments but 6 were given',)
long repr 'Type longtext() to see the full longtext text'
row 0
row 1
row 2
row 3
row 4
row 5
row 6
row 7
row 8
row 9
row 10
row 11
row 12
row 13
row 14
row 15
row 16
row 17
row 18
row 19
row 20
row 21
row 22
[prompt 'Hit Return for more, or q (and Return) to quit: ' -> 'x']
[prompt 'Hit Return for more, or q (and Return) to quit: ' -> '']
row 23
row 24
row 25
row 26
row 27
row 28
row 29
page long None
exact repr 22
e0
e1
e2
e3
e4
e5
e6
e7
e8
e9
e10
e11
e12
e13
e14
e15
e16
e17
e18
e19
e20
e21
e22
[prompt 'Hit Return for more, or q (and Return) to quit: ' -> '']
page exact None
Thanks to CWI, CNRI, BeOpen, Zope Corporation, the Python Software
Foundation, and a cast of thousands for supporting Python
development.  See www.python.org for more information.
page short None
docs (None, 'interactive prompt objects for printing the license text, a list of\ncontributors and the copyright notice.', "Define the builtin 'help'.\n\nThis is a wrapper around pydoc.help that provides a helpful message\nwhen 'help' is typed at the Python interactive prompt.\n\nCalling help() at the Python prompt starts an interactive help session.\nCalling help(thing) prints help for the python object 'thing'.\n")
callable [True, True, True]
in builtins [True, True, True, True, True, True]
printer call args TypeError _Printer.__call__() takes 1 positional argument but 2 were given ('_Printer.__call__() takes 1 positional argument but 2 were given',)
`;

describe('site builtins', () => {
  checkOutputLines(() => runProgram({ 'main.py': PROGRAM }, install), EXPECTED);
});

describe('exit() ending a program', () => {
  it('exits with the code and closes stdin', async () => {
    const r = await runProgram({ 'main.py': "import sys\nprint('before')\ntry:\n    exit(3)\nfinally:\n    print(sys.stdin.closed)\n" }, install);
    expect(r.stdout).toBe('before\nTrue\n');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(3);
  });
  it('prints a non-integer code and exits with 1', async () => {
    const r = await runProgram({ 'main.py': "quit('bye')\n" }, install);
    expect(r.stderr).toBe('bye\n');
    expect(r.status).toBe(1);
  });
});

describe('help()', () => {
  it('is pydoc.help, or says plainly that pydoc cannot be imported yet', async () => {
    const r = await runProgram(
      {
        'main.py':
          "try:\n    help(len)\nexcept NotImplementedError as e:\n    print('unavailable:', e)\n    print('cause:', type(e.__cause__).__name__)\n",
      },
      install,
    );
    if (r.stdout.startsWith('unavailable:')) {
      expect(r.stdout).toMatch(/^unavailable: help\(\) is not available: pyrewind cannot import pydoc yet \((ModuleNotFoundError|ImportError): /);
      expect(r.stdout).toMatch(/\ncause: (ModuleNotFoundError|ImportError)\n$/);
    } else {
      expect(r.stdout).toContain('len(obj, /)');
    }
  });
});

describe('license text', () => {
  it('is read from LICENSE.txt in the current directory, and pages when long', async () => {
    const text = Array.from({ length: 30 }, (_, i) => `license line ${i}`).join('\n');
    const r = await runProgram(
      { 'main.py': 'print(repr(license))\nlicense()\nprint(license._Printer__linecnt)\n', 'LICENSE.txt': text },
      install,
      'q\n',
    );
    const first = Array.from({ length: 23 }, (_, i) => `license line ${i}`).join('\n');
    expect(r.stdout).toBe(
      `Type license() to see the full license text\n${first}\nHit Return for more, or q (and Return) to quit: 30\n`,
    );
  });
});

describe('breakpoint()', () => {
  const run = (body: string, env: string | null, extra: Record<string, string> = {}) =>
    runProgram(
      {
        'main.py': `import os, sys\n${env === null ? "os.environ.pop('PYTHONBREAKPOINT', None)" : `os.environ['PYTHONBREAKPOINT'] = ${JSON.stringify(env)}`}\n${body}`,
        ...extra,
      },
      install,
    );
  it('does nothing with PYTHONBREAKPOINT=0', async () => {
    const r = await run("print(breakpoint(1, x=2))\n", '0');
    expect(r.stdout).toBe('None\n');
  });
  it('calls a builtin named by PYTHONBREAKPOINT with the arguments', async () => {
    const r = await run("print(breakpoint('abc'))\n", 'len');
    expect(r.stdout).toBe('3\n');
  });
  it('imports module.attr named by PYTHONBREAKPOINT', async () => {
    const r = await run("print(breakpoint(1, k=2))\n", 'hooks.stop', { 'hooks.py': "def stop(*a, **k):\n    return ('stopped', a, k)\n" });
    expect(r.stdout).toBe("('stopped', (1,), {'k': 2})\n");
  });
  it('calls sys.breakpointhook, and says when it is lost', async () => {
    const r = await run(
      "sys.breakpointhook = lambda *a, **k: ('custom', a, k)\nprint(breakpoint(1, k=2))\ndel sys.breakpointhook\ntry:\n    breakpoint()\nexcept RuntimeError as e:\n    print(e)\nprint(sys.__breakpointhook__.__name__, breakpoint.__name__)\n",
      'len',
    );
    expect(r.stdout).toBe("('custom', (1,), {'k': 2})\nlost sys.breakpointhook\nbreakpointhook breakpoint\n");
  });
  it('starts pdb with PYTHONBREAKPOINT unset, taking debugger commands from stdin', async () => {
    const body =
      "os.environ.pop('PYTHONBREAKPOINT', None)\n" +
      'def f():\n' +
      '    a = 1\n' +
      '    breakpoint()\n' +
      '    a = a + 41\n' +
      '    return a\n' +
      "print('result', f())\n" +
      "print('tool', sys.monitoring.get_tool(0))\n";
    const r = await runProgram({ 'main.py': `import os, sys\n${body}` }, install, 'p a\nn\np a\nc\n');
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^> .*main\.py\(5\)f\(\)$/);
    expect(lines.slice(1)).toEqual([
      '-> breakpoint()',
      '(Pdb) 1',
      expect.stringMatching(/^\(Pdb\) > .*main\.py\(6\)f\(\)$/),
      '-> a = a + 41',
      '(Pdb) 1',
      '(Pdb) result 42',
      'tool None',
      '',
    ]);
  }, 60_000);
});
