// The _locale module (CPython's Modules/_localemodule.c) as it behaves on Linux with glibc on a system
// where only the built-in locales exist: "C" (also named "POSIX") and "C.UTF-8" (any spelling glibc
// accepts, like "C.utf8"). Naming any other locale raises locale.Error, as on a minimal container.
//
// Without this module locale.py falls back to its own emulation, whose getlocale() says (None, None)
// where CPython says ('C', 'UTF-8'), and whose setlocale() refuses "" and "C.UTF-8".
//
// The state (the name set for each of glibc's 12 categories, the gettext domain) is per interpreter
// and holds only JS strings. At start-up LC_CTYPE is taken from the environment, as CPython does
// (setlocale(LC_CTYPE, "")), and a C result is coerced to C.UTF-8 (PEP 538). Every locale pyrewind
// knows has C's conventions, so localeconv() and nl_langinfo() depend only on whether LC_CTYPE is
// UTF-8 (CODESET). Collation is by code point (strcoll/strxfrm of glibc's C locales).
// Nothing here touches the host beyond reading its environment.

import { PyType, PyValue, typeType } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyNativeFunction, noArgs, noKwargs, oneArg, argRange } from '../objects/native.js';
import { PyDict } from '../objects/dict.js';
import { PyList } from '../objects/list.js';
import { None } from '../objects/singletons.js';
import { PyBaseException, exceptionType } from '../objects/exceptions.js';
import { asStr, clinicTypeName } from '../objects/str_methods.js';
import { asIndex } from '../runtime/protocols.js';
import { overflowError, typeError, valueError } from '../runtime/raise.js';
import { PyBytes } from '../objects/bytes.js';
import { fspath, fsDecode } from './posix.js';
import type { Interpreter } from '../runtime/interpreter.js';
import { registerNativeModule } from './registry.js';

type Args = PyValue[];
type Kw = Map<string, PyValue> | null;

/** locale.Error (PyErr_NewException("locale.Error", NULL, NULL)). */
export const LocaleError = new PyType(typeType, 'Error', [exceptionType('Exception')], 'locale');
LocaleError.hasInstanceDict = true;
LocaleError.attrs.set('__module__', 'locale');

function localeError(msg: string): PyBaseException {
  return new PyBaseException(LocaleError, [msg]);
}

const LC_ALL = 6;
/** glibc's categories by number (6 is LC_ALL), in the order of its composite LC_ALL names. */
const CATEGORY_NAMES = [
  'LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY', 'LC_MESSAGES', 'LC_ALL',
  'LC_PAPER', 'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE', 'LC_MEASUREMENT', 'LC_IDENTIFICATION',
];
const CATEGORY_COUNT = CATEGORY_NAMES.length;

