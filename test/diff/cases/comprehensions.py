# Comprehensions: list/set/dict/generator, nested loops and conditions, scoping (loop variable does not
# leak, class-body rules), walrus inside comprehensions, async-free edge cases and evaluation order.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("list", lambda: [x * x for x in range(8)])
show("filter", lambda: [x for x in range(20) if x % 3 == 0 if x % 2 == 0])
show("nested loops", lambda: [(x, y) for x in range(3) for y in range(x)])
show("nested comprehension", lambda: [[x * y for y in range(1, 4)] for x in range(1, 4)])
show("flatten", lambda: [c for row in [[1, 2], [3], []] for c in row])
show("set", lambda: {x % 4 for x in range(20)})
show("dict", lambda: {x: x ** 2 for x in range(5)})
show("dict from pairs", lambda: {k: v for k, v in zip("abc", range(3))})
show("dict key collision keeps last", lambda: {x % 2: x for x in range(6)})
show("generator", lambda: list(x + 1 for x in range(3)))
show("conditional expr", lambda: ["even" if x % 2 == 0 else "odd" for x in range(4)])
show("transpose", lambda: [[row[i] for row in [[1, 2, 3], [4, 5, 6]]] for i in range(3)])
show("strings", lambda: [w.upper() for w in "the quick brown fox".split() if len(w) > 3])
show("enumerate", lambda: [f"{i}:{c}" for i, c in enumerate("abc", start=1)])
show("unpacking target", lambda: [a + b for a, b in [(1, 2), (3, 4)]])
show("star target", lambda: [(h, t) for h, *t in ["abc", "de"]])
def no_leak():
    x = "outer"
    _ = [x for x in range(3)]
    return x
show("loop var does not leak", no_leak)
def walrus_leaks():
    _ = [y := v * 2 for v in range(4)]
    return y
show("walrus binds in enclosing scope", walrus_leaks)
def walrus_filter():
    data = [3, 8, 1, 9]
    return [(v, sq) for v in data if (sq := v * v) > 10]
show("walrus in condition", walrus_filter)
def running_total():
    total = 0
    return [total := total + v for v in range(5)], total
show("running total with walrus", running_total)
def closure_in_comp():
    fns = [lambda: i for i in range(3)]
    return [f() for f in fns]
show("closures capture last value", closure_in_comp)
def first_iter_evaluated_in_enclosing_scope():
    class C:
        data = [1, 2, 3]
        doubled = [x * 2 for x in data]
    return C.doubled
show("class body: first iterable OK", first_iter_evaluated_in_enclosing_scope)
def class_var_in_condition():
    class C:
        limit = 2
        data = [1, 2, 3]
        picked = [x for x in data if x > limit]
    return C.picked
show("class body: name in condition not visible", class_var_in_condition)
def evaluation_order():
    log = []
    def src(name, n):
        log.append(f"iter {name}")
        return range(n)
    result = [(a, b) for a in src("a", 2) for b in src("b", 2)]
    return result, log
show("evaluation order", evaluation_order)
def exception_in_comp():
    return [1 / x for x in [1, 0]]
show("exception inside", exception_in_comp)
def comp_over_dict_mutation():
    d = {1: 1}
    return [d.setdefault(k + 1, 0) for k in d]
show("dict mutation during comprehension", comp_over_dict_mutation)
show("nested dict comp", lambda: {k: {v: v * k for v in range(2)} for k in range(1, 3)})
show("set of tuples", lambda: sorted({(x, y) for x in range(2) for y in range(2)}))
show("comprehension in default arg", lambda: (lambda xs=[i for i in range(3)]: xs)())
show("generator consumption once", lambda: (lambda g: (sum(g), sum(g)))(x for x in range(4)))
show("any/all short circuit", lambda: (any(x > 2 for x in range(100)), all(x < 2 for x in [0, 1, 5, 1 / 1])))
show("min with generator", lambda: min((len(w), w) for w in ["pear", "fig", "apple"]))
show("matrix identity", lambda: [[int(i == j) for j in range(3)] for i in range(3)])
show("primes", lambda: [n for n in range(2, 40) if all(n % d for d in range(2, int(n ** 0.5) + 1))])
show("pythagorean", lambda: [(a, b, c) for c in range(1, 20) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c])
show("dict inversion", lambda: {v: k for k, v in {"a": 1, "b": 2}.items()})
show("comprehension with await-free lambda", lambda: [(lambda v: v + 1)(v) for v in range(3)])
show("iterating string chars with index", lambda: {c: i for i, c in enumerate("hello")})
show("nested generator expression", lambda: sum(sum(x for x in range(i)) for i in range(5)))
show("comprehension over zip strict", lambda: [a * b for a, b in zip([1, 2], [3, 4], strict=True)])
show("zip strict mismatch", lambda: [a for a, b in zip([1, 2], [3], strict=True)])
