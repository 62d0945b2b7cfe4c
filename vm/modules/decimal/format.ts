// Decimal.__format__: the format-spec mini-language as the _decimal module applies it to decimals
// ([[fill]align][sign][z][#][0][width][,|_][.precision][type], types e E f F g G n %), rounding with the
// context's rounding mode and keeping every digit of the decimal (no conversion to float).

import { valueError } from '../../runtime/raise.js';
import { Dec, FINITE, INF, pow10, digitCount, finite } from './number.js';
import { dropDigits } from './rounding.js';
import { toSciString } from './text.js';
import type { PyContext } from './context.js';

interface Spec {
  fill: string;
  align: string;
  sign: string;
  noNeg0: boolean;
  alt: boolean;
  zero: boolean;
  width: number;
  sep: string;
  prec: number;
  type: string;
}

function invalid(spec: string): unknown {
  return valueError(`Invalid format specifier: ${spec}`);
}

function parseSpec(spec: string): Spec {
  const cps = [...spec];
  let i = 0;
  const s: Spec = { fill: ' ', align: '', sign: '', noNeg0: false, alt: false, zero: false, width: -1, sep: '', prec: -1, type: '' };
  const isAlign = (c: string | undefined) => c === '<' || c === '>' || c === '=' || c === '^';
  if (cps.length >= 2 && isAlign(cps[1])) {
    s.fill = cps[0];
    s.align = cps[1];
    i = 2;
  } else if (isAlign(cps[0])) {
    s.align = cps[0];
    i = 1;
  }
  if (cps[i] === '+' || cps[i] === '-' || cps[i] === ' ') s.sign = cps[i++];
  if (cps[i] === 'z') {
    s.noNeg0 = true;
    i++;
  }
  if (cps[i] === '#') {
    s.alt = true;
    i++;
  }
  if (cps[i] === '0') {
    s.zero = true;
    i++;
  }
  let w = '';
  while (i < cps.length && cps[i] >= '0' && cps[i] <= '9') w += cps[i++];
  if (w) s.width = Number(w);
  if (cps[i] === ',' || cps[i] === '_') s.sep = cps[i++];
  if (cps[i] === '.') {
    i++;
    let p = '';
    while (i < cps.length && cps[i] >= '0' && cps[i] <= '9') p += cps[i++];
    if (!p) throw invalid(spec);
    s.prec = Number(p);
  }
  if (i < cps.length) {
    const t = cps[i++];
    if (!'eEfFgGn%'.includes(t)) throw invalid(spec);
    s.type = t;
  }
  if (i !== cps.length) throw invalid(spec);
  if (s.type === 'n' && s.sep) throw invalid(spec);
  if (s.zero && !s.align) {
    s.fill = '0';
    s.align = '=';
  }
  if (!s.align) s.align = '>';
  return s;
}

/** Round d to `n` significant digits (n >= 1), padding with zeros when `pad`. */
function roundSignificant(d: Dec, n: number, mode: number, pad = false): Dec {
  const nd = digitCount(d.coeff);
  if (nd < n && pad && d.coeff !== 0n) return finite(d.sign, d.coeff * pow10(n - nd), d.exp - (n - nd));
  if (nd <= n) return d;
  let c = dropDigits(d.coeff, nd - n, d.sign, mode);
  let e = d.exp + nd - n;
  if (digitCount(c) > n) {
    c /= 10n;
    e++;
  }
  return finite(d.sign, c, e);
}

/** Rescale d to exponent `exp` (rounding when exp > d.exp). */
function rescaleTo(d: Dec, exp: number, mode: number): Dec {
  if (exp <= d.exp) return finite(d.sign, d.coeff * pow10(d.exp - exp), exp);
  const drop = exp - d.exp;
  const nd = digitCount(d.coeff);
  const c = drop > nd + 1 ? dropDigits(1n, 2, d.sign, mode) : dropDigits(d.coeff, drop, d.sign, mode);
  return finite(d.sign, d.coeff === 0n ? 0n : c, exp);
}

