# ast.parse (compile(..., PyCF_ONLY_AST)): trees with positions for varied syntax, constants of every
# type, the walking helpers, literal_eval, unparse round trips, and CPython's syntax errors.
import ast

def dump(source, mode='exec', **kw):
    try:
        tree = ast.parse(source, mode=mode, **kw)
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
        return None
    print(ast.dump(tree, include_attributes=True))
    return tree

snippets = [
    "x = 1",
    "a, *b = c[1:2, ::3]",
    "f'{x!r:>{w}} and {y=}' 'tail'",
    "t'hello {name!s:^10} {1 + 2}'",
    "match p:\n    case Point(x=0, y=0) | [1, 2, *rest] | {'k': v, **kw}:\n        pass\n    case None | True:\n        pass\n    case str() as s if s:\n        pass\n",
    "async def f():\n    async with a as b, c:\n        async for i in g():\n            await i\n    return [x async for x in y]\n",
    "lambda a, /, b=1, *c, d, e=2, **f: (a, b)",
    "@dec\n@dec2(1)\nclass C(Base, metaclass=M):\n    '''doc'''\n    def m[T: int, *Ts, **P](self, x: T = ...) -> list[T]: ...\n",
    "type Alias[K = str] = dict[K, int]",
    "x = 12345678901234567890123456789 + 0x_ff + 1_000",
    "y = (1e400, -1e400, 1.5e-300, 3j, 2.5+1j, 0.1)",
    "z = (b'\\x00\\xff', '\\u00e9\\U0001F600', ..., None, True, False)",
    "global g\nnonlocal_ = 1\ndel a[0], b.c",
    "try:\n    pass\nexcept* (ValueError, TypeError) as eg:\n    raise X from eg\nelse:\n    pass\nfinally:\n    pass\n",
    "from ..pkg import (a as b, c)\nimport os.path as p",
    "while (n := n - 1) > 0 and not done or x is not None:\n    continue\nelse:\n    break",
    "{k: v for k, v in d.items() if k} | {*s} | (i for i in r)",
    "x: 'int' = 3\ny: list[int]\nx += 1\nx @= m",
    "print(*args, sep='', **kw)",
    "assert x, 'msg'\nwith open(f) as (a, b):\n    yield from g\n",
    "s = '''multi\nline''' + r'\\d'",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass",
]
for s in snippets:
    dump(s)
dump("1 + 2", mode='eval')
dump("x = 1", mode='single')
dump("(int, str) -> list[int]", mode='func_type')
dump("def f(a,  # type: int\n      ):\n    # type: (...) -> None\n    pass\n", type_comments=True)
dump("x = 1  # type: ignore[misc]\n", type_comments=True)
dump("1 + 2", optimize=1) if False else None

# Syntax errors are CPython's own.
for bad in ["x = (1,", "def f(:\n  pass", "  x = 1", "if x:\npass", "f(**a, *b)", "x = 1 +", "print 'x'",
            "a = 1\n\tb = 2", "for x in range(3):\n    break\nbreak", "f'{'", "t'{x!z}'", "x := 1", "def f():\n  nonlocal q"]:
    dump(bad)
try:
    compile("1 +", "<mod>", "eval", ast.PyCF_ONLY_AST)
except SyntaxError as e:
    print(type(e).__name__, e)
try:
    compile("x", "<f>", "func_type")
except ValueError as e:
    print(type(e).__name__, e)

# Shared singletons, node types, positions.
t = ast.parse("a + b - c < d")
print(t.body[0].value.left.op is ast.parse("x - y").body[0].value.op)
print(type(t.body[0].value.ops[0]).__name__, isinstance(t.body[0], ast.stmt), isinstance(t.body[0].value, ast.expr))
print(ast.get_source_segment("a + b - c < d", t.body[0].value.left))
print(ast.get_docstring(ast.parse('"""Module doc."""\nx = 1')))

# walk, NodeVisitor, NodeTransformer.
src = "def f(x):\n    return g(x) + h(x, 2)\nclass K:\n    def m(self): return f(1)\n"
tree = ast.parse(src)
print(sorted(type(n).__name__ for n in ast.walk(tree)))
class Calls(ast.NodeVisitor):
    def __init__(self):
        self.names = []
    def visit_Call(self, node):
        self.names.append((node.func.id, node.lineno, node.col_offset))
        self.generic_visit(node)
v = Calls()
v.visit(tree)
print(v.names)
class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        return ast.copy_location(ast.Constant(node.value * 2), node) if isinstance(node.value, int) else node
print(ast.unparse(Double().visit(ast.parse("x = 1 + y * 21"))))

# literal_eval.
for text in ["[1, 2.5, -3j, 'a', b'b', (None, True, ...)]", "{'a': {1, 2}, 'b': (1,)}", "-(1)", "1 + 2j",
             "set()", "f(1)", "[1, 2", "10**1000", "0x10"]:
    try:
        print(repr(ast.literal_eval(text)))
    except Exception as e:
        print(type(e).__name__, e)

# unparse round trips: the unparsed tree dumps the same (without positions).
for s in snippets + ["x = -1 ** 2", "a if b else (c if d else e)", "f'{a!r}{b:{c}}' 'x'", "del (a), [b]"]:
    t1 = ast.parse(s)
    back = ast.unparse(t1)
    print(repr(back))
    print(ast.dump(ast.parse(back)) == ast.dump(t1))

# Big and odd constants come through with their types.
for c in ast.parse("(2**64, 18446744073709551616, -9007199254740993, 1e309, 0.0, -0.0, 1j, '\\0', b'', ...)").body[0].value.elts:
    print(type(c).__name__, repr(getattr(c, 'value', None)), type(getattr(c, 'value', None)).__name__)
nan = ast.parse("1e400 - 1e400").body[0].value
print(ast.dump(nan))

# A deep tree (the host flattens it) and a whole stdlib module, compared by a digest of the dump.
import hashlib, inspect
deep = ast.parse("x = " + "1 + " * 2000 + "1")
print(sum(1 for _ in ast.walk(deep)), deep.body[0].value.end_col_offset)
whole = ast.dump(ast.parse(inspect.getsource(ast)), include_attributes=True)
print(len(whole), hashlib.sha256(whole.encode()).hexdigest()[:16])

