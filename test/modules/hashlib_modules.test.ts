// Checks hashlib's C modules _md5, _sha1, _sha3 and _blake2 against CPython 3.14: digests (short,
// incremental, a million bytes, keyed and tree-mode BLAKE2, SHAKE of any length), the types and their
// attributes, argument errors in CPython's words, and hashlib itself running on them (no _hashlib).
// The expected lines were printed by CPython 3.14.2 (pyodide) for the same program; the cases where a
// 32-bit build (pyodide) and a 64-bit one answer differently are left out.
import { describe } from 'vitest';
import { expectLines } from './io_harness.js';

const PROGRAM = String.raw`import _md5, _sha1, _sha3, _blake2
for m in (_md5, _sha1, _sha3, _blake2):
    print(m.__name__, sorted(k for k in dir(m) if not k.startswith('__')))
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
for ctor in (_md5.md5, _sha1.sha1, _sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512, _blake2.blake2b, _blake2.blake2s):
    h = ctor(b'abc')
    print(type(h), type(h).__module__, h.name, h.digest_size, h.block_size, h.hexdigest())
    print(sorted(k for k in dir(type(h)) if not k.startswith('__')))
for ctor in (_sha3.shake_128, _sha3.shake_256):
    h = ctor(b'abc')
    print(type(h), h.name, h.digest_size, h.block_size, h.hexdigest(10), h.digest(3))
    print(sorted(k for k in dir(type(h)) if not k.startswith('__')))
    show('shake noarg', lambda: h.hexdigest())
    show('shake neg', lambda: h.hexdigest(-1))
    show('shake 0', lambda: h.digest(0))
    show('shake kw', lambda: h.digest(length=2))
    show('shake big', lambda: len(h.digest(300)))
h = _sha3.sha3_256()
show('sha3 attrs', lambda: (h._capacity_bits, h._rate_bits, h._suffix))
show('shake attrs', lambda: (_sha3.shake_128()._capacity_bits, _sha3.shake_128()._rate_bits, _sha3.shake_128()._suffix))
show('sha3 kw', lambda: _sha3.sha3_256(data=b'a').hexdigest()[:8])
show('sha3 str', lambda: _sha3.sha3_256('a'))
show('sha3 string', lambda: _sha3.sha3_256(string=b'a').hexdigest()[:8])
show('md5 kw', lambda: _md5.md5(data=b'a').hexdigest())
show('md5 str', lambda: _md5.md5('a'))
show('md5 mv', lambda: _md5.md5(memoryview(b'abc')).hexdigest())
show('md5 update mv', lambda: _md5.md5().update(memoryview(b'abc')))
show('md5 new', lambda: type(_md5.md5())())
show('sha3 subclass', lambda: type('X', (_sha3.sha3_256,), {}))
show('sha3 new', lambda: type(_sha3.sha3_256())(b'abc').hexdigest()[:8])
show('b2 repr', lambda: repr(_blake2.blake2b))
show('b2 key', lambda: _blake2.blake2b(b'abc', key=b'k', salt=b's', person=b'p', digest_size=20).hexdigest())
show('b2s key', lambda: _blake2.blake2s(b'abc', key=b'k'*32, salt=b's'*8, person=b'p'*8, digest_size=16).hexdigest())
show('b2 tree', lambda: _blake2.blake2b(b'abc', fanout=2, depth=3, leaf_size=5, node_offset=7, node_depth=1, inner_size=32, last_node=True).hexdigest())
show('b2s tree', lambda: _blake2.blake2s(b'abc', fanout=2, depth=3, leaf_size=5, node_offset=7, node_depth=1, inner_size=16, last_node=True).hexdigest())
show('b2 ds0', lambda: _blake2.blake2b(digest_size=0))
show('b2 ds65', lambda: _blake2.blake2b(digest_size=65))
show('b2 key65', lambda: _blake2.blake2b(key=b'k'*65))
show('b2 salt17', lambda: _blake2.blake2b(salt=b'k'*17))
show('b2 person17', lambda: _blake2.blake2b(person=b'k'*17))
show('b2s key33', lambda: _blake2.blake2s(key=b'k'*33))
show('b2 fanout', lambda: _blake2.blake2b(fanout=256))
show('b2 depth', lambda: _blake2.blake2b(depth=0))
show('b2 leaf', lambda: _blake2.blake2b(leaf_size=-1))
show('b2 leaf big', lambda: _blake2.blake2b(leaf_size=2**64))
show('b2 node_offset', lambda: _blake2.blake2s(node_offset=2**48))
show('b2 node_depth', lambda: _blake2.blake2b(node_depth=256))
show('b2 inner', lambda: _blake2.blake2b(inner_size=65))
show('b2 pos', lambda: _blake2.blake2b(b'a', b'b'))
show('b2 str', lambda: _blake2.blake2b('a'))
show('b2 key str', lambda: _blake2.blake2b(key='a'))
show('b2 attrs', lambda: (_blake2.blake2b.SALT_SIZE, _blake2.blake2b.PERSON_SIZE, _blake2.blake2b.MAX_KEY_SIZE, _blake2.blake2b.MAX_DIGEST_SIZE, _blake2.blake2s.SALT_SIZE, _blake2.blake2s.PERSON_SIZE, _blake2.blake2s.MAX_KEY_SIZE, _blake2.blake2s.MAX_DIGEST_SIZE))
show('b2 consts', lambda: (_blake2.BLAKE2B_SALT_SIZE, _blake2.BLAKE2S_MAX_DIGEST_SIZE, _blake2._GIL_MINSIZE))
show('md5 consts', lambda: (_md5._GIL_MINSIZE, _md5.MD5Type, _sha1.SHA1Type))
show('copy', lambda: (lambda h: (h.update(b'x'), h.copy().hexdigest() == h.hexdigest()))(_blake2.blake2s()))
show('long', lambda: [c(b'a' * 1000).hexdigest()[:16] for c in (_md5.md5, _sha1.sha1, _sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512, _blake2.blake2b, _blake2.blake2s)])
def inc():
    out=[]
    for c in (_md5.md5, _sha1.sha1, _sha3.sha3_256, _sha3.sha3_512, _blake2.blake2b, _blake2.blake2s, _sha3.shake_128):
        x = c()
        for i in range(300):
            x.update(bytes([i % 251]) * (i % 17))
        out.append(x.hexdigest(20) if 'shake' in x.name else x.hexdigest()[:20])
    return out
show('inc', inc)
show('md5 update args', lambda: _md5.md5().update())
show('md5 digest args', lambda: _md5.md5().digest(1))
show('md5 positional', lambda: _md5.md5(b'a', b'b'))
show('md5 empty', lambda: _md5.md5().hexdigest())
show('sha1 empty', lambda: _sha1.sha1().hexdigest())
show('shake bigint', lambda: _sha3.shake_128().digest(2**70))
show('sha3 update str', lambda: _sha3.sha3_256().update('x'))
show('b2 update str', lambda: _blake2.blake2b().update('x'))
show('b2 update int', lambda: _blake2.blake2b().update(1))
show('b2 kw', lambda: _blake2.blake2b(data=b'a').hexdigest()[:8])
show('b2 name', lambda: (_blake2.blake2b(digest_size=20).name, _blake2.blake2s().name, _blake2.blake2b().block_size, _blake2.blake2s().block_size))
show('b2 ds attr', lambda: _blake2.blake2b(digest_size=20).digest_size)
import hashlib
show('hashlib', lambda: (hashlib.md5(b'abc').hexdigest(), hashlib.new('sha256', b'abc').hexdigest()[:8], hashlib.new('md5').name, hashlib.sha3_256(b'').hexdigest()[:8], hashlib.blake2b(b'').hexdigest()[:8]))
show('new bad', lambda: hashlib.new('foo'))
show('sha3 upd', lambda: _sha3.sha3_256().update())
show('sha3 dig', lambda: _sha3.sha3_256().digest(1))
show('sha3 pos', lambda: _sha3.sha3_256(b'a', b'b'))
show('sha3 both', lambda: _sha3.sha3_256(b'a', string=b'b'))
show('b2 both', lambda: _blake2.blake2b(b'a', string=b'b'))
show('b2 upd', lambda: _blake2.blake2b().update())
show('b2 dig', lambda: _blake2.blake2b().digest(1))
show('shake dig pos', lambda: _sha3.shake_128().digest(1, 2))
show('shake dig str', lambda: _sha3.shake_128().digest('a'))
show('b2 unknown kw', lambda: _blake2.blake2b(foo=1))
show('b2 ds str', lambda: _blake2.blake2b(digest_size='a'))
show('b2 fanout neg', lambda: _blake2.blake2b(fanout=-1))
show('b2s fanout', lambda: _blake2.blake2s(fanout=256, depth=0))
show('b2s inner', lambda: _blake2.blake2s(inner_size=33))
show('b2s ds', lambda: _blake2.blake2s(digest_size=33))
show('b2 node_offset b', lambda: _blake2.blake2b(node_offset=2**64))
show('b2 node_offset b-1', lambda: _blake2.blake2b(node_offset=2**64-1).hexdigest()[:8])
show('b2s node_offset', lambda: _blake2.blake2s(node_offset=2**48-1).hexdigest()[:8])
show('b2 lastnode', lambda: _blake2.blake2b(last_node=1).hexdigest()[:8])
show('b2 usedfor', lambda: _blake2.blake2b(usedforsecurity=False).hexdigest()[:8])
show('b2 key bytearray', lambda: _blake2.blake2b(key=bytearray(b'k')).hexdigest()[:8])
show('b2 key mv', lambda: _blake2.blake2b(key=memoryview(b'k')).hexdigest()[:8])
show('b2 salt str', lambda: _blake2.blake2b(salt='a'))
show('md5 mod', lambda: (_md5.md5.__module__, _md5.md5.__name__, type(_md5.md5()).__name__))
show('file_digest', lambda: hashlib.file_digest(__import__('io').BytesIO(b'abc'*10000), 'sha1').hexdigest())
show('million', lambda: [c(b'a'*1000000).hexdigest() for c in (_md5.md5, _sha1.sha1, _sha3.sha3_256, _blake2.blake2b, _blake2.blake2s)])
show('shake long', lambda: _sha3.shake_256(b'x'*500).hexdigest(400)[-40:])
show('2**29', lambda: len(_sha3.shake_128().digest(2**29)))
show('2**20', lambda: len(_sha3.shake_128().hexdigest(2**20)))
show('float', lambda: _sha3.shake_128().digest(1.0))
show('shake pos', lambda: _sha3.shake_128(b'a', b'b'))
show('shake hex kw', lambda: _sha3.shake_128().hexdigest(length=2))
show('shake hex 2', lambda: _sha3.shake_128().hexdigest(1, 2))
show('shake hex kw bad', lambda: _sha3.shake_128().hexdigest(foo=2))
show('shake update', lambda: _sha3.shake_128().update(b'x', b'y'))
show('shake 2**64', lambda: _sha3.shake_128().digest(2**64))
show('impl', lambda: _sha3.implementation)
import hashlib
show('hashlib', lambda: (hashlib.md5(b'abc').hexdigest(), hashlib.new('sha256', b'abc').hexdigest()[:8], hashlib.new('md5').name, hashlib.sha3_256(b'').hexdigest()[:8], hashlib.blake2b(b'').hexdigest()[:8], hashlib.new('SHA1').name, hashlib.new('blake2s', digest_size=4).hexdigest()))
show('new bad', lambda: hashlib.new('foo'))
show('file_digest', lambda: hashlib.file_digest(__import__('io').BytesIO(b'abc' * 100000), 'md5').hexdigest())
show('available', lambda: sorted(hashlib.algorithms_available))
`;

