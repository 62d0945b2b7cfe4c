# String formatting: f-strings (conversions, nested specs, =, expressions, quotes), str.format (auto and
# manual numbering, attributes, indexing, errors) and %-formatting of every kind.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

name = "Ada"
n = 42
pi = 3.14159
items = ["x", "y"]
d = {"k": "v", 1: "one"}

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
    def __format__(self, spec):
        if spec == "polar":
            return "polar!"
        return format(str(self), spec)

p = Point(1, "two")
print("-- f-strings")
show("simple", lambda: f"Hello {name}, n={n}")
show("conversions", lambda: f"{name!r} {name!s} {name!a} {'é'!a} {p!r} {p!s} {p}")
show("self documenting", lambda: f"{n=} {pi=:.2f} {name = } {n+1=} {p=!s}")
show("expressions", lambda: f"{n * 2} {items[0]} {d['k']} {d[1]} {len(items)} {'yes' if n else 'no'} {[i * i for i in range(3)]}")
show("nested spec", lambda: f"{pi:{'>'}{10}.{2}f}|{name:^{n // 6}}|")
show("format protocol", lambda: f"{p:polar} {p:>12}|")
show("braces", lambda: f"{{literal}} {{{n}}}")
show("nested quotes", lambda: f"{'a' + "b"} {f'{n}'}")
show("multiline", lambda: f"""{
    n
    + 1
}""")
show("lambda in f", lambda: f"{(lambda x: x * 2)(5)}")
show("dict in f", lambda: f"{ {'a': 1}['a'] }")
show("backslash in f (3.12+)", lambda: f"{'\n'.join(['a', 'b'])}")
show("f with datetime-ish", lambda: f"{12:02d}:{5:02d}")
show("f bad spec", lambda: f"{n:q}")
show("f format of None", lambda: f"{None!s:>6}|{None}")
show("f bad none spec", lambda: f"{None:>6}")
print("-- str.format")
show("auto", lambda: "{} and {}".format("a", "b"))
show("manual", lambda: "{1} {0} {1}".format("a", "b"))
show("keywords", lambda: "{name} is {age}".format(name="Bob", age=30))
show("attr index", lambda: "{0.x} {0.y} {1[0]} {2[k]}".format(p, items, d))
show("conversions", lambda: "{0!r} {0!s} {0!a}".format("é"))
show("specs", lambda: "{:>8} {:<8}| {:^8} {:08.3f} {:+} {:,}".format("r", "l", "c", pi, 5, 10 ** 6))
show("nested", lambda: "{:{}{}}".format("x", ">", 5))
show("mix auto manual", lambda: "{} {1}".format("a", "b"))
show("missing positional", lambda: "{} {}".format("a"))
show("missing keyword", lambda: "{x}".format(y=1))
show("bad conversion", lambda: "{!z}".format(1))
show("single brace", lambda: "{".format())
show("close brace", lambda: "}".format())
show("index str", lambda: "{0[1]}".format("abc"))
show("too deep", lambda: "{:{:{}}}".format(1, 2, 3))
show("escaped", lambda: "{{}} {}".format(1))
show("format list", lambda: "{}".format([1, "a", None]))
show("format spec on str", lambda: "{:.2}".format("abcdef"))
show("str format int spec", lambda: "{:d}".format("x"))
print("-- %-formatting")
show("s r a", lambda: "%s %r %a" % ("é", "é", "é"))
show("tuple arg", lambda: "%s" % ((1, 2),))
show("single", lambda: "%s!" % "x")
show("width", lambda: "[%5s][%-5s][%.2s][%5.1s]" % ("abc", "abc", "abc", "abc"))
show("numbers", lambda: "%d %i %u %o %x %X %e %E %f %F %g %G" % (10, 10, 10, 10, 255, 255, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5e-10))
show("flags", lambda: "%#x %#o %+d % d %-4d| %04d %#.3g" % (255, 8, 5, 5, 5, -5, 1.0))
show("percent", lambda: "100%% sure" % ())
show("dict keys", lambda: "%(a)s-%(b)05.1f" % {"a": "A", "b": 2.345})
show("star", lambda: "%*d|%-*d|" % (5, 1, 5, 2))
show("c", lambda: "%c%c" % ("a", 98))
show("not all converted", lambda: "%s" % (1, 2))
show("not enough", lambda: "%s %s" % ("a",))
show("bad char", lambda: "%z" % 1)
show("incomplete", lambda: "abc %" % ())
show("percent on list", lambda: "%s" % [1, 2])
show("percent dict no key", lambda: "%(x)s" % {"y": 1})
show("percent bytes", lambda: b"%s %d %x" % (b"ab", 5, 255))
show("percent bytes str", lambda: b"%s" % "x")


# A dict subclass as the mapping is read through its __getitem__, so defaultdict's __missing__ runs.
import collections
dd = collections.defaultdict(lambda: "?", {"a": "A"})
show("percent defaultdict", lambda: "%(a)s %(b)s %(b)r" % dd)
show("percent defaultdict bytes", lambda: b"%(k)s" % collections.defaultdict(lambda: b"kk"))
show("format_map defaultdict", lambda: "{a}{b}{c!r}".format_map(dd))
show("format_map defaultdict int", lambda: "{x:>4}|{y}".format_map(collections.defaultdict(int)))
show("format_map OrderedDict", lambda: "{b}{a}".format_map(collections.OrderedDict(a=1, b=2)))
show("defaultdict filled", lambda: sorted(dd))
show("translate defaultdict", lambda: "abc".translate(collections.defaultdict(lambda: "-", {97: "A"})))
show("translate OrderedDict", lambda: "abc".translate(collections.OrderedDict({98: None})))
