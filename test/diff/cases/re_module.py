# The re module on top of _sre: compiling, matching, searching, groups, substitution templates,
# splitting, flags, lookarounds, possessive and atomic groups, bytes patterns, re.Scanner, errors with
# their positions, and the Pattern/Match objects' reprs and attributes.
import re
import copy
import copyreg


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def spans(m):
    return None if m is None else (m.span(), m.groups(), m.lastindex, m.lastgroup)


# ---- matching basics ---------------------------------------------------------------------------------
show("match", lambda: spans(re.match(r"(\w+) (\w+)", "hello world!")))
show("match none", lambda: re.match(r"\d", "abc"))
show("search", lambda: spans(re.search(r"(\d+)", "abc 123 def 45")))
show("fullmatch", lambda: (spans(re.fullmatch(r"a.c", "abc")), re.fullmatch(r"a.c", "abcd")))
show("fullmatch lazy", lambda: re.fullmatch(r"a+?", "aaa").span())
show("pos endpos", lambda: [re.compile(r"o").search("foo boo", p, e).span() for p, e in ((0, 7), (2, 7), (3, 7), (5, 6))])
show("caret with pos", lambda: (re.compile(r"^o").search("foo", 1), re.compile(r"o$").search("foo", 0, 2).span()))
show("empty pattern", lambda: [m.span() for m in re.finditer("", "abc")])
show("match repr", lambda: repr(re.search(r"b+", "abbbc")))
show("match repr long", lambda: repr(re.match(r".*", "x" * 80)))
show("bool", lambda: bool(re.match("", "")))

