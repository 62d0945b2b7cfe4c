# zlib (compress/decompress, streaming objects, checksums, wbits for zlib/raw/gzip containers, dictionaries)
# and gzip, zipfile and tarfile on top of it. Compressed bytes are printed: they must equal CPython's zlib
# at the same settings.
import gzip
import io
import os
import tarfile
import zipfile
import zlib


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def lcg_bytes(n, seed=1):
    out = bytearray()
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        out.append((x >> 16) & 0xff)
    return bytes(out)


text = b'The quick brown fox jumps over the lazy dog. ' * 50
noise = lcg_bytes(3000)
mixed = b''.join(bytes([97 + (b % 5)]) for b in lcg_bytes(5000, 7))

print('names', sorted(n for n in dir(zlib) if not n.startswith('_')))
print('consts', zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION,
      zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_RLE, zlib.Z_FIXED)
print('version', zlib.ZLIB_VERSION, zlib.ZLIB_RUNTIME_VERSION)

# ---- checksums ----
print('crc32', zlib.crc32(b''), zlib.crc32(b'hello'), zlib.crc32(b'world', zlib.crc32(b'hello ')), zlib.crc32(text))
print('crc32 start', zlib.crc32(b'abc', 0xffffffff), zlib.crc32(b'abc', -1), zlib.crc32(bytearray(b'x')), zlib.crc32(memoryview(b'xy')))
print('adler32', zlib.adler32(b''), zlib.adler32(b'hello'), zlib.adler32(b'world', zlib.adler32(b'hello ')), zlib.adler32(noise))
print('adler32 start', zlib.adler32(b'abc', 0), zlib.adler32(b'abc', 2**40 + 5))
show('crc32 str', lambda: zlib.crc32('abc'))
show('adler32 int', lambda: zlib.adler32(5))

# ---- one-shot ----
for data in (b'', b'a', b'hello world', text, noise, mixed):
    for level in (-1, 0, 1, 5, 9):
        c = zlib.compress(data, level)
        assert zlib.decompress(c) == data
        print('compress', len(data), level, len(c), c[:12].hex(), c[-8:].hex())
print('small', zlib.compress(b'hello world'))
print('kw level', zlib.compress(b'abcabcabc', level=1))
for wbits in (9, 12, 15, -9, -15, 25, 31):
    c = zlib.compress(text, 6, wbits)
    print('wbits', wbits, len(c), c[:12].hex(), c[-8:].hex(), zlib.decompress(c, wbits) == text)
print('auto detect', zlib.decompress(zlib.compress(text, wbits=31), 47) == text,
      zlib.decompress(zlib.compress(text), 32 + 15) == text)
print('gzip via zlib', zlib.compress(b'hi', wbits=31))
show('bad level', lambda: zlib.compress(b'x', 10))
show('bad wbits', lambda: zlib.compress(b'x', 6, 99))
show('compress str', lambda: zlib.compress('x'))
show('decompress garbage', lambda: zlib.decompress(b'garbage data'))
show('decompress truncated', lambda: zlib.decompress(zlib.compress(text)[:-5]))
show('decompress bad checksum', lambda: zlib.decompress(zlib.compress(b'hello')[:-1] + b'\x00'))
show('decompress bad wbits', lambda: zlib.decompress(zlib.compress(b'x'), 99))
show('decompress wrong container', lambda: zlib.decompress(zlib.compress(b'x'), -15))
show('decompress neg bufsize', lambda: zlib.decompress(zlib.compress(b'x'), 15, -1))
show('decompress bufsize 0', lambda: zlib.decompress(zlib.compress(b'x'), 15, 0))
show('decompress trailing', lambda: zlib.decompress(zlib.compress(b'x') + b'junk'))
show('decompress empty', lambda: zlib.decompress(b''))

