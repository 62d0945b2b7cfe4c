// The MT19937 engine behind CPython's `_random.Random`, reproduced bit for bit.
//
// random.py (run unchanged on the VM) builds everything (randrange, choice, shuffle, gauss, ...) on
// top of four primitives of `_random.Random`: seed, random, getrandbits, getstate/setstate. This file
// is those primitives as a plain engine over raw JS numbers/bigints. It must not know about Python
// objects: turning arguments into ints (and the TypeErrors for that) and the tuple of getstate() is
// the job of whoever wraps this class as a Python type. It never touches a platform entropy source:
// seeding "from the OS" takes bytes the caller supplies.

import { valueError, overflowError, memoryError } from '../../runtime/raise.js';

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

/** How many bytes CPython reads from urandom for `seed(None)`: 624 32-bit words. */
export const URANDOM_SEED_BYTES = N * 4;

// V8 cannot build a BigInt wider than 2**30 bits; CPython would fail to allocate such an int anyway.
const MAX_RANDBITS = 2 ** 30;
const TWO_POW_32 = 4294967296;
const TWO_POW_64 = 18446744073709551616n;

export class MersenneTwister {
  // Words are kept as int32 (the bit pattern is what matters) so they stay small integers for V8;
  // they are turned back into unsigned values only where they leave the engine.
  private readonly mt = new Int32Array(N);
  private index = N + 1;

  constructor() {
    // A fresh CPython Random is seeded immediately by its __init__; this default only keeps an
    // unseeded engine deterministic instead of all-zero (all-zero MT state yields only zeros).
    this.initGenrand(5489);
  }

