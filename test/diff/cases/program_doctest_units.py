"""A unit-conversion library documented with doctests, checked with doctest.testmod and run_docstring_examples."""
import doctest
import io
import sys
from contextlib import redirect_stdout

UNITS = {
    "length": {"m": 1.0, "km": 1000.0, "cm": 0.01, "in": 0.0254, "ft": 0.3048, "mi": 1609.344},
    "mass": {"kg": 1.0, "g": 0.001, "lb": 0.45359237, "oz": 0.028349523125},
    "time": {"s": 1, "min": 60, "h": 3600, "day": 86400},
}


class UnitError(KeyError):
    """Raised for unknown or incompatible units.

    >>> raise UnitError("parsec")
    Traceback (most recent call last):
        ...
    UnitError: 'parsec'
    """


def dimension(unit):
    """Return the dimension a unit belongs to.

    >>> dimension("km")
    'length'
    >>> dimension("oz")
    'mass'
    >>> dimension("lightyear")
    Traceback (most recent call last):
      ...
    UnitError: 'lightyear'
    """
    for dim, table in UNITS.items():
        if unit in table:
            return dim
    raise UnitError(unit)


def convert(value, src, dst):
    """Convert value from unit src to unit dst.

    >>> convert(1, "km", "m")
    1000.0
    >>> round(convert(1, "mi", "km"), 3)
    1.609
    >>> convert(90, "min", "h")
    1.5
    >>> convert(1, "kg", "s")
    Traceback (most recent call last):
    ...
    ValueError: cannot convert mass to time
    >>> [convert(x, "ft", "in") for x in (1, 2)]  # doctest: +ELLIPSIS
    [12.0..., 24.0...]
    """
    a, b = dimension(src), dimension(dst)
    if a != b:
        raise ValueError(f"cannot convert {a} to {b}")
    return value * UNITS[a][src] / UNITS[b][dst]


def table(dim):
    """Print a conversion table for a dimension.

    >>> table("time")
    s      1
    min    60
    h      3600
    day    86400
    >>> table("mass")   # doctest: +NORMALIZE_WHITESPACE
    kg 1.0   g 0.001   lb 0.45359237   oz 0.028349523125
    """
    for unit, factor in UNITS[dim].items():
        print(f"{unit:<6} {factor}")


def parse(text):
    """Parse '12.5 km' into a (value, unit) pair.

    >>> parse("12.5 km")
    (12.5, 'km')
    >>> parse("  3   lb ")
    (3.0, 'lb')
    >>> parse("fast")
    Traceback (most recent call last):
    ValueError: expected '<number> <unit>', got 'fast'
    >>> sorted({parse(s)[1] for s in ["1 m", "2 m", "3 ft"]})
    ['ft', 'm']
    """
    parts = text.split()
    if len(parts) != 2:
        raise ValueError(f"expected '<number> <unit>', got {text!r}")
    return float(parts[0]), parts[1]


def broken_examples():
    """These examples fail on purpose.

    >>> 1 + 1
    3
    >>> print("a\\nb")
    a
    c
    >>> undefined_name
    42
    >>> x = 5
    >>> x * 2
    10
    """


def main():
    finder = doctest.DocTestFinder()
    tests = sorted(finder.find(sys.modules[__name__]), key=lambda t: t.name)
    print([(t.name.rsplit(".", 1)[-1], len(t.examples)) for t in tests])
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    buf = io.StringIO()
    for t in tests:
        if "broken" in t.name:
            continue
        runner.run(t, out=buf.write)
    print("failures so far:", runner.failures, "tried:", runner.tries, repr(buf.getvalue()))

    out = io.StringIO()
    with redirect_stdout(out):
        doctest.run_docstring_examples(broken_examples, {}, name="broken_examples")
    report = out.getvalue().replace(__file__, "<main>")
    for line in report.splitlines():
        if line.startswith("File "):
            line = line.split(", line")[0] + ", line N"
        print("|", line)

    parser = doctest.DocTestParser()
    exs = parser.get_examples(">>> a = [1,\n...      2]\n>>> a\n[1, 2]\n")
    print([(e.source, e.want, e.lineno) for e in exs])
    res = doctest.testmod(verbose=False, report=False, optionflags=doctest.ELLIPSIS,
                          extraglobs={"__name__": "units"}, exclude_empty=True)
    print(type(res).__name__, res.failed, res.attempted)
    checker = doctest.OutputChecker()
    print(checker.check_output("[1, 2]\n", "[1,   2]\n", doctest.NORMALIZE_WHITESPACE),
          checker.check_output("a...z\n", "abcz\n", doctest.ELLIPSIS), checker.check_output("1\n", "2\n", 0))


if __name__ == "__main__":
    main()
