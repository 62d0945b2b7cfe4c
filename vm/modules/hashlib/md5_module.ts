// The _md5 and _sha1 modules (CPython's Modules/md5module.c, sha1module.c): the md5()/sha1()
// constructors and their hash object types (update, digest, hexdigest, copy, name, digest_size,
// block_size). hashlib.py falls back to them when OpenSSL's _hashlib is absent, as it is here.
//
// The digests are computed by md5.ts and sha1.ts; this file only adapts them to Python objects.

import { PyType, PyValue, makeBuiltinType, objectType } from '../../objects/object.js';
import { PyModule } from '../../objects/module.js';
import { PyNativeFunction, defNew, defGetSet } from '../../objects/native.js';
import { typeError } from '../../runtime/raise.js';
import { registerNativeModule } from '../registry.js';
import { PyHashObject, hashData, bindConstructor, defUpdateAndCopy, defFixedDigest } from './hash_object.js';
import { Md5, MD5_DIGEST_SIZE, MD5_BLOCK_SIZE } from './md5.js';
import { Sha1, SHA1_DIGEST_SIZE, SHA1_BLOCK_SIZE } from './sha1.js';

interface Engine {
  update(data: Uint8Array): void;
  digest(): Uint8Array;
  copy(): Engine;
}

/** One Merkle-Damgard hash module: its name, sizes and engine. */
function defineModule(moduleName: string, name: string, typeAlias: string, digestSize: number, blockSize: number, create: () => Engine): void {
  const t: PyType = makeBuiltinType(name, objectType, moduleName);
  t.isBaseType = false;
  defNew(t, () => {
    throw typeError(`cannot create '${moduleName}.${name}' instances`);
  });
  defUpdateAndCopy(t);
  defFixedDigest<Engine>(t, (e) => e.digest());
  defGetSet(t, 'name', () => name);
  defGetSet(t, 'digest_size', () => digestSize);
  defGetSet(t, 'block_size', () => blockSize);

  registerNativeModule(moduleName, () => {
    const mod = new PyModule(moduleName);
    const d = mod.dict;
    d.setStr(typeAlias, t);
    d.setStr(
      name,
      new PyNativeFunction(name, (args: PyValue[], kw: Map<string, PyValue> | null) => {
        const { data } = bindConstructor(name, args, kw);
        const engine = create();
        if (data !== undefined) engine.update(hashData(data));
        return new PyHashObject(t, engine);
      }, mod),
    );
    // The size above which CPython releases the GIL while hashing; exposed for hashlib's tests.
    d.setStr('_GIL_MINSIZE', 2048);
    return mod;
  });
}

defineModule('_md5', 'md5', 'MD5Type', MD5_DIGEST_SIZE, MD5_BLOCK_SIZE, () => new Md5());
defineModule('_sha1', 'sha1', 'SHA1Type', SHA1_DIGEST_SIZE, SHA1_BLOCK_SIZE, () => new Sha1());
