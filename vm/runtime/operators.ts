// Binary and unary operators (CPython's abstract.c binary_op1 / PyNumber_*): dispatch to __op__ and
// __rop__ with the subclass-first rule, in-place variants falling back to the plain ones, and the
// "unsupported operand type(s)" errors.
//
// The built-in numeric types register their dunders as method descriptors (objects/int_type.ts,
// float_type.ts, ...); this file only dispatches. Hot int/float/str cases are short-circuited first.

import { PyType, PyValue, typeOf, typeName } from '../objects/object.js';
import { PyFloat, floatType } from '../objects/float.js';
import { NotImplemented } from '../objects/singletons.js';
import { concatStr } from '../objects/str_surrogates.js';
import { BINARY_OP_SYMBOLS } from '../bytecode/opcodes.js';
import { typeError, valueError } from './raise.js';
import { callSpecial } from './attributes.js';
import { intAdd, intSub, intMul } from '../numeric/int_math.js';

/** NB_* argument of BINARY_OP -> [dunder, reflected dunder]. Index 26 is subscription. */
const DUNDERS: [string, string][] = [
  ['__add__', '__radd__'], ['__and__', '__rand__'], ['__floordiv__', '__rfloordiv__'],
  ['__lshift__', '__rlshift__'], ['__matmul__', '__rmatmul__'], ['__mul__', '__rmul__'],
  ['__mod__', '__rmod__'], ['__or__', '__ror__'], ['__pow__', '__rpow__'], ['__rshift__', '__rrshift__'],
  ['__sub__', '__rsub__'], ['__truediv__', '__rtruediv__'], ['__xor__', '__rxor__'],
];
const INPLACE = [
  '__iadd__', '__iand__', '__ifloordiv__', '__ilshift__', '__imatmul__', '__imul__', '__imod__', '__ior__',
  '__ipow__', '__irshift__', '__isub__', '__itruediv__', '__ixor__',
];
export const NB_SUBSCR = 26;

import { getItem } from './protocols.js';

/** lhs OP rhs for BINARY_OP's argument. */
export function binaryOp(op: number, lhs: PyValue, rhs: PyValue): PyValue {
  if (op === NB_SUBSCR) return getItem(lhs, rhs);
  // Float fast paths (the boxed type exactly; subclasses go through dunders).
  if (typeof lhs === 'object' && lhs.cls === floatType) {
    const a = (lhs as PyFloat).value;
    let b: number | undefined;
    if (typeof rhs === 'object' && rhs.cls === floatType) b = (rhs as PyFloat).value;
    else if (typeof rhs === 'number') b = rhs;
    if (b !== undefined) {
      switch (op % 13) {
        case 0: return new PyFloat(a + b);
        case 10: return new PyFloat(a - b);
        case 5: return new PyFloat(a * b);
        case 11:
          if (b !== 0) return new PyFloat(a / b);
          break;
      }
    }
  } else if (typeof lhs === 'number' && typeof rhs === 'object' && rhs.cls === floatType) {
    const b = (rhs as PyFloat).value;
    switch (op % 13) {
      case 0: return new PyFloat(lhs + b);
      case 10: return new PyFloat(lhs - b);
      case 5: return new PyFloat(lhs * b);
      case 11:
        if (b !== 0) return new PyFloat(lhs / b);
        break;
    }
  } else if (typeof lhs === 'string' && typeof rhs === 'string' && (op === 0 || op === 13)) {
    return concatStr(lhs, rhs);
  } else if ((typeof lhs === 'number' || typeof lhs === 'bigint') && (typeof rhs === 'number' || typeof rhs === 'bigint')) {
    switch (op % 13) {
      case 0: return intAdd(lhs, rhs);
      case 10: return intSub(lhs, rhs);
      case 5: return intMul(lhs, rhs);
    }
  }
  if (op >= 13) {
    const r = inplaceOp(op - 13, lhs, rhs);
    if (r !== undefined) return r;
    return binaryDispatch(op - 13, lhs, rhs, BINARY_OP_SYMBOLS[op]);
  }
  return binaryDispatch(op, lhs, rhs, BINARY_OP_SYMBOLS[op]);
}

function inplaceOp(base: number, lhs: PyValue, rhs: PyValue): PyValue | undefined {
  if (typeof lhs !== 'object') return undefined;
  const r = callSpecial(lhs, INPLACE[base], [rhs]);
  if (r === undefined || r === NotImplemented) return undefined;
  return r;
}

/** The __op__/__rop__ protocol for one of the 13 binary operators. */
export function binaryDispatch(base: number, lhs: PyValue, rhs: PyValue, symbol: string): PyValue {
  const [name, rname] = DUNDERS[base];
  const ta = typeOf(lhs);
  const tb = typeOf(rhs);
  let triedReflected = false;
  if (ta !== tb && tb.isSubtypeOf(ta)) {
    const rslot = tb.lookup(rname);
    if (rslot !== undefined && rslot !== ta.lookup(rname)) {
      triedReflected = true;
      const r = callSpecial(rhs, rname, [lhs]);
      if (r !== undefined && r !== NotImplemented) return r;
    }
  }
  const r1 = callSpecial(lhs, name, [rhs]);
  if (r1 !== undefined && r1 !== NotImplemented) return r1;
  if (ta !== tb && !triedReflected) {
    const r2 = callSpecial(rhs, rname, [lhs]);
    if (r2 !== undefined && r2 !== NotImplemented) return r2;
  }
  throw unsupported(symbol, lhs, rhs);
}