function groupInt(intpart: string, sep: string, minWidth: number): string {
  let digits = intpart;
  for (;;) {
    let out = digits;
    if (sep) {
      out = '';
      for (let i = digits.length; i > 0; i -= 3) out = digits.slice(Math.max(0, i - 3), i) + (out ? sep + out : '');
    }
    if (out.length >= minWidth) return out;
    // Zero padding grows the digits one at a time so that a group never starts with a separator.
    digits = '0' + digits;
  }
}

function align(sign: string, body: string, s: Spec): string {
  const len = [...sign].length + [...body].length;
  if (s.width <= len) return sign + body;
  const pad = s.width - len;
  switch (s.align) {
    case '<':
      return sign + body + s.fill.repeat(pad);
    case '^': {
      const left = pad >> 1;
      return s.fill.repeat(left) + sign + body + s.fill.repeat(pad - left);
    }
    case '=':
      return sign + s.fill.repeat(pad) + body;
    default:
      return s.fill.repeat(pad) + sign + body;
  }
}

function signText(negative: boolean, s: Spec): string {
  if (negative) return '-';
  return s.sign === '+' ? '+' : s.sign === ' ' ? ' ' : '';
}

export function formatDecimal(d: Dec, spec: string, ctx: PyContext): string {
  const s = parseSpec(spec);
  if (d.kind !== FINITE) {
    let body = d.kind === INF ? 'Infinity' : toSciString(new Dec(0, d.coeff, d.exp, d.kind));
    if (s.type === '%') body += '%';
    // Zero padding does not apply to infinities and NaNs.
    if (s.zero && s.fill === '0' && s.align === '=') {
      s.fill = ' ';
      s.align = '>';
    }
    return align(signText(d.sign === 1, s), body, s);
  }
  let type = s.type;
  let prec = s.prec;
  if (type === '' || type === 'n') type = type === 'n' ? 'g' : ctx.capitals ? 'G' : 'g';
  const mode = ctx.round;
  let x = d;
  if (type === '%') x = finite(x.sign, x.coeff, x.exp + 2);
  if (prec >= 0) {
    if (type === 'e' || type === 'E') x = roundSignificant(x, prec + 1, mode, true);
    else if (type === 'f' || type === 'F' || type === '%') x = rescaleTo(x, -prec, mode);
    else {
      if (prec === 0) prec = 1;
      if (digitCount(x.coeff) > prec) x = roundSignificant(x, prec, mode);
    }
  }
  if (x.coeff === 0n && x.exp > 0 && (type === 'f' || type === 'F' || type === '%')) x = finite(x.sign, 0n, 0);
  const negative = x.sign === 1 && !(x.coeff === 0n && s.noNeg0);
  const digits = x.coeff.toString();
  const left = x.exp + digits.length;
  let dot: number;
  if (type === 'e' || type === 'E') dot = x.coeff === 0n && prec >= 0 ? 1 - prec : 1;
  else if (type === 'f' || type === 'F' || type === '%') dot = left;
  else dot = x.exp <= 0 && left > -6 ? left : 1;
  let intpart: string;
  let frac: string;
  if (dot < 0) {
    intpart = '0';
    frac = '0'.repeat(-dot) + digits;
  } else if (dot > digits.length) {
    intpart = digits + '0'.repeat(dot - digits.length);
    frac = '';
  } else {
    intpart = digits.slice(0, dot) || '0';
    frac = digits.slice(dot);
  }
  const exp = left - dot;
  let tail = frac || s.alt ? '.' + frac : '';
  if (exp !== 0 || type === 'e' || type === 'E') {
    const ech = type === 'E' || type === 'G' ? 'E' : 'e';
    tail += ech + (exp < 0 ? '-' : '+') + Math.abs(exp);
  }
  if (type === '%') tail += '%';
  const sign = signText(negative, s);
  let minWidth = 0;
  if (s.fill === '0' && s.align === '=' && s.width > 0) minWidth = Math.max(0, s.width - sign.length - tail.length);
  const body = groupInt(intpart, s.sep, minWidth) + tail;
  return align(sign, body, s);
}
