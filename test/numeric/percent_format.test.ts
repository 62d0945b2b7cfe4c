// Tests for percentFormat in vm/numeric/percent_format.ts (`str % args`). The table was generated once
// with pyodide (CPython 3.14.2): every value carries the str/repr/ascii/type name CPython gave it, so
// the test adapter below needs no object model and the engine alone is under test.

import { describe, expect, it } from 'vitest';
import { percentFormat, type PercentOps } from '../../vm/numeric/percent_format.js';
import { overflowError, pyErrorMessage, pyErrorType, valueError } from '../../vm/runtime/raise.js';
import { floatFromRepr } from './cpython_table.js';

interface Encoded {
  t: string; // int float str bool none complex tuple list dict
  v?: string | boolean;
  str: string;
  repr: string;
  ascii: string;
  type: string;
  items?: unknown[];
}

class KeyErrorStub {
  constructor(readonly key: string) {}
}

function int(decimal: string): number | bigint {
  const v = BigInt(decimal);
  return v >= -(2n ** 53n - 1n) && v <= 2n ** 53n - 1n ? Number(v) : v;
}

const enc = (v: unknown) => v as Encoded;

/** An adapter over the encoded values, following CPython's conversion rules for them. */
const ops: PercentOps = {
  tupleItems: (o) => (enc(o).t === 'tuple' ? enc(o).items! : null),
  isMapping: (o) => enc(o).t === 'dict' || enc(o).t === 'list',
  getItem: (m, key) => {
    const entry = (enc(m).items as [string, unknown][]).find((p) => p[0] === key);
    if (entry === undefined) throw new KeyErrorStub(key);
    return entry[1];
  },
  str: (v) => enc(v).str,
  repr: (v) => enc(v).repr,
  ascii: (v) => enc(v).ascii,
  typeName: (v) => enc(v).type,
  intValue: (v) => (enc(v).t === 'int' ? int(enc(v).v as string) : enc(v).t === 'bool' ? (enc(v).v ? 1 : 0) : null),
  asIntForFormat: (v, conversion) => {
    const e = enc(v);
    if (e.t === 'int') return int(e.v as string);
    if (e.t === 'bool') return e.v ? 1 : 0;
    if (e.t === 'float' && 'diu'.includes(conversion)) {
      const x = floatFromRepr(e.v as string);
      if (x !== x) throw valueError('cannot convert float NaN to integer');
      if (x === Infinity || x === -Infinity) throw overflowError('cannot convert float infinity to integer');
      const t = Math.trunc(x) + 0;
      return Number.isSafeInteger(t) ? t : BigInt(t);
    }
    return null;
  },
  asFloatForFormat: (v) => {
    const e = enc(v);
    if (e.t === 'float') return floatFromRepr(e.v as string);
    if (e.t === 'bool') return e.v ? 1 : 0;
    if (e.t === 'int') {
      const x = Number(BigInt(e.v as string));
      if (x === Infinity || x === -Infinity) throw overflowError('int too large to convert to float');
      return x;
    }
    return null;
  },
  strValue: (v) => (enc(v).t === 'str' ? (enc(v).v as string) : null),
  index: (v) => (enc(v).t === 'int' ? int(enc(v).v as string) : enc(v).t === 'bool' ? (enc(v).v ? 1 : 0) : null),
};

function outcome(f: () => string): [string, string] {
  try {
    return ['ok', f()];
  } catch (e) {
    if (e instanceof KeyErrorStub) return ['KeyError', `'${e.key}'`];
    const type = pyErrorType(e);
    if (type === null) throw e;
    return [type, pyErrorMessage(e) ?? ''];
  }
}

/** A plain adapter over JS values, as a VM would write one for ints, floats (boxed) and strs. */
class Box {
  constructor(readonly f: number) {}
}
const plain: PercentOps = {
  tupleItems: (o) => (Array.isArray(o) ? o : null),
  isMapping: (o) => o instanceof Map,
  getItem: (m, key) => (m as Map<string, unknown>).get(key),
  str: (v) => (v instanceof Box ? String(v.f) : String(v)),
  repr: (v) => (typeof v === 'string' ? `'${v}'` : String(v)),
  ascii: (v) => String(v),
  typeName: (v) => (typeof v === 'string' ? 'str' : v instanceof Box ? 'float' : 'int'),
  intValue: (v) => (typeof v === 'number' || typeof v === 'bigint' ? v : null),
  asIntForFormat: (v, conversion) => {
    if (typeof v === 'number' || typeof v === 'bigint') return v;
    return v instanceof Box && 'diu'.includes(conversion) ? Math.trunc(v.f) : null;
  },
  asFloatForFormat: (v) => (typeof v === 'number' ? v : v instanceof Box ? v.f : null),
  strValue: (v) => (typeof v === 'string' ? v : null),
  index: (v) => (typeof v === 'number' || typeof v === 'bigint' ? v : null),
};

