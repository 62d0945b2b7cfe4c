// The on-disk cache of compile results, so that a warm run never has to start the compiler.
//
// Entries are keyed by the sha256 of everything that determines compile()'s output (compiler version,
// filename, mode, flags, optimize, source, or the AST payload of a compile() of a tree) and hold both successes and syntax errors. Writes go to a
// temporary file that is then renamed, so concurrent runs and crashes never leave a torn entry; any
// entry that does not decode is a miss. The cache is an optimisation only: it must never make a
// compile fail (disk full, read-only home...), so its I/O errors are swallowed.

import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { CompileRequest } from '../../vm/host.js';
import type { CompileOutput, CompileSyntaxError, CompileWarning } from './compiler_types.js';

/** Bumped whenever the entry layout or key derivation changes, so old entries simply stop matching. */
const FORMAT = 'pyrewind-compile-cache-2';
/** First bytes of every entry file. */
const MAGIC = Buffer.from('PYRWCC2\n', 'latin1');

/** $PYREWIND_CACHE_DIR, else $XDG_CACHE_HOME/pyrewind, else ~/.cache/pyrewind. */
export function defaultCacheDir(env: Record<string, string | undefined>): string {
  const own = env.PYREWIND_CACHE_DIR;
  if (own !== undefined && own !== '') return own;
  const xdg = env.XDG_CACHE_HOME;
  // The XDG spec says relative values are invalid and must be ignored.
  if (xdg !== undefined && xdg !== '' && isAbsolute(xdg)) return join(xdg, 'pyrewind');
  return join(homedir(), '.cache', 'pyrewind');
}

interface EntryHeader {
  key: string;
  ok: boolean;
  error: CompileSyntaxError | null;
  warnings: CompileWarning[];
  size: number;
}

export class CompileCache {
  private readonly madeDirs = new Set<string>();

  constructor(readonly dir: string) {}

  /** The cache key of a request compiled by the named compiler: a hex sha256. */
  key(compilerVersion: string, request: CompileRequest): string {
    const hash = createHash('sha256');
    const head: unknown[] = [FORMAT, compilerVersion, request.filename, request.mode, request.flags, request.optimize];
    // A tree request is marked in the JSON part, so that no source text can hash like a tree's bytes.
    if (request.ast !== undefined) head.push('tree', request.ast.length);
    hash.update(JSON.stringify(head));
    hash.update('\0');
    // UTF-16 code units, not UTF-8: lone surrogates are legal in a Python str and must not collide.
    hash.update(request.source, 'utf16le');
    if (request.ast !== undefined) hash.update(request.ast);
    return hash.digest('hex');
  }

  /** Where an entry lives: two-level fan-out keeps directories small. */
  entryPath(key: string): string {
    return join(this.dir, 'compiled', key.slice(0, 2), key);
  }

  /** The cached output for a key, or null on a miss (absent, unreadable or malformed entry). */
  get(key: string): CompileOutput | null {
    let data: Buffer;
    try {
      data = readFileSync(this.entryPath(key));
    } catch {
      return null;
    }
    return decodeEntry(data, key);
  }

  /** Stores an output; failures are ignored (the cache is only an optimisation). */
  put(key: string, output: CompileOutput): void {
    const path = this.entryPath(key);
    const dir = join(this.dir, 'compiled', key.slice(0, 2));
    const tmp = `${path}.${process.pid}.${threadId}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      if (!this.madeDirs.has(dir)) {
        mkdirSync(dir, { recursive: true });
        this.madeDirs.add(dir);
      }
      writeFileSync(tmp, encodeEntry(key, output), { flag: 'wx' });
      renameSync(tmp, path);
    } catch {
      try {
        unlinkSync(tmp);
      } catch {
        // Nothing was written, or it is already gone.
      }
    }
  }
}

function encodeEntry(key: string, output: CompileOutput): Buffer {
  const payload = output.ok ? output.marshal : null;
  const header: EntryHeader = {
    key,
    ok: output.ok,
    error: output.ok ? null : output.error,
    warnings: output.warnings,
    size: payload === null ? 0 : payload.byteLength,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const lengthBytes = Buffer.alloc(4);
  lengthBytes.writeUInt32LE(headerBytes.length, 0);
  const parts: Uint8Array[] = [MAGIC, lengthBytes, headerBytes];
  if (payload !== null) parts.push(payload);
  return Buffer.concat(parts);
}

function decodeEntry(data: Buffer, key: string): CompileOutput | null {
  const start = MAGIC.length + 4;
  if (data.length < start || !data.subarray(0, MAGIC.length).equals(MAGIC)) return null;
  const headerLength = data.readUInt32LE(MAGIC.length);
  if (start + headerLength > data.length) return null;
  let header: EntryHeader;
  try {
    header = JSON.parse(data.toString('utf8', start, start + headerLength)) as EntryHeader;
  } catch {
    return null;
  }
  if (header === null || typeof header !== 'object' || header.key !== key || !Array.isArray(header.warnings)) return null;
  const payloadStart = start + headerLength;
  if (data.length - payloadStart !== header.size) return null;
  if (header.ok) {
    if (header.size === 0) return null;
    return { ok: true, marshal: new Uint8Array(data.buffer, data.byteOffset + payloadStart, header.size), warnings: header.warnings };
  }
  const error = header.error;
  if (error === null || typeof error !== 'object' || typeof error.msg !== 'string' || error.metadata === undefined) return null;
  return { ok: false, error, warnings: header.warnings };
}
