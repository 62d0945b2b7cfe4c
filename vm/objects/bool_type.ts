// The bool type's own behaviour on top of int's: bool(x), repr 'True'/'False', and &, |, ^ that stay
// bool when both operands are bools. Everything else (arithmetic, comparison, hashing, format) is
// inherited from int, whose methods treat True/False as 1/0.
//
// bool cannot be subclassed, so self is always a JS boolean here. Must not reimplement int behaviour.

import { PyValue, boolType } from './object.js';
import { defNew, noKwargs, argRange } from './native.js';
import { NotImplemented } from './singletons.js';
import { truthy } from '../runtime/protocols.js';
import { PyInt, intAnd, intOr, intXor, intInvert } from '../numeric/int_math.js';
import { intOf, defUnary, defBinary } from './int_type.js';

defNew(boolType, (_cls, args, kwargs) => {
  noKwargs('bool', kwargs);
  argRange('bool', args, null, 0, 1);
  return args.length === 0 ? false : truthy(args[0]);
});

defUnary(boolType, '__repr__', (self) => (self === true ? 'True' : 'False'));

/** A bitwise operator: bool for two bools, int's result for a bool with another int, else NotImplemented. */
function bitwise(name: string, rname: string, boolOp: (a: boolean, b: boolean) => boolean, intOp: (a: PyInt, b: PyInt) => PyInt): void {
  const fn = (self: PyValue, other: PyValue): PyValue => {
    if (typeof self === 'boolean' && typeof other === 'boolean') return boolOp(self, other);
    const a = intOf(self);
    const b = intOf(other);
    if (a === undefined || b === undefined) return NotImplemented;
    return intOp(a, b);
  };
  // All three operators are commutative, so the reflected form computes the same thing.
  defBinary(boolType, name, fn);
  defBinary(boolType, rname, fn);
}

bitwise('__and__', '__rand__', (a, b) => a && b, intAnd);
bitwise('__or__', '__ror__', (a, b) => a || b, intOr);
bitwise('__xor__', '__rxor__', (a, b) => a !== b, intXor);

// ~True is deprecated since 3.12 (a DeprecationWarning in CPython) and is int's ~ of 1/0.
defUnary(boolType, '__invert__', (self) => intInvert(self === true ? 1 : 0));
