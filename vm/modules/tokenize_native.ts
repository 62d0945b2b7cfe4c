// The _tokenize module (CPython's Python/Python-tokenize.c), as far as pyrewind has it: the module
// exists so that tokenize, and with it traceback, linecache and logging, can be imported; its one
// type, TokenizerIter (CPython's C tokenizer behind tokenize.generate_tokens), is not implemented yet
// and says so when used. Must not pretend to tokenize, and must not import Node modules.

import { makeBuiltinType, objectType } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { defNew } from '../objects/native.js';
import { notImplementedError } from '../runtime/raise.js';
import { registerNativeModule } from './registry.js';

const tokenizerIterType = makeBuiltinType('TokenizerIter', objectType, '_tokenize');

defNew(tokenizerIterType, () => {
  throw notImplementedError("pyrewind does not implement CPython's tokenizer (_tokenize.TokenizerIter) yet");
});

registerNativeModule('_tokenize', () => {
  const mod = new PyModule('_tokenize');
  mod.dict.setStr('TokenizerIter', tokenizerIterType);
  return mod;
});
