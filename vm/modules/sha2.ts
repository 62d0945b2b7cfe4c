// The _sha2 module (CPython's Modules/sha2module.c): sha224/sha256/sha384/sha512 constructors and
// their hash object types SHA224Type..SHA512Type (update, digest, hexdigest, copy, name,
// digest_size, block_size). hashlib.py uses these when OpenSSL's _hashlib is absent, and random.py
// imports sha512 from here to seed from str/bytes.
//
// The digests themselves are computed by hashlib/sha256.ts and hashlib/sha512.ts; this file only
// adapts them to Python objects with CPython's argument checking and messages.

import { PyObject, PyType, PyValue, makeBuiltinType, objectType } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyBytes } from '../objects/bytes.js';
import { None } from '../objects/singletons.js';
import { PyNativeFunction, defMethod, defNew, defGetSet, bindArgs, noArgs, oneArg } from '../objects/native.js';
import { bytesLikeData } from '../objects/bytes_methods.js';
import { typeError } from '../runtime/raise.js';
import { registerNativeModule } from './registry.js';
import { Sha256, Sha384, SHA256_BLOCK_SIZE, SHA384_BLOCK_SIZE, toHex } from './hashlib/sha256.js';
import { Sha512, SHA512_BLOCK_SIZE } from './hashlib/sha512.js';

/** What every engine offers; SHA-224 is Sha256 in 224 mode. */
interface Engine {
  update(data: Uint8Array): void;
  digest(): Uint8Array;
  copy(): Engine;
}

interface Algorithm {
  name: string;
  digestSize: number;
  blockSize: number;
  type: PyType;
  create(): Engine;
}

class PyShaHash extends PyObject {
  constructor(readonly algo: Algorithm, readonly engine: Engine) {
    super(algo.type);
  }
}

function shaType(name: string): PyType {
  const t = makeBuiltinType(name, objectType, '_sha2');
  t.isBaseType = false;
  defNew(t, () => {
    throw typeError(`cannot create '_sha2.${name}' instances`);
  });
  return t;
}

const ALGORITHMS: Algorithm[] = [
  { name: 'sha224', digestSize: 28, blockSize: SHA256_BLOCK_SIZE, type: shaType('SHA224Type'), create: () => new Sha256(true) },
  { name: 'sha256', digestSize: 32, blockSize: SHA256_BLOCK_SIZE, type: shaType('SHA256Type'), create: () => new Sha256(false) },
  { name: 'sha384', digestSize: 48, blockSize: SHA384_BLOCK_SIZE, type: shaType('SHA384Type'), create: () => Sha384.create() },
  { name: 'sha512', digestSize: 64, blockSize: SHA512_BLOCK_SIZE, type: shaType('SHA512Type'), create: () => new Sha512() },
];

/** The bytes of a buffer argument, with hashlib's messages for str and non-buffers. */
function bufferArg(v: PyValue): Uint8Array {
  if (typeof v === 'string') throw typeError('Strings must be encoded before hashing');
  const d = bytesLikeData(v);
  if (d === null) throw typeError('object supporting the buffer API required');
  return d;
}

const H = (v: PyValue): PyShaHash => v as PyShaHash;

for (const algo of ALGORITHMS) {
  const t = algo.type;
  defMethod(t, 'update', (self, args, kw) => {
    H(self).engine.update(bufferArg(oneArg(`${t.name}.update`, args, kw)));
    return None;
  });
  defMethod(t, 'digest', (self, args, kw) => {
    noArgs(`${t.name}.digest`, args, kw);
    return new PyBytes(H(self).engine.digest());
  });
  defMethod(t, 'hexdigest', (self, args, kw) => {
    noArgs(`${t.name}.hexdigest`, args, kw);
    return toHex(H(self).engine.digest());
  });
  defMethod(t, 'copy', (self, args, kw) => {
    noArgs(`${t.name}.copy`, args, kw);
    return new PyShaHash(algo, H(self).engine.copy());
  });
  defGetSet(t, 'name', () => algo.name);
  defGetSet(t, 'digest_size', () => algo.digestSize);
  defGetSet(t, 'block_size', () => algo.blockSize);
}

/** sha256(data=b'', *, usedforsecurity=True, string=None) and its siblings. */
function constructor(algo: Algorithm): (args: PyValue[], kw: Map<string, PyValue> | null) => PyValue {
  return (args, kw) => {
    const [data, , string] = bindArgs(algo.name, ['data', 'usedforsecurity', 'string'], args, kw, 0, 0, 1);
    let source = data;
    if (string !== undefined && string !== None) {
      if (data !== undefined) {
        throw typeError(
          "'data' and 'string' are mutually exclusive and support for 'string' keyword parameter is slated for removal in a future version.",
        );
      }
      source = string;
    }
    const engine = algo.create();
    if (source !== undefined) engine.update(bufferArg(source));
    return new PyShaHash(algo, engine);
  };
}

export function makeSha2Module(): PyModule {
  const mod = new PyModule('_sha2');
  const d = mod.dict;
  for (const algo of ALGORITHMS) {
    d.setStr(algo.type.name, algo.type);
    d.setStr(algo.name, new PyNativeFunction(algo.name, constructor(algo), mod));
  }
  // The size above which CPython releases the GIL while hashing; exposed for hashlib's tests.
  d.setStr('_GIL_MINSIZE', 2048);
  return mod;
}

registerNativeModule('_sha2', makeSha2Module);
