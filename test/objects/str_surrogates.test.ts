// The one str pyrewind cannot represent (a lone high surrogate followed by a lone low one, which a JS
// string reads as one astral character): every place in the str methods, slicing, concatenation and the
// marshal reader that could make it raises NotImplementedError naming the limitation instead of
// returning a wrong str, and everything that is representable still works. CPython would return the
// two-code-point strs; the tests check that pyrewind refuses rather than answers wrongly.

import { describe, expect, it } from 'vitest';
import '../../vm/objects/all.js';
import { checkJoinSeams, concatStr, fusesAtSeam } from '../../vm/objects/str_surrogates.js';
import { decodeUtf8SurrogatePass } from '../../vm/marshal/utf8.js';
import { marshalLoads } from '../../vm/marshal/reader.js';
import { pyErrorMessage, pyErrorType } from '../../vm/runtime/raise.js';
import { runSource, lines } from '../vm/run_source.js';

const H = '\ud83d';
const L = '\ude00';
const MESSAGE =
  'pyrewind cannot represent a str holding the lone surrogates U+D83D U+DE00 next to each other: ' +
  'its strs are JavaScript strings, which would read the two as the one character U+1F600';

function caught(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('did not throw');
}

describe('the seam test', () => {
  it('finds exactly a lone high surrogate ending the left piece meeting a lone low one', () => {
    expect(fusesAtSeam(`a${H}`, `${L}b`)).toBe(true);
    expect(fusesAtSeam('\udbff', '\udfff')).toBe(true);
    expect(fusesAtSeam('\ud800', '\udc00')).toBe(true);
    expect(fusesAtSeam(L, H)).toBe(false);
    expect(fusesAtSeam(`a${H}`, 'b')).toBe(false);
    expect(fusesAtSeam('a', L)).toBe(false);
    expect(fusesAtSeam('', L)).toBe(false);
    expect(fusesAtSeam(H, '')).toBe(false);
    expect(fusesAtSeam('\ud7ff', '\udc00')).toBe(false);
    expect(fusesAtSeam('\ud800', '\ue000')).toBe(false);
    expect(fusesAtSeam('😀', '😀')).toBe(false);
  });

  it('raises NotImplementedError naming the limitation', () => {
    const e = caught(() => concatStr(H, L));
    expect(pyErrorType(e)).toBe('NotImplementedError');
    expect(pyErrorMessage(e)).toBe(MESSAGE);
    expect(concatStr('😀', 'x')).toBe('😀x');
    expect(() => checkJoinSeams([H, L], '')).toThrow();
    expect(() => checkJoinSeams(['a', 'b'], `${L}-${H}`)).not.toThrow();
    expect(() => checkJoinSeams([H, 'b'], `${L}-`)).toThrow();
    expect(() => checkJoinSeams(['a', `${L}b`], `-${H}`)).toThrow();
  });

  it('does not flatten ropes: prepending to a long string stays linear', () => {
    let s = '';
    const t0 = performance.now();
    for (let i = 0; i < 100000; i++) s = concatStr(`ab${i & 7}`, s);
    expect(s.length).toBe(300000);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('the marshal reader', () => {
  it('refuses two separately encoded surrogates (how CPython marshals the constant)', () => {
    const bytes = new Uint8Array([0x61, 0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80]);
    expect(pyErrorMessage(caught(() => decodeUtf8SurrogatePass(bytes)))).toBe(MESSAGE);
    const marshalled = new Uint8Array([0x75, 6, 0, 0, 0, 0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80]);
    expect(pyErrorType(caught(() => marshalLoads(marshalled)))).toBe('NotImplementedError');
  });

  it('still decodes lone surrogates apart, the other way round, and real astral characters', () => {
    expect(decodeUtf8SurrogatePass(new Uint8Array([0xed, 0xa0, 0xbd, 0x78, 0xed, 0xb8, 0x80]))).toBe(`${H}x${L}`);
    expect(decodeUtf8SurrogatePass(new Uint8Array([0xed, 0xb8, 0x80, 0xed, 0xa0, 0xbd]))).toBe(`${L}${H}`);
    expect(decodeUtf8SurrogatePass(new Uint8Array([0xed, 0xa0, 0xbd, 0xf0, 0x9f, 0x98, 0x80]))).toBe(`${H}😀`);
    expect(decodeUtf8SurrogatePass(new Uint8Array([0xf0, 0x9f, 0x98, 0x80, 0xed, 0xb8, 0x80]))).toBe(`😀${L}`);
  });
});

describe('str operations in a program', () => {
  it('refuse to make the pair, and keep working otherwise', async () => {
    const r = await runSource(
      'def show(label, f):\n' +
        '    try:\n        r = f()\n        print(label, ascii(r), len(r))\n' +
        '    except NotImplementedError as e:\n        print(label, "refused", "pyrewind cannot represent" in str(e))\n' +
        'h, l = chr(0xd83d), chr(0xde00)\n' +
        'show("concat", lambda: h + l)\n' +
        'def iadd():\n    s = h\n    s += l\n    return s\n' +
        'show("iadd", iadd)\n' +
        'show("dunder add", lambda: h.__add__(l))\n' +
        'show("join", lambda: "".join([h, l]))\n' +
        'show("join gen", lambda: "".join(c for c in (h, l)))\n' +
        'show("join sep", lambda: l.join([h, h]))\n' +
        'show("slice step", lambda: (h + "x" + l)[::2])\n' +
        'show("slice reversed", lambda: (l + h)[::-1])\n' +
        'show("replace", lambda: (h + "x" + l).replace("x", ""))\n' +
        'show("replace empty", lambda: l.replace("", h))\n' +
        'show("repeat", lambda: (l + h) * 2)\n' +
        'show("format", lambda: "{}{}".format(h, l))\n' +
        'show("ljust", lambda: h.ljust(2, l))\n' +
        'show("rjust", lambda: l.rjust(2, h))\n' +
        'show("translate", lambda: (h + "x" + l).translate({ord("x"): None}))\n' +
        'show("expandtabs", lambda: (h + "\\t" + l).expandtabs(0))\n' +
        'show("f-string", lambda: f"{h}{l}")\n' +
        'show("percent", lambda: "%s%s" % (h, l))\n' +
        'show("percent template", lambda: ("%s" + l) % h)\n' +
        'show("reverse pair", lambda: l + h)\n' +
        'show("apart", lambda: h + "x" + l)\n' +
        'show("astral", lambda: "\\U0001f600" + "a" + "\\U0001f600")\n' +
        'show("astral join", lambda: "".join(["\\U0001f600", h, "\\U0001f600"]))\n' +
        'show("astral slice", lambda: ("\\U0001f600x" * 3)[::2])\n' +
        'show("repeat ok", lambda: (h + l[:0] + "a") * 2)\n',
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      lines(
        'concat refused True',
        'iadd refused True',
        'dunder add refused True',
        'join refused True',
        'join gen refused True',
        'join sep refused True',
        'slice step refused True',
        'slice reversed refused True',
        'replace refused True',
        'replace empty refused True',
        'repeat refused True',
        'format refused True',
        'ljust refused True',
        'rjust refused True',
        'translate refused True',
        'expandtabs refused True',
        'f-string refused True',
        'percent refused True',
        'percent template refused True',
        "reverse pair '\\ude00\\ud83d' 2",
        "apart '\\ud83dx\\ude00' 3",
        "astral '\\U0001f600a\\U0001f600' 3",
        "astral join '\\U0001f600\\ud83d\\U0001f600' 3",
        "astral slice '\\U0001f600\\U0001f600\\U0001f600' 3",
        "repeat ok '\\ud83da\\ud83da' 4",
      ),
    );
  }, 60_000);

  it('refuses a source literal holding the pair when the code is loaded', async () => {
    const r = await runSource('print("before")\ns = "\\ud83d\\ude00"\nprint(len(s))\n');
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`NotImplementedError: ${MESSAGE}`);
    expect(r.exitCode).toBe(1);
  }, 60_000);
});
