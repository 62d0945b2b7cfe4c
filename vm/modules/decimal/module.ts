// The _decimal module object: Decimal, Context, the signals, ROUND_* constants, the 64-bit limits,
// DefaultContext/BasicContext/ExtendedContext, getcontext/setcontext/localcontext and DecimalTuple
// (a collections.namedtuple, as CPython builds it). Lib/decimal.py re-exports all of this.

import { PyValue } from '../../objects/object.js';
import { PyModule } from '../../objects/module.js';
import { PyNativeFunction, oneArg, noArgs } from '../../objects/native.js';
import { None } from '../../objects/singletons.js';
import { callObject } from '../../runtime/call.js';
import { getAttr } from '../../runtime/attributes.js';
import { importModule } from '../../runtime/import.js';
import { normalizeBigInt } from '../../numeric/int_math.js';
import { registerNativeModule } from '../registry.js';
import { ROUNDING_NAMES, ROUND_HALF_EVEN, ROUND_HALF_UP } from './rounding.js';
import { S_CLAMPED, S_DIVISION_BY_ZERO, S_IEEE_INVALID, S_OVERFLOW, S_UNDERFLOW } from './number.js';
import { ALL_SIGNAL_CLASSES } from './signals.js';
import {
  PyContext, contextType, MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY, resetContexts, getContext, setContext,
  localcontext, ieeeContext, IEEE_CONTEXT_MAX_BITS,
} from './context.js';
import { decimalType, setBridgeTypes } from './decimal_type.js';
import './context_methods.js';

function template(prec: number, round: number, traps: number, emin = -999999, emax = 999999): PyContext {
  const c = new PyContext();
  c.prec = c.precValue = prec;
  c.round = round;
  c.traps = traps;
  c.emin = c.eminValue = emin;
  c.emax = c.emaxValue = emax;
  c.template = true;
  return c;
}

registerNativeModule('_decimal', (interp) => {
  const mod = new PyModule('_decimal');
  const d = mod.dict;
  const dflt = template(28, ROUND_HALF_EVEN, S_IEEE_INVALID | S_DIVISION_BY_ZERO | S_OVERFLOW);
  resetContexts(dflt);
  const basic = template(
    9, ROUND_HALF_UP,
    S_IEEE_INVALID | S_DIVISION_BY_ZERO | S_OVERFLOW | S_UNDERFLOW | S_CLAMPED,
  );
  const extended = template(9, ROUND_HALF_EVEN, 0);
  d.setStr('Decimal', decimalType);
  d.setStr('Context', contextType);
  for (const c of ALL_SIGNAL_CLASSES) d.setStr(c.name, c);
  ROUNDING_NAMES.forEach((n) => d.setStr(n, n));
  d.setStr('MAX_PREC', normalizeBigInt(MAX_PREC));
  d.setStr('MAX_EMAX', normalizeBigInt(MAX_EMAX));
  d.setStr('MIN_EMIN', normalizeBigInt(MIN_EMIN));
  d.setStr('MIN_ETINY', normalizeBigInt(MIN_ETINY));
  d.setStr('HAVE_THREADS', true);
  d.setStr('HAVE_CONTEXTVAR', true);
  d.setStr('IEEE_CONTEXT_MAX_BITS', IEEE_CONTEXT_MAX_BITS);
  d.setStr('IEEEContext', new PyNativeFunction('IEEEContext', (args, kw) => ieeeContext(oneArg('IEEEContext', args, kw)), mod));
  d.setStr('__version__', '1.70');
  d.setStr('__libmpdec_version__', '2.5.1');
  d.setStr('DefaultContext', dflt);
  d.setStr('BasicContext', basic);
  d.setStr('ExtendedContext', extended);
  d.setStr('getcontext', new PyNativeFunction('getcontext', (args, kw) => {
    noArgs('getcontext', args, kw);
    return getContext();
  }, mod));
  d.setStr('setcontext', new PyNativeFunction('setcontext', (args, kw) => {
    setContext(oneArg('setcontext', args, kw));
    return None;
  }, mod));
  d.setStr('localcontext', new PyNativeFunction('localcontext', localcontext, mod));
  const collections = importModule(interp, 'collections');
  const kw = new Map<string, PyValue>([['module', 'decimal']]);
  const tupleType = callObject(getAttr(collections, 'namedtuple'), ['DecimalTuple', 'sign digits exponent'], kw);
  d.setStr('DecimalTuple', tupleType);
  const numbers = importModule(interp, 'numbers');
  setBridgeTypes(tupleType, getAttr(numbers, 'Rational'));
  // numbers.Number.register(Decimal), as decimal's C module does.
  callObject(getAttr(getAttr(numbers, 'Number'), 'register'), [decimalType]);
  return mod;
});
