// Checks itertools.groupby against CPython 3.14: consecutive groups, key functions, groups invalidated
// by advancing the groupby, partially consumed groups. Expected lines printed by pyodide 3.14.2.
import { describe } from 'vitest';
import { describeProgram } from '../vm/describe_program.js';

const PROGRAM = String.raw`import itertools as it
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
show('groupby', lambda: [(k, list(g)) for k, g in it.groupby("AAAABBBCCDAABBB")])
show('groupby key', lambda: [(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 5, 7, 6], key=lambda x: x % 2)])
show('keys only', lambda: [k for k, _ in it.groupby("aabbbc")])
def invalidated():
    groups = list(it.groupby("aabb"))
    return [(k, list(g)) for k, g in groups]
show('invalidated', invalidated)
def partial():
    g = it.groupby("aaabbc")
    k1, g1 = next(g)
    first = next(g1)
    k2, g2 = next(g)
    return k1, first, k2, list(g2), list(g1), [(k, list(x)) for k, x in g]
show('partial', partial)
show('empty', lambda: list(it.groupby([])))
show('key none', lambda: [(k, len(list(g))) for k, g in it.groupby([1, 1, 2], key=None)])
def key_error():
    def bad(x):
        if x == 3: raise ValueError('bad key')
        return x
    return [(k, list(g)) for k, g in it.groupby([1, 1, 3], key=bad)]
show('key error', key_error)
show('no args', lambda: it.groupby())
show('types', lambda: (type(it.groupby('a')).__name__, type(next(it.groupby('a'))[1]).__name__))
`;

const EXPECTED = String.raw`groupby [('A', ['A', 'A', 'A', 'A']), ('B', ['B', 'B', 'B']), ('C', ['C', 'C']), ('D', ['D']), ('A', ['A', 'A']), ('B', ['B', 'B', 'B'])]
groupby key [(1, [1, 3]), (0, [2, 4]), (1, [5, 7]), (0, [6])]
keys only ['a', 'b', 'c']
invalidated [('a', []), ('b', [])]
partial ('a', 'a', 'b', ['b', 'b'], [], [('c', ['c'])])
empty []
key none [(1, 2), (2, 1)]
key error ValueError bad key
no args TypeError groupby() missing required argument 'iterable' (pos 1)
types ('groupby', '_grouper')
`;

describe('itertools_groupby', () => {
  describeProgram('itertools_groupby', PROGRAM, EXPECTED);
});
