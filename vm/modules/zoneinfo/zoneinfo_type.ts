// zoneinfo.ZoneInfo (CPython's Modules/_zoneinfo.c): a datetime.tzinfo built from a TZif file. Holds
// the construction paths (the cached ZoneInfo(key), no_cache, from_file, _unpickle), the per-class weak
// cache and the base class's strong LRU cache of 8 zones, clear_cache, the tzinfo methods, the string
// forms and pickling by key.
//
// As in CPython, the file is found and read by the Python helpers: zoneinfo._tzpath.find_tzfile (TZPATH,
// reset_tzpath, PYTHONTZPATH), zoneinfo._common.load_tzdata (the tzdata package through
// importlib.resources), io.open and zoneinfo._common.load_data (the TZif parser); this file turns their
// result into transition data (zone_data.ts). It must not touch files itself.

import { PyInstance, PyType, PyValue, makeBuiltinType, typeName } from '../../objects/object.js';
import { PyTuple, tupleType } from '../../objects/tuple.js';
import { None } from '../../objects/singletons.js';
import { PyBaseException } from '../../objects/exceptions.js';
import { defMethod, defClassMethod, defGetSet, bindArgs, oneArg, noArgs } from '../../objects/native.js';
import { asIndex, eq, getIter, iterNext, repr } from '../../runtime/protocols.js';
import { callObject } from '../../runtime/call.js';
import { getAttr, setAttr } from '../../runtime/attributes.js';
import { binaryOp } from '../../runtime/operators.js';
import { importModule } from '../../runtime/import.js';
import { currentInterpreter } from '../../runtime/interpreter.js';
import { attributeError, systemError, typeError, valueError } from '../../runtime/raise.js';
import { PyDate, PyDateTime, PyDelta, datetimeType, tzinfoType, newDelta, defDatetimeNew } from '../datetime/types.js';
import { ymdToOrd, ordToYmd } from '../datetime/calendar_math.js';
import { Ttinfo } from './tz_rules.js';
import { ZoneData, buildZoneData, ttinfoAtLocal, ttinfoAtUtc } from './zone_data.js';

export const zoneInfoType: PyType = makeBuiltinType('ZoneInfo', tzinfoType, 'zoneinfo');

const SOURCE_NOCACHE = 0;
const SOURCE_CACHE = 1;
const SOURCE_FILE = 2;
const STRONG_CACHE_SIZE = 8;
const EPOCH_ORDINAL = 719163;
/** CPython's BINARY_OP argument for +. */
const NB_ADD = 0;

export class PyZoneInfo extends PyInstance {
  key: PyValue = None;
  /** repr() of the file object, for the repr of zones made by from_file without a key. */
  fileRepr: string | null = null;
  data: ZoneData | null = null;
  source = SOURCE_NOCACHE;
}
zoneInfoType.allocate = (cls) => new PyZoneInfo(cls);

/** The module's state: the Python helpers it calls and its caches. */
export interface ZoneinfoState {
  findTzfile: PyValue;
  ioOpen: PyValue;
  common: PyValue;
  weakCache: PyValue;
  /** The base class's strong cache, most recently used first. */
  strong: { key: PyValue; zone: PyValue }[];
  /** Timedeltas by seconds, so that equal offsets are the same object. */
  deltas: Map<number, PyDelta>;
}

let state: ZoneinfoState | null = null;

export function setZoneinfoState(s: ZoneinfoState): void {
  state = s;
}

function st(): ZoneinfoState {
  if (state === null) throw systemError('the _zoneinfo module is not initialised');
  return state;
}

export function newWeakCache(): PyValue {
  const weakref = importModule(currentInterpreter(), 'weakref');
  return callObject(getAttr(weakref, 'WeakValueDictionary'), []);
}

function callMethod(obj: PyValue, name: string, args: PyValue[]): PyValue {
  return callObject(getAttr(obj, name), args);
}

const NO_TTINFO: Ttinfo = { utcoff: None, dstoff: None, tzname: None, utcoffSeconds: 0 };

function makeTtinfo(utcoff: number, dstoff: number, tzname: PyValue): Ttinfo {
  return { utcoff: loadDelta(utcoff), dstoff: loadDelta(dstoff), tzname, utcoffSeconds: utcoff };
}

function loadDelta(seconds: number): PyDelta {
  const cache = st().deltas;
  let d = cache.get(seconds);
  if (d === undefined) {
    d = newDelta(0, seconds, 0);
    cache.set(seconds, d);
  }
  return d;
}

// ---- loading --------------------------------------------------------------------------------------------

function loadData(self: PyZoneInfo, fobj: PyValue): void {
  const loaded = callMethod(st().common, 'load_data', [fobj]);
  if (!(loaded instanceof PyTuple) || loaded.cls !== tupleType) {
    throw typeError(`Invalid data result type: ${repr(loaded)}`);
  }
  self.data = buildZoneData(loaded, makeTtinfo);
}

