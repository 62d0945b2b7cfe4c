# Recursion: classic recursive algorithms, mutual recursion, deep recursion caught as RecursionError
# (and recovery afterwards), sys.setrecursionlimit.
import sys

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def hanoi(n, a="A", b="B", c="C", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
def perms(xs):
    if len(xs) <= 1:
        return [xs]
    return [[x] + p for i, x in enumerate(xs) for p in perms(xs[:i] + xs[i + 1:])]
def flatten(x):
    if isinstance(x, list):
        return [z for y in x for z in flatten(y)]
    return [x]
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

show("fact", lambda: (fact(0), fact(20), fact(50)))
show("fib", lambda: [fib(i) for i in range(15)])
show("hanoi", lambda: (len(hanoi(10)), hanoi(3)))
show("mutual", lambda: (is_even(100), is_odd(7)))
show("perms", lambda: perms([1, 2, 3]))
show("flatten", lambda: flatten([1, [2, [3, [4, [5]]]], [[6]]]))
show("ackermann", lambda: ackermann(2, 3))
show("limit", lambda: sys.getrecursionlimit())

def forever(n):
    return forever(n + 1)
show("infinite recursion", lambda: forever(0))

def depth_reached():
    def dive(n):
        try:
            return dive(n + 1)
        except RecursionError:
            return n
    return dive(0) > 100
show("depth reached", depth_reached)
show("works again afterwards", lambda: fact(100) > 0)

def recursion_in_repr():
    class Loop:
        def __repr__(self):
            return repr(self)
    return repr(Loop())
show("repr recursion", recursion_in_repr)

sys.setrecursionlimit(200)
show("lower limit", lambda: forever(0))
show("still fine below limit", lambda: fact(150) > 0)
sys.setrecursionlimit(1000)
show("limit restored", lambda: sys.getrecursionlimit())
show("bad limit", lambda: sys.setrecursionlimit(0))

def count_down(n):
    if n == 0:
        return "done"
    return count_down(n - 1)
show("moderately deep", lambda: count_down(900))

def catching_at_each_level(n):
    try:
        if n == 0:
            raise ValueError("bottom")
        return catching_at_each_level(n - 1)
    finally:
        pass
show("exception through 500 frames", lambda: catching_at_each_level(500))

class Node:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, list(kids)
    def total(self):
        return self.v + sum(k.total() for k in self.kids)
    def depth(self):
        return 1 + max((k.depth() for k in self.kids), default=0)
tree = Node(1, [Node(2, [Node(4), Node(5, [Node(7)])]), Node(3, [Node(6)])])
show("tree recursion", lambda: (tree.total(), tree.depth()))
def gen_rec(n):
    if n:
        yield n
        yield from gen_rec(n - 1)
show("recursive generator", lambda: list(gen_rec(10)))