// [template, encoded right operand, 'ok' or exception type, template % operand or message]
const CASES: [string, Encoded, string, string][] = [
  ["%",{"str":"()","repr":"()","ascii":"()","type":"tuple","t":"tuple","items":[]},"ValueError","incomplete format"],
  ["abc%",{"str":"()","repr":"()","ascii":"()","type":"tuple","t":"tuple","items":[]},"ValueError","incomplete format"],
  ["%y",{"str":"()","repr":"()","ascii":"()","type":"tuple","t":"tuple","items":[]},"TypeError","not enough arguments for format string"],
  ["%y",{"str":"1","repr":"1","ascii":"1","type":"int","t":"int","v":"1"},"ValueError","unsupported format character 'y' (0x79) at index 1"],
  ["%(a)y",{"str":"{'a': 1}","repr":"{'a': 1}","ascii":"{'a': 1}","type":"dict","t":"dict","items":[["a",{"str":"1","repr":"1","ascii":"1","type":"int","t":"int","v":"1"}]]},"ValueError","unsupported format character 'y' (0x79) at index 4"],
  ["a%(b",{"str":"{}","repr":"{}","ascii":"{}","type":"dict","t":"dict","items":[]},"ValueError","incomplete format key"],
  ["%(a)%",{"str":"{'a': 1}","repr":"{'a': 1}","ascii":"{'a': 1}","type":"dict","t":"dict","items":[["a",{"str":"1","repr":"1","ascii":"1","type":"int","t":"int","v":"1"}]]},"ValueError","unsupported format character '%' (0x25) at index 4"],
  ["%(a)s %s",{"str":"{'a': 1}","repr":"{'a': 1}","ascii":"{'a': 1}","type":"dict","t":"dict","items":[["a",{"str":"1","repr":"1","ascii":"1","type":"int","t":"int","v":"1"}]]},"TypeError","not enough arguments for format string"],
  ["%s %(a)s",{"str":"{'a': 1}","repr":"{'a': 1}","ascii":"{'a': 1}","type":"dict","t":"dict","items":[["a",{"str":"1","repr":"1","ascii":"1","type":"int","t":"int","v":"1"}]]},"ok","{'a': 1} 1"],
  ["%s",{"str":"[1, 2]","repr":"[1, 2]","ascii":"[1, 2]","type":"list","t":"list","items":[{"str":"1","repr":"1","ascii":"1","type":"int","t":"int","v":"1"},{"str":"2","repr":"2","ascii":"2","type":"int","t":"int","v":"2"}]},"ok","[1, 2]"],
  ["%s %s",{"str":"[1, 2]","repr":"[1, 2]","ascii":"[1, 2]","type":"list","t":"list","items":[{"str":"1","repr":"1","ascii":"1","type":"int","t":"int","v":"1"},{"str":"2","repr":"2","ascii":"2","type":"int","t":"int","v":"2"}]},"TypeError","not enough arguments for format string"],
  ["hello",{"str":"[1]","repr":"[1]","ascii":"[1]","type":"list","t":"list","items":[{"str":"1","repr":"1","ascii":"1","type":"int","t":"int","v":"1"}]},"ok","hello"],
  ["hello",{"str":"5","repr":"5","ascii":"5","type":"int","t":"int","v":"5"},"TypeError","not all arguments converted during string formatting"],
  ["hello",{"str":"()","repr":"()","ascii":"()","type":"tuple","t":"tuple","items":[]},"ok","hello"],
  ["hello",{"str":"{}","repr":"{}","ascii":"{}","type":"dict","t":"dict","items":[]},"ok","hello"],
  ["%(a)s",{"str":"5","repr":"5","ascii":"5","type":"int","t":"int","v":"5"},"TypeError","format requires a mapping"],
  ["%(a)s",{"str":"(1,)","repr":"(1,)","ascii":"(1,)","type":"tuple","t":"tuple","items":[{"str":"1","repr":"1","ascii":"1","type":"int","t":"int","v":"1"}]},"TypeError","format requires a mapping"],
  ["%*d",{"str":"('x', 5)","repr":"('x', 5)","ascii":"('x', 5)","type":"tuple","t":"tuple","items":[{"str":"x","repr":"'x'","ascii":"'x'","type":"str","t":"str","v":"x"},{"str":"5","repr":"5","ascii":"5","type":"int","t":"int","v":"5"}]},"TypeError","* wants int"],
  ["%*d",{"str":"(3.0, 5)","repr":"(3.0, 5)","ascii":"(3.0, 5)","type":"tuple","t":"tuple","items":[{"str":"3.0","repr":"3.0","ascii":"3.0","type":"float","t":"float","v":"3.0"},{"str":"5","repr":"5","ascii":"5","type":"int","t":"int","v":"5"}]},"TypeError","* wants int"],
  ["%.*f",{"str":"(2, 1.23456)","repr":"(2, 1.23456)","ascii":"(2, 1.23456)","type":"tuple","t":"tuple","items":[{"str":"2","repr":"2","ascii":"2","type":"int","t":"int","v":"2"},{"str":"1.23456","repr":"1.23456","ascii":"1.23456","type":"float","t":"float","v":"1.23456"}]},"ok","1.23"],
  ["%*.*f",{"str":"(-8, 2, 1.5)","repr":"(-8, 2, 1.5)","ascii":"(-8, 2, 1.5)","type":"tuple","t":"tuple","items":[{"str":"-8","repr":"-8","ascii":"-8","type":"int","t":"int","v":"-8"},{"str":"2","repr":"2","ascii":"2","type":"int","t":"int","v":"2"},{"str":"1.5","repr":"1.5","ascii":"1.5","type":"float","t":"float","v":"1.5"}]},"ok","1.50    "],
  ["%*d",{"str":"(True, 5)","repr":"(True, 5)","ascii":"(True, 5)","type":"tuple","t":"tuple","items":[{"str":"True","repr":"True","ascii":"True","type":"bool","t":"bool","v":true},{"str":"5","repr":"5","ascii":"5","type":"int","t":"int","v":"5"}]},"ok","5"],
  ["%d",{"str":"5","repr":"'5'","ascii":"'5'","type":"str","t":"str","v":"5"},"TypeError","%d format: a real number is required, not str"],
  ["%x",{"str":"3.5","repr":"3.5","ascii":"3.5","type":"float","t":"float","v":"3.5"},"TypeError","%x format: an integer is required, not float"],
  ["%d",{"str":"3.7","repr":"3.7","ascii":"3.7","type":"float","t":"float","v":"3.7"},"ok","3"],
  ["%d",{"str":"-3.7","repr":"-3.7","ascii":"-3.7","type":"float","t":"float","v":"-3.7"},"ok","-3"],
  ["%d",{"str":"1j","repr":"1j","ascii":"1j","type":"complex","t":"complex"},"TypeError","%d format: a real number is required, not complex"],
  ["%x",{"str":"5","repr":"'5'","ascii":"'5'","type":"str","t":"str","v":"5"},"TypeError","%x format: an integer is required, not str"],
  ["%f",{"str":"a","repr":"'a'","ascii":"'a'","type":"str","t":"str","v":"a"},"TypeError","must be real number, not str"],
  ["%f",{"str":"1j","repr":"1j","ascii":"1j","type":"complex","t":"complex"},"TypeError","must be real number, not complex"],
  ["%f",{"str":"None","repr":"None","ascii":"None","type":"NoneType","t":"none"},"TypeError","must be real number, not NoneType"],
  ["%c",{"str":"ab","repr":"'ab'","ascii":"'ab'","type":"str","t":"str","v":"ab"},"TypeError","%c requires an int or a unicode character, not a string of length 2"],
  ["%c",{"str":"","repr":"''","ascii":"''","type":"str","t":"str","v":""},"TypeError","%c requires an int or a unicode character, not a string of length 0"],
  ["%c",{"str":"1.5","repr":"1.5","ascii":"1.5","type":"float","t":"float","v":"1.5"},"TypeError","%c requires an int or a unicode character, not float"],
  ["%c",{"str":"-1","repr":"-1","ascii":"-1","type":"int","t":"int","v":"-1"},"OverflowError","%c arg not in range(0x110000)"],
  ["%c",{"str":"1114112","repr":"1114112","ascii":"1114112","type":"int","t":"int","v":"1114112"},"OverflowError","%c arg not in range(0x110000)"],
  ["%c",{"str":"1180591620717411303424","repr":"1180591620717411303424","ascii":"1180591620717411303424","type":"int","t":"int","v":"1180591620717411303424"},"OverflowError","%c arg not in range(0x110000)"],
  ["%c",{"str":"1099511627776","repr":"1099511627776","ascii":"1099511627776","type":"int","t":"int","v":"1099511627776"},"OverflowError","%c arg not in range(0x110000)"],
  ["%c",{"str":"😀","repr":"'😀'","ascii":"'\\U0001f600'","type":"str","t":"str","v":"😀"},"ok","😀"],
  ["%5c",{"str":"😀","repr":"'😀'","ascii":"'\\U0001f600'","type":"str","t":"str","v":"😀"},"ok","    😀"],
  ["%c",{"str":"128512","repr":"128512","ascii":"128512","type":"int","t":"int","v":"128512"},"ok","😀"],
  ["%c",{"str":"None","repr":"None","ascii":"None","type":"NoneType","t":"none"},"TypeError","%c requires an int or a unicode character, not NoneType"],
  ["%#010o",{"str":"8","repr":"8","ascii":"8","type":"int","t":"int","v":"8"},"ok","0o00000010"],
  ["%#010x",{"str":"255","repr":"255","ascii":"255","type":"int","t":"int","v":"255"},"ok","0x000000ff"],
  ["%#10x",{"str":"255","repr":"255","ascii":"255","type":"int","t":"int","v":"255"},"ok","      0xff"],
  ["%-#10x|",{"str":"255","repr":"255","ascii":"255","type":"int","t":"int","v":"255"},"ok","0xff      |"],
  ["%+#010X",{"str":"255","repr":"255","ascii":"255","type":"int","t":"int","v":"255"},"ok","+0X00000FF"],
  ["%-05d|",{"str":"3","repr":"3","ascii":"3","type":"int","t":"int","v":"3"},"ok","3    |"],
  ["%05s",{"str":"ab","repr":"'ab'","ascii":"'ab'","type":"str","t":"str","v":"ab"},"ok","   ab"],
  ["%.1s",{"str":"😀x","repr":"'😀x'","ascii":"'\\U0001f600x'","type":"str","t":"str","v":"😀x"},"ok","😀"],
  ["%5s|",{"str":"😀","repr":"'😀'","ascii":"'\\U0001f600'","type":"str","t":"str","v":"😀"},"ok","    😀|"],
  ["%-5s|",{"str":"日本","repr":"'日本'","ascii":"'\\u65e5\\u672c'","type":"str","t":"str","v":"日本"},"ok","日本   |"],
  ["%.2r",{"str":"abc","repr":"'abc'","ascii":"'abc'","type":"str","t":"str","v":"abc"},"ok","'a"],
  ["%.3a",{"str":"é","repr":"'é'","ascii":"'\\xe9'","type":"str","t":"str","v":"é"},"ok","'\\x"],
  ["%010f",{"str":"inf","repr":"inf","ascii":"inf","type":"float","t":"float","v":"inf"},"ok","0000000inf"],
  ["%010f",{"str":"nan","repr":"nan","ascii":"nan","type":"float","t":"float","v":"nan"},"ok","0000000nan"],
  ["%+f",{"str":"nan","repr":"nan","ascii":"nan","type":"float","t":"float","v":"nan"},"ok","+nan"],
  ["%+f",{"str":"-inf","repr":"-inf","ascii":"-inf","type":"float","t":"float","v":"-inf"},"ok","-inf"],
  ["% 8.2f",{"str":"-inf","repr":"-inf","ascii":"-inf","type":"float","t":"float","v":"-inf"},"ok","    -inf"],
  ["% d",{"str":"5","repr":"5","ascii":"5","type":"int","t":"int","v":"5"},"ok"," 5"],
  ["%+.3d",{"str":"-5","repr":"-5","ascii":"-5","type":"int","t":"int","v":"-5"},"ok","-005"],
  ["%.5d",{"str":"-42","repr":"-42","ascii":"-42","type":"int","t":"int","v":"-42"},"ok","-00042"],
  ["%#.5x",{"str":"255","repr":"255","ascii":"255","type":"int","t":"int","v":"255"},"ok","0x000ff"],
  ["%#.5o",{"str":"8","repr":"8","ascii":"8","type":"int","t":"int","v":"8"},"ok","0o00010"],
  ["%#o",{"str":"8","repr":"8","ascii":"8","type":"int","t":"int","v":"8"},"ok","0o10"],
  ["%#10o|",{"str":"8","repr":"8","ascii":"8","type":"int","t":"int","v":"8"},"ok","      0o10|"],
  ["%-#10o|",{"str":"-8","repr":"-8","ascii":"-8","type":"int","t":"int","v":"-8"},"ok","-0o10     |"],
  ["%ld %hi %Lf",{"str":"(1, 2, 3.0)","repr":"(1, 2, 3.0)","ascii":"(1, 2, 3.0)","type":"tuple","t":"tuple","items":[{"str":"1","repr":"1","ascii":"1","type":"int","t":"int","v":"1"},{"str":"2","repr":"2","ascii":"2","type":"int","t":"int","v":"2"},{"str":"3.0","repr":"3.0","ascii":"3.0","type":"float","t":"float","v":"3.0"}]},"ok","1 2 3.000000"],
  ["%lld",{"str":"1","repr":"1","ascii":"1","type":"int","t":"int","v":"1"},"ValueError","unsupported format character 'l' (0x6c) at index 2"],
  ["%h",{"str":"1","repr":"1","ascii":"1","type":"int","t":"int","v":"1"},"ValueError","incomplete format"],
  ["%5",{"str":"1","repr":"1","ascii":"1","type":"int","t":"int","v":"1"},"ValueError","incomplete format"],
  ["%.",{"str":"1","repr":"1","ascii":"1","type":"int","t":"int","v":"1"},"ValueError","incomplete format"],
  ["%5.",{"str":"1","repr":"1","ascii":"1","type":"int","t":"int","v":"1"},"ValueError","incomplete format"],
  ["%-",{"str":"1","repr":"1","ascii":"1","type":"int","t":"int","v":"1"},"ValueError","incomplete format"],
  ["%0",{"str":"1","repr":"1","ascii":"1","type":"int","t":"int","v":"1"},"ValueError","incomplete format"],
  ["%(a)",{"str":"{'a': 1}","repr":"{'a': 1}","ascii":"{'a': 1}","type":"dict","t":"dict","items":[["a",{"str":"1","repr":"1","ascii":"1","type":"int","t":"int","v":"1"}]]},"ValueError","incomplete format"],
  ["%*",{"str":"()","repr":"()","ascii":"()","type":"tuple","t":"tuple","items":[]},"TypeError","not enough arguments for format string"],
  ["%*",{"str":"(5,)","repr":"(5,)","ascii":"(5,)","type":"tuple","t":"tuple","items":[{"str":"5","repr":"5","ascii":"5","type":"int","t":"int","v":"5"}]},"ValueError","incomplete format"],
  ["%.*",{"str":"('x',)","repr":"('x',)","ascii":"('x',)","type":"tuple","t":"tuple","items":[{"str":"x","repr":"'x'","ascii":"'x'","type":"str","t":"str","v":"x"}]},"TypeError","* wants int"],
  ["%.*",{"str":"(5,)","repr":"(5,)","ascii":"(5,)","type":"tuple","t":"tuple","items":[{"str":"5","repr":"5","ascii":"5","type":"int","t":"int","v":"5"}]},"ValueError","incomplete format"],
  ["%d %d",{"str":"(1,)","repr":"(1,)","ascii":"(1,)","type":"tuple","t":"tuple","items":[{"str":"1","repr":"1","ascii":"1","type":"int","t":"int","v":"1"}]},"TypeError","not enough arguments for format string"],
  ["%d",{"str":"(1, 2)","repr":"(1, 2)","ascii":"(1, 2)","type":"tuple","t":"tuple","items":[{"str":"1","repr":"1","ascii":"1","type":"int","t":"int","v":"1"},{"str":"2","repr":"2","ascii":"2","type":"int","t":"int","v":"2"}]},"TypeError","not all arguments converted during string formatting"],
  ["%e",{"str":"12345.678","repr":"12345.678","ascii":"12345.678","type":"float","t":"float","v":"12345.678"},"ok","1.234568e+04"],
  ["%g",{"str":"1e-05","repr":"1e-05","ascii":"1e-05","type":"float","t":"float","v":"1e-05"},"ok","1e-05"],
  ["%#g",{"str":"1.0","repr":"1.0","ascii":"1.0","type":"float","t":"float","v":"1.0"},"ok","1.00000"],
  ["%#.0f",{"str":"1.0","repr":"1.0","ascii":"1.0","type":"float","t":"float","v":"1.0"},"ok","1."],
  ["%#.0e",{"str":"1.0","repr":"1.0","ascii":"1.0","type":"float","t":"float","v":"1.0"},"ok","1.e+00"],
  ["%G",{"str":"-inf","repr":"-inf","ascii":"-inf","type":"float","t":"float","v":"-inf"},"ok","-INF"],
  ["%F",{"str":"nan","repr":"nan","ascii":"nan","type":"float","t":"float","v":"nan"},"ok","NAN"],
  ["%E",{"str":"1e+300","repr":"1e+300","ascii":"1e+300","type":"float","t":"float","v":"1e+300"},"ok","1.000000E+300"],
  ["%#x",{"str":"0","repr":"0","ascii":"0","type":"int","t":"int","v":"0"},"ok","0x0"],
  ["%r %a",{"str":"('é', 'é')","repr":"('é', 'é')","ascii":"('\\xe9', '\\xe9')","type":"tuple","t":"tuple","items":[{"str":"é","repr":"'é'","ascii":"'\\xe9'","type":"str","t":"str","v":"é"},{"str":"é","repr":"'é'","ascii":"'\\xe9'","type":"str","t":"str","v":"é"}]},"ok","'é' '\\xe9'"],
  ["%s",{"str":"True","repr":"True","ascii":"True","type":"bool","t":"bool","v":true},"ok","True"],
  ["%d",{"str":"True","repr":"True","ascii":"True","type":"bool","t":"bool","v":true},"ok","1"],
  ["%.2f",{"str":"True","repr":"True","ascii":"True","type":"bool","t":"bool","v":true},"ok","1.00"],
  ["%x",{"str":"True","repr":"True","ascii":"True","type":"bool","t":"bool","v":true},"ok","1"],
  ["%i %u",{"str":"(7, 8)","repr":"(7, 8)","ascii":"(7, 8)","type":"tuple","t":"tuple","items":[{"str":"7","repr":"7","ascii":"7","type":"int","t":"int","v":"7"},{"str":"8","repr":"8","ascii":"8","type":"int","t":"int","v":"8"}]},"ok","7 8"],
  ["%*s",{"str":"(1180591620717411303424, 'a')","repr":"(1180591620717411303424, 'a')","ascii":"(1180591620717411303424, 'a')","type":"tuple","t":"tuple","items":[{"str":"1180591620717411303424","repr":"1180591620717411303424","ascii":"1180591620717411303424","type":"int","t":"int","v":"1180591620717411303424"},{"str":"a","repr":"'a'","ascii":"'a'","type":"str","t":"str","v":"a"}]},"OverflowError","Python int too large to convert to C ssize_t"],
  ["%.*s",{"str":"(1099511627776, 'a')","repr":"(1099511627776, 'a')","ascii":"(1099511627776, 'a')","type":"tuple","t":"tuple","items":[{"str":"1099511627776","repr":"1099511627776","ascii":"1099511627776","type":"int","t":"int","v":"1099511627776"},{"str":"a","repr":"'a'","ascii":"'a'","type":"str","t":"str","v":"a"}]},"OverflowError","Python int too large to convert to C int"],
  ["%.*s",{"str":"(-3, 'abc')","repr":"(-3, 'abc')","ascii":"(-3, 'abc')","type":"tuple","t":"tuple","items":[{"str":"-3","repr":"-3","ascii":"-3","type":"int","t":"int","v":"-3"},{"str":"abc","repr":"'abc'","ascii":"'abc'","type":"str","t":"str","v":"abc"}]},"ok",""],
  ["%.*f",{"str":"(-3, 1.5)","repr":"(-3, 1.5)","ascii":"(-3, 1.5)","type":"tuple","t":"tuple","items":[{"str":"-3","repr":"-3","ascii":"-3","type":"int","t":"int","v":"-3"},{"str":"1.5","repr":"1.5","ascii":"1.5","type":"float","t":"float","v":"1.5"}]},"ok","2"],
  ["abc%😀",{"str":"1","repr":"1","ascii":"1","type":"int","t":"int","v":"1"},"ValueError","unsupported format character '?' (0x1f600) at index 4"],
  ["😀%q",{"str":"1","repr":"1","ascii":"1","type":"int","t":"int","v":"1"},"ValueError","unsupported format character 'q' (0x71) at index 2"],
  ["%\u0000",{"str":"1","repr":"1","ascii":"1","type":"int","t":"int","v":"1"},"ValueError","unsupported format character '?' (0x0) at index 1"],
  ["%",{"str":"1","repr":"1","ascii":"1","type":"int","t":"int","v":"1"},"ValueError","unsupported format character '?' (0x7f) at index 1"],
  ["%\u001f",{"str":"1","repr":"1","ascii":"1","type":"int","t":"int","v":"1"},"ValueError","unsupported format character '\u001f' (0x1f) at index 1"],
  ["%é",{"str":"1","repr":"1","ascii":"1","type":"int","t":"int","v":"1"},"ValueError","unsupported format character '?' (0xe9) at index 1"],
  ["%99999999999999999999d",{"str":"1","repr":"1","ascii":"1","type":"int","t":"int","v":"1"},"ValueError","width too big"],
  ["%.99999999999d",{"str":"1","repr":"1","ascii":"1","type":"int","t":"int","v":"1"},"ValueError","precision too big"],
  ["%.2147483648d",{"str":"1","repr":"1","ascii":"1","type":"int","t":"int","v":"1"},"ValueError","precision too big"],
  ["%(a)*d",{"str":"{'a': 1}","repr":"{'a': 1}","ascii":"{'a': 1}","type":"dict","t":"dict","items":[["a",{"str":"1","repr":"1","ascii":"1","type":"int","t":"int","v":"1"}]]},"TypeError","not enough arguments for format string"],
  ["%(x)s %(y)r",{"str":"{'x': 'a', 'y': 'b'}","repr":"{'x': 'a', 'y': 'b'}","ascii":"{'x': 'a', 'y': 'b'}","type":"dict","t":"dict","items":[["x",{"str":"a","repr":"'a'","ascii":"'a'","type":"str","t":"str","v":"a"}],["y",{"str":"b","repr":"'b'","ascii":"'b'","type":"str","t":"str","v":"b"}]]},"ok","a 'b'"],
  ["%(x(y))s",{"str":"{'x(y)': 1}","repr":"{'x(y)': 1}","ascii":"{'x(y)': 1}","type":"dict","t":"dict","items":[["x(y)",{"str":"1","repr":"1","ascii":"1","type":"int","t":"int","v":"1"}]]},"ok","1"],
  ["%(a)s",{"str":"{'b': 1}","repr":"{'b': 1}","ascii":"{'b': 1}","type":"dict","t":"dict","items":[["b",{"str":"1","repr":"1","ascii":"1","type":"int","t":"int","v":"1"}]]},"KeyError","'a'"],
  ["%s",{"str":"()","repr":"()","ascii":"()","type":"tuple","t":"tuple","items":[]},"TypeError","not enough arguments for format string"],
  ["%s",{"str":"((),)","repr":"((),)","ascii":"((),)","type":"tuple","t":"tuple","items":[{"str":"()","repr":"()","ascii":"()","type":"tuple","t":"tuple","items":[]}]},"ok","()"],
  ["%s",{"str":"((1, 2),)","repr":"((1, 2),)","ascii":"((1, 2),)","type":"tuple","t":"tuple","items":[{"str":"(1, 2)","repr":"(1, 2)","ascii":"(1, 2)","type":"tuple","t":"tuple","items":[{"str":"1","repr":"1","ascii":"1","type":"int","t":"int","v":"1"},{"str":"2","repr":"2","ascii":"2","type":"int","t":"int","v":"2"}]}]},"ok","(1, 2)"],
  ["%%%s",{"str":"x","repr":"'x'","ascii":"'x'","type":"str","t":"str","v":"x"},"ok","%x"],
  ["%s%%",{"str":"x","repr":"'x'","ascii":"'x'","type":"str","t":"str","v":"x"},"ok","x%"],
  ["%% %d",{"str":"(5,)","repr":"(5,)","ascii":"(5,)","type":"tuple","t":"tuple","items":[{"str":"5","repr":"5","ascii":"5","type":"int","t":"int","v":"5"}]},"ok","% 5"],
  ["%c",{"str":"True","repr":"True","ascii":"True","type":"bool","t":"bool","v":true},"ok","\u0001"],
  ["%.3c",{"str":"65","repr":"65","ascii":"65","type":"int","t":"int","v":"65"},"ok","A"],
  ["%-3c|",{"str":"65","repr":"65","ascii":"65","type":"int","t":"int","v":"65"},"ok","A  |"],
  ["%03c",{"str":"65","repr":"65","ascii":"65","type":"int","t":"int","v":"65"},"ok","  A"],
  ["%03s",{"str":"a","repr":"'a'","ascii":"'a'","type":"str","t":"str","v":"a"},"ok","  a"],
  ["%+s",{"str":"a","repr":"'a'","ascii":"'a'","type":"str","t":"str","v":"a"},"ok","a"],
  ["%+5s",{"str":"a","repr":"'a'","ascii":"'a'","type":"str","t":"str","v":"a"},"ok","    a"],
  ["% 05d",{"str":"3","repr":"3","ascii":"3","type":"int","t":"int","v":"3"},"ok"," 0003"],
  ["%+05d",{"str":"-3","repr":"-3","ascii":"-3","type":"int","t":"int","v":"-3"},"ok","-0003"],
  ["%-+5d|",{"str":"3","repr":"3","ascii":"3","type":"int","t":"int","v":"3"},"ok","+3   |"],
  ["%+-5d|",{"str":"-3","repr":"-3","ascii":"-3","type":"int","t":"int","v":"-3"},"ok","-3   |"],
  ["% -5d|",{"str":"3","repr":"3","ascii":"3","type":"int","t":"int","v":"3"},"ok"," 3   |"],
  ["%0-5d|",{"str":"3","repr":"3","ascii":"3","type":"int","t":"int","v":"3"},"ok","3    |"],
  ["%x",{"str":"-255","repr":"-255","ascii":"-255","type":"int","t":"int","v":"-255"},"ok","-ff"],
  ["%#x",{"str":"-255","repr":"-255","ascii":"-255","type":"int","t":"int","v":"-255"},"ok","-0xff"],
  ["%#X",{"str":"-255","repr":"-255","ascii":"-255","type":"int","t":"int","v":"-255"},"ok","-0XFF"],
  ["%o",{"str":"-8","repr":"-8","ascii":"-8","type":"int","t":"int","v":"-8"},"ok","-10"],
  ["%#o",{"str":"0","repr":"0","ascii":"0","type":"int","t":"int","v":"0"},"ok","0o0"],
  ["%d",{"str":"1267650600228229401496703205376","repr":"1267650600228229401496703205376","ascii":"1267650600228229401496703205376","type":"int","t":"int","v":"1267650600228229401496703205376"},"ok","1267650600228229401496703205376"],
  ["%x",{"str":"1267650600228229401496703205376","repr":"1267650600228229401496703205376","ascii":"1267650600228229401496703205376","type":"int","t":"int","v":"1267650600228229401496703205376"},"ok","10000000000000000000000000"],
  ["%.20f",{"str":"0.1","repr":"0.1","ascii":"0.1","type":"float","t":"float","v":"0.1"},"ok","0.10000000000000000555"],
  ["%.0f",{"str":"0.5","repr":"0.5","ascii":"0.5","type":"float","t":"float","v":"0.5"},"ok","0"],
  ["%.0f",{"str":"1.5","repr":"1.5","ascii":"1.5","type":"float","t":"float","v":"1.5"},"ok","2"],
  ["%.0f",{"str":"2.5","repr":"2.5","ascii":"2.5","type":"float","t":"float","v":"2.5"},"ok","2"],
  ["%.2f",{"str":"0.125","repr":"0.125","ascii":"0.125","type":"float","t":"float","v":"0.125"},"ok","0.12"],
  ["%.2f",{"str":"0.375","repr":"0.375","ascii":"0.375","type":"float","t":"float","v":"0.375"},"ok","0.38"],
  ["%.1e",{"str":"0.25","repr":"0.25","ascii":"0.25","type":"float","t":"float","v":"0.25"},"ok","2.5e-01"],
  ["%e",{"str":"0.0","repr":"0.0","ascii":"0.0","type":"float","t":"float","v":"0.0"},"ok","0.000000e+00"],
  ["%e",{"str":"-0.0","repr":"-0.0","ascii":"-0.0","type":"float","t":"float","v":"-0.0"},"ok","-0.000000e+00"],
  ["%g",{"str":"-0.0","repr":"-0.0","ascii":"-0.0","type":"float","t":"float","v":"-0.0"},"ok","-0"],
  ["%f",{"str":"1e+300","repr":"1e+300","ascii":"1e+300","type":"float","t":"float","v":"1e+300"},"ok","1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000"],
  ["%.3g",{"str":"1e+16","repr":"1e+16","ascii":"1e+16","type":"float","t":"float","v":"1e+16"},"ok","1e+16"],
  ["%10.3e|",{"str":"-1e-300","repr":"-1e-300","ascii":"-1e-300","type":"float","t":"float","v":"-1e-300"},"ok","-1.000e-300|"],
  ["%s",{"str":"1.0","repr":"1.0","ascii":"1.0","type":"float","t":"float","v":"1.0"},"ok","1.0"],
  ["%r",{"str":"1e+16","repr":"1e+16","ascii":"1e+16","type":"float","t":"float","v":"1e+16"},"ok","1e+16"],
  ["%s",{"str":"-0.0","repr":"-0.0","ascii":"-0.0","type":"float","t":"float","v":"-0.0"},"ok","-0.0"],
  ["%d",{"str":"inf","repr":"inf","ascii":"inf","type":"float","t":"float","v":"inf"},"OverflowError","cannot convert float infinity to integer"],
  ["%d",{"str":"nan","repr":"nan","ascii":"nan","type":"float","t":"float","v":"nan"},"ValueError","cannot convert float NaN to integer"],
  ["%x",{"str":"2.0","repr":"2.0","ascii":"2.0","type":"float","t":"float","v":"2.0"},"TypeError","%x format: an integer is required, not float"],
  ["%f",{"str":"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216","repr":"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216","ascii":"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216","type":"int","t":"int","v":"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"},"OverflowError","int too large to convert to float"],
  ["%f",{"str":"100000000000000000000","repr":"100000000000000000000","ascii":"100000000000000000000","type":"int","t":"int","v":"100000000000000000000"},"ok","100000000000000000000.000000"],
  ["%s and %r",{"str":"('a', 'b')","repr":"('a', 'b')","ascii":"('a', 'b')","type":"tuple","t":"tuple","items":[{"str":"a","repr":"'a'","ascii":"'a'","type":"str","t":"str","v":"a"},{"str":"b","repr":"'b'","ascii":"'b'","type":"str","t":"str","v":"b"}]},"ok","a and 'b'"],
  ["%-10s|%10s",{"str":"('left', 'right')","repr":"('left', 'right')","ascii":"('left', 'right')","type":"tuple","t":"tuple","items":[{"str":"left","repr":"'left'","ascii":"'left'","type":"str","t":"str","v":"left"},{"str":"right","repr":"'right'","ascii":"'right'","type":"str","t":"str","v":"right"}]},"ok","left      |     right"],
  ["%5.2s|",{"str":"abc","repr":"'abc'","ascii":"'abc'","type":"str","t":"str","v":"abc"},"ok","   ab|"],
  ["%-*s|",{"str":"(6, 'ab')","repr":"(6, 'ab')","ascii":"(6, 'ab')","type":"tuple","t":"tuple","items":[{"str":"6","repr":"6","ascii":"6","type":"int","t":"int","v":"6"},{"str":"ab","repr":"'ab'","ascii":"'ab'","type":"str","t":"str","v":"ab"}]},"ok","ab    |"],
  ["%0*d",{"str":"(5, 42)","repr":"(5, 42)","ascii":"(5, 42)","type":"tuple","t":"tuple","items":[{"str":"5","repr":"5","ascii":"5","type":"int","t":"int","v":"5"},{"str":"42","repr":"42","ascii":"42","type":"int","t":"int","v":"42"}]},"ok","00042"],
  ["%-0*d|",{"str":"(5, 42)","repr":"(5, 42)","ascii":"(5, 42)","type":"tuple","t":"tuple","items":[{"str":"5","repr":"5","ascii":"5","type":"int","t":"int","v":"5"},{"str":"42","repr":"42","ascii":"42","type":"int","t":"int","v":"42"}]},"ok","42   |"],
  ["%+.*e",{"str":"(3, 12345.6789)","repr":"(3, 12345.6789)","ascii":"(3, 12345.6789)","type":"tuple","t":"tuple","items":[{"str":"3","repr":"3","ascii":"3","type":"int","t":"int","v":"3"},{"str":"12345.6789","repr":"12345.6789","ascii":"12345.6789","type":"float","t":"float","v":"12345.6789"}]},"ok","+1.235e+04"],
  ["%*.*s|",{"str":"(6, 2, 'hello')","repr":"(6, 2, 'hello')","ascii":"(6, 2, 'hello')","type":"tuple","t":"tuple","items":[{"str":"6","repr":"6","ascii":"6","type":"int","t":"int","v":"6"},{"str":"2","repr":"2","ascii":"2","type":"int","t":"int","v":"2"},{"str":"hello","repr":"'hello'","ascii":"'hello'","type":"str","t":"str","v":"hello"}]},"ok","    he|"],
  ["%s",{"str":"None","repr":"None","ascii":"None","type":"NoneType","t":"none"},"ok","None"],
  ["%r",{"str":"None","repr":"None","ascii":"None","type":"NoneType","t":"none"},"ok","None"],
  ["%d",{"str":"None","repr":"None","ascii":"None","type":"NoneType","t":"none"},"TypeError","%d format: a real number is required, not NoneType"],
  ["%a",{"str":"😀","repr":"'😀'","ascii":"'\\U0001f600'","type":"str","t":"str","v":"😀"},"ok","'\\U0001f600'"],
  ["%s",{"str":"😀","repr":"'😀'","ascii":"'\\U0001f600'","type":"str","t":"str","v":"😀"},"ok","😀"],
  ["%10r|",{"str":"😀","repr":"'😀'","ascii":"'\\U0001f600'","type":"str","t":"str","v":"😀"},"ok","       '😀'|"],
  ["%(a)s%(a)s",{"str":"{'a': 'x'}","repr":"{'a': 'x'}","ascii":"{'a': 'x'}","type":"dict","t":"dict","items":[["a",{"str":"x","repr":"'x'","ascii":"'x'","type":"str","t":"str","v":"x"}]]},"ok","xx"],
  ["%(a)d %(b).2f",{"str":"{'a': 3, 'b': 2.5}","repr":"{'a': 3, 'b': 2.5}","ascii":"{'a': 3, 'b': 2.5}","type":"dict","t":"dict","items":[["a",{"str":"3","repr":"3","ascii":"3","type":"int","t":"int","v":"3"}],["b",{"str":"2.5","repr":"2.5","ascii":"2.5","type":"float","t":"float","v":"2.5"}]]},"ok","3 2.50"],
  ["%()s",{"str":"{'': 'empty'}","repr":"{'': 'empty'}","ascii":"{'': 'empty'}","type":"dict","t":"dict","items":[["",{"str":"empty","repr":"'empty'","ascii":"'empty'","type":"str","t":"str","v":"empty"}]]},"ok","empty"],
  ["%s",{"str":"[[]]","repr":"[[]]","ascii":"[[]]","type":"list","t":"list","items":[{"str":"[]","repr":"[]","ascii":"[]","type":"list","t":"list","items":[]}]},"ok","[[]]"],
  ["%s %s %s",{"str":"(1, 2.5, 'x')","repr":"(1, 2.5, 'x')","ascii":"(1, 2.5, 'x')","type":"tuple","t":"tuple","items":[{"str":"1","repr":"1","ascii":"1","type":"int","t":"int","v":"1"},{"str":"2.5","repr":"2.5","ascii":"2.5","type":"float","t":"float","v":"2.5"},{"str":"x","repr":"'x'","ascii":"'x'","type":"str","t":"str","v":"x"}]},"ok","1 2.5 x"],
  ["%5%",{"str":"()","repr":"()","ascii":"()","type":"tuple","t":"tuple","items":[]},"TypeError","not enough arguments for format string"],
  ["%-5%|",{"str":"()","repr":"()","ascii":"()","type":"tuple","t":"tuple","items":[]},"TypeError","not enough arguments for format string"],
  ["%(a)5%",{"str":"{'a': 1}","repr":"{'a': 1}","ascii":"{'a': 1}","type":"dict","t":"dict","items":[["a",{"str":"1","repr":"1","ascii":"1","type":"int","t":"int","v":"1"}]]},"ValueError","unsupported format character '%' (0x25) at index 5"],
  ["no format",{"str":"()","repr":"()","ascii":"()","type":"tuple","t":"tuple","items":[]},"ok","no format"],
  ["",{"str":"()","repr":"()","ascii":"()","type":"tuple","t":"tuple","items":[]},"ok",""],
  ["",{"str":"5","repr":"5","ascii":"5","type":"int","t":"int","v":"5"},"TypeError","not all arguments converted during string formatting"],
  ["%s",{"str":"","repr":"''","ascii":"''","type":"str","t":"str","v":""},"ok",""],
  ["%.0s|",{"str":"abc","repr":"'abc'","ascii":"'abc'","type":"str","t":"str","v":"abc"},"ok","|"],
  ["%+x",{"str":"255","repr":"255","ascii":"255","type":"int","t":"int","v":"255"},"ok","+ff"],
  ["% o",{"str":"8","repr":"8","ascii":"8","type":"int","t":"int","v":"8"},"ok"," 10"],
  ["%#5x",{"str":"1","repr":"1","ascii":"1","type":"int","t":"int","v":"1"},"ok","  0x1"],
  ["%#05x",{"str":"1","repr":"1","ascii":"1","type":"int","t":"int","v":"1"},"ok","0x001"],
  ["%#-5x|",{"str":"1","repr":"1","ascii":"1","type":"int","t":"int","v":"1"},"ok","0x1  |"],
  ["%#+.3x",{"str":"10","repr":"10","ascii":"10","type":"int","t":"int","v":"10"},"ok","+0x00a"],
  ["%.3x",{"str":"-10","repr":"-10","ascii":"-10","type":"int","t":"int","v":"-10"},"ok","-00a"],
  ["%#08.3X",{"str":"10","repr":"10","ascii":"10","type":"int","t":"int","v":"10"},"ok","0X00000A"],
  ["%020.10f",{"str":"-1.5","repr":"-1.5","ascii":"-1.5","type":"float","t":"float","v":"-1.5"},"ok","-00000001.5000000000"],
  ["%-+020.10f|",{"str":"1.5","repr":"1.5","ascii":"1.5","type":"float","t":"float","v":"1.5"},"ok","+1.5000000000       |"],
  ["%u",{"str":"-18446744073709551616","repr":"-18446744073709551616","ascii":"-18446744073709551616","type":"int","t":"int","v":"-18446744073709551616"},"ok","-18446744073709551616"],
  ["%i",{"str":"10000000000000000000000000","repr":"10000000000000000000000000","ascii":"10000000000000000000000000","type":"int","t":"int","v":"10000000000000000000000000"},"ok","10000000000000000000000000"],
  ["%X",{"str":"18446744073709551615","repr":"18446744073709551615","ascii":"18446744073709551615","type":"int","t":"int","v":"18446744073709551615"},"ok","FFFFFFFFFFFFFFFF"],
  ["%.30g",{"str":"0.1","repr":"0.1","ascii":"0.1","type":"float","t":"float","v":"0.1"},"ok","0.100000000000000005551115123126"],
  ["%.17g",{"str":"0.1","repr":"0.1","ascii":"0.1","type":"float","t":"float","v":"0.1"},"ok","0.10000000000000001"],
  ["%#.3g",{"str":"100.0","repr":"100.0","ascii":"100.0","type":"float","t":"float","v":"100.0"},"ok","100."],
  ["%g",{"str":"123456789.0","repr":"123456789.0","ascii":"123456789.0","type":"float","t":"float","v":"123456789.0"},"ok","1.23457e+08"],
  ["%G",{"str":"1.5e-10","repr":"1.5e-10","ascii":"1.5e-10","type":"float","t":"float","v":"1.5e-10"},"ok","1.5E-10"],
  ["%.0e",{"str":"25.0","repr":"25.0","ascii":"25.0","type":"float","t":"float","v":"25.0"},"ok","2e+01"],
  ["%.0e",{"str":"35.0","repr":"35.0","ascii":"35.0","type":"float","t":"float","v":"35.0"},"ok","4e+01"],
  ["%.1f",{"str":"0.05","repr":"0.05","ascii":"0.05","type":"float","t":"float","v":"0.05"},"ok","0.1"],
  ["%.1f",{"str":"0.25","repr":"0.25","ascii":"0.25","type":"float","t":"float","v":"0.25"},"ok","0.2"],
  ["%.3f",{"str":"1.0005","repr":"1.0005","ascii":"1.0005","type":"float","t":"float","v":"1.0005"},"ok","1.000"],
  ["%f",{"str":"5e-324","repr":"5e-324","ascii":"5e-324","type":"float","t":"float","v":"5e-324"},"ok","0.000000"],
];