/** zoneinfo_new_instance: a zone read from the file the key names, bypassing the caches. */
function newInstance(cls: PyType, key: PyValue): PyZoneInfo {
  const s = st();
  const path = callObject(s.findTzfile, [key]);
  let fobj: PyValue | null = null;
  if (path === None) fobj = callMethod(s.common, 'load_tzdata', [key]);
  const self = cls.allocate!(cls) as PyZoneInfo;
  if (fobj === null) fobj = callObject(s.ioOpen, [path, 'rb']);
  try {
    loadData(self, fobj);
  } catch (e) {
    // The file is closed on failure too; an error from close() is chained to the first one.
    try {
      callMethod(fobj, 'close', []);
    } catch (closeErr) {
      if (closeErr instanceof PyBaseException && e instanceof PyBaseException && closeErr.context === null) {
        closeErr.context = e;
      }
      throw closeErr;
    }
    throw e;
  }
  callMethod(fobj, 'close', []);
  self.key = key;
  return self;
}

function weakCacheOf(cls: PyType): PyValue {
  return cls === zoneInfoType ? st().weakCache : getAttr(cls, '_weak_cache');
}

function strongIndex(s: ZoneinfoState, key: PyValue): number {
  const nodes = s.strong;
  for (let i = 0; i < nodes.length; i++) if (eq(key, nodes[i].key)) return i;
  return -1;
}

/** ZoneInfo(key): the strong cache (base class only), then the class's weak cache, then the file. */
function cachedZone(cls: PyType, key: PyValue): PyValue {
  const s = st();
  if (cls === zoneInfoType) {
    const i = strongIndex(s, key);
    if (i >= 0) {
      const node = s.strong[i];
      if (i > 0) {
        s.strong.splice(i, 1);
        s.strong.unshift(node);
      }
      return node.zone;
    }
  }
  const weak = weakCacheOf(cls);
  let zone = callMethod(weak, 'get', [key, None]);
  if (zone === None) {
    const fresh = newInstance(cls, key);
    zone = callMethod(weak, 'setdefault', [key, fresh]);
    if (zone instanceof PyZoneInfo) zone.source = SOURCE_CACHE;
  }
  if (cls === zoneInfoType) {
    s.strong.unshift({ key, zone });
    if (s.strong.length > STRONG_CACHE_SIZE) s.strong.length = STRONG_CACHE_SIZE;
  }
  return zone;
}

defDatetimeNew(zoneInfoType, (cls, args, kw) => {
  const [key] = bindArgs('ZoneInfo', ['key'], args, kw, 1);
  return cachedZone(cls, key!);
});

defClassMethod(zoneInfoType, 'no_cache', (cls, args, kw) => {
  const [key] = bindArgs('no_cache', ['key'], args, kw, 1);
  const z = newInstance(cls, key!);
  z.source = SOURCE_NOCACHE;
  return z;
});

defClassMethod(zoneInfoType, 'from_file', (cls, args, kw) => {
  const [fobj, key] = bindArgs('from_file', ['', 'key'], args, kw, 1, 1);
  const self = cls.allocate!(cls) as PyZoneInfo;
  const fileRepr = repr(fobj!);
  loadData(self, fobj!);
  self.source = SOURCE_FILE;
  self.fileRepr = fileRepr;
  self.key = key ?? None;
  return self;
});

defClassMethod(zoneInfoType, 'clear_cache', (cls, args, kw) => {
  const [onlyKeys] = bindArgs('clear_cache', ['only_keys'], args, kw, 0, 0, 0);
  const s = st();
  const weak = weakCacheOf(cls);
  if (onlyKeys === undefined || onlyKeys === None) {
    callMethod(weak, 'clear', []);
    if (cls === zoneInfoType) s.strong.length = 0;
    return None;
  }
  const it = getIter(onlyKeys);
  for (let item = iterNext(it); item !== undefined; item = iterNext(it)) {
    if (cls === zoneInfoType) {
      const i = strongIndex(s, item);
      if (i >= 0) s.strong.splice(i, 1);
    }
    callMethod(weak, 'pop', [item, None]);
  }
  return None;
});

defClassMethod(zoneInfoType, '_unpickle', (cls, args, kw) => {
  const [key, fromCache] = bindArgs('_unpickle', ['key', 'from_cache'], args, kw, 2, 2);
  // unsigned_char(bitwise=True): any integer, keeping its low 8 bits.
  const flag = Number(BigInt.asUintN(8, BigInt(asIndex(fromCache!))));
  return flag ? cachedZone(cls, key!) : newInstance(cls, key!);
});

defClassMethod(zoneInfoType, '__init_subclass__', (cls) => {
  // Every subclass gets its own weak cache (the strong cache is the base class's only).
  setAttr(cls, '_weak_cache', newWeakCache());
  return None;
});

