# Integer <-> string conversions: str/repr, format specs for ints, int() edge cases, int_max_str_digits.
import sys

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for spec in ("", "d", "5d", "<5d", "^7d", ">6", "+d", " d", "05d", ",", "_", "x", "X", "#x", "#o", "#b",
             "b", "o", "08b", "#010x", ",d", "_x", "e", ".2f", "%", "c", "n", "=+8d", "*^9"):
    for n in (0, 42, -42, 123456789):
        if spec == "c" and n < 0:
            continue
        show("format %r %r" % (n, spec), lambda: format(n, spec))

show("bad spec", lambda: format(5, "s"))
show("bad spec 2", lambda: format(5, ".2s"))
show("bad comma with b", lambda: format(5, ",b"))
show("precision for int d", lambda: format(5, ".3d"))
show("str big", lambda: str(10 ** 40))
show("repr neg", lambda: repr(-7))
show("int with spaces and sign", lambda: int(" +7 "))
show("int with double sign", lambda: int("+-7"))
show("int underscore bad", lambda: int("1__0"))
show("int trailing underscore", lambda: int("10_"))
show("int hex prefix base16", lambda: int("0xff", 16))
show("int bin prefix base 2", lambda: int("0b11", 2))
show("int unicode digits", lambda: int("\u0663\u0664"))
show("int with newline", lambda: int("5\n"))
show("int float string", lambda: int("5.0"))
show("max str digits", lambda: sys.get_int_max_str_digits())
sys.set_int_max_str_digits(5000)
show("big ok", lambda: len(str(10 ** 4500)))
sys.set_int_max_str_digits(640)
show("too big str", lambda: str(10 ** 1000))
show("too big int()", lambda: int("1" * 1000))
show("hex unlimited", lambda: len(hex(10 ** 1000)))
sys.set_int_max_str_digits(0)
show("unlimited", lambda: len(str(10 ** 5000)))
show("zero padded negative", lambda: f"{-5:05}")
show("fstring int conv", lambda: f"{255:#_x} {255!r} {255!s:>5}")
show("percent d", lambda: "%d|%5d|%-5d|%05d|%+d|%x|%X|%o|%#x|%#o" % (42, 42, 42, 42, 42, 255, 255, 8, 255, 8))
show("percent d float", lambda: "%d" % 3.9)
show("percent i", lambda: "%i" % -3)
show("percent c", lambda: "%c%c" % (72, "i"))
show("percent bad", lambda: "%d" % "x")
