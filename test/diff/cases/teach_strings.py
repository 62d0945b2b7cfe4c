# Teaching text: str is code points, bytes are bytes; unicode methods, encoding errors, printing.
import unicodedata
import sys
import io

s = "Straße café naïve ﬁ Σίσυφος"
print(len(s), s.upper(), s.lower(), s.casefold(), s.title(), s.swapcase())
print("ß".upper(), "ß".casefold(), "ﬁ".upper(), "İ".lower(), len("İ".lower()), "ΣΑΣ".lower())
print("straße".casefold() == "STRASSE".casefold(), "straße".lower() == "strasse")
e1 = "caf\u00e9"
e2 = "cafe\u0301"
print(e1 == e2, len(e1), len(e2), unicodedata.normalize("NFC", e2) == e1, [hex(ord(c)) for c in unicodedata.normalize("NFD", e1)])
print(unicodedata.normalize("NFKC", "ﬁ①²"), unicodedata.name("é"), unicodedata.category("é"), unicodedata.lookup("SNOWMAN"))
for ident in ("abc", "_x1", "1abc", "café", "a-b", "", "class", "λ", "x²"):
    print(repr(ident), ident.isidentifier(), end="; ")
print()
for t in ("123", "١٢٣", "²", "½", "12.5", "-1", " ", "", "Ⅷ"):
    print(repr(t), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isspace(), end="; ")
print()
print(int("١٢٣"), float("٣.٥"), "abc".isalpha(), "ab1".isalnum(), "Hello World".istitle(), "\t\n ".isspace())
table = str.maketrans({"a": "4", "e": "3", "o": None})
print("hello aeo world".translate(table), str.maketrans("ab", "xy"), "abcabc".translate(str.maketrans("ab", "xy", "c")))
print("a,b,,c".split(","), "a b  c".split(), " x ".strip(), "xxhixx".strip("x"), "a\nb\r\nc".splitlines(), "a\nb\n".splitlines(True))
print("abc".center(9, "*"), "42".zfill(5), "-42".zfill(5), "tab\there".expandtabs(4), "%-6s|" % "ab")
print("hello".removeprefix("he"), "hello".removesuffix("lo"), "a.b.c".rpartition("."), "a.b.c".partition("x"))
print("abc" * 2, "-".join(["a", "b"]), "abc"[::-1], "abcdef"[1:5:2], "abc".find("z"), "abcabc".rfind("b"))
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError", e)
print("😀".encode("utf-8"), len("😀"), len("😀".encode()), len("😀".encode("utf-16-le")), ord("😀"), chr(128512))
print("é".encode("latin-1"), "é".encode("ascii", "replace"), "é".encode("ascii", "ignore"), "é".encode("ascii", "xmlcharrefreplace"), "é€".encode("ascii", "backslashreplace"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e, e.start, e.end, e.reason, e.encoding)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e, e.object, e.start, e.end)
print(b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"\xff".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
print(b"\xff".decode("latin-1"), "abc".encode() == b"abc", b"abc"[0], b"abc"[0:1], list(b"hi"), bytes([104, 105]))
try:
    "abc" + b"def"
except TypeError as e:
    print("TypeError", e)
try:
    b"abc" + "def"
except TypeError as e:
    print("TypeError", e)
try:
    "abc" == b"abc"
    print("str == bytes is", "abc" == b"abc")
except TypeError as e:
    print("TypeError", e)
print(bytes(3), bytearray(b"abc").upper(), b"a b".split(), b"%d-%s" % (5, b"x"), b"abc".hex(), bytes.fromhex("61 62"))
print(repr("quote's"), repr('dq"'), repr("both'\""), repr("\x00\t\n\x7f\x80\u200b"), ascii("café😀"), str(b"x"))
print("{} {!r} {!s} {!a}".format("x", "y", "z", "é"), "{0}{1}{0}".format("a", "b"), "{name:>5}".format(name="n"))
print("{:{}}".format("nest", 8) + "|", "{0[1]}{1[k]}".format([1, 2], {"k": "v"}), format("x", "^5"))
print("a", "b", "c", sep="-", end="!\n")
print("no newline", end="")
print(" <- same line")
print(*[1, 2, 3], sep=", ")
print()
print("to stderr", file=sys.stderr)
buf = io.StringIO()
print("into buffer", 42, file=buf, sep=":")
print(repr(buf.getvalue()))
print("flushed", flush=True)
print(sep="x")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError", e)
try:
    print("x", end=5)
except TypeError as e:
    print("TypeError", e)
print(None, True, 1.0, [1, "a"], ("t",), {"k": None}, {1}, set(), frozenset(), range(3), slice(1, 2))
print(sorted(["b", "B", "a", "é", "Z", "e"]), sorted(["b", "B", "a"], key=str.lower), max("abc"), min(["bb", "a"], key=len))
words = ["apple", "Bob", "cat", "Dog", "egg", "fig"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True), sorted(words, key=lambda w: (len(w), w.lower())))
records = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(records, key=lambda r: r[1]), sorted(sorted(records), key=lambda r: r[1]))