/** A native type's ternary nb_power as ternary_op calls it for the modulus: (base, exp, mod), any of
 *  which may be of another type; NotImplemented when it cannot convert them. */
export type ModulusPowSlot = (base: PyValue, exp: PyValue, mod: PyValue) => PyValue;
const modulusPowSlots = new Map<PyType, ModulusPowSlot>();

/** Registers `t`'s nb_power (decimal.Decimal's: pow(3, 4, Decimal(5)) is Decimal('1')). */
export function registerModulusPowSlot(t: PyType, slot: ModulusPowSlot): void {
  modulusPowSlots.set(t, slot);
}

/** The registered slot a modulus of type `tc` has: its own or a base's, unless a class overrides the
 *  power methods (its slot is then slot_nb_power, which refuses the modulus position). */
function modulusPowSlot(tc: PyType): ModulusPowSlot | undefined {
  if (modulusPowSlots.size === 0) return undefined;
  for (const t of tc.mro) {
    const slot = modulusPowSlots.get(t);
    if (slot === undefined) continue;
    if (tc.lookup('__pow__') !== t.attrs.get('__pow__') || tc.lookup('__rpow__') !== t.attrs.get('__rpow__')) return undefined;
    return slot;
  }
  return undefined;
}

/**
 * Three-argument pow(base, exp, mod) (abstract.c ternary_op): __pow__(exp, mod) of the base, and since
 * 3.14 also __rpow__(base, mod) of the exponent, with the same subclass-first rule as binaryDispatch.
 * A None modulus is the binary operator.
 */
export function ternaryPow(base: PyValue, exp: PyValue, mod: PyValue): PyValue {
  const ta = typeOf(base);
  const tb = typeOf(exp);
  let triedReflected = false;
  if (ta !== tb && tb.isSubtypeOf(ta)) {
    const rslot = tb.lookup('__rpow__');
    if (rslot !== undefined && rslot !== ta.lookup('__rpow__')) {
      triedReflected = true;
      const r = callSpecial(exp, '__rpow__', [base, mod]);
      if (r !== undefined && r !== NotImplemented) return r;
    }
  }
  const r1 = callSpecial(base, '__pow__', [exp, mod]);
  if (r1 !== undefined && r1 !== NotImplemented) return r1;
  if (ta !== tb && !triedReflected) {
    const r2 = callSpecial(exp, '__rpow__', [base, mod]);
    if (r2 !== undefined && r2 !== NotImplemented) return r2;
  }
  // Last, the modulus's own C slot, when its type is a third one: float and complex refuse a modulus;
  // a native type that registered a slot (Decimal) computes it; classes never get this call.
  const tc = typeOf(mod);
  if (tc !== ta && tc !== tb) {
    const slot = modulusPowSlot(tc);
    if (slot !== undefined) {
      const r = slot(base, exp, mod);
      if (r !== NotImplemented) return r;
    } else if (!tc.isHeap) {
      if (tc === floatType) throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
      if (typeName(mod) === 'complex') throw valueError('complex modulo');
    }
  }
  throw typeError(
    `unsupported operand type(s) for ** or pow(): '${typeName(base)}', '${typeName(exp)}', '${typeName(mod)}'`);
}

function unsupported(symbol: string, lhs: PyValue, rhs: PyValue): never {
  if (symbol === '+' || symbol === '+=') {
    if (typeof lhs === 'string') throw typeError(`can only concatenate str (not "${typeName(rhs)}") to str`);
    const tn = typeName(lhs);
    if ((tn === 'list' || tn === 'tuple') && typeof lhs === 'object' && !lhs.cls.isHeap) {
      throw typeError(`can only concatenate ${tn} (not "${typeName(rhs)}") to ${tn}`);
    }
  }
  if (symbol === '**' ) {
    throw typeError(`unsupported operand type(s) for ** or pow(): '${typeName(lhs)}' and '${typeName(rhs)}'`);
  }
  throw typeError(`unsupported operand type(s) for ${symbol}: '${typeName(lhs)}' and '${typeName(rhs)}'`);
}

export function unaryNegative(v: PyValue): PyValue {
  if (typeof v === 'number') return v === 0 ? 0 : -v;
  if (typeof v === 'object' && v.cls === floatType) return new PyFloat(-(v as PyFloat).value);
  return unary(v, '__neg__', '-');
}

export function unaryPositive(v: PyValue): PyValue {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  return unary(v, '__pos__', '+');
}

export function unaryInvert(v: PyValue): PyValue {
  if (typeof v === 'number' && v >= -0x40000000 && v < 0x40000000) return ~v;
  return unary(v, '__invert__', '~');
}

function unary(v: PyValue, name: string, symbol: string): PyValue {
  const r = callSpecial(v, name, []);
  if (r === undefined) throw typeError(`bad operand type for unary ${symbol}: '${typeName(v)}'`);
  return r;
}
