# classmethod and staticmethod objects copy the wrapped callable's __module__, __name__, __qualname__
# and __doc__ into their own __dict__, and read __annotations__/__annotate__ from it once, then keep
# them in that dict (3.14).

def f(x: int) -> str:
    "Doc of f."

def attempt(g):
    try:
        print('ok', g())
    except Exception as e:
        print(type(e).__name__, e)

for T in (classmethod, staticmethod):
    c = T(f)
    print(T.__name__, sorted(c.__dict__), c.__name__, c.__qualname__, c.__doc__, c.__module__)
    print(c.__annotations__, sorted(c.__dict__))
    c.__annotations__ = {'a': 1}
    print(c.__annotations__, f.__annotations__)
    print(c.__annotate__ is f.__annotate__)
    del c.__annotations__
    print(sorted(c.__dict__))
    def delete(): del c.__annotations__
    attempt(delete)
    c.x = 5
    print(c.x, sorted(c.__dict__))
    for name in ('__dict__', '__annotations__', '__annotate__', '__func__', '__wrapped__'):
        print(name, type(T.__dict__[name]).__name__, repr(T.__dict__[name]))
    d = T(len)
    attempt(lambda: d.__annotations__)
    print(sorted(d.__dict__.items()))
    def set_dict(): d.__dict__ = 5
    attempt(set_dict)
    d.__dict__ = {'q': 1}
    print(d.q, d.__dict__)
    attempt(lambda: T(f, extra=1))
    attempt(lambda: T())
    o = T(42)
    print(o.__dict__, o.__func__)

class K:
    @classmethod
    def make(cls):
        "Make one."
        return cls.__name__
    @staticmethod
    def util(a, b=2):
        return a + b
    def __init_subclass__(cls, **kw):
        pass
print(K.make(), K.util(1), K.__dict__['make'].__doc__, K.__dict__['util'].__name__, K.__dict__['util'].__qualname__)
print(K.__dict__['__init_subclass__'].__dict__)