// ---- tzinfo methods ---------------------------------------------------------------------------------------

function zoneData(self: PyValue): ZoneData {
  const d = (self as PyZoneInfo).data;
  if (d === null) throw systemError('ZoneInfo object was not initialised by ZoneInfo()');
  return d;
}

function longOf(v: PyValue): number {
  return Number(asIndex(v));
}

/** get_local_timestamp: the wall time of dt as seconds since 1970-01-01, as if it were UTC. */
function localTimestamp(dt: PyValue): number {
  if (dt instanceof PyDateTime && dt.cls === datetimeType) {
    return (ymdToOrd(dt.year, dt.month, dt.day) - EPOCH_ORDINAL) * 86400 + dt.hour * 3600 + dt.minute * 60 + dt.second;
  }
  // Subclasses and other objects are asked through their methods and attributes, in this order.
  const ord = longOf(callMethod(dt, 'toordinal', []));
  const hour = longOf(getAttr(dt, 'hour'));
  const minute = longOf(getAttr(dt, 'minute'));
  const second = longOf(getAttr(dt, 'second'));
  return (ord - EPOCH_ORDINAL) * 86400 + hour * 3600 + minute * 60 + second;
}

function yearOf(dt: PyValue, ts: number): number {
  if (dt instanceof PyDate) return dt.year;
  return ordToYmd(Math.floor(ts / 86400) + EPOCH_ORDINAL)[0];
}

function findTtinfo(self: PyValue, dt: PyValue): Ttinfo {
  const z = zoneData(self);
  // datetime.time passes None: only a zone with one fixed offset can answer.
  if (dt === None) return z.fixedOffset ? z.ruleAfter.std : NO_TTINFO;
  const ts = localTimestamp(dt);
  const fold = dt instanceof PyDateTime ? dt.fold : 0;
  return ttinfoAtLocal(z, ts, fold, yearOf(dt, ts));
}

defMethod(zoneInfoType, 'utcoffset', (self, args, kw) => {
  const [dt] = bindArgs('utcoffset', ['dt'], args, kw, 1, 1);
  return findTtinfo(self, dt!).utcoff;
});
defMethod(zoneInfoType, 'dst', (self, args, kw) => {
  const [dt] = bindArgs('dst', ['dt'], args, kw, 1, 1);
  return findTtinfo(self, dt!).dstoff;
});
defMethod(zoneInfoType, 'tzname', (self, args, kw) => {
  const [dt] = bindArgs('tzname', ['dt'], args, kw, 1, 1);
  return findTtinfo(self, dt!).tzname;
});

defMethod(zoneInfoType, 'fromutc', (self, args, kw) => {
  const dt = oneArg('ZoneInfo.fromutc', args, kw);
  if (!(dt instanceof PyDateTime) || !dt.cls.isSubtypeOf(datetimeType)) {
    throw typeError('fromutc: argument must be a datetime');
  }
  if (dt.tz !== self) throw valueError('fromutc: dt.tzinfo is not self');
  const ts = localTimestamp(dt);
  const [tti, fold] = ttinfoAtUtc(zoneData(self), ts, dt.year);
  const local = binaryOp(NB_ADD, dt, tti.utcoff);
  if (!fold) return local;
  if (local instanceof PyDateTime && local.cls === datetimeType) {
    return new PyDateTime(
      local.year, local.month, local.day, local.hour, local.minute, local.second, local.us, local.tz, 1,
    );
  }
  return callObject(getAttr(local, 'replace'), [], new Map<string, PyValue>([['fold', 1]]));
});

// ---- string forms, pickling, attributes ---------------------------------------------------------------------

function zoneRepr(self: PyZoneInfo): string {
  if (self.key !== None) return `${typeName(self)}(key=${repr(self.key)})`;
  return `${typeName(self)}.from_file(${self.fileRepr ?? ''})`;
}
defMethod(zoneInfoType, '__repr__', (self) => zoneRepr(self as PyZoneInfo));
defMethod(zoneInfoType, '__str__', (self) => {
  const z = self as PyZoneInfo;
  return z.key !== None ? z.key : zoneRepr(z);
});

defMethod(zoneInfoType, '__reduce__', (self, args, kw) => {
  noArgs('ZoneInfo.__reduce__', args, kw);
  const z = self as PyZoneInfo;
  if (z.source === SOURCE_FILE) {
    const pickle = importModule(currentInterpreter(), 'pickle');
    throw callObject(getAttr(pickle, 'PicklingError'), ['Cannot pickle a ZoneInfo file from a file stream.']);
  }
  const unpickle = getAttr(self, '_unpickle');
  return new PyTuple([unpickle, new PyTuple([z.key, z.source === SOURCE_CACHE ? 1 : 0])]);
});

defGetSet(zoneInfoType, 'key', (self) => (self as PyZoneInfo).key, () => {
  throw attributeError('readonly attribute');
});
