# doctest: testmod over this module's docstrings, run_docstring_examples, DocTestParser/DocTestRunner,
# option flags and failure reports; plus the parts of sys.monitoring that doctest, pdb and bdb touch.
import doctest
import sys


def add(a, b):
    """Add two numbers.

    >>> add(1, 2)
    3
    >>> add('a', 'b')
    'ab'
    >>> [add(i, i) for i in range(3)]
    [0, 2, 4]
    """
    return a + b


def broken(x):
    """A docstring whose examples fail.

    >>> broken(2)
    5
    >>> broken(0)
    Traceback (most recent call last):
        ...
    ZeroDivisionError: division by zero
    >>> broken('x')
    Traceback (most recent call last):
        ...
    TypeError: unsupported operand type(s) for //: 'int' and 'str'
    >>> broken(5) * 3
    7
    """
    return 10 // x


def raises():
    """
    >>> raises()
    Traceback (most recent call last):
      ...
    KeyError: 'k'
    >>> print('a\\nb')
    a
    b
    >>> print('x' * 3)  # doctest: +ELLIPSIS
    xx...
    >>> list(range(20))  # doctest: +NORMALIZE_WHITESPACE
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
     10, 11, 12, 13, 14, 15, 16, 17, 18, 19]
    >>> None
    >>> 1/0  # doctest: +SKIP
    >>> print('')
    <BLANKLINE>
    """
    raise KeyError('k')


class Counter:
    """A class with doctests in methods.

    >>> c = Counter()
    >>> c.bump(); c.bump()
    1
    2
    """

    def __init__(self):
        self.n = 0

    def bump(self):
        """
        >>> Counter().bump()
        1
        """
        self.n += 1
        return self.n


print('testmod', doctest.testmod(verbose=False, report=False, optionflags=doctest.ELLIPSIS))

g = {'add': add}
doctest.run_docstring_examples(add, g, verbose=False, name='add')
print('run_docstring_examples verbose')
doctest.run_docstring_examples(add, g, verbose=True, name='add')

parser = doctest.DocTestParser()
test = parser.get_doctest('>>> 1 + 1\n2\n>>> x = 5\n>>> x * 2\n11\n', {}, 'snippet', 'snippet.py', 0)
print('examples', [(e.source, e.want, e.lineno) for e in test.examples])
runner = doctest.DocTestRunner(verbose=False)
out = []
runner.run(test, out=out.append)
print(''.join(out))
print('summary', runner.summarize(verbose=False))

finder = doctest.DocTestFinder()
tests = finder.find(sys.modules[__name__])
print('found', sorted((t.name, len(t.examples)) for t in tests))

r2 = doctest.DocTestRunner(optionflags=doctest.REPORT_NDIFF)
t2 = parser.get_doctest(">>> print('one\\ntwo\\nthree')\none\n2\nthree\n", {}, 'ndiff', 'ndiff.py', 0)
o2 = []
r2.run(t2, out=o2.append)
print(''.join(o2))
print('script', doctest.script_from_examples('>>> x = 1\n>>> x\n1\n'))

m = sys.monitoring
print('monitoring', m.DEBUGGER_ID, m.events.LINE, m.get_tool(m.DEBUGGER_ID))
m.use_tool_id(m.COVERAGE_ID, 'cov')
print('tool', m.get_tool(m.COVERAGE_ID), m.get_events(m.COVERAGE_ID))
m.set_events(m.COVERAGE_ID, 0)
try:
    m.use_tool_id(m.COVERAGE_ID, 'other')
except ValueError as e:
    print('ValueError', e)
m.free_tool_id(m.COVERAGE_ID)
print('freed', m.get_tool(m.COVERAGE_ID))
import bdb, pdb
try:
    sys.settrace(lambda *a: None)
except NotImplementedError:
    pass
sys.settrace(None)
print('gettrace', sys.gettrace())
print('bdb', bdb.Bdb().backend if hasattr(bdb.Bdb(), 'backend') else None, pdb.Pdb.__name__)
