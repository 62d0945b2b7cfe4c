import re
from dataclasses import dataclass
TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(\w+)|(\*\*|[-+*/()^,=]))")
class ParseError(Exception): pass
@dataclass
class Num: value: float
@dataclass
class Var: name: str
@dataclass
class BinOp: op: str; left: object; right: object
@dataclass
class Call: fn: str; args: list
def tokenize(s):
    pos = 0; out = []
    s = s.rstrip()
    while pos < len(s):
        m = TOKEN.match(s, pos)
        if not m: raise ParseError(f"bad char {s[pos]!r} at {pos}")
        num, name, op = m.groups()
        out.append(('num', float(num)) if num else ('name', name) if name else ('op', op))
        pos = m.end()
    return out
class Parser:
    def __init__(self, toks): self.toks = toks; self.i = 0
    def peek(self): return self.toks[self.i] if self.i < len(self.toks) else (None, None)
    def take(self, kind=None, val=None):
        t = self.peek()
        if kind and t[0] != kind or val and t[1] != val:
            raise ParseError(f"expected {val or kind}, got {t[1]!r}")
        self.i += 1; return t
    def expr(self):
        left = self.term()
        while self.peek()[1] in ('+', '-'):
            op = self.take()[1]; left = BinOp(op, left, self.term())
        return left
    def term(self):
        left = self.factor()
        while self.peek()[1] in ('*', '/'):
            op = self.take()[1]; left = BinOp(op, left, self.factor())
        return left
    def factor(self):
        base = self.atom()
        if self.peek()[1] in ('^', '**'):
            self.take(); return BinOp('^', base, self.factor())
        return base
    def atom(self):
        kind, v = self.peek()
        if kind == 'num': self.take(); return Num(v)
        if kind == 'name':
            self.take()
            if self.peek()[1] == '(':
                self.take(); args = []
                if self.peek()[1] != ')':
                    args.append(self.expr())
                    while self.peek()[1] == ',': self.take(); args.append(self.expr())
                self.take('op', ')'); return Call(v, args)
            return Var(v)
        if v == '(':
            self.take(); e = self.expr(); self.take('op', ')'); return e
        if v == '-':
            self.take(); return BinOp('-', Num(0.0), self.atom())
        raise ParseError(f"unexpected {v!r}")
import math
FUNCS = {'sin': math.sin, 'sqrt': math.sqrt, 'max': max, 'hypot': math.hypot}
def evaluate(node, env):
    match node:
        case Num(value=v): return v
        case Var(name=n):
            try: return env[n]
            except KeyError: raise NameError(f"undefined variable {n}") from None
        case BinOp('+', l, r): return evaluate(l, env) + evaluate(r, env)
        case BinOp('-', l, r): return evaluate(l, env) - evaluate(r, env)
        case BinOp('*', l, r): return evaluate(l, env) * evaluate(r, env)
        case BinOp('/', l, r): return evaluate(l, env) / evaluate(r, env)
        case BinOp('^', l, r): return evaluate(l, env) ** evaluate(r, env)
        case Call(fn, args) if fn in FUNCS: return FUNCS[fn](*(evaluate(a, env) for a in args))
        case Call(fn, _): raise NameError(f"no function {fn}")
env = {'x': 3.0, 'pi': math.pi}
for src in ["1 + 2 * 3", "2 ^ 3 ^ 2", "(1+2)*(3+4)/7", "sqrt(x*x + 16)", "max(1, x, 2) - -x",
            "sin(pi/2)", "1/0", "y + 1", "foo(1)", "3 $ 4", "(1 + 2", "hypot(3, 4) ** 0.5", "2 ** -1"]:
    try:
        tree = Parser(tokenize(src)).expr()
        print(f"{src!r:>24} -> {evaluate(tree, env)!r}")
    except (ParseError, NameError, ZeroDivisionError) as e:
        print(f"{src!r:>24} !! {type(e).__name__}: {e}")
print(Parser(tokenize("a*(b+1)")).expr())
