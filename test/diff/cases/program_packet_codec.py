# A packet codec for a telemetry link: frames packed with struct (every format code, alignment, native
# and standard sizes), payload arrays, and zlib streams with every level, strategy, window size and a
# preset dictionary, decompressed incrementally with output limits. Checksums pin the exact bytes.
import array
import hashlib
import struct
import sys
import zlib

def digest(b):
    return hashlib.sha256(b).hexdigest()[:12]

HEADER = struct.Struct('>4sBBHIq')
print(HEADER.size, HEADER.format)
frame = HEADER.pack(b'TLM1', 2, 0x81, 513, 4_000_000_000, -1234567890123)
print(frame.hex(), HEADER.unpack(frame))
buf = bytearray(HEADER.size + 4)
HEADER.pack_into(buf, 2, b'ABCD', 1, 2, 3, 4, 5)
print(bytes(buf).hex(), HEADER.unpack_from(buf, 2))
for fmt in ['<bhilq', '>BHILQ', '=fd', '<e', '!?x3sp', '@ci', '<n' if False else '<2h', '>Q', '<10s', '<5p']:
    try:
        print(fmt, struct.calcsize(fmt))
    except struct.error as e:
        print(fmt, 'error', e)
print(struct.pack('<bhilq', -1, -2, -3, -4, -5).hex(), struct.pack('>BHILQ', 1, 2, 3, 4, 5).hex())
print(struct.pack('<e', 1.5).hex(), struct.pack('<e', 65504.0).hex(), struct.unpack('<e', b'\x00\x7c'), struct.pack('>d', -0.0).hex(), struct.pack('<f', 3.14159).hex())
print(struct.pack('!?x3sp', True, b'abcdef', b'xyz').hex(), struct.pack('<5p', b'hello world'), struct.pack('<10s', b'hi'))
print(list(struct.iter_unpack('<hh', bytes(range(12)))), struct.unpack('<3c', b'xyz'))
for args in [('<b', 200), ('<B', -1), ('<h', 1 << 15), ('<I', 1 << 32), ('<c', b'ab'), ('<e', 1e6), ('<f', 1e39), ('<q', 'x'), ('<3s', 5), ('<i', 1.5), ('<?', [])]:
    try:
        print(args, struct.pack(*args).hex())
    except (struct.error, OverflowError, TypeError) as e:
        print(args, type(e).__name__, e)
for fmt, data in [('<h', b'\x01'), ('<4h', b'\x00' * 6), ('<z', b'')]:
    try:
        struct.unpack(fmt, data)
    except struct.error as e:
        print(fmt, 'struct.error', e)
try:
    HEADER.unpack_from(b'short', 0)
except struct.error as e:
    print('struct.error', e)
try:
    HEADER.pack_into(bytearray(5), 0, b'a', 1, 2, 3, 4, 5)
except struct.error as e:
    print('struct.error', e)
try:
    struct.pack('<2h', 1)
except struct.error as e:
    print('struct.error', e)

samples = array.array('h', [((i * 7919) % 2000) - 1000 for i in range(200)])
print(samples.typecode, samples.itemsize, len(samples), samples[:5], samples.count(samples[0]), samples.index(samples[3]))
raw = samples.tobytes()
le = array.array('h')
le.frombytes(raw)
le.byteswap()
print(digest(raw), digest(le.tobytes()), le[:3])
floats = array.array('d', (i / 7 for i in range(10)))
print(floats[3], floats.buffer_info()[1], array.array('f', [1.1, 2.2]).tobytes().hex(), array.array('u', 'héllo').tounicode() if sys.version_info < (3, 16) else '')
try:
    array.array('b', [200])
except OverflowError as e:
    print('OverflowError', e)
try:
    array.array('h').frombytes(b'123')
except ValueError as e:
    print('ValueError', e)
try:
    array.array('z')
except ValueError as e:
    print('ValueError', e)
print(array.array('I', [1, 2]) + array.array('I', [3]), array.array('b', b'ab') * 2, array.array('L', range(3)) == array.array('L', [0, 1, 2]))

text = b''.join(b'%05d,sensor-%02d,%+.3f,OK\n' % (i, i % 13, ((i * 37) % 101) / 7) for i in range(800))
print('text', len(text), digest(text))
for level in range(-1, 10):
    c = zlib.compress(text, level)
    print('level', level, len(c), digest(c), zlib.decompress(c) == text)
for wbits in (9, 12, 15, -15, 31, 25):
    co = zlib.compressobj(6, zlib.DEFLATED, wbits, 8, zlib.Z_DEFAULT_STRATEGY)
    c = co.compress(text) + co.flush()
    print('wbits', wbits, len(c), digest(c), zlib.decompress(c, wbits if wbits != 25 else 31) == text)
for strategy in (zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED):
    co = zlib.compressobj(9, zlib.DEFLATED, 15, 9, strategy)
    c = co.compress(text) + co.flush()
    print('strategy', strategy, len(c), digest(c))
for mem in (1, 4, 9):
    co = zlib.compressobj(5, zlib.DEFLATED, 15, mem)
    c = co.compress(text) + co.flush()
    print('memLevel', mem, len(c), digest(c))
zdict = b'sensor-,OK\n+0.'
co = zlib.compressobj(zdict=zdict)
cz = co.compress(text[:2000]) + co.flush()
print('zdict', len(cz), digest(cz))
do = zlib.decompressobj(zdict=zdict)
print(do.decompress(cz) == text[:2000])
try:
    zlib.decompress(cz)
except zlib.error as e:
    print('zlib.error', e)

co = zlib.compressobj(6)
parts = [co.compress(text[i:i + 1000]) for i in range(0, len(text), 1000)]
sync = co.flush(zlib.Z_SYNC_FLUSH)
rest = co.compress(b'tail data') + co.flush(zlib.Z_FULL_FLUSH) + co.flush()
stream = b''.join(parts) + sync + rest
print('stream', [len(p) for p in parts][:6], len(sync), sync[-4:].hex(), len(rest), digest(stream))
do = zlib.decompressobj()
out = []
chunk = do.decompress(stream, 500)
out.append(chunk)
print('limited', len(chunk), len(do.unconsumed_tail), do.eof)
while do.unconsumed_tail:
    out.append(do.decompress(do.unconsumed_tail, 4096))
out.append(do.flush())
print(b''.join(out) == text + b'tail data', do.eof, do.unused_data)
do2 = zlib.decompressobj()
half = do2.decompress(stream[:len(stream) // 2])
copy = do2.copy()
print(len(half), len(copy.decompress(stream[len(stream) // 2:])), len(do2.decompress(stream[len(stream) // 2:] + b'GARBAGE')), do2.unused_data)
co1 = zlib.compressobj(9)
co1.compress(text[:5000])
co2 = co1.copy()
a = co1.compress(b'AAA') + co1.flush()
b = co2.compress(b'BBB') + co2.flush()
print('copies', len(a), len(b), digest(a) != digest(b))
print(zlib.crc32(text), zlib.crc32(text[100:], zlib.crc32(text[:100])), zlib.adler32(text), zlib.adler32(b''), zlib.crc32(b'', 5))
for bad in (b'', b'x\x9c', b'garbage!', zlib.compress(b'abc')[:-1]):
    try:
        zlib.decompress(bad)
    except zlib.error as e:
        print('zlib.error', e)
try:
    zlib.compress(b'x', 10)
except zlib.error as e:
    print('zlib.error', e)
try:
    zlib.compressobj(wbits=7)
except ValueError as e:
    print('ValueError', e)
print(zlib.ZLIB_VERSION[:2], zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, zlib.Z_BEST_COMPRESSION)
