// The _ast module: node classes built from the ASDL grammar (fields, attributes, _field_types, docs,
// None defaults), AST's constructor rules and messages, the 3.14 repr (depth 3, sequences shortened),
// __reduce__ and __replace__, and ast.py's unparse/dump running on these classes. Expected lines were
// printed by CPython 3.14 (pyodide 3.14.2). Warnings are not exercised (the warnings module needs
// _contextvars).
import { describe } from 'vitest';
import { describeProgram } from '../vm/describe_program.js';

const PROGRAM = String.raw`import ast, copy
import sys
def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)
show('const', lambda: (ast.Constant(1), ast.Constant(value=1).kind, ast.Constant(1).__dict__))
show('load', lambda: (ast.Load(), ast.Load() is ast.Load(), repr(ast.Name('x'))))
show('name', lambda: ast.Name('x').ctx)
show('too many', lambda: ast.Name(1, 2, 3))
show('too many1', lambda: ast.Await(1, 2))
show('too many0', lambda: ast.Pass(1))
show('multiple', lambda: ast.Name('x', id='y'))
show('attr kw', lambda: ast.Name('x', lineno=3).lineno)
show('list default', lambda: ast.Module().body)
show('binop', lambda: ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2)))
show('module', lambda: ast.Module([ast.Expr(ast.Constant(1))], []))
show('deep', lambda: ast.Module([ast.Expr(ast.BinOp(ast.BinOp(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2)), ast.Add(), ast.Constant(3)), ast.Add(), ast.Constant(4)))]))
show('long list', lambda: ast.List([ast.Constant(i) for i in range(10)]))
show('reduce', lambda: ast.Constant(1).__reduce__())
show('reduce2', lambda: ast.Load().__reduce__())
show('copy', lambda: copy.deepcopy(ast.Name('x')))
show('replace', lambda: ast.Name('x').__replace__(id='y'))
show('replace bad', lambda: ast.Name('x').__replace__(foo='y'))
show('unparse', lambda: ast.unparse(ast.BinOp(ast.Name('a'), ast.Add(), ast.Constant(2))))
show('dump', lambda: ast.dump(ast.BinOp(ast.Name('a'), ast.Add(), ast.Constant(2))))
show('types', lambda: (type(ast.AST), ast.AST.__module__, repr(ast.Module), ast.Module.__mro__, ast.expr.__doc__[:20]))
show('ann', lambda: (ast.Constant.__annotations__, ast.Name._field_types))
show('class attrs', lambda: (ast.Constant.kind, ast.expr.end_lineno, ast.stmt.lineno if hasattr(ast.stmt,'lineno') else 'no'))
show('AST pos', lambda: ast.AST(1))
class My(ast.AST):
    _fields = ('a', 'b')
show('sub', lambda: (My(1).__dict__, My(1, b=2).b, repr(My(1, 2))))
show('sub too many', lambda: My(1,2,3))
show('pattern', lambda: ast.MatchAs())
show('match', lambda: ast.Name.__match_args__)
show('isinst', lambda: (isinstance(ast.Constant(1), ast.expr), issubclass(ast.Add, ast.operator)))
show('eq', lambda: (ast.Name('x') == ast.Name('x'), ast.Load() == ast.Load()))
show('setattr', lambda: setattr(ast.Load(), 'x', 1))
show('weird', lambda: ast.Constant(1).__getstate__())
show('str field', lambda: repr(ast.Constant('a'*100)))
show('arguments', lambda: ast.arguments())
show('FunctionDef', lambda: ast.FunctionDef('f', ast.arguments(), [ast.Pass()]))
show('del', lambda: delattr(ast.Name('x'), 'id'))

# ---- more
for n in [ast.Name('x'), ast.Constant(1, 'u'), ast.Module(), ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2)), ast.Name('x', lineno=1), ast.MatchAs(), ast.arguments()]:
    r = n.__reduce__()
    print(r[0].__name__, r[1], sorted(r[2]) if len(r) > 2 else '-')
class My(ast.AST):
    _fields = ('a',)
print(My(1).__reduce__())
print(My().__reduce__())
print(ast.AST().__reduce__())
x = ast.Name('x'); x.extra = 5
print(x.__reduce__()[1:], repr(x))
print(repr(ast.Constant(...)), repr(ast.Constant(b'x')), repr(ast.Name(id=3)))
print(repr(ast.List([ast.Constant(i) for i in range(3)])), repr(ast.List([ast.Constant(i) for i in range(4)])))
print(repr(ast.Module([ast.Expr(ast.List([ast.Name('a'), ast.Name('b')]))])))
print(repr(ast.Module([ast.Pass()]*3)))
print(repr(ast.Name(id=ast.Name(id=ast.Name(id=ast.Name(id=ast.Name('x')))))))
print(repr(ast.List(elts=[[1,2],[3]])))
class My2(ast.AST):
    _fields = ('a','b')
m = My2(1)
try: print(repr(m))
except Exception as e: print(type(e).__name__, e)
m2 = ast.Name('q'); del m2.id
try: print(repr(m2))
except Exception as e: print(type(e).__name__, e)
print(repr(ast.Name(id='x', ctx=[ast.Load(), ast.Store()])))
print(ast.Name('x').__replace__())
try: ast.AST().__replace__(x=1)
except Exception as e: print(type(e).__name__, e)
try: ast.Name('x').__replace__(foo=1)
except Exception as e: print(type(e).__name__, e)
print(ast.Name('x').__replace__(id='y', lineno=3).lineno)
try: ast.Name('x', lineno=1, col_offset=2).__replace__(ctx=ast.Store()).__dict__
except Exception as e: print(type(e).__name__, e)
print(ast.Name('x', lineno=1, col_offset=2).__replace__(ctx=ast.Store()).__dict__)
try: ast.Constant(1, 'u').__replace__()
except Exception as e: print(type(e).__name__, e)
try: n = ast.BinOp(1, 2, 3); del n.left, n.op, n.right; n.__replace__()
except Exception as e: print(type(e).__name__, e)
try: ast.BinOp(1,2,3).__replace__(1)
except Exception as e: print(type(e).__name__, e)
print(ast.AST.__doc__, ast.Constant.__doc__, ast.mod.__doc__)

print(ast.Dict._field_types, ast.MatchClass._field_types)
print(ast.Constant.__annotations__ is ast.Constant._field_types, ast.AST.__dict__.get('__annotations__', 'none'))
print(ast.expr._field_types if hasattr(ast.expr, '_field_types') else 'no ft')
try: print(ast.Name('x').__replace__(1))
except Exception as e: print(type(e).__name__, e)
try: n = ast.BinOp(1, 2, 3); del n.op, n.right; print(n.__replace__())
except Exception as e: print(type(e).__name__, e)
print(ast.Name.__module__, ast.Name.__qualname__, type(ast.Name).__name__)
ast.Name.extra = 1; print(ast.Name.extra)
print(repr(ast.Name(id='x', ctx=ast.Load()).__replace__(ctx=ast.Del())))
print(ast.AST._fields, ast.AST._attributes, ast.AST.__match_args__, ast.expr._fields, ast.expr.__match_args__)
x = ast.Name('x'); x.ctx = None; print(repr(x))
print(repr(ast.Tuple(elts=(ast.Name('a'), ast.Name('b'), ast.Name('c')))))

`;

