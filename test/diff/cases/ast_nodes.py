# The ast module's node classes without parsing: building trees by hand, fields and their defaults,
# reprs, ast.dump, ast.unparse, NodeVisitor/NodeTransformer, copy.replace and fix_missing_locations.
import ast, copy

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

expr = ast.BinOp(left=ast.Name('x'), op=ast.Mult(), right=ast.BinOp(ast.Constant(2), ast.Add(), ast.Name('y')))
print(expr)
print(ast.dump(expr))
print(ast.unparse(expr))
func = ast.FunctionDef(
    name='area', args=ast.arguments(args=[ast.arg('w'), ast.arg('h', annotation=ast.Name('int'))]),
    body=[ast.Return(ast.BinOp(ast.Name('w'), ast.Mult(), ast.Name('h')))],
    returns=ast.Name('int'))
mod = ast.fix_missing_locations(ast.Module(body=[func, ast.Expr(ast.Call(ast.Name('print'), [ast.Call(ast.Name('area'), [ast.Constant(3), ast.Constant(4)])]))]))
print(ast.unparse(mod))
print(ast.dump(func.args, indent=2))

class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []
    def visit_Name(self, node):
        self.names.append(node.id)
c = Counter(); c.visit(mod); print(c.names)

class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        return ast.Constant(node.value * 2) if isinstance(node.value, int) else node
print(ast.unparse(Double().visit(copy.deepcopy(mod))))

fixed = ast.fix_missing_locations(ast.Expression(ast.Constant(1)))
print(fixed.body.lineno, fixed.body.col_offset, fixed.body.end_lineno)
show('defaults', lambda: (ast.Name('a').ctx, ast.Constant(1).kind, ast.List().elts, ast.arguments().vararg))
show('fields', lambda: (ast.Name._fields, ast.expr._attributes, ast.Name.__match_args__, ast.If._field_types))
show('docs', lambda: (ast.Name.__doc__, ast.boolop.__doc__, ast.mod.__doc__))
show('too many', lambda: ast.Name('a', ast.Load(), 3))
show('twice', lambda: ast.Name('a', id='b'))
show('replace', lambda: (copy.replace(ast.Name('a'), id='b'), ast.Constant(1).__replace__(kind='u')))
show('replace bad', lambda: ast.Name('a').__replace__(nope=1))
show('isinstance', lambda: (isinstance(ast.Name('a'), ast.expr), issubclass(ast.Add, ast.operator), ast.Add.__mro__))
show('walk', lambda: [type(n).__name__ for n in ast.walk(expr)])
show('literal_eval', lambda: ast.literal_eval(ast.List([ast.Constant(1), ast.Tuple([ast.Constant('a')])])))
match expr:
    case ast.BinOp(ast.Name(id=left), ast.Mult(), right):
        print('matched', left, type(right).__name__)
