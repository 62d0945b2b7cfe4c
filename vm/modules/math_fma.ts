// math.fma's kernel: x * y + z computed exactly and rounded once (IEEE 754 fusedMultiplyAdd), which
// JavaScript lacks (`x * y + z` rounds twice: fma(0.1, 10, -1) must be 5.551115123125783e-17, not 0).
// Finite inputs are turned into integers times powers of two and combined with BigInt, then rounded
// to nearest-even at double precision (subnormals included). Slow but exact; fma is not a hot path.
// Raises nothing: the Python-level checks (invalid operation, overflow) are the caller's.

const view = new DataView(new ArrayBuffer(8));

/** d = mantissa * 2**exponent exactly, for a finite d (mantissa signed; 0 for zeros). */
function decompose(d: number): [bigint, number] {
  view.setFloat64(0, d);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e = -1074;
  if (biased !== 0) {
    m |= 1n << 52n;
    e = biased - 1075;
  }
  return [hi >>> 31 ? -m : m, e];
}

/** The double nearest to n * 2**e (ties to even), n non-zero. */
function roundToDouble(n: bigint, e: number): number {
  const negative = n < 0n;
  let mag = negative ? -n : n;
  const bits = mag.toString(2).length;
  // The weight of the last kept bit: 53 significant bits, but never below the subnormal step.
  const lsb = Math.max(e + bits - 53, -1074);
  if (lsb > e) {
    const shift = BigInt(lsb - e);
    const kept = mag >> shift;
    const rest = mag - (kept << shift);
    const half = 1n << (shift - 1n);
    mag = rest > half || (rest === half && (kept & 1n) === 1n) ? kept + 1n : kept;
    e = lsb;
  }
  // mag < 2**54 and the product is representable (or overflows to infinity, as it should).
  const r = e > 1023 ? Number(mag) * 2 ** 1023 * 2 ** (e - 1023) : Number(mag) * 2 ** e;
  return negative ? -r : r;
}

export function fusedMultiplyAdd(x: number, y: number, z: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return x * y + z;
  // The exact product of finite factors is finite, even where x * y would overflow to infinity.
  if (!Number.isFinite(z)) return z;
  // A zero product or a zero sum follows IEEE's signed-zero rules, which plain arithmetic gets right
  // here: x * y is exact when a factor is zero.
  if (x === 0 || y === 0) return x * y + z;
  const [mx, ex] = decompose(x);
  const [my, ey] = decompose(y);
  const [mz, ez] = decompose(z);
  const ep = ex + ey;
  const e = Math.min(ep, ez);
  const sum = ((mx * my) << BigInt(ep - e)) + (mz << BigInt(ez - e));
  if (sum === 0n) return 0; // an exact cancellation is +0 when rounding to nearest
  return roundToDouble(sum, e);
}
