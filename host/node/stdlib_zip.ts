// Read-only access to files inside a zip archive, for the Python standard library that pyodide ships
// as python_stdlib.zip (which pyrewind puts on sys.path like CPython's python314.zip).
//
// The central directory is read once when the archive is opened; each file read then seeks straight
// to its entry. Entries may be STORED or DEFLATE-compressed. Directories are implied by entry names.
// Must stay read-only and must not load pyodide itself.

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { pyodideDir } from './package_paths.js';
import { plainBytes } from './plain_bytes.js';

/** The standard library archive, as it appears on sys.path (".../node_modules/pyodide/python_stdlib.zip"). */
export function stdlibZipPath(): string {
  return join(pyodideDir(), 'python_stdlib.zip');
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const LOCAL_HEADER_SIZE = 30;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;
interface ZipEntry {
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the local file header, already corrected for any data prepended to the archive. */
  headerOffset: number;
}

export class ZipArchive {
  private readonly files = new Map<string, ZipEntry>();
  /** Every directory implied by an entry name, without trailing slash; "" is the archive root. */
  private readonly dirs = new Set<string>(['']);

  private constructor(readonly path: string) {}

  /** Opens an archive and reads its central directory. Throws if it is not a readable zip file. */
  static open(path: string): ZipArchive {
    const archive = new ZipArchive(path);
    const fd = openSync(path, 'r');
    try {
      archive.readCentralDirectory(fd);
    } finally {
      closeSync(fd);
    }
    return archive;
  }

  /** 'file', 'dir' or null for a path inside the archive ("random.py", "json/__init__.py", "json"). */
  stat(inner: string): 'file' | 'dir' | null {
    const name = trimSlashes(inner);
    if (this.files.has(name)) return 'file';
    if (this.dirs.has(name)) return 'dir';
    return null;
  }

  /** The contents of a file inside the archive, or null if there is no such file. */
  readFile(inner: string): Uint8Array | null {
    const entry = this.files.get(trimSlashes(inner));
    if (entry === undefined) return null;
    const fd = openSync(this.path, 'r');
    try {
      const local = readExactly(fd, entry.headerOffset, LOCAL_HEADER_SIZE);
      if (u32(local, 0) !== LOCAL_SIGNATURE) throw this.corrupt(`bad local header for ${inner}`);
      const dataOffset = entry.headerOffset + LOCAL_HEADER_SIZE + u16(local, 26) + u16(local, 28);
      // Unpooled, so the returned bytes own their memory.
      const data = readExactly(fd, dataOffset, entry.compressedSize, Buffer.allocUnsafeSlow(entry.compressedSize));
      if (entry.method === METHOD_STORED) return plainBytes(data);
      const inflated = inflateRawSync(data);
      if (inflated.length !== entry.size) throw this.corrupt(`wrong size after inflating ${inner}`);
      return plainBytes(inflated);
    } finally {
      closeSync(fd);
    }
  }

  /** Names directly inside a directory of the archive (files and subdirectories), or null if it is not one. */
  list(innerDir: string): string[] | null {
    const dir = trimSlashes(innerDir);
    if (!this.dirs.has(dir)) return null;
    const prefix = dir === '' ? '' : `${dir}/`;
    const names = new Set<string>();
    const collect = (name: string): void => {
      if (name.length > prefix.length && name.startsWith(prefix)) {
        const rest = name.slice(prefix.length);
        const slash = rest.indexOf('/');
        names.add(slash < 0 ? rest : rest.slice(0, slash));
      }
    };
    for (const name of this.files.keys()) collect(name);
    for (const name of this.dirs) collect(name);
    return [...names].sort();
  }

  private readCentralDirectory(fd: number): void {
    const fileSize = fstatSync(fd).size;
    const tailSize = Math.min(fileSize, EOCD_SIZE + MAX_COMMENT);
    const tailStart = fileSize - tailSize;
    const tail = readExactly(fd, tailStart, tailSize);
    let eocd = -1;
    for (let i = tailSize - EOCD_SIZE; i >= 0; i--) {
      if (u32(tail, i) === EOCD_SIGNATURE) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw this.corrupt('no end of central directory record');
    const count = u16(tail, eocd + 10);
    const cdSize = u32(tail, eocd + 12);
    const cdOffset = u32(tail, eocd + 16);
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) throw this.corrupt('zip64 archives are not supported');
    // Offsets are relative to the archive's start; data may have been prepended (self-extracting zips).
    const cdStart = tailStart + eocd - cdSize;
    const shift = cdStart - cdOffset;
    if (cdStart < 0 || shift < 0) throw this.corrupt('central directory out of range');
    const cd = readExactly(fd, cdStart, cdSize);
    // Plain byte arithmetic rather than Buffer's readUInt*LE: this runs once per archive entry at the
    // start of every run that imports from the stdlib, mostly before the JIT has warmed up.
    let pos = 0;
    for (let i = 0; i < count; i++) {
      if (pos + 46 > cd.length || u32(cd, pos) !== CENTRAL_SIGNATURE) throw this.corrupt('bad central directory entry');
      const method = u16(cd, pos + 10);
      const compressedSize = u32(cd, pos + 20);
      const size = u32(cd, pos + 24);
      const nameLength = u16(cd, pos + 28);
      const extraLength = u16(cd, pos + 30);
      const commentLength = u16(cd, pos + 32);
      const headerOffset = u32(cd, pos + 42);
      const name = entryName(cd, pos + 46, pos + 46 + nameLength);
      pos += 46 + nameLength + extraLength + commentLength;
      if (compressedSize === 0xffffffff || size === 0xffffffff || headerOffset === 0xffffffff) {
        throw this.corrupt('zip64 entries are not supported');
      }
      this.addImpliedDirs(name);
      if (name.endsWith('/')) continue;
      if (method !== METHOD_STORED && method !== METHOD_DEFLATE) continue; // Unreadable: treated as absent.
      this.files.set(name, { method, compressedSize, size, headerOffset: headerOffset + shift });
    }
  }

  /** Adds every directory above `name`, from the innermost up to the first one already known. */
  private addImpliedDirs(name: string): void {
    for (let slash = name.lastIndexOf('/'); slash > 0; slash = name.lastIndexOf('/', slash - 1)) {
      const dir = name.slice(0, slash);
      if (this.dirs.has(dir)) return;
      this.dirs.add(dir);
    }
  }

  private corrupt(why: string): Error {
    return new Error(`pyrewind: ${this.path} is not a usable zip archive: ${why}`);
  }
}

function readExactly(fd: number, position: number, length: number, buffer = Buffer.allocUnsafe(length)): Buffer {
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buffer, done, length - done, position + done);
    if (n === 0) throw new Error('unexpected end of zip archive');
    done += n;
  }
  return buffer;
}

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

const utf8 = new TextDecoder('utf-8');

/** An entry name: ASCII in practice (taken byte for byte), else UTF-8. */
function entryName(b: Uint8Array, start: number, end: number): string {
  for (let i = start; i < end; i++) {
    if (b[i] >= 0x80) return utf8.decode(b.subarray(start, end));
  }
  return String.fromCharCode.apply(null, b.subarray(start, end) as unknown as number[]);
}

function trimSlashes(path: string): string {
  let start = 0;
  let end = path.length;
  while (start < end && path.charCodeAt(start) === 47) start++;
  while (end > start && path.charCodeAt(end - 1) === 47) end--;
  return start === 0 && end === path.length ? path : path.slice(start, end);
}
