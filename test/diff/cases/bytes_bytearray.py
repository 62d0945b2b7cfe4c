# bytes and bytearray: literals, indexing (ints), slicing, methods, mutation, conversion and errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

b = b"hello world"
show("literal repr", lambda: (b"", b"a'b", b'a"b', b"\x00\x7f\x80\xff", b"\t\n\r", b"'\""))
show("index", lambda: (b[0], b[-1], type(b[0]).__name__))
show("slice", lambda: (b[1:4], b[::-1], b[::2], b[100:]))
show("index error", lambda: b[100])
show("len in", lambda: (len(b), b"wor" in b, 111 in b, 300 in b if False else None))
show("in bad int", lambda: 300 in b)
show("in bad type", lambda: "o" in b)
show("constructors", lambda: (bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes(b"x"), bytes(range(3)), bytes()))
show("constructor bad", lambda: bytes([256]))
show("constructor str no enc", lambda: bytes("abc"))
show("constructor neg", lambda: bytes(-1))
show("fromhex hex", lambda: (bytes.fromhex("de ad BE EF"), b"\xde\xad".hex(), b"\x01\x02\x03".hex(":"), b"abcdef".hex("-", 2)))
show("fromhex bad", lambda: bytes.fromhex("zz"))
show("concat", lambda: (b"ab" + b"cd", b"ab" * 3, b"ab" + bytearray(b"c")))
show("concat str", lambda: b"a" + "b")
show("compare", lambda: (b"abc" < b"abd", b"a" == b"a", b"a" == "a", bytearray(b"x") == b"x"))
show("methods", lambda: (b.upper(), b.split(), b.split(b"o"), b.replace(b"l", b"L"), b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.startswith(b"he"), b.strip(b"hd"), b.title()))
show("methods 2", lambda: (b"  x ".strip(), b",".join([b"a", b"b"]), b"abc".center(7, b"*"), b"12".zfill(5), b"a\tb".expandtabs(4), b"a b".partition(b" "), b"AbC".swapcase(), b"abc".isalpha(), b"12".isdigit()))
show("join error", lambda: b",".join([b"a", "b"]))
show("decode", lambda: (b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"\xff".decode("utf-8", "replace"), b"\xff".decode("utf-8", "backslashreplace"), b"a\xffb".decode("ascii", "ignore")))
show("decode error", lambda: b"\xff\xfe".decode("utf-8"))
show("decode error ascii", lambda: b"ok\x80".decode("ascii"))
show("iteration", lambda: list(b"abc"))
show("hash eq", lambda: hash(b"abc") == hash(b"abc"))
show("immutable", lambda: b.__setitem__(0, 1))
show("int.from_bytes", lambda: (int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\xff", "big", signed=True)))
print("-- bytearray")
ba = bytearray(b"hello")
show("repr", lambda: (ba, bytearray(), bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8")))
def mutate():
    x = bytearray(b"hello")
    x[0] = 74
    x[1:3] = b"EE"
    x.append(33)
    x.extend(b"??")
    x.insert(0, 62)
    del x[-1]
    popped = x.pop()
    x.remove(ord("E"))
    x += b"!"
    x *= 2
    return x, popped
show("mutate", mutate)
show("set bad value", lambda: bytearray(b"x").__setitem__(0, 256))
show("set bad type", lambda: bytearray(b"x").__setitem__(0, "a"))
show("remove missing", lambda: bytearray(b"x").remove(5))
show("pop empty", lambda: bytearray().pop())
def slices():
    x = bytearray(b"0123456789")
    x[::2] = b"abcde"
    y = bytearray(b"0123456789")
    del y[1:9:3]
    z = bytearray(b"abc")
    z[1:2] = b"XYZ"
    return x, y, z
show("slice ops", slices)
show("extended slice wrong size", lambda: bytearray(b"0123").__setitem__(slice(None, None, 2), b"abc"))
show("reverse copy clear", lambda: (lambda x: (x.reverse(), bytes(x), x.copy(), x.clear(), x))(bytearray(b"abc")))
show("methods return bytearray", lambda: (bytearray(b"ab").upper(), bytearray(b"a,b").split(b","), bytearray(b"x") + b"y"))
show("unhashable", lambda: hash(bytearray(b"x")))
show("decode ba", lambda: bytearray(b"caf\xc3\xa9").decode())
show("bytes of ba", lambda: bytes(bytearray(b"zz")))
show("memoryview", lambda: (bytes(memoryview(b"abc")[1:]), memoryview(b"abc")[0], memoryview(b"abcd").tolist()))
show("bytes format", lambda: (b"%d-%s" % (5, b"x"), b"%5b|" % b"ab", b"%c" % 65))
show("str of bytes", lambda: (str(b"abc"), "%s" % b"abc", f"{b'abc'}"))
show("bytes(int) big", lambda: len(bytes(1000)))
show("translate", lambda: (b"abc".translate(bytes.maketrans(b"ab", b"xy")), b"abc".translate(None, b"b")))
show("count int", lambda: (b"banana".count(97), b"banana".find(110), b"banana".index(b"n")))
show("index error", lambda: b"abc".index(b"z"))
show("splitlines", lambda: b"a\nb\r\nc".splitlines())
show("bytes isX", lambda: (b"".isalnum(), b"Ab".istitle(), b" \t".isspace(), b"ABC".isupper()))
