# Scopes: closures (late binding, cells shared between closures), nonlocal, global, class scopes,
# lambdas, UnboundLocalError and NameError messages.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter()
inc(); inc(5)
show("counter", lambda: (get(), inc(), get()))
inc2, get2 = make_counter()
show("independent", lambda: (inc2(), get()))

show("late binding", lambda: [f() for f in [lambda: i for i in range(3)]])
show("default binding", lambda: [f() for f in [lambda i=i: i for i in range(3)]])

def closure_over_loop():
    fns = []
    for i in range(3):
        def f():
            return i
        fns.append(f)
    return [f() for f in fns]
show("loop closure", closure_over_loop)

x = "global x"
def read_global():
    return x
def shadow():
    x = "local x"
    return x
def write_global():
    global x
    x = "changed"
    return x
show("global read", read_global)
show("shadow", lambda: (shadow(), x))
show("global write", lambda: (write_global(), x))

def unbound():
    print(y_local)
    y_local = 1
show("unbound local", unbound)

def unbound_global_like():
    x = x + 1
show("unbound shadowing global", unbound_global_like)

def free_before_assign():
    def inner():
        return z
    r = None
    try:
        r = inner()
    except NameError as e:
        r = (type(e).__name__, str(e))
    z = 1
    return r, inner()
show("free var before assignment", free_before_assign)

show("undefined name", lambda: undefined_name_here)
def deleted():
    a = 1
    del a
    return a
show("deleted local", deleted)

def nonlocal_chain():
    a = 1
    def mid():
        def inner():
            nonlocal a
            a += 10
            return a
        return inner()
    mid()
    return a
show("nonlocal through levels", nonlocal_chain)

class Scope:
    v = 1
    w = [v * i for i in range(3)] if False else None
    def method(self):
        return v_unknown_in_method
    items = [1, 2]
    doubled = [n * 2 for n in items]
show("class scope", lambda: (Scope.v, Scope.doubled))
show("class var not visible in method", lambda: Scope().method())

class Outer:
    y = 5
    try:
        comp = [y for _ in range(2)]
    except NameError as e:
        comp = str(e)
show("class var in comprehension", lambda: Outer.comp)

def counter_gen():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = counter_gen()
show("accumulator", lambda: [acc(n) for n in (1, 2, 3)])

def cells():
    a = 1
    def r():
        return a
    def w(v):
        nonlocal a
        a = v
    return r, w
r, w = cells()
w(42)
show("shared cell", lambda: r())
show("closure attr", lambda: (r.__closure__ is not None, len(r.__closure__), r.__closure__[0].cell_contents, r.__code__.co_freevars))

def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]
show("adders", lambda: [f(10) for f in make_adders()])

compose = lambda f, g: lambda x: f(g(x))
show("compose lambdas", lambda: compose(str, lambda v: v * 2)(21))
show("lambda name", lambda: ((lambda: 0).__name__, compose.__qualname__))
show("immediately invoked", lambda: (lambda a, b=2: a * b)(4))

def global_decl_new():
    global brand_new_global
    brand_new_global = "created"
global_decl_new()
show("new global", lambda: brand_new_global)

def locals_snapshot():
    a, b = 1, 2
    return sorted(locals().items())
show("locals", locals_snapshot)
show("globals has name", lambda: "show" in globals() and "__name__" in globals())
show("__name__", lambda: __name__)

def recursion_in_closure():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact(10)
show("recursive closure", recursion_in_closure)

def nonlocal_in_loop():
    results = []
    n = 0
    def bump():
        nonlocal n
        n += 1
    for _ in range(5):
        bump()
        results.append(n)
    return results
show("nonlocal in loop", nonlocal_in_loop)

# types.CellType(contents) builds a cell directly (annotationlib makes fake closures this way).
import types
show("CellType with contents", lambda: types.CellType([1, 2]).cell_contents)
show("CellType empty", lambda: types.CellType().cell_contents)
show("CellType too many", lambda: types.CellType(1, 2))
show("CellType keyword", lambda: types.CellType(contents=1))
show("CellType as closure", lambda: types.FunctionType((lambda cell_var: (lambda: cell_var))(0).__code__, {}, closure=(types.CellType("from cell"),))())
show("cell repr", lambda: __import__("re").sub(r"0x[0-9a-f]+", "ADDR", repr(types.CellType(3.5))))