const EXPECTED = String.raw`_md5 ['MD5Type', '_GIL_MINSIZE', 'md5']
_sha1 ['SHA1Type', '_GIL_MINSIZE', 'sha1']
_sha3 ['_GIL_MINSIZE', 'implementation', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256']
_blake2 ['BLAKE2B_MAX_DIGEST_SIZE', 'BLAKE2B_MAX_KEY_SIZE', 'BLAKE2B_PERSON_SIZE', 'BLAKE2B_SALT_SIZE', 'BLAKE2S_MAX_DIGEST_SIZE', 'BLAKE2S_MAX_KEY_SIZE', 'BLAKE2S_PERSON_SIZE', 'BLAKE2S_SALT_SIZE', '_GIL_MINSIZE', 'blake2b', 'blake2s']
<class '_md5.md5'> _md5 md5 16 64 900150983cd24fb0d6963f7d28e17f72
['block_size', 'copy', 'digest', 'digest_size', 'hexdigest', 'name', 'update']
<class '_sha1.sha1'> _sha1 sha1 20 64 a9993e364706816aba3e25717850c26c9cd0d89d
['block_size', 'copy', 'digest', 'digest_size', 'hexdigest', 'name', 'update']
<class '_sha3.sha3_224'> _sha3 sha3_224 28 144 e642824c3f8cf24ad09234ee7d3c766fc9a3a5168d0c94ad73b46fdf
['_capacity_bits', '_rate_bits', '_suffix', 'block_size', 'copy', 'digest', 'digest_size', 'hexdigest', 'name', 'update']
<class '_sha3.sha3_256'> _sha3 sha3_256 32 136 3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532
['_capacity_bits', '_rate_bits', '_suffix', 'block_size', 'copy', 'digest', 'digest_size', 'hexdigest', 'name', 'update']
<class '_sha3.sha3_384'> _sha3 sha3_384 48 104 ec01498288516fc926459f58e2c6ad8df9b473cb0fc08c2596da7cf0e49be4b298d88cea927ac7f539f1edf228376d25
['_capacity_bits', '_rate_bits', '_suffix', 'block_size', 'copy', 'digest', 'digest_size', 'hexdigest', 'name', 'update']
<class '_sha3.sha3_512'> _sha3 sha3_512 64 72 b751850b1a57168a5693cd924b6b096e08f621827444f70d884f5d0240d2712e10e116e9192af3c91a7ec57647e3934057340b4cf408d5a56592f8274eec53f0
['_capacity_bits', '_rate_bits', '_suffix', 'block_size', 'copy', 'digest', 'digest_size', 'hexdigest', 'name', 'update']
<class '_blake2.blake2b'> _blake2 blake2b 64 128 ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923
['MAX_DIGEST_SIZE', 'MAX_KEY_SIZE', 'PERSON_SIZE', 'SALT_SIZE', 'block_size', 'copy', 'digest', 'digest_size', 'hexdigest', 'name', 'update']
<class '_blake2.blake2s'> _blake2 blake2s 32 64 508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982
['MAX_DIGEST_SIZE', 'MAX_KEY_SIZE', 'PERSON_SIZE', 'SALT_SIZE', 'block_size', 'copy', 'digest', 'digest_size', 'hexdigest', 'name', 'update']
<class '_sha3.shake_128'> shake_128 0 168 5881092dd818bf5cf8a3 b'X\x81\t'
['_capacity_bits', '_rate_bits', '_suffix', 'block_size', 'copy', 'digest', 'digest_size', 'hexdigest', 'name', 'update']
shake noarg TypeError hexdigest() missing required argument 'length' (pos 1)
shake neg ValueError Cannot convert negative int
shake 0 b''
shake kw b'X\x81'
shake big 300
<class '_sha3.shake_256'> shake_256 0 136 483366601360a8771c68 b'H3f'
['_capacity_bits', '_rate_bits', '_suffix', 'block_size', 'copy', 'digest', 'digest_size', 'hexdigest', 'name', 'update']
shake noarg TypeError hexdigest() missing required argument 'length' (pos 1)
shake neg ValueError Cannot convert negative int
shake 0 b''
shake kw b'H3'
shake big 300
sha3 attrs (512, 1088, b'\x06')
shake attrs (256, 1344, b'\x1f')
sha3 kw '80084bf2'
sha3 str TypeError Strings must be encoded before hashing
sha3 string '80084bf2'
md5 kw '0cc175b9c0f1b6a831c399e269772661'
md5 str TypeError Strings must be encoded before hashing
md5 mv '900150983cd24fb0d6963f7d28e17f72'
md5 update mv None
md5 new TypeError cannot create '_md5.md5' instances
sha3 subclass TypeError type '_sha3.sha3_256' is not an acceptable base type
sha3 new '3a985da7'
b2 repr "<class '_blake2.blake2b'>"
b2 key '0c694d1f89100a1db6ed58b7322cc3f244ac769a'
b2s key '6cd0658c2304de3595f65d8cf33a9b89'
b2 tree '7f5d204f2d26caa07ef5a3909626ebd8ae91d952c76e89bd27eed3528b40cb7bb9d8f672122e9b9aa125998310bcfaffa56190f2fd61fe48a1f5432cbf856fd4'
b2s tree 'edfae0ed28731bcf78cd73e47c11e5296918b6772b5682085416bc6ceb8efd7c'
b2 ds0 ValueError digest_size for Blake2b must be between 1 and 64 bytes, here it is 0
b2 ds65 ValueError digest_size for Blake2b must be between 1 and 64 bytes, here it is 65
b2 key65 ValueError maximum key length is 64 bytes
b2 salt17 ValueError maximum salt length is 16 bytes
b2 person17 ValueError maximum person length is 16 bytes
b2s key33 ValueError maximum key length is 32 bytes
b2 fanout ValueError fanout must be between 0 and 255
b2 depth ValueError depth must be between 1 and 255
b2 leaf ValueError Cannot convert negative int
b2 leaf big OverflowError Python int too large for C unsigned long
b2 node_offset OverflowError node_offset is too large
b2 node_depth ValueError node_depth must be between 0 and 255
b2 inner ValueError inner_size must be between 0 and is 64
b2 pos TypeError blake2b() takes at most 1 positional argument (2 given)
b2 str TypeError Strings must be encoded before hashing
b2 key str TypeError a bytes-like object is required, not 'str'
b2 attrs (16, 16, 64, 64, 8, 8, 32, 32)
b2 consts (16, 32, 2048)
md5 consts (2048, <class '_md5.md5'>, <class '_sha1.sha1'>)
copy (None, True)
long ['cabe45dcc9ae5b66', '291e9a6c66994949', '2461344b84416db8', '8f3934e6f7a15698', 'ccf4495ff20b4b33', 'ac7e95cc95aa7f24', 'd6a69459fe93fc6b', 'a4691c2bf852334e']
inc ['3f4ea340c3a3fe648aae', '800c85ede3bcefa500ef', 'c68af776efef8ade7e7b', 'ddfab128edb6f00434a0', '15b0c8f06612db7d0d82', '277e547137d7e6d2c546', '215c9aba9b86a2220fc005f44ca895318677ed96']
md5 update args TypeError md5.update() takes exactly one argument (0 given)
md5 digest args TypeError md5.digest() takes no arguments (1 given)
md5 positional TypeError md5() takes at most 1 positional argument (2 given)
md5 empty 'd41d8cd98f00b204e9800998ecf8427e'
sha1 empty 'da39a3ee5e6b4b0d3255bfef95601890afd80709'
shake bigint OverflowError Python int too large for C unsigned long
sha3 update str TypeError Strings must be encoded before hashing
b2 update str TypeError Strings must be encoded before hashing
b2 update int TypeError object supporting the buffer API required
b2 kw '333fcb4e'
b2 name ('blake2b', 'blake2s', 128, 64)
b2 ds attr 20
hashlib ('900150983cd24fb0d6963f7d28e17f72', 'ba7816bf', 'md5', 'a7ffc6f8', '786a02f7')
new bad ValueError unsupported hash type foo
sha3 upd TypeError sha3_256.update() takes exactly one argument (0 given)
sha3 dig TypeError sha3_256.digest() takes no arguments (1 given)
sha3 pos TypeError sha3_224() takes at most 1 positional argument (2 given)
sha3 both TypeError 'data' and 'string' are mutually exclusive and support for 'string' keyword parameter is slated for removal in a future version.
b2 both TypeError 'data' and 'string' are mutually exclusive and support for 'string' keyword parameter is slated for removal in a future version.
b2 upd TypeError blake2b.update() takes exactly one argument (0 given)
b2 dig TypeError blake2b.digest() takes no arguments (1 given)
shake dig pos TypeError digest() takes at most 1 argument (2 given)
shake dig str TypeError 'str' object cannot be interpreted as an integer
b2 unknown kw TypeError blake2b() got an unexpected keyword argument 'foo'
b2 ds str TypeError 'str' object cannot be interpreted as an integer
b2 fanout neg ValueError fanout must be between 0 and 255
b2s fanout ValueError fanout must be between 0 and 255
b2s inner ValueError inner_size must be between 0 and is 32
b2s ds ValueError digest_size for Blake2s must be between 1 and 32 bytes, here it is 33
b2 node_offset b OverflowError Python int too large for C unsigned long long
b2 node_offset b-1 '5471689f'
b2s node_offset 'ddcb74ee'
b2 lastnode '05cc8cc5'
b2 usedfor '786a02f7'
b2 key bytearray 'a393a0e4'
b2 key mv 'a393a0e4'
b2 salt str TypeError a bytes-like object is required, not 'str'
md5 mod ('_md5', 'md5', 'md5')
file_digest 'a838edb5dec47b84b4bfb0a528ea958a5d9d2350'
million ['7707d6ae4e027c70eea2a935c2296f21', '34aa973cd4c4daa4f61eeb2bdbad27316534016f', '5c8875ae474a3634ba4fd55ec85bffd661f32aca75c6d699d0cdcb6c115891c1', '98fb3efb7206fd19ebf69b6f312cf7b64e3b94dbe1a17107913975a793f177e1d077609d7fba363cbba00d05f7aa4e4fa8715d6428104c0a75643b0ff3fd3eaf', 'bec0c0e6cde5b67acb73b81f79a67a4079ae1c60dac9d2661af18e9f8b50dfa5']
shake long '318087e0b4d51d8852585bbabec6c5f11357c2d7'
2**29 ValueError length is too large
2**20 2097152
float TypeError 'float' object cannot be interpreted as an integer
shake pos TypeError sha3_224() takes at most 1 positional argument (2 given)
shake hex kw '7f9c'
shake hex 2 TypeError hexdigest() takes at most 1 argument (2 given)
shake hex kw bad TypeError hexdigest() missing required argument 'length' (pos 1)
shake update TypeError shake_128.update() takes exactly one argument (2 given)
shake 2**64 OverflowError Python int too large for C unsigned long
impl 'HACL'
hashlib ('900150983cd24fb0d6963f7d28e17f72', 'ba7816bf', 'md5', 'a7ffc6f8', '786a02f7', 'sha1', '36e9d246')
new bad ValueError unsupported hash type foo
file_digest '738099772b5a9e6727a93949be623917'
available ['blake2b', 'blake2s', 'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'sha512', 'shake_128', 'shake_256']
`;

describe('hashlib C modules', () => {
  expectLines(PROGRAM, EXPECTED, { seeking: false });
});
