// The transition data of one ZoneInfo, derived from what zoneinfo._common.load_data read from a TZif
// file (as CPython's _zoneinfo.c load_data does): the DST amount of each local time type (guessed from
// neighbouring transitions, since TZif does not store it), the transition instants in UTC and in local
// wall time for fold=0 and fold=1, the type before the first transition and the rule after the last
// one. Also the two lookups: by local wall time (utcoffset/dst/tzname) and by UTC (fromutc).
//
// Must not read files or call back into Python except to convert the loaded values.

import { PyValue } from '../../objects/object.js';
import { PyTuple } from '../../objects/tuple.js';
import { None } from '../../objects/singletons.js';
import { asIndex, truthy, eq } from '../../runtime/protocols.js';
import { indexError, systemError, valueError } from '../../runtime/raise.js';
import type { PyBaseException } from '../../objects/exceptions.js';
import { Ttinfo, TzRule, TtinfoMaker, parseTzString, stdOnlyRule, ruleTtinfoAtLocal, ruleTtinfoAtUtc } from './tz_rules.js';

export interface ZoneData {
  readonly transUtc: number[];
  /** Wall-time transitions for fold=0 and fold=1. */
  readonly transWall: [number[], number[]];
  readonly transTtinfos: Ttinfo[];
  /** null only when the file has no local time types at all. */
  readonly ttinfoBefore: Ttinfo | null;
  readonly ruleAfter: TzRule;
  /** utcoffset() etc. do not depend on the datetime (what datetime.time objects can use). */
  readonly fixedOffset: boolean;
}

function asInt64(v: PyValue): number {
  return Number(asIndex(v));
}

function tupleItems(v: PyValue): PyValue[] {
  if (!(v instanceof PyTuple)) throw systemError('bad argument to internal function');
  return v.items;
}

/** load_data: the tuple (trans_idx, trans_utc, utcoff, isdst, abbr, tz_str) turned into ZoneData. */
export function buildZoneData(loaded: PyValue, makeTtinfo: TtinfoMaker): ZoneData {
  const parts = (loaded as PyTuple).items;
  const item = (i: number): PyValue => {
    if (i >= parts.length) throw newIndexError();
    return parts[i];
  };
  const idxList = item(0);
  const utcList = tupleItems(item(1));
  const utcoffList = tupleItems(item(2));
  const isdstList = item(3);
  const abbr = item(4);
  const tzStr = item(5);
  const nTrans = utcList.length;
  const nTypes = utcoffList.length;

  const transUtc = new Array<number>(nTrans);
  const transIdx = new Array<number>(nTrans);
  const idxItems = nTrans > 0 ? tupleItems(idxList) : [];
  for (let i = 0; i < nTrans; i++) {
    transUtc[i] = asInt64(utcList[i]);
    if (i >= idxItems.length) throw newIndexError();
    const idx = asInt64(idxItems[i]);
    // CPython only rejects idx > count (and then reads past its array for idx == count); both are invalid.
    if (idx >= nTypes || idx < 0) throw valueError(`Invalid transition index found while reading TZif: ${idx}`);
    transIdx[i] = idx;
  }

  const utcoff = new Array<number>(nTypes);
  const isdst = new Array<boolean>(nTypes);
  const isdstItems = nTypes > 0 ? tupleItems(isdstList) : [];
  for (let i = 0; i < nTypes; i++) {
    utcoff[i] = asInt64(utcoffList[i]);
    if (i >= isdstItems.length) throw newIndexError();
    isdst[i] = truthy(isdstItems[i]);
  }

  const dstoff = dstOffsets(transIdx, utcoff, isdst);
  const transWall = wallTransitions(transIdx, transUtc, utcoff);

  const abbrItems = nTypes > 0 ? tupleItems(abbr) : [];
  const ttinfos: Ttinfo[] = new Array(nTypes);
  for (let i = 0; i < nTypes; i++) {
    if (i >= abbrItems.length) throw newIndexError();
    ttinfos[i] = makeTtinfo(utcoff[i], dstoff[i], abbrItems[i]);
  }
  const transTtinfos = transIdx.map((i) => ttinfos[i]);

  // Before the first transition: the first standard-time type, else the first type.
  let ttinfoBefore: Ttinfo | null = null;
  for (let i = 0; i < nTypes; i++) {
    if (!isdst[i]) {
      ttinfoBefore = ttinfos[i];
      break;
    }
  }
  if (ttinfoBefore === null && nTypes > 0) ttinfoBefore = ttinfos[0];

  let ruleAfter: TzRule;
  if (tzStr !== None && truthy(tzStr)) {
    ruleAfter = parseTzString(tzStr, makeTtinfo);
  } else {
    if (nTypes === 0) throw valueError('No time zone information found.');
    const last = ttinfos[nTrans === 0 ? nTypes - 1 : transIdx[nTrans - 1]];
    // A standard-only rule mimicking the last type, keeping its DST amount if it is a DST type.
    const std = makeTtinfo(last.utcoffSeconds, 0, last.tzname);
    ruleAfter = stdOnlyRule(truthy(last.dstoff) ? { ...std, dstoff: last.dstoff } : std);
  }

  let fixedOffset: boolean;
  if (nTypes > 1 || ruleAfter.dst !== null) fixedOffset = false;
  else if (nTypes === 0) fixedOffset = true;
  else fixedOffset = ttinfoEq(ttinfos[0], ruleAfter.std);

  return { transUtc, transWall, transTtinfos, ttinfoBefore, ruleAfter, fixedOffset };
}

