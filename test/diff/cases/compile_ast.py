# compile() of AST objects: trees from ast.parse, rewritten by NodeTransformer, built by hand with
# ast.fix_missing_locations; modes exec/eval/single; PyCF_ONLY_AST / PyCF_OPTIMIZED_AST on a tree;
# the positions tracebacks show; and CPython's errors for invalid trees.
import ast
import sys
import traceback


def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, 'error', type(e).__name__, e)


# ---- trees from ast.parse ----
ns = {}
exec(compile(ast.parse('x = 1 + 2\ny = [i * i for i in range(4)]'), '<tree>', 'exec'), ns)
print('exec', ns['x'], ns['y'])
print('eval', eval(compile(ast.parse('3 * 7', mode='eval'), '<tree>', 'eval')))
code = compile(ast.parse('def f(a, b=2):\n    return a ** b\n'), 'mod.py', 'exec')
print('code', code.co_filename, code.co_name, [c for c in code.co_consts if isinstance(c, str)])
ns = {}
exec(code, ns)
print('f', ns['f'](5), ns['f'].__code__.co_firstlineno, ns['f'].__code__.co_filename)
single = compile(ast.parse('40 + 2', mode='single'), '<single>', 'single')
exec(single)
print('keywords', eval(compile(ast.parse('dict(a=1, **{"b": 2})', mode='eval'), filename='<kw>', mode='eval')))


# ---- NodeTransformer rewrites ----
class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int) and not isinstance(node.value, bool):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node


class AddToSub(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Add):
            node.op = ast.Sub()
        return node


src = 'total = 10 + 3\nitems = [1, 2, 3]\nflag = True\n'
tree = Doubler().visit(ast.parse(src))
ns = {}
exec(compile(tree, '<doubled>', 'exec'), ns)
print('doubled', ns['total'], ns['items'], ns['flag'])
tree = AddToSub().visit(ast.parse('r = 10 + 3 + 1'))
ns = {}
exec(compile(tree, '<sub>', 'exec'), ns)
print('sub', ns['r'])


class Renamer(ast.NodeTransformer):
    def visit_Name(self, node):
        return ast.Name(id=node.id.upper(), ctx=node.ctx)


tree = ast.fix_missing_locations(Renamer().visit(ast.parse('a = 5\nb = a * 2')))
ns = {}
exec(compile(tree, '<renamed>', 'exec'), ns)
print('renamed', sorted(k for k in ns if k != '__builtins__'), ns['B'])

# ---- trees built by hand ----
body = ast.BinOp(left=ast.Constant(6), op=ast.Mult(), right=ast.Constant(7))
expr = ast.fix_missing_locations(ast.Expression(body=body))
print('hand eval', eval(compile(expr, '<hand>', 'eval')))
call = ast.Expr(value=ast.Call(func=ast.Name('print', ast.Load()), args=[ast.Constant('hello from a tree')], keywords=[]))
mod = ast.fix_missing_locations(ast.Module(body=[call], type_ignores=[]))
exec(compile(mod, '<hand>', 'exec'))
func = ast.FunctionDef(
    name='sq',
    args=ast.arguments(posonlyargs=[], args=[ast.arg('n')], kwonlyargs=[], kw_defaults=[], defaults=[]),
    body=[ast.Return(ast.BinOp(ast.Name('n', ast.Load()), ast.Pow(), ast.Constant(2)))],
    decorator_list=[],
)
mod = ast.fix_missing_locations(ast.Module(body=[func]))
ns = {}
exec(compile(mod, '<hand>', 'exec'), ns)
print('hand def', ns['sq'](9))
print('consts', eval(compile(ast.fix_missing_locations(ast.Expression(ast.Constant((1, 2.5, 'x', b'y', None, 3j, ...)))), '<c>', 'eval')))
print('frozenset', eval(compile(ast.fix_missing_locations(ast.Expression(ast.Constant(frozenset({4})))), '<c>', 'eval')))
print('bigint', eval(compile(ast.fix_missing_locations(ast.Expression(ast.Constant(2 ** 100 + 1))), '<c>', 'eval')))
print('unicode', eval(compile(ast.fix_missing_locations(ast.Expression(ast.Constant('h\u00e9llo \u20ac \U0001f600'))), '<c>', 'eval')))
print('not from source', eval(compile(ast.fix_missing_locations(ast.Expression(ast.Name('sys', ast.Load()))), '<c>', 'eval')).__name__)

# ---- positions survive into tracebacks ----
tree = ast.parse('def g():\n    pass\n    return 1 // 0\ng()\n')
try:
    exec(compile(tree, 'virtual.py', 'exec'), {})
except ZeroDivisionError:
    for fs in traceback.extract_tb(sys.exc_info()[2])[1:]:
        print('frame', fs.filename, fs.lineno, fs.name, fs.colno, fs.end_colno)
tree = ast.parse('x = 1\ny = undefined_name\n')
tree.body[1].lineno = tree.body[1].end_lineno = 40
tree.body[1].value.lineno = tree.body[1].value.end_lineno = 40
try:
    exec(compile(tree, 'moved.py', 'exec'), {})
except NameError as e:
    print('moved', e, traceback.extract_tb(e.__traceback__)[-1].lineno)

