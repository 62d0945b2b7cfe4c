# contextvars: ContextVar get/set/reset with tokens, defaults, copy_context, Context.run and isolation,
# the Context mapping API, Token as a context manager, and the errors CPython raises.
# The body runs in a fresh Context so that nothing it sets outlives the program.
import contextvars
from contextvars import ContextVar, Context, Token, copy_context


def main():
    name = ContextVar("name")
    count = ContextVar("count", default=0)
    print(name.name, count.name, count.get(), count.get(5), name.get("fallback"))
    try:
        name.get()
    except LookupError as e:
        print("LookupError", type(e.args[0]).__name__, e.args[0] is name)

    t1 = name.set("alice")
    print(name.get(), t1.var is name, t1.old_value is Token.MISSING, repr(Token.MISSING))
    t2 = name.set("bob")
    print(name.get(), t2.old_value)
    name.reset(t2)
    print(name.get())
    try:
        name.reset(t2)
    except RuntimeError as e:
        print("RuntimeError", "has already been used once" in str(e))
    try:
        count.reset(t1)
    except ValueError as e:
        print("ValueError", "was created by a different ContextVar" in str(e))
    try:
        name.reset("token")
    except TypeError as e:
        print("TypeError", str(e).startswith("expected an instance of Token"))

    ctx = copy_context()
    print(type(ctx).__name__, ctx[name], name in ctx, count in ctx, len(ctx))
    print(ctx.get(name), ctx.get(count), ctx.get(count, "dflt"))
    print(sorted(v.name for v in ctx), [v.name for v in ctx.keys()], list(ctx.values()))
    print([(k.name, v) for k, v in ctx.items()])
    try:
        ctx[count]
    except KeyError as e:
        print("KeyError", e.args[0] is count)
    try:
        ctx.get("x")
    except TypeError as e:
        print("TypeError", str(e).startswith("a ContextVar key was expected"))


    def work(n):
        name.set("in run")
        count.set(n)
        return name.get(), count.get()


    print(ctx.run(work, 7))
    print("outside:", name.get(), count.get(), "ctx:", ctx[name], ctx[count])
    print(ctx.run(lambda: (name.get(), count.get())))


    def reenter():
        try:
            ctx.run(lambda: None)
        except RuntimeError as e:
            print("RuntimeError", "is already entered" in str(e))


    ctx.run(reenter)

    empty = Context()
    print(len(empty), empty.run(name.get, "none here"))
    c2 = ctx.copy()
    print(c2 == ctx, c2 is ctx, c2 != ctx)
    c2.run(count.set, 99)
    print(c2[count], ctx[count], c2 == ctx)


    def in_other_context():
        return name.set("x")


    tok = copy_context().run(in_other_context)
    try:
        name.reset(tok)
    except ValueError as e:
        print("ValueError", "was created in a different Context" in str(e))

    with count.set(42):
        print("inside with:", count.get())
    print("after with:", count.get())

    print(ContextVar[int], Token[str])
    for bad in (1, None):
        try:
            ContextVar(bad)
        except TypeError as e:
            print("TypeError", e)
    try:
        class Sub(ContextVar):
            pass
    except TypeError as e:
        print("TypeError", e)
    try:
        Token()
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        hash(ctx)
    except TypeError as e:
        print("TypeError", e)
    import collections.abc
    print(isinstance(ctx, collections.abc.Mapping))
    r = repr(count)
    print(r.startswith("<ContextVar name='count' default=0 at 0x"), repr(name).startswith("<ContextVar name='name' at 0x"))
    print(repr(t1).startswith("<Token used var=<ContextVar name='name' at"))


Context().run(main)
