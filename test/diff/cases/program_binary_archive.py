"""A toy archive format: struct-packed headers, zlib-compressed members, checksums, base64 export, hexdump."""
import base64
import binascii
import hashlib
import hmac
import io
import pprint
import struct
import textwrap
import zlib
from dataclasses import dataclass

MAGIC = b"TARC"
VERSION = 2
HEADER = struct.Struct("<4sBBH")          # magic, version, flags, member count
ENTRY = struct.Struct("<H I I I 16s")     # name length, raw size, packed size, crc32, md5 digest
FLAG_COMPRESSED = 0x01


class ArchiveError(Exception):
    pass


@dataclass
class Member:
    name: str
    data: bytes

    @property
    def digest(self):
        return hashlib.md5(self.data).digest()


def write_archive(members, compress=True):
    buf = io.BytesIO()
    buf.write(HEADER.pack(MAGIC, VERSION, FLAG_COMPRESSED if compress else 0, len(members)))
    for m in members:
        name = m.name.encode("utf-8")
        payload = zlib.compress(m.data, 9) if compress else m.data
        buf.write(ENTRY.pack(len(name), len(m.data), len(payload), zlib.crc32(m.data), m.digest))
        buf.write(name)
        buf.write(payload)
    return buf.getvalue()


def read_archive(blob):
    view = memoryview(blob)
    if len(blob) < HEADER.size:
        raise ArchiveError("truncated header")
    magic, version, flags, count = HEADER.unpack_from(view, 0)
    if magic != MAGIC:
        raise ArchiveError(f"bad magic {bytes(magic)!r}")
    if version != VERSION:
        raise ArchiveError(f"unsupported version {version}")
    pos = HEADER.size
    out = []
    for _ in range(count):
        try:
            nlen, raw, packed, crc, md5 = ENTRY.unpack_from(view, pos)
        except struct.error as e:
            raise ArchiveError(f"truncated entry at {pos}: {e}") from None
        pos += ENTRY.size
        name = bytes(view[pos:pos + nlen]).decode("utf-8")
        pos += nlen
        payload = bytes(view[pos:pos + packed])
        pos += packed
        data = zlib.decompress(payload) if flags & FLAG_COMPRESSED else payload
        if len(data) != raw or zlib.crc32(data) != crc:
            raise ArchiveError(f"{name}: checksum mismatch")
        if hashlib.md5(data).digest() != md5:
            raise ArchiveError(f"{name}: digest mismatch")
        out.append(Member(name, data))
    return out


def hexdump(data, width=16):
    lines = []
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexpart = " ".join(f"{b:02x}" for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append(f"{off:08x}  {hexpart:<{width * 3}} |{text}|")
    return "\n".join(lines)


members = [
    Member("readme.txt", b"Hello archive!\n" * 20),
    Member("data/numbers.bin", struct.pack("<10i", *range(-5, 5))),
    Member("caf\u00e9/menu.txt", "Croissant \u20ac2.50\nCaf\u00e9 au lait \u20ac3\n".encode()),
    Member("empty", b""),
]
blob = write_archive(members)
plain = write_archive(members, compress=False)
print(len(blob), len(plain), HEADER.size, ENTRY.size, struct.calcsize("<H I I I 16s"))
print(hexdump(blob[:48]))
back = read_archive(blob)
print([(m.name, len(m.data)) for m in back], back == members, read_archive(plain) == members)
print(struct.unpack("<10i", back[1].data))
print(back[2].data.decode())

for label, bad in [("magic", b"XXXX" + blob[4:]), ("version", blob[:4] + b"\x09" + blob[5:]),
                   ("short", blob[:3]), ("cut", blob[:HEADER.size + 10]),
                   ("flip", blob[:-3] + bytes([blob[-3] ^ 0xFF]) + blob[-2:])]:
    try:
        read_archive(bad)
        print(label, "ok?")
    except ArchiveError as e:
        print(label, "ArchiveError:", e)
    except zlib.error as e:
        print(label, "zlib.error:", e)

b64 = base64.b64encode(blob[:30])
print(b64.decode(), base64.b64decode(b64) == blob[:30])
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b32encode(b"abc"), base64.b16encode(b"\x01\xab"))
print(base64.a85encode(b"hello"), base64.b85encode(b"hello"), base64.standard_b64decode("aGk="))
try:
    base64.b64decode("abc", validate=True)
except binascii.Error as e:
    print("binascii.Error:", e)
print(binascii.hexlify(b"\x00\xffA", "-"), binascii.unhexlify("cafe"), binascii.crc32(b"abc"), zlib.adler32(b"abc"))
print(hashlib.sha256(b"abc").hexdigest()[:32], hashlib.sha1(b"").hexdigest(), hashlib.new("md5", b"x").hexdigest())
h = hashlib.blake2b(b"msg", digest_size=16, key=b"k")
print(h.hexdigest(), h.digest_size, hashlib.sha3_256(b"a").hexdigest()[:16])
mac = hmac.new(b"secret", b"payload", "sha256")
print(mac.hexdigest()[:24], hmac.compare_digest(mac.digest(), mac.digest()), mac.name)
c = zlib.compressobj(6, zlib.DEFLATED, -15)
raw_deflate = c.compress(b"stream " * 50) + c.flush()
d = zlib.decompressobj(-15)
print(len(raw_deflate), d.decompress(raw_deflate)[:14], d.eof, zlib.decompress(zlib.compress(b"")))
manifest = {m.name: {"size": len(m.data), "md5": m.digest.hex()[:12], "lines": m.data.count(b"\n")} for m in members}
pprint.pprint(manifest, width=60, sort_dicts=True)
print(pprint.pformat(list(range(30)), compact=True, width=40))
print(pprint.pformat({"nested": [{"a": 1, "b": [1, 2, (3, 4)]}] * 2}, depth=2))
doc = ("This archive format stores members with a fixed little-endian header, optional zlib "
       "compression and both CRC-32 and MD5 checksums so that corruption is always detected.")
print(textwrap.fill(doc, width=44, initial_indent="  * ", subsequent_indent="    "))
print(textwrap.shorten(doc, 50, placeholder=" [...]"))
print(textwrap.indent(textwrap.dedent("""
    first
      second
    third"""), "> ", lambda line: "second" not in line))
print(textwrap.wrap("a-very-long-hyphenated-word-sequence here", 12, break_on_hyphens=True))
