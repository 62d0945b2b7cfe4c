# exit: 1
# Teaching tracebacks: walking __traceback__, frames, exception groups, notes, recursion limits.
import sys
import traceback

def level3(x):
    return 10 / x
def level2(x):
    return level3(x) + 1
def level1(x):
    return level2(x) * 2

try:
    level1(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    depth = 0
    while tb is not None:
        fr = tb.tb_frame
        print("tb", depth, fr.f_code.co_name, "line", tb.tb_lineno, "lasti>=0", tb.tb_lasti >= 0, "locals", sorted(fr.f_locals))
        tb = tb.tb_next
        depth += 1
    print("formatted:")
    for line in traceback.format_exception(e):
        print(line.replace(__file__, "FILE"), end="")
    summary = traceback.extract_tb(e.__traceback__)
    print([(fs.name, fs.lineno, fs.line) for fs in summary])

def who_called_me():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno - f.f_code.co_firstlineno, sys._getframe().f_code.co_name
def caller():
    return who_called_me()
print(caller())
print(sys._getframe().f_code.co_name, sys._getframe().f_back)
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError", e)

def chain():
    frames = []
    f = sys._getframe()
    while f:
        frames.append(f.f_code.co_name)
        f = f.f_back
    return frames
def chain_outer():
    return chain()
print(chain_outer())

try:
    raise ExceptionGroup("several", [ValueError("v1"), TypeError("t1"), ExceptionGroup("nested", [ValueError("v2")])])
except* ValueError as eg:
    print("caught ValueErrors:", repr(eg), [str(x) for x in eg.exceptions])
except* TypeError as eg:
    print("caught TypeErrors:", repr(eg))
eg = ExceptionGroup("top", [ValueError(1), KeyError(2), ExceptionGroup("inner", [ValueError(3), OSError(4)])])
match, rest = eg.split(ValueError)
print(repr(match), "|", repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, OSError))), eg.subgroup(lambda e: False))
print(type(ExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print("ValueError", e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError", e)
try:
    try:
        raise ExceptionGroup("eg", [ValueError("a"), TypeError("b")])
    except* ValueError:
        print("handled the ValueError part")
except ExceptionGroup as rest_eg:
    print("rest propagated:", repr(rest_eg))
try:
    raise TypeError("plain")
except* TypeError as eg:
    print("plain exception wrapped:", repr(eg))

err = ValueError("base message")
err.add_note("first note")
err.add_note("second note")
print(err.__notes__)
print("".join(traceback.format_exception_only(err)), end="")
try:
    err.add_note(42)
except TypeError as e:
    print("TypeError", e)

print(sys.getrecursionlimit())
def recurse(n):
    return recurse(n + 1)
try:
    recurse(0)
except RecursionError as e:
    print("RecursionError", e)
def count_depth(n=0):
    try:
        return count_depth(n + 1)
    except RecursionError:
        return n
print(count_depth() > 900)
old = sys.getrecursionlimit()
sys.setrecursionlimit(100)
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
try:
    deep(200)
except RecursionError as e:
    print("limit 100:", e)
print(deep(50))
sys.setrecursionlimit(old)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError", e)

class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
try:
    raise MyError(404, "not found")
except MyError as e:
    print(e, repr(e), e.args, e.code)
print(repr(Exception()), str(Exception()), repr(Exception(1, 2)), str(Exception(1, 2)), str(KeyError("k")), str(KeyError()))
print(OSError("plain").errno, OSError(99999, "odd").strerror, type(OSError(99999, "x")).__name__)
print(issubclass(KeyboardInterrupt, Exception), LookupError.__mro__)
print(StopIteration(5).value, SystemExit(3).code, ImportError("m", name="mod").name, AttributeError("a", name="n", obj=1).obj)

def uncaught():
    try:
        {}["key"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
uncaught()
