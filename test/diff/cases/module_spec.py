# Built-in (native) modules have CPython's __spec__ (BuiltinImporter, origin 'built-in'), __loader__,
# __package__ '' and __doc__ (sys and builtins too, once a native module has been imported: pyrewind
# sets importlib up then, not at startup); find_spec agrees.
import math
import sys
print(sys.__spec__, sys.__loader__, repr(sys.__package__))
import builtins
print(builtins.__spec__, builtins.__doc__ is None)
import math, itertools, _collections, gc, _suggestions, time, _io
for m in (math, itertools, _collections, gc, _suggestions, time, _io):
    print(m.__name__, repr(m), m.__spec__, m.__loader__, repr(m.__package__), m.__doc__ is None,
          sorted(k for k in vars(m) if k.startswith('__')), hasattr(m, '__file__'))
print(math.__doc__)
import importlib.util, importlib.machinery
for name in ('math', 'sys', 'itertools', 'gc', 'builtins'):
    s = importlib.util.find_spec(name)
    print(s, s.origin, s.has_location, repr(s.parent), s.submodule_search_locations, s.cached)
print(math.__spec__ == importlib.util.find_spec('math'))
print(type(math.__loader__), math.__loader__ is importlib.machinery.BuiltinImporter)
import array
print(array.__spec__.name, array.__spec__.origin, array.__loader__.__name__)
