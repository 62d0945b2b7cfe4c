// _sre.SRE_Scanner (CPython's ScannerObject in sre.c): a search state that advances over one subject,
// behind Pattern.scanner() and Pattern.finditer(). Each match() or search() call continues where the
// previous match ended, refusing an empty match where the previous one ended.
//
// The scanner owns its state for its whole life; it never shares it with the pattern.

import { PyObject, PyValue, makeBuiltinType } from '../../objects/object.js';
import { None } from '../../objects/singletons.js';
import { defMethod, defGetSet, defNew } from '../../objects/native.js';
import { typeError, valueError, attributeError } from '../../runtime/raise.js';
import { SreState, sreMatch, sreSearch } from './engine.js';
import type { Subject } from './subject.js';
import { type PyPattern, subjectFor, engineError, newState } from './pattern.js';
import { newMatch } from './match.js';

export const scannerType = makeBuiltinType('SRE_Scanner', undefined, '_sre');
scannerType.isBaseType = false;

export class PyScanner extends PyObject {
  executing = false;
  /** Set once a call finds nothing: later calls return None (CPython sets state->start to NULL). */
  done = false;
  constructor(
    readonly pattern: PyPattern,
    readonly subject: Subject,
    readonly state: SreState,
  ) {
    super(scannerType);
  }
}

export function newScanner(pattern: PyPattern, string: PyValue, pos: number, endpos: number): PyScanner {
  const sub = subjectFor(pattern, string);
  const st = newState(pattern);
  st.begin(sub.text, pos, endpos);
  return new PyScanner(pattern, sub, st);
}

/** Scanner.match() (search = false) or Scanner.search() (search = true). */
export function scannerStep(sc: PyScanner, search: boolean): PyValue {
  if (sc.executing) throw valueError('regular expression scanner already executing');
  if (sc.done) return None;
  sc.executing = true;
  try {
    const st = sc.state;
    st.reset();
    st.ptr = st.start;
    let found: boolean;
    try {
      found = search ? sreSearch(st) : sreMatch(st, 0, true);
    } catch (e) {
      throw engineError(e);
    }
    if (!found) {
      sc.done = true;
      return None;
    }
    const m = newMatch(sc.pattern, st, sc.subject);
    st.mustAdvance = st.ptr === st.start;
    st.start = st.ptr;
    return m;
  } finally {
    sc.executing = false;
  }
}

defNew(scannerType, () => {
  throw typeError("cannot create '_sre.SRE_Scanner' instances");
});
/** Clinic's check for a method without parameters. */
export function noArguments(fname: string, args: PyValue[], kw: Map<string, PyValue> | null): void {
  if (args.length > 0 || (kw !== null && kw.size > 0)) throw typeError(`${fname}() takes no arguments`);
}

defMethod(scannerType, 'match', (self, args, kw) => {
  noArguments('match', args, kw);
  return scannerStep(self as PyScanner, false);
});
defMethod(scannerType, 'search', (self, args, kw) => {
  noArguments('search', args, kw);
  return scannerStep(self as PyScanner, true);
});
defGetSet(scannerType, 'pattern', (self) => (self as PyScanner).pattern, () => {
  throw attributeError('readonly attribute');
});
