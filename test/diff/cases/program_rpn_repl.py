# stdin: 3 4 +\n2 *\ndup *\nx = 5\nx 2 **\n1 0 /\nswap\nvars\n# comment line\n  \nfoo bar\n10 3 divmod\nclear\n1 2 3 sum\nundo\nstack\n:quit\nnever reached\n
"""An interactive RPN calculator REPL driven by input(): variables, undo history, errors reported per line."""
import math
import operator
import sys

BINARY = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
          "//": operator.floordiv, "%": operator.mod, "**": operator.pow}


class CalcError(Exception):
    pass


class Calculator:
    def __init__(self):
        self.stack = []
        self.vars = {"pi": math.pi, "e": math.e}
        self.history = []

    def snapshot(self):
        self.history.append(list(self.stack))
        del self.history[:-10]

    def pop(self, n=1):
        if len(self.stack) < n:
            raise CalcError(f"need {n} value{'s' if n > 1 else ''}, stack has {len(self.stack)}")
        vals = self.stack[-n:]
        del self.stack[-n:]
        return vals

    def push(self, *vals):
        for v in vals:
            if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
                v = int(v)
            self.stack.append(v)

    def word(self, tok):
        if tok in BINARY:
            a, b = self.pop(2)
            try:
                self.push(BINARY[tok](a, b))
            except ZeroDivisionError as e:
                self.push(a, b)
                raise CalcError(f"{tok}: {e}") from None
        elif tok == "dup":
            (a,) = self.pop()
            self.push(a, a)
        elif tok == "swap":
            a, b = self.pop(2)
            self.push(b, a)
        elif tok == "divmod":
            a, b = self.pop(2)
            self.push(*divmod(a, b))
        elif tok == "sum":
            vals = self.pop(len(self.stack))
            self.push(sum(vals))
        elif tok == "sqrt":
            (a,) = self.pop()
            self.push(math.sqrt(a))
        elif tok == "clear":
            self.stack.clear()
        elif tok in self.vars:
            self.push(self.vars[tok])
        else:
            try:
                self.push(int(tok))
            except ValueError:
                try:
                    self.push(float(tok))
                except ValueError:
                    raise CalcError(f"unknown word {tok!r}") from None

    def line(self, text):
        text = text.strip()
        if not text or text.startswith("#"):
            return None
        if text == "undo":
            if not self.history:
                raise CalcError("nothing to undo")
            self.stack = self.history.pop()
            return self.stack
        if text == "vars":
            return {k: round(v, 4) for k, v in sorted(self.vars.items())}
        if text == "stack":
            return list(self.stack)
        name, eq, expr = text.partition("=")
        if eq:
            name = name.strip()
            if not name.isidentifier():
                raise CalcError(f"bad variable name {name!r}")
            sub = Calculator()
            sub.vars = self.vars
            for tok in expr.split():
                sub.word(tok)
            (self.vars[name],) = sub.pop()
            return f"{name} = {self.vars[name]}"
        self.snapshot()
        for tok in text.split():
            self.word(tok)
        return self.stack[-1] if self.stack else "(empty)"


def repl():
    calc = Calculator()
    lineno = 0
    while True:
        try:
            text = input(f"rpn[{lineno}]> ")
        except EOFError:
            print("\nbye (EOF)")
            break
        lineno += 1
        if text.strip() == ":quit":
            print("bye")
            break
        try:
            result = calc.line(text)
        except CalcError as e:
            print(f"error: {e}", file=sys.stderr)
            print(f"  ! {e}")
            continue
        if result is not None:
            print(f"  = {result!r}" if not isinstance(result, str) else f"  {result}")
    return calc


calc = repl()
print("final stack:", calc.stack, "history depth:", len(calc.history))
print("remaining stdin:", repr(sys.stdin.read()))
