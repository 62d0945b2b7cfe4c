// MD5 (RFC 1321) over byte arrays: the engine behind `_md5.md5` / `hashlib.md5`.
//
// 32-bit words in int32 arithmetic, little-endian, no allocation per block. This file knows nothing
// of Python objects (the hash object type lives in hashlib/md5_module.ts) and must not use Node's crypto.

import { BlockHasher, writeLE32 } from './block_hasher.js';
export const MD5_DIGEST_SIZE = 16;
export const MD5_BLOCK_SIZE = 64;

// Per-round shift amounts, four per 16-step round.
const S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];

// T[i] = floor(2**32 * abs(sin(i + 1))), RFC 1321's table (written out: sin's last bits are the
// platform's, these constants are not).
const T = new Int32Array([
  0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
  0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
  0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
  0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
  0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
  0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
  0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
  0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
]);

// Message words of one block, shared: compression never re-enters itself.
const X = new Int32Array(16);

function compress(h: Int32Array, data: Uint8Array, off: number): void {
  for (let i = 0; i < 16; i++, off += 4) {
    X[i] = data[off]! | (data[off + 1]! << 8) | (data[off + 2]! << 16) | (data[off + 3]! << 24);
  }
  let a = h[0]!, b = h[1]!, c = h[2]!, d = h[3]!;
  for (let i = 0; i < 64; i++) {
    let f: number;
    let g: number;
    const round = i >> 4;
    if (round === 0) {
      f = (b & c) | (~b & d);
      g = i;
    } else if (round === 1) {
      f = (d & b) | (~d & c);
      g = (5 * i + 1) & 15;
    } else if (round === 2) {
      f = b ^ c ^ d;
      g = (3 * i + 5) & 15;
    } else {
      f = c ^ (b | ~d);
      g = (7 * i) & 15;
    }
    const s = S[(round << 2) | (i & 3)]!;
    const t = (a + f + T[i]! + X[g]!) | 0;
    a = d;
    d = c;
    c = b;
    b = (b + ((t << s) | (t >>> (32 - s)))) | 0;
  }
  h[0] = (h[0]! + a) | 0;
  h[1] = (h[1]! + b) | 0;
  h[2] = (h[2]! + c) | 0;
  h[3] = (h[3]! + d) | 0;
}

/** Incremental MD5: update any number of times, digest any time. */
export class Md5 extends BlockHasher {
  constructor() {
    super(new Int32Array([0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476]), MD5_BLOCK_SIZE, 8, true);
  }

  protected compress(h: Int32Array, data: Uint8Array, pos: number): void {
    compress(h, data, pos);
  }

  /** The digest of everything so far; the object stays usable (finalises a copy of the state). */
  digest(): Uint8Array {
    const h = this.finalState();
    const out = new Uint8Array(MD5_DIGEST_SIZE);
    for (let i = 0; i < 4; i++) writeLE32(out, i * 4, h[i]!);
    return out;
  }

  copy(): Md5 {
    const twin = new Md5();
    return this.copyStateTo(twin);
  }
}

