# Teaching control flow: try/finally ordering, loop else, generators' laziness and states, match.
import inspect

def trace_finally():
    log = []
    def f():
        try:
            log.append("try")
            return "from try"
        finally:
            log.append("finally runs before the return completes")
    r = f()
    return r, log
print(trace_finally())

def finally_then_reraise():
    try:
        raise ValueError("not lost")
    finally:
        print("finally ran while ValueError propagates")
try:
    finally_then_reraise()
except ValueError as e:
    print("ValueError escaped", e)

def return_value_evaluated_first():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(return_value_evaluated_first())

def nested_handlers():
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            print("inner caught", e)
            raise KeyError("k") from e
    except KeyError as e:
        print("outer caught", repr(e), "cause:", repr(e.__cause__), "context:", repr(e.__context__), e.__suppress_context__)
    try:
        try:
            {}["missing"]
        except KeyError:
            raise ValueError("during handling")
    except ValueError as e:
        print("implicit context:", repr(e.__context__), e.__cause__, e.__suppress_context__)
    try:
        try:
            [][1]
        except IndexError:
            raise TypeError("suppressed") from None
    except TypeError as e:
        print("from None:", repr(e.__context__), e.__cause__, e.__suppress_context__)
nested_handlers()

def except_var_is_deleted():
    try:
        raise ValueError("x")
    except ValueError as err:
        pass
    try:
        return err
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(except_var_is_deleted())

for n in (7, 8):
    for d in range(2, n):
        if n % d == 0:
            print(n, "= factor", d)
            break
    else:
        print(n, "is prime (loop else ran)")
i = 0
while i < 3:
    i += 1
else:
    print("while else after", i)
while True:
    break
else:
    print("never printed")

def counting(n):
    print("  generator started")
    for k in range(n):
        print("  yielding", k)
        received = yield k
        if received is not None:
            print("  received", received)
    print("  generator finishing")
    return "done"
g = counting(2)
print(inspect.getgeneratorstate(g), g.gi_frame is not None, g.gi_running)
print("first next:", next(g), inspect.getgeneratorstate(g))
print("locals:", inspect.getgeneratorlocals(g))
print("send:", g.send("hello"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, inspect.getgeneratorstate(g), g.gi_frame)
try:
    counting(1).send("early")
except TypeError as e:
    print("TypeError", e)
g2 = counting(5)
next(g2)
g2.close()
print("closed:", inspect.getgeneratorstate(g2))
def catcher():
    try:
        yield 1
    except ValueError as e:
        yield "caught " + str(e)
g3 = catcher(); next(g3)
print(g3.throw(ValueError("thrown")))
lazy = (print("evaluating", x) or x * x for x in range(3))
print("generator expression built, nothing evaluated yet")
print(list(lazy), list(lazy))
def delegator():
    result = yield from counting(1)
    print("  yield from returned", result)
print(list(delegator()))
print(g.__name__, g.__qualname__, type(g).__name__, iter(g) is g)

def describe(obj):
    match obj:
        case 0 | 1 as small:
            return f"small int {small}"
        case int(n) if n < 0:
            return f"negative {n}"
        case [x, y, *rest]:
            return f"sequence head {x},{y} rest {rest}"
        case {"type": "point", "x": x, **others}:
            return f"point x={x} others={others}"
        case str() as text if len(text) > 3:
            return f"long string {text!r}"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, yy):
            return f"point {xx},{yy}"
        case (1, _):
            return "never: tuples of len 2 matched above"
        case None:
            return "None"
        case _:
            return f"something else {obj!r}"
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
for obj in (0, 1, -5, 5, [1, 2], (1, 2, 3), "ab", "abcd", {"type": "point", "x": 1, "z": 2}, Point(0, 3), Point(1, 2), None, {"type": "other"}, 3.5):
    print(repr(obj) if not isinstance(obj, Point) else "Point", "->", describe(obj))
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError", e)
match [1, [2, 3]]:
    case [a, [b, c]]:
        print("nested capture", a, b, c)
