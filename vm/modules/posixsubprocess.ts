// The _posixsubprocess module, so that subprocess (and asyncio, which imports it) can be imported.
// pyrewind cannot start processes: fork_exec raises OSError(ENOSYS) saying so, never pretending that a
// child ran.

import type { PyValue } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyNativeFunction } from '../objects/native.js';
import { posixError } from './posix.js';
import { errnoNumber } from './errno.js';
import { registerNativeModule } from './registry.js';

const ENOSYS = errnoNumber('ENOSYS')!;

function makePosixSubprocess(): PyModule {
  const mod = new PyModule('_posixsubprocess');
  mod.dict.setStr('fork_exec', new PyNativeFunction('fork_exec', (): PyValue => {
    throw posixError(ENOSYS, 'fork_exec(): pyrewind cannot start processes');
  }, mod));
  return mod;
}

registerNativeModule('_posixsubprocess', makePosixSubprocess);
