# The traceback module formatting exceptions with their source lines and the ~~~^^^ anchors, which it
# finds by parsing each line with ast.parse: format_exc, print_exc, format_exception, extract_tb,
# TracebackException, chained and grouped exceptions.
import sys, traceback

def divide(a, b):
    return a / b

def nested(d):
    return d['outer']['inner'] + 1

def calls(x):
    return divide(x, 0) * 2

class Thing:
    def __init__(self):
        self.value = None

def attr(t):
    return t.value.missing

def show(f, *args):
    try:
        f(*args)
    except Exception:
        text = traceback.format_exc()
        # The program's own path differs between runs only in its directory: keep the file's name.
        print(text.replace(__file__, 'PROGRAM'))

show(calls, 1)
show(nested, {'outer': {}})
show(attr, Thing())
show(lambda: [1, 2, 3][10])
show(lambda: int('x') + divide(1, 0))
show(lambda: (1 +
              divide(2, 0)))

try:
    calls(5)
except ZeroDivisionError as e:
    lines = traceback.format_exception(e)
    print(len(lines))
    print(''.join(lines).replace(__file__, 'PROGRAM'))
    print(traceback.format_exception_only(e))
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.name, fs.lineno, repr(fs.line), fs.colno, fs.end_colno)
    te = traceback.TracebackException.from_exception(e)
    print(''.join(te.format()).replace(__file__, 'PROGRAM'))

# Chained exceptions.
try:
    try:
        divide(1, 0)
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
except ValueError:
    print(traceback.format_exc().replace(__file__, 'PROGRAM'))

try:
    try:
        nested({})
    except KeyError:
        attr(Thing())
except AttributeError:
    print(traceback.format_exc().replace(__file__, 'PROGRAM'))

# print_exc writes to a file (here stdout).
try:
    divide(divide(4, 2), 0)
except ZeroDivisionError:
    import io
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue().replace(__file__, 'PROGRAM'))

# An exception group.
try:
    raise ExceptionGroup('many', [ValueError('a'), TypeError('b')])
except ExceptionGroup:
    print(traceback.format_exc().replace(__file__, 'PROGRAM'))

# A SyntaxError from compile, formatted with its caret.
try:
    compile('x = (1 +\n', 'snippet.py', 'exec')
except SyntaxError:
    print(traceback.format_exc().replace(__file__, 'PROGRAM'))
