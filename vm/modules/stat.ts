// The _stat module (CPython's Modules/_stat.c): the S_* mode constants and tests, filemode(), and the
// BSD/macOS file flag constants, with Linux's values. stat.py defines the same names in Python and
// then replaces them with these (`from _stat import *`).
//
// A mode argument converts like CPython's C mode_t: an int (or __index__) that fits 32 bits unsigned.
// Nothing here touches the file system.

import { PyValue } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyNativeFunction, oneArg } from '../objects/native.js';
import { asIndex } from '../runtime/protocols.js';
import { overflowError } from '../runtime/raise.js';
import { registerNativeModule } from './registry.js';

export const S_IFMT = 0o170000;
export const S_IFDIR = 0o040000;
export const S_IFCHR = 0o020000;
export const S_IFBLK = 0o060000;
export const S_IFREG = 0o100000;
export const S_IFIFO = 0o010000;
export const S_IFLNK = 0o120000;
export const S_IFSOCK = 0o140000;

const CONSTANTS: readonly [string, number][] = [
  ['S_IFDIR', S_IFDIR], ['S_IFCHR', S_IFCHR], ['S_IFBLK', S_IFBLK], ['S_IFREG', S_IFREG],
  ['S_IFIFO', S_IFIFO], ['S_IFLNK', S_IFLNK], ['S_IFSOCK', S_IFSOCK],
  // Solaris doors, event ports and BSD whiteouts do not exist on Linux.
  ['S_IFDOOR', 0], ['S_IFPORT', 0], ['S_IFWHT', 0],
  ['S_ISUID', 0o4000], ['S_ISGID', 0o2000], ['S_ISVTX', 0o1000], ['S_ENFMT', 0o2000],
  ['S_IREAD', 0o400], ['S_IWRITE', 0o200], ['S_IEXEC', 0o100],
  ['S_IRWXU', 0o700], ['S_IRUSR', 0o400], ['S_IWUSR', 0o200], ['S_IXUSR', 0o100],
  ['S_IRWXG', 0o070], ['S_IRGRP', 0o040], ['S_IWGRP', 0o020], ['S_IXGRP', 0o010],
  ['S_IRWXO', 0o007], ['S_IROTH', 0o004], ['S_IWOTH', 0o002], ['S_IXOTH', 0o001],
  ['UF_SETTABLE', 0x0000ffff], ['UF_NODUMP', 0x1], ['UF_IMMUTABLE', 0x2], ['UF_APPEND', 0x4],
  ['UF_OPAQUE', 0x8], ['UF_NOUNLINK', 0x10], ['UF_COMPRESSED', 0x20], ['UF_TRACKED', 0x40],
  ['UF_DATAVAULT', 0x80], ['UF_HIDDEN', 0x8000],
  ['SF_SETTABLE', 0xffff0000], ['SF_ARCHIVED', 0x10000], ['SF_IMMUTABLE', 0x20000], ['SF_APPEND', 0x40000],
  ['SF_NOUNLINK', 0x100000], ['SF_SNAPSHOT', 0x200000], ['SF_FIRMLINK', 0x800000], ['SF_DATALESS', 0x40000000],
  ['ST_MODE', 0], ['ST_INO', 1], ['ST_DEV', 2], ['ST_NLINK', 3], ['ST_UID', 4], ['ST_GID', 5],
  ['ST_SIZE', 6], ['ST_ATIME', 7], ['ST_MTIME', 8], ['ST_CTIME', 9],
];

/** A mode_t argument: an integer in [0, 2**32). */
function modeArg(v: PyValue): number {
  const n = asIndex(v);
  if (typeof n === 'bigint') {
    if (n < 0n) throw overflowError("can't convert negative value to unsigned int");
    if (n >= 1n << 64n) throw overflowError('Python int too large to convert to C unsigned long');
    throw overflowError('mode out of range');
  }
  if (n < 0) throw overflowError("can't convert negative value to unsigned int");
  if (n > 0xffffffff) throw overflowError('mode out of range');
  return n;
}

/** The type letter of `ls -l` for a mode. */
function typeChar(mode: number): string {
  switch ((mode & S_IFMT) >>> 0) {
    case S_IFREG: return '-';
    case S_IFDIR: return 'd';
    case S_IFLNK: return 'l';
    case S_IFBLK: return 'b';
    case S_IFCHR: return 'c';
    case S_IFIFO: return 'p';
    case S_IFSOCK: return 's';
    default: return '?';
  }
}

/** stat.filemode(): '-rwxr-xr-x' and friends, with s/S/t/T for the set-id and sticky bits. */
export function filemode(mode: number): string {
  const bit = (b: number, c: string): string => ((mode & b) !== 0 ? c : '-');
  const special = (x: number, s: number, on: string, off: string): string => {
    if ((mode & s) !== 0) return (mode & x) !== 0 ? on : off;
    return (mode & x) !== 0 ? 'x' : '-';
  };
  return (
    typeChar(mode) +
    bit(0o400, 'r') + bit(0o200, 'w') + special(0o100, 0o4000, 's', 'S') +
    bit(0o040, 'r') + bit(0o020, 'w') + special(0o010, 0o2000, 's', 'S') +
    bit(0o004, 'r') + bit(0o002, 'w') + special(0o001, 0o1000, 't', 'T')
  );
}

function makeStat(): PyModule {
  const mod = new PyModule('_stat');
  const d = mod.dict;
  for (const [name, value] of CONSTANTS) d.setStr(name, value);
  const def = (name: string, fn: (mode: number) => PyValue): void => {
    const qual = `_stat.${name}`;
    d.setStr(name, new PyNativeFunction(name, (args, kw) => fn(modeArg(oneArg(qual, args, kw))), mod));
  };
  const isType = (name: string, type: number): void => def(name, (m) => ((m & S_IFMT) >>> 0) === type);
  isType('S_ISDIR', S_IFDIR);
  isType('S_ISCHR', S_IFCHR);
  isType('S_ISBLK', S_IFBLK);
  isType('S_ISREG', S_IFREG);
  isType('S_ISFIFO', S_IFIFO);
  isType('S_ISLNK', S_IFLNK);
  isType('S_ISSOCK', S_IFSOCK);
  def('S_ISDOOR', () => false);
  def('S_ISPORT', () => false);
  def('S_ISWHT', () => false);
  def('S_IMODE', (m) => m & 0o7777);
  def('S_IFMT', (m) => (m & S_IFMT) >>> 0);
  def('filemode', (m) => filemode(m));
  return mod;
}

registerNativeModule('_stat', makeStat);
