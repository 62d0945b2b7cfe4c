# Coroutines dropped without ever being started: "RuntimeWarning: coroutine '...' was never awaited",
# through the warnings machinery, at the instruction where the last reference goes (CPython's
# reference counting), with the coroutine as the warning's source (hence the tracemalloc hint line).
# Printed output and the warnings on stderr interleave, so stdout is flushed before each drop.
import sys
import warnings

def out(*args):
    print(*args)
    sys.stdout.flush()

async def main():
    out("main ran")

async def fetch(n):
    return n * 2

class Holder:
    pass

out("1. calling an async function without await")
main()
out("after main()")

out("2. a coroutine kept in a variable, then rebound")
c = fetch(1)
out("made", type(c).__name__, c.__qualname__)
c = 42
out("after rebinding")

out("3. del")
c = fetch(2)
del c
out("after del")

out("4. a local dropped when its function returns")
def make_and_forget():
    c = fetch(3)
    out("inside make_and_forget")
    return "returned"
out(make_and_forget())

out("5. in a list, then the list is cleared")
coros = [fetch(i) for i in range(3)]
out("list made")
coros.clear()
out("after clear")

out("6. an attribute of an object that dies")
h = Holder()
h.coro = main()
del h
out("after del h")

out("7. closed before it started: no warning")
c = fetch(4)
c.close()
del c
out("after close and del")

out("8. started and finished: no warning")
c = fetch(5)
try:
    c.send(None)
except StopIteration as e:
    out("result", e.value)
del c
out("after finished")

out("9. throw() into a coroutine not started: no warning")
c = fetch(6)
try:
    c.throw(ValueError("boom"))
except ValueError as e:
    out("ValueError", e)
del c
out("after throw")

out("10. the same line twice: the default filter shows it once per line")
for i in range(3):
    fetch(i)
out("after loop")

out("11. warnings.simplefilter('ignore')")
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    main()
    out("ignored")

out("12. catch_warnings(record=True)")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    main()
    fetch(7)
for w in caught:
    out("caught:", w.category.__name__, w.message, "line", w.lineno, "source", type(w.source).__name__)

out("13. a custom showwarning")
def show(message, category, filename, lineno, file=None, line=None):
    out("showwarning:", category.__name__, message, lineno, repr(line))
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = show
    main()
out("end")
