import string, collections, re, unicodedata, textwrap, html, urllib.parse, base64, hashlib, struct, pprint, difflib, shlex, fnmatch, calendar, time, os, os.path, tempfile, pathlib
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness — naïve café, Ünïcödé ½ ﬁ."""
words = re.findall(r"[\w']+", text.lower())
freq = collections.Counter(words)
pprint.pprint(freq.most_common(6), width=40)
print(string.capwords("hello   there world"), text.title()[:30], text.swapcase()[-20:], text.casefold()[-25:])
print([unicodedata.name(c) for c in "½ﬁ—"], unicodedata.normalize("NFKD", "naïve ﬁ"), unicodedata.category("Ü"))
print(html.escape("<a href='x'>&</a>"), html.unescape("&lt;&eacute;&#x41;&amp;"), urllib.parse.quote("a b/ü?"), urllib.parse.urlparse("https://u:p@h.com:80/p/a?q=1&r=2#f"))
print(urllib.parse.parse_qs("a=1&b=2&a=3"), urllib.parse.urlencode({'x': 'a b', 'y': [1, 2]}, doseq=True))
b = base64.b64encode("héllo wörld".encode()); print(b, base64.b64decode(b).decode(), base64.b32encode(b"abc"), base64.urlsafe_b64encode(bytes(range(250, 256))))
print(hashlib.sha256(b"abc").hexdigest()[:16], hashlib.md5(text.encode()).hexdigest(), hashlib.sha1(b"").hexdigest()[:8], hashlib.blake2b(b"x", digest_size=8).hexdigest())
print(struct.pack("<iHd3s", -2, 65535, 1.5, b"ab"), struct.unpack(">IhQ", bytes(range(14))), struct.calcsize("@iqc"))
a = "the quick brown fox jumps over the lazy dog".split(); b2 = "the quick red fox leaps over the lazy cat".split()
print(list(difflib.unified_diff(a, b2, lineterm="", n=1)))
print(difflib.SequenceMatcher(None, "abcdefg", "abxdefz").ratio(), difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(shlex.split("cmd --opt='a b' \"c d\" e\\ f"), shlex.quote("it's"), fnmatch.filter(["a.py", "b.txt", "c.py"], "*.py"))
print(calendar.month(2024, 2), calendar.isleap(2100), calendar.monthrange(2024, 2))
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(1700000000)), time.gmtime(0).tm_year)
with tempfile.TemporaryDirectory() as d:
    p = pathlib.Path(d) / "sub" / "f.txt"
    p.parent.mkdir(parents=True)
    p.write_text("line1\nline2\nümlaut\n", encoding="utf-8")
    print(p.read_text(encoding="utf-8").splitlines(), p.suffix, p.stem, p.stat().st_size, sorted(x.name for x in pathlib.Path(d).rglob("*")))
    with open(p, "a+b") as fh:
        fh.write(b"tail"); fh.seek(0); print(fh.read()[-9:], fh.tell())
    os.rename(p, p.with_suffix(".md")); print(os.listdir(p.parent), os.path.exists(p))
print(textwrap.dedent("""
    def f():
        return 1
"""), textwrap.shorten("The quick brown fox jumps over the lazy dog", 25), textwrap.indent("a\nb", "> "))
print(f"{'x':*^11}|{3.5:+08.2f}|{12345678:_}|{0.000123:.2e}|{1e21}|{-0.0}|{float('nan')}|{2**64:x}|{'é'!a}")
print("".join(reversed("añb😀")), "😀" * 3, len("😀é"), "ß".upper(), "İ".lower().encode("utf-8"), "a\tb".expandtabs(4), "x".center(6, "-"))
print(sorted(["b", "A", "é", "e", "Z"]), sorted(["b", "A", "é", "e", "Z"], key=str.lower), "ab" < "abc", "Z" < "a")
print(bytes.fromhex("de ad be ef").hex("-"), bytearray(b"abc").upper(), memoryview(b"hello")[1:3].tobytes(), b"%d-%s" % (5, b"x"))
