// The Keccak-f[1600] sponge (FIPS 202): the engine behind `_sha3` (sha3_224..sha3_512, shake_128/256).
//
// The 25 64-bit lanes are kept as (lo, hi) int32 pairs in one Int32Array, so no BigInt and no
// allocation per permutation. This file knows nothing of Python objects (the hash object types live
// in hashlib/sha3_module.ts) and must not use Node's crypto.

/** Rotation offsets of lane x + 5y (the ρ step). */
const RHO = [0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14];

/** Where lane x + 5y goes in the π step: lane y + 5((2x + 3y) mod 5). */
const PI = new Array<number>(25);
for (let x = 0; x < 5; x++) for (let y = 0; y < 5; y++) PI[x + 5 * y] = y + 5 * ((2 * x + 3 * y) % 5);

/** The 24 ι round constants as (lo, hi) pairs. */
const RC = new Int32Array([
  0x00000001, 0x00000000, 0x00008082, 0x00000000, 0x0000808a, 0x80000000, 0x80008000, 0x80000000,
  0x0000808b, 0x00000000, 0x80000001, 0x00000000, 0x80008081, 0x80000000, 0x00008009, 0x80000000,
  0x0000008a, 0x00000000, 0x00000088, 0x00000000, 0x80008009, 0x00000000, 0x8000000a, 0x00000000,
  0x8000808b, 0x00000000, 0x0000008b, 0x80000000, 0x00008089, 0x80000000, 0x00008003, 0x80000000,
  0x00008002, 0x80000000, 0x00000080, 0x80000000, 0x0000800a, 0x00000000, 0x8000000a, 0x80000000,
  0x80008081, 0x80000000, 0x00008080, 0x80000000, 0x80000001, 0x00000000, 0x80008008, 0x80000000,
]);

// Scratch for one permutation, shared: permutations never re-enter each other.
const C = new Int32Array(10);
const B = new Int32Array(50);

/** Keccak-f[1600] on the state (lane i at s[2i] = low 32 bits, s[2i+1] = high 32 bits). */
function permute(s: Int32Array): void {
  for (let round = 0; round < 24; round++) {
    // θ: xor each column's parity, rotated, into its neighbours.
    for (let x = 0; x < 5; x++) {
      C[2 * x] = s[2 * x]! ^ s[2 * x + 10]! ^ s[2 * x + 20]! ^ s[2 * x + 30]! ^ s[2 * x + 40]!;
      C[2 * x + 1] = s[2 * x + 1]! ^ s[2 * x + 11]! ^ s[2 * x + 21]! ^ s[2 * x + 31]! ^ s[2 * x + 41]!;
    }
    for (let x = 0; x < 5; x++) {
      const p = ((x + 4) % 5) * 2;
      const n = ((x + 1) % 5) * 2;
      const nlo = C[n]!;
      const nhi = C[n + 1]!;
      const dlo = C[p]! ^ ((nlo << 1) | (nhi >>> 31));
      const dhi = C[p + 1]! ^ ((nhi << 1) | (nlo >>> 31));
      for (let y = 0; y < 25; y += 5) {
        s[2 * (x + y)] ^= dlo;
        s[2 * (x + y) + 1] ^= dhi;
      }
    }
    // ρ and π: rotate every lane and move it.
    for (let i = 0; i < 25; i++) {
      const lo = s[2 * i]!;
      const hi = s[2 * i + 1]!;
      const r = RHO[i]!;
      const j = 2 * PI[i]!;
      if (r === 0) {
        B[j] = lo;
        B[j + 1] = hi;
      } else if (r < 32) {
        B[j] = (lo << r) | (hi >>> (32 - r));
        B[j + 1] = (hi << r) | (lo >>> (32 - r));
      } else if (r === 32) {
        B[j] = hi;
        B[j + 1] = lo;
      } else {
        const m = r - 32;
        B[j] = (hi << m) | (lo >>> (32 - m));
        B[j + 1] = (lo << m) | (hi >>> (32 - m));
      }
    }
    // χ: the only non-linear step, along each row.
    for (let y = 0; y < 25; y += 5) {
      for (let x = 0; x < 5; x++) {
        const a = 2 * (x + y);
        const b = 2 * (((x + 1) % 5) + y);
        const c = 2 * (((x + 2) % 5) + y);
        s[a] = B[a]! ^ (~B[b]! & B[c]!);
        s[a + 1] = B[a + 1]! ^ (~B[b + 1]! & B[c + 1]!);
      }
    }
    // ι
    s[0] ^= RC[2 * round]!;
    s[1] ^= RC[2 * round + 1]!;
  }
}

/** XOR `len` bytes of data[off..] into the state's first bytes (lanes are little-endian). */
function absorbBytes(s: Int32Array, data: Uint8Array, off: number, len: number): void {
  for (let i = 0; i < len; i++) {
    const lane = i >> 3;
    const byte = i & 7;
    s[2 * lane + (byte >> 2)] ^= data[off + i]! << ((byte & 3) * 8);
  }
}

/** A Keccak sponge with a rate in bytes and a domain-separation suffix (0x06 SHA-3, 0x1f SHAKE). */
export class Keccak {
  private readonly state = new Int32Array(50);
  private readonly block: Uint8Array;
  private blockLen = 0;

  constructor(readonly rate: number, readonly suffix: number) {
    this.block = new Uint8Array(rate);
  }

  update(data: Uint8Array): void {
    const rate = this.rate;
    const len = data.length;
    let pos = 0;
    if (this.blockLen > 0) {
      const room = rate - this.blockLen;
      if (len < room) {
        this.block.set(data, this.blockLen);
        this.blockLen += len;
        return;
      }
      this.block.set(data.subarray(0, room), this.blockLen);
      absorbBytes(this.state, this.block, 0, rate);
      permute(this.state);
      this.blockLen = 0;
      pos = room;
    }
    for (; len - pos >= rate; pos += rate) {
      absorbBytes(this.state, data, pos, rate);
      permute(this.state);
    }
    if (pos < len) {
      this.block.set(data.subarray(pos), 0);
      this.blockLen = len - pos;
    }
  }

  /** `length` output bytes for everything so far; the sponge stays usable (squeezes a copy). */
  squeeze(length: number): Uint8Array {
    const rate = this.rate;
    const s = new Int32Array(this.state);
    const last = new Uint8Array(rate);
    last.set(this.block.subarray(0, this.blockLen));
    last[this.blockLen] ^= this.suffix;
    last[rate - 1] ^= 0x80;
    absorbBytes(s, last, 0, rate);
    permute(s);
    const out = new Uint8Array(length);
    for (let done = 0; ; ) {
      const n = Math.min(rate, length - done);
      for (let i = 0; i < n; i++) {
        const lane = i >> 3;
        const byte = i & 7;
        out[done + i] = s[2 * lane + (byte >> 2)]! >>> ((byte & 3) * 8);
      }
      done += n;
      if (done >= length) break;
      permute(s);
    }
    return out;
  }

  copy(): Keccak {
    const twin = new Keccak(this.rate, this.suffix);
    twin.state.set(this.state);
    twin.block.set(this.block);
    twin.blockLen = this.blockLen;
    return twin;
  }
}
