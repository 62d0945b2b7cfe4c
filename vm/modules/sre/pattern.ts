// re.Pattern (CPython's PatternObject in Modules/_sre/sre.c): a compiled code list with its groups,
// and the searching methods re uses: match, fullmatch, search, findall, finditer, scanner, split,
// sub, subn, plus repr, equality, hashing and copying, with CPython's argument handling and messages.
//
// The matching itself is engine.ts; this file sets up states, loops over matches and builds the
// Python results. It must not look at the code list beyond what the engine needs.

import { PyObject, PyValue, makeBuiltinType, typeName } from '../../objects/object.js';
import { PyList } from '../../objects/list.js';
import { PyTuple } from '../../objects/tuple.js';
import { PyDict } from '../../objects/dict.js';
import { None, NotImplemented } from '../../objects/singletons.js';
import { PyNativeFunction, defMethod, defGetSet, defClassMethod, defNew, noKwargs } from '../../objects/native.js';
import { CallableIterator } from '../../objects/builtin_iterators.js';
import { clinicArgs, ssizeParam } from '../../objects/bytes_methods.js';
import { hash, eq } from '../../runtime/protocols.js';
import { isCallable, callObject } from '../../runtime/call.js';
import { typeError, attributeError, runtimeError, systemError } from '../../runtime/raise.js';
import { genericAlias } from '../collections.js';
import { currentInterpreter } from '../../runtime/interpreter.js';
import { runPendingSignals } from '../../runtime/signals.js';
import {
  FLAG_IGNORECASE, FLAG_LOCALE, FLAG_MULTILINE, FLAG_DOTALL, FLAG_UNICODE, FLAG_VERBOSE, FLAG_DEBUG, FLAG_ASCII,
} from './constants.js';
import { SreState, SreInternalError, sreMatch, sreSearch } from './engine.js';
import { type Subject, getSubject, sliceSubject, strValueOf, bytesValueOf } from './subject.js';
import { newMatch, truncatedRepr } from './match.js';
import { type PyTemplate, compileTemplate, expandTemplate, joinBytes, joinStr } from './template.js';
import { newScanner, scannerStep, noArguments } from './scanner.js';

export const patternType = makeBuiltinType('Pattern', undefined, 're');
patternType.isBaseType = false;
patternType.doc = 'Compiled regular expression object.';

const SSIZE_MAX = 9223372036854775807;

export class PyPattern extends PyObject {
  /** One idle state kept for reuse, so that repeated matching does not reallocate it. */
  private spare: SreState | null = null;

  constructor(
    /** The source (str, bytes, or None for patterns built by re.Scanner). */
    readonly pattern: PyValue,
    readonly flags: number,
    readonly code: Uint32Array,
    /** Number of capturing groups (group 0 not counted). */
    readonly groups: number,
    readonly groupindex: PyDict | null,
    readonly indexgroup: PyTuple | null,
    /** 1 for a bytes pattern, 0 for str, -1 when there is no source (either kind of subject). */
    readonly isbytes: number,
  ) {
    super(patternType);
  }

  acquireState(): SreState {
    const s = this.spare;
    if (s !== null) {
      this.spare = null;
      return s;
    }
    return newState(this);
  }

  releaseState(s: SreState): void {
    s.forgetText();
    this.spare = s;
  }
}

const P = (v: PyValue): PyPattern => v as PyPattern;

/** getstring + the str/bytes compatibility checks of state_init. */
export function subjectFor(p: PyPattern, string: PyValue): Subject {
  const sub = getSubject(string);
  if (sub === null) throw typeError(`expected string or bytes-like object, got '${typeName(string)}'`);
  if (sub.isBytes && p.isbytes === 0) throw typeError('cannot use a string pattern on a bytes-like object');
  if (!sub.isBytes && p.isbytes > 0) throw typeError('cannot use a bytes pattern on a string-like object');
  return sub;
}

/** pattern_error: what a failure inside the engine becomes. */
export function engineError(e: unknown): unknown {
  if (e instanceof SreInternalError) return runtimeError('internal error in regular expression engine');
  return e;
}

