# Exceptions: the builtin hierarchy, args and str/repr, try/except/else/finally control flow (including
# return/break/continue in finally), nested handlers, re-raise, custom exception classes, messages of
# common builtin errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print("-- hierarchy")
for exc in (ZeroDivisionError, KeyError, IndexError, FileNotFoundError, ModuleNotFoundError, UnicodeDecodeError,
            RecursionError, NotImplementedError, StopIteration, KeyboardInterrupt, SystemExit, GeneratorExit,
            TimeoutError, BrokenPipeError, UnboundLocalError, IndentationError, TabError, OverflowError, BaseExceptionGroup):
    print(exc.__name__, [c.__name__ for c in exc.__mro__])
show("catch by base", lambda: issubclass(KeyError, LookupError) and isinstance(KeyError(), Exception))
show("IOError alias", lambda: (IOError is OSError, EnvironmentError is OSError))

print("-- args and str")
for e in (ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), KeyError(), KeyError("a", "b"),
          OSError("plain"), OSError(1, 2, 3, 4, 5, 6), IndexError(5), StopIteration(7),
          UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"), SyntaxError("bad", ("f.py", 1, 2, "x y", 1, 3))):
    print(type(e).__name__, repr(e.args), repr(str(e)), repr(e))
# errno numbers are the platform's (Emscripten under pyodide, Linux natively): only symbolic use here.
import errno
show("OSError attrs", lambda: (lambda e: (e.errno == errno.ENOENT, e.strerror, e.filename, type(e).__name__))(OSError(errno.ENOENT, "No such file", "a.txt")))
show("OSError subclass mapping", lambda: [type(OSError(n, "x")).__name__ for n in (errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EISDIR, errno.ENOTDIR, errno.EPIPE, errno.ETIMEDOUT, errno.ECONNREFUSED, errno.EAGAIN, errno.ECHILD, errno.ESRCH, errno.EINTR)])
show("StopIteration value", lambda: StopIteration(5).value)
show("SystemExit code", lambda: (SystemExit().code, SystemExit(3).code, SystemExit("m").code, SystemExit(1, 2).code))
show("KeyError str quoting", lambda: str(KeyError("it's")))
show("exception equality", lambda: ValueError(1) == ValueError(1))
show("with_traceback returns self", lambda: (lambda e: e.with_traceback(None) is e)(ValueError()))
show("add_note", lambda: (lambda e: (e.add_note("n1"), e.add_note("n2"), e.__notes__)[-1])(ValueError("x")))
show("add_note non-str", lambda: ValueError().add_note(5))

print("-- control flow")
def flow(kind):
    log = []
    try:
        log.append("try")
        if kind == "raise":
            raise ValueError("v")
        if kind == "return":
            return log + ["returned"]
    except ValueError as e:
        log.append(f"except {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
show("no exception", lambda: flow("none"))
show("exception", lambda: flow("raise"))
show("return in try", lambda: flow("return"))
def finally_runs_after_return():
    log = []
    def inner():
        try:
            return "try value"
        finally:
            log.append("finally ran")
    return inner(), log
show("finally runs after return", finally_runs_after_return)
def loop_control():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
show("break/continue through finally", loop_control)
def reraise():
    try:
        try:
            raise KeyError("inner")
        except KeyError:
            raise
    except LookupError as e:
        return f"outer caught {type(e).__name__} {e}"
show("bare raise", reraise)
show("bare raise no active", lambda: exec("raise"))
def nested():
    log = []
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            log.append("inner handler")
            [][1]
        finally:
            log.append("inner finally")
    except IndexError as e:
        log.append(f"outer: {e}")
    return log
show("exception in handler", nested)
def tuple_catch():
    out = []
    for exc in (ValueError, TypeError, KeyError):
        try:
            raise exc("x")
        except (ValueError, TypeError) as e:
            out.append(f"tuple {type(e).__name__}")
        except Exception as e:
            out.append(f"general {type(e).__name__}")
    return out
show("tuple of classes", tuple_catch)
def name_unbound_after():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return err
show("except name deleted", name_unbound_after)
def catch_non_exception():
    try:
        raise ValueError
    except 5:
        pass
show("catch non-class", catch_non_exception)
show("raise non-exception", lambda: exec("raise 5"))
show("raise class", lambda: exec("raise KeyError"))
def instance_and_class_checks():
    try:
        raise IndexError
    except LookupError as e:
        return type(e).__name__, e.args
show("raised class instantiated", instance_and_class_checks)

print("-- custom exceptions")
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class NotFound(AppError):
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
class NoInitCall(Exception):
    def __init__(self, x):
        self.x = x
show("custom", lambda: (lambda e: (str(e), e.code, e.args, repr(e)))(AppError(500, "server")))
show("custom str", lambda: str(NotFound(404, "missing")))
show("custom no super init", lambda: (lambda e: (e.args, str(e)))(NoInitCall(5)))
def raise_custom():
    raise NotFound(404, "page")
show("raise custom", raise_custom)
def catch_custom():
    try:
        raise_custom()
    except AppError as e:
        return "caught as AppError", e.code
show("catch by custom base", catch_custom)
class WithRepr(Exception):
    pass
show("custom repr", lambda: (repr(WithRepr("a", 1)), str(WithRepr())))

print("-- builtin error messages")
def catch_type(fn):
    try:
        fn()
    except Exception as e:
        return e
show("zero div", lambda: 1 / 0)
show("zero div int floordiv", lambda: 5 // 0)
show("float zero div", lambda: 5.0 / 0)
show("float mod zero", lambda: 5.0 % 0)
show("key error", lambda: {"a": 1}["b"])
show("index error", lambda: [1][5])
show("tuple index error", lambda: (1,)[5])
show("str index error", lambda: "a"[5])
show("type error add", lambda: 1 + "a")
show("type error add reversed", lambda: "a" + 1)
empty_list = []
show("type error call", lambda: empty_list(1))
five = 5
show("type error subscript", lambda: five[0])
show("type error iterate", lambda: [x for x in 5])
show("type error unhashable", lambda: {[]: 1})
show("attribute error", lambda: [].nope)
show("name error", lambda: nope_name)
show("value error unpack", lambda: exec("a, b = [1, 2, 3]"))
show("value error int", lambda: int("x"))
show("overflow (type only: args hold the platform errno)", lambda: type(catch_type(lambda: 2.0 ** 10000)).__name__)
show("math domain", lambda: __import__("math").sqrt(-1))
show("import error", lambda: __import__("no_such_module_xyz"))
show("from import error", lambda: exec("from math import nope"))
show("assertion", lambda: exec("assert 1 == 2, 'values differ'"))
show("recursion", lambda: exec("def f(): return f()\nf()"))
show("not implemented", lambda: exec("raise NotImplementedError('todo')"))
show("unicode encode", lambda: "é".encode("ascii"))
show("neg sqrt int", lambda: (-1) ** 0.5)
show("str * neg", lambda: "ab" * -1)
show("list remove", lambda: [].remove(1))
show("dict change size", lambda: exec("d={1:1}\nfor k in d: d[2]=2"))
show("int too large float", lambda: float(10 ** 400))
show("chr out of range", lambda: chr(0x110000))
show("ord bad", lambda: ord("ab"))
