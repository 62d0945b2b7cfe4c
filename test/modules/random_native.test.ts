// Checks _random.Random (seeding, random, getrandbits, getstate/setstate, subclassing) against CPython
// 3.14: expected lines printed by CPython (pyodide 3.14.2, and 64-bit CPython for the line about
// unsigned long state words, where the 32-bit pyodide build differs).
import { describe } from 'vitest';
import { describeProgram } from '../vm/describe_program.js';

const PROGRAM = String.raw`from _random import Random
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
show('seeded', lambda: [Random(s).random() for s in (0, 1, 42, 2**32, 2**100 + 17, -5)])
show('same seed', lambda: Random(7).random() == Random(-7).random() == Random(7.0 if False else 7).random())
show('bool and int subclass seeds', lambda: (Random(True).random() == Random(1).random(), Random(type('I', (int,), {'__abs__': lambda s: 99})(7)).random() == Random(7).random()))
def reseed():
    r = Random(3)
    a = [r.random() for _ in range(3)]
    r.seed(3)
    return a == [r.random() for _ in range(3)], r.seed(None), r.seed()
show('reseed', reseed)
def hash_seed():
    r = Random()
    r.seed((1, 2)); a = r.random()
    r.seed(hash((1, 2)) % 2**64); b = r.random()
    r.seed(1.5); c = r.random()
    r.seed(hash(1.5)); d = r.random()
    return a == b, c == d
show('hash seeds', hash_seed)
show('unhashable seed', lambda: Random([1]))
show('getrandbits', lambda: (lambda r: [r.getrandbits(k) for k in (0, 1, 7, 31, 32, 33, 53, 64, 100)])(Random(12345)))
show('getrandbits negative', lambda: Random(1).getrandbits(-1))
show('getrandbits float', lambda: Random(1).getrandbits(1.5))
show('getrandbits kw', lambda: Random(1).getrandbits(k=3))
show('getrandbits args', lambda: Random(1).getrandbits())
def state():
    r = Random(123)
    st = r.getstate()
    first = [r.random() for _ in range(700)]
    r.setstate(st)
    again = [r.random() for _ in range(700)]
    return len(st), st[0], st[-1], type(st).__name__, first == again
show('state', state)
show('state after draws', lambda: (lambda r: ([r.random() for _ in range(5)], r.getstate()[-1])[1])(Random(1)))
show('setstate not tuple', lambda: Random().setstate([1]))
show('setstate size', lambda: Random().setstate((1,)))
show('setstate index', lambda: Random().setstate(tuple([1] * 624 + [625])))
show('setstate type', lambda: Random().setstate(tuple([1.5] * 625)))
show('setstate negative', lambda: Random().setstate(tuple([-1] * 625)))
show('setstate words wrap', lambda: (lambda r: (r.setstate(tuple([2**32 + 5] * 624 + [0])), r.getstate()[:2]))(Random())[1])
show('init args', lambda: Random(1, 2))
show('init kw', lambda: Random(x=1))
show('seed kw', lambda: Random().seed(n=1))
show('seed args', lambda: Random().seed(1, 2))
show('random args', lambda: Random().random(1))
show('getstate args', lambda: Random().getstate(1))
class S(Random):
    def __init__(self, *a, **k):
        self.got = (a, k)
show('subclass own init', lambda: (S(1, 2, x=3).got, S().random()))
class S2(Random):
    pass
show('subclass default init', lambda: (S2(5).random() == Random(5).random(), type(S2(5)).__name__))
show('subclass args', lambda: S2(1, 2))
show('subclass kw', lambda: S2(x=1))
show('unseeded', lambda: [Random.__new__(Random).random() for _ in range(2)])
show('from host entropy', lambda: Random().random() != Random().random())
`;

const EXPECTED = String.raw`seeded [0.8444218515250481, 0.13436424411240122, 0.6394267984578837, 0.11299430095636409, 0.44461458777686025, 0.6229016948897019]
same seed True
bool and int subclass seeds (True, True)
reseed (True, None, None)
hash seeds (True, True)
unhashable seed TypeError unhashable type: 'list'
getrandbits [0, 0, 93, 21838114, 3522623596, 7839202253, 7702402357766466, 17188393767951940199, 520212762101752452637539945044]
getrandbits negative ValueError Cannot convert negative int
getrandbits float TypeError 'float' object cannot be interpreted as an integer
getrandbits kw TypeError Random.getrandbits() takes no keyword arguments
getrandbits args TypeError Random.getrandbits() takes exactly one argument (0 given)
state (625, 2147483648, 624, 'tuple', True)
state after draws 10
setstate not tuple TypeError state vector must be a tuple
setstate size ValueError state vector is the wrong size
setstate index ValueError invalid state
setstate type TypeError an integer is required
setstate negative OverflowError can't convert negative value to unsigned int
setstate words wrap (5, 5)
init args TypeError Random() requires 0 or 1 argument
init kw TypeError Random() takes no keyword arguments
seed kw TypeError Random.seed() takes no keyword arguments
seed args TypeError seed expected at most 1 argument, got 2
random args TypeError Random.random() takes no arguments (1 given)
getstate args TypeError Random.getstate() takes no arguments (1 given)
subclass own init (((1, 2), {'x': 3}), 0.0)
subclass default init (True, 'S2')
subclass args TypeError Random() requires 0 or 1 argument
subclass kw TypeError Random() takes no keyword arguments
unseeded [0.0, 0.0]
from host entropy True
`;

describe('random_native', () => {
  describeProgram('random_native', PROGRAM, EXPECTED);
});
