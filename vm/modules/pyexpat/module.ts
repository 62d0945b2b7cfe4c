// Registers the pyexpat module (CPython's Modules/pyexpat.c) with its submodules pyexpat.errors
// (error codes and messages) and pyexpat.model (content model constants): ParserCreate,
// ErrorString, ExpatError/error, the version and feature constants. The parser is in parser.ts.


import { PyModule } from '../../objects/module.js';
import { PyDict } from '../../objects/dict.js';
import { PyList } from '../../objects/list.js';
import { PyTuple } from '../../objects/tuple.js';
import { PyNativeFunction, oneArg } from '../../objects/native.js';
import { None } from '../../objects/singletons.js';
import { asIndex } from '../../runtime/protocols.js';
import { registerNativeModule } from '../registry.js';
import { ERROR_MESSAGES, ERROR_NAMES, ExpatErrorType } from './errors.js';
import { xmlparserType, parserCreate } from './parser.js';
import {
  CTYPE_EMPTY, CTYPE_ANY, CTYPE_MIXED, CTYPE_NAME, CTYPE_CHOICE, CTYPE_SEQ, CQUANT_NONE, CQUANT_OPT, CQUANT_REP, CQUANT_PLUS,
} from './dtd.js';

/** The expat release pyodide's CPython 3.14 reports (the behaviour this parser follows). */
const VERSION: [number, number, number] = [2, 7, 3];

const FEATURES: [string, number][] = [
  ['sizeof(XML_Char)', 1],
  ['sizeof(XML_LChar)', 1],
  ['XML_DTD', 0],
  ['XML_CONTEXT_BYTES', 1024],
  ['XML_NS', 0],
  ['XML_BLAP_MAX_AMP', 100],
  ['XML_BLAP_ACT_THRES', 8388608],
  ['XML_GE', 0],
  ['XML_AT_MAX_AMP', 100],
  ['XML_AT_ACT_THRES', 67108864],
];

function makeErrors(): PyModule {
  const mod = new PyModule('pyexpat.errors');
  const d = mod.dict;
  d.setStr('__doc__', 'Constants used to describe error conditions.');
  const codes = new PyDict();
  const messages = new PyDict();
  for (let code = 1; code < ERROR_MESSAGES.length; code++) {
    d.setStr('XML_ERROR_' + ERROR_NAMES[code], ERROR_MESSAGES[code]);
    codes.setStr(ERROR_MESSAGES[code], code);
    messages.set(code, ERROR_MESSAGES[code]);
  }
  d.setStr('codes', codes);
  d.setStr('messages', messages);
  return mod;
}

function makeModel(): PyModule {
  const mod = new PyModule('pyexpat.model');
  const d = mod.dict;
  d.setStr('__doc__', 'Constants used to interpret content model information.');
  const consts: [string, number][] = [
    ['XML_CTYPE_EMPTY', CTYPE_EMPTY], ['XML_CTYPE_ANY', CTYPE_ANY], ['XML_CTYPE_MIXED', CTYPE_MIXED],
    ['XML_CTYPE_NAME', CTYPE_NAME], ['XML_CTYPE_CHOICE', CTYPE_CHOICE], ['XML_CTYPE_SEQ', CTYPE_SEQ],
    ['XML_CQUANT_NONE', CQUANT_NONE], ['XML_CQUANT_OPT', CQUANT_OPT], ['XML_CQUANT_REP', CQUANT_REP],
    ['XML_CQUANT_PLUS', CQUANT_PLUS],
  ];
  for (const [k, v] of consts) d.setStr(k, v);
  return mod;
}

registerNativeModule('pyexpat', (interp) => {
  const mod = new PyModule('pyexpat');
  const d = mod.dict;
  d.setStr('__doc__', 'Python wrapper for Expat parser.');
  d.setStr('EXPAT_VERSION', `expat_${VERSION.join('.')}`);
  d.setStr('version_info', new PyTuple([...VERSION]));
  d.setStr('native_encoding', 'UTF-8');
  d.setStr('features', new PyList(FEATURES.map(([k, v]) => new PyTuple([k, v]))));
  d.setStr('XML_PARAM_ENTITY_PARSING_NEVER', 0);
  d.setStr('XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE', 1);
  d.setStr('XML_PARAM_ENTITY_PARSING_ALWAYS', 2);
  d.setStr('ExpatError', ExpatErrorType);
  d.setStr('error', ExpatErrorType);
  d.setStr('XMLParserType', xmlparserType);
  d.setStr('ParserCreate', new PyNativeFunction('ParserCreate', parserCreate, mod));
  d.setStr(
    'ErrorString',
    new PyNativeFunction(
      'ErrorString',
      (args, kw) => {
        const code = asIndex(oneArg('pyexpat.ErrorString', args, kw));
        const n = typeof code === 'number' ? code : -1;
        return n >= 1 && n < ERROR_MESSAGES.length ? ERROR_MESSAGES[n] : None;
      },
      mod,
    ),
  );
  const errors = makeErrors();
  const model = makeModel();
  d.setStr('errors', errors);
  d.setStr('model', model);
  // pyexpat puts its submodules in sys.modules so that "import pyexpat.errors" works.
  interp.modules.setStr('pyexpat.errors', errors);
  interp.modules.setStr('pyexpat.model', model);
  return mod;
});

