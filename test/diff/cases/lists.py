# Lists: methods, slicing (read, assignment, deletion, extended slices), copies, nesting and errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def run(label, body):
    # body gets a fresh list and returns what to print
    try:
        print(label, repr(body(list(range(10)))))
    except Exception as e:
        print(label, type(e).__name__, e)

print("-- methods")
def methods():
    a = [3, 1, 2]
    a.append(4)
    a.extend([5, 6])
    a.extend(range(2))
    a.extend("ab")
    a.insert(0, "first")
    a.insert(100, "last")
    a.insert(-1, "before last")
    a.insert(-100, "very first")
    return a
show("append/extend/insert", methods)
def pops():
    a = list("abcdef")
    return a.pop(), a.pop(0), a.pop(-2), a
show("pop", pops)
show("pop empty", lambda: [].pop())
show("pop out of range", lambda: [1].pop(5))
show("pop bad index", lambda: [1].pop("0"))
def removes():
    a = [1, 2, 3, 2, 1]
    a.remove(2)
    return a
show("remove", removes)
show("remove missing", lambda: [1, 2].remove(5))
show("index", lambda: ([1, 2, 3, 2].index(2), [1, 2, 3, 2].index(2, 2), [1, 2, 3].index(3, -1)))
show("index missing", lambda: [1, 2].index(9))
show("count", lambda: ([1, 2, 2, "2"].count(2), [[1], [1]].count([1]), [1.0, 1, True].count(1)))
def rev():
    a = [1, 2, 3]
    r = a.reverse()
    return a, r
show("reverse returns None", rev)
def clear_copy():
    a = [1, [2]]
    b = a.copy()
    b[1].append(3)
    a.clear()
    return a, b
show("copy shallow, clear", clear_copy)
print("-- slicing reads")
run("basic", lambda a: (a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::3], a[::-1], a[8:2:-2], a[-1:-4:-1]))
run("out of range", lambda a: (a[20:], a[-20:2], a[5:2], a[2:100:4]))
run("slice obj", lambda a: a[slice(1, 8, 3)])
run("zero step", lambda a: a[::0])
run("index error", lambda a: a[10])
run("neg index error", lambda a: a[-11])
run("bad index type", lambda a: a[1.0])
run("bad slice type", lambda a: a["a":])
print("-- slice assignment")
def sa1(a):
    a[2:5] = ["x"]
    return a
run("shrink", sa1)
def sa2(a):
    a[1:1] = [100, 200, 300]
    return a
run("insert", sa2)
def sa3(a):
    a[::2] = "abcde"
    return a
run("extended", sa3)
def sa4(a):
    a[::2] = [1, 2]
    return a
run("extended wrong size", sa4)
def sa5(a):
    a[5:] = range(3)
    return a
run("range rhs", sa5)
def sa6(a):
    a[:] = a[::-1]
    return a
run("self reverse", sa6)
def sa7(a):
    a[2:5] = 7
    return a
run("non iterable", sa7)
def sa8(a):
    a[8:2:-2] = ["p", "q", "r"]
    return a
run("neg step assign", sa8)
def sa9(a):
    a[100:] = [1]
    a[-100:0] = [0]
    return a
run("beyond ends", sa9)
def sa10(a):
    a[3:3] = a
    return a
run("self insert", sa10)
print("-- del")
def d1(a):
    del a[0]
    del a[-1]
    del a[2:4]
    return a
run("del", d1)
def d2(a):
    del a[::2]
    return a
run("del extended", d2)
def d3(a):
    del a[::-3]
    return a
run("del neg extended", d3)
def d4(a):
    del a[20]
    return a
run("del out of range", d4)
def d5(a):
    del a[:]
    return a
run("del all", d5)
print("-- operators")
show("concat", lambda: [1] + [2, 3])
show("concat tuple", lambda: [1] + (2,))
def iadd():
    a = [1]
    b = a
    a += (2, 3)
    a += "xy"
    return a, b, a is b
show("iadd any iterable", iadd)
show("repeat", lambda: ([0] * 3, [[]] * 2, 2 * [1, 2], [1] * -1))
def repeat_alias():
    a = [[]] * 3
    a[0].append(1)
    return a
show("repeat aliasing", repeat_alias)
def imul():
    a = [1, 2]
    a *= 3
    return a
show("imul", imul)
show("compare", lambda: ([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [1, [2]] == [1, [2]], [2] > [1, 99]))
show("compare bad", lambda: [1] < ["a"])
show("contains", lambda: (2 in [1, 2], [1] in [[1]], 3 not in [1]))
show("len/min/max/sum", lambda: (len([1, 2]), min([3, 1]), max([3, 1]), sum([1, 2, 3])))
show("list()", lambda: (list(), list("ab"), list(range(3)), list((1, 2)), list({3: 4}), list(x * 2 for x in range(3))))
show("list of int", lambda: list(5))
show("unhashable", lambda: hash([]))
show("nested", lambda: [[i * j for j in range(3)] for i in range(3)])
def self_ref():
    a = [1]
    a.append(a)
    return repr(a), str(a)
show("recursive repr", self_ref)
def mutate_during():
    a = [1, 2, 3, 4]
    out = []
    for x in a:
        out.append(x)
        if x == 2:
            a.remove(x)
    return out, a
show("mutate during iteration", mutate_during)
show("enumerate", lambda: list(enumerate(["a", "b"], 1)))
show("unpack", lambda: (lambda a, b, *c: (a, b, c))(*[1, 2, 3, 4]))
show("list eq other", lambda: ([1, 2] == (1, 2), [] == [], [1] != [1.0]))
