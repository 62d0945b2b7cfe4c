"""A tiny scripting language: tokenizer, recursive-descent parser to dataclass AST, tree-walking evaluator, error reports."""
from __future__ import annotations

import math
import operator
import re
from dataclasses import dataclass, field
from enum import Enum
from functools import reduce, singledispatchmethod
from typing import NamedTuple


class Kind(Enum):
    NUM = "number"
    STR = "string"
    NAME = "name"
    OP = "operator"
    KW = "keyword"
    NL = "newline"
    EOF = "end of input"


class Token(NamedTuple):
    kind: Kind
    text: str
    line: int
    col: int


KEYWORDS = {"let", "fn", "if", "else", "while", "return", "print", "and", "or", "not", "true", "false", "nil"}
TOKEN_RE = re.compile(r"""
    (?P<ws>[ \t]+) | (?P<comment>\#[^\n]*) | (?P<nl>\n)
  | (?P<num>\d+(?:\.\d+)?(?:[eE][-+]?\d+)?) | (?P<str>"(?:\\.|[^"\\\n])*")
  | (?P<name>[A-Za-z_]\w*) | (?P<op>==|!=|<=|>=|\*\*|[-+*/%<>=(){},;!])
""", re.VERBOSE)


class LangError(Exception):
    def __init__(self, msg, line, col):
        super().__init__(msg)
        self.line, self.col = line, col


def tokenize(src):
    pos, line, line_start = 0, 1, 0
    while pos < len(src):
        m = TOKEN_RE.match(src, pos)
        if not m:
            raise LangError(f"unexpected character {src[pos]!r}", line, pos - line_start + 1)
        kind, text = m.lastgroup, m.group()
        col = pos - line_start + 1
        if kind == "nl":
            yield Token(Kind.NL, "\\n", line, col)
            line, line_start = line + 1, m.end()
        elif kind == "num":
            yield Token(Kind.NUM, text, line, col)
        elif kind == "str":
            yield Token(Kind.STR, text[1:-1].encode().decode("unicode_escape"), line, col)
        elif kind == "name":
            yield Token(Kind.KW if text in KEYWORDS else Kind.NAME, text, line, col)
        elif kind == "op":
            yield Token(Kind.OP, text, line, col)
        pos = m.end()
    yield Token(Kind.EOF, "", line, pos - line_start + 1)


@dataclass
class Node:
    line: int = field(default=0, repr=False, compare=False)


@dataclass
class Num(Node):
    value: float | int = 0


@dataclass
class Str(Node):
    value: str = ""


@dataclass
class Var(Node):
    name: str = ""


@dataclass
class BinOp(Node):
    op: str = ""
    left: Node | None = None
    right: Node | None = None


@dataclass
class Unary(Node):
    op: str = ""
    operand: Node | None = None


@dataclass
class Call(Node):
    func: Node | None = None
    args: list = field(default_factory=list)


@dataclass
class Let(Node):
    name: str = ""
    value: Node | None = None


@dataclass
class If(Node):
    cond: Node | None = None
    then: list = field(default_factory=list)
    other: list = field(default_factory=list)


@dataclass
class While(Node):
    cond: Node | None = None
    body: list = field(default_factory=list)


@dataclass
class FnDef(Node):
    name: str = ""
    params: tuple = ()
    body: list = field(default_factory=list)


@dataclass
class Return(Node):
    value: Node | None = None


@dataclass
class Print(Node):
    args: list = field(default_factory=list)


BINARY = [("or",), ("and",), ("==", "!="), ("<", "<=", ">", ">="), ("+", "-"), ("*", "/", "%")]


