# warnings.warn and warn_explicit: the stderr format with the source line, the once-per-location
# registry, categories, stacklevel, DeprecationWarning shown only for __main__, and Warning instances.
import sys
import warnings


def emit(msg, category=UserWarning, level=1):
    warnings.warn(msg, category, stacklevel=level + 1)


print("start")
sys.stdout.flush()
for i in range(3):
    warnings.warn("in a loop")          # shown once: same text, category and line
warnings.warn("in a loop")              # another line: shown again
warnings.warn("runtime", RuntimeWarning)
warnings.warn(UserWarning("an instance"))
emit("attributed to the caller")
emit("deprecated here", DeprecationWarning)   # shown: the caller is __main__


def inner():
    warnings.warn("two up", stacklevel=3)


def outer():
    inner()


outer()
warnings.warn("pending", PendingDeprecationWarning)   # ignored by default
warnings.warn("import", ImportWarning)                # ignored by default
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 12)
warnings.warn_explicit("explicit module", UserWarning, "somefile.py", 13, module="mymod")
reg = {}
warnings.warn_explicit("with registry", UserWarning, "other.py", 5, registry=reg)
warnings.warn_explicit("with registry", UserWarning, "other.py", 5, registry=reg)
print("registry keys:", sorted(str(k) for k in reg))

for bad in (int, "x", 3):
    try:
        warnings.warn("bad", bad)
    except TypeError as e:
        print(type(e).__name__, e)
print("filters:", [(f[0], f[2].__name__, f[3]) for f in warnings.filters])
print("__warningregistry__ in globals:", "__warningregistry__" in globals())
sys.stdout.flush()
print("end")
