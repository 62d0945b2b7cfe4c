# Strings: indexing and slicing by code point (astral characters included), concatenation, repetition,
# comparison, membership, iteration, escapes and repr.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = "héllo, wörld"
music = "a𝄞b𝄢c"
emoji = "👍🏽x"
show("len", lambda: (len(s), len(music), len(emoji), len(""), len("\U0001F600")))
show("index", lambda: (s[0], s[1], s[-1], music[1], music[2], music[3], music[-2]))
show("index error", lambda: s[100])
show("index neg error", lambda: music[-6])
show("index type", lambda: s["a"])
show("slices", lambda: (s[1:5], s[:3], s[7:], s[-5:], s[::2], s[::-1], music[::-1], music[1:4]))
show("slice steps", lambda: (s[10:2:-2], s[-1:-6:-1], s[100:], s[5:1], music[::2], s[::-3]))
show("slice bigs", lambda: ("abc"[-100:100], "abc"[2:-100:-1]))
show("slice zero step", lambda: s[::0])
show("ord chr", lambda: ([ord(c) for c in music], chr(0x1D11E), chr(233), ord("€")))
show("iteration", lambda: [c for c in music])
show("concat", lambda: "ab" + "cd" + music)
show("repeat", lambda: ("ab" * 3, 3 * "x", "a" * 0, "a" * -2))
show("concat error", lambda: "a" + 1)
show("mul error", lambda: "a" * 2.5)
show("in", lambda: ("𝄞" in music, "lo" in s, "" in s, "xyz" in s))
show("in error", lambda: 1 in "abc")
show("compare", lambda: ("abc" < "abd", "a" < "B", "Z" < "a", "abc" < "ab", "é" > "z", "𝄞" > "\uffff", "" < "a"))
show("compare error", lambda: "a" < 1)
show("eq", lambda: ("a" == "a", "a" == 1, "a" != "b"))
show("escapes", lambda: ["\t", "\n", "\\", "\x41", "\u00e9", "\U0001F600", "\N{GREEK SMALL LETTER ALPHA}", "\0", "\a\b\f\v\r"])
show("repr quotes", lambda: [repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\x7f\x80\xa0\xad"), repr("\u200b\ud800")])
show("raw strings", lambda: (r"\n\t", r"C:\path", len(r"\\")))
show("implicit concat", lambda: "abc" "def" 'ghi')
show("triple", lambda: """line1
line2""")
show("str()", lambda: (str(), str(12), str(1.5), str([1, "a"]), str(b"x"), str(b"caf\xc3\xa9", "utf-8")))
show("str bad decode", lambda: str(b"\xff", "utf-8"))
show("str decode errors", lambda: str(b"a\xffb", "utf-8", "replace"))
show("immutable", lambda: s.__setitem__(0, "x"))
def assign():
    t = "abc"
    t[0] = "x"
show("item assignment", assign)
show("hash equal", lambda: hash("abc") == hash("ab" + "c"))
show("isidentifier", lambda: ["abc".isidentifier(), "1a".isidentifier(), "_x".isidentifier(), "é".isidentifier(), "a-b".isidentifier()])
show("surrogate len", lambda: (len("\ud83d\ude00"), "\ud83d\ude00" == "😀"))
show("max min", lambda: (max("hello"), min("hello"), max(music), sorted("banana")))
show("join astral", lambda: "-".join(music))
show("str of astral", lambda: (str(music), ascii(music), ascii(s)))
show("multiply astral", lambda: "𝄞" * 3)
show("count astral", lambda: (music.count("𝄞"), music.find("b"), music.index("c"), music.find("𝄢")))
show("upper astral", lambda: music.upper())
show("zero width", lambda: len("e\u0301"))
show("encode utf16", lambda: (len(music.encode("utf-16-le")), len(music.encode("utf-8")), music.encode("utf-32-be")[:8]))