class Parser:
    def __init__(self, tokens):
        self.toks = [t for t in tokens]
        self.i = 0

    @property
    def tok(self):
        return self.toks[self.i]

    def advance(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def accept(self, *texts):
        if self.tok.kind in (Kind.OP, Kind.KW) and self.tok.text in texts:
            return self.advance()
        return None

    def expect(self, text):
        if not (t := self.accept(text)):
            got = self.tok.text if self.tok.kind not in (Kind.EOF, Kind.NL) else self.tok.kind.value
            raise LangError(f"expected {text!r}, got {got!r}", self.tok.line, self.tok.col)
        return t

    def skip_nl(self):
        while self.tok.kind is Kind.NL or (self.tok.kind is Kind.OP and self.tok.text == ";"):
            self.advance()

    def program(self):
        stmts = []
        self.skip_nl()
        while self.tok.kind is not Kind.EOF:
            stmts.append(self.statement())
            self.skip_nl()
        return stmts

    def block(self):
        self.expect("{")
        stmts = []
        self.skip_nl()
        while not self.accept("}"):
            if self.tok.kind is Kind.EOF:
                raise LangError("unclosed block", self.tok.line, self.tok.col)
            stmts.append(self.statement())
            self.skip_nl()
        return stmts

    def statement(self):
        t = self.tok
        match t:
            case Token(kind=Kind.KW, text="let"):
                self.advance()
                name = self.advance()
                if name.kind is not Kind.NAME:
                    raise LangError(f"expected a name after 'let', got {name.kind.value} {name.text!r}", name.line, name.col)
                self.expect("=")
                return Let(t.line, name.text, self.expr())
            case Token(kind=Kind.KW, text="fn"):
                self.advance()
                name = self.advance().text
                self.expect("(")
                params = []
                while not self.accept(")"):
                    params.append(self.advance().text)
                    self.accept(",")
                return FnDef(t.line, name, tuple(params), self.block())
            case Token(kind=Kind.KW, text="if"):
                self.advance()
                cond = self.expr()
                then = self.block()
                other = []
                if self.accept("else"):
                    other = [self.statement()] if self.tok.text == "if" else self.block()
                return If(t.line, cond, then, other)
            case Token(kind=Kind.KW, text="while"):
                self.advance()
                return While(t.line, self.expr(), self.block())
            case Token(kind=Kind.KW, text="return"):
                self.advance()
                return Return(t.line, self.expr())
            case Token(kind=Kind.KW, text="print"):
                self.advance()
                args = [self.expr()]
                while self.accept(","):
                    args.append(self.expr())
                return Print(t.line, args)
            case _:
                return self.expr()

    def expr(self, level=0):
        if level == len(BINARY):
            return self.unary()
        left = self.expr(level + 1)
        while (t := self.accept(*BINARY[level])):
            left = BinOp(t.line, t.text, left, self.expr(level + 1))
        return left

    def unary(self):
        if (t := self.accept("-", "not", "!")):
            return Unary(t.line, t.text, self.unary())
        base = self.power()
        return base

    def power(self):
        base = self.call()
        if (t := self.accept("**")):
            return BinOp(t.line, "**", base, self.unary())
        return base

    def call(self):
        node = self.atom()
        while (t := self.accept("(")):
            args = []
            if not self.accept(")"):
                args.append(self.expr())
                while self.accept(","):
                    args.append(self.expr())
                self.expect(")")
            node = Call(t.line, node, args)
        return node

    def atom(self):
        t = self.advance()
        if t.kind is Kind.NUM:
            return Num(t.line, float(t.text) if any(c in t.text for c in ".eE") else int(t.text))
        if t.kind is Kind.STR:
            return Str(t.line, t.text)
        if t.kind is Kind.NAME:
            return Var(t.line, t.text)
        if t.kind is Kind.KW and t.text in ("true", "false", "nil"):
            return Var(t.line, t.text)
        if t.kind is Kind.OP and t.text == "(":
            e = self.expr()
            self.expect(")")
            return e
        raise LangError(f"unexpected {t.kind.value} {t.text!r}", t.line, t.col)


class ReturnSignal(Exception):
    def __init__(self, value):
        self.value = value


OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "%": operator.mod,
       "**": operator.pow, "==": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le,
       ">": operator.gt, ">=": operator.ge}


