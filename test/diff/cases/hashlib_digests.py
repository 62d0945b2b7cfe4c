# hashlib without OpenSSL: md5, sha1, sha2, sha3, shake and blake2 through hashlib's fallback to the C
# modules (_md5, _sha1, _sha2, _sha3, _blake2), incremental updates, copies, keyed BLAKE2, file_digest.
import hashlib
import io

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s"):
    show(name, lambda name=name: (hashlib.new(name, b"The quick brown fox").hexdigest(), getattr(hashlib, name)().digest_size, hashlib.new(name).block_size))
show("shake", lambda: (hashlib.shake_128(b"abc").hexdigest(16), hashlib.shake_256(b"abc").digest(8), hashlib.shake_128().digest_size))
def incremental():
    h = hashlib.sha3_256()
    for i in range(100):
        h.update(str(i).encode())
    c = h.copy()
    c.update(b"more")
    return h.hexdigest() == hashlib.sha3_256("".join(map(str, range(100))).encode()).hexdigest(), c.hexdigest() != h.hexdigest()
show("incremental and copy", incremental)
show("blake2 keyed", lambda: hashlib.blake2b(b"message", key=b"secret", digest_size=16, person=b"app").hexdigest())
show("blake2 bad size", lambda: hashlib.blake2s(digest_size=40))
show("str input", lambda: hashlib.md5("text"))
show("unknown", lambda: hashlib.new("sha0"))
show("names", lambda: (hashlib.md5().name, hashlib.blake2b(digest_size=20).name, sorted(hashlib.algorithms_guaranteed)))
show("file_digest", lambda: hashlib.file_digest(io.BytesIO(b"x" * 100000), "sha1").hexdigest())
show("memoryview input", lambda: hashlib.sha1(memoryview(b"abc")).hexdigest())