# ---- groups ------------------------------------------------------------------------------------------
m = re.match(r"(?P<first>\w+)\s(?P<last>\w+)(?:\s(\w+))?", "Isaac Newton physicist")
show("group", lambda: (m.group(), m.group(0), m.group(1), m.group("last"), m.group(1, "first", 3)))
show("groups", lambda: (m.groups(), m.groupdict(), m.start(2), m.end("first"), m.span(3)))
show("getitem", lambda: (m[0], m["first"], m[3]))
show("regs", lambda: m.regs)
show("lastindex", lambda: (m.lastindex, m.lastgroup, m.pos, m.endpos, m.string, m.re.pattern))
m2 = re.match(r"(a)(b)?(c)?", "a")
show("unmatched groups", lambda: (m2.groups(), m2.groups("-"), m2.span(2), m2.start(3), m2.group(2)))
show("groupdict default", lambda: re.match(r"(?P<a>x)?(?P<b>y)", "y").groupdict("none"))
show("no such group", lambda: m.group(5))
show("no such group name", lambda: m.group("nope"))
show("negative group", lambda: m.group(-1))
show("bool group index", lambda: m.group(True))
show("lastindex nested", lambda: [re.match(p, "ab").lastindex for p in (r"(a)b", r"((a)b)", r"(a)(b)", r"((a)(b))")])
show("lastgroup", lambda: re.match(r"(?P<x>a)(?P<y>b)", "ab").lastgroup)
show("repeated group keeps last", lambda: re.match(r"(?:(\w)\W?)+", "a-b-c").group(1))
show("nested repeat groups", lambda: re.match(r"((a)|b)+", "ab").groups())
show("backref", lambda: (re.search(r"(\w)\1", "abccd").group(), re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' now").group()))
show("conditional", lambda: [re.fullmatch(r"(<)?\w+(?(1)>|)", s) is not None for s in ("<a>", "a", "<a", "a>")])
show("groups count", lambda: (re.compile(r"(a)(?:b)(?P<c>c)").groups, re.compile("x").groups))

# ---- flags -------------------------------------------------------------------------------------------
show("ignorecase", lambda: (re.findall(r"abc", "ABC aBc abc", re.I), re.match(r"[a-z]+", "HeLLo", re.I).group()))
show("ignorecase unicode", lambda: (re.match("straße", "STRASSE", re.I), re.match("σ", "Σ", re.I).group(), re.match("[σ]+", "ςΣσ", re.I).group()))
show("kelvin", lambda: (bool(re.match("k", "\u212a", re.I)), bool(re.match("k", "\u212a", re.I | re.A))))
show("multiline", lambda: (re.findall(r"^\w", "ab\ncd\nef", re.M), re.findall(r"\w$", "ab\ncd\nef", re.M), re.findall(r"^\w", "ab\ncd")))
show("dotall", lambda: (re.match(r"a.b", "a\nb"), re.match(r"a.b", "a\nb", re.S).group()))
show("verbose", lambda: re.match(r"""
    (\d{3})   # area
    [-\s]?    # separator
    (\d{4})   # number
""", "555-1234", re.X).groups())
show("ascii", lambda: (re.findall(r"\w+", "héllo wörld"), re.findall(r"\w+", "héllo wörld", re.A)))
show("inline flags", lambda: (re.match(r"(?i)abc", "ABC").group(), re.match(r"a(?i:b)c", "aBc").group(), re.match(r"a(?i:b)c", "aBC")))
show("flags value", lambda: (re.compile("x", re.I | re.M).flags, re.compile(b"x").flags, re.compile("(?s)x").flags))
show("end anchors", lambda: (re.search(r"a$", "a\n").span(), re.search(r"a\Z", "a\n"), re.search(r"\Aa", "ba")))
show("word boundary", lambda: (re.findall(r"\bfoo\b", "foo foobar (foo) barfoo"), re.findall(r"\Boo\B", "foood"), re.findall(r"\b\w", "hello, wörld")))
show("empty boundary", lambda: (re.search(r"\b", ""), re.search(r"\B", "").span()))

# ---- quantifiers, lookarounds, atomic and possessive ------------------------------------------------
show("greedy vs lazy", lambda: (re.match(r"<.*>", "<a><b>").group(), re.match(r"<.*?>", "<a><b>").group()))
show("counted", lambda: [re.match(p, "aaaaa").group() for p in (r"a{2}", r"a{2,3}", r"a{2,}", r"a{,2}", r"a{2,3}?")])
show("lazy repeat of group", lambda: re.match(r"(ab)*?c", "ababc").groups())
show("zero width repeat", lambda: (re.match(r"(a*)*b", "aab").groups(), re.match(r"(a|)*b", "aab").groups(), re.findall(r"(?:x*)*", "xx")))
show("lookahead", lambda: (re.findall(r"\w+(?=,)", "a, b, c"), re.findall(r"\b\w+\b(?!,)", "a, b, c")))
show("lookbehind", lambda: (re.findall(r"(?<=\$)\d+", "$10 and 20 and $30"), re.findall(r"(?<!\$)\b\d+", "$10 and 20")))
show("lookahead group", lambda: re.search(r"(?=(\d+))\d", "x123").groups())
show("atomic", lambda: (re.match(r"(?>a+)b", "aaab").group(), re.match(r"(?>a+)a", "aaa")))
show("possessive", lambda: (re.match(r"a++b", "aab").group(), re.match(r"a++a", "aaa"), re.match(r"(?:ab)*+a", "ababa").group()))
show("possessive groups", lambda: (re.match(r"((x)|y|z)*+", "xyz").groups(), re.findall(r"(?:(A)|[b-z])++", "A aBAc ")))
show("alternation order", lambda: (re.match(r"a|ab", "ab").group(), re.match(r"(a|ab)(c|bcd)(d*)", "abcd").groups()))
show("catastrophic guard", lambda: re.match(r"(a|b)*c", "ab" * 2000 + "c").end())

# ---- findall / finditer ------------------------------------------------------------------------------
show("findall no groups", lambda: re.findall(r"\d+", "a1 b22 c333"))
show("findall one group", lambda: re.findall(r"(\w)=\d", "a=1 b=2"))
show("findall groups", lambda: re.findall(r"(\w)=(\d)?", "a=1 b= c=3"))
show("findall empty matches", lambda: re.findall(r"a*", "baaac"))
show("finditer", lambda: [(m.start(), m.group()) for m in re.finditer(r"[aeiou]", "education")])
show("finditer pos", lambda: [m.span() for m in re.compile(r"\w+").finditer("ab cd ef", 1, 7)])
show("scanner", lambda: (lambda s: [s.match().span(), s.match().span(), s.match(), s.match()])(re.compile(r"\w").scanner("ab!")))

# ---- sub / subn / expand -----------------------------------------------------------------------------
show("sub", lambda: re.sub(r"\s+", " ", "a  b\t\tc\n d"))
show("sub groups", lambda: re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "joe@site.com, ann@corp.com"))
show("sub named", lambda: re.sub(r"(?P<k>\w+)=(?P<v>\w+)", r"\g<v>=\g<k>;\g<0>", "a=1 b=2"))
show("sub escapes", lambda: re.sub(r"x", r"\n\t\\", "axb"))
show("sub function", lambda: re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "1 2 30"))
show("sub function none", lambda: re.sub(r"b", lambda m: None, "abc"))
show("sub count", lambda: (re.sub(r"a", "x", "aaaa", count=2), re.subn(r"a", "x", "aaaa"), re.subn(r"z", "x", "aaaa")))
show("sub empty matches", lambda: (re.sub(r"x*", "-", "abxd"), re.sub(r"", "-", "abc")))
show("sub unmatched group", lambda: re.sub(r"(a)|b", r"[\1]", "ab"))
show("sub bad group", lambda: re.sub(r"(a)", r"\2", "a"))
show("sub bad escape", lambda: re.sub(r"a", r"\q", "a"))
show("sub bad name", lambda: re.sub(r"(?P<n>a)", r"\g<m>", "a"))
show("sub octal", lambda: re.sub(r"a", r"\101\0", "a"))
show("sub bytes repl in str", lambda: re.sub(r"a", b"x", "a"))
show("sub fn returns int", lambda: re.sub(r"a", lambda m: 1, "a"))
show("expand", lambda: re.match(r"(\w+) (?P<two>\w+)", "hello world").expand(r"\2 \1! \g<two>"))
show("template cache", lambda: [re.sub(r"(\w)", r"<\1>", w) for w in ("ab", "cd", "ab")])

