// "Did you mean" suggestions for AttributeError, NameError and `from m import x` ImportError, as
// CPython 3.14 adds them to the printed "Type: message" line (never to str(e)). The closest name is
// chosen as CPython's C kernel (_suggestions._generate_suggestions, Python/suggestions.c) chooses it:
// a Levenshtein distance over the UTF-8 bytes of the names, where a case flip of an ASCII letter costs
// 1 and any other edit 2; the candidates are gathered as Lib/traceback.py's _compute_suggestion_error
// gathers them (dir() of the object, the innermost frame's locals, globals and builtins, dir() of the
// module imported from).
//
// The distance kernel is keyword_suggestion.ts's (calls use it for unknown keyword arguments).
//
// Gathering candidates runs Python code (dir(), __dir__, hasattr, __import__), as CPython's printer
// does; any exception while gathering means "no suggestion", never a failure of the report.

import { PyValue } from '../objects/object.js';
import { PyBaseException, AttributeError, ImportError, NameError, TypeError } from '../objects/exceptions.js';
import { PyList } from '../objects/list.js';
import { listSort } from '../objects/list_methods.js';
import { PyTraceback } from '../objects/traceback.js';
import { None } from '../objects/singletons.js';
import { contains, getItem, toArray } from './protocols.js';
import { getAttr, getAttrOrUndefined } from './attributes.js';
import { callObject } from './call.js';
import { encodeString } from '../objects/bytes_methods.js';
import { currentInterpreter, type Interpreter } from './interpreter.js';
import { MAX_CANDIDATE_ITEMS, MOVE_COST, levenshteinDistance } from './keyword_suggestion.js';

/**
 * Index of the candidate closest to `name` (no more than a third of the bytes involved edited), the
 * first of equally close ones, or -1; also -1 with MAX_CANDIDATE_ITEMS candidates or more. Names are
 * measured as UTF-8 (strictly: a lone surrogate raises UnicodeEncodeError, as in CPython).
 */
export function closestIndex(candidates: readonly string[], name: string): number {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return -1;
  const nameBytes = encodeString(name, 'utf-8', 'strict');
  let best = -1;
  let bestDistance = Infinity;
  for (let i = 0; i < candidates.length; i++) {
    const item = candidates[i];
    const itemBytes = encodeString(item, 'utf-8', 'strict');
    if (item === name) continue;
    const maxDistance = Math.min(Math.floor(((nameBytes.length + itemBytes.length + 3) * MOVE_COST) / 6), bestDistance - 1);
    const d = levenshteinDistance(nameBytes, itemBytes, maxDistance);
    if (d > maxDistance) continue;
    if (best < 0 || d < bestDistance) {
      best = i;
      bestDistance = d;
    }
  }
  return best;
}

function closestName(candidates: readonly string[], name: string): string | null {
  const i = closestIndex(candidates, name);
  return i < 0 ? null : candidates[i];
}

/** getattr(obj, name, None) as traceback.py reads the exception's attributes. */
function attrOrNone(obj: PyValue, name: string): PyValue {
  return getAttrOrUndefined(obj, name) ?? None;
}

function sortedStrings(names: PyValue[]): string[] {
  const l = new PyList(names.filter((x) => typeof x === 'string'));
  listSort(l, None, false);
  return l.items as string[];
}

function innermostFrame(tb: PyTraceback): PyValue {
  let t = tb;
  while (t.next !== null) t = t.next;
  return t.frame;
}

function attributeCandidates(interp: Interpreter, e: PyBaseException, wrongName: string): string[] {
  const obj = attrOrNone(e, 'obj');
  let names: PyValue[];
  try {
    names = toArray(callObject(interp.builtins.getStr('dir')!, [obj]));
  } catch (err) {
    // Unsortable attribute names: the class's and the instance's own names, unsorted by dir().
    if (!(err instanceof PyBaseException) || !err.cls.isSubtypeOf(TypeError)) throw err;
    names = [...toArray(getAttr(getAttr(obj, '__class__'), '__dict__')), ...toArray(getAttr(obj, '__dict__'))];
  }
  let d = sortedStrings(names);
  let hideUnderscored = !wrongName.startsWith('_');
  const tb = e.traceback;
  if (hideUnderscored && tb !== null) {
    // Inside a method of the object itself, its private names are fair suggestions.
    const locals = getAttr(innermostFrame(tb), 'f_locals');
    if (contains(locals, 'self') && getItem(locals, 'self') === obj) hideUnderscored = false;
  }
  if (hideUnderscored) d = d.filter((x) => !x.startsWith('_'));
  return d;
}

