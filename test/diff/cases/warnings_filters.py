# Warning filters: simplefilter/filterwarnings with error, ignore, always, once, module and default;
# message and module regexes, catch_warnings(record=True) and restoring the filters afterwards.
# exit: 1
import sys
import warnings


def show(label):
    sys.stdout.flush()
    print(label)
    sys.stdout.flush()


show("always")
with warnings.catch_warnings():
    warnings.simplefilter("always")
    for i in range(2):
        warnings.warn("again and again")

show("error")
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised:", type(e).__name__, e)
    try:
        warnings.warn(UserWarning("instance boom"))
    except UserWarning as e:
        print("raised:", type(e).__name__, e)

show("ignore")
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("never seen")

show("once")
with warnings.catch_warnings():
    warnings.simplefilter("once")
    warnings.warn("only once")
    warnings.warn("only once")

show("message regex")
with warnings.catch_warnings():
    warnings.filterwarnings("error", message="fatal")
    warnings.filterwarnings("ignore", message=".*quiet")
    warnings.warn("very quiet")
    try:
        warnings.warn("FATAL thing")
    except UserWarning as e:
        print("raised (case-insensitive match):", e)
    warnings.warn("a normal one")

show("category")
with warnings.catch_warnings():
    warnings.filterwarnings("error", category=DeprecationWarning)
    warnings.warn("user warnings pass", UserWarning)
    try:
        warnings.warn("dep", DeprecationWarning)
    except DeprecationWarning as e:
        print("raised:", e)

show("module regex")
with warnings.catch_warnings():
    warnings.filterwarnings("error", module="__ma")
    try:
        warnings.warn("from main")
    except UserWarning as e:
        print("raised:", e)

show("record")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", DeprecationWarning)
    warnings.warn_explicit("third", SyntaxWarning, "f.py", 3)
for w in caught:
    print(w.category.__name__, str(w.message), w.filename.rsplit("/", 1)[-1], w.lineno, w.line)
print("record repr:", repr(warnings.catch_warnings(record=True)))

show("restored")
n = len(warnings.filters)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print("inside:", len(warnings.filters) == n + 1)
print("after:", len(warnings.filters) == n)

show("invalid")
for args in (("bogus",), ("error", Warning, -1), ("error", Warning, "1")):
    try:
        warnings.simplefilter(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    warnings.filterwarnings("error", category=int)
except TypeError as e:
    print("TypeError", e)

show("showwarning replaced")
old = warnings.showwarning
def mine(message, category, filename, lineno, file=None, line=None):
    print("custom:", category.__name__, message, lineno)
warnings.showwarning = mine
try:
    warnings.warn("via custom")
finally:
    warnings.showwarning = old
print(warnings.formatwarning("fmt", UserWarning, "x.py", 7, "  the line  "), end="")

show("resetwarnings")
with warnings.catch_warnings():
    warnings.resetwarnings()
    print("filters empty:", warnings.filters == [])
    warnings.warn("pending now shown", PendingDeprecationWarning)

show("uncaught error")
warnings.simplefilter("error")
warnings.warn("this one ends the program", RuntimeWarning)
