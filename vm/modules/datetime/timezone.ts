// datetime.tzinfo (the abstract base user time zones derive from: its methods raise
// NotImplementedError, fromutc() implements the standard algorithm, __reduce__ supports pickling
// subclasses) and datetime.timezone (fixed offsets, with timezone.utc, min and max).

import { PyValue } from '../../objects/object.js';
import { PyTuple, emptyTuple } from '../../objects/tuple.js';
import { None, NotImplemented } from '../../objects/singletons.js';
import { defMethod, oneArg, noArgs } from '../../objects/native.js';
import { Cmp, repr as reprStr } from '../../runtime/protocols.js';
import { callObject } from '../../runtime/call.js';
import { getAttr, getAttrOrUndefined } from '../../runtime/attributes.js';
import { typeError, valueError, notImplementedError } from '../../runtime/raise.js';
import {
  PyDateTime, PyDelta, PyTimezone, tzinfoType, timezoneType, utc, parseArgs, newTimezone, deltaRepr, newDelta,
  callTzOffset, formatOffset, typeNameOf, argTypeDesc, deltaCmp, defDatetimeNew,
} from './types.js';
import { deltaHash, cmpResult } from './timedelta.js';
import { addDateTimeDelta } from './datetime_arith.js';

for (const name of ['tzname', 'utcoffset', 'dst']) {
  defMethod(tzinfoType, name, (self, args, kw) => {
    oneArg(`tzinfo.${name}`, args, kw);
    throw notImplementedError(`a tzinfo subclass must implement ${name}()`);
  });
}

defMethod(tzinfoType, 'fromutc', (self, args, kw) => {
  const dt = oneArg('tzinfo.fromutc', args, kw);
  if (!(dt instanceof PyDateTime)) throw typeError('fromutc: argument must be a datetime');
  if (dt.tz !== self) throw valueError('fromutc: dt.tzinfo is not self');
  const off = callTzOffset(dt.tz, 'utcoffset', dt);
  if (off === null) throw valueError('fromutc: non-None utcoffset() result required');
  const dst0 = callTzOffset(dt.tz, 'dst', dt);
  if (dst0 === null) throw valueError('fromutc: non-None dst() result required');
  const delta = newDelta(off.days - dst0.days, off.seconds - dst0.seconds, off.us - dst0.us);
  let result = addDateTimeDelta(dt, delta, 1);
  const dst = callTzOffset(dt.tz, 'dst', result);
  if (dst === null) throw valueError('fromutc: tz.dst() gave inconsistent results; cannot convert');
  if (dst.days || dst.seconds || dst.us) result = addDateTimeDelta(result as PyDateTime, dst, 1);
  return result;
});

defMethod(tzinfoType, '__reduce__', (self, args, kw) => {
  noArgs('tzinfo.__reduce__', args, kw);
  const gia = getAttrOrUndefined(self, '__getinitargs__');
  const initArgs = gia === undefined ? emptyTuple : callObject(gia, []);
  const state = callObject(getAttr(self, '__getstate__'), []);
  return new PyTuple([(self as PyTimezone).cls, initArgs, state]);
});
tzinfoType.doc = 'Abstract base class for time zone info objects.';

// ---- timezone ---------------------------------------------------------------------------------------

function TZ(v: PyValue): PyTimezone {
  return v as PyTimezone;
}

defDatetimeNew(timezoneType, (_cls, args, kw) => {
  const [offset, name] = parseArgs('timezone', ['offset', 'name'], args, kw, 1);
  if (!(offset instanceof PyDelta)) {
    throw typeError(`timezone() argument 1 must be datetime.timedelta, not ${typeNameOf(offset!)}`);
  }
  if (name !== undefined && typeof name !== 'string') {
    throw typeError(`timezone() argument 2 must be str, not ${argTypeDesc(name!)}`);
  }
  return newTimezone(offset, name === undefined ? null : name);
});

function tzCompare(self: PyValue, other: PyValue, op: Cmp): PyValue {
  if (op !== Cmp.EQ && op !== Cmp.NE) return NotImplemented;
  if (!(other instanceof PyTimezone)) return NotImplemented;
  return cmpResult(deltaCmp(TZ(self).offset, other.offset), op);
}
defMethod(timezoneType, '__eq__', (self, args) => tzCompare(self, args[0], Cmp.EQ));
defMethod(timezoneType, '__ne__', (self, args) => tzCompare(self, args[0], Cmp.NE));
for (const [n, op] of [['__lt__', Cmp.LT], ['__le__', Cmp.LE], ['__gt__', Cmp.GT], ['__ge__', Cmp.GE]] as const) {
  defMethod(timezoneType, n, (self, args) => tzCompare(self, args[0], op));
}
defMethod(timezoneType, '__hash__', (self) => deltaHash(TZ(self).offset));
defMethod(timezoneType, '__repr__', (self) => {
  const tz = TZ(self);
  const t = typeNameOf(self);
  if (tz === utc) return `${t}.utc`;
  if (tz.name === null) return `${t}(${deltaRepr(tz.offset)})`;
  return `${t}(${deltaRepr(tz.offset)}, ${reprStr(tz.name)})`;
});

export function timezoneStr(tz: PyTimezone): string {
  if (tz.name !== null) return tz.name;
  const o = tz.offset;
  if (tz === utc || (o.days === 0 && o.seconds === 0 && o.us === 0)) return 'UTC';
  return 'UTC' + formatOffset(o, ':');
}
defMethod(timezoneType, '__str__', (self) => timezoneStr(TZ(self)));

function checkDtArg(dt: PyValue, meth: string): void {
  if (dt === None || dt instanceof PyDateTime) return;
  throw typeError(`${meth}(dt) argument must be a datetime instance or None, not ${typeNameOf(dt)}`);
}
defMethod(timezoneType, 'tzname', (self, args, kw) => {
  checkDtArg(oneArg('timezone.tzname', args, kw), 'tzname');
  return timezoneStr(TZ(self));
});
defMethod(timezoneType, 'utcoffset', (self, args, kw) => {
  checkDtArg(oneArg('timezone.utcoffset', args, kw), 'utcoffset');
  return TZ(self).offset;
});
defMethod(timezoneType, 'dst', (self, args, kw) => {
  checkDtArg(oneArg('timezone.dst', args, kw), 'dst');
  return None;
});
defMethod(timezoneType, 'fromutc', (self, args, kw) => {
  const dt = oneArg('timezone.fromutc', args, kw);
  if (!(dt instanceof PyDateTime)) throw typeError('fromutc: argument must be a datetime');
  if (dt.tz !== self) throw valueError('fromutc: dt.tzinfo is not self');
  return addDateTimeDelta(dt, TZ(self).offset, 1);
});
defMethod(timezoneType, '__getinitargs__', (self, args, kw) => {
  noArgs('timezone.__getinitargs__', args, kw);
  const tz = TZ(self);
  return new PyTuple(tz.name === null ? [tz.offset] : [tz.offset, tz.name]);
});
timezoneType.doc = 'Fixed offset from UTC implementation of tzinfo.';
timezoneType.attrs.set('utc', utc);
timezoneType.attrs.set('min', new PyTimezone(new PyDelta(-1, 60, 0), null));
timezoneType.attrs.set('max', new PyTimezone(new PyDelta(0, 86340, 0), null));