function importCandidates(interp: Interpreter, e: PyBaseException, wrongName: string): string[] {
  // __import__(name) gives the top-level package of a dotted name, as in traceback.py.
  const mod = callObject(interp.builtins.getStr('__import__')!, [attrOrNone(e, 'name')]);
  let names: PyValue[];
  try {
    names = toArray(callObject(interp.builtins.getStr('dir')!, [mod]));
  } catch (err) {
    if (!(err instanceof PyBaseException) || !err.cls.isSubtypeOf(TypeError)) throw err;
    names = toArray(getAttr(mod, '__dict__'));
  }
  let d = sortedStrings(names);
  if (!wrongName.startsWith('_')) d = d.filter((x) => !x.startsWith('_'));
  return d;
}

/** The suggestion for a NameError: "self.<name>" inside a method whose self has it, else the closest name. */
function nameErrorSuggestion(e: PyBaseException, wrongName: string): string | null {
  const tb = e.traceback;
  if (tb === null) return null;
  const frame = innermostFrame(tb);
  const locals = getAttr(frame, 'f_locals');
  const d = [
    ...toArray(locals),
    ...toArray(getAttr(frame, 'f_globals')),
    ...toArray(getAttr(frame, 'f_builtins')),
  ].filter((x): x is string => typeof x === 'string');
  if (contains(locals, 'self')) {
    const self = getItem(locals, 'self');
    let has = false;
    try {
      has = getAttrOrUndefined(self, wrongName) !== undefined;
    } catch {
      has = false;
    }
    if (has) return `self.${wrongName}`;
  }
  return closestName(d, wrongName);
}

function safely(compute: () => string | null): string | null {
  try {
    return compute();
  } catch (err) {
    if (err instanceof PyBaseException) return null;
    throw err;
  }
}

/**
 * What CPython's printer appends to the message of `e`: ". Did you mean: 'x'?", ". Did you forget to
 * import 'sys'?" (a NameError naming a standard library module), both, or ''.
 */
export function suggestionSuffix(e: PyBaseException): string {
  let interp: Interpreter;
  try {
    interp = currentInterpreter();
  } catch {
    return ''; // no interpreter: nothing to look names up in
  }
  const cls = e.cls;
  if (cls.isSubtypeOf(ImportError)) {
    const wrong = attrOrNone(e, 'name_from');
    if (wrong === None) return '';
    if (typeof wrong !== 'string') return '';
    const s = safely(() => closestName(importCandidates(interp, e, wrong), wrong));
    return s === null ? '' : `. Did you mean: '${s}'?`;
  }
  if (!cls.isSubtypeOf(NameError) && !cls.isSubtypeOf(AttributeError)) return '';
  const wrong = attrOrNone(e, 'name');
  if (wrong === None || typeof wrong !== 'string') return '';
  let out = '';
  let suggestion: string | null;
  if (cls.isSubtypeOf(AttributeError)) {
    suggestion = safely(() => closestName(attributeCandidates(interp, e, wrong), wrong));
  } else {
    suggestion = safely(() => nameErrorSuggestion(e, wrong));
  }
  if (suggestion !== null && suggestion !== '') out += `. Did you mean: '${suggestion}'?`;
  if (cls.isSubtypeOf(NameError)) {
    const stdlib = interp.sys.getStr('stdlib_module_names');
    if (stdlib !== undefined && safely(() => (contains(stdlib, wrong) ? 'y' : null)) !== null) {
      out += out !== '' ? ` Or did you forget to import '${wrong}'?` : `. Did you forget to import '${wrong}'?`;
    }
  }
  return out;
}
