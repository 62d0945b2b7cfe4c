# with statements: __enter__/__exit__ order, multiple managers, suppression, exceptions from __enter__,
# return/break inside with, contextlib helpers (contextmanager, suppress, ExitStack, closing, nullcontext,
# redirect_stdout).
import contextlib
import io

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

log = []
class CM:
    def __init__(self, name, suppress=False, fail_enter=False):
        self.name, self.suppress, self.fail_enter = name, suppress, fail_enter
    def __enter__(self):
        log.append(f"enter {self.name}")
        if self.fail_enter:
            raise RuntimeError(f"enter {self.name} failed")
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        log.append(f"exit {self.name} {et.__name__ if et else None}")
        return self.suppress

def run(fn):
    log.clear()
    try:
        result = fn()
    except Exception as e:
        result = f"raised {type(e).__name__}: {e}"
    return result, list(log)

def basic():
    with CM("a") as x:
        log.append(f"body {x}")
    return "ok"
show("basic", lambda: run(basic))
def multiple():
    with CM("a") as a, CM("b") as b:
        log.append(f"body {a}{b}")
show("multiple", lambda: run(multiple))
def parenthesized():
    with (
        CM("p") as p,
        CM("q"),
    ):
        log.append("body " + p)
show("parenthesized", lambda: run(parenthesized))
def exception_propagates():
    with CM("a"), CM("b"):
        raise ValueError("inner")
show("exception unwinds both", lambda: run(exception_propagates))
def suppressed():
    with CM("outer"), CM("inner", suppress=True):
        raise KeyError("k")
    return "continued"
show("suppressed by inner", lambda: run(suppressed))
def enter_fails():
    with CM("a"), CM("b", fail_enter=True), CM("c"):
        log.append("body")
show("enter fails", lambda: run(enter_fails))
def returns():
    with CM("r"):
        return "returned"
show("return inside", lambda: run(returns))
def loop_break():
    for i in range(3):
        with CM(f"loop{i}"):
            if i == 1:
                break
            continue
    return i
show("break and continue", lambda: run(loop_break))
def not_a_cm():
    with 5:
        pass
show("not a context manager", lambda: run(not_a_cm))
def only_enter():
    class E:
        def __enter__(self):
            return self
    with E():
        pass
show("missing __exit__", lambda: run(only_enter))
def exit_info():
    seen = []
    class Inspect:
        def __enter__(self):
            return self
        def __exit__(self, et, ev, tb):
            seen.append((et.__name__, str(ev), tb is not None))
            return True
    with Inspect():
        1 / 0
    return seen
show("exit receives exc info", lambda: run(exit_info))
def truthy_suppress():
    class T:
        def __enter__(self): return self
        def __exit__(self, *a): return "yes"
    with T():
        raise ValueError
    return "suppressed by truthy value"
show("truthy return suppresses", lambda: run(truthy_suppress))

@contextlib.contextmanager
def tag(name):
    log.append(f"<{name}>")
    try:
        yield name * 2
    except ValueError as e:
        log.append(f"handled {e}")
    finally:
        log.append(f"</{name}>")
def gen_cm():
    with tag("a") as t:
        log.append(t)
    with tag("b"):
        raise ValueError("inside")
    with tag("c"):
        raise KeyError("not handled")
show("contextmanager", lambda: run(gen_cm))
@contextlib.contextmanager
def no_yield():
    if False:
        yield
show("contextmanager without yield", lambda: run(lambda: no_yield().__enter__()))
@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2
def use_two():
    with two_yields():
        pass
show("contextmanager yields twice", lambda: run(use_two))
show("suppress", lambda: run(lambda: [contextlib.suppress(KeyError).__enter__(), (lambda: ({}.get(1)))()]))
def suppress_demo():
    with contextlib.suppress(KeyError, IndexError):
        [][0]
    with contextlib.suppress(KeyError):
        raise ValueError("not suppressed")
show("suppress types", lambda: run(suppress_demo))
def exit_stack():
    with contextlib.ExitStack() as stack:
        names = [stack.enter_context(CM(n)) for n in "xyz"]
        stack.callback(log.append, "callback")
        log.append(f"body {names}")
show("ExitStack order", lambda: run(exit_stack))
def redirect():
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        print("captured", 1, 2)
    return buf.getvalue()
show("redirect_stdout", lambda: run(redirect))
def closing_demo():
    class Res:
        def close(self):
            log.append("closed")
    with contextlib.closing(Res()):
        log.append("using")
show("closing", lambda: run(closing_demo))
def nullctx():
    with contextlib.nullcontext("value") as v:
        return v
show("nullcontext", lambda: run(nullctx))
def nested_with_state():
    with CM("outer") as o:
        with CM("inner") as i:
            return o + i
show("nested", lambda: run(nested_with_state))
def reuse_generator_cm():
    cm = tag("once")
    with cm:
        pass
    with cm:
        pass
show("generator cm not reusable", lambda: run(reuse_generator_cm))
class Reentrant:
    depth = 0
    def __enter__(self):
        Reentrant.depth += 1
        log.append(f"depth {Reentrant.depth}")
        return self
    def __exit__(self, *a):
        Reentrant.depth -= 1
def reentrant():
    r = Reentrant()
    with r:
        with r:
            pass
    return Reentrant.depth
show("reentrant", lambda: run(reentrant))
def with_target_tuple():
    with CM("t") as (a, b, c):
        return a, b, c
show("unpacking target", lambda: run(with_target_tuple))
def with_attr_target():
    class Holder: pass
    h = Holder()
    with CM("attr") as h.value:
        pass
    return h.value
show("attribute target", lambda: run(with_attr_target))
