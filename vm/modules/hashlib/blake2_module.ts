// The _blake2 module (CPython's Modules/blake2module.c): the blake2b and blake2s types, which are
// their own constructors, with key, salt, personalisation and the tree parameters, and CPython's
// checks in CPython's order and words (including its "inner_size must be between 0 and is 64").
//
// The hashing is blake2.ts; this file only adapts it to Python objects.

import { PyType, PyValue, makeBuiltinType, objectType, typeName } from '../../objects/object.js';
import { PyModule } from '../../objects/module.js';
import { defNew, defGetSet } from '../../objects/native.js';
import { asIndex, truthy } from '../../runtime/protocols.js';
import { typeError, valueError, overflowError } from '../../runtime/raise.js';
import { registerNativeModule } from '../registry.js';
import { PyHashObject, hashData, bufferParam, bindConstructor, defUpdateAndCopy, defFixedDigest } from './hash_object.js';
import { Blake2 } from './blake2.js';

const PARAMS = [
  'digest_size', 'key', 'salt', 'person', 'fanout', 'depth', 'leaf_size', 'node_offset', 'node_depth',
  'inner_size', 'last_node',
] as const;

/** An `int` argument (Argument Clinic's C int converter). */
function cInt(v: PyValue): number {
  if (typeof v === 'object' && v.cls.lookup('__index__') === undefined) {
    throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  }
  const n = asIndex(v);
  if (typeof n === 'bigint' || n > 2147483647 || n < -2147483648) {
    throw overflowError(`Python int too large to convert to C int`);
  }
  return n;
}

/** An unsigned 64-bit argument (unsigned long / unsigned long long converters). */
function cUnsigned(v: PyValue, cType: string): bigint {
  if (typeof v === 'object' && v.cls.lookup('__index__') === undefined) {
    throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  }
  const n = BigInt(asIndex(v));
  if (n < 0n) throw valueError('Cannot convert negative int');
  if (n >= 2n ** 64n) throw overflowError(`Python int too large for C ${cType}`);
  return n;
}

const blake2Types = new Map<string, PyType>();

for (const big of [true, false]) {
  const name = big ? 'blake2b' : 'blake2s';
  const label = big ? 'Blake2b' : 'Blake2s';
  const maxDigest = big ? 64 : 32;
  const saltSize = big ? 16 : 8;
  const blockSize = big ? 128 : 64;
  const t = makeBuiltinType(name, objectType, '_blake2');
  t.isBaseType = false;

  defNew(t, (cls, args, kw) => {
    const { data, extra } = bindConstructor(name, args, kw, PARAMS);
    const [ds, keyArg, saltArg, personArg, fanoutArg, depthArg, leafArg, offsetArg, nodeDepthArg, innerArg, lastArg] = extra;
    // Argument conversion first (as the argument parser does), then the range checks.
    const digestSize = ds === undefined ? maxDigest : cInt(ds);
    const key = keyArg === undefined ? new Uint8Array(0) : bufferParam(keyArg);
    const salt = saltArg === undefined ? new Uint8Array(0) : bufferParam(saltArg);
    const person = personArg === undefined ? new Uint8Array(0) : bufferParam(personArg);
    const fanout = fanoutArg === undefined ? 1 : cInt(fanoutArg);
    const depth = depthArg === undefined ? 1 : cInt(depthArg);
    const leafSize = leafArg === undefined ? 0n : cUnsigned(leafArg, 'unsigned long');
    const nodeOffset = offsetArg === undefined ? 0n : cUnsigned(offsetArg, 'unsigned long long');
    const nodeDepth = nodeDepthArg === undefined ? 0 : cInt(nodeDepthArg);
    const innerSize = innerArg === undefined ? 0 : cInt(innerArg);
    const lastNode = lastArg === undefined ? false : truthy(lastArg);

    if (digestSize < 1 || digestSize > maxDigest) {
      throw valueError(`digest_size for ${label} must be between 1 and ${maxDigest} bytes, here it is ${digestSize}`);
    }
    if (salt.length > saltSize) throw valueError(`maximum salt length is ${saltSize} bytes`);
    if (person.length > saltSize) throw valueError(`maximum person length is ${saltSize} bytes`);
    if (fanout < 0 || fanout > 255) throw valueError('fanout must be between 0 and 255');
    if (depth <= 0 || depth > 255) throw valueError('depth must be between 1 and 255');
    if (leafSize > 0xffffffffn) throw overflowError('leaf_size is too large');
    if (!big && nodeOffset > 0xffffffffffffn) throw overflowError('node_offset is too large');
    if (nodeDepth < 0 || nodeDepth > 255) throw valueError('node_depth must be between 0 and 255');
    if (innerSize < 0 || innerSize > maxDigest) throw valueError(`inner_size must be between 0 and is ${maxDigest}`);
    if (key.length > maxDigest) throw valueError(`maximum key length is ${maxDigest} bytes`);

    const engine = Blake2.create(big, {
      digestSize, key, salt, person, fanout, depth, leafSize: Number(leafSize), nodeOffset, nodeDepth, innerSize, lastNode,
    });
    if (data !== undefined) engine.update(hashData(data));
    return new PyHashObject(cls, engine);
  });
  defUpdateAndCopy(t);
  defFixedDigest<Blake2>(t, (e) => e.digest());
  defGetSet(t, 'name', () => name);
  defGetSet(t, 'digest_size', (self) => (self as PyHashObject<Blake2>).engine.digestSize);
  defGetSet(t, 'block_size', () => blockSize);
  t.attrs.set('SALT_SIZE', saltSize);
  t.attrs.set('PERSON_SIZE', saltSize);
  t.attrs.set('MAX_KEY_SIZE', maxDigest);
  t.attrs.set('MAX_DIGEST_SIZE', maxDigest);
  blake2Types.set(name, t);
}

registerNativeModule('_blake2', () => {
  const mod = new PyModule('_blake2');
  const d = mod.dict;
  for (const [name, t] of blake2Types) d.setStr(name, t);
  d.setStr('BLAKE2B_SALT_SIZE', 16);
  d.setStr('BLAKE2B_PERSON_SIZE', 16);
  d.setStr('BLAKE2B_MAX_KEY_SIZE', 64);
  d.setStr('BLAKE2B_MAX_DIGEST_SIZE', 64);
  d.setStr('BLAKE2S_SALT_SIZE', 8);
  d.setStr('BLAKE2S_PERSON_SIZE', 8);
  d.setStr('BLAKE2S_MAX_KEY_SIZE', 32);
  d.setStr('BLAKE2S_MAX_DIGEST_SIZE', 32);
  d.setStr('_GIL_MINSIZE', 2048);
  return mod;
});
