// The _decimal module's Context type: the arithmetic settings (prec, rounding, Emin, Emax, capitals,
// clamp) with CPython's validation messages, the flags and traps (SignalDict views of status bits),
// turning kernel conditions into flags and trap exceptions, the current context (getcontext /
// setcontext; "thread-local" is interpreter-global here) and localcontext()'s context manager.
//
// The Context's arithmetic methods live in context_methods.ts; the Decimal type in decimal_type.ts.

import { PyObject, PyType, PyValue, makeBuiltinType, objectType, typeName } from '../../objects/object.js';
import { PyList } from '../../objects/list.js';
import { PyDict } from '../../objects/dict.js';
import { None } from '../../objects/singletons.js';
import { defMethod, defGetSet, defNew, bindArgs, noArgs, oneArg } from '../../objects/native.js';
import { typeError, valueError, attributeError } from '../../runtime/raise.js';
import { newException } from '../../objects/exceptions.js';
import { getIter, truthy, repr } from '../../runtime/protocols.js';
import type { PyInt } from '../../numeric/int_math.js';
import { status, S_IEEE_INVALID, S_DIVISION_BY_ZERO, S_OVERFLOW } from './number.js';
import { Ctx, ROUNDING_NAMES, ROUND_HALF_EVEN } from './rounding.js';
import { SIGNALS, signalBits, signalNames, trapException } from './signals.js';
import { PyTuple } from '../../objects/tuple.js';

/** The 64-bit limits of CPython's _decimal on x86_64. */
export const MAX_PREC = 999999999999999999n;
export const MAX_EMAX = 999999999999999999n;
export const MIN_EMIN = -999999999999999999n;
export const MIN_ETINY = MIN_EMIN - (MAX_PREC - 1n);

export const contextType: PyType = makeBuiltinType('Context', objectType, 'decimal');
export const signalDictType: PyType = makeBuiltinType('SignalDict', objectType, 'decimal');
signalDictType.isBaseType = false;
export const contextManagerType: PyType = makeBuiltinType('ContextManager', objectType, 'decimal');
contextManagerType.isBaseType = false;

/** A decimal.Context. Numeric settings are kept as JS numbers for the kernel and as the Python ints. */
export class PyContext extends PyObject implements Ctx {
  prec = 28;
  round = ROUND_HALF_EVEN;
  emin = -999999;
  emax = 999999;
  clamp = 0;
  capitals = 1;
  precValue: PyInt = 28;
  eminValue: PyInt = -999999;
  emaxValue: PyInt = 999999;
  flags = 0;
  traps = S_IEEE_INVALID | S_DIVISION_BY_ZERO | S_OVERFLOW;
  /** The DefaultContext/BasicContext/ExtendedContext templates are copied by setcontext(). */
  template = false;

  constructor(cls: PyType = contextType) {
    super(cls);
  }

  copyFrom(o: PyContext): this {
    this.prec = o.prec;
    this.round = o.round;
    this.emin = o.emin;
    this.emax = o.emax;
    this.clamp = o.clamp;
    this.capitals = o.capitals;
    this.precValue = o.precValue;
    this.eminValue = o.eminValue;
    this.emaxValue = o.emaxValue;
    this.flags = o.flags;
    this.traps = o.traps;
    return this;
  }
}
contextType.allocate = (cls) => new PyContext(cls);

class PySignalDict extends PyObject {
  constructor(
    readonly ctx: PyContext,
    readonly traps: boolean,
  ) {
    super(signalDictType);
  }
  get bits(): number {
    return this.traps ? this.ctx.traps : this.ctx.flags;
  }
  set bits(v: number) {
    if (this.traps) this.ctx.traps = v;
    else this.ctx.flags = v;
  }
}

// ---- applying kernel status ----------------------------------------------------------------------------

/** Records the conditions of the last kernel operation in ctx's flags; raises if one is trapped. */
export function commitStatus(ctx: PyContext, bits: number = status.flags): void {
  status.flags = 0;
  if (bits === 0) return;
  ctx.flags |= bits;
  const trapped = bits & ctx.traps;
  if (trapped !== 0) throw trapException(trapped);
}

