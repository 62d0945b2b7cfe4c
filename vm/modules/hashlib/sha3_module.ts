// The _sha3 module (CPython's Modules/sha3module.c): the sha3_224/256/384/512 and shake_128/256 types,
// which are their own constructors, with update/digest/hexdigest/copy, name, digest_size, block_size
// and the sponge's _capacity_bits/_rate_bits/_suffix. SHAKE digests take a length.
//
// The sponge is keccak.ts; this file only adapts it to Python objects with CPython's messages (even
// the one where every type's constructor names itself "sha3_224()", as CPython's shared parser does).

import { PyType, PyValue, makeBuiltinType, objectType, typeName } from '../../objects/object.js';
import { PyModule } from '../../objects/module.js';
import { PyBytes } from '../../objects/bytes.js';
import { defNew, defMethod, defGetSet } from '../../objects/native.js';
import { asIndex } from '../../runtime/protocols.js';
import { typeError, valueError, overflowError } from '../../runtime/raise.js';
import { registerNativeModule } from '../registry.js';
import { PyHashObject, hashData, bindConstructor, defUpdateAndCopy, defFixedDigest, toHex } from './hash_object.js';
import { Keccak } from './keccak.js';

interface Sha3Kind {
  name: string;
  /** Rate in bytes (the block size). */
  rate: number;
  /** Digest size in bytes; 0 for the SHAKE functions, whose length the caller chooses. */
  digestSize: number;
  suffix: number;
}

const KINDS: Sha3Kind[] = [
  { name: 'sha3_224', rate: 144, digestSize: 28, suffix: 0x06 },
  { name: 'sha3_256', rate: 136, digestSize: 32, suffix: 0x06 },
  { name: 'sha3_384', rate: 104, digestSize: 48, suffix: 0x06 },
  { name: 'sha3_512', rate: 72, digestSize: 64, suffix: 0x06 },
  { name: 'shake_128', rate: 168, digestSize: 0, suffix: 0x1f },
  { name: 'shake_256', rate: 136, digestSize: 0, suffix: 0x1f },
];

/** SHAKE's digest length: an unsigned long, and less than 2**29 bytes. */
function shakeLength(v: PyValue): number {
  if (typeof v === 'object' && v.cls.lookup('__index__') === undefined) {
    throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  }
  const n = asIndex(v);
  if (n < 0) throw valueError('Cannot convert negative int');
  if (typeof n === 'bigint' && n >= 2n ** 64n) throw overflowError('Python int too large for C unsigned long');
  if (Number(n) >= 2 ** 29) throw valueError('length is too large');
  return Number(n);
}

/** digest(length) / hexdigest(length): positional or keyword, with the old parser's messages. */
function lengthArg(fname: string, args: PyValue[], kw: Map<string, PyValue> | null): number {
  const n = args.length + (kw === null ? 0 : kw.size);
  if (n > 1) throw typeError(`${fname}() takes at most 1 argument (${n} given)`);
  let length: PyValue | undefined = args[0];
  if (kw !== null) {
    for (const [k, v] of kw) if (k === 'length') length = v;
  }
  if (length === undefined) throw typeError(`${fname}() missing required argument 'length' (pos 1)`);
  return shakeLength(length);
}

const types: PyType[] = [];
for (const kind of KINDS) {
  const t = makeBuiltinType(kind.name, objectType, '_sha3');
  t.isBaseType = false;
  types.push(t);
  defNew(t, (cls, args, kw) => {
    const { data } = bindConstructor('sha3_224', args, kw);
    const engine = new Keccak(kind.rate, kind.suffix);
    if (data !== undefined) engine.update(hashData(data));
    return new PyHashObject(cls, engine);
  });
  defUpdateAndCopy(t);
  if (kind.digestSize > 0) {
    defFixedDigest<Keccak>(t, (e) => e.squeeze(kind.digestSize));
  } else {
    defMethod(t, 'digest', (self, args, kw) => new PyBytes((self as PyHashObject<Keccak>).engine.squeeze(lengthArg('digest', args, kw))));
    defMethod(t, 'hexdigest', (self, args, kw) => toHex((self as PyHashObject<Keccak>).engine.squeeze(lengthArg('hexdigest', args, kw))));
  }
  defGetSet(t, 'name', () => kind.name);
  defGetSet(t, 'digest_size', () => kind.digestSize);
  defGetSet(t, 'block_size', () => kind.rate);
  defGetSet(t, '_capacity_bits', () => 1600 - kind.rate * 8);
  defGetSet(t, '_rate_bits', () => kind.rate * 8);
  defGetSet(t, '_suffix', () => new PyBytes(new Uint8Array([kind.suffix])));
}

registerNativeModule('_sha3', () => {
  const mod = new PyModule('_sha3');
  const d = mod.dict;
  for (const t of types) d.setStr(t.name, t);
  d.setStr('implementation', 'HACL');
  d.setStr('_GIL_MINSIZE', 2048);
  return mod;
});