/** PyTuple_GetItem past the end. */
function newIndexError(): PyBaseException {
  return indexError('tuple index out of range');
}

function ttinfoEq(a: Ttinfo, b: Ttinfo): boolean {
  return eq(a.utcoff, b.utcoff) && eq(a.dstoff, b.dstoff) && eq(a.tzname, b.tzname);
}

/**
 * utcoff_to_dstoff: the DST amount of each DST type, as the difference from the standard-time type it
 * follows (or, failing that, precedes); one hour where no neighbour tells, so that bool(dst()) always
 * agrees with isdst.
 */
function dstOffsets(transIdx: number[], utcoff: number[], isdst: boolean[]): number[] {
  const nTypes = utcoff.length;
  const dstoff = new Array<number>(nTypes).fill(0);
  // CPython counts every type here (not only DST ones), so the search runs over all transitions.
  const dstCount = nTypes;
  let dstFound = 0;
  for (let i = 1; i < transIdx.length; i++) {
    if (dstCount === dstFound) break;
    const idx = transIdx[i];
    let comp = transIdx[i - 1];
    if (!isdst[idx] || dstoff[idx] !== 0) continue;
    let d = 0;
    const off = utcoff[idx];
    if (!isdst[comp]) d = off - utcoff[comp];
    if (d === 0 && idx < nTypes - 1) {
      // CPython reads the next transition here even after the last one (past its array); stop instead.
      if (i + 1 >= transIdx.length) continue;
      comp = transIdx[i + 1];
      if (isdst[comp]) continue;
      d = off - utcoff[comp];
    }
    if (d !== 0) {
      dstFound++;
      dstoff[idx] = d;
    }
  }
  if (dstFound < dstCount) {
    for (let i = 0; i < nTypes; i++) if (isdst[i] && dstoff[i] === 0) dstoff[i] = 3600;
  }
  return dstoff;
}

/**
 * ts_to_local: each transition in local wall time. Around a transition the wall clock is ambiguous, so
 * fold=0 uses the larger of the offsets before and after it and fold=1 the smaller.
 */
function wallTransitions(transIdx: number[], transUtc: number[], utcoff: number[]): [number[], number[]] {
  const n = transUtc.length;
  const w0 = new Array<number>(n);
  const w1 = new Array<number>(n);
  if (n === 0) return [w0, w1];
  for (let i = 0; i < n; i++) {
    let a: number;
    let b: number;
    if (i === 0) {
      a = utcoff[0];
      b = utcoff.length > 1 ? utcoff[transIdx[0]] : utcoff[0];
    } else {
      a = utcoff[transIdx[i - 1]];
      b = utcoff[transIdx[i]];
    }
    w0[i] = transUtc[i] + Math.max(a, b);
    w1[i] = transUtc[i] + Math.min(a, b);
  }
  return [w0, w1];
}

/** bisect_right. */
function bisect(value: number, arr: number[]): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const m = (lo + hi) >>> 1;
    if (arr[m] > value) hi = m;
    else lo = m + 1;
  }
  return hi;
}

/** find_ttinfo for a datetime at local timestamp ts. */
export function ttinfoAtLocal(z: ZoneData, ts: number, fold: number, year: number): Ttinfo {
  const wall = z.transWall[fold];
  const n = wall.length;
  if (n > 0 && ts < wall[0]) return z.ttinfoBefore!;
  if (n === 0 || ts > wall[n - 1]) return ruleTtinfoAtLocal(z.ruleAfter, ts, fold, year);
  return z.transTtinfos[bisect(ts, wall) - 1];
}

/** The time type at UTC timestamp ts and whether the local result is the second of a repeated time. */
export function ttinfoAtUtc(z: ZoneData, ts: number, year: number): [Ttinfo, number] {
  const utc = z.transUtc;
  const n = utc.length;
  if (n >= 1 && ts < utc[0]) return [z.ttinfoBefore!, 0];
  if (n === 0 || ts > utc[n - 1]) {
    const [tti, ruleFold] = ruleTtinfoAtUtc(z.ruleAfter, ts, year);
    let fold = ruleFold;
    // Just after the last listed transition the repeated hour is between that transition's type and
    // the one before it, not between the rule's two types.
    if (n > 0) {
      const prev = n === 1 ? z.ttinfoBefore! : z.transTtinfos[n - 2];
      const diff = prev.utcoffSeconds - tti.utcoffSeconds;
      if (diff > 0 && ts < utc[n - 1] + diff) fold = 1;
    }
    return [tti, fold];
  }
  const idx = bisect(ts, utc);
  let prev: Ttinfo;
  let tti: Ttinfo;
  if (idx >= 2) {
    prev = z.transTtinfos[idx - 2];
    tti = z.transTtinfos[idx - 1];
  } else {
    prev = z.ttinfoBefore!;
    tti = z.transTtinfos[0];
  }
  const shift = prev.utcoffSeconds - tti.utcoffSeconds;
  return [tti, shift > ts - utc[idx - 1] ? 1 : 0];
}