/** A new state that notices the host's Ctrl-C. */
export function newState(p: PyPattern): SreState {
  const st = new SreState(p.code, p.groups);
  const interp = currentInterpreter();
  st.interrupt = interp.host.interruptFlag;
  // A signal during the match runs its Python handler (KeyboardInterrupt by default for Ctrl-C); the
  // match carries on after a handler that returns, as CPython's does.
  st.onInterrupt = () => runPendingSignals(interp);
  return st;
}

type Kw = Map<string, PyValue> | null;

const STRING_POS_ENDPOS = ['string', 'pos', 'endpos'];

function stringPosEndpos(fname: string, args: PyValue[], kw: Kw): [PyValue, number, number] {
  const a = clinicArgs(fname, STRING_POS_ENDPOS, 0, 1, 3, args, kw);
  const pos = a[1] === undefined ? 0 : ssizeParam(a[1]);
  const endpos = a[2] === undefined ? SSIZE_MAX : ssizeParam(a[2]);
  return [a[0]!, pos, endpos];
}

/** match / fullmatch / search: one attempt, a Match or None. */
function matchOnce(self: PyValue, args: PyValue[], kw: Kw, fname: string, kind: 0 | 1 | 2): PyValue {
  const p = P(self);
  const [string, pos, endpos] = stringPosEndpos(fname, args, kw);
  const sub = subjectFor(p, string);
  const st = p.acquireState();
  try {
    st.begin(sub.text, pos, endpos);
    let found: boolean;
    if (kind === 2) {
      found = sreSearch(st);
    } else {
      st.matchAll = kind === 1;
      found = sreMatch(st, 0, true);
    }
    return found ? newMatch(p, st, sub) : None;
  } catch (e) {
    throw engineError(e);
  } finally {
    p.releaseState(st);
  }
}

defNew(patternType, () => {
  throw typeError("cannot create 're.Pattern' instances");
});

defMethod(patternType, 'match', (self, args, kw) => matchOnce(self, args, kw, 'match', 0));
defMethod(patternType, 'fullmatch', (self, args, kw) => matchOnce(self, args, kw, 'fullmatch', 1));
defMethod(patternType, 'search', (self, args, kw) => matchOnce(self, args, kw, 'search', 2));

/** The text of group `g` of the state's current match ('' or b'' when it did not take part). */
function stateGroup(st: SreState, sub: Subject, g: number, empty: boolean): PyValue {
  const index = (g - 1) * 2;
  const marks = st.marks;
  if (index >= st.lastmark || marks[index] < 0 || marks[index + 1] < 0) {
    if (!empty) return None;
    return sliceSubject(sub, 0, 0);
  }
  const i = marks[index];
  const j = marks[index + 1];
  if (i > j) throw systemError('The span of capturing group is wrong, please report a bug for the re module.');
  return sliceSubject(sub, i, j);
}

defMethod(patternType, 'findall', (self, args, kw) => {
  const p = P(self);
  const [string, pos, endpos] = stringPosEndpos('findall', args, kw);
  const sub = subjectFor(p, string);
  const st = p.acquireState();
  const out: PyValue[] = [];
  try {
    st.begin(sub.text, pos, endpos);
    while (st.start <= st.end) {
      st.reset();
      st.ptr = st.start;
      if (!sreSearch(st)) break;
      let item: PyValue;
      const groups = p.groups;
      if (groups === 0) {
        item = sliceSubject(sub, st.start, st.ptr);
      } else if (groups === 1) {
        item = stateGroup(st, sub, 1, true);
      } else {
        const items: PyValue[] = new Array(groups);
        for (let g = 0; g < groups; g++) items[g] = stateGroup(st, sub, g + 1, true);
        item = new PyTuple(items);
      }
      out.push(item);
      st.mustAdvance = st.ptr === st.start;
      st.start = st.ptr;
    }
  } catch (e) {
    throw engineError(e);
  } finally {
    p.releaseState(st);
  }
  return new PyList(out);
});

defMethod(patternType, 'scanner', (self, args, kw) => {
  const [string, pos, endpos] = stringPosEndpos('scanner', args, kw);
  return newScanner(P(self), string, pos, endpos);
});

