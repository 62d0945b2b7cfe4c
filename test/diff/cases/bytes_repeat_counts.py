# Repeating bytes and bytearray by counts that are and are not powers of two, and long results.
import hashlib

for data in [b"", b"a", b"ab", b"xyz", bytes(range(7))]:
    for n in [0, 1, 2, 3, 5, 7, 8, 9, 31, 33]:
        r = data * n
        assert r == b"".join([data] * n), (data, n)
        print(len(r), r[:12], r[-5:], type(r).__name__)
        b = bytearray(data) * n
        print(len(b), b == r, type(b).__name__)
        print(n * data == r)

big = b"\0" * 0xff00
print(len(big), big.count(0), big[:3], big[-3:])
big2 = b"ab" * 100001
print(len(big2), hashlib.sha256(big2).hexdigest()[:16])
ba = bytearray(b"q")
ba2 = ba * 65535
print(len(ba2), ba2.count(b"q"), ba == bytearray(b"q"))
# Case-insensitive classes with non-Latin-1 case variants go through the big charset path.
import re
print(re.compile(r"[ks]+", re.I).fullmatch("sK\u017f\u212a") is not None)
print(re.compile(r"[bcdefgnosx%]", re.I).findall("S\u017fX"))
