// The _suggestions module (CPython's Modules/_suggestions.c): _generate_suggestions(candidates, item),
// the closest-name kernel that Lib/traceback.py uses for its "Did you mean" hints. The kernel itself is
// vm/runtime/suggestions.ts, shared with the VM's own traceback printer so both always agree.

import { PyValue } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyList, listType } from '../objects/list.js';
import { PyNativeFunction, noKwargs } from '../objects/native.js';
import { None } from '../objects/singletons.js';
import { asStr, clinicTypeName } from '../objects/str_methods.js';
import { typeError } from '../runtime/raise.js';
import { closestIndex } from '../runtime/suggestions.js';
import { registerNativeModule } from './registry.js';

function generateSuggestions(args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  noKwargs('_suggestions._generate_suggestions', kwargs);
  if (args.length !== 2) throw typeError(`_generate_suggestions expected 2 arguments, got ${args.length}`);
  const [candidates, item] = args;
  const name = asStr(item);
  if (name === null) throw typeError(`_generate_suggestions() argument 2 must be str, not ${clinicTypeName(item)}`);
  if (!(candidates instanceof PyList) || candidates.cls !== listType) throw typeError('candidates must be a list');
  const names: string[] = [];
  for (const c of candidates.items) {
    const s = asStr(c);
    if (s === null) throw typeError("all elements in 'candidates' must be strings");
    names.push(s);
  }
  const i = closestIndex(names, name);
  // The candidate object itself (a str subclass instance stays one).
  return i < 0 ? None : candidates.items[i];
}

export function makeSuggestions(): PyModule {
  const mod = new PyModule('_suggestions');
  mod.dict.setStr('_generate_suggestions', new PyNativeFunction('_generate_suggestions', generateSuggestions, mod));
  return mod;
}

registerNativeModule('_suggestions', makeSuggestions);
