// BLAKE2b and BLAKE2s (RFC 7693) with the full parameter block (key, salt, personalisation and tree
// parameters): the engines behind `_blake2.blake2b/blake2s`.
//
// BLAKE2b's 64-bit words are (lo, hi) pairs in Uint32Arrays (assignment wraps, so additions need only
// a carry test); BLAKE2s works on 32-bit words directly. No BigInt and no allocation per block. This
// file knows nothing of Python objects (the hash object types live in hashlib/blake2_module.ts), does
// not check parameter ranges (the wrapper does, with CPython's messages) and must not use Node's crypto.

/** The message word order of each round (rounds 10 and 11 of BLAKE2b repeat rows 0 and 1). */
const SIGMA = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
  [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
  [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
  [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
  [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

/** The initialisation vector (SHA-512's / SHA-256's), BLAKE2b's as (lo, hi) pairs. */
const IV_B = new Uint32Array([
  0xf3bcc908, 0x6a09e667, 0x84caa73b, 0xbb67ae85, 0xfe94f82b, 0x3c6ef372, 0x5f1d36f1, 0xa54ff53a,
  0xade682d1, 0x510e527f, 0x2b3e6c1f, 0x9b05688c, 0xfb41bd6b, 0x1f83d9ab, 0x137e2179, 0x5be0cd19,
]);
const IV_S = new Uint32Array([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);

/** The parameters of one BLAKE2 instance (CPython's blake2b()/blake2s() keyword arguments). */
export interface Blake2Params {
  digestSize: number;
  key: Uint8Array;
  salt: Uint8Array;
  person: Uint8Array;
  fanout: number;
  depth: number;
  leafSize: number;
  /** Up to 2**64 - 1 for BLAKE2b, 2**48 - 1 for BLAKE2s. */
  nodeOffset: bigint;
  nodeDepth: number;
  innerSize: number;
  lastNode: boolean;
}

interface Variant {
  blockSize: number;
  /** Bytes in the parameter block (= the state size). */
  paramSize: number;
  saltOffset: number;
  saltSize: number;
  nodeOffsetBytes: number;
  init(h: Uint32Array, param: Uint8Array): void;
  compress(h: Uint32Array, block: Uint8Array, t: number, last: boolean, lastNode: boolean): void;
}

// ---- BLAKE2b ---------------------------------------------------------------------------------------

const VB = new Uint32Array(32);
const MB = new Uint32Array(32);

/** v[a] += v[b] + m (64-bit, as lo/hi pairs at even/odd indices). */
function add64(v: Uint32Array, a: number, b: number): void {
  const lo = v[a]! + v[b]!;
  let hi = v[a + 1]! + v[b + 1]!;
  if (lo >= 0x100000000) hi++;
  v[a] = lo;
  v[a + 1] = hi;
}
function add64m(v: Uint32Array, a: number, mlo: number, mhi: number): void {
  const lo = v[a]! + mlo;
  let hi = v[a + 1]! + mhi;
  if (lo >= 0x100000000) hi++;
  v[a] = lo;
  v[a + 1] = hi;
}
/** v[d] = (v[d] ^ v[a]) rotated right by r (r in 16, 24, 32, 63). */
function xorRot64(v: Uint32Array, d: number, a: number, r: number): void {
  const xlo = v[d]! ^ v[a]!;
  const xhi = v[d + 1]! ^ v[a + 1]!;
  if (r === 32) {
    v[d] = xhi;
    v[d + 1] = xlo;
  } else if (r < 32) {
    v[d] = (xlo >>> r) | (xhi << (32 - r));
    v[d + 1] = (xhi >>> r) | (xlo << (32 - r));
  } else {
    const m = r - 32;
    v[d] = (xhi >>> m) | (xlo << (32 - m));
    v[d + 1] = (xlo >>> m) | (xhi << (32 - m));
  }
}

function gB(a: number, b: number, c: number, d: number, x: number, y: number): void {
  const v = VB;
  add64(v, a, b);
  add64m(v, a, MB[x]!, MB[x + 1]!);
  xorRot64(v, d, a, 32);
  add64(v, c, d);
  xorRot64(v, b, c, 24);
  add64(v, a, b);
  add64m(v, a, MB[y]!, MB[y + 1]!);
  xorRot64(v, d, a, 16);
  add64(v, c, d);
  xorRot64(v, b, c, 63);
}

function compressB(h: Uint32Array, block: Uint8Array, t: number, last: boolean, lastNode: boolean): void {
  for (let i = 0; i < 32; i++) {
    const o = i * 4;
    MB[i] = block[o]! | (block[o + 1]! << 8) | (block[o + 2]! << 16) | (block[o + 3]! << 24);
  }
  VB.set(h, 0);
  VB.set(IV_B, 16);
  // The byte counter (128 bits; a double never exceeds 2**53, so the top 64 bits stay zero).
  VB[24] ^= t >>> 0;
  VB[25] ^= Math.floor(t / 0x100000000);
  if (last) {
    VB[28] = ~VB[28]!;
    VB[29] = ~VB[29]!;
    if (lastNode) {
      VB[30] = ~VB[30]!;
      VB[31] = ~VB[31]!;
    }
  }
  for (let r = 0; r < 12; r++) {
    const s = SIGMA[r % 10]!;
    gB(0, 8, 16, 24, 2 * s[0]!, 2 * s[1]!);
    gB(2, 10, 18, 26, 2 * s[2]!, 2 * s[3]!);
    gB(4, 12, 20, 28, 2 * s[4]!, 2 * s[5]!);
    gB(6, 14, 22, 30, 2 * s[6]!, 2 * s[7]!);
    gB(0, 10, 20, 30, 2 * s[8]!, 2 * s[9]!);
    gB(2, 12, 22, 24, 2 * s[10]!, 2 * s[11]!);
    gB(4, 14, 16, 26, 2 * s[12]!, 2 * s[13]!);
    gB(6, 8, 18, 28, 2 * s[14]!, 2 * s[15]!);
  }
  for (let i = 0; i < 16; i++) h[i] = h[i]! ^ VB[i]! ^ VB[i + 16]!;
}

const BLAKE2B: Variant = {
  blockSize: 128,
  paramSize: 64,
  saltOffset: 32,
  saltSize: 16,
  nodeOffsetBytes: 8,
  init(h, param) {
    for (let i = 0; i < 16; i++) h[i] = IV_B[i]! ^ readLE32(param, i * 4);
  },
  compress: compressB,
};

// ---- BLAKE2s ---------------------------------------------------------------------------------------

const VS = new Uint32Array(16);
const MS = new Uint32Array(16);

function gS(a: number, b: number, c: number, d: number, x: number, y: number): void {
  const v = VS;
  v[a] = v[a]! + v[b]! + x;
  let t = v[d]! ^ v[a]!;
  v[d] = (t >>> 16) | (t << 16);
  v[c] = v[c]! + v[d]!;
  t = v[b]! ^ v[c]!;
  v[b] = (t >>> 12) | (t << 20);
  v[a] = v[a]! + v[b]! + y;
  t = v[d]! ^ v[a]!;
  v[d] = (t >>> 8) | (t << 24);
  v[c] = v[c]! + v[d]!;
  t = v[b]! ^ v[c]!;
  v[b] = (t >>> 7) | (t << 25);
}

function compressS(h: Uint32Array, block: Uint8Array, t: number, last: boolean, lastNode: boolean): void {
  for (let i = 0; i < 16; i++) MS[i] = readLE32(block, i * 4);
  VS.set(h, 0);
  VS.set(IV_S, 8);
  VS[12] ^= t >>> 0;
  VS[13] ^= Math.floor(t / 0x100000000);
  if (last) {
    VS[14] = ~VS[14]!;
    if (lastNode) VS[15] = ~VS[15]!;
  }
  for (let r = 0; r < 10; r++) {
    const s = SIGMA[r]!;
    gS(0, 4, 8, 12, MS[s[0]!]!, MS[s[1]!]!);
    gS(1, 5, 9, 13, MS[s[2]!]!, MS[s[3]!]!);
    gS(2, 6, 10, 14, MS[s[4]!]!, MS[s[5]!]!);
    gS(3, 7, 11, 15, MS[s[6]!]!, MS[s[7]!]!);
    gS(0, 5, 10, 15, MS[s[8]!]!, MS[s[9]!]!);
    gS(1, 6, 11, 12, MS[s[10]!]!, MS[s[11]!]!);
    gS(2, 7, 8, 13, MS[s[12]!]!, MS[s[13]!]!);
    gS(3, 4, 9, 14, MS[s[14]!]!, MS[s[15]!]!);
  }
  for (let i = 0; i < 8; i++) h[i] = h[i]! ^ VS[i]! ^ VS[i + 8]!;
}

const BLAKE2S: Variant = {
  blockSize: 64,
  paramSize: 32,
  saltOffset: 16,
  saltSize: 8,
  nodeOffsetBytes: 6,
  init(h, param) {
    for (let i = 0; i < 8; i++) h[i] = IV_S[i]! ^ readLE32(param, i * 4);
  },
  compress: compressS,
};

function readLE32(b: Uint8Array, o: number): number {
  return (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
}

// ---- the incremental hash -------------------------------------------------------------------------------

/** Incremental BLAKE2b or BLAKE2s. The last block is held back until digest(), as BLAKE2 requires. */
export class Blake2 {
  private readonly h: Uint32Array;
  private readonly block: Uint8Array;
  private blockLen = 0;
  private total = 0;

  private constructor(private readonly variant: Variant, readonly digestSize: number, private readonly lastNode: boolean) {
    this.h = new Uint32Array(variant.paramSize / 4);
    this.block = new Uint8Array(variant.blockSize);
  }

  static create(big: boolean, p: Blake2Params): Blake2 {
    const variant = big ? BLAKE2B : BLAKE2S;
    const b = new Blake2(variant, p.digestSize, p.lastNode);
    const param = new Uint8Array(variant.paramSize);
    param[0] = p.digestSize;
    param[1] = p.key.length;
    param[2] = p.fanout;
    param[3] = p.depth;
    param[4] = p.leafSize;
    param[5] = p.leafSize >>> 8;
    param[6] = p.leafSize >>> 16;
    param[7] = p.leafSize >>> 24;
    let off = p.nodeOffset;
    for (let i = 0; i < variant.nodeOffsetBytes; i++, off >>= 8n) param[8 + i] = Number(off & 0xffn);
    param[8 + variant.nodeOffsetBytes] = p.nodeDepth;
    param[9 + variant.nodeOffsetBytes] = p.innerSize;
    param.set(p.salt, variant.saltOffset);
    param.set(p.person, variant.saltOffset + variant.saltSize);
    variant.init(b.h, param);
    if (p.key.length > 0) {
      // A keyed hash starts with the key padded to a whole block.
      const k = new Uint8Array(variant.blockSize);
      k.set(p.key);
      b.update(k);
    }
    return b;
  }

  update(data: Uint8Array): void {
    const bs = this.variant.blockSize;
    const len = data.length;
    let pos = 0;
    // Compress a full buffered block only once more data follows it.
    if (this.blockLen > 0) {
      const room = bs - this.blockLen;
      if (len <= room) {
        this.block.set(data, this.blockLen);
        this.blockLen += len;
        return;
      }
      this.block.set(data.subarray(0, room), this.blockLen);
      this.total += bs;
      this.variant.compress(this.h, this.block, this.total, false, false);
      this.blockLen = 0;
      pos = room;
    }
    for (; len - pos > bs; pos += bs) {
      this.total += bs;
      this.variant.compress(this.h, data.subarray(pos, pos + bs), this.total, false, false);
    }
    this.block.set(data.subarray(pos), 0);
    this.blockLen = len - pos;
  }

  /** The digest of everything so far; the object stays usable (finalises a copy of the state). */
  digest(): Uint8Array {
    const h = new Uint32Array(this.h);
    const last = new Uint8Array(this.variant.blockSize);
    last.set(this.block.subarray(0, this.blockLen));
    this.variant.compress(h, last, this.total + this.blockLen, true, this.lastNode);
    const out = new Uint8Array(this.digestSize);
    for (let i = 0; i < out.length; i++) out[i] = h[i >> 2]! >>> ((i & 3) * 8);
    return out;
  }

  copy(): Blake2 {
    const twin = new Blake2(this.variant, this.digestSize, this.lastNode);
    twin.h.set(this.h);
    twin.block.set(this.block);
    twin.blockLen = this.blockLen;
    twin.total = this.total;
    return twin;
  }
}