/** The nl_langinfo() keys (glibc's item numbers) and their values in the C locales. */
const LANGINFO: ReadonlyArray<readonly [string, number, string]> = [
  ['CODESET', 14, ''], // depends on LC_CTYPE, see langinfo()
  ['D_T_FMT', 0x20028, '%a %b %e %H:%M:%S %Y'],
  ['D_FMT', 0x20029, '%m/%d/%y'],
  ['T_FMT', 0x2002a, '%H:%M:%S'],
  ['T_FMT_AMPM', 0x2002b, '%I:%M:%S %p'],
  ['AM_STR', 0x20026, 'AM'],
  ['PM_STR', 0x20027, 'PM'],
  ...['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'].map(
    (d, i) => [`DAY_${i + 1}`, 0x20007 + i, d] as const,
  ),
  ...['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].map((d, i) => [`ABDAY_${i + 1}`, 0x20000 + i, d] as const),
  ...['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'].map(
    (m, i) => [`MON_${i + 1}`, 0x2001a + i, m] as const,
  ),
  ...['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].map(
    (m, i) => [`ABMON_${i + 1}`, 0x2000e + i, m] as const,
  ),
  ['RADIXCHAR', 0x10000, '.'],
  ['THOUSEP', 0x10001, ''],
  ['YESEXPR', 0x50000, '^[yY]'],
  ['NOEXPR', 0x50001, '^[nN]'],
  ['CRNCYSTR', 0x4000f, '-'],
  ['ERA', 0x2002c, ''],
  ['ERA_D_FMT', 0x2002e, ''],
  ['ALT_DIGITS', 0x2002f, ''],
  ['ERA_D_T_FMT', 0x20030, ''],
  ['ERA_T_FMT', 0x20031, ''],
  ['_DATE_FMT', 0x2006c, '%a %b %e %H:%M:%S %Z %Y'],
];
const LANGINFO_BY_KEY = new Map<number, string>(LANGINFO.map(([, key, value]) => [key, value]));
const CODESET = 14;

interface LocaleState {
  /** The locale name of each category (index LC_ALL unused), as setlocale() reports it. */
  readonly names: string[];
  textDomain: string;
  readonly boundDirs: Map<string, string>;
  readonly codesets: Map<string, string>;
}

const states = new WeakMap<Interpreter, LocaleState>();

/** A name glibc accepts on a system with only the built-in locales, normalised as setlocale reports it. */
function knownLocale(name: string): string | null {
  if (name === 'C' || name === 'POSIX') return 'C';
  // "C." + a codeset glibc normalises to utf8 (case and one '-' free), optionally "@modifier".
  return /^C\.[Uu][Tt][Ff]-?8(@[^/;=]*)?$/.test(name) ? name : null;
}

function isUtf8(name: string): boolean {
  return name !== 'C';
}

/** What "" means for a category: LC_ALL, then LC_<category>, then LANG, then C (glibc's order). */
function fromEnvironment(env: Record<string, string>, category: number): string {
  for (const v of [env['LC_ALL'], env[CATEGORY_NAMES[category]], env['LANG']]) {
    if (v !== undefined && v !== '') return v;
  }
  return 'C';
}

function stateOf(interp: Interpreter): LocaleState {
  let s = states.get(interp);
  if (s === undefined) {
    const names = new Array<string>(CATEGORY_COUNT).fill('C');
    // CPython's start-up: setlocale(LC_CTYPE, ""), then the C locale coerced to C.UTF-8 (PEP 538).
    const ctype = knownLocale(fromEnvironment(interp.host.env(), 0));
    names[0] = ctype === null || ctype === 'C' ? 'C.UTF-8' : ctype;
    s = { names, textDomain: 'messages', boundDirs: new Map(), codesets: new Map() };
    states.set(interp, s);
  }
  return s;
}

/** setlocale(LC_ALL, NULL): one name when all categories agree, else glibc's "LC_X=name;..." list. */
function allName(names: string[]): string {
  let same = true;
  for (let c = 1; c < CATEGORY_COUNT; c++) if (c !== LC_ALL && names[c] !== names[0]) same = false;
  if (same) return names[0];
  const parts: string[] = [];
  for (let c = 0; c < CATEGORY_COUNT; c++) if (c !== LC_ALL) parts.push(`${CATEGORY_NAMES[c]}=${names[c]}`);
  return parts.join(';');
}

/** The names LC_ALL would get from `requested`, or null when glibc would refuse it. */
function namesForAll(requested: string, env: Record<string, string>): string[] | null {
  const out = new Array<string>(CATEGORY_COUNT).fill('C');
  if (requested.includes(';')) {
    // A composite name as setlocale(LC_ALL, NULL) returns it: every category named exactly once.
    const seen = new Set<number>();
    for (const part of requested.split(';')) {
      const eqAt = part.indexOf('=');
      const c = eqAt < 0 ? -1 : CATEGORY_NAMES.indexOf(part.slice(0, eqAt));
      if (c < 0 || c === LC_ALL || seen.has(c)) return null;
      const name = knownLocale(part.slice(eqAt + 1));
      if (name === null) return null;
      seen.add(c);
      out[c] = name;
    }
    return seen.size === CATEGORY_COUNT - 1 ? out : null;
  }
  for (let c = 0; c < CATEGORY_COUNT; c++) {
    if (c === LC_ALL) continue;
    const name = knownLocale(requested === '' ? fromEnvironment(env, c) : requested);
    if (name === null) return null;
    out[c] = name;
  }
  return out;
}

/** A C int argument (the "i" converter). */
function cInt(v: PyValue): number {
  const n = asIndex(v);
  if (typeof n === 'bigint' || n > 2147483647) throw overflowError('signed integer is greater than maximum');
  if (n < -2147483648) throw overflowError('signed integer is less than minimum');
  return n;
}

/** A str argument without NUL (Argument Clinic's str converter). */
function strArg(fname: string, v: PyValue, which: string, noneOk: boolean): string | null {
  if (noneOk && v === None) return null;
  const s = asStr(v);
  if (s === null) throw typeError(`${fname}() ${which} must be str${noneOk ? ' or None' : ''}, not ${clinicTypeName(v)}`);
  if (s.includes('\0')) throw valueError('embedded null character');
  return s;
}

/** -1, 0 or 1 comparing by code point (JS compares UTF-16 units, which orders astral ones too low). */
function compareCodePoints(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.codePointAt(i)!;
    const cb = b.codePointAt(j)!;
    if (ca !== cb) return ca < cb ? -1 : 1;
    i += ca > 0xffff ? 2 : 1;
    j += cb > 0xffff ? 2 : 1;
  }
  if (i < a.length) return 1;
  return j < b.length ? -1 : 0;
}