defMethod(patternType, 'finditer', (self, args, kw) => {
  const [string, pos, endpos] = stringPosEndpos('finditer', args, kw);
  const scanner = newScanner(P(self), string, pos, endpos);
  // iter(scanner.search, None), as CPython builds it.
  const search = new PyNativeFunction('search', (a, k) => {
    noArguments('search', a, k);
    return scannerStep(scanner, true);
  }, scanner);
  return new CallableIterator(search, None);
});

defMethod(patternType, 'split', (self, args, kw) => {
  const p = P(self);
  const a = clinicArgs('split', ['string', 'maxsplit'], 0, 1, 2, args, kw);
  const string = a[0]!;
  const maxsplit = a[1] === undefined ? 0 : ssizeParam(a[1]);
  const sub = subjectFor(p, string);
  const st = p.acquireState();
  const out: PyValue[] = [];
  try {
    st.begin(sub.text, 0, SSIZE_MAX);
    let n = 0;
    let last = st.start;
    while (maxsplit === 0 || n < maxsplit) {
      st.reset();
      st.ptr = st.start;
      if (!sreSearch(st)) break;
      out.push(sliceSubject(sub, last, st.start));
      for (let g = 0; g < p.groups; g++) out.push(stateGroup(st, sub, g + 1, false));
      n++;
      st.mustAdvance = st.ptr === st.start;
      last = st.start = st.ptr;
    }
    out.push(sliceSubject(sub, last, st.endpos));
  } catch (e) {
    throw engineError(e);
  } finally {
    p.releaseState(st);
  }
  return new PyList(out);
});

const FILTER_LITERAL = 0;
const FILTER_TEMPLATE = 1;
const FILTER_CALLABLE = 2;

/** pattern_subx: sub() and subn(). */
function substitute(self: PyValue, args: PyValue[], kw: Kw, fname: string, withCount: boolean): PyValue {
  const p = P(self);
  const a = clinicArgs(fname, ['repl', 'string', 'count'], 0, 2, 3, args, kw);
  const repl = a[0]!;
  const string = a[1]!;
  const count = a[2] === undefined ? 0 : ssizeParam(a[2]);

  let filter: PyValue = repl;
  let template: PyTemplate | null = null;
  let kind = FILTER_LITERAL;
  if (isCallable(repl)) {
    kind = FILTER_CALLABLE;
  } else {
    // A replacement without backslashes is used as it is; anything else goes to the template compiler.
    let literal = false;
    const s = strValueOf(repl);
    if (s !== null) literal = s.indexOf('\\') < 0;
    else {
      const b = bytesValueOf(repl);
      if (b !== null) literal = b.indexOf(0x5c) < 0;
    }
    if (!literal) {
      const t = compileTemplate(p, repl);
      if (t.indices.length === 0) {
        filter = t.literal;
      } else {
        template = t;
        kind = FILTER_TEMPLATE;
      }
    }
  }

  const sub = subjectFor(p, string);
  // A callable filter may use this same pattern while we loop: it then finds no spare state and
  // makes its own.
  const st = p.acquireState();
  const parts: PyValue[] = [];
  let n = 0;
  let i = 0;
  try {
    st.begin(sub.text, 0, SSIZE_MAX);
    while (count === 0 || n < count) {
      st.reset();
      st.ptr = st.start;
      if (!sreSearch(st)) break;
      const b = st.start;
      const e = st.ptr;
      if (i < b) parts.push(sliceSubject(sub, i, b));
      let item: PyValue;
      if (kind === FILTER_LITERAL) {
        item = filter;
      } else {
        const m = newMatch(p, st, sub);
        item = template !== null ? expandTemplate(template, m) : callObject(filter, [m]);
      }
      if (item !== None) parts.push(item);
      i = e;
      n++;
      st.mustAdvance = st.ptr === st.start;
      st.start = st.ptr;
    }
    if (i < st.endpos) parts.push(sliceSubject(sub, i, st.endpos));
  } catch (e) {
    throw engineError(e);
  } finally {
    p.releaseState(st);
  }
  let result: PyValue;
  if (sub.isBytes) result = joinBytes(parts);
  else result = joinStr(parts);
  return withCount ? new PyTuple([result, n]) : result;
}