# ---- split -------------------------------------------------------------------------------------------
show("split", lambda: re.split(r"\W+", "Words, words, words."))
show("split groups", lambda: re.split(r"(\W+)", "Words, words, words."))
show("split maxsplit", lambda: re.split(r"\W+", "Words, words, words.", maxsplit=1))
show("split optional group", lambda: re.split(r"(,)?\s", "a, b c"))
show("split empty", lambda: (re.split(r"x*", "axbc"), re.split(r"", "abc"), re.split(r"\b", "a b")))

# ---- bytes patterns ----------------------------------------------------------------------------------
show("bytes", lambda: (re.findall(rb"\d+", b"a1b22"), re.sub(rb"(a)", rb"<\1>", b"bab"), re.split(rb",", b"a,b")))
show("bytes match", lambda: repr(re.match(rb"\w+", b"abc\xe9")))
show("bytes classes", lambda: (re.findall(rb"\w", b"a\xe9_1"), re.findall(rb"[\x80-\xff]+", b"ab\x80\xffc"), re.match(rb"(?i)ABC", b"abc").group()))
show("bytes locale", lambda: re.findall(rb"\w+", b"ab cd", re.L))
show("bytearray subject", lambda: (re.search(rb"b+", bytearray(b"abbc")).group(), re.sub(rb"b", b"x", bytearray(b"abc"))))
show("mixed types", lambda: re.match(r"a", b"a"))
show("mixed types 2", lambda: re.match(rb"a", "a"))
show("bad subject", lambda: re.match(r"a", 1))

