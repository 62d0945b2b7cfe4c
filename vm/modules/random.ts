// The _random module (CPython's Modules/_randommodule.c): the Random type that random.py's Random
// subclasses. It wraps the Mersenne Twister engine of random/mersenne_twister.ts with CPython's
// argument handling: __init__/seed semantics (None from the host's random bytes, ints by absolute
// value, anything else by its hash), random(), getrandbits(), getstate() and setstate().
//
// Entropy comes only from the interpreter's Host (randomBytes); this file must not touch any
// platform source itself.

import { PyObject, PyType, PyValue, makeBuiltinType, objectType, intType, typeOf } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyTuple, tuple } from '../objects/tuple.js';
import { PyFloat } from '../objects/float.js';
import { None } from '../objects/singletons.js';
import { defMethod, defNew, noArgs, noKwargs, oneArg, argRange } from '../objects/native.js';
import { asIndex, hash } from '../runtime/protocols.js';
import { typeError, valueError } from '../runtime/raise.js';
import { currentInterpreter } from '../runtime/interpreter.js';
import { registerNativeModule } from './registry.js';
import { MersenneTwister, URANDOM_SEED_BYTES } from './random/mersenne_twister.js';

/** The all-zero state CPython's freshly allocated (not yet seeded) Random has. */
const ZERO_STATE: number[] = new Array<number>(625).fill(0);

export class PyRandom extends PyObject {
  readonly engine = new MersenneTwister();
  constructor(cls: PyType) {
    super(cls);
    this.engine.setState(ZERO_STATE);
  }
}

export const randomType = makeBuiltinType('Random', objectType, '_random');
randomType.allocate = (cls) => new PyRandom(cls);
randomType.doc = 'Random() -> create a random number generator with its own internal state.';

const R = (v: PyValue): PyRandom => v as PyRandom;

/** random_seed(): None from the host, ints by absolute value, other objects by hash (as size_t). */
function seed(r: PyRandom, arg: PyValue | undefined): void {
  const engine = r.engine;
  if (arg === undefined || arg === None) {
    engine.seedFromBytes(currentInterpreter().host.randomBytes(URANDOM_SEED_BYTES));
    return;
  }
  if (typeof arg === 'number' || typeof arg === 'bigint') {
    engine.seedFromInt(arg);
    return;
  }
  if (typeof arg === 'boolean') {
    engine.seedFromInt(arg ? 1 : 0);
    return;
  }
  if (typeOf(arg).isSubtypeOf(intType)) {
    // int.__abs__ of the int value, never a subclass's own __abs__.
    engine.seedFromInt(asIndex(arg));
    return;
  }
  engine.seedFromHash(hash(arg));
}

defNew(randomType, (cls) => cls.allocate!(cls));

let randomInit: PyValue | undefined;

defMethod(randomType, '__init__', (self, args, kw) => {
  const t = typeOf(self);
  randomInit ??= randomType.attrs.get('__init__');
  // Keyword arguments are refused only when no subclass __init__ could have wanted them.
  if (t === randomType || t.lookup('__init__') === randomInit) noKwargs('Random', kw);
  if (args.length > 1) throw typeError('Random() requires 0 or 1 argument');
  seed(R(self), args[0]);
  return None;
});

defMethod(randomType, 'seed', (self, args, kw) => {
  noKwargs('Random.seed', kw);
  argRange('seed', args, null, 0, 1);
  seed(R(self), args[0]);
  return None;
});

defMethod(randomType, 'random', (self, args, kw) => {
  noArgs('Random.random', args, kw);
  return new PyFloat(R(self).engine.random());
});

defMethod(randomType, 'getrandbits', (self, args, kw) => {
  const k = asIndex(oneArg('Random.getrandbits', args, kw));
  return R(self).engine.getrandbits(k);
});

defMethod(randomType, 'getstate', (self, args, kw) => {
  noArgs('Random.getstate', args, kw);
  return tuple(R(self).engine.getState());
});

/** PyLong_AsUnsignedLong / PyLong_AsLong on a state item: ints only, no __index__ for the words. */
function stateWord(v: PyValue): number | bigint {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeOf(v).isSubtypeOf(intType)) return asIndex(v);
  throw typeError('an integer is required');
}

defMethod(randomType, 'setstate', (self, args, kw) => {
  const state = oneArg('Random.setstate', args, kw);
  if (!(state instanceof PyTuple)) throw typeError('state vector must be a tuple');
  const items = state.items;
  if (items.length !== ZERO_STATE.length) throw valueError('state vector is the wrong size');
  const words = new Array<number | bigint>(items.length);
  const last = items.length - 1;
  for (let i = 0; i < items.length; i++) words[i] = i === last ? asIndex(items[i]) : stateWord(items[i]);
  R(self).engine.setState(words);
  return None;
});

function makeRandomModule(): PyModule {
  const mod = new PyModule('_random');
  mod.dict.setStr('__doc__', 'Module implements the Mersenne Twister random number generator.');
  mod.dict.setStr('Random', randomType);
  return mod;
}

registerNativeModule('_random', makeRandomModule);