defMethod(patternType, 'sub', (self, args, kw) => substitute(self, args, kw, 'sub', false));
defMethod(patternType, 'subn', (self, args, kw) => substitute(self, args, kw, 'subn', true));

defMethod(patternType, '__copy__', (self, args, kw) => {
  noKwargs('__copy__', kw);
  if (args.length !== 0) throw typeError(`Pattern.__copy__() takes no arguments (${args.length} given)`);
  return self;
});
defMethod(patternType, '__deepcopy__', (self, args, kw) => {
  noKwargs('__deepcopy__', kw);
  if (args.length !== 1) throw typeError(`Pattern.__deepcopy__() takes exactly one argument (${args.length} given)`);
  return self;
});
defClassMethod(patternType, '__class_getitem__', (cls, args) => genericAlias(cls, args[0]));

const FLAG_NAMES: [string, number][] = [
  ['re.IGNORECASE', FLAG_IGNORECASE],
  ['re.LOCALE', FLAG_LOCALE],
  ['re.MULTILINE', FLAG_MULTILINE],
  ['re.DOTALL', FLAG_DOTALL],
  ['re.UNICODE', FLAG_UNICODE],
  ['re.VERBOSE', FLAG_VERBOSE],
  ['re.DEBUG', FLAG_DEBUG],
  ['re.ASCII', FLAG_ASCII],
];

defMethod(patternType, '__repr__', (self) => {
  const p = P(self);
  let flags = p.flags;
  // re.UNICODE is the default for str patterns: not shown unless combined with LOCALE or ASCII.
  if (p.isbytes === 0 && (flags & (FLAG_LOCALE | FLAG_UNICODE | FLAG_ASCII)) === FLAG_UNICODE) flags &= ~FLAG_UNICODE;
  const names: string[] = [];
  for (const [name, bit] of FLAG_NAMES) {
    if ((flags & bit) !== 0) {
      names.push(name);
      flags &= ~bit;
    }
  }
  if (flags !== 0) names.push('0x' + (flags >>> 0).toString(16));
  const src = truncatedRepr(p.pattern, 200);
  return names.length > 0 ? `re.compile(${src}, ${names.join('|')})` : `re.compile(${src})`;
});

function samePattern(a: PyPattern, b: PyPattern): boolean {
  if (a === b) return true;
  if (a.flags !== b.flags || a.isbytes !== b.isbytes || a.code.length !== b.code.length) return false;
  const ca = a.code;
  const cb = b.code;
  for (let i = 0; i < ca.length; i++) if (ca[i] !== cb[i]) return false;
  return eq(a.pattern, b.pattern);
}

defMethod(patternType, '__eq__', (self, args) => {
  const other = args[0];
  if (!(other instanceof PyPattern)) return NotImplemented;
  return samePattern(P(self), other);
});
defMethod(patternType, '__ne__', (self, args) => {
  const other = args[0];
  if (!(other instanceof PyPattern)) return NotImplemented;
  return !samePattern(P(self), other);
});
defMethod(patternType, '__hash__', (self) => {
  const p = P(self);
  const h = hash(p.pattern);
  let x = typeof h === 'number' ? h | 0 : Number(BigInt.asIntN(32, h));
  // The code words hashed like a buffer (any deterministic mix will do: str hashes are per process).
  let c = 0x811c9dc5;
  const code = p.code;
  for (let i = 0; i < code.length; i++) {
    c ^= code[i];
    c = Math.imul(c, 0x01000193);
  }
  x ^= c ^ p.flags ^ p.isbytes ^ code.length;
  return x === -1 ? -2 : x;
});

function readonly(): never {
  throw attributeError('readonly attribute');
}

defGetSet(patternType, 'pattern', (self) => P(self).pattern, readonly);
defGetSet(patternType, 'flags', (self) => P(self).flags, readonly);
defGetSet(patternType, 'groups', (self) => P(self).groups, readonly);
defGetSet(patternType, 'groupindex', (self) => {
  // CPython returns a read-only mappingproxy of the dict; a fresh copy keeps the pattern's own intact.
  const d = new PyDict();
  const gi = P(self).groupindex;
  if (gi !== null) gi.copyInto(d);
  return d;
});
