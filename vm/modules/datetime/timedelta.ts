// datetime.timedelta: construction from any mix of int/float components (exact in integers, the
// fractional microseconds rounded half-even at the end), the number protocol (with int, float and
// timedelta operands), comparisons, hashing, repr/str, total_seconds and pickling.
//
// Arithmetic is done on microsecond counts as bigints so that no intermediate can lose precision.

import { PyValue, PyType, typeName as typeNameOf } from '../../objects/object.js';
import { PyFloat } from '../../objects/float.js';
import { PyTuple } from '../../objects/tuple.js';
import { NotImplemented } from '../../objects/singletons.js';
import { defMethod, defGetSet, noArgs } from '../../objects/native.js';
import { intOf } from '../../objects/int_type.js';
import { floatAsIntegerRatio } from '../../numeric/float_math.js';
import { normalizeBigInt, intTrueDiv, floatToInt } from '../../numeric/int_math.js';
import { hash, Cmp } from '../../runtime/protocols.js';
import { typeError, zeroDivisionError, attributeError } from '../../runtime/raise.js';
import {
  PyDelta, deltaType, parseArgs, newDelta, deltaToUs, usToDelta, deltaCmp, deltaRepr, pad2, defDatetimeNew,
} from './types.js';

const NEW_NAMES = ['days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks'];
/** Microseconds per unit, in the order CPython accumulates them. */
const ACCUM: [number, bigint][] = [
  [2, 1n], [3, 1000n], [1, 1000000n], [4, 60000000n], [5, 3600000000n], [0, 86400000000n], [6, 604800000000n],
];

function bigOfFloatInt(x: number): bigint {
  const i = floatToInt(x);
  return BigInt(i);
}

defDatetimeNew(deltaType, (cls, args, kw) => {
  const vals = parseArgs('__new__', NEW_NAMES, args, kw, 0);
  let x = 0n;
  let leftover = 0;
  for (const [idx, factor] of ACCUM) {
    const v = vals[idx];
    if (v === undefined) continue;
    const i = intOf(v);
    if (i !== undefined) {
      x += BigInt(i) * factor;
      continue;
    }
    if (v instanceof PyFloat) {
      const dnum = v.value;
      const intpart = Math.trunc(dnum);
      const frac = dnum - intpart;
      // NaN and infinities fail here, with int()'s errors, as PyLong_FromDouble does in CPython.
      x += bigOfFloatInt(intpart) * factor;
      if (frac === 0) continue;
      const scaled = Number(factor) * frac;
      const ip = Math.trunc(scaled);
      x += bigOfFloatInt(ip);
      leftover += scaled - ip;
      continue;
    }
    throw typeError(`unsupported type for timedelta ${NEW_NAMES[idx]} component: ${typeNameOf(v)}`);
  }
  if (leftover !== 0) {
    let whole = roundHalfAway(leftover);
    if (Math.abs(whole - leftover) === 0.5) {
      const odd = (x & 1n) !== 0n ? 1 : 0;
      whole = 2 * roundHalfAway((leftover + odd) * 0.5) - odd;
    }
    x += BigInt(whole);
  }
  return usToDelta(x, cls);
});


/** C's round(): halves away from zero. */
function roundHalfAway(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}

export function D(v: PyValue): PyDelta {
  return v as PyDelta;
}

/** Nearest integer to a / b, halves to even (_PyLong_DivmodNear). */
export function divideNearest(a: bigint, b: bigint): bigint {
  if (b === 0n) throw zeroDivisionError('division by zero');
  let q = a / b;
  let r = a % b;
  // floor semantics first
  if (r !== 0n && (r < 0n) !== (b < 0n)) {
    q -= 1n;
    r += b;
  }
  // r has the sign of b; compare 2r with b
  const twice = 2n * r;
  const absB = b < 0n ? -b : b;
  const absTwice = twice < 0n ? -twice : twice;
  if (absTwice > absB || (absTwice === absB && (q & 1n) !== 0n)) q += 1n;
  return q;
}