# ---- unicode -----------------------------------------------------------------------------------------
show("astral", lambda: (re.findall(r".", "a\U0001d49cb"), re.search(r"\U0001d49c+", "x\U0001d49c\U0001d49cy").span()))
show("astral class", lambda: re.findall(r"[\U0001d400-\U0001d7ff]", "a\U0001d49c\U0001d4b5b"))
show("unicode digits", lambda: (re.findall(r"\d", "1\u0662\u00b2"), re.findall(r"\d", "1\u0662", re.A)))
show("unicode space", lambda: re.split(r"\s+", "a\u3000b\u00a0c\u2028d"))
show("big charset", lambda: re.findall(r"[\u0100\u0300\u0500\u1000-\u1005]+", "x\u0300\u1002\u0500y\u0100"))
show("negated big charset", lambda: re.findall(r"[^\u0100\u0300\u0500\u1000-\u1005]+", "\u0300ab\u1002cd"))

# ---- errors ------------------------------------------------------------------------------------------
for bad in ["(", "a)", "[a", "*a", "a{3,2}", r"\1", "(?P<1>a)", "(?<=a+)b", "a**", r"\p", "(?z)"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("error", repr(bad), "|", e, "|", e.pos, e.lineno, e.colno)
try:
    re.compile("a\n(b")
except re.error as e:
    print("multiline error", e, e.lineno, e.colno)
show("error is PatternError", lambda: re.error is re.PatternError)

# ---- Pattern objects ---------------------------------------------------------------------------------
p = re.compile(r"(?P<word>\w+)", re.I | re.M)
show("pattern repr", lambda: (repr(p), repr(re.compile("x")), repr(re.compile(b"x", re.L)), repr(re.compile("x", re.A | re.S))))
show("pattern repr long", lambda: repr(re.compile("y" * 300))[-10:])
show("pattern attrs", lambda: (p.pattern, p.flags, p.groups, dict(p.groupindex)))
show("pattern eq", lambda: (re.compile("a") == re.compile("a"), re.compile("a") == re.compile("a", re.I), re.compile("a") != re.compile("b"), hash(re.compile("ab")) == hash(re.compile("ab"))))
show("pattern copy", lambda: (copy.copy(p) is p, copy.deepcopy(p) is p))
show("pattern reduce", lambda: (lambda r: (r[0] is re._compile, r[1], r[0](*r[1]) == p))(copyreg.dispatch_table[re.Pattern](p)))
show("compile cache", lambda: re.compile(p) is p)
show("compile flags with pattern", lambda: re.compile(p, re.I))
show("escape", lambda: (re.escape("a.b*c?d (e) [f] {g} $h^ |i| \\j #k ~l&m-n"), re.escape(b"a.b")))
show("purge", lambda: re.purge())
show("types", lambda: (re.Pattern.__name__, re.Match.__name__, type(p).__module__, type(re.finditer("a", "a")).__name__))
show("match object copy", lambda: (lambda mm: copy.copy(mm) is mm)(re.match("a", "a")))

# ---- re.Scanner ----------------------------------------------------------------------------------------
scanner = re.Scanner([
    (r"[a-zA-Z_]\w*", lambda s, t: ("name", t)),
    (r"\d+\.\d*", lambda s, t: ("float", float(t))),
    (r"\d+", lambda s, t: ("int", int(t))),
    (r"[-+*/=()]", lambda s, t: ("op", t)),
    (r"\s+", None),
])
show("Scanner", lambda: scanner.scan("x = 3.5 * (y + 42) ?"))

# ---- a small tokenizer -------------------------------------------------------------------------------
TOKEN = re.compile(r"""
    (?P<num>\d+(?:\.\d+)?)
  | (?P<id>[A-Za-z_]\w*)
  | (?P<str>"(?:[^"\\]|\\.)*")
  | (?P<op>==|!=|<=|>=|[-+*/<>=(),])
  | (?P<ws>\s+)
""", re.X)
src = 'if x1 >= 10.5 then print("a \\"b\\"", y) else z = -3'
toks = [(mo.lastgroup, mo.group()) for mo in TOKEN.finditer(src) if mo.lastgroup != "ws"]
print("tokens", toks)
