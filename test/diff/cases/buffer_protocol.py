# Buffer exporters other than bytes/bytearray (array.array, classes with __buffer__, PEP 688) work
# wherever a bytes-like object is taken: bytes(), join, hashing, struct, zlib, io write/readinto.
import array, hashlib, struct, io, zlib, binascii
a = array.array('h', [1, 2, 3])
print(bytes(a), bytearray(a), b''.join([a, b'x']), b'-'.join([b'a', a]), hashlib.md5(a).hexdigest())
print(struct.unpack_from('<h', a, 2), zlib.crc32(a), binascii.hexlify(a), memoryview(a).tolist())
f = io.BytesIO(); f.write(a); print(f.getvalue(), a.tobytes() == bytes(a))
class B:
    def __init__(self, d): self.d = bytearray(d)
    def __buffer__(self, flags): return memoryview(self.d)
print(bytes(B(b'hey')), bytearray(B(b'yo')), b'abc'.startswith(bytes(B(b'ab'))), len(memoryview(B(b'xyz'))))
class Bad:
    def __buffer__(self, flags): return 5
try: bytes(Bad())
except TypeError as e: print(e)
print(b'ab' + a if False else (b'ab' + bytes(a)), bytes(a) == a.tobytes(), a.tobytes() in [bytes(a)])
try: print(b'ab' + a)
except TypeError as e: print(e)
r = io.BytesIO(b'\x05\x00\x06\x00'); a2 = array.array('h', [0, 0]); print(r.readinto(a2), a2)
