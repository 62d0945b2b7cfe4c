// SHA-1 (FIPS 180-4) over byte arrays: the engine behind `_sha1.sha1` / `hashlib.sha1`.
//
// 32-bit words in int32 arithmetic, big-endian, no allocation per block. This file knows nothing of
// Python objects (the hash object type lives in hashlib/sha1_module.ts) and must not use Node's crypto.

import { BlockHasher, writeBE32 } from './block_hasher.js';
export const SHA1_DIGEST_SIZE = 20;
export const SHA1_BLOCK_SIZE = 64;

// Message schedule scratch, shared: compression never re-enters itself.
const W = new Int32Array(80);

function compress(h: Int32Array, data: Uint8Array, off: number): void {
  for (let i = 0; i < 16; i++, off += 4) {
    W[i] = (data[off]! << 24) | (data[off + 1]! << 16) | (data[off + 2]! << 8) | data[off + 3]!;
  }
  for (let i = 16; i < 80; i++) {
    const x = W[i - 3]! ^ W[i - 8]! ^ W[i - 14]! ^ W[i - 16]!;
    W[i] = (x << 1) | (x >>> 31);
  }
  let a = h[0]!, b = h[1]!, c = h[2]!, d = h[3]!, e = h[4]!;
  for (let i = 0; i < 80; i++) {
    let f: number;
    let k: number;
    if (i < 20) {
      f = (b & c) | (~b & d);
      k = 0x5a827999;
    } else if (i < 40) {
      f = b ^ c ^ d;
      k = 0x6ed9eba1;
    } else if (i < 60) {
      f = (b & c) | (b & d) | (c & d);
      k = 0x8f1bbcdc | 0;
    } else {
      f = b ^ c ^ d;
      k = 0xca62c1d6 | 0;
    }
    const t = (((a << 5) | (a >>> 27)) + f + e + k + W[i]!) | 0;
    e = d;
    d = c;
    c = (b << 30) | (b >>> 2);
    b = a;
    a = t;
  }
  h[0] = (h[0]! + a) | 0;
  h[1] = (h[1]! + b) | 0;
  h[2] = (h[2]! + c) | 0;
  h[3] = (h[3]! + d) | 0;
  h[4] = (h[4]! + e) | 0;
}

/** Incremental SHA-1: update any number of times, digest any time. */
export class Sha1 extends BlockHasher {
  constructor() {
    super(new Int32Array([0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476, 0xc3d2e1f0 | 0]), SHA1_BLOCK_SIZE, 8, false);
  }

  protected compress(h: Int32Array, data: Uint8Array, pos: number): void {
    compress(h, data, pos);
  }

  /** The digest of everything so far; the object stays usable (finalises a copy of the state). */
  digest(): Uint8Array {
    const h = this.finalState();
    const out = new Uint8Array(SHA1_DIGEST_SIZE);
    for (let i = 0; i < 5; i++) writeBE32(out, i * 4, h[i]!);
    return out;
  }

  copy(): Sha1 {
    const twin = new Sha1();
    return this.copyStateTo(twin);
  }
}

