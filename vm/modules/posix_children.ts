// Child-process waiting in the posix module (waitpid, wait, WNOHANG...): subprocess binds os.waitpid and
// os.WNOHANG when it is imported, and asyncio imports subprocess. A pyrewind program never has child
// processes (fork_exec refuses to start any, see posixsubprocess.ts), so waiting for one fails with
// ChildProcessError(ECHILD), as it would in a process that has none. posix.ts calls the installer.

import type { PyValue } from '../objects/object.js';
import { PyNativeFunction, argRange } from '../objects/native.js';
import { asIndex } from '../runtime/protocols.js';
import { posixError } from './posix.js';
import { errnoNumber, strerror } from './errno.js';
import type { PyModule } from '../objects/module.js';

const ECHILD = errnoNumber('ECHILD')!;

/** Adds waitpid, wait and the W* flags to the posix module being made. */
export function defineChildProcessFunctions(mod: PyModule): void {
  const d = mod.dict;
  const noChild = (): PyValue => {
    throw posixError(ECHILD, strerror(ECHILD));
  };
  d.setStr('waitpid', new PyNativeFunction('waitpid', (args, kw) => {
    argRange('waitpid', args, kw, 2, 2);
    asIndex(args[0]);
    asIndex(args[1]);
    return noChild();
  }, mod));
  d.setStr('wait', new PyNativeFunction('wait', (args, kw) => {
    argRange('wait', args, kw, 0, 0);
    return noChild();
  }, mod));
  d.setStr('WNOHANG', 1);
  d.setStr('WUNTRACED', 2);
  d.setStr('WCONTINUED', 8);
}
