// Checks the _sha2 module (sha224/256/384/512 objects) against CPython 3.14: the expected lines were
// printed by CPython (pyodide 3.14.2).
import { describe } from 'vitest';
import { describeProgram } from '../vm/describe_program.js';

const PROGRAM = String.raw`import _sha2
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
h = _sha2.sha256(b'abc')
show('sha256', lambda: (h.name, h.digest_size, h.block_size, h.hexdigest(), h.digest()[:4]))
show('all', lambda: [(c().name, c().digest_size, c().block_size, c(b'abc').hexdigest()) for c in (_sha2.sha224, _sha2.sha256, _sha2.sha384, _sha2.sha512)])
def incremental():
    out = []
    for c in (_sha2.sha224, _sha2.sha256, _sha2.sha384, _sha2.sha512):
        x = c()
        for i in range(300):
            x.update(bytes([i % 251]) * (i % 7))
        y = x.copy()
        y.update(b'tail')
        out.append((x.hexdigest()[:16], y.hexdigest()[:16], x.hexdigest() == x.copy().hexdigest()))
    return out
show('incremental', incremental)
show('types', lambda: (type(h).__name__, type(h).__module__, _sha2._GIL_MINSIZE, _sha2.SHA384Type.__name__))
show('keywords', lambda: (_sha2.sha256(data=b'a').hexdigest()[:8], _sha2.sha256(string=b'a').hexdigest()[:8], _sha2.sha256(b'a', usedforsecurity=False).hexdigest()[:8]))
show('bytearray', lambda: (_sha2.sha512(bytearray(b'abc')).hexdigest() == _sha2.sha512(b'abc').hexdigest(), h.copy().update(bytearray(b'x'))))
show('data and string', lambda: _sha2.sha256(b'a', string=b'a'))
show('str', lambda: _sha2.sha256('abc'))
show('int', lambda: _sha2.sha256(5))
show('None', lambda: _sha2.sha256(None))
show('update str', lambda: h.update('x'))
show('update args', lambda: h.update())
show('update kw', lambda: h.update(obj=b''))
show('positional', lambda: _sha2.sha256(b'a', b'b'))
show('digest args', lambda: h.digest(1))
show('copy independent', lambda: (lambda c: (c.update(b'd'), c.hexdigest() != h.hexdigest(), h.hexdigest()[:8]))(h.copy()))
`;

const EXPECTED = String.raw`sha256 ('sha256', 32, 64, 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', b'\xbax\x16\xbf')
all [('sha224', 28, 64, '23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7'), ('sha256', 32, 64, 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'), ('sha384', 48, 128, 'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7'), ('sha512', 64, 128, 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f')]
incremental [('57768a4e137562d6', '5dc72bd843bcd2c6', True), ('4354168896507ffe', '3eeb92ef602ba1f6', True), ('d15889a1a124e3a7', '4163cbf8ca1b04db', True), ('79edc192c5921c33', 'fdbd7cfe9580694f', True)]
types ('SHA256Type', '_sha2', 2048, 'SHA384Type')
keywords ('ca978112', 'ca978112', 'ca978112')
bytearray (True, None)
data and string TypeError 'data' and 'string' are mutually exclusive and support for 'string' keyword parameter is slated for removal in a future version.
str TypeError Strings must be encoded before hashing
int TypeError object supporting the buffer API required
None TypeError object supporting the buffer API required
update str TypeError Strings must be encoded before hashing
update args TypeError SHA256Type.update() takes exactly one argument (0 given)
update kw TypeError SHA256Type.update() takes no keyword arguments
positional TypeError sha256() takes at most 1 positional argument (2 given)
digest args TypeError SHA256Type.digest() takes no arguments (1 given)
copy independent (None, True, 'ba7816bf')
`;

describe('sha2_module', () => {
  describeProgram('sha2_module', PROGRAM, EXPECTED);
});
