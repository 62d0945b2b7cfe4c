# Teaching code objects: what the compiler records about a function, and what dis shows.
import dis
import inspect

def plain(a, b, c=3):
    total = a + b + c
    return total

def star_args(x, /, y, *args, z, w=1, **kwargs):
    local_one = x
    return local_one, y, args, z, w, kwargs

def gen_fn(n):
    for i in range(n):
        yield i * 2

async def coro_fn():
    return 1

def outer():
    shared = []
    def inner():
        shared.append(1)
        return shared
    return inner

def uses_globals():
    return len(str(plain))

def has_docstring():
    """A docstring is not in co_consts in 3.14? Let's look."""
    return None

def constants():
    return (1, 2, 3), "text", 4.5, None, -7, b"bytes", frozenset({1})

for fn in (plain, star_args, gen_fn, coro_fn, outer, outer(), uses_globals, has_docstring, constants):
    co = fn.__code__
    print("==", co.co_name, co.co_qualname)
    print("  argcount", co.co_argcount, "posonly", co.co_posonlyargcount, "kwonly", co.co_kwonlyargcount)
    print("  nlocals", co.co_nlocals, "varnames", co.co_varnames)
    print("  cellvars", co.co_cellvars, "freevars", co.co_freevars)
    print("  names", co.co_names)
    print("  consts", [c for c in co.co_consts if not inspect.iscode(c)])
    print("  flags", co.co_flags, inspect.CO_GENERATOR & co.co_flags != 0, inspect.CO_COROUTINE & co.co_flags != 0,
          bool(co.co_flags & inspect.CO_VARARGS), bool(co.co_flags & inspect.CO_VARKEYWORDS),
          bool(co.co_flags & inspect.CO_NESTED), bool(co.co_flags & inspect.CO_NEWLOCALS),
          bool(co.co_flags & inspect.CO_OPTIMIZED))
    print("  flag names", dis.pretty_flags(co.co_flags))
    print("  firstlineno offset", co.co_firstlineno - plain.__code__.co_firstlineno)
    print("  stacksize", co.co_stacksize)
    print("  lines", [ln - co.co_firstlineno for (_, _, ln) in co.co_lines() if ln is not None][:8])
    print("  positions", len(list(co.co_positions())) == len(co.co_code) // 2)

print(plain.__defaults__, star_args.__kwdefaults__, star_args.__defaults__)
print(plain.__name__, plain.__qualname__, plain.__module__)
print(outer().__qualname__)
print(inspect.signature(star_args))
print(plain.__code__.co_code == plain.__code__.co_code, type(plain.__code__.co_code).__name__)
print(plain.__code__.replace().co_varnames)
p2 = plain.__code__.replace(co_name="renamed")
print(p2.co_name, p2.co_qualname)

print("-- dis of plain")
dis.dis(plain)
print("-- dis of a lambda")
dis.dis(lambda q: q * 2 if q else -q)
print("-- dis of a comprehension function")
def comp(xs):
    return [x + 1 for x in xs if x]
dis.dis(comp)
print("-- dis of inner closure")
dis.dis(outer())
print("-- dis of try/except")
def tried(d):
    try:
        return d["k"]
    except KeyError as e:
        return str(e)
    finally:
        d.clear()
dis.dis(tried)
print("-- code_info")
print(dis.code_info(star_args))
print("-- instructions")
for ins in dis.get_instructions(plain):
    print(ins.opname, ins.arg, repr(ins.argval), ins.argrepr, ins.offset, ins.starts_line, ins.is_jump_target, ins.line_number)
print("-- Bytecode")
bc = dis.Bytecode(gen_fn)
print(bc.info().splitlines()[0])
print(bc.dis())
print(dis.opname[dis.opmap["LOAD_FAST"]], dis.opmap["RETURN_VALUE"] == dis.opmap["RETURN_VALUE"], dis.hasjrel == dis.hasjrel)
print(dis.stack_effect(dis.opmap["POP_TOP"]), dis.stack_effect(dis.opmap["BUILD_LIST"], 3))