function floorDiv(a: bigint, b: bigint): bigint {
  if (b === 0n) throw zeroDivisionError('division by zero');
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function floatRatio(x: number): [bigint, bigint] {
  const [n, d] = floatAsIntegerRatio(x);
  return [BigInt(n), BigInt(d)];
}

function mulFloat(d: PyDelta, x: number, divide: boolean): PyDelta {
  const us = deltaToUs(d);
  const [n, den] = floatRatio(x);
  return divide ? usToDelta(divideNearest(us * den, n)) : usToDelta(divideNearest(us * n, den));
}

function multiply(d: PyDelta, other: PyValue): PyValue {
  const i = intOf(other);
  if (i !== undefined) return usToDelta(deltaToUs(d) * BigInt(i));
  if (other instanceof PyFloat) return mulFloat(d, other.value, false);
  return NotImplemented;
}

defMethod(deltaType, '__add__', (self, args) => {
  const o = args[0];
  if (!(o instanceof PyDelta)) return NotImplemented;
  const a = D(self);
  return newDelta(a.days + o.days, a.seconds + o.seconds, a.us + o.us);
});
defMethod(deltaType, '__radd__', (self, args) => {
  const o = args[0];
  if (!(o instanceof PyDelta)) return NotImplemented;
  const a = D(self);
  return newDelta(a.days + o.days, a.seconds + o.seconds, a.us + o.us);
});
defMethod(deltaType, '__sub__', (self, args) => {
  const o = args[0];
  if (!(o instanceof PyDelta)) return NotImplemented;
  const a = D(self);
  return newDelta(a.days - o.days, a.seconds - o.seconds, a.us - o.us);
});
defMethod(deltaType, '__rsub__', (self, args) => {
  const o = args[0];
  if (!(o instanceof PyDelta)) return NotImplemented;
  const a = D(self);
  return newDelta(o.days - a.days, o.seconds - a.seconds, o.us - a.us);
});
defMethod(deltaType, '__mul__', (self, args) => multiply(D(self), args[0]));
defMethod(deltaType, '__rmul__', (self, args) => multiply(D(self), args[0]));
defMethod(deltaType, '__floordiv__', (self, args) => {
  const o = args[0];
  if (o instanceof PyDelta) return normalizeBigInt(floorDiv(deltaToUs(D(self)), deltaToUs(o)));
  const i = intOf(o);
  if (i !== undefined) return usToDelta(floorDiv(deltaToUs(D(self)), BigInt(i)));
  return NotImplemented;
});
defMethod(deltaType, '__rfloordiv__', (self, args) => {
  const o = args[0];
  if (o instanceof PyDelta) return normalizeBigInt(floorDiv(deltaToUs(o), deltaToUs(D(self))));
  return NotImplemented;
});
defMethod(deltaType, '__truediv__', (self, args) => {
  const o = args[0];
  if (o instanceof PyDelta) {
    return new PyFloat(intTrueDiv(normalizeBigInt(deltaToUs(D(self))), normalizeBigInt(deltaToUs(o))));
  }
  if (o instanceof PyFloat) return mulFloat(D(self), o.value, true);
  const i = intOf(o);
  if (i !== undefined) return usToDelta(divideNearest(deltaToUs(D(self)), BigInt(i)));
  return NotImplemented;
});
defMethod(deltaType, '__rtruediv__', (self, args) => {
  const o = args[0];
  if (o instanceof PyDelta) {
    return new PyFloat(intTrueDiv(normalizeBigInt(deltaToUs(o)), normalizeBigInt(deltaToUs(D(self)))));
  }
  return NotImplemented;
});

function modUs(a: bigint, b: bigint): bigint {
  if (b === 0n) throw zeroDivisionError('division by zero');
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}

defMethod(deltaType, '__mod__', (self, args) => {
  const o = args[0];
  if (!(o instanceof PyDelta)) return NotImplemented;
  return usToDelta(modUs(deltaToUs(D(self)), deltaToUs(o)));
});
defMethod(deltaType, '__rmod__', (self, args) => {
  const o = args[0];
  if (!(o instanceof PyDelta)) return NotImplemented;
  return usToDelta(modUs(deltaToUs(o), deltaToUs(D(self))));
});
function divmod(a: bigint, b: bigint): PyTuple {
  const q = floorDiv(a, b);
  return new PyTuple([normalizeBigInt(q), usToDelta(a - q * b)]);
}
defMethod(deltaType, '__divmod__', (self, args) => {
  const o = args[0];
  if (!(o instanceof PyDelta)) return NotImplemented;
  return divmod(deltaToUs(D(self)), deltaToUs(o));
});
defMethod(deltaType, '__rdivmod__', (self, args) => {
  const o = args[0];
  if (!(o instanceof PyDelta)) return NotImplemented;
  return divmod(deltaToUs(o), deltaToUs(D(self)));
});
defMethod(deltaType, '__neg__', (self) => {
  const a = D(self);
  return newDelta(-a.days, -a.seconds, -a.us);
});
defMethod(deltaType, '__pos__', (self) => {
  const a = D(self);
  return newDelta(a.days, a.seconds, a.us);
});
defMethod(deltaType, '__abs__', (self) => {
  const a = D(self);
  return a.days < 0 ? newDelta(-a.days, -a.seconds, -a.us) : newDelta(a.days, a.seconds, a.us);
});
defMethod(deltaType, '__bool__', (self) => {
  const a = D(self);
  return a.days !== 0 || a.seconds !== 0 || a.us !== 0;
});

const CMP_NAMES: [string, Cmp][] = [
  ['__lt__', Cmp.LT], ['__le__', Cmp.LE], ['__eq__', Cmp.EQ], ['__ne__', Cmp.NE], ['__gt__', Cmp.GT], ['__ge__', Cmp.GE],
];
export function cmpResult(diff: number, op: Cmp): boolean {
  switch (op) {
    case Cmp.LT: return diff < 0;
    case Cmp.LE: return diff <= 0;
    case Cmp.EQ: return diff === 0;
    case Cmp.NE: return diff !== 0;
    case Cmp.GT: return diff > 0;
    default: return diff >= 0;
  }
}
/** Registers the six comparison dunders from one cmp()-like function (NotImplemented passes through). */
export function defRichCompare(t: PyType, cmp: (self: PyValue, other: PyValue, op: Cmp) => number | PyValue): void {
  for (const [name, op] of CMP_NAMES) {
    defMethod(t, name, (self, args) => {
      const r = cmp(self, args[0], op);
      return typeof r === 'number' ? cmpResult(r, op) : r;
    });
  }
}
defRichCompare(deltaType, (self, other) => (other instanceof PyDelta ? deltaCmp(D(self), other) : NotImplemented));

export function deltaHash(d: PyDelta): PyValue {
  return hash(new PyTuple([d.days, d.seconds, d.us]));
}
defMethod(deltaType, '__hash__', (self) => deltaHash(D(self)));
defMethod(deltaType, '__repr__', (self) => deltaRepr(D(self)));

export function deltaStr(d: PyDelta): string {
  const hh = Math.floor(d.seconds / 3600);
  const mm = Math.floor((d.seconds % 3600) / 60);
  const ss = d.seconds % 60;
  let s = `${hh}:${pad2(mm)}:${pad2(ss)}`;
  if (d.us) s += `.${String(d.us).padStart(6, '0')}`;
  if (d.days) s = `${d.days} day${d.days === 1 || d.days === -1 ? '' : 's'}, ${s}`;
  return s;
}
defMethod(deltaType, '__str__', (self) => deltaStr(D(self)));
defMethod(deltaType, 'total_seconds', (self, args, kw) => {
  noArgs('timedelta.total_seconds', args, kw);
  return new PyFloat(intTrueDiv(normalizeBigInt(deltaToUs(D(self))), 1000000));
});
defMethod(deltaType, '__reduce__', (self, args, kw) => {
  noArgs('timedelta.__reduce__', args, kw);
  const d = D(self);
  return new PyTuple([d.cls, new PyTuple([d.days, d.seconds, d.us])]);
});
// PyMemberDef fields: assigning says "readonly attribute".
const readonly = (): void => {
  throw attributeError('readonly attribute');
};
defGetSet(deltaType, 'days', (self) => D(self).days, readonly);
defGetSet(deltaType, 'seconds', (self) => D(self).seconds, readonly);
defGetSet(deltaType, 'microseconds', (self) => D(self).us, readonly);
deltaType.attrs.set('min', new PyDelta(-999999999, 0, 0));
deltaType.attrs.set('max', new PyDelta(999999999, 86399, 999999));
deltaType.attrs.set('resolution', new PyDelta(0, 0, 1));
deltaType.doc =
  'Difference between two datetime values.\n\ntimedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)\n\nAll arguments are optional and default to 0.\nArguments may be integers or floats, and may be positive or negative.';
