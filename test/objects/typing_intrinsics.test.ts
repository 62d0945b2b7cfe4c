// The CALL_INTRINSIC operations behind PEP 695 syntax (typing_intrinsics.ts), called directly: the
// objects they make, and the lazy evaluation of bounds, constraints, defaults and type-alias values
// (each evaluate function runs once, on first access). Expected values are CPython 3.14's.
import { describe, expect, it } from 'vitest';
import '../../vm/objects/all.js';
import { PyValue, intType, strType } from '../../vm/objects/object.js';
import { PyTuple } from '../../vm/objects/tuple.js';
import { PyNativeFunction } from '../../vm/objects/native.js';
import { None } from '../../vm/objects/singletons.js';
import { typingIntrinsic1, typingIntrinsic2 } from '../../vm/objects/typing_intrinsics.js';
import { PyTypeParam, typeVarType, paramSpecType, typeVarTupleType, NoDefault } from '../../vm/objects/typevar.js';
import { PyTypeAlias } from '../../vm/objects/type_alias.js';
import { getAttr } from '../../vm/runtime/attributes.js';
import { repr } from '../../vm/runtime/protocols.js';
import { pyErrorType, pyErrorMessage } from '../../vm/runtime/raise.js';

/** A native callable returning `value`, counting its calls. */
function counter(value: PyValue): { fn: PyNativeFunction; calls: () => number } {
  let n = 0;
  const fn = new PyNativeFunction('evaluate', () => {
    n++;
    return value;
  });
  return { fn, calls: () => n };
}

const err = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return `${pyErrorType(e)}: ${pyErrorMessage(e)}`;
  }
  return 'no error';
};

describe('INTRINSIC_TYPEVAR and friends', () => {
  it('TYPEVAR makes an inferred-variance TypeVar without a module of its own', () => {
    const t = typingIntrinsic1(7, 'T') as PyTypeParam;
    expect(t.cls).toBe(typeVarType);
    expect(repr(t)).toBe('T');
    expect(getAttr(t, '__infer_variance__')).toBe(true);
    expect(getAttr(t, '__module__')).toBe('typing');
    expect(getAttr(t, '__bound__')).toBe(None);
    expect(getAttr(t, 'evaluate_bound')).toBe(None);
    expect(getAttr(t, '__default__')).toBe(NoDefault);
    expect(getAttr(t, 'evaluate_default')).toBe(None);
  });

  it('TYPEVAR_WITH_BOUND evaluates the bound once, on first access', () => {
    const ev = counter(intType);
    const t = typingIntrinsic2(2, 'T', ev.fn);
    expect(ev.calls()).toBe(0);
    expect(getAttr(t, 'evaluate_bound')).toBe(ev.fn);
    expect(getAttr(t, '__bound__')).toBe(intType);
    expect(getAttr(t, '__bound__')).toBe(intType);
    expect(ev.calls()).toBe(1);
    expect(repr(getAttr(t, '__constraints__'))).toBe('()');
  });

  it('TYPEVAR_WITH_CONSTRAINTS evaluates the constraints lazily', () => {
    const ev = counter(new PyTuple([intType, strType]));
    const t = typingIntrinsic2(3, 'S', ev.fn);
    expect(ev.calls()).toBe(0);
    expect(repr(getAttr(t, '__constraints__'))).toBe("(<class 'int'>, <class 'str'>)");
    expect(getAttr(t, '__bound__')).toBe(None);
    getAttr(t, '__constraints__');
    expect(ev.calls()).toBe(1);
  });

  it('PARAMSPEC and TYPEVARTUPLE print bare names', () => {
    const p = typingIntrinsic1(8, 'P');
    const ts = typingIntrinsic1(9, 'Ts');
    expect(p.cls).toBe(paramSpecType);
    expect(ts.cls).toBe(typeVarTupleType);
    expect(repr(p)).toBe('P');
    expect(repr(ts)).toBe('Ts');
    expect(repr(getAttr(p, 'args'))).toBe('P.args');
  });

  it('SET_TYPEPARAM_DEFAULT gives a lazily evaluated default', () => {
    const ev = counter(intType);
    const t = typingIntrinsic1(7, 'T');
    expect(typingIntrinsic2(5, t, ev.fn)).toBe(t);
    expect(callHasDefault(t)).toBe(true);
    expect(ev.calls()).toBe(0);
    expect(getAttr(t, '__default__')).toBe(intType);
    expect(getAttr(t, '__default__')).toBe(intType);
    expect(ev.calls()).toBe(1);
    expect(getAttr(t, 'evaluate_default')).toBe(ev.fn);
  });

  it('SET_TYPEPARAM_DEFAULT refuses what is not a type parameter', () => {
    expect(err(() => typingIntrinsic2(5, 1, None))).toBe('TypeError: Expected a type param, got 1');
  });

  it('unknown intrinsics are a SystemError', () => {
    expect(pyErrorType(catchIt(() => typingIntrinsic1(12, None)))).toBe('SystemError');
    expect(pyErrorType(catchIt(() => typingIntrinsic2(6, None, None)))).toBe('SystemError');
  });
});

describe('INTRINSIC_TYPEALIAS', () => {
  it('computes the value once, on first access', () => {
    const ev = counter(intType);
    const a = typingIntrinsic1(11, new PyTuple(['Alias', None, ev.fn])) as PyTypeAlias;
    expect(repr(a)).toBe('Alias');
    expect(ev.calls()).toBe(0);
    expect(getAttr(a, '__value__')).toBe(intType);
    expect(getAttr(a, '__value__')).toBe(intType);
    expect(ev.calls()).toBe(1);
    expect(getAttr(a, 'evaluate_value')).toBe(ev.fn);
    expect(repr(getAttr(a, '__type_params__'))).toBe('()');
    expect(err(() => getAttr(a, '__getitem__'))).toBe('no error');
  });

  it('keeps its type parameters, an empty tuple counting as none', () => {
    const t = typingIntrinsic1(7, 'T');
    const generic = typingIntrinsic1(11, new PyTuple(['G', new PyTuple([t]), counter(None).fn]));
    expect(repr(getAttr(generic, '__type_params__'))).toBe('(T,)');
    expect(repr(getAttr(generic, '__parameters__'))).toBe('(T,)');
    const plain = typingIntrinsic1(11, new PyTuple(['P', new PyTuple([]), counter(None).fn]));
    expect(err(() => callGetItem(plain, intType))).toBe('TypeError: Only generic type aliases are subscriptable');
    expect(repr(callGetItem(generic, intType))).toBe('G[int]');
  });
});

function callHasDefault(t: PyValue): PyValue {
  return (getAttr(t, 'has_default') as PyNativeFunction).fn([], null);
}

function callGetItem(obj: PyValue, key: PyValue): PyValue {
  return (getAttr(obj, '__getitem__') as PyNativeFunction).fn([key], null);
}

function catchIt(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  return null;
}
