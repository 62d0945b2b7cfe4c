# Teaching introspection: signatures of built-ins and of Python functions, what built-in method
# objects say about themselves (__qualname__, __module__, __text_signature__), source lookup.
import inspect, sys
for f in (len, print, sorted, str.split, dict.get, list.append, int, range, max, min, iter, next, getattr, divmod, pow, round, zip, map, enumerate, open, str.join, str.replace, dict.pop, list.sort, object.__init__, object.__new__, type, isinstance, sum, any, bytes.decode, int.to_bytes, float.fromhex, dict.fromkeys, str.format, sys.exit, abs, repr, hash, id, vars, dir, format, input, list.__init__, tuple, set.add, frozenset, slice, property, staticmethod, super):
    try:
        print(getattr(f, '__qualname__', f), inspect.signature(f), repr(getattr(f, '__text_signature__', 'NA')))
    except (ValueError, TypeError) as e:
        print(getattr(f, '__qualname__', f), type(e).__name__, e)
def demo(a, b: int = 2, *args, c, d=4, **kw) -> str: pass
sig = inspect.signature(demo)
print(sig, [(p.name, p.kind.name, p.default, p.annotation) for p in sig.parameters.values()], sig.return_annotation)
print(sig.bind(1, c=3).arguments, demo.__annotations__)
print(inspect.getsource(demo))
print(inspect.getsourcelines(demo)[1], inspect.getfile(demo).endswith('main.py'), inspect.getmodule(demo).__name__)
print(inspect.getdoc(len), inspect.isbuiltin(len), inspect.isfunction(len), inspect.ismethoddescriptor(str.split), inspect.isroutine(str.split))
print(len.__self__, [].append.__self__, str.split.__objclass__, len.__module__, str.split.__name__, [].append.__qualname__)
print(type(len).__name__, type(str.split).__name__, type([].append).__name__, type(str.__dict__['maketrans']).__name__, type(int.__add__).__name__, type((1).__add__).__name__, type(object.__init__).__name__)

for t in (object, int, list, dict, type):
    n = t.__new__
    print(n.__qualname__, n.__name__, repr(n.__text_signature__), repr(n.__doc__), n.__self__, type(n).__name__, n.__module__)

class C: pass
print(C.__new__ is object.__new__, C.__new__.__qualname__)
print([].append.__module__, len.__module__, dict.fromkeys.__module__, "a".join.__module__, int.from_bytes.__module__)
import math
print(math.sqrt.__module__, sys.exit.__module__, math.sqrt.__qualname__, [].append.__qualname__, dict.fromkeys.__qualname__)
print(object.__init_subclass__.__qualname__, object.__subclasshook__.__qualname__, type.__prepare__.__qualname__)
print(object.__init_subclass__.__text_signature__, type.__prepare__.__doc__)
try:
    (1).__add__.__module__
except AttributeError as e:
    print("AttributeError", e)
print(inspect.signature(int.__new__), inspect.signature(C), inspect.signature(type(len)) if False else "")
for obj in (len, [].append, str.upper, object.__new__, dict.fromkeys, (1).__add__, int.__add__):
    print(type(obj).__name__, obj.__name__, obj.__qualname__, getattr(obj, "__module__", "<no __module__>"), repr(obj.__text_signature__))
