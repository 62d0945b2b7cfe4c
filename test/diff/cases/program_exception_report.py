"""Batch job runner that collects failures into exception groups and prints traceback reports."""
import sys
import traceback
import warnings
from contextlib import contextmanager, suppress, ExitStack


class JobError(Exception):
    def __init__(self, job, reason):
        super().__init__(f"job {job!r} failed: {reason}")
        self.job = job


class RetryableError(JobError):
    pass


def parse_amount(text):
    try:
        return int(text)
    except ValueError:
        raise JobError(text, "not a number") from None


def divide(job, a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        raise RetryableError(job, "division by zero") from e


def fetch(job, table):
    return table[job]


JOBS = [
    ("parse", lambda: parse_amount("12")),
    ("parse-bad", lambda: parse_amount("twelve")),
    ("divide", lambda: divide("divide", 10, 4)),
    ("divide-zero", lambda: divide("divide-zero", 1, 0)),
    ("lookup", lambda: fetch("missing", {"present": 1})),
    ("attr", lambda: "text".no_such_method()),
]


def run_all(jobs):
    results, errors = {}, []
    for name, fn in jobs:
        try:
            results[name] = fn()
        except Exception as e:
            e.add_note(f"while running job {name}")
            errors.append(e)
    if errors:
        raise ExceptionGroup("some jobs failed", errors)
    return results


def short_tb(exc):
    lines = traceback.format_exception(exc)
    return [ln.rstrip("\n") for ln in lines]


def show(title, lines):
    print(f"== {title}")
    for ln in lines:
        for sub in ln.splitlines():
            print("  |", sub.replace(__file__, "<main>"))


try:
    run_all(JOBS)
except* RetryableError as group:
    print("retryable:", [str(e) for e in group.exceptions])
    for e in group.exceptions:
        print("  cause:", repr(e.__cause__), "suppress_context:", e.__suppress_context__)
except* JobError as group:
    print("job errors:", [e.job for e in group.exceptions], group.exceptions[0].__notes__)
except* (KeyError, AttributeError) as group:
    print("lookup errors:", len(group.exceptions))
    for e in group.exceptions:
        show(type(e).__name__, short_tb(e))

eg = ExceptionGroup("outer", [ValueError("v1"), ExceptionGroup("inner", [TypeError("t1"), ValueError("v2")])])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(eg.subgroup(lambda e: isinstance(e, TypeError)))
print([type(e).__name__ for e in eg.exceptions], eg.message, str(eg))
show("group", traceback.format_exception_only(eg))
try:
    raise eg
except ExceptionGroup as caught:
    lines = traceback.format_exception(caught)
    show("full group", lines)


def nested():
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("while handling")


try:
    nested()
except RuntimeError:
    text = traceback.format_exc()
    show("format_exc", text.splitlines())
    et, ev, tb = sys.exc_info()
    print(et.__name__, ev, type(ev.__context__).__name__, tb.tb_lineno, len(traceback.extract_tb(tb)))
    frames = traceback.extract_tb(tb)
    print([(f.name, f.lineno, f.line) for f in frames])

summary = traceback.StackSummary.extract(traceback.walk_stack(None), limit=1)
print(len(summary), summary[0].name)


@contextmanager
def step(name, log):
    log.append(f"enter {name}")
    try:
        yield name.upper()
    except LookupError as e:
        log.append(f"{name} swallowed {type(e).__name__}")
    finally:
        log.append(f"exit {name}")


log = []
with ExitStack() as stack:
    a = stack.enter_context(step("a", log))
    b = stack.enter_context(step("b", log))
    stack.callback(log.append, "callback ran")
    log.append(a + b)
    raise IndexError("boom")
print(log)
with suppress(FileNotFoundError, ZeroDivisionError):
    1 / 0
print("suppressed")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("old api", DeprecationWarning)
    warnings.warn("be careful")
print([(w.category.__name__, str(w.message), w.lineno) for w in caught])
e = ValueError("x")
e.add_note("note 1")
e.add_note("note 2")
print(traceback.format_exception_only(e))
try:
    e.add_note(42)
except TypeError as te:
    print(te)
print(BaseExceptionGroup("b", [KeyboardInterrupt()]).__class__.__name__, ExceptionGroup("e", [ValueError()]).__class__.__name__)
try:
    ExceptionGroup("e", [])
except ValueError as ve:
    print(ve)
try:
    ExceptionGroup("e", [KeyboardInterrupt()])
except TypeError as te:
    print(te)
