// CPython 3.14's compile(), synchronous, for the VM: the disk cache in front of a compiler backend.
//
// The backend is pyodide in a worker thread (pyodide_backend.ts), or a native CPython 3.14 when
// $PYREWIND_PYTHON names one (python_backend.ts). A cache hit never starts either of them, so a warm
// run does not load pyodide at all. Must not change what CPython reports: results are passed through.

import type { CompileRequest } from '../../vm/host.js';
import { CompileCache, defaultCacheDir } from './compile_cache.js';
import type { CompileOutput, CompilerBackend } from './compiler_types.js';
import { pyodideBackend } from './pyodide_backend.js';
import { PythonBackend } from './python_backend.js';

export type { CompileOutput, CompileSyntaxError, CompileWarning, SyntaxErrorMetadata } from './compiler_types.js';
export { CompilerUnavailableError } from './compiler_types.js';
export { pyodideWorkerStats } from './pyodide_backend.js';

export interface CompilerOptions {
  /** Environment to read PYREWIND_PYTHON / PYREWIND_CACHE_DIR / XDG_CACHE_HOME from; defaults to process.env. */
  env?: Record<string, string | undefined>;
  /** Cache directory, overriding the environment; null disables the disk cache. */
  cacheDir?: string | null;
}

export class Compiler {
  private readonly backend: CompilerBackend;
  private readonly cache: CompileCache | null;
  private cacheHits = 0;
  private cacheMisses = 0;

  constructor(options: CompilerOptions = {}) {
    const env = options.env ?? process.env;
    const python = env.PYREWIND_PYTHON;
    this.backend = python !== undefined && python !== '' ? new PythonBackend(python) : pyodideBackend;
    const dir = options.cacheDir !== undefined ? options.cacheDir : defaultCacheDir(env);
    this.cache = dir === null ? null : new CompileCache(dir);
  }

  /** E.g. "CPython 3.14.2 (pyodide 314.0.7)". Throws CompilerUnavailableError for an unusable PYREWIND_PYTHON. */
  get version(): string {
    return this.backend.version;
  }

  /** The cache directory in use, or null when caching is off. */
  get cacheDir(): string | null {
    return this.cache === null ? null : this.cache.dir;
  }

  /** Hits and misses of this instance's disk cache (for tests and diagnostics). */
  get stats(): { hits: number; misses: number } {
    return { hits: this.cacheHits, misses: this.cacheMisses };
  }

  /** Compiles; blocks while the backend works. Throws CompilerUnavailableError if no compiler can run. */
  compile(request: CompileRequest): CompileOutput {
    const cache = this.cache;
    if (cache === null) return this.backend.compile(request);
    const key = cache.key(this.backend.version, request);
    const cached = cache.get(key);
    if (cached !== null) {
      this.cacheHits++;
      return cached;
    }
    this.cacheMisses++;
    const output = this.backend.compile(request);
    cache.put(key, output);
    return output;
  }
}
