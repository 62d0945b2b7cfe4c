# Teaching encodings: what a UnicodeDecodeError/UnicodeEncodeError carries (args, object, start, end,
# reason), how error handlers resume decoding, and a sweep over codecs x handlers on random bytes.
import codecs
import random

def show_error(label, fn):
    try:
        print(label, "->", repr(fn()))
    except UnicodeError as e:
        print(label, "->", type(e).__name__, "|", e)
        print("   args:", e.args)
        print("   object:", type(e.object).__name__, repr(e.object), "start/end:", e.start, e.end, "reason:", e.reason)
        print("   repr:", repr(e))

show_error("bytes utf-8", lambda: b"ab\x8d".decode("utf-8"))
show_error("bytearray utf-8", lambda: bytearray(b"ab\x8d").decode("utf-8"))
show_error("memoryview via str()", lambda: str(memoryview(b"ab\x8d"), "utf-8"))
show_error("ascii", lambda: b"caf\xc3\xa9".decode("ascii"))
show_error("cp1252 hole (charmap)", lambda: b"ab\x8d".decode("cp1252"))
show_error("charmap_decode", lambda: codecs.charmap_decode(b"ab\x8d", "strict", "xy"))
show_error("utf-16 odd length", lambda: b"\xff".decode("utf-16"))
show_error("utf-16 lone low surrogate", lambda: b"\x00\xdc".decode("utf-16-le"))
show_error("utf-32 out of range", lambda: b"\x00\x00\x11\x00".decode("utf-32-le"))
show_error("encode ascii", lambda: "aé".encode("ascii"))
show_error("encode cp437", lambda: "aé€".encode("cp437"))
show_error("encode surrogate", lambda: "a\ud800".encode("utf-8"))
show_error("encode several", lambda: "ab€€€c".encode("latin-1"))

print("-- surrogateescape escapes only the non-ASCII bytes, then decoding resumes")
for data in (b"\xac\x3e", b"\xbf\x978M\x0c\r]", b"\x01\x02\x03\x04\x05\x06", b"\x00\x00\x11\x00", b"\x00\x00\x11\x00ab", b"\xff\xfe\xfd"):
    for enc in ("utf-16-le", "utf-32-le", "utf-32-be", "utf-8", "ascii"):
        for err in ("strict", "surrogateescape", "replace", "backslashreplace", "ignore"):
            show_error(f"{data!r} {enc} {err}", lambda: data.decode(enc, err))

e = UnicodeDecodeError("utf-8", b"xyz", 1, 2, "made by hand")
print(str(e), e.args)
e.end = 3
print("after moving end:", str(e))
e.reason = "changed"
print("after changing reason:", str(e))

print("-- random sweep")
random.seed(2024)
for _ in range(120):
    data = bytes(random.randrange(256) for _ in range(random.randint(0, 9)))
    results = []
    for enc in ("utf-8", "utf-16", "ascii", "latin-1", "cp1252", "utf-8-sig", "cp437", "mac_roman", "utf-32", "utf-32-be"):
        for err in ("strict", "replace", "ignore", "backslashreplace", "surrogateescape"):
            try:
                results.append(data.decode(enc, err))
            except UnicodeDecodeError as exc:
                results.append((str(exc), exc.start, exc.end))
    print(data.hex(), results)
