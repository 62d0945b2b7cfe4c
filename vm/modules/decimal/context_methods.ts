// The arithmetic methods of decimal.Context (ctx.add(a, b), ctx.sqrt(a), ...): each converts its
// operands (Decimal or int) and runs the Decimal method of the same meaning with this context, so the
// semantics live in one place (decimal_type.ts). Also create_decimal and create_decimal_from_float.

import { PyValue, typeName } from '../../objects/object.js';
import { PyFloat } from '../../objects/float.js';
import { PyMethodDescriptor, defMethod, bindArgs } from '../../objects/native.js';
import { intOf } from '../../objects/int_type.js';
import { None } from '../../objects/singletons.js';
import { typeError } from '../../runtime/raise.js';
import { callObject } from '../../runtime/call.js';
import { contextType, PyContext, commitStatus } from './context.js';
import { decimalType, PyDecimal, wrap, operandRaise, decFromFloat, decFromInt } from './decimal_type.js';
import { status, Dec, NAN, S_CONVERSION_SYNTAX } from './number.js';
import { finalize } from './rounding.js';
import * as K from './arith.js';
import { toSciString } from './text.js';
import { PyTuple } from '../../objects/tuple.js';
import { getContext, setContext } from './context.js';

function ctxSelf(self: PyValue): PyContext {
  if (!(self instanceof PyContext)) throw typeError(`descriptor requires a 'decimal.Context' object but received a '${typeName(self)}'`);
  return self;
}

function decimalArg(v: PyValue): PyDecimal {
  return v instanceof PyDecimal ? v : wrap(operandRaise(v));
}

/** Calls Decimal.<method>(a, *rest, context=ctx). */
function viaDecimal(method: string, ctx: PyContext, a: PyValue, rest: PyValue[], withContext = true): PyValue {
  const d = decimalType.lookup(method) as PyMethodDescriptor;
  const kw = withContext ? new Map<string, PyValue>([['context', ctx]]) : null;
  return d.fn(decimalArg(a), rest.map(decimalArg), kw);
}

function defUnary(name: string, method = name, withContext = true): void {
  defMethod(contextType, name, (self, args, kwargs) => {
    const [a] = bindArgs(name, ['x'], args, kwargs, 1);
    return viaDecimal(method, ctxSelf(self), a!, [], withContext);
  });
}

function defBinary(name: string, method = name, withContext = true): void {
  defMethod(contextType, name, (self, args, kwargs) => {
    const [a, b] = bindArgs(name, ['x', 'y'], args, kwargs, 2);
    return viaDecimal(method, ctxSelf(self), a!, [b!], withContext);
  });
}

/** The operators, run under this context instead of the current one. */
function defOperator(name: string, op: (a: K.DecT, b: K.DecT, ctx: PyContext) => K.DecT): void {
  defMethod(contextType, name, (self, args, kwargs) => {
    const [a, b] = bindArgs(name, ['x', 'y'], args, kwargs, 2);
    const ctx = ctxSelf(self);
    const x = operandRaise(a!);
    const y = operandRaise(b!);
    status.flags = 0;
    const r = op(x, y, ctx);
    commitStatus(ctx);
    return wrap(r);
  });
}

defOperator('add', K.add);
defOperator('subtract', K.subtract);
defOperator('multiply', K.multiply);
defOperator('divide', K.divide);
defOperator('divide_int', K.divideInt);
defOperator('remainder', K.remainder);

defMethod(contextType, 'divmod', (self, args, kwargs) => {
  const [a, b] = bindArgs('divmod', ['x', 'y'], args, kwargs, 2);
  const ctx = ctxSelf(self);
  const x = operandRaise(a!);
  const y = operandRaise(b!);
  status.flags = 0;
  const [q, r] = K.divMod(x, y, ctx);
  commitStatus(ctx);
  return new PyTuple([wrap(q), wrap(r)]);
});

function unaryOp(name: string, op: (a: K.DecT, ctx: PyContext) => K.DecT): void {
  defMethod(contextType, name, (self, args, kwargs) => {
    const [a] = bindArgs(name, ['x'], args, kwargs, 1);
    const ctx = ctxSelf(self);
    const x = operandRaise(a!);
    status.flags = 0;
    const r = op(x, ctx);
    commitStatus(ctx);
    return wrap(r);
  });
}
unaryOp('abs', (a, ctx) => K.plus(a, ctx, 0));
unaryOp('plus', (a, ctx) => K.plus(a, ctx, null));
unaryOp('minus', (a, ctx) => K.plus(a, ctx, a.sign ^ 1));

