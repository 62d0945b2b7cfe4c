# A tokenizer and expression evaluator for a tiny language: regex-based tokenizing with line/column
# tracking, a Pratt parser producing an AST of tuples, an evaluator with variables and functions, and
# error reporting with carets under the offending column.
import re
import math

TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?(?:[eE][+-]?\d+)?"),
    ("NAME", r"[A-Za-z_]\w*"),
    ("STRING", r'"(?:[^"\\]|\\.)*"'),
    ("OP", r"\*\*|==|!=|<=|>=|[-+*/%^()<>=,;]"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+|#[^\n]*"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in TOKEN_SPEC))

class Token:
    __slots__ = ("kind", "text", "line", "col")
    def __init__(self, kind, text, line, col):
        self.kind, self.text, self.line, self.col = kind, text, line, col
    def __repr__(self):
        return f"{self.kind}({self.text!r})@{self.line}:{self.col}"

class LangError(Exception):
    def __init__(self, msg, token, source):
        line_text = source.splitlines()[token.line - 1] if source else ""
        super().__init__(f"line {token.line}: {msg}\n  {line_text}\n  {' ' * (token.col - 1)}^")

def tokenize(source):
    line, line_start = 1, 0
    for m in MASTER.finditer(source):
        kind, text = m.lastgroup, m.group()
        col = m.start() - line_start + 1
        if kind == "NEWLINE":
            yield Token("NEWLINE", "\\n", line, col)
            line += 1
            line_start = m.end()
        elif kind == "SKIP":
            continue
        elif kind == "MISMATCH":
            raise LangError(f"unexpected character {text!r}", Token(kind, text, line, col), source)
        else:
            yield Token(kind, text, line, col)
    yield Token("EOF", "", line, len(source) - line_start + 1)

BINARY = {"==": 1, "!=": 1, "<": 2, ">": 2, "<=": 2, ">=": 2, "+": 3, "-": 3, "*": 4, "/": 4, "%": 4, "**": 6, "^": 6}
RIGHT = {"**", "^"}

class Parser:
    def __init__(self, source):
        self.source = source
        self.tokens = [t for t in tokenize(source)]
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def next(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def expect(self, text):
        tok = self.next()
        if tok.text != text:
            raise LangError(f"expected {text!r}, got {tok.text or 'end of input'!r}", tok, self.source)
        return tok

    def program(self):
        stmts = []
        while self.peek().kind != "EOF":
            if self.peek().kind == "NEWLINE" or self.peek().text == ";":
                self.next()
                continue
            stmts.append(self.statement())
        return stmts

    def statement(self):
        tok = self.peek()
        if tok.kind == "NAME" and self.tokens[self.i + 1].text == "=":
            self.next()
            self.next()
            return ("assign", tok.text, self.expr(0))
        return ("expr", self.expr(0))

    def expr(self, min_prec):
        left = self.prefix()
        while True:
            tok = self.peek()
            prec = BINARY.get(tok.text)
            if tok.kind != "OP" or prec is None or prec < min_prec:
                return left
            self.next()
            right = self.expr(prec if tok.text in RIGHT else prec + 1)
            left = ("bin", tok.text, left, right)

    def prefix(self):
        tok = self.next()
        if tok.kind == "NUMBER":
            return ("num", float(tok.text) if any(c in tok.text for c in ".eE") else int(tok.text))
        if tok.kind == "STRING":
            return ("str", tok.text[1:-1].encode().decode("unicode_escape"))
        if tok.kind == "NAME":
            if self.peek().text == "(":
                self.next()
                args = []
                if self.peek().text != ")":
                    args.append(self.expr(0))
                    while self.peek().text == ",":
                        self.next()
                        args.append(self.expr(0))
                self.expect(")")
                return ("call", tok.text, args)
            return ("var", tok.text, tok)
        if tok.text == "(":
            inner = self.expr(0)
            self.expect(")")
            return inner
        if tok.text == "-":
            return ("neg", self.expr(5))
        raise LangError(f"unexpected {tok.text or 'end of input'!r}", tok, self.source)

FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "len": len, "abs": abs, "str": str, "round": round}

def evaluate(node, env, source):
    kind = node[0]
    if kind in ("num", "str"):
        return node[1]
    if kind == "var":
        if node[1] not in env:
            raise LangError(f"undefined variable {node[1]!r}", node[2], source)
        return env[node[1]]
    if kind == "neg":
        return -evaluate(node[1], env, source)
    if kind == "call":
        return FUNCS[node[1]](*(evaluate(a, env, source) for a in node[2]))
    if kind == "bin":
        a, b = evaluate(node[2], env, source), evaluate(node[3], env, source)
        op = node[1]
        return {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b, "/": lambda: a / b, "%": lambda: a % b,
                "**": lambda: a ** b, "^": lambda: a ** b, "==": lambda: a == b, "!=": lambda: a != b,
                "<": lambda: a < b, ">": lambda: a > b, "<=": lambda: a <= b, ">=": lambda: a >= b}[op]()
    raise AssertionError(kind)

def run(source):
    env = {}
    results = []
    for stmt in Parser(source).program():
        if stmt[0] == "assign":
            env[stmt[1]] = evaluate(stmt[2], env, source)
        else:
            results.append(evaluate(stmt[1], env, source))
    return env, results

print(list(tokenize('x = 3.5 * (y + 2)  # comment\nprint("hi\\n")')))
env, results = run("""
a = 2
b = a ** 3 ** 2
c = (a + 3) * -4 % 7
name = "py" + "rewind"
b; c; name; len(name) * 2; max(1, a, 3) <= 3; sqrt(16) + abs(-2.5); round(10 / 3, 3)
2 ^ 10 == 1024; "tab\\there"
""")
print(env)
print(results)
for bad in ["1 + ", "x = (1 + 2", "y + 1", "3 $ 4", "f(1,", "a = 1\nb = a +* 2"]:
    try:
        run(bad)
        print("no error for", repr(bad))
    except LangError as e:
        print(e)
    except KeyError as e:
        print("KeyError", e)
try:
    run("1 / 0")
except ZeroDivisionError as e:
    print("runtime error:", e)
