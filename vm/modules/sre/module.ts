// The _sre module (CPython's Modules/_sre/sre.c): what re/_compiler.py and re/__init__.py import from
// it — compile(), template(), the case helpers and the constants — and the registration that makes
// `import _sre` find it. CPython's own pure-Python re package runs unchanged on top.
//
// The types live in pattern.ts, match.ts, scanner.ts and template.ts; the matcher in engine.ts.

import { PyValue, typeName, intType } from '../../objects/object.js';
import { PyModule } from '../../objects/module.js';
import { PyList, listType } from '../../objects/list.js';
import { PyDict, dictType } from '../../objects/dict.js';
import { PyTuple, tupleType } from '../../objects/tuple.js';
import { None } from '../../objects/singletons.js';
import { PyNativeFunction, bindArgs, argRange } from '../../objects/native.js';
import { ssizeParam } from '../../objects/bytes_methods.js';
import { asIndex } from '../../runtime/protocols.js';
import { typeError, overflowError, runtimeError } from '../../runtime/raise.js';
import { registerNativeModule } from '../registry.js';
import { SRE_MAGIC, CODESIZE, MAXREPEAT, MAXGROUPS, COPYRIGHT } from './constants.js';
import { lowerAscii, lowerUnicode, upperUnicode, isAsciiAlpha } from './chars.js';
import { validateCode } from './validate.js';
import { PyPattern, patternType } from './pattern.js';
import { matchType } from './match.js';
import { makeTemplate } from './template.js';
import { getSubject } from './subject.js';

/** PyLong_AsUnsignedLong on a 64-bit platform, for one code word. */
function codeWord(v: PyValue): number {
  let n: number | bigint;
  if (typeof v === 'number' || typeof v === 'bigint') n = v;
  else if (typeof v === 'boolean') n = v ? 1 : 0;
  else if (typeof v === 'object' && v.cls.isSubtypeOf(intType)) n = asIndex(v);
  else throw typeError('an integer is required');
  if (n < 0) throw overflowError("can't convert negative value to unsigned int");
  if (typeof n === 'bigint' && n > 0xffffffffffffffffn) throw overflowError('Python int too large to convert to C unsigned long');
  if (n > 0xffffffff) throw overflowError('regular expression code size limit exceeded');
  return Number(n);
}

/** A clinic `int` argument (C int): __index__, OverflowError outside 32 bits. */
function cInt(v: PyValue): number {
  const n = asIndex(v);
  if (typeof n === 'bigint' || n > 0x7fffffff) throw overflowError('Python int too large to convert to C int');
  if (n < -0x80000000) throw overflowError('Python int too small to convert to C int');
  return n;
}

function sreCompile(args: PyValue[], kw: Map<string, PyValue> | null): PyValue {
  const [pattern, flagsArg, codeArg, groupsArg, groupindex, indexgroup] = bindArgs(
    'compile', ['pattern', 'flags', 'code', 'groups', 'groupindex', 'indexgroup'], args, kw, 6,
  );
  const flags = cInt(flagsArg!);
  if (!(codeArg instanceof PyList) || !codeArg.cls.isSubtypeOf(listType)) {
    throw typeError(`compile() argument 'code' must be list, not ${typeName(codeArg!)}`);
  }
  const groups = ssizeParam(groupsArg!);
  if (!(groupindex instanceof PyDict) || !groupindex.cls.isSubtypeOf(dictType)) {
    throw typeError(`compile() argument 'groupindex' must be dict, not ${typeName(groupindex!)}`);
  }
  if (!(indexgroup instanceof PyTuple) || !indexgroup.cls.isSubtypeOf(tupleType)) {
    throw typeError(`compile() argument 'indexgroup' must be tuple, not ${typeName(indexgroup!)}`);
  }
  const items = codeArg.items;
  const code = new Uint32Array(items.length);
  for (let i = 0; i < items.length; i++) code[i] = codeWord(items[i]);
  let isbytes = -1;
  if (pattern !== None) {
    const sub = getSubject(pattern!);
    if (sub === null) throw typeError(`expected string or bytes-like object, got '${typeName(pattern!)}'`);
    isbytes = sub.isBytes ? 1 : 0;
  }
  const hasNames = groupindex.size > 0;
  const p = new PyPattern(
    pattern!, flags, code, groups,
    hasNames ? groupindex : null,
    hasNames && indexgroup.items.length > 0 ? indexgroup : null,
    isbytes,
  );
  if (!validateCode(code, groups)) throw runtimeError('invalid SRE code');
  return p;
}

/** A METH_O function of the module: "_sre.ascii_iscased() takes exactly one argument (0 given)". */
function oneIntArg(fname: string, args: PyValue[], kw: Map<string, PyValue> | null): number {
  if (kw !== null && kw.size > 0) throw typeError(`_sre.${fname}() takes no keyword arguments`);
  if (args.length !== 1) throw typeError(`_sre.${fname}() takes exactly one argument (${args.length} given)`);
  return cInt(args[0]);
}

/** Characters as C's unsigned int: a negative int wraps, and is then outside every table. */
function asChar(n: number): number {
  return n < 0 ? n + 0x100000000 : n;
}

function makeSreModule(): PyModule {
  const mod = new PyModule('_sre');
  const d = mod.dict;
  const fn = (name: string, f: (args: PyValue[], kw: Map<string, PyValue> | null) => PyValue): void => {
    d.setStr(name, new PyNativeFunction(name, f, mod));
  };
  fn('compile', sreCompile);
  fn('template', (args, kw) => {
    if (kw !== null && kw.size > 0) throw typeError('_sre.template() takes no keyword arguments');
    argRange('template', args, null, 2, 2);
    return makeTemplate(args[1]);
  });
  fn('getcodesize', (args, kw) => {
    if (kw !== null && kw.size > 0) throw typeError('_sre.getcodesize() takes no keyword arguments');
    if (args.length !== 0) throw typeError(`_sre.getcodesize() takes no arguments (${args.length} given)`);
    return CODESIZE;
  });
  fn('ascii_iscased', (args, kw) => {
    const ch = asChar(oneIntArg('ascii_iscased', args, kw));
    return ch < 128 && isAsciiAlpha(ch);
  });
  fn('unicode_iscased', (args, kw) => {
    const ch = asChar(oneIntArg('unicode_iscased', args, kw));
    return ch !== lowerUnicode(ch) || ch !== upperUnicode(ch);
  });
  fn('ascii_tolower', (args, kw) => {
    const n = oneIntArg('ascii_tolower', args, kw);
    return n >= 0 && n < 128 ? lowerAscii(n) : n;
  });
  fn('unicode_tolower', (args, kw) => {
    const n = oneIntArg('unicode_tolower', args, kw);
    return n >= 0 && n <= 0x10ffff ? lowerUnicode(n) : n;
  });
  d.setStr('MAGIC', SRE_MAGIC);
  d.setStr('CODESIZE', CODESIZE);
  d.setStr('MAXREPEAT', MAXREPEAT);
  d.setStr('MAXGROUPS', MAXGROUPS);
  d.setStr('copyright', COPYRIGHT);
  return mod;
}

// Referenced so that the types' methods are installed before the module is first imported.
void patternType;
void matchType;

registerNativeModule('_sre', makeSreModule);