# ---- compressobj ----
co = zlib.compressobj()
parts = [co.compress(text[:100]), co.compress(text[100:]), co.flush()]
print('stream', [len(p) for p in parts], b''.join(parts) == zlib.compress(text))
co = zlib.compressobj(9, zlib.DEFLATED, -12, 9, zlib.Z_FILTERED)
out = co.compress(mixed) + co.flush(zlib.Z_SYNC_FLUSH)
print('sync flush', len(out), out[-6:].hex())
out += co.compress(b'more data') + co.flush(zlib.Z_FULL_FLUSH)
print('full flush', len(out), out[-8:].hex())
out += co.flush()
print('finish', len(out), out[-8:].hex(), zlib.decompress(out, -12) == mixed + b'more data')
print('flush no_flush', zlib.compressobj().flush(zlib.Z_NO_FLUSH))
show('compress after finish', lambda: co.compress(b'x'))
show('flush after finish', lambda: co.flush())
for strategy in (zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED):
    c = zlib.compressobj(6, zlib.DEFLATED, 15, 8, strategy)
    d = c.compress(mixed) + c.flush()
    print('strategy', strategy, len(d), d[-8:].hex())
for mem in (1, 5, 9):
    c = zlib.compressobj(memLevel=mem)
    d = c.compress(noise + text) + c.flush()
    print('memLevel', mem, len(d), d[-8:].hex())
show('compressobj bad level', lambda: zlib.compressobj(11))
show('compressobj bad method', lambda: zlib.compressobj(6, 7))
show('compressobj bad memLevel', lambda: zlib.compressobj(memLevel=10))
show('compressobj bad strategy', lambda: zlib.compressobj(strategy=9))
show('compressobj bad zdict', lambda: zlib.compressobj(zdict=5))
show('compressobj kw', lambda: len(zlib.compressobj(level=1, wbits=-15).compress(text)))

# ---- zdict ----
zd = b'fox jumps over the lazy dog'
c = zlib.compressobj(zdict=zd)
cd = c.compress(text) + c.flush()
print('zdict', len(cd), cd[:8].hex())
show('decompress needs dict', lambda: zlib.decompress(cd))
d = zlib.decompressobj(zdict=zd)
print('zdict roundtrip', d.decompress(cd) == text)
show('wrong dict', lambda: zlib.decompressobj(zdict=b'other').decompress(cd))
c = zlib.compressobj(wbits=-15, zdict=zd)
raw = c.compress(text) + c.flush()
print('raw zdict', len(raw), zlib.decompressobj(wbits=-15, zdict=zd).decompress(raw) == text)
show('decompressobj bad zdict', lambda: zlib.decompressobj(zdict=5))

# ---- decompressobj ----
comp = zlib.compress(text + noise)
d = zlib.decompressobj()
got = b''
for i in range(0, len(comp), 97):
    got += d.decompress(comp[i:i + 97])
got += d.flush()
print('chunked', got == text + noise, d.eof, d.unused_data, d.unconsumed_tail)
d = zlib.decompressobj()
first = d.decompress(comp, 100)
print('max_length', len(first), len(d.unconsumed_tail) > 0, d.eof)
rest = b''
while d.unconsumed_tail:
    rest += d.decompress(d.unconsumed_tail, 1000)
print('max_length rest', first + rest + d.flush() == text + noise, d.eof)
d = zlib.decompressobj()
print('unused', d.decompress(zlib.compress(b'abc') + b'XYZ'), d.unused_data, d.eof)
print('after eof', d.decompress(b'more'), d.unused_data)
show('neg max_length', lambda: zlib.decompressobj().decompress(b'', -1))
show('flush zero', lambda: zlib.decompressobj().flush(0))
show('decompressobj garbage', lambda: zlib.decompressobj().decompress(b'\x00\x01garbage'))
d = zlib.decompressobj()
print('partial', d.decompress(comp[:50])[:10], d.eof, 'flush', len(d.flush()), d.eof)
d = zlib.decompressobj(wbits=-15)
co = zlib.compressobj(wbits=-15)
stream = co.compress(b'raw stream') + co.flush()
print('raw', d.decompress(stream), d.eof)
d = zlib.decompressobj(31)
print('gzip obj', d.decompress(zlib.compress(b'zipped', wbits=31)), d.eof)
show('decompressobj bad wbits', lambda: zlib.decompressobj(99))

