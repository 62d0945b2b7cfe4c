# A backup tool that packs a small project tree into in-memory zip and tar archives (with fixed
# timestamps so bytes are reproducible), compresses with gzip, checks integrity, and labels the
# backup with name-based UUIDs and base64 digests.
import base64
import gzip
import hashlib
import io
import tarfile
import uuid
import zipfile
import zlib

FILES = {
    'project/README.md': b'# Project\n\nA sample project.\n' * 3,
    'project/src/main.py': b'def main():\n    print("hello")\n\nif __name__ == "__main__":\n    main()\n',
    'project/src/util.py': b'X = 1\n' * 50,
    'project/data/table.csv': b'\n'.join(b'%d,%d,%d' % (i, i * i, i * i * i) for i in range(40)),
    'project/empty.txt': b'',
}
STAMP = (2024, 3, 15, 12, 30, 44)

zbuf = io.BytesIO()
with zipfile.ZipFile(zbuf, 'w', compression=zipfile.ZIP_DEFLATED) as zf:
    for name in sorted(FILES):
        info = zipfile.ZipInfo(name, date_time=STAMP)
        info.compress_type = zipfile.ZIP_STORED if name.endswith('.txt') else zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        zf.writestr(info, FILES[name])
    zf.writestr(zipfile.ZipInfo('project/notes/', date_time=STAMP), b'')
    zf.comment = b'backup v1'
data = zbuf.getvalue()
print('zip size', len(data), 'sha256', hashlib.sha256(data).hexdigest()[:16])

with zipfile.ZipFile(io.BytesIO(data)) as zf:
    print('comment', zf.comment, 'testzip', zf.testzip())
    for info in zf.infolist():
        print(f'{info.filename:28} {info.file_size:5} {info.compress_size:5} type={info.compress_type} '
              f'dir={info.is_dir()} crc={info.CRC:08x} date={info.date_time} mode={oct(info.external_attr >> 16)}')
    print(zf.namelist()[:3])
    print(zf.read('project/src/main.py').decode().splitlines()[1])
    with zf.open('project/data/table.csv') as f:
        print(f.readline(), f.read(10))
    try:
        zf.getinfo('missing.txt')
    except KeyError as e:
        print('KeyError', e)
    p = zipfile.Path(zf, 'project/src/')
    print(sorted(c.name for c in p.iterdir()), (p / 'util.py').read_text()[:6].strip())
print(zipfile.is_zipfile(io.BytesIO(data)), zipfile.is_zipfile(io.BytesIO(b'not a zip')))
try:
    zipfile.ZipFile(io.BytesIO(b'PK\x03\x04garbage'))
except zipfile.BadZipFile as e:
    print('BadZipFile', e)

# Append mode on the same buffer.
zbuf.seek(0)
with zipfile.ZipFile(zbuf, 'a') as zf:
    zf.writestr(zipfile.ZipInfo('project/added.txt', date_time=STAMP), 'added later')
with zipfile.ZipFile(zbuf) as zf:
    print(len(zf.namelist()), zf.read('project/added.txt'))

# Tar archive with fixed metadata, gzip-compressed with a fixed mtime.
tbuf = io.BytesIO()
with tarfile.open(fileobj=tbuf, mode='w', format=tarfile.PAX_FORMAT) as tf:
    for name in sorted(FILES):
        ti = tarfile.TarInfo(name)
        ti.size = len(FILES[name])
        ti.mtime = 1710505844
        ti.mode = 0o640
        ti.uname, ti.gname = 'builder', 'staff'
        tf.addfile(ti, io.BytesIO(FILES[name]))
    d = tarfile.TarInfo('project/notes')
    d.type = tarfile.DIRTYPE
    d.mode = 0o755
    d.mtime = 1710505844
    tf.addfile(d)
    link = tarfile.TarInfo('project/latest')
    link.type = tarfile.SYMTYPE
    link.linkname = 'src/main.py'
    link.mtime = 1710505844
    tf.addfile(link)
tar_bytes = tbuf.getvalue()
print('tar size', len(tar_bytes), len(tar_bytes) % 512, hashlib.md5(tar_bytes).hexdigest()[:12])

with tarfile.open(fileobj=io.BytesIO(tar_bytes)) as tf:
    for m in tf.getmembers():
        print(f'{m.name:26} size={m.size:4} mode={oct(m.mode)} file={m.isfile()} dir={m.isdir()} sym={m.issym()} link={m.linkname!r} owner={m.uname}/{m.gname}')
    print(tf.extractfile('project/src/util.py').read(12))
    print(tf.extractfile('project/notes'))
    try:
        tf.getmember('nope')
    except KeyError as e:
        print('KeyError', e)

gz = gzip.compress(tar_bytes, compresslevel=6, mtime=0)
print('gz', len(gz) < len(tar_bytes), gz[:4].hex(), gzip.decompress(gz) == tar_bytes)
with tarfile.open(fileobj=io.BytesIO(gz), mode='r:gz') as tf:
    print(tf.getnames())
gbuf = io.BytesIO()
with gzip.GzipFile(fileobj=gbuf, mode='wb', mtime=0, filename='log.txt') as g:
    for i in range(5):
        g.write(f'line {i}\n'.encode())
gbytes = gbuf.getvalue()
print(gbytes[:10].hex(), b'log.txt' in gbytes)
with gzip.GzipFile(fileobj=io.BytesIO(gbytes)) as g:
    print(g.readlines()[-2:])
try:
    gzip.decompress(b'\x1f\x8b\x08\x00junkjunk')
except Exception as e:
    print(type(e).__name__)
try:
    gzip.decompress(b'plain')
except gzip.BadGzipFile as e:
    print('BadGzipFile', e)
print(zlib.crc32(tar_bytes) == zlib.crc32(gzip.decompress(gz)), zlib.adler32(b'abc'))

ns = uuid.uuid5(uuid.NAMESPACE_URL, 'https://backup.example.com/project')
print(ns, ns.version, ns.variant, ns.hex[:8], ns.int % 1000, ns.urn)
for name in sorted(FILES):
    print(uuid.uuid3(ns, name), uuid.uuid5(uuid.NAMESPACE_DNS, name).fields[0])
u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.bytes_le.hex(), u.time_low, u.node, uuid.UUID(bytes=u.bytes) == u, u < ns)
try:
    uuid.UUID('1234')
except ValueError as e:
    print('ValueError', e)

digest = hashlib.sha1(tar_bytes).digest()
for enc in (base64.b64encode, base64.urlsafe_b64encode, base64.b32encode, base64.b16encode, base64.a85encode, base64.b85encode):
    print(enc.__name__, enc(digest[:10]))
print(base64.b64decode(b'aGVsbG8gd29ybGQ='), base64.b64decode('aGVsbG8', altchars=None, validate=False) if False else '')
print(base64.b32hexencode(b'xyz'), base64.b32decode(b'PB4XU==='), base64.standard_b64decode('YQ=='))
try:
    base64.b64decode('a$b=', validate=True)
except Exception as e:
    print(type(e).__name__, e)
try:
    base64.b64decode('abc')
except Exception as e:
    print(type(e).__name__, e)
print(base64.encodebytes(bytes(range(60))))
print(base64.z85encode(b'\x86\x4f\xd2\x6f\xb5\x59\xf7\x5b'))
