# inspect without source files: signature() of functions, methods, classes, partials and builtins with
# a text signature, Parameter kinds and defaults, bind(), getmembers, the is* predicates, generator and
# coroutine states, currentframe()/stack() line numbers, getmro, unwrap, getattr_static, getclosurevars.
import inspect
import functools


def show(title, fn):
    try:
        print(title, fn())
    except Exception as e:
        print(title, type(e).__name__, e)


def f(a, b: int = 2, /, c=3, *args, d, e: str = 'x', **kw) -> bool:
    """Doc of f."""
    return True


class Shape:
    """A shape."""
    sides = 0

    def __init__(self, name, *, color='red'):
        self.name = name
        self.color = color

    def area(self):
        return 0

    @classmethod
    def make(cls, name):
        return cls(name)

    @staticmethod
    def helper(x, y=1):
        return x + y

    @property
    def label(self):
        return self.name


class Square(Shape):
    sides = 4


sig = inspect.signature(f)
print('signature', sig)
for p in sig.parameters.values():
    print(' ', p.name, p.kind.name, p.default is inspect.Parameter.empty and '-' or repr(p.default),
          p.annotation is inspect.Parameter.empty and '-' or p.annotation)
print('return', sig.return_annotation)
print('bind', sig.bind(1, d=4).arguments)
b = sig.bind(1, 2, 3, 4, 5, d=6, z=7)
b.apply_defaults()
print('bound', b.args, b.kwargs)
show('bind error', lambda: sig.bind(1))
show('bind too many', lambda: inspect.signature(Shape.helper).bind(1, 2, 3))
print('class sig', inspect.signature(Shape))
print('method sig', inspect.signature(Shape('s').area), inspect.signature(Shape.make), inspect.signature(Shape.helper))
print('partial sig', inspect.signature(functools.partial(f, 1, d=9)))
print('lambda sig', inspect.signature(lambda x, *, y=2: None))
print('replace', sig.replace(return_annotation=inspect.Signature.empty))
print('param str', [str(p) for p in sig.parameters.values()])
print('getdoc', inspect.getdoc(f), '|', inspect.getdoc(Square))
print('cleandoc', repr(inspect.cleandoc('  a\n    b\n  c')))

print('members', [n for n, _ in inspect.getmembers(Shape) if not n.startswith('__')])
print('methods', [n for n, _ in inspect.getmembers(Shape, inspect.isfunction)])
print('data', [(n, v) for n, v in inspect.getmembers(Square('q')) if n in ('sides', 'name', 'color', 'label')])
print('mro', [c.__name__ for c in inspect.getmro(Square)])


def gen():
    x = yield 1
    yield x


async def coro():
    return 1


print('predicates', inspect.isfunction(f), inspect.isfunction(len), inspect.isbuiltin(len), inspect.isclass(Shape),
      inspect.ismethod(Shape('a').area), inspect.ismethod(Shape.area), inspect.isgeneratorfunction(gen),
      inspect.iscoroutinefunction(coro), inspect.ismodule(inspect), inspect.isroutine(len),
      inspect.isdatadescriptor(Shape.label), inspect.iscode(f.__code__), inspect.isabstract(Shape))
g = gen()
states = [inspect.getgeneratorstate(g)]
next(g)
states.append(inspect.getgeneratorstate(g))
print('locals', inspect.getgeneratorlocals(g))
g.close()
states.append(inspect.getgeneratorstate(g))
print('generator states', states)
c = coro()
print('coroutine state', inspect.getcoroutinestate(c))
c.close()
print('coroutine closed', inspect.getcoroutinestate(c))


def where():
    frame = inspect.currentframe()
    return frame.f_code.co_name, frame.f_lineno, frame.f_back.f_code.co_name


def outer():
    return where(), [(fi.function, fi.lineno) for fi in inspect.stack()[:2]]


print('frames', outer())
info = inspect.getframeinfo(inspect.currentframe())
print('frameinfo', info.function, info.lineno, info.filename == __file__)


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper


@deco
def wrapped(p, q=1):
    return p


print('unwrap', inspect.unwrap(wrapped) is wrapped.__wrapped__, inspect.signature(wrapped))


class Dyn:
    def __getattr__(self, name):
        return 'dynamic'


print('getattr_static', inspect.getattr_static(Shape, 'label').__class__.__name__, inspect.getattr_static(Shape, 'make').__class__.__name__)
show('getattr_static missing', lambda: inspect.getattr_static(Dyn(), 'nothing'))
counter = 10


def closure_maker():
    k = 5
    def inner(v):
        return v + k + counter + len('')
    return inner


cv = inspect.getclosurevars(closure_maker())
print('closurevars', dict(cv.nonlocals), dict(cv.globals), sorted(cv.builtins), sorted(cv.unbound))
print('callargs', inspect.getcallargs(Shape.helper, 5))
print('fullargspec', inspect.getfullargspec(f))
print('kinds', [k.description for k in inspect.Parameter.__members__.values()] if hasattr(inspect.Parameter, '__members__') else [str(k) for k in inspect._ParameterKind])

import abc


class AbstractShape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    attr = 1


print('abstract', inspect.isabstract(AbstractShape), inspect.isabstract(Square), 'area' in AbstractShape.__dict__,
      sorted(k for k in WithMeta.__dict__ if not k.startswith('__')), '__dict__' in Meta.__dict__)
print('flags', [bool(t.__flags__ & bit) for t, bit in [(ValueError, 1 << 30), (Shape, 1 << 9), (int, 1 << 9), (bool, 1 << 24),
                                                        (Meta, 1 << 31), (AbstractShape, 1 << 20), (dict, 1 << 29), (str, 1 << 10)]])
