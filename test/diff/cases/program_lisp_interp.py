"""A small Scheme-like interpreter: reader, environments, closures, tail calls, macros-lite."""
import math
import operator as op
from functools import reduce


class Symbol(str):
    pass


class LispError(Exception):
    pass


def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()


def read(tokens):
    if not tokens:
        raise LispError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        out = []
        while tokens and tokens[0] != ")":
            out.append(read(tokens))
        if not tokens:
            raise LispError("missing )")
        tokens.pop(0)
        return out
    if tok == ")":
        raise LispError("unexpected )")
    if tok == "'":
        return [Symbol("quote"), read(tokens)]
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    return Symbol(tok)


def parse_all(src):
    tokens = tokenize(src)
    forms = []
    while tokens:
        forms.append(read(tokens))
    return forms


class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer

    def find(self, name):
        env = self
        while env is not None:
            if name in env:
                return env
            env = env.outer
        raise LispError(f"unbound symbol: {name}")


class Procedure:
    def __init__(self, params, body, env, name="lambda"):
        self.params, self.body, self.env, self.name = params, body, env, name

    def __repr__(self):
        return f"#<procedure {self.name}/{len(self.params)}>"


def standard_env():
    env = Env()
    env.update({
        "+": lambda *a: sum(a), "-": lambda a, *b: a - sum(b) if b else -a,
        "*": lambda *a: reduce(op.mul, a, 1), "/": op.truediv, "quotient": op.floordiv,
        "<": op.lt, ">": op.gt, "=": op.eq, "<=": op.le, ">=": op.ge,
        "car": lambda x: x[0], "cdr": lambda x: x[1:], "cons": lambda a, b: [a] + b,
        "list": lambda *a: list(a), "null?": lambda x: x == [], "length": len,
        "abs": abs, "sqrt": math.sqrt, "not": op.not_, "display": lambda x: print(to_str(x)),
        "apply": lambda f, args: f(*args) if callable(f) else call(f, args),
        "map": lambda f, xs: [call(f, [x]) for x in xs],
        "number?": lambda x: isinstance(x, (int, float)) and not isinstance(x, bool),
    })
    return env


def call(proc, args):
    if isinstance(proc, Procedure):
        return evaluate(proc.body, Env(proc.params, args, proc.env))
    return proc(*args)


def evaluate(x, env):
    while True:
        if isinstance(x, Symbol):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        if not x:
            raise LispError("empty application")
        head = x[0]
        if head == "quote":
            return x[1]
        if head == "if":
            _, test, conseq, alt = x
            x = conseq if evaluate(test, env) not in (False, []) else alt
            continue
        if head == "define":
            _, target, *body = x
            if isinstance(target, list):
                name, *params = target
                env[name] = Procedure(params, [Symbol("begin"), *body], env, name)
            else:
                env[target] = evaluate(body[0], env)
            return None
        if head == "set!":
            env.find(x[1])[x[1]] = evaluate(x[2], env)
            return None
        if head == "lambda":
            return Procedure(x[1], [Symbol("begin"), *x[2:]], env)
        if head == "let":
            names = [b[0] for b in x[1]]
            vals = [evaluate(b[1], env) for b in x[1]]
            env = Env(names, vals, env)
            x = [Symbol("begin"), *x[2:]]
            continue
        if head == "begin":
            for form in x[1:-1]:
                evaluate(form, env)
            x = x[-1]
            continue
        if head == "cond":
            for test, *body in x[1:]:
                if test == "else" or evaluate(test, env) not in (False, []):
                    x = [Symbol("begin"), *body]
                    break
            else:
                return None
            continue
        proc = evaluate(head, env)
        args = [evaluate(a, env) for a in x[1:]]
        if isinstance(proc, Procedure):
            if len(args) != len(proc.params):
                raise LispError(f"{proc.name}: expected {len(proc.params)} args, got {len(args)}")
            env = Env(proc.params, args, proc.env)
            x = proc.body
            continue
        try:
            return proc(*args)
        except TypeError as e:
            raise LispError(f"bad call: {e}") from e


def to_str(x):
    if x is True:
        return "#t"
    if x is False:
        return "#f"
    if isinstance(x, list):
        return "(" + " ".join(map(to_str, x)) + ")"
    if isinstance(x, float) and x.is_integer():
        return f"{x:.1f}"
    return str(x)


PROGRAM = """
(define (fact n) (if (<= n 1) 1 (* n (fact (- n 1)))))
(define (loop i acc) (if (= i 0) acc (loop (- i 1) (+ acc i))))
(define (fib n) (cond ((< n 2) n) (else (+ (fib (- n 1)) (fib (- n 2))))))
(define (make-counter)
  (let ((n 0)) (lambda () (set! n (+ n 1)) n)))
(define c (make-counter))
(c) (c)
(display (c))
(display (fact 25))
(display (loop 5000 0))
(display (map fib '(0 1 2 3 4 5 6 7 8 9 10)))
(display (map (lambda (x) (* x x)) (list 1 2 3)))
(display (sqrt 16))
(display (/ 7 2))
(display (quotient 7 2))
(display (cons 1 '(2 3)))
(display (apply + '(1 2 3 4)))
(display (not (null? '())))
(display fact)
"""

genv = standard_env()
for form in parse_all(PROGRAM):
    result = evaluate(form, genv)
    if result is not None and not isinstance(result, Procedure):
        print(";=>", to_str(result))

for bad in ["(undefined-thing 1)", "(fact 1 2)", "(car '())", "(+ 1", ")", "()", "(/ 1 0)", "(+ 1 'a)"]:
    try:
        for form in parse_all(bad):
            evaluate(form, genv)
    except LispError as e:
        cause = e.__cause__
        print(f"{bad:<20} LispError: {e}" + (f" <- {type(cause).__name__}" if cause else ""))
    except (IndexError, ZeroDivisionError) as e:
        print(f"{bad:<20} {type(e).__name__}: {e}")
print(isinstance(Symbol("x"), str), Symbol("abc").upper(), type(Symbol("q")).__mro__)
