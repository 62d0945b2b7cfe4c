# The "Did you mean 'while'?" hints CPython 3.14's exception printer adds to a plain "invalid syntax"
# when replacing a name near the error by a keyword makes the code valid, for code compiled by the
# program; printed through sys.__excepthook__ into a buffer, and by the traceback module (which reads
# the SyntaxError's _metadata and tries candidates with codeop.compile_command).
import codeop
import io
import sys
import traceback

SOURCES = [
    'whille x:\n    pass\n',
    'x = 1\nfor i in range(3):\n    pass\nimprot os\n',
    'def f():\n    retrun 1\n',
    'x = 1 iff True else 2\n',
    'clas Foo:\n    pass\n',
    'if True:\n    x = 1\nelif:\n    pass\n',
    'import os as\n',
    'x = [1, 2\ny = 3\n',
    'fro i in range(3): pass\n',
    'impotr sys\n',
    'print(1 2)\n',
    'async def f():\n    awiat g()\n',
    'whille True\n    pass\n',
    'if True:\n\tretrun 1\n',
    'whil\u00e9 x:\n    pass\n',
    'def g():\n    x = 1\n    y = 2\n    retunr x + y\n',
    'a = b = c = 1\nz = a iff b elsee c\n',
    'x = 1\n  y = 2\n',
    'lambda x: yeild x\n',
    'class A:\n    deff m(self):\n        pass\n',
    'try:\n    pass\nexcep ValueError:\n    pass\n',
    'from os improt path\n',
    'x = not_a_keyword another\n',
]

for i, src in enumerate(SOURCES):
    try:
        compile(src, f'<case {i}>', 'exec')
        print(i, 'compiled')
        continue
    except SyntaxError as e:
        err = e
    buf = io.StringIO()
    saved = sys.stderr
    sys.stderr = buf
    try:
        sys.__excepthook__(type(err), err, None)
    finally:
        sys.stderr = saved
    print(i, repr(err.msg), type(err._metadata).__name__)
    print(buf.getvalue(), end='')
    print(''.join(traceback.format_exception_only(err)), end='')

# codeop tells incomplete input (_IncompleteInputError) from errors.
print(codeop.compile_command('while x:', symbol='exec'))
print(_IncompleteInputError.__mro__[1].__name__)
try:
    compile('while x:', '<i>', 'exec', codeop.PyCF_ALLOW_INCOMPLETE_INPUT | codeop.PyCF_DONT_IMPLY_DEDENT)
except SyntaxError as e:
    print(type(e).__name__, e)
