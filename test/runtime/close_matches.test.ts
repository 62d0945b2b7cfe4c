// difflib.get_close_matches as the keyword hints of the traceback printer use it (vm/runtime/close_matches.ts):
// expected lists printed by CPython's difflib (unchanged since 3.11) for keyword.kwlist, n=3, cutoff=0.5.
import { describe, expect, it } from 'vitest';
import { getCloseMatches } from '../../vm/runtime/close_matches.js';

const KWLIST = [
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def',
  'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda',
  'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
];

const EXPECTED: [string, string[]][] = [
  ['whille', ['while']], ['improt', ['import']], ['retrun', ['return']], ['fro', ['from', 'for']],
  ['iff', ['if', 'elif']], ['clas', ['class', 'as', 'pass']], ['range', ['raise', 'and']],
  ['os', ['or', 'is', 'as']], ['print', ['in', 'not']], ['x', []], ['deff', ['def', 'del', 'elif']],
  ['excep', ['except']], ['yeild', ['yield']], ['elsee', ['else', 'False', 'del']], ['Treu', ['True', 'return']],
  ['nonlocl', ['nonlocal']], ['whil\u00e9', ['while']], ['asert', ['assert', 'raise', 'False']],
  ['contnue', ['continue', 'None']], ['lamda', ['lambda', 'and']],
];

describe('getCloseMatches', () => {
  for (const [word, expected] of EXPECTED) {
    it(`${word} -> ${expected.join(', ') || 'nothing'}`, () => {
      expect(getCloseMatches(word, KWLIST, 3, 0.5)).toEqual(expected);
    });
  }
  it("difflib's doctest: the default cutoff 0.6", () => {
    expect(getCloseMatches('appel', ['ape', 'apple', 'peach', 'puppy'], 3, 0.6)).toEqual(['apple', 'ape']);
    expect(getCloseMatches('wheel', KWLIST, 3, 0.6)).toEqual(['while']);
    expect(getCloseMatches('Apple', KWLIST, 3, 0.6)).toEqual([]);
    expect(getCloseMatches('accept', KWLIST, 3, 0.6)).toEqual(['except']);
  });
});
