// hash() of Python ints and floats, bit-for-bit as CPython computes it on a 64-bit platform.
//
// CPython hashes every number as its value reduced modulo the Mersenne prime P = 2**61 - 1 (keeping the
// sign), so that equal ints and floats hash alike; -1 is reserved for errors and becomes -2. Hash values
// reach 2**61 - 2, beyond JS's safe integers, so results are PyInt (a bigint when not a safe integer).
//
// Not here: hashing of str, tuples or other objects, and the identity hash of objects.

import { type PyInt, normalizeBigInt } from './int_math.js';

const MODULUS = 2305843009213693951n; // 2**61 - 1
const HASH_INF = 314159;

/** hash(v) for an int. */
export function hashInt(v: PyInt): PyInt {
  // A safe integer is already reduced (|v| < 2**53 < P).
  if (typeof v === 'number') return v === -1 ? -2 : v;
  let r = (v < 0n ? -v : v) % MODULUS;
  if (v < 0n) r = -r;
  if (r === -1n) return -2;
  return normalizeBigInt(r);
}

// Where NaN gets its hash when the caller passes the float object rather than a hash value: the VM's
// identity hash (object.__hash__), installed by the runtime. The default keeps this file usable alone.
let identityHashOf: (o: object) => PyInt = defaultIdentityHash;
const defaultHashes = new WeakMap<object, number>();
let nextDefaultHash = 1;
function defaultIdentityHash(o: object): PyInt {
  let h = defaultHashes.get(o);
  if (h === undefined) defaultHashes.set(o, (h = nextDefaultHash++));
  return h;
}

/** Makes hashFloat(NaN, obj) use the runtime's object.__hash__ value, as CPython does since 3.10. */
export function setNanIdentityHash(fn: (o: object) => PyInt): void {
  identityHashOf = fn;
}

const bitsView = new DataView(new ArrayBuffer(8));

/**
 * hash(x) for a float. A NaN hashes by identity in CPython (each NaN object differs): `identity` is
 * either that hash value itself or the float object, whose identity hash is then looked up through the
 * function installed with setNanIdentityHash. Every other float hashes by value.
 */
export function hashFloat(x: number, identity: PyInt | object): PyInt {
  // Integral values hash as the equal int (this also maps -0.0 to 0).
  if (x <= 9007199254740991 && x >= -9007199254740991 && Math.floor(x) === x) {
    return x === -1 ? -2 : x + 0;
  }
  if (x !== x) return typeof identity === 'object' ? identityHashOf(identity) : identity;
  if (x === Infinity) return HASH_INF;
  if (x === -Infinity) return -HASH_INF;
  // |x| = m * 2**e with m < 2**53. Since 2**61 == 1 (mod P), 2**e == 2**(e mod 61).
  bitsView.setFloat64(0, x);
  const hi = bitsView.getUint32(0);
  const lo = bitsView.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let m = (hi & 0xfffff) * 4294967296 + lo;
  let e: number;
  if (biased === 0) {
    e = -1074;
  } else {
    m += 4503599627370496;
    e = biased - 1075;
  }
  const shift = ((e % 61) + 61) % 61;
  let r = (BigInt(m) << BigInt(shift)) % MODULUS;
  if (x < 0) r = -r;
  if (r === -1n) return -2;
  return normalizeBigInt(r);
}