# ---- copies ----
co = zlib.compressobj()
p = co.compress(text)
co2 = co.copy()
a = p + co.flush()
b = p + co2.compress(b'tail') + co2.flush()
print('copy compress', zlib.decompress(a) == text, zlib.decompress(b) == text + b'tail')
d = zlib.decompressobj()
half = d.decompress(comp[:200])
d2 = d.copy()
print('copy decompress', half + d.decompress(comp[200:]) == half + d2.decompress(comp[200:]))

# ---- _ZlibDecompressor ----
zd = zlib._ZlibDecompressor()
print('zd', zd.needs_input, zd.eof, zd.unused_data)
out = zd.decompress(comp, 10)
print('zd max', len(out), zd.needs_input, zd.eof)
out += zd.decompress(b'')
print('zd rest', out == text + noise, zd.needs_input, zd.eof)
zd = zlib._ZlibDecompressor()
print('zd unused', zd.decompress(zlib.compress(b'q') + b'tail'), zd.unused_data, zd.eof, zd.needs_input)
show('zd after eof', lambda: zd.decompress(b'x'))
show('zd garbage', lambda: zlib._ZlibDecompressor().decompress(b'bad!'))

# ---- gzip ----
g = gzip.compress(text, mtime=0)
print('gzip.compress', len(g), g[:10].hex(), g[-8:].hex())
print('gzip levels', [len(gzip.compress(mixed, lv, mtime=0)) for lv in (0, 1, 6, 9)])
print('gzip.decompress', gzip.decompress(g) == text, gzip.decompress(g + g) == text * 2)
show('gzip bad magic', lambda: gzip.decompress(b'not gzip data'))
show('gzip truncated', lambda: gzip.decompress(g[:-4]))
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0, filename='') as f:
    f.write(b'line one\n')
    f.write(text)
print('GzipFile', len(buf.getvalue()), buf.getvalue()[:10].hex())
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as f:
    print('readline', f.readline(), len(f.read()))
path = 'zlib_gzip_tmp.gz'
with gzip.open(path, 'wt', encoding='utf-8') as f:
    f.write('héllo\nwörld\n' * 3)
with gzip.open(path, 'rt', encoding='utf-8') as f:
    print('text mode', f.readlines())
with gzip.open(path, 'rb') as f:
    f.seek(7)
    print('seek', f.read(5), f.tell())
with open(path, 'rb') as f:
    raw = f.read()
print('file header', raw[:4].hex(), raw[8:10].hex(), zlib.decompress(raw, 31)[:6])
os.remove(path)
print('error', zlib.error.__name__, zlib.error.__module__, issubclass(zlib.error, Exception))

# ---- zipfile and tarfile over zlib ----
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', compression=zipfile.ZIP_DEFLATED) as z:
    zi = zipfile.ZipInfo('a.txt', (2020, 1, 1, 0, 0, 0))
    zi.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(zi, b'hello zip ' * 100)
    z.writestr(zipfile.ZipInfo('b.bin', (2020, 1, 1, 0, 0, 0)), bytes(range(256)) * 4, compress_type=zipfile.ZIP_STORED)
data = buf.getvalue()
print('zip', len(data), zlib.crc32(data))
with zipfile.ZipFile(io.BytesIO(data)) as z:
    print([(i.filename, i.file_size, i.compress_size, i.CRC) for i in z.infolist()])
    print(z.read('a.txt')[:20], z.testzip())
tb = io.BytesIO()
with tarfile.open(fileobj=tb, mode='w:gz', compresslevel=6) as t:
    info = tarfile.TarInfo('x.txt')
    payload = b'tar payload ' * 50
    info.size = len(payload)
    info.mtime = 0
    t.addfile(info, io.BytesIO(payload))
tb.seek(0)
with tarfile.open(fileobj=tb, mode='r:gz') as t:
    print('tar', t.getnames(), t.extractfile('x.txt').read()[:12])