for (const n of ['exp', 'ln', 'log10', 'sqrt', 'normalize', 'next_plus', 'next_minus', 'logb', 'number_class', 'is_normal', 'is_subnormal']) defUnary(n);
defUnary('to_eng_string');
for (const n of ['copy_abs', 'copy_negate', 'is_canonical', 'is_finite', 'is_infinite', 'is_nan', 'is_qnan', 'is_snan', 'is_signed', 'is_zero', 'canonical']) {
  defUnary(n, n, false);
}
for (const n of ['to_integral', 'to_integral_value', 'to_integral_exact']) defUnary(n);
for (const n of ['compare', 'compare_signal', 'max', 'min', 'max_mag', 'min_mag', 'remainder_near', 'scaleb', 'compare_total', 'compare_total_mag', 'same_quantum', 'quantize', 'copy_sign']) {
  defBinary(n);
}
for (const n of ['next_toward', 'logical_and', 'logical_or', 'logical_xor', 'rotate', 'shift']) defBinary(n);
defUnary('logical_invert');

defMethod(contextType, 'fma', (self, args, kwargs) => {
  const [a, b, c] = bindArgs('fma', ['x', 'y', 'z'], args, kwargs, 3);
  return viaDecimal('fma', ctxSelf(self), a!, [b!, c!]);
});

defMethod(contextType, 'power', (self, args, kwargs) => {
  const [a, b, m] = bindArgs('power', ['a', 'b', 'modulo'], args, kwargs, 2);
  const ctx = ctxSelf(self);
  const x = decimalArg(a!);
  const y = decimalArg(b!);
  const saved = getCurrentSwap(ctx);
  try {
    const pow = decimalType.lookup('__pow__') as PyMethodDescriptor;
    return pow.fn(x, m === undefined || m === None ? [y] : [y, decimalArg(m)], null);
  } finally {
    restoreCurrent(saved);
  }
});

defMethod(contextType, 'radix', () => wrap(K.finite(0, 10n, 0)));
defMethod(contextType, 'copy_decimal', (self, args, kwargs) => {
  const [a] = bindArgs('copy_decimal', ['x'], args, kwargs, 1);
  return decimalArg(a!);
});
defMethod(contextType, 'to_sci_string', (self, args, kwargs) => {
  const [a] = bindArgs('to_sci_string', ['x'], args, kwargs, 1);
  return toSciString(decimalArg(a!).d, ctxSelf(self).capitals === 1);
});

defMethod(contextType, 'create_decimal', (self, args, kwargs) => {
  const [v] = bindArgs('create_decimal', ['num'], args, kwargs);
  const ctx = ctxSelf(self);
  const d = v === undefined ? wrap(K.finite0()) : (callObject(decimalType, [v, ctx]) as PyDecimal);
  // Unlike Decimal(), the context's precision and exponent limits apply.
  status.flags = 0;
  let r = finalize(d.d, ctx);
  if (d.d.kind >= NAN && r.coeff !== d.d.coeff) {
    // A NaN payload longer than the context allows is a conversion error.
    status.flags = S_CONVERSION_SYNTAX;
    r = new Dec(0, 0n, 0, NAN);
  }
  commitStatus(ctx);
  return wrap(r);
});

defMethod(contextType, '_apply', (self, args, kwargs) => {
  const [a] = bindArgs('_apply', ['x'], args, kwargs, 1);
  const ctx = ctxSelf(self);
  const d = decimalArg(a!).d;
  status.flags = 0;
  const r = finalize(d, ctx);
  commitStatus(ctx);
  return wrap(r);
});

defMethod(contextType, 'create_decimal_from_float', (self, args, kwargs) => {
  const [v] = bindArgs('create_decimal_from_float', ['f'], args, kwargs, 1);
  const ctx = ctxSelf(self);
  let d: K.DecT;
  if (v instanceof PyFloat) d = decFromFloat(v.value);
  else {
    const i = intOf(v!);
    if (i === undefined) throw typeError('argument must be int or float');
    d = decFromInt(i);
  }
  status.flags = 0;
  const r = finalize(d, ctx);
  commitStatus(ctx);
  return wrap(r);
});

// power() runs Decimal.__pow__, which uses the current context: install ours for the call.
function getCurrentSwap(ctx: PyContext): PyContext {
  const saved = getContext();
  setContextRaw(ctx);
  return saved;
}
function restoreCurrent(saved: PyContext): void {
  setContextRaw(saved);
}
function setContextRaw(c: PyContext): void {
  const t = c.template;
  c.template = false;
  setContext(c);
  c.template = t;
}

