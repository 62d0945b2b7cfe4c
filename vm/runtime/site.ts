// What CPython's `site` module adds to builtins when a program starts: exit() and quit(), instances of
// _sitebuiltins.Quitter. Calling one closes sys.stdin and raises SystemExit(code).
//
// Only what a non-interactive `python3 prog.py` has (no help(), copyright, credits or license objects,
// no site-packages). Nothing here runs at import time except creating the Quitter type.

import { PyObject, PyValue, makeBuiltinType } from '../objects/object.js';
import { PyDict } from '../objects/dict.js';
import { defMethod, bindArgs } from '../objects/native.js';
import { None } from '../objects/singletons.js';
import { PyBaseException, SystemExit } from '../objects/exceptions.js';
import { callObject } from './call.js';
import { getAttrOrUndefined } from './attributes.js';
import { str } from './protocols.js';
import { currentInterpreter, type Interpreter } from './interpreter.js';

const quitterType = makeBuiltinType('Quitter', undefined, '_sitebuiltins');
quitterType.hasInstanceDict = true;

function field(self: PyValue, name: string): PyValue {
  return (self as PyObject).dict?.getStr(name) ?? None;
}

defMethod(quitterType, '__repr__', (self) => `Use ${str(field(self, 'name'))}() or ${str(field(self, 'eof'))} to exit`);

defMethod(quitterType, '__call__', (_self, args, kwargs) => {
  const [code] = bindArgs('__call__', ['code'], args, kwargs);
  // Shells such as IDLE catch the SystemExit but notice that their stdin was closed.
  try {
    const stdin = currentInterpreter().sys.getStr('stdin');
    const close = stdin === undefined ? undefined : getAttrOrUndefined(stdin, 'close');
    if (close !== undefined) callObject(close, []);
  } catch {
    /* like the bare except in _sitebuiltins */
  }
  throw new PyBaseException(SystemExit, code === undefined ? [None] : [code]);
});

/** Adds exit and quit to the builtins of `interp`. */
export function installSiteBuiltins(interp: Interpreter): void {
  for (const name of ['exit', 'quit']) {
    const q = new PyObject(quitterType);
    q.dict = new PyDict();
    q.dict.setStr('name', name);
    q.dict.setStr('eof', 'Ctrl-D (i.e. EOF)');
    interp.builtins.setStr(name, q);
  }
}