# ---- PyCF_ONLY_AST / PyCF_OPTIMIZED_AST on a tree ----
t = ast.parse('1 + 2')
t.extra = 5
copy = compile(t, '<f>', 'exec', ast.PyCF_ONLY_AST)
print('only ast', copy is t, hasattr(copy, 'extra'), repr(copy), ast.dump(copy, include_attributes=True))
print('only ast shares Load', compile(ast.parse('x'), '<f>', 'exec', ast.PyCF_ONLY_AST).body[0].value.ctx is ast.parse('y').body[0].value.ctx)
show('only ast invalid', lambda: compile(ast.Module(body=[ast.Expr(value=5)]), '<f>', 'exec', ast.PyCF_ONLY_AST))
show('only ast return', lambda: ast.dump(compile(ast.parse('return 1'), '<f>', 'exec', ast.PyCF_ONLY_AST)))
show('only ast wrong mode', lambda: compile(ast.parse('x'), '<f>', 'eval', ast.PyCF_ONLY_AST))
opt = compile(t, '<f>', 'exec', ast.PyCF_OPTIMIZED_AST)
print('optimized', opt is t, ast.dump(opt))
print('optimized positions', opt.body[0].value.col_offset, opt.body[0].value.end_col_offset)

# ---- invalid trees: CPython's own errors ----
show('no lineno', lambda: compile(ast.Module(body=[ast.Expr(value=ast.Name('x'))]), '<f>', 'exec'))
show('int as expr', lambda: compile(ast.fix_missing_locations(ast.Module(body=[ast.Expr(value=5)])), '<f>', 'exec'))
stmt_as_expr = ast.Module(body=[ast.Expr(value=ast.Pass(lineno=1, col_offset=0), lineno=1, col_offset=0)])
show('stmt as expr', lambda: compile(stmt_as_expr, '<f>', 'exec'))
show('list constant', lambda: compile(ast.Module(body=[ast.Expr(value=ast.Constant([1], lineno=1, col_offset=0), lineno=1, col_offset=0)]), '<f>', 'exec'))
show('wrong mode', lambda: compile(ast.parse('x'), '<f>', 'eval'))
show('not ast', lambda: compile(5, '<f>', 'eval'))
show('body int', lambda: compile(ast.Module(body=5), '<f>', 'exec'))
show('body tuple', lambda: compile(ast.Module(body=(1,)), '<f>', 'exec'))
show('return outside', lambda: compile(ast.parse('return 1'), '<f>', 'exec'))
show('func_type no flag', lambda: compile(ast.parse('(int) -> int', mode='func_type'), '<f>', 'func_type'))
show('func_type as exec', lambda: compile(ast.parse('(int) -> int', mode='func_type'), '<f>', 'exec'))


def mutated(edit, src='x'):
    m = ast.parse(src)
    edit(m.body[0])
    return lambda: compile(m, '<f>', 'exec')


show('str lineno', mutated(lambda s: setattr(s.value, 'lineno', 'a')))
show('huge lineno', mutated(lambda s: setattr(s.value, 'lineno', 2 ** 40)))
show('int identifier', mutated(lambda s: setattr(s.value, 'id', 5)))
show('ctx None', mutated(lambda s: setattr(s.value, 'ctx', None)))
show('ctx deleted', mutated(lambda s: delattr(s.value, 'ctx')))
show('store ctx', mutated(lambda s: setattr(s.value, 'ctx', ast.Store())))
show('left None', mutated(lambda s: setattr(s.value, 'left', None), 'x + 1'))
show('op None', mutated(lambda s: setattr(s.value, 'op', None), 'x + 1'))


class Shown:
    def __repr__(self):
        return '<a Shown object>'


class MyStr(str):
    pass


class MyList(list):
    pass


class MyName(ast.Name):
    def __repr__(self):
        return 'MyName!'


show('object as expr', mutated(lambda s: setattr(s.value, 'left', Shown()), 'x + 1'))
show('body not list', mutated(lambda s: setattr(s, 'value', ast.Pass())))
show('str subclass id', mutated(lambda s: setattr(s.value, 'id', MyStr('x'))))
show('nested list const', mutated(lambda s: setattr(s.value, 'value', (1, [2])), '1'))
m = ast.parse('x')
m.body = MyList(m.body)
show('list subclass body', lambda: type(compile(m, '<f>', 'exec')).__name__)
m = ast.parse('x + 1')
m.body[0].value.left = MyName('y', ast.Load(), lineno=1, col_offset=0)
show('node subclass ok', lambda: eval(compile(ast.Expression(m.body[0].value), '<f>', 'eval'), {'y': 41}))
m = ast.parse('x + 1')
m.body[0].value.op = MyName('y', ast.Load(), lineno=1, col_offset=0)
show('node subclass misplaced', lambda: compile(m, '<f>', 'exec'))
m = ast.parse('x')
m.body[0].value = ast.Name('None', ast.Load(), lineno=1, col_offset=0)
show('name None', lambda: compile(m, '<f>', 'exec'))


class Custom(ast.AST):
    _fields = ('x',)


show('custom AST root', lambda: compile(Custom(), '<f>', 'exec'))
show('custom AST root eval', lambda: compile(Custom(), '<f>', 'eval'))
show('abstract expr root', lambda: compile(ast.expr(), '<f>', 'eval'))
show('custom AST as expr', mutated(lambda s: setattr(s, 'value', Custom())))
show('abstract expr as expr', mutated(lambda s: setattr(s, 'value', ast.expr(lineno=1, col_offset=0))))
show('custom AST only ast', lambda: compile(Custom(), '<f>', 'exec', ast.PyCF_ONLY_AST))


class BadRepr:
    def __repr__(self):
        raise KeyError('boom')


show('bad repr unused', mutated(lambda s: setattr(s.value, 'left', BadRepr()), 'x + 1'))
show('bad repr used', mutated(lambda s: setattr(s.value, 'op', BadRepr()), 'x + 1'))