class Interpreter:
    def __init__(self, out):
        self.out = out
        self.globals = {"true": True, "false": False, "nil": None, "sqrt": math.sqrt, "len": len,
                        "str": str, "max": max, "floor": math.floor, "sum": lambda *a: reduce(operator.add, a, 0)}

    def show(self, v):
        return {True: "true", False: "false", None: "nil"}.get(v, v) if isinstance(v, (bool, type(None))) else (
            f"{v:g}" if isinstance(v, float) else str(v))

    def run(self, stmts, env):
        result = None
        for s in stmts:
            result = self.eval(s, env)
        return result

    @singledispatchmethod
    def eval(self, node, env):
        raise NotImplementedError(type(node).__name__)

    @eval.register
    def _(self, node: Num, env):
        return node.value

    @eval.register
    def _(self, node: Str, env):
        return node.value

    @eval.register
    def _(self, node: Var, env):
        for scope in env:
            if node.name in scope:
                return scope[node.name]
        raise LangError(f"undefined variable {node.name!r}", node.line, 0)

    @eval.register
    def _(self, node: Let, env):
        env[0][node.name] = self.eval(node.value, env)

    @eval.register
    def _(self, node: BinOp, env):
        if node.op in ("and", "or"):
            left = self.eval(node.left, env)
            return (left and self.eval(node.right, env)) if node.op == "and" else (left or self.eval(node.right, env))
        a, b = self.eval(node.left, env), self.eval(node.right, env)
        try:
            return OPS[node.op](a, b)
        except (TypeError, ZeroDivisionError, OverflowError) as exc:
            raise LangError(f"{type(exc).__name__}: {exc}", node.line, 0) from exc

    @eval.register
    def _(self, node: Unary, env):
        v = self.eval(node.operand, env)
        return -v if node.op == "-" else not v

    @eval.register
    def _(self, node: If, env):
        branch = node.then if self.eval(node.cond, env) else node.other
        return self.run(branch, env)

    @eval.register
    def _(self, node: While, env):
        n = 0
        while self.eval(node.cond, env):
            self.run(node.body, env)
            n += 1
            if n > 10000:
                raise LangError("loop limit exceeded", node.line, 0)

    @eval.register
    def _(self, node: FnDef, env):
        def fn(*args):
            if len(args) != len(node.params):
                raise LangError(f"{node.name}() takes {len(node.params)} arguments but {len(args)} were given", node.line, 0)
            try:
                self.run(node.body, [dict(zip(node.params, args))] + env)
            except ReturnSignal as r:
                return r.value
            return None
        fn.__name__ = node.name
        env[0][node.name] = fn

    @eval.register
    def _(self, node: Return, env):
        raise ReturnSignal(self.eval(node.value, env))

    @eval.register
    def _(self, node: Call, env):
        f = self.eval(node.func, env)
        if not callable(f):
            raise LangError(f"{self.show(f)!r} is not callable", node.line, 0)
        try:
            return f(*[self.eval(a, env) for a in node.args])
        except (TypeError, ValueError) as exc:
            raise LangError(f"{type(exc).__name__}: {exc}", node.line, 0) from exc

    @eval.register
    def _(self, node: Print, env):
        self.out.append(" ".join(self.show(self.eval(a, env)) for a in node.args))


PROGRAMS = [
    'let x = 2 + 3 * 4 ** 2 ** 0.5\nprint x, -x, not x, 7 % 3, -7 % 3, 2 ** -1',
    'fn fact(n) { if n <= 1 { return 1 } return n * fact(n - 1) }\nprint fact(10), fact(25), str(fact(5)) + "!"',
    'fn fib(n) { let a = 0; let b = 1; let i = 0\n while i < n { let t = a + b; let a = b; let b = t; let i = i + 1 }\n return a }\nprint fib(30)',
    'let s = "tab\\there \\"q\\" \\u00e9"\nprint s, len(s), sqrt(2), floor(7.9), max(3, 9, 4), sum(1, 2, 3.5)',
    'print 1 / 0',
    'print "a" - 1',
    'print undefined_thing + 1',
    'let = 5',
    'print (1 + 2',
    'if 1 < 2 { print "yes" } else { print "no"',
    'print 3 $ 4',
    'fn f(a, b) { return a + b }\nprint f(1)',
    'print 5(3)',
    'print sqrt(-1)',
    'print 10 ** 400 * 1.0',
    'fn g(n) { if n == 0 { return "done" } else if n % 2 == 0 { return g(n / 2) } else { return g(n - 1) } }\nprint g(37), 1 == 1.0, "a" < "b", nil == false, 0 or "default", 1 and 2',
    '# comment only\n\n  \nprint 1.5e3, 2.50, 1e-7, 123456789.0 * 1000, 0.1 + 0.2',
]


def report(src, err):
    lines = src.split("\n")
    print(f"  error at {err.line}:{err.col}: {err}")
    if err.col and 0 < err.line <= len(lines):
        print("    " + lines[err.line - 1])
        print("    " + " " * (err.col - 1) + "^")


for n, src in enumerate(PROGRAMS, 1):
    print(f"program {n}:")
    out = []
    try:
        tokens = list(tokenize(src))
        ast = Parser(tokens).program()
        interp = Interpreter(out)
        interp.run(ast, [{}, interp.globals])
    except LangError as err:
        for line in out:
            print("  " + line)
        report(src, err)
        cause = err.__cause__
        if cause is not None:
            print("  caused by", type(cause).__name__)
        continue
    for line in out:
        print("  " + line)

toks = list(tokenize('let a = f(1, "x")  # note\nprint a'))
print(len(toks), toks[3], [t.kind.name for t in toks])
print(Parser(tokenize("1 + 2 * -x ** 2")).expr())
print(Parser(tokenize("fn k(a) { return a }")).statement())
print(BinOp(1, "+", Num(1, 1), Num(2, 2)) == BinOp(9, "+", Num(5, 1), Num(6, 2)), Kind("number"), Kind.OP.value)