function localeconv(): PyDict {
  const d = new PyDict();
  // Every locale pyrewind knows uses C's conventions: no monetary formatting, '.' without grouping.
  for (const k of ['int_curr_symbol', 'currency_symbol', 'mon_decimal_point', 'mon_thousands_sep']) d.setStr(k, '');
  d.setStr('mon_grouping', new PyList([]));
  d.setStr('positive_sign', '');
  d.setStr('negative_sign', '');
  for (const k of ['int_frac_digits', 'frac_digits', 'p_cs_precedes', 'p_sep_by_space', 'n_cs_precedes', 'n_sep_by_space', 'p_sign_posn', 'n_sign_posn']) {
    d.setStr(k, 127);
  }
  d.setStr('decimal_point', '.');
  d.setStr('thousands_sep', '');
  d.setStr('grouping', new PyList([]));
  return d;
}

function makeLocale(interp: Interpreter): PyModule {
  const mod = new PyModule('_locale');
  const d = mod.dict;
  const def = (name: string, fn: (args: Args, kw: Kw) => PyValue): void => {
    d.setStr(name, new PyNativeFunction(name, fn, mod));
  };
  const state = (): LocaleState => stateOf(interp);

  for (let c = 0; c <= LC_ALL; c++) d.setStr(CATEGORY_NAMES[c], c);
  d.setStr('CHAR_MAX', 127);
  for (const [name, key] of LANGINFO) d.setStr(name, key);
  d.setStr('Error', LocaleError);

  def('setlocale', (args, kw) => {
    noKwargs('_locale.setlocale', kw);
    argRange('setlocale', args, null, 1, 2);
    const category = cInt(args[0]);
    const requested = args.length > 1 ? strArg('setlocale', args[1], 'argument 2', true) : null;
    const s = state();
    const valid = category >= 0 && category < CATEGORY_COUNT;
    if (requested === null) {
      if (!valid) throw localeError('locale query failed');
      return category === LC_ALL ? allName(s.names) : s.names[category];
    }
    if (!valid) throw localeError('unsupported locale setting');
    if (category === LC_ALL) {
      const names = namesForAll(requested, interp.host.env());
      if (names === null) throw localeError('unsupported locale setting');
      for (let c = 0; c < CATEGORY_COUNT; c++) if (c !== LC_ALL) s.names[c] = names[c];
      return allName(s.names);
    }
    const name = knownLocale(requested === '' ? fromEnvironment(interp.host.env(), category) : requested);
    if (name === null) throw localeError('unsupported locale setting');
    s.names[category] = name;
    return name;
  });

  def('localeconv', (args, kw) => {
    noArgs('_locale.localeconv', args, kw);
    return localeconv();
  });

  def('strcoll', (args, kw) => {
    noKwargs('_locale.strcoll', kw);
    argRange('strcoll', args, null, 2, 2);
    const a = strArg('strcoll', args[0], 'argument 1', false)!;
    const b = strArg('strcoll', args[1], 'argument 2', false)!;
    return compareCodePoints(a, b);
  });

  def('strxfrm', (args, kw) => strArg('strxfrm', oneArg('_locale.strxfrm', args, kw), 'argument', false)!);

  def('nl_langinfo', (args, kw) => {
    const key = cInt(oneArg('_locale.nl_langinfo', args, kw));
    if (key === CODESET) return isUtf8(state().names[0]) ? 'UTF-8' : 'ANSI_X3.4-1968';
    const value = LANGINFO_BY_KEY.get(key);
    if (value === undefined) throw valueError('unsupported langinfo constant');
    return value;
  });

  def('getencoding', (args, kw) => {
    noArgs('_locale.getencoding', args, kw);
    // sys.flags.utf8_mode is 0: the encoding is nl_langinfo(CODESET).
    return isUtf8(state().names[0]) ? 'UTF-8' : 'ANSI_X3.4-1968';
  });

  // gettext without message catalogs: every message translates to itself.
  def('gettext', (args, kw) => strArg('gettext', oneArg('_locale.gettext', args, kw), 'argument', false)!);
  def('dgettext', (args, kw) => {
    noKwargs('_locale.dgettext', kw);
    argRange('dgettext', args, null, 2, 2);
    strArg('dgettext', args[0], 'argument 1', true);
    return strArg('dgettext', args[1], 'argument 2', false)!;
  });
  def('dcgettext', (args, kw) => {
    noKwargs('_locale.dcgettext', kw);
    argRange('dcgettext', args, null, 3, 3);
    strArg('dcgettext', args[0], 'argument 1', true);
    const msg = strArg('dcgettext', args[1], 'argument 2', false)!;
    cInt(args[2]);
    return msg;
  });
  def('textdomain', (args, kw) => {
    const domain = strArg('textdomain', oneArg('_locale.textdomain', args, kw), 'argument', true);
    const s = state();
    // glibc: "" restores the default domain.
    if (domain !== null) s.textDomain = domain === '' ? 'messages' : domain;
    return s.textDomain;
  });
  def('bindtextdomain', (args, kw) => {
    noKwargs('_locale.bindtextdomain', kw);
    argRange('bindtextdomain', args, null, 2, 2);
    const domain = strArg('bindtextdomain', args[0], 'argument 1', false)!;
    if (domain === '') throw localeError('domain must be a non-empty string');
    const s = state();
    if (args[1] !== None) {
      // PyUnicode_FSConverter: str, bytes or a path-like object.
      const p = fspath(args[1]);
      const dir = asStr(p) ?? fsDecode((p as PyBytes).data);
      if (dir.includes('\0')) throw valueError('embedded null byte');
      s.boundDirs.set(domain, dir);
    }
    return s.boundDirs.get(domain) ?? '/usr/share/locale';
  });
  def('bind_textdomain_codeset', (args, kw) => {
    noKwargs('_locale.bind_textdomain_codeset', kw);
    argRange('bind_textdomain_codeset', args, null, 2, 2);
    const domain = strArg('bind_textdomain_codeset', args[0], 'argument 1', false)!;
    const codeset = strArg('bind_textdomain_codeset', args[1], 'argument 2', true);
    const codesets = state().codesets;
    if (codeset !== null) codesets.set(domain, codeset);
    return codesets.get(domain) ?? None;
  });
  return mod;
}

registerNativeModule('_locale', makeLocale);