// Printed by CPython 3.14 (pyodide 3.14.2) for PROGRAM.
const EXPECTED = String.raw`const (Constant(value=1, kind=None), None, {'value': 1})
load (Load(), False, "Name(id='x', ctx=Load())")
name Load()
too many TypeError Name constructor takes at most 2 positional arguments
too many1 TypeError Await constructor takes at most 1 positional argument
too many0 TypeError Pass constructor takes at most 0 positional arguments
multiple TypeError Name got multiple values for argument 'id'
attr kw 3
list default []
binop BinOp(left=Constant(value=1, kind=None), op=Add(), right=Constant(value=2, kind=None))
module Module(body=[Expr(value=Constant(value=1, kind=None))], type_ignores=[])
deep Module(body=[Expr(value=BinOp(left=BinOp(...), op=Add(...), right=Constant(...)))], type_ignores=[])
long list List(elts=[Constant(value=0, kind=None), ..., Constant(value=9, kind=None)], ctx=Load())
reduce (<class 'ast.Constant'>, (None,), {'value': 1})
reduce2 (<class 'ast.Load'>, (), {})
copy Name(id='x', ctx=Load())
replace Name(id='y', ctx=Load())
replace bad TypeError Name.__replace__ got an unexpected keyword argument 'foo'.
unparse 'a + 2'
dump "BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Constant(value=2))"
types (<class 'type'>, 'ast', "<class 'ast.Module'>", (<class 'ast.Module'>, <class 'ast.mod'>, <class 'ast.AST'>, <class 'object'>), 'expr = BoolOp(boolop')
ann ({'value': <class 'object'>, 'kind': str | None}, {'id': <class 'str'>, 'ctx': <class 'ast.expr_context'>})
class attrs (None, None, 'no')
AST pos TypeError AST constructor takes at most 0 positional arguments
sub ({'a': 1}, 2, 'My(a=1, b=2)')
sub too many TypeError My constructor takes at most 2 positional arguments
pattern MatchAs(pattern=None, name=None)
match ('id', 'ctx')
isinst (True, True)
eq (False, False)
setattr None
weird {'value': 1}
str field "Constant(value='aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', kind=None)"
arguments arguments(posonlyargs=[], args=[], vararg=None, kwonlyargs=[], kw_defaults=[], kwarg=None, defaults=[])
FunctionDef FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], vararg=None, kwonlyargs=[], kw_defaults=[], kwarg=None, defaults=[]), body=[Pass()], decorator_list=[], returns=None, type_comment=None, type_params=[])
del None
Name (None, None) ['ctx', 'id']
Constant (None, None) ['kind', 'value']
Module (None, None) ['body', 'type_ignores']
BinOp (None, None, None) ['left', 'op', 'right']
Name (None, None) ['ctx', 'id', 'lineno']
MatchAs () []
arguments (None, None) ['args', 'defaults', 'kw_defaults', 'kwonlyargs', 'posonlyargs']
(<class '__main__.My'>, (None,), {'a': 1})
(<class '__main__.My'>, (), {})
(<class 'ast.AST'>, (), {})
((None, None), {'id': 'x', 'ctx': Load(), 'extra': 5}) Name(id='x', ctx=Load())
Constant(value=Ellipsis, kind=None) Constant(value=b'x', kind=None) Name(id=3, ctx=Load())
List(elts=[Constant(value=0, kind=None), ..., Constant(value=2, kind=None)], ctx=Load()) List(elts=[Constant(value=0, kind=None), ..., Constant(value=3, kind=None)], ctx=Load())
Module(body=[Expr(value=List(elts=[Name(...), Name(...)], ctx=Load(...)))], type_ignores=[])
Module(body=[Pass(), ..., Pass()], type_ignores=[])
Name(id=Name(id=Name(id=Name(...), ctx=Load(...)), ctx=Load()), ctx=Load())
List(elts=[[1, 2], [3]], ctx=Load())
AttributeError 'My2' object has no attribute 'b'
AttributeError 'Name' object has no attribute 'id'
Name(id='x', ctx=[Load(), Store()])
Name(id='x', ctx=Load())
TypeError ast.AST.__replace__ got an unexpected keyword argument 'x'.
TypeError Name.__replace__ got an unexpected keyword argument 'foo'.
3
{'id': 'x', 'ctx': Store(), 'lineno': 1, 'col_offset': 2}
TypeError BinOp.__replace__ missing 3 keyword arguments: 'left', 'op', 'right'.
TypeError __replace__() takes no positional arguments
None Constant(constant value, string? kind) mod = Module(stmt* body, type_ignore* type_ignores)
    | Interactive(stmt* body)
    | Expression(expr body)
    | FunctionType(expr* argtypes, expr returns)
{'keys': list[ast.expr], 'values': list[ast.expr]} {'cls': <class 'ast.expr'>, 'patterns': list[ast.pattern], 'kwd_attrs': list[str], 'kwd_patterns': list[ast.pattern]}
True none
no ft
TypeError __replace__() takes no positional arguments
TypeError BinOp.__replace__ missing 2 keyword arguments: 'op', 'right'.
ast Name type
1
Name(id='x', ctx=Del())
() () () () ()
Name(id='x', ctx=None)
Tuple(elts=(Name(id='a', ctx=Load()), ..., Name(id='c', ctx=Load())), ctx=Load())
`;

describe('_ast', () => {
  describeProgram('_ast', PROGRAM, EXPECTED);
});
