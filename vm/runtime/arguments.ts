// Binding call arguments to a Python function's parameters (CPython's _PyEval_MakeFrameVector /
// initialize_locals), with CPython's exact error messages.
//
// Fills slots[0 .. totalArgs) of a new frame: positional parameters, keyword-only parameters, then
// *args and **kwargs. It never runs Python code except to build the **kwargs dict.

import { PyValue } from '../objects/object.js';
import { PyFunction } from '../objects/function.js';
import { PyTuple, tuple } from '../objects/tuple.js';
import { PyDict } from '../objects/dict.js';
import { CO_VARARGS, CO_VARKEYWORDS } from '../objects/code.js';
import { typeError } from './raise.js';
import { unexpectedKeywordMessage } from './keyword_suggestion.js';
import type { PyBaseException } from '../objects/exceptions.js';
import { Slot } from './frame.js';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function nameList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

export function bindArguments(
  func: PyFunction,
  slots: Slot[],
  args: PyValue[],
  kwargs: Map<string, PyValue> | null,
): void {
  if (kwargs === null || kwargs.size === 0) {
    bindArgumentsKw(func, slots, args, 0, args.length, null);
    return;
  }
  // Native callers pass a Map; CALL_KW's form is the values after the positionals plus their names.
  const all = args.slice();
  for (const v of kwargs.values()) all.push(v);
  bindArgumentsKw(func, slots, all, 0, all.length, [...kwargs.keys()]);
}

/**
 * The error for keyword `key` that names no parameter: as CPython, a positional-only name passed by
 * keyword anywhere in the call is reported first; otherwise the message may suggest a parameter name.
 */
function unexpectedKeyword(func: PyFunction, key: string, kwnames: readonly PyValue[]): PyBaseException {
  const co = func.code;
  const names = co.localsplusnames;
  const posOnly: string[] = [];
  for (const k of kwnames) {
    for (let j = 0; j < co.posonlyargcount; j++) {
      if (names[j] === k) {
        posOnly.push(k as string);
        break;
      }
    }
  }
  if (posOnly.length > 0) {
    return typeError(
      `${func.qualname}() got some positional-only arguments passed as keyword arguments: '${posOnly.join(', ')}'`,
    );
  }
  const keywordNames = names.slice(co.posonlyargcount, co.argcount + co.kwonlyargcount);
  return typeError(unexpectedKeywordMessage(`${func.qualname}()`, key, keywordNames));
}

/**
 * The binding itself, in the form CALL_KW has it on the stack (so a keyword call to a Python function
 * builds no Map and no argument array): `src[start .. start + count)` holds the positional arguments
 * followed by one value per name in `kwnames`. `src` may be the caller's own stack, read in place: the
 * binding only reads it, and it is never the new frame's `slots`.
 */
export function bindArgumentsKw(
  func: PyFunction,
  slots: Slot[],
  src: readonly Slot[],
  start: number,
  count: number,
  kwnames: readonly PyValue[] | null,
): void {
  const co = func.code;
  const argcount = co.argcount;
  const kwonly = co.kwonlyargcount;
  const flags = co.flags;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const nargs = count - nkw;
  const names = co.localsplusnames;
  const fname = func.qualname;

  // Fast path: exact positional call, no defaults needed, no varargs.
  if (nargs === argcount && nkw === 0 && kwonly === 0 && !(flags & (CO_VARARGS | CO_VARKEYWORDS))) {
    for (let i = 0; i < nargs; i++) slots[i] = src[start + i];
    return;
  }

  let kwdict: PyDict | null = null;
  if (flags & CO_VARKEYWORDS) {
    kwdict = new PyDict();
    slots[argcount + kwonly + (flags & CO_VARARGS ? 1 : 0)] = kwdict;
  }

  const npos = Math.min(nargs, argcount);
  for (let i = 0; i < npos; i++) slots[i] = src[start + i];
  if (flags & CO_VARARGS) {
    slots[argcount + kwonly] = nargs > argcount ? tuple(src.slice(start + argcount, start + nargs) as PyValue[]) : tuple([]);
  } else if (nargs > argcount) {
    tooManyPositional(func, nargs, kwnames);
  }

  if (nkw > 0) {
    let posOnlyAsKw: string[] | null = null;
    for (let k = 0; k < nkw; k++) {
      const key = kwnames![k] as string;
      const value = src[start + nargs + k] as PyValue;
      let idx = -1;
      for (let j = co.posonlyargcount; j < argcount + kwonly; j++) {
        if (names[j] === key) {
          idx = j;
          break;
        }
      }
      if (idx < 0) {
        if (kwdict !== null) {
          kwdict.setStr(key, value);
          continue;
        }
        for (let j = 0; j < co.posonlyargcount; j++) {
          if (names[j] === key) {
            (posOnlyAsKw ??= []).push(key);
            idx = -2;
            break;
          }
        }
        if (idx === -2) continue;
        throw unexpectedKeyword(func, key, kwnames!);
      }
      if (slots[idx] !== undefined) {
        throw typeError(`${fname}() got multiple values for argument '${key}'`);
      }
      slots[idx] = value;
    }
    if (posOnlyAsKw !== null) {
      throw typeError(
        `${fname}() got some positional-only arguments passed as keyword arguments: '${posOnlyAsKw.join(', ')}'`,
      );
    }
  }

  // Defaults for missing positional parameters.
  if (nargs < argcount) {
    const defaults = func.defaults === null ? null : func.defaults.items;
    const firstDefault = argcount - (defaults === null ? 0 : defaults.length);
    let missing: string[] | null = null; // allocated only for the error
    for (let i = nargs; i < argcount; i++) {
      if (slots[i] === undefined) {
        if (i >= firstDefault) slots[i] = defaults![i - firstDefault];
        else (missing ??= []).push(names[i]);
      }
    }
    if (missing !== null) {
      throw typeError(
        `${fname}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${nameList(missing)}`,
      );
    }
  }
  if (kwonly > 0) {
    let missing: string[] | null = null;
    for (let i = argcount; i < argcount + kwonly; i++) {
      if (slots[i] === undefined) {
        const d = func.kwdefaults?.getStr(names[i]);
        if (d !== undefined) slots[i] = d;
        else (missing ??= []).push(names[i]);
      }
    }
    if (missing !== null) {
      throw typeError(
        `${fname}() missing ${missing.length} required keyword-only argument${missing.length === 1 ? '' : 's'}: ${nameList(missing)}`,
      );
    }
  }
}

function tooManyPositional(func: PyFunction, nargs: number, kwnames: readonly PyValue[] | null): never {
  const co = func.code;
  const argcount = co.argcount;
  const ndefaults = func.defaults?.items.length ?? 0;
  const fname = func.qualname;
  let kwonlyGiven = 0;
  if (kwnames !== null) {
    for (let i = argcount; i < argcount + co.kwonlyargcount; i++) {
      if (kwnames.includes(co.localsplusnames[i])) kwonlyGiven++;
    }
  }
  let takes: string;
  if (ndefaults > 0) {
    takes = `from ${argcount - ndefaults} to ${argcount} positional arguments`;
  } else {
    takes = plural(argcount, 'positional argument');
  }
  let given = `${nargs} ${nargs === 1 && kwonlyGiven === 0 ? 'was' : 'were'} given`;
  if (kwonlyGiven > 0) {
    given = `${plural(nargs, 'positional argument')} (and ${plural(kwonlyGiven, 'keyword-only argument')}) were given`;
  }
  throw typeError(`${fname}() takes ${takes} but ${given}`);
}

export { PyTuple };
