// The _datetime module object (CPython's Modules/_datetimemodule.c): the six types, MINYEAR,
// MAXYEAR and UTC. Lib/datetime.py star-imports it. The C API capsule (datetime_CAPI) has no
// meaning in the VM and is not provided.

import { PyModule } from '../../objects/module.js';
import { registerNativeModule } from '../registry.js';
import { dateType, datetimeType, timeType, deltaType, tzinfoType, timezoneType, utc } from './types.js';
import { MINYEAR, MAXYEAR } from './calendar_math.js';
import { setInterpreter } from './format.js';
import './timedelta.js';
import './date.js';
import './time.js';
import './timezone.js';
import './datetime.js';

registerNativeModule('_datetime', (interp) => {
  setInterpreter(interp);
  const mod = new PyModule('_datetime');
  const d = mod.dict;
  d.setStr('__doc__', 'Fast implementation of the datetime module.');
  d.setStr('date', dateType);
  d.setStr('datetime', datetimeType);
  d.setStr('time', timeType);
  d.setStr('timedelta', deltaType);
  d.setStr('tzinfo', tzinfoType);
  d.setStr('timezone', timezoneType);
  d.setStr('MINYEAR', MINYEAR);
  d.setStr('MAXYEAR', MAXYEAR);
  d.setStr('UTC', utc);
  return mod;
});
