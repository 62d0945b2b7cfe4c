# Generators: lazy evaluation, send, throw, close, GeneratorExit, yield from (delegation of send/throw
# and return values), StopIteration.value, generator expressions and their scoping, errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

show("list", lambda: list(counter(4)))
def manual():
    g = counter(2)
    out = [next(g), next(g)]
    try:
        next(g)
    except StopIteration as e:
        out.append(("stop", e.value))
    try:
        next(g)
    except StopIteration as e:
        out.append(("stop again", e.value))
    return out
show("manual next and return value", manual)

def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print("  echo finally", received)
def send_demo():
    g = echo()
    out = [g.send(None), g.send("a"), g.send("b")]
    g.close()
    return out
show("send", send_demo)
show("send non-None first", lambda: echo().send(1))

def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield f"caught {e}"
def throw_demo():
    g = catcher()
    return [next(g), g.throw(ValueError("boom")), next(g), g.throw(ValueError("again"))]
show("throw caught", throw_demo)
def throw_uncaught():
    g = catcher()
    next(g)
    g.throw(KeyError("k"))
show("throw uncaught", throw_uncaught)
def throw_unstarted():
    g = counter(3)
    g.throw(RuntimeError("before start"))
show("throw into unstarted", throw_unstarted)

def closing():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  got GeneratorExit")
        raise
    finally:
        print("  cleanup")
def close_demo():
    g = closing()
    next(g)
    g.close()
    g.close()
    return list(g)
show("close", close_demo)
def bad_close():
    def stubborn():
        try:
            yield 1
        except GeneratorExit:
            yield "refuse"
    g = stubborn()
    next(g)
    g.close()
show("yield in GeneratorExit", bad_close)
def close_returns_value():
    def gen():
        try:
            yield 1
        except GeneratorExit:
            return "closing value"
    g = gen()
    next(g)
    return g.close()
show("close return value (3.13+)", close_returns_value)

def inner():
    x = yield "inner1"
    print("  inner got", x)
    y = yield "inner2"
    print("  inner got", y)
    return "inner result"
def outer():
    r = yield from inner()
    print("  outer got result", r)
    yield "outer"
def delegate():
    g = outer()
    return [next(g), g.send("s1"), g.send("s2")]
show("yield from send", delegate)
def delegate_throw():
    def sub():
        try:
            yield 1
        except KeyError:
            yield "sub caught"
    def top():
        yield from sub()
        yield "top after"
    g = top()
    return [next(g), g.throw(KeyError), next(g)]
show("yield from throw", delegate_throw)
show("yield from iterables", lambda: list((lambda: (yield from [1, 2]))()) + [x for x in (lambda: (yield from "ab"))()])
def chain(*its):
    for it in its:
        yield from it
show("chain", lambda: list(chain([1], (2, 3), range(4, 6), "xy")))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def take(n, it):
    return [x for _, x in zip(range(n), it)]
show("infinite", lambda: take(12, fib()))
def pipeline():
    nums = (x for x in range(20))
    evens = (x for x in nums if x % 2 == 0)
    squares = (x * x for x in evens)
    return list(squares)
show("genexp pipeline", pipeline)
show("genexp laziness", lambda: next(x for x in [1, 0, 2] if 1 / x))
show("genexp error at consumption", lambda: list(1 / x for x in [1, 0]))
def genexp_first_iter_eager():
    try:
        g = (x for x in 5)
    except TypeError as e:
        return "eager: " + str(e)
show("genexp first iterable evaluated eagerly", genexp_first_iter_eager)
def genexp_scope():
    x = 10
    g = (x + i for i in range(3))
    x = 20
    return list(g)
show("genexp late binding", genexp_scope)
show("sum of genexp", lambda: sum(x * x for x in range(10)))
show("genexp attributes", lambda: (type(x for x in []).__name__, (x for x in []).__name__))
def gen_state():
    import inspect
    def g():
        yield 1
    it = g()
    states = [inspect.getgeneratorstate(it)]
    next(it)
    states.append(inspect.getgeneratorstate(it))
    list(it)
    states.append(inspect.getgeneratorstate(it))
    return states
show("generator states", gen_state)
def running():
    def g():
        yield next(me)
    me = g()
    return next(me)
show("generator already executing", running)
def stop_iteration_inside():
    def g():
        yield 1
        raise StopIteration("inner")
    return list(g())
show("StopIteration inside generator", stop_iteration_inside)
def return_in_gen():
    def g():
        yield 1
        return
        yield 2
    return list(g())
show("bare return", return_in_gen)
def gen_with_finally_on_gc():
    def g():
        try:
            yield 1
        finally:
            print("  finally on close")
    it = g()
    next(it)
    it.close()
    return "closed"
show("finally on close", gen_with_finally_on_gc)
def accumulate():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def use_acc():
    g = accumulate()
    next(g)
    for v in (5, 10, 20):
        g.send(v)
    try:
        g.send(None)
    except StopIteration as e:
        return e.value
show("coroutine-style accumulator", use_acc)
show("generator is iterator", lambda: (iter(counter(1)) is not None, hasattr(counter(1), "__next__")))
def zipped():
    return list(zip(counter(3), "abc", fib()))
show("zip with generators", zipped)
def yield_expr_values():
    def g():
        a = yield
        b = yield a * 2
        yield a + b
    it = g()
    next(it)
    return it.send(5), it.send(7)
show("yield as expression", yield_expr_values)
def unpack_gen():
    a, *b = counter(5)
    return a, b
show("unpack generator", unpack_gen)
def gen_in_class():
    class Tree:
        def __init__(self, v, *kids):
            self.v, self.kids = v, kids
        def __iter__(self):
            yield self.v
            for k in self.kids:
                yield from k
    return list(Tree(1, Tree(2, Tree(3)), Tree(4)))
show("recursive __iter__ generator", gen_in_class)