describe('percentFormat', () => {
  it('formats the common conversions', () => {
    expect(percentFormat('%s=%d (%5.1f%%)', ['x', 42, new Box(99.44)], plain)).toBe('x=42 ( 99.4%)');
    expect(percentFormat('%-6s|%06.2f|%+d|%x|%#o', ['ab', new Box(-3.14159), 5, 255, 8], plain)).toBe(
      'ab    |-03.14|+5|ff|0o10',
    );
    expect(percentFormat('%(name)s is %(age)d', new Map<string, unknown>([['name', 'Ann'], ['age', 7]]), plain)).toBe(
      'Ann is 7',
    );
    expect(percentFormat('%s', 'single', plain)).toBe('single');
    expect(percentFormat('%*d|%-*d|', [4, 1, 4, 2], plain)).toBe('   1|2   |');
    expect(percentFormat('%.0f %.0f %.2f', [new Box(0.5), new Box(2.5), new Box(0.125)], plain)).toBe('0 2 0.12');
    expect(percentFormat('%c%c', [0x1f600, 'é'], plain)).toBe('😀é');
    expect(percentFormat('%5s|%-5s|%.1s', ['😀', '日本', '😀x'], plain)).toBe('    😀|日本   |😀');
  });

  it('reports errors like CPython', () => {
    expect(outcome(() => percentFormat('%d %d', [1], plain))).toEqual(['TypeError', 'not enough arguments for format string']);
    expect(outcome(() => percentFormat('%d', [1, 2], plain))).toEqual([
      'TypeError',
      'not all arguments converted during string formatting',
    ]);
    expect(outcome(() => percentFormat('%d', ['x'], plain))).toEqual([
      'TypeError',
      '%d format: a real number is required, not str',
    ]);
    expect(outcome(() => percentFormat('%x', [new Box(1)], plain))).toEqual([
      'TypeError',
      '%x format: an integer is required, not float',
    ]);
    expect(outcome(() => percentFormat('%f', ['x'], plain))).toEqual(['TypeError', 'must be real number, not str']);
    expect(outcome(() => percentFormat('abc %y', [1], plain))).toEqual([
      'ValueError',
      "unsupported format character 'y' (0x79) at index 5",
    ]);
    expect(outcome(() => percentFormat('😀 %y', [1], plain))).toEqual([
      'ValueError',
      "unsupported format character 'y' (0x79) at index 3",
    ]);
    expect(outcome(() => percentFormat('%', [], plain))).toEqual(['ValueError', 'incomplete format']);
    expect(outcome(() => percentFormat('%(a)s', [1], plain))).toEqual(['TypeError', 'format requires a mapping']);
    expect(outcome(() => percentFormat('%*d', ['x', 1], plain))).toEqual(['TypeError', '* wants int']);
    expect(outcome(() => percentFormat('%c', [0x110000], plain))).toEqual(['OverflowError', '%c arg not in range(0x110000)']);
  });

  it('matches the CPython table', () => {
    const bad: string[] = [];
    for (const [template, operand, kind, text] of CASES) {
      const got = outcome(() => percentFormat(template, operand, ops));
      if (got[0] !== kind || got[1] !== text) {
        bad.push(`${JSON.stringify(template)} % ${operand.repr}: got ${JSON.stringify(got)}, expected ${JSON.stringify([kind, text])}`);
      }
    }
    expect(bad).toEqual([]);
    expect(CASES.length).toBeGreaterThan(200);
  });
});