// ---- the current context -------------------------------------------------------------------------------

let defaultContext: PyContext | null = null;
let current: PyContext | null = null;

/** Called by the module factory: a fresh DefaultContext and no current context yet. */
export function resetContexts(dflt: PyContext): void {
  defaultContext = dflt;
  current = null;
}

export function getContext(): PyContext {
  if (current === null) {
    const c = new PyContext();
    if (defaultContext !== null) c.copyFrom(defaultContext);
    c.flags = 0;
    current = c;
  }
  return current;
}

export function setContext(v: PyValue): void {
  if (!(v instanceof PyContext)) throw typeError('argument must be a context');
  if (v.template) {
    const c = new PyContext().copyFrom(v);
    c.flags = 0;
    current = c;
  } else current = v;
}

/** The `context` argument of a method: None means the current context. */
export function contextArg(v: PyValue | undefined): PyContext {
  if (v === undefined || v === None) return getContext();
  if (!(v instanceof PyContext)) throw typeError('optional argument must be a context');
  return v;
}

// ---- settings ------------------------------------------------------------------------------------------

function intSetting(v: PyValue): PyInt {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw typeError('an integer is required');
}

function toNum(v: PyInt): number {
  return typeof v === 'number' ? v : Number(v);
}

export function setPrec(c: PyContext, v: PyValue): void {
  const n = intSetting(v);
  if (n < 1 || n > MAX_PREC) throw valueError('valid range for prec is [1, MAX_PREC]');
  c.precValue = n;
  c.prec = toNum(n);
}

export function setEmin(c: PyContext, v: PyValue): void {
  const n = intSetting(v);
  if (n > 0 || n < MIN_EMIN) throw valueError('valid range for Emin is [MIN_EMIN, 0]');
  c.eminValue = n;
  c.emin = toNum(n);
}

export function setEmax(c: PyContext, v: PyValue): void {
  const n = intSetting(v);
  if (n < 0 || n > MAX_EMAX) throw valueError('valid range for Emax is [0, MAX_EMAX]');
  c.emaxValue = n;
  c.emax = toNum(n);
}

const ROUNDING_ERROR =
  'valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]';

export function roundingArg(v: PyValue): number {
  const i = typeof v === 'string' ? ROUNDING_NAMES.indexOf(v) : -1;
  if (i < 0) throw typeError(ROUNDING_ERROR);
  return i;
}

function setZeroOne(v: PyValue, what: string): number {
  const n = intSetting(v);
  if (n !== 0 && n !== 1) throw valueError(`valid values for ${what} are 0 or 1`);
  return n;
}

/** Bits of a flags/traps argument: a list of signals or a dict signal -> bool. */
function signalSetArg(v: PyValue, what: string): number {
  let bits = 0;
  if (v instanceof PyDict || v instanceof PySignalDict) {
    const entries: [PyValue, PyValue][] =
      v instanceof PyDict
        ? [...v.entries()]
        : SIGNALS.map(([c, b]) => [c, (v.bits & b) !== 0]);
    if (v instanceof PyDict && entries.length !== SIGNALS.length) throw newException('KeyError', 'invalid signal dict');
    for (const [k, val] of entries) {
      const b = signalBits(k);
      if (b === undefined) throw newException('KeyError', 'invalid signal dict');
      if (truthy(val)) bits |= b;
    }
    return bits;
  }
  if (v instanceof PyList || (v instanceof PyObject && v.cls.name === 'tuple')) {
    const items = (v as PyList).items;
    for (const k of items) {
      const b = signalBits(k);
      if (b === undefined) throw keyErrorSignals();
      bits |= b;
    }
    return bits;
  }
  throw typeError(`${what} must be a list of signals or a dict`);
}

function keyErrorSignals(): PyObject {
  return newException(
    'KeyError',
    'valid values for signals are:\n  [InvalidOperation, FloatOperation, DivisionByZero,\n   Overflow, Underflow, Subnormal, Inexact, Rounded,\n   Clamped]',
  );
}

// ---- Context(...) --------------------------------------------------------------------------------------

const CONTEXT_PARAMS = ['prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'];

