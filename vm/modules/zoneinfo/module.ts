// The _zoneinfo module object (CPython's Modules/_zoneinfo.c): ZoneInfo, which Lib/zoneinfo/__init__.py
// imports. Executing the module looks up the Python helpers ZoneInfo calls back into (as the C module's
// exec slot does) and starts its caches empty.

import { PyModule } from '../../objects/module.js';
import { getAttr } from '../../runtime/attributes.js';
import { importModule } from '../../runtime/import.js';
import { registerNativeModule } from '../registry.js';
import { zoneInfoType, setZoneinfoState, newWeakCache } from './zoneinfo_type.js';

registerNativeModule('_zoneinfo', (interp) => {
  const mod = new PyModule('_zoneinfo');
  mod.dict.setStr('__doc__', 'C implementation of the zoneinfo module');
  mod.dict.setStr('ZoneInfo', zoneInfoType);
  return mod;
}, (interp) => {
  // The exec phase: Lib/zoneinfo/__init__.py, which zoneinfo._tzpath's import runs, imports _zoneinfo.
  importModule(interp, 'datetime');
  setZoneinfoState({
    findTzfile: getAttr(importModule(interp, 'zoneinfo._tzpath'), 'find_tzfile'),
    ioOpen: getAttr(importModule(interp, 'io'), 'open'),
    common: importModule(interp, 'zoneinfo._common'),
    weakCache: newWeakCache(),
    strong: [],
    deltas: new Map(),
  });
});
