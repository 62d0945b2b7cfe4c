# Exception chaining: implicit __context__, explicit `raise ... from`, `from None` suppression,
# __suppress_context__, __traceback__ presence, exceptions in finally and in __exit__, sys.exc_info().
import sys

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def describe(e):
    parts = []
    while e is not None:
        parts.append(f"{type(e).__name__}({e}) cause={type(e.__cause__).__name__ if e.__cause__ else None} suppress={e.__suppress_context__}")
        e = e.__cause__ or e.__context__
    return parts

def implicit():
    try:
        {}["k"]
    except KeyError:
        raise ValueError("during handling")
def explicit():
    try:
        int("x")
    except ValueError as e:
        raise RuntimeError("wrapped") from e
def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("clean") from None
def from_other():
    raise KeyError("a") from OSError("root cause")
def catch(fn):
    try:
        fn()
    except Exception as e:
        return describe(e)
show("implicit context", lambda: catch(implicit))
show("explicit cause", lambda: catch(explicit))
show("from None", lambda: catch(suppressed))
show("from unrelated", lambda: catch(from_other))
def context_of_from_none():
    try:
        suppressed()
    except TypeError as e:
        return type(e.__context__).__name__, e.__cause__, e.__suppress_context__
show("from None keeps context", context_of_from_none)
show("raise from non-exception", lambda: exec("raise ValueError from 5"))
show("raise from class", lambda: catch(lambda: exec("raise ValueError('x') from KeyError")))
def three_levels():
    try:
        try:
            try:
                raise OSError("disk")
            except OSError as e:
                raise ValueError("parse") from e
        except ValueError:
            raise RuntimeError("app")
    except RuntimeError as e:
        return describe(e)
show("three levels", three_levels)
def finally_raises():
    try:
        try:
            raise KeyError("first")
        finally:
            raise ValueError("from finally")
    except ValueError as e:
        return describe(e)
show("exception in finally gets context", finally_raises)
def exc_info():
    out = [sys.exc_info()[0]]
    try:
        raise IndexError("i")
    except IndexError:
        t, v, tb = sys.exc_info()
        out.append((t.__name__, str(v), tb is not None, sys.exception() is v))
        try:
            raise KeyError("nested")
        except KeyError:
            out.append(sys.exc_info()[0].__name__)
        out.append(sys.exc_info()[0].__name__)
    out.append(sys.exc_info())
    out.append(sys.exception())
    return out
show("sys.exc_info", exc_info)
def traceback_present():
    try:
        raise ValueError
    except ValueError as e:
        tb = e.__traceback__
        return tb is not None, tb.tb_frame.f_code.co_name, tb.tb_next is None, type(tb.tb_lineno).__name__
show("__traceback__", traceback_present)
def same_exception_reraised():
    e1 = ValueError("same")
    try:
        try:
            raise e1
        except ValueError as e:
            raise e
    except ValueError as e:
        return e is e1, e.__context__ is None
show("reraise same object", same_exception_reraised)
def context_cycle_prevented():
    a = ValueError("a")
    try:
        try:
            raise a
        except ValueError:
            try:
                raise KeyError("b")
            except KeyError as b:
                raise a
    except ValueError as e:
        return describe(e)[:3]
show("context cycle broken", context_cycle_prevented)
class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise RuntimeError("exit failed")
def exit_raises():
    try:
        with Ctx():
            raise ValueError("body")
    except RuntimeError as e:
        return describe(e)
show("exception in __exit__", exit_raises)
def handler_sees_context():
    try:
        try:
            raise KeyError(1)
        except KeyError:
            raise ValueError(2)
    except ValueError as e:
        return repr(e.__context__), e.__context__.__traceback__ is not None
show("context repr", handler_sees_context)
def manual_cause():
    e = ValueError("x")
    e.__cause__ = KeyError("manual")
    return e.__suppress_context__, type(e.__cause__).__name__
show("setting __cause__ sets suppress", manual_cause)
show("bad cause type", lambda: setattr(ValueError(), "__cause__", 5))
def generator_context():
    def g():
        try:
            yield 1
        except GeneratorExit:
            raise
    it = g()
    next(it)
    try:
        raise KeyError("outer")
    except KeyError:
        it.close()
        return "closed inside handler"
show("generator close in handler", generator_context)
def exception_group_context():
    try:
        try:
            raise OSError("io")
        except OSError:
            raise ExceptionGroup("group", [ValueError("v")])
    except ExceptionGroup as eg:
        return type(eg.__context__).__name__, [type(x).__name__ for x in eg.exceptions]
show("group with context", exception_group_context)