defNew(contextType, (cls, args, kwargs) => {
  const c = new PyContext(cls);
  if (defaultContext !== null) c.copyFrom(defaultContext);
  c.flags = 0;
  return c;
});

defMethod(contextType, '__init__', (self, args, kwargs) => {
  const c = self as PyContext;
  const [prec, rounding, emin, emax, capitals, clamp, flags, traps] = bindArgs('Context', CONTEXT_PARAMS, args, kwargs);
  if (prec !== undefined && prec !== None) setPrec(c, prec);
  if (rounding !== undefined && rounding !== None) c.round = roundingArg(rounding);
  if (emin !== undefined && emin !== None) setEmin(c, emin);
  if (emax !== undefined && emax !== None) setEmax(c, emax);
  if (capitals !== undefined && capitals !== None) c.capitals = setZeroOne(capitals, 'capitals');
  if (clamp !== undefined && clamp !== None) c.clamp = setZeroOne(clamp, 'clamp');
  if (traps !== undefined && traps !== None) c.traps = signalSetArg(traps, 'traps');
  if (flags !== undefined && flags !== None) c.flags = signalSetArg(flags, 'flags');
  return None;
});

function ctxOf(self: PyValue): PyContext {
  if (!(self instanceof PyContext)) throw typeError(`descriptor requires a 'decimal.Context' object but received a '${typeName(self)}'`);
  return self;
}

function noDelete(v: PyValue | null): PyValue {
  if (v === null) throw attributeError('context attributes cannot be deleted');
  return v;
}

defGetSet(contextType, 'prec', (s) => ctxOf(s).precValue, (s, v) => setPrec(ctxOf(s), noDelete(v)));
defGetSet(contextType, 'Emin', (s) => ctxOf(s).eminValue, (s, v) => setEmin(ctxOf(s), noDelete(v)));
defGetSet(contextType, 'Emax', (s) => ctxOf(s).emaxValue, (s, v) => setEmax(ctxOf(s), noDelete(v)));
defGetSet(contextType, 'rounding', (s) => ROUNDING_NAMES[ctxOf(s).round], (s, v) => {
  ctxOf(s).round = roundingArg(noDelete(v));
});
defGetSet(contextType, 'capitals', (s) => ctxOf(s).capitals, (s, v) => {
  ctxOf(s).capitals = setZeroOne(noDelete(v), 'capitals');
});
defGetSet(contextType, 'clamp', (s) => ctxOf(s).clamp, (s, v) => {
  ctxOf(s).clamp = setZeroOne(noDelete(v), 'clamp');
});
defGetSet(contextType, 'flags', (s) => new PySignalDict(ctxOf(s), false), (s, v) => {
  ctxOf(s).flags = signalSetArg(noDelete(v), 'flags');
});
defGetSet(contextType, 'traps', (s) => new PySignalDict(ctxOf(s), true), (s, v) => {
  ctxOf(s).traps = signalSetArg(noDelete(v), 'traps');
});

defMethod(contextType, 'Etiny', (s, a, k) => {
  noArgs('Context.Etiny', a, k);
  const c = ctxOf(s);
  return normInt(BigInt(c.eminValue) - BigInt(c.precValue) + 1n);
});
defMethod(contextType, 'Etop', (s, a, k) => {
  noArgs('Context.Etop', a, k);
  const c = ctxOf(s);
  return normInt(BigInt(c.emaxValue) - BigInt(c.precValue) + 1n);
});

