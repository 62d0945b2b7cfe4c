// The _decimal module's signals as Python exception classes, with CPython's hierarchy and names
// (decimal.DivisionByZero is both a DecimalException and a ZeroDivisionError...), and the mapping from
// kernel status bits to those classes, to a Context's flag lists and to the exception a trap raises.

import { PyType, typeType } from '../../objects/object.js';
import { PyBaseException, exceptionType } from '../../objects/exceptions.js';
import { PyList } from '../../objects/list.js';
import {
  S_CLAMPED, S_CONVERSION_SYNTAX, S_DIVISION_BY_ZERO, S_DIVISION_IMPOSSIBLE, S_DIVISION_UNDEFINED,
  S_INEXACT, S_INVALID_CONTEXT, S_INVALID_OPERATION, S_FLOAT_OPERATION, S_OVERFLOW, S_ROUNDED,
  S_SUBNORMAL, S_UNDERFLOW, S_IEEE_INVALID,
} from './number.js';

function signalClass(name: string, bases: PyType[]): PyType {
  const t = new PyType(typeType, name, bases, 'decimal');
  t.hasInstanceDict = true;
  return t;
}

export const DecimalException = signalClass('DecimalException', [exceptionType('ArithmeticError')]);
export const Clamped = signalClass('Clamped', [DecimalException]);
export const InvalidOperation = signalClass('InvalidOperation', [DecimalException]);
export const ConversionSyntax = signalClass('ConversionSyntax', [InvalidOperation]);
export const DivisionImpossible = signalClass('DivisionImpossible', [InvalidOperation]);
export const DivisionUndefined = signalClass('DivisionUndefined', [InvalidOperation, exceptionType('ZeroDivisionError')]);
export const InvalidContext = signalClass('InvalidContext', [InvalidOperation]);
export const DivisionByZero = signalClass('DivisionByZero', [DecimalException, exceptionType('ZeroDivisionError')]);
export const Inexact = signalClass('Inexact', [DecimalException]);
export const Rounded = signalClass('Rounded', [DecimalException]);
export const Subnormal = signalClass('Subnormal', [DecimalException]);
export const Overflow = signalClass('Overflow', [Inexact, Rounded]);
export const Underflow = signalClass('Underflow', [Inexact, Rounded, Subnormal]);
export const FloatOperation = signalClass('FloatOperation', [DecimalException, exceptionType('TypeError')]);

/** The signals (the keys of Context.flags/traps) in CPython's order, with their status bits. */
export const SIGNALS: readonly [PyType, number][] = [
  [InvalidOperation, S_IEEE_INVALID],
  [FloatOperation, S_FLOAT_OPERATION],
  [DivisionByZero, S_DIVISION_BY_ZERO],
  [Overflow, S_OVERFLOW],
  [Underflow, S_UNDERFLOW],
  [Subnormal, S_SUBNORMAL],
  [Inexact, S_INEXACT],
  [Rounded, S_ROUNDED],
  [Clamped, S_CLAMPED],
];

/** The conditions listed before the other signals in a trap's exception argument. */
const CONDITIONS: readonly [PyType, number][] = [
  [InvalidOperation, S_INVALID_OPERATION],
  [ConversionSyntax, S_CONVERSION_SYNTAX],
  [DivisionImpossible, S_DIVISION_IMPOSSIBLE],
  [DivisionUndefined, S_DIVISION_UNDEFINED],
  [InvalidContext, S_INVALID_CONTEXT],
];

/** The status bits of a signal class, or undefined for anything else. */
export function signalBits(t: unknown): number | undefined {
  for (const [cls, bits] of SIGNALS) if (cls === t) return bits;
  return undefined;
}

/** The exception a trap raises for the trapped conditions `bits`. */
export function trapException(bits: number): PyBaseException {
  let cls: PyType = DecimalException;
  for (const [c, b] of SIGNALS) {
    if (bits & b) {
      cls = c;
      break;
    }
  }
  const list: PyType[] = [];
  for (const [c, b] of CONDITIONS) if (bits & b) list.push(c);
  for (let i = 1; i < SIGNALS.length; i++) if (bits & SIGNALS[i][1]) list.push(SIGNALS[i][0]);
  return new PyBaseException(cls, [new PyList(list)]);
}

/** The signal name of each status bit, by bit position (libmpdec's order, which Context's repr uses). */
const BIT_NAMES = [
  'Clamped', 'InvalidOperation', 'DivisionByZero', 'InvalidOperation', 'InvalidOperation', 'InvalidOperation',
  'Inexact', 'InvalidOperation', 'InvalidOperation', 'InvalidOperation', 'FloatOperation', 'Overflow', 'Rounded',
  'Subnormal', 'Underflow',
];

/** The names of the signals set in `bits`, in the order Context's repr lists them. */
export function signalNames(bits: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < BIT_NAMES.length; i++) {
    if (bits & (1 << i) && !out.includes(BIT_NAMES[i])) out.push(BIT_NAMES[i]);
  }
  return out;
}

export const ALL_SIGNAL_CLASSES: readonly PyType[] = [
  DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionImpossible, DivisionUndefined,
  InvalidContext, DivisionByZero, Inexact, Rounded, Subnormal, Overflow, Underflow, FloatOperation,
];
