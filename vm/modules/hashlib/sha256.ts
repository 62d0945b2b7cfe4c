// SHA-256 and SHA-224 (FIPS 180-4) over byte arrays, and SHA-384 as SHA-512 with its own initial
// value: the engines behind `_sha2.sha224/sha256/sha384` (hashlib falls back to _sha2).
//
// 32-bit words in int32 arithmetic, no allocation per block. This file knows nothing of Python
// objects (argument checking, the hash object type and its attributes belong to the wrapper in
// modules/sha2.ts) and must not use Node's crypto.

import { BlockHasher, writeBE32 } from './block_hasher.js';
import { Sha512 } from './sha512.js';

export const SHA256_DIGEST_SIZE = 32;
export const SHA224_DIGEST_SIZE = 28;
export const SHA256_BLOCK_SIZE = 64;
export const SHA384_DIGEST_SIZE = 48;
export const SHA384_BLOCK_SIZE = 128;

// Initial hash values: SHA-256 from the square roots of the first 8 primes, SHA-224 from the
// second 32 bits of those of the 9th to 16th primes.
const IV256 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
const IV224 = [0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4];

// Round constants: first 32 bits of the fractional parts of the cube roots of the first 64 primes.
const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

// Message schedule scratch, shared: compression never re-enters itself.
const W = new Int32Array(64);

/** Processes the 64-byte block at data[off..off+64) into the state h (8 int32 words). */
function compress(h: Int32Array, data: Uint8Array, off: number): void {
  for (let i = 0; i < 16; i++, off += 4) {
    W[i] = (data[off]! << 24) | (data[off + 1]! << 16) | (data[off + 2]! << 8) | data[off + 3]!;
  }
  for (let i = 16; i < 64; i++) {
    const x = W[i - 15]!;
    const y = W[i - 2]!;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    W[i] = (W[i - 16]! + s0 + W[i - 7]! + s1) | 0;
  }
  let a = h[0]!, b = h[1]!, c = h[2]!, d = h[3]!, e = h[4]!, f = h[5]!, g = h[6]!, hh = h[7]!;
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const ch = (e & f) ^ (~e & g);
    const t1 = (hh + S1 + ch + K[i]! + W[i]!) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const maj = (a & b) ^ (a & c) ^ (b & c);
    const t2 = (S0 + maj) | 0;
    hh = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  h[0] = (h[0]! + a) | 0;
  h[1] = (h[1]! + b) | 0;
  h[2] = (h[2]! + c) | 0;
  h[3] = (h[3]! + d) | 0;
  h[4] = (h[4]! + e) | 0;
  h[5] = (h[5]! + f) | 0;
  h[6] = (h[6]! + g) | 0;
  h[7] = (h[7]! + hh) | 0;
}

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export function toHex(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += HEX[bytes[i]!];
  return s;
}

/** Incremental SHA-256 (or SHA-224 when `is224`): update any number of times, digest any time. */
export class Sha256 extends BlockHasher {
  constructor(readonly is224 = false, data?: Uint8Array) {
    super(new Int32Array(is224 ? IV224 : IV256), SHA256_BLOCK_SIZE, 8, false);
    if (data !== undefined) this.update(data);
  }

  protected compress(h: Int32Array, data: Uint8Array, pos: number): void {
    compress(h, data, pos);
  }

  get digestSize(): number {
    return this.is224 ? SHA224_DIGEST_SIZE : SHA256_DIGEST_SIZE;
  }

  /** The digest of everything so far; the object stays usable (finalises a copy of the state). */
  digest(): Uint8Array {
    const h = this.finalState();
    const out = new Uint8Array(this.digestSize);
    for (let i = 0; i < out.length / 4; i++) writeBE32(out, i * 4, h[i]!);
    return out;
  }

  hexdigest(): string {
    return toHex(this.digest());
  }

  copy(): Sha256 {
    const twin = new Sha256(this.is224);
    return this.copyStateTo(twin);
  }
}

// SHA-384 initial value: first 64 bits of the fractional parts of the square roots of the 9th to
// 16th primes, as (hi, lo) pairs.
const IV384 = new Int32Array([
  0xcbbb9d5d, 0xc1059ed8, 0x629a292a, 0x367cd507, 0x9159015a, 0x3070dd17, 0x152fecd8, 0xf70e5939,
  0x67332667, 0xffc00b31, 0x8eb44a87, 0x68581511, 0xdb0c2e0d, 0x64f98fa7, 0x47b5481d, 0xbefa4fa4,
]);

/** Incremental SHA-384: SHA-512 from IV384, digest truncated to 48 bytes. */
export class Sha384 {
  private constructor(private readonly inner: Sha512) {}

  static create(data?: Uint8Array): Sha384 {
    const s = new Sha384(new Sha512(undefined, IV384));
    if (data !== undefined) s.update(data);
    return s;
  }

  update(data: Uint8Array): void {
    this.inner.update(data);
  }

  digest(): Uint8Array {
    return this.inner.digest().slice(0, SHA384_DIGEST_SIZE);
  }

  hexdigest(): string {
    return toHex(this.digest());
  }

  copy(): Sha384 {
    return new Sha384(this.inner.copy());
  }
}
