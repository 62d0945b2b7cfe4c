// Breakpoint conditions on recorded values (debugger/condition.ts): the literals Python writes, str reprs
// decoded with their escapes, Python's comparison rules (ints exactly however large, ints against floats,
// inf, nan, bool as int, strs by code point, None only equal to None, other objects never equal to a
// literal and not orderable), and a value cut at the repr limit refused rather than guessed at.

import { beforeAll, describe, expect, it } from 'vitest';
import { checkCondition, decodeStr, parseCondition } from '../../debugger/condition.js';
import { DebugError } from '../../debugger/inspect.js';
import { recordSource, type Recorded } from '../recorder/record_helpers.js';

const SRC = [
  "s = 'a\\'b\\n\\t\\\\'", 'big = 2 ** 70', "inf = float('inf')", "nan = float('nan')", 'none = None', 'xs = [1, 2]',
  "u = '\\U0001F600'", 'flag = True', 'half = 0.5', "long = 'x' * 500", 'neg = -3', 'end = 1', '',
].join('\n');

let rec: Recorded;
beforeAll(() => {
  rec = recordSource(SRC);
});

function check(cond: string): boolean {
  const t = rec.trace;
  return checkCondition(t, t.frame(1)!, parseCondition(cond), t.stepCount);
}

function failure(cond: string): string {
  try {
    check(cond);
  } catch (e) {
    if (e instanceof DebugError) return e.message;
    throw e;
  }
  return 'no error';
}

describe('condition literals and comparisons', () => {
  it('decodes str reprs with their escapes, and refuses a cut one', () => {
    expect(decodeStr("'a\\'b\\n'")).toBe("a'b\n");
    expect(decodeStr('"it\'s"')).toBe("it's");
    expect(decodeStr("'\\x41\\u00e9\\U0001F600'")).toBe('Aé\u{1F600}');
    expect(decodeStr("'abc…")).toBeNull();
  });

  it('compares strs by value and by code point', () => {
    expect(check("s == 'a\\'b\\n\\t\\\\'")).toBe(true);
    expect(check('s == "a\'b\\n\\t\\\\"')).toBe(true);
    expect(check("s != 'a'")).toBe(true);
    expect(check("s < 'b'")).toBe(true);
    // U+1F600 sorts after U+FFFF in Python (a UTF-16 comparison would say the opposite).
    expect(check("u > '\\uffff'")).toBe(true);
  });

  it('compares numbers as Python does', () => {
    expect(check('big == 1180591620717411303424')).toBe(true);
    expect(check('big > 1180591620717411303423')).toBe(true);
    expect(check('big == 1180591620717411303424.0')).toBe(true);
    expect(check('big < 0x40000000000000000001')).toBe(true);
    expect(check('inf > 1e308')).toBe(true);
    expect([check('nan == 0'), check('nan != 0'), check('nan < 1'), check('nan >= 1')]).toEqual([false, true, false, false]);
    expect([check('flag == 1'), check('flag > 0'), check('flag == True'), check('1 == flag')]).toEqual([true, true, true, true]);
    expect([check('half < 1'), check('half == 0.5'), check('half == 5e-1'), check('neg < -2'), check('neg == -3'), check('-4 < neg')]).toEqual([true, true, true, true, true, true]);
  });

  it('None equals only None; other objects never equal a literal; ordering them is refused', () => {
    expect([check('none == None'), check('none != None'), check('none == 0'), check('xs == 1'), check('xs != 1'), check('s == 1')])
      .toEqual([true, false, false, false, true, false]);
    expect(failure('none < 1')).toBe("'<' not supported between instances of 'NoneType' and 'int'");
    expect(failure('xs >= 1')).toBe("'>=' not supported between instances of 'list' and 'int'");
    expect(failure("1 > s")).toBe("'>' not supported between instances of 'int' and 'str'");
  });

  it('a str cut at the repr limit cannot be compared', () => {
    expect(failure("long == 'x'")).toMatch(/^the str value was not recorded in full \(cut at the trace's repr limit\): 'xxx/);
  });

  it('parses the operator outside string literals', () => {
    const c = parseCondition("s == 'a<b, c'");
    expect([c.path, c.op, c.flipped]).toEqual(['s', '==', false]);
    expect(parseCondition('3 <= xs[0]')).toMatchObject({ path: 'xs[0]', op: '<=', flipped: true });
    expect(() => parseCondition('x')).toThrow(DebugError);
  });
});
