# Standard-library modules that import inspect/dis at import time or use frames: functools.singledispatch,
# enum, pprint, textwrap, shlex, traceback formatting/printing of live and caught exceptions, warnings.
import enum
import functools
import pprint
import shlex
import textwrap
import traceback
import sys


@functools.singledispatch
def describe(x):
    return 'object'


@describe.register
def _(x: int):
    return 'int'


@describe.register(list)
def _(x):
    return 'list of %d' % len(x)


@describe.register
def _(x: str | bytes):
    return 'text'


class Base:
    pass


class Child(Base):
    pass


@describe.register
def _(x: Base):
    return 'base'


print('singledispatch', [describe(v) for v in (1, True, 2.0, [1, 2], 'a', b'b', Child(), None)])
print('dispatch', describe.dispatch(bool).__name__, sorted(k.__name__ for k in describe.registry if k is not object))


class Shape:
    @functools.singledispatchmethod
    def area(self, arg):
        return 'unknown'

    @area.register
    def _(self, arg: int):
        return arg * arg


print('singledispatchmethod', Shape().area(3), Shape().area('x'))


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = enum.auto()


class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1


class Level(enum.StrEnum):
    LOW = enum.auto()
    HIGH = 'hi'


@enum.unique
class Planet(enum.Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print('enum', Color.BLUE, repr(Color.GREEN), Color(1), Color['RED'], list(Color), Color.BLUE.value)
print('flag', Perm.R | Perm.W, repr(Perm(7)), Perm.R in Perm(5), list(Perm(6)), int(Perm.W | Perm.X))
print('strenum', Level.LOW, Level.HIGH == 'hi', list(Level))
print('planet', Planet.EARTH.radius, Planet['MERCURY'].mass)
try:
    Color(7)
except ValueError as e:
    print('enum error', e)
try:
    @enum.unique
    class Dup(enum.Enum):
        A = 1
        B = 1
except ValueError as e:
    print('unique error', e)

data = {'name': 'pyrewind', 'versions': list(range(12)), 'nested': {'a': [1, {'b': 'x' * 30}], 'c': (1, 2)},
        'flags': {'fast': True, 'slow': False}}
pprint.pprint(data, width=50)
print(pprint.pformat(data, depth=1, compact=True))
print(pprint.pformat(list(range(30)), width=40, compact=True))
print('isreadable', pprint.isreadable(data), pprint.isrecursive(data))

text = ('The quick brown fox jumps over the lazy dog. ' * 4).strip()
print(textwrap.fill(text, width=36, initial_indent='> ', subsequent_indent='  '))
print(textwrap.shorten(text, width=40, placeholder=' [...]'))
print(repr(textwrap.dedent('''
    def f():
        return 1
''')))
print(textwrap.indent('a\n\nb', '+ '))
print(textwrap.wrap('supercalifragilisticexpialidocious word', width=10))

print('shlex', shlex.split('cmd --opt "two words" \'single q\' back\\ slash # not comment'))
print('shlex comments', shlex.split('a b # c', comments=True))
print('quote', shlex.quote("it's here"), shlex.quote('safe'), shlex.join(['a b', 'c']))
lex = shlex.shlex('x = "y z"; w', posix=True)
lex.whitespace_split = False
print('tokens', list(lex))


# The traceback module shows source lines with carets located through ast.parse; these frames come from
# generated code (no source for linecache), so only the frame lines themselves are formatted.
TRACEBACK_DEMO = """
def fail(n):
    if n == 0:
        raise KeyError('deep')
    return fail(n - 1)

try:
    fail(2)
except KeyError:
    lines = traceback.format_exc().splitlines()
    print('format_exc', lines[0], lines[-1], len([l for l in lines if 'in fail' in l]))
    et, ev, tb = sys.exc_info()
    print('extract_tb', [(fs.name, fs.lineno, fs.line) for fs in traceback.extract_tb(tb)])
    print('format_exception_only', traceback.format_exception_only(et, ev))
    te = traceback.TracebackException.from_exception(ev)
    print('TracebackException', te.exc_type_str, len(te.stack))
    traceback.print_exc(file=sys.stdout)

def where():
    return [(f.name, f.lineno) for f in traceback.extract_stack(limit=2)]

print('extract_stack', where())
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
except ValueError as e:
    text = ''.join(traceback.format_exception(e))
    print(text.count('direct cause'), text.count('File'))
    e.add_note('a note')
    print(traceback.format_exception_only(e))
    traceback.print_exception(e, file=sys.stdout)
"""
exec(compile(TRACEBACK_DEMO, '<generated>', 'exec'), {'traceback': traceback, 'sys': sys})
