# Unpacking: starred assignment in every position, nested targets, unpacking in calls, literals and
# returns; chained and augmented assignment; the walrus operator in if/while/comprehensions.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def star_positions():
    a, *b = [1, 2, 3]
    *c, d = "xyz"
    e, *f, g = range(5)
    h, *i = [1]
    *j, = (7, 8)
    return a, b, c, d, e, f, g, h, i, j
show("star positions", star_positions)
def nested_targets():
    (a, b), [c, *d], e = (1, 2), [3, 4, 5], 6
    for (x, y), z in [((1, 2), 3)]:
        pass
    return a, b, c, d, e, x, y, z
show("nested", nested_targets)
def star_too_few():
    a, b, *c = [1]
show("star too few", star_too_few)
def too_many_values():
    a, b = range(5)
show("too many values", too_many_values)
def too_few_values():
    a, b, c = "ab"
show("too few values", too_few_values)
def unpack_dict():
    a, b = {"x": 1, "y": 2}
    return a, b
show("unpack dict gives keys", unpack_dict)
def unpack_generator():
    a, *rest = (i * i for i in range(4))
    return a, rest
show("unpack generator", unpack_generator)
def unpack_to_attrs_and_items():
    class O: pass
    o = O()
    d = {}
    lst = [0, 0]
    o.x, d["k"], lst[1] = 1, 2, 3
    return o.x, d, lst
show("attr/item targets", unpack_to_attrs_and_items)
def chained():
    a = b = c = []
    a.append(1)
    x, y = z = 1, 2
    return b, c is a, x, y, z
show("chained assignment", chained)
def assignment_order():
    log = []
    class L(list):
        def __setitem__(self, i, v):
            log.append((i, v))
            super().__setitem__(i, v)
    lst = L([0, 0, 0])
    i = 0
    i, lst[i] = 1, 5
    return lst, log
show("left-to-right targets", assignment_order)
def augmented():
    x = 5
    x += 3; x -= 1; x *= 2; x //= 3; x **= 2; x %= 7; x <<= 3; x >>= 1; x |= 1; x &= 13; x ^= 6
    s = "a"; s += "b"; s *= 3
    t = (1,); t += (2,)
    return x, s, t
show("augmented", augmented)
def augmented_item():
    d = {"n": 1}
    d["n"] += 10
    lst = [[1]]
    lst[0] += [2]
    return d, lst
show("augmented subscripts", augmented_item)
def aug_missing():
    d = {}
    d["k"] += 1
show("augmented missing key", aug_missing)
show("call unpacking", lambda: (lambda *a, **k: (a, k))(*[1, 2], 3, *(4,), x=1, **{"y": 2}))
show("literal unpacking", lambda: ([*range(3), *"ab"], (*[1], 2), {*[1, 2], 3}, {**{"a": 1}, "b": 2}))
show("print unpacking", lambda: print(*["p", "q"], sep="-"))
show("return unpacking", lambda: (lambda: (*[1, 2], 3))())
show("starred in subscript (3.11+)", lambda: (lambda t: t)(tuple([*range(2)])))
show("dict unpack non-mapping", lambda: {**[1]})
show("star unpack non-iterable", lambda: [*5])
print("-- walrus")
def walrus_if():
    data = {"key": 41}
    if (v := data.get("key")) is not None:
        return v + 1
show("walrus in if", walrus_if)
def walrus_while():
    items = [3, 2, 1, 0, 5]
    out = []
    it = iter(items)
    while (n := next(it)) != 0:
        out.append(n)
    return out
show("walrus in while", walrus_while)
def walrus_reading_chunks():
    text = "abcdefgh"
    pos = 0
    chunks = []
    while chunk := text[pos:pos + 3]:
        chunks.append(chunk)
        pos += 3
    return chunks
show("walrus chunks", walrus_reading_chunks)
show("walrus in expression", lambda: ((y := 10) + y, y if False else None))
def walrus_scope():
    [m := i for i in range(3)]
    return m
show("walrus in comprehension binds outside", walrus_scope)
show("walrus nested", lambda: ((a := (b := 2) * 3), a, b))
def swap_many():
    a, b, c = 1, 2, 3
    a, b, c = c, a, b
    return a, b, c
show("rotate", swap_many)
def for_else_unpack():
    for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
        last = (i, k, v)
    else:
        last = ("else", last)
    return last
show("for/else with unpacking", for_else_unpack)
def while_else():
    n = 0
    while n < 3:
        n += 1
    else:
        n = ("else ran", n)
    return n
show("while/else", while_else)
def loop_break_skips_else():
    for x in range(5):
        if x == 2:
            break
    else:
        return "else"
    return f"broke at {x}"
show("break skips else", loop_break_skips_else)
def multiple_targets_in_for():
    return [(a, b, c) for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]]
show("for nested targets", multiple_targets_in_for)