function normInt(b: bigint): PyInt {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

defMethod(contextType, 'clear_flags', (s, a, k) => {
  noArgs('Context.clear_flags', a, k);
  ctxOf(s).flags = 0;
  return None;
});
defMethod(contextType, 'clear_traps', (s, a, k) => {
  noArgs('Context.clear_traps', a, k);
  ctxOf(s).traps = 0;
  return None;
});
function copyContext(s: PyValue): PyContext {
  const c = new PyContext().copyFrom(ctxOf(s));
  return c;
}
defMethod(contextType, 'copy', (s, a, k) => {
  noArgs('Context.copy', a, k);
  return copyContext(s);
});
defMethod(contextType, '__copy__', (s, a, k) => {
  noArgs('Context.__copy__', a, k);
  return copyContext(s);
});

export function contextRepr(c: PyContext): string {
  return (
    `Context(prec=${c.precValue}, rounding=${ROUNDING_NAMES[c.round]}, Emin=${c.eminValue}, ` +
    `Emax=${c.emaxValue}, capitals=${c.capitals}, clamp=${c.clamp}, flags=[${signalNames(c.flags).join(', ')}], ` +
    `traps=[${signalNames(c.traps).join(', ')}])`
  );
}
defMethod(contextType, '__repr__', (s) => contextRepr(ctxOf(s)));

/** The signals set in `bits` as a list of classes, in the order of the flags dict. */
function signalList(bits: number): PyList {
  return new PyList(SIGNALS.filter(([, b]) => (bits & b) !== 0).map(([c]) => c));
}

defMethod(contextType, '__reduce__', (s) => {
  const c = ctxOf(s);
  const args = [c.precValue, ROUNDING_NAMES[c.round], c.eminValue, c.emaxValue, c.capitals, c.clamp, signalList(c.flags), signalList(c.traps)];
  return new PyTuple([contextType, new PyTuple(args)]);
});
defMethod(contextType, '_unsafe_setprec', (s, a) => {
  const c = ctxOf(s);
  c.precValue = intSetting(a[0]);
  c.prec = toNum(c.precValue);
  return None;
});
defMethod(contextType, '_unsafe_setemin', (s, a) => {
  const c = ctxOf(s);
  c.eminValue = intSetting(a[0]);
  c.emin = toNum(c.eminValue);
  return None;
});
defMethod(contextType, '_unsafe_setemax', (s, a) => {
  const c = ctxOf(s);
  c.emaxValue = intSetting(a[0]);
  c.emax = toNum(c.emaxValue);
  return None;
});
contextType.doc =
  'The context affects almost all operations and controls rounding,\nOver/Underflow, raising of exceptions and much more.  A new context\ncan be constructed as follows:\n\n    >>> c = Context(prec=28, Emin=-425000000, Emax=425000000,\n    ...             rounding=ROUND_HALF_EVEN, capitals=1, clamp=1,\n    ...             traps=[InvalidOperation, DivisionByZero, Overflow],\n    ...             flags=[])\n    >>>\n\n';

/** IEEEContext(bits): the IEEE 754 interchange format context for `bits` (a multiple of 32, at most 512). */
export function ieeeContext(v: PyValue): PyContext {
  const bits = intSetting(v);
  if (typeof bits !== 'number' || bits <= 0 || bits > IEEE_CONTEXT_MAX_BITS || bits % 32 !== 0) {
    throw valueError(`argument must be a multiple of 32, with a maximum of ${IEEE_CONTEXT_MAX_BITS}`);
  }
  const c = new PyContext();
  c.prec = c.precValue = 9 * (bits / 32) - 2;
  c.emax = 3 * 2 ** (bits / 16 + 3);
  c.emaxValue = c.emax;
  c.emin = c.eminValue = 1 - c.emax;
  c.round = ROUND_HALF_EVEN;
  c.traps = 0;
  c.flags = 0;
  c.clamp = 1;
  return c;
}

export const IEEE_CONTEXT_MAX_BITS = 512;

// ---- SignalDict -----------------------------------------------------------------------------------------

function sdOf(v: PyValue): PySignalDict {
  return v as PySignalDict;
}

function sdKey(k: PyValue): number {
  const b = signalBits(k);
  if (b === undefined) throw newException('KeyError', repr(k));
  return b;
}

defMethod(signalDictType, '__getitem__', (self, args, kw) => {
  const d = sdOf(self);
  return (d.bits & sdKey(oneArg('__getitem__', args, kw))) !== 0;
});
defMethod(signalDictType, '__setitem__', (self, args) => {
  const d = sdOf(self);
  const b = sdKey(args[0]);
  d.bits = truthy(args[1]) ? d.bits | b : d.bits & ~b;
  return None;
});
defMethod(signalDictType, '__delitem__', () => {
  throw valueError('signal keys cannot be deleted');
});
defMethod(signalDictType, '__len__', () => SIGNALS.length);
defMethod(signalDictType, '__contains__', (self, args) => signalBits(args[0]) !== undefined);
defMethod(signalDictType, '__iter__', () => getIter(new PyList(SIGNALS.map(([c]) => c))));
defMethod(signalDictType, 'keys', () => new PyList(SIGNALS.map(([c]) => c)));
defMethod(signalDictType, 'values', (self) => new PyList(SIGNALS.map(([, b]) => (sdOf(self).bits & b) !== 0)));
defMethod(signalDictType, 'items', (self) => {
  const d = sdOf(self);
  return new PyList(SIGNALS.map(([c, b]) => tuple2(c, (d.bits & b) !== 0)));
});
defMethod(signalDictType, 'get', (self, args) => {
  const b = signalBits(args[0]);
  if (b === undefined) return args.length > 1 ? args[1] : None;
  return (sdOf(self).bits & b) !== 0;
});
defMethod(signalDictType, 'copy', (self) => {
  const d = new PyDict();
  for (const [c, b] of SIGNALS) d.set(c, (sdOf(self).bits & b) !== 0);
  return d;
});
defMethod(signalDictType, '__repr__', (self) => {
  const d = sdOf(self);
  return '{' + SIGNALS.map(([c, b]) => `<class 'decimal.${c.name}'>:${(d.bits & b) !== 0 ? 'True' : 'False'}`).join(', ') + '}';
});
defMethod(signalDictType, '__eq__', (self, args) => {
  const o = args[0];
  const d = sdOf(self);
  if (o instanceof PySignalDict) return o.bits === d.bits;
  if (o instanceof PyDict) {
    if (o.size !== SIGNALS.length) return false;
    for (const [c, b] of SIGNALS) {
      const v = o.get(c);
      if (v === undefined || truthy(v) !== ((d.bits & b) !== 0)) return false;
    }
    return true;
  }
  return false;
});
signalDictType.attrs.set('__hash__', None);

function tuple2(a: PyValue, b: PyValue): PyTuple {
  return new PyTuple([a, b]);
}

// ---- localcontext() ---------------------------------------------------------------------------------------

class PyContextManager extends PyObject {
  saved: PyContext | null = null;
  constructor(readonly local: PyContext) {
    super(contextManagerType);
  }
}

const LOCALCONTEXT_PARAMS = ['ctx', 'prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'];

/** localcontext(ctx=None, **kwargs): a manager that installs a copy of ctx for the with block. */
export function localcontext(args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  const b = bindArgs('localcontext', LOCALCONTEXT_PARAMS, args, kwargs, 0, 0, 1);
  const base = b[0] === undefined || b[0] === None ? getContext() : b[0];
  if (!(base instanceof PyContext)) throw typeError('optional argument must be a context');
  const c = new PyContext().copyFrom(base);
  const [prec, rounding, emin, emax, capitals, clamp, flags, traps] = b.slice(1);
  if (prec !== undefined && prec !== None) setPrec(c, prec);
  if (rounding !== undefined && rounding !== None) c.round = roundingArg(rounding);
  if (emin !== undefined && emin !== None) setEmin(c, emin);
  if (emax !== undefined && emax !== None) setEmax(c, emax);
  if (capitals !== undefined && capitals !== None) c.capitals = setZeroOne(capitals, 'capitals');
  if (clamp !== undefined && clamp !== None) c.clamp = setZeroOne(clamp, 'clamp');
  if (traps !== undefined && traps !== None) c.traps = signalSetArg(traps, 'traps');
  if (flags !== undefined && flags !== None) c.flags = signalSetArg(flags, 'flags');
  return new PyContextManager(c);
}

defMethod(contextManagerType, '__enter__', (self) => {
  const m = self as PyContextManager;
  m.saved = getContext();
  setContext(m.local);
  return getContext();
});
defMethod(contextManagerType, '__exit__', (self) => {
  const m = self as PyContextManager;
  if (m.saved !== null) current = m.saved;
  return None;
});