  /** init_genrand of the reference code: fills the state from one 32-bit seed. */
  initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1]!;
      // Int32Array stores ToInt32 of the sum, i.e. the value modulo 2**32, as the C uint32 does.
      mt[i] = Math.imul(1812433253, prev ^ (prev >>> 30)) + i;
    }
    this.index = N;
  }

  /** init_by_array of the reference code; `key` holds unsigned 32-bit words, least significant first. */
  initByArray(key: ArrayLike<number>): void {
    const keyLength = key.length;
    if (keyLength === 0) throw new Error('MersenneTwister.initByArray: empty key');
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = N > keyLength ? N : keyLength; k > 0; k--) {
      const prev = mt[i - 1]!;
      mt[i] = (mt[i]! ^ Math.imul(prev ^ (prev >>> 30), 1664525)) + (key[j]! >>> 0) + j;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
      if (j >= keyLength) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1]!;
      mt[i] = (mt[i]! ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) - i;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
    }
    mt[0] = UPPER_MASK; // MSB set: the state can never be all zero
  }

  /**
   * `_random.Random.seed(n)` for an int n: abs(n) split into 32-bit words, least significant first
   * (0 gives the single word 0), fed to init_by_array. `n` is a normalised Python int.
   */
  seedFromInt(n: number | bigint): void {
    if (typeof n === 'number') {
      if (n < 0) n = -n;
      if (n < TWO_POW_32) {
        this.initByArray([n]);
      } else {
        const hi = Math.floor(n / TWO_POW_32);
        this.initByArray([n - hi * TWO_POW_32, hi]);
      }
      return;
    }
    if (n < 0n) n = -n;
    // Splitting the hex digits is linear in the size of n, unlike repeated 32-bit shifts.
    const hex = n.toString(16);
    const words = new Array<number>(Math.ceil(hex.length / 8));
    for (let w = 0, end = hex.length; end > 0; w++, end -= 8) {
      words[w] = parseInt(hex.slice(end > 8 ? end - 8 : 0, end), 16);
    }
    this.initByArray(words);
  }

  /**
   * `_random.Random.seed(x)` for an x that is not an int: CPython seeds from hash(x) cast to size_t,
   * i.e. a negative hash is taken modulo 2**64 (64-bit builds).
   */
  seedFromHash(hash: number | bigint): void {
    if (hash < 0) this.seedFromInt(BigInt(hash) + TWO_POW_64);
    else this.seedFromInt(hash);
  }

  /**
   * `_random.Random.seed(None)`: CPython fills 624 uint32 words from urandom (native byte order,
   * little-endian on every platform that matters) and calls init_by_array. The caller supplies the
   * random bytes (URANDOM_SEED_BYTES of them to match CPython); a trailing partial word is
   * zero-padded.
   */
  seedFromBytes(bytes: Uint8Array): void {
    const len = bytes.length;
    if (len === 0) throw new Error('MersenneTwister.seedFromBytes: no bytes');
    const key = new Uint32Array((len + 3) >>> 2);
    for (let i = 0; i < len; i++) key[i >>> 2]! |= bytes[i]! << ((i & 3) << 3);
    this.initByArray(key);
  }

  /** genrand_uint32: the next tempered 32-bit output, as an unsigned number. */
  nextUint32(): number {
    if (this.index >= N) this.twist();
    let y = this.mt[this.index++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** Regenerates all N words at once (the reference code's "generate N words at one time"). */
  private twist(): void {
    const mt = this.mt;
    let kk = 0;
    let y: number;
    for (; kk < N - M; kk++) {
      y = (mt[kk]! & UPPER_MASK) | (mt[kk + 1]! & LOWER_MASK);
      mt[kk] = mt[kk + M]! ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    }
    for (; kk < N - 1; kk++) {
      y = (mt[kk]! & UPPER_MASK) | (mt[kk + 1]! & LOWER_MASK);
      mt[kk] = mt[kk + (M - N)]! ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    }
    y = (mt[N - 1]! & UPPER_MASK) | (mt[0]! & LOWER_MASK);
    mt[N - 1] = mt[M - 1]! ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    this.index = 0;
  }

  /** `random()`: a float in [0, 1) with 53 random bits (genrand_res53: 27 high bits, then 26). */
  random(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) * (1 / 9007199254740992);
  }

  /**
   * `getrandbits(k)`: an int of k random bits, normalised (number when safe, else bigint).
   * Outputs fill 32-bit words from least to most significant; the last word keeps only its high bits.
   * Errors are CPython 3.14's, whose k is converted as a uint64.
   */
  getrandbits(k: number | bigint): number | bigint {
    if (typeof k === 'bigint') {
      if (k < 0n) throw valueError('Cannot convert negative int');
      if (k >= TWO_POW_64) throw overflowError('Python int too large for C uint64_t');
      if (k > BigInt(MAX_RANDBITS)) throw memoryError('');
      k = Number(k);
    } else if (k < 0) {
      throw valueError('Cannot convert negative int');
    }
    if (k === 0) return 0;
    if (k <= 32) return this.nextUint32() >>> (32 - k);
    if (k <= 53) {
      // Two words; the high one keeps k-32 <= 21 bits, so the result is exact as a double.
      const lo = this.nextUint32();
      const hi = this.nextUint32() >>> (64 - k);
      return hi * TWO_POW_32 + lo;
    }
    if (k > MAX_RANDBITS) throw memoryError('');
    return this.wideRandbits(k);
  }

  private wideRandbits(k: number): number | bigint {
    const words = ((k - 1) >>> 5) + 1;
    const buf = new Uint32Array(words);
    for (let i = 0; i < words; i++, k -= 32) {
      let r = this.nextUint32();
      if (k < 32) r >>>= 32 - k;
      buf[i] = r;
    }
    let big: bigint;
    if (words <= 16) {
      // Few words: shifting them in is cheapest (quadratic, but the sizes are tiny).
      big = BigInt(buf[words - 1]!);
      for (let i = words - 2; i >= 0; i--) big = (big << 32n) | BigInt(buf[i]!);
    } else {
      // Many words: a hex literal, most significant word first, converts in linear time.
      let hex = '0x' + buf[words - 1]!.toString(16);
      for (let i = words - 2; i >= 0; i--) hex += buf[i]!.toString(16).padStart(8, '0');
      big = BigInt(hex);
    }
    return big <= 9007199254740991n ? Number(big) : big;
  }

  /** `getstate()`: the 624 state words (unsigned) followed by the index, as CPython's tuple. */
  getState(): number[] {
    const out = new Array<number>(N + 1);
    const mt = this.mt;
    for (let i = 0; i < N; i++) out[i] = mt[i]! >>> 0;
    out[N] = this.index;
    return out;
  }

  /**
   * `setstate(state)` for a state already known to be a tuple of ints. Words are converted as C
   * unsigned long (64-bit) and truncated to 32 bits; the index as C long and must lie in [0, 624].
   * Nothing changes unless the whole state is valid.
   */
  setState(state: ReadonlyArray<number | bigint>): void {
    if (state.length !== N + 1) throw valueError('state vector is the wrong size');
    const fresh = new Int32Array(N);
    for (let i = 0; i < N; i++) {
      const v = state[i]!;
      if (v < 0) throw overflowError("can't convert negative value to unsigned int");
      if (typeof v === 'bigint') {
        if (v >= TWO_POW_64) throw overflowError('Python int too large to convert to C unsigned long');
        fresh[i] = Number(v & 0xffffffffn);
      } else {
        fresh[i] = v; // ToInt32 keeps the low 32 bits, exactly as the C cast to uint32_t
      }
    }
    const index = state[N]!;
    if (typeof index === 'bigint' && (index >= 1n << 63n || index < -(1n << 63n))) {
      throw overflowError('Python int too large to convert to C long');
    }
    if (index < 0 || index > N) throw valueError('invalid state');
    this.mt.set(fresh);
    this.index = Number(index);
  }

  /** An independent engine in the same state (for copy/pickle support in the wrapper). */
  copy(): MersenneTwister {
    const twin = new MersenneTwister();
    twin.mt.set(this.mt);
    twin.index = this.index;
    return twin;
  }
}
