// string.templatelib.Template and Interpolation (template.ts, template_methods.ts), made directly rather
// than through t"..." literals: BUILD_INTERPOLATION's conversions, Template's joining of adjacent
// strings, iteration, concatenation, reprs and CPython 3.14's error messages.
import { describe, expect, it } from 'vitest';
import '../../vm/objects/all.js';
import { PyValue } from '../../vm/objects/object.js';
import { PyTuple } from '../../vm/objects/tuple.js';
import { None } from '../../vm/objects/singletons.js';
import { templateType, interpolationType, buildInterpolation, buildTemplate } from '../../vm/objects/template.js';
import { callObject } from '../../vm/runtime/call.js';
import { repr, toArray } from '../../vm/runtime/protocols.js';
import { getAttr } from '../../vm/runtime/attributes.js';
import { binaryOp } from '../../vm/runtime/operators.js';
import { pyErrorType, pyErrorMessage } from '../../vm/runtime/raise.js';

const err = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return `${pyErrorType(e)}: ${pyErrorMessage(e)}`;
  }
  return 'no error';
};
const call = (f: PyValue, args: PyValue[], kw: Record<string, PyValue> | null = null): PyValue =>
  callObject(f, args, kw === null ? null : new Map(Object.entries(kw)));

describe('BUILD_INTERPOLATION and BUILD_TEMPLATE', () => {
  it('t"a{x!r:>4} b{y=}" with x = 5, y = "q"', () => {
    const i1 = buildInterpolation(5, 'x', 2, '>4');
    const i2 = buildInterpolation('q', 'y', 2, null);
    const t = buildTemplate(new PyTuple(['a', ' by=', '']), new PyTuple([i1, i2]));
    expect(repr(t)).toBe(
      "Template(strings=('a', ' by=', ''), interpolations=(Interpolation(5, 'x', 'r', '>4'), Interpolation('q', 'y', 'r', '')))",
    );
    expect(repr(getAttr(t, 'values'))).toBe("(5, 'q')");
    expect(toArray(t).map(repr)).toEqual(["'a'", "Interpolation(5, 'x', 'r', '>4')", "' by='", "Interpolation('q', 'y', 'r', '')"]);
  });

  it('maps the conversion numbers to None, s, r, a', () => {
    expect([0, 1, 2, 3].map((c) => repr(getAttr(buildInterpolation(1, 'e', c, null), 'conversion')))).toEqual(["None", "'s'", "'r'", "'a'"]);
  });
});

describe('Template()', () => {
  const I = (v: PyValue, e: string): PyValue => call(interpolationType, [v, e]);
  it('joins adjacent strings and separates adjacent interpolations with empty strings', () => {
    expect(repr(call(templateType, ['a', I(1, 'x'), 'b', 'c']))).toBe(
      "Template(strings=('a', 'bc'), interpolations=(Interpolation(1, 'x', None, ''),))",
    );
    expect(repr(call(templateType, []))).toBe("Template(strings=('',), interpolations=())");
    expect(repr(getAttr(call(templateType, [I(1, 'x'), I(2, 'y')]), 'strings'))).toBe("('', '', '')");
    expect(repr(getAttr(call(templateType, ['a', 'b']), 'strings'))).toBe("('ab',)");
  });
  it('iterates over non-empty strings and interpolations only', () => {
    expect(toArray(call(templateType, [I(1, 'x'), I(2, 'y')])).length).toBe(2);
    expect(toArray(call(templateType, [])).length).toBe(0);
  });
  it('refuses other arguments', () => {
    expect(err(() => call(templateType, [1]))).toBe(
      "TypeError: Template.__new__ *args need to be of type 'str' or 'Interpolation', got int",
    );
    expect(err(() => call(templateType, [], { strings: new PyTuple(['a']) }))).toBe(
      'TypeError: Template.__new__ only accepts *args arguments',
    );
  });
  it('concatenates with templates only', () => {
    const t = call(templateType, ['a', I(1, 'x'), 'b']);
    expect(repr(binaryOp(0, t, t))).toBe(
      "Template(strings=('a', 'ba', 'b'), interpolations=(Interpolation(1, 'x', None, ''), Interpolation(1, 'x', None, '')))",
    );
    expect(err(() => binaryOp(0, t, 'x'))).toBe(
      'TypeError: can only concatenate string.templatelib.Template (not "str") to string.templatelib.Template',
    );
  });
  it('has read-only attributes', () => {
    expect(err(() => callObject(getAttr(templateType, '__setattr__'), [call(templateType, []), 'strings', 3]))).toBe(
      'AttributeError: readonly attribute',
    );
  });
});

describe('Interpolation()', () => {
  it('defaults and checks its arguments', () => {
    expect(repr(call(interpolationType, [1]))).toBe("Interpolation(1, '', None, '')");
    expect(repr(call(interpolationType, [], { value: 1, expression: 'e', conversion: 'a', format_spec: 'f' }))).toBe(
      "Interpolation(1, 'e', 'a', 'f')",
    );
    expect(err(() => call(interpolationType, [1, 'x', 'q']))).toBe(
      "ValueError: Interpolation() argument 'conversion' must be one of 's', 'a' or 'r'",
    );
    expect(err(() => call(interpolationType, [1, 'x', 'r', 3]))).toBe(
      "TypeError: Interpolation() argument 'format_spec' must be str, not int",
    );
    expect(err(() => call(interpolationType, []))).toBe("TypeError: Interpolation() missing required argument 'value' (pos 1)");
  });
  it('pickles as a call of its type and matches positionally', () => {
    const i = call(interpolationType, [5, 'x', 'r', '>4']);
    expect(repr(callObject(getAttr(i, '__reduce__'), []))).toBe("(<class 'string.templatelib.Interpolation'>, (5, 'x', 'r', '>4'))");
    expect(repr(getAttr(interpolationType, '__match_args__'))).toBe("('value', 'expression', 'conversion', 'format_spec')");
    expect(getAttr(i, 'conversion')).toBe('r');
    expect(getAttr(call(interpolationType, [1]), 'conversion')).toBe(None);
  });
});
