// The pyodide-backed compiler with its disk cache: results, syntax errors as CPython 3.14 reports them,
// warnings, and cache behaviour. One Compiler (one pyodide worker) is shared by the whole file.

import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompileRequest, SyntaxErrorInfo } from '../../vm/host.js';
import { CompileCache } from '../../host/node/compile_cache.js';
import { Compiler, pyodideWorkerStats } from '../../host/node/compiler.js';
import type { CompileOutput } from '../../host/node/compiler.js';
import type { CompileSyntaxError } from '../../host/node/compiler_types.js';
import { NodeHost } from '../../host/node/node_host.js';
import { requireFreshBuild } from './fresh_build.js';

let dir: string;
let compiler: Compiler;

beforeAll(() => {
  requireFreshBuild();
  dir = mkdtempSync(join(tmpdir(), 'pyrewind-compiler-test-'));
  compiler = new Compiler({ cacheDir: join(dir, 'cache'), env: {} });
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function req(source: string, extra: Partial<CompileRequest> = {}): CompileRequest {
  return { source, filename: '<t>', mode: 'exec', flags: 0, optimize: -1, ...extra };
}

function syntaxErrorWithMetadata(output: CompileOutput): CompileSyntaxError {
  if (output.ok) throw new Error('expected a syntax error');
  return output.error;
}

/** The error as the Host interface defines it (without the _metadata extra). */
function syntaxError(output: CompileOutput): SyntaxErrorInfo {
  const { metadata: _metadata, ...info } = syntaxErrorWithMetadata(output);
  return info;
}

function marshalOf(output: CompileOutput): Uint8Array {
  if (!output.ok) throw new Error(`unexpected ${output.error.type}: ${output.error.msg}`);
  return output.marshal;
}

describe('compiling', () => {
  it('names the compiler by CPython and pyodide versions', () => {
    expect(compiler.version).toBe('CPython 3.14.2 (pyodide 314.0.7)');
  });

  it('returns marshalled code objects', () => {
    const bytes = marshalOf(compiler.compile(req('x = 1\nprint(x)\n', { filename: '/some/where/prog.py' })));
    // TYPE_CODE, with or without FLAG_REF.
    expect(bytes[0]! & 0x7f).toBe(0x63);
    expect(Buffer.from(bytes).includes('/some/where/prog.py')).toBe(true);
    expect(Buffer.from(bytes).includes('print')).toBe(true);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.isBuffer(bytes)).toBe(false);
  });

  it('compiles eval and single modes', () => {
    expect(marshalOf(compiler.compile(req('1 + 2', { mode: 'eval' })))[0]! & 0x7f).toBe(0x63);
    expect(marshalOf(compiler.compile(req('1 + 2\n', { mode: 'single' })))[0]! & 0x7f).toBe(0x63);
    // A statement is fine in exec mode but not in eval mode: the mode really reaches compile().
    expect(compiler.compile(req('x = 1')).ok).toBe(true);
    expect(syntaxError(compiler.compile(req('x = 1', { mode: 'eval' }))).msg).toBe('invalid syntax');
  });

  it('passes flags through (top-level await)', () => {
    const source = 'await x\n';
    expect(syntaxError(compiler.compile(req(source))).msg).toBe("'await' outside function");
    expect(compiler.compile(req(source, { flags: 0x2000 })).ok).toBe(true);
  });

  it('passes optimize through (asserts vanish at level 1)', () => {
    const source = 'assert x, "boom"\n';
    const plain = marshalOf(compiler.compile(req(source, { optimize: 0 })));
    const optimized = marshalOf(compiler.compile(req(source, { optimize: 1 })));
    expect(Buffer.from(plain).includes('boom')).toBe(true);
    expect(Buffer.from(optimized).includes('boom')).toBe(false);
  });

  it('handles large sources and results', () => {
    const items = Array.from({ length: 50_000 }, (_, i) => `'item${i}'`).join(', ');
    const bytes = marshalOf(compiler.compile(req(`x = [${items}]\n`)));
    expect(bytes.length).toBeGreaterThan(500_000);
    expect(Buffer.from(bytes).includes('item49999')).toBe(true);
  });
});

describe('syntax errors, as CPython 3.14 reports them', () => {
  // Expected values are what CPython 3.14.2's compile() sets on the SyntaxError.
  const cases: [string, SyntaxErrorInfo][] = [
    ['x = (', { type: 'SyntaxError', msg: "'(' was never closed", filename: '<t>', lineno: 1, offset: 5, text: 'x = (\n', endLineno: 1, endOffset: 0 }],
    ['if x:\npass', { type: 'IndentationError', msg: "expected an indented block after 'if' statement on line 1", filename: '<t>', lineno: 2, offset: 1, text: 'pass\n', endLineno: 2, endOffset: 5 }],
    ['if x:\n\tif y:\n        pass\n\t  z', { type: 'TabError', msg: 'inconsistent use of tabs and spaces in indentation', filename: '<t>', lineno: 3, offset: 1, text: '        pass\n', endLineno: 3, endOffset: 0 }],
    ['x = 1\n  y=2', { type: 'IndentationError', msg: 'unexpected indent', filename: '<t>', lineno: 2, offset: 2, text: '  y=2\n', endLineno: 2, endOffset: -1 }],
    ["x = 'abc", { type: 'SyntaxError', msg: 'unterminated string literal (detected at line 1)', filename: '<t>', lineno: 1, offset: 5, text: "x = 'abc", endLineno: 1, endOffset: 5 }],
    ['f(**x, *y)', { type: 'SyntaxError', msg: 'iterable argument unpacking follows keyword argument unpacking', filename: '<t>', lineno: 1, offset: 6, text: 'f(**x, *y)\n', endLineno: 1, endOffset: 10 }],
    ["print 'x'", { type: 'SyntaxError', msg: "Missing parentheses in call to 'print'. Did you mean print(...)?", filename: '<t>', lineno: 1, offset: 1, text: "print 'x'\n", endLineno: 1, endOffset: 10 }],
    ['0 = 1', { type: 'SyntaxError', msg: "cannot assign to literal here. Maybe you meant '==' instead of '='?", filename: '<t>', lineno: 1, offset: 1, text: '0 = 1\n', endLineno: 1, endOffset: 2 }],
    // Found by the symbol table, after parsing: CPython has no text unless the file exists on disk.
    ['return 1', { type: 'SyntaxError', msg: "'return' outside function", filename: '<t>', lineno: 1, offset: 1, text: null, endLineno: 1, endOffset: 9 }],
  ];
  for (const [source, expected] of cases) {
    it(JSON.stringify(source), () => {
      expect(syntaxError(compiler.compile(req(source)))).toEqual(expected);
    });
  }

  it("passes on SyntaxError._metadata, which CPython's traceback uses for keyword suggestions", () => {
    expect(syntaxErrorWithMetadata(compiler.compile(req('whille x: pass'))).metadata).toEqual({ line: 0, offset: 0, source: 'whille x: pass\n' });
    expect(syntaxErrorWithMetadata(compiler.compile(req('return 1'))).metadata).toBeNull();
  });

  it('reports the filename it was given', () => {
    expect(syntaxError(compiler.compile(req('def f(:\n pass', { filename: '/x/y.py' }))).filename).toBe('/x/y.py');
  });

  it('raises RecursionError for very deep code, and stays usable', () => {
    // pyodide must not overflow its own stack first (which would kill the compiler for the process).
    const error = syntaxError(compiler.compile(req(`${'1+'.repeat(100_000)}1\n`)));
    expect(error.type).toBe('RecursionError');
    expect(error.msg).toMatch(/^Stack overflow \(used \d+ kB\) during compilation$/);
    expect(compiler.compile(req('after_deep = 1\n')).ok).toBe(true);
  });

  it('reports a lone surrogate as compile() does', () => {
    const error = syntaxError(compiler.compile(req('x = "\ud800"\n')));
    expect(error.type).toBe('UnicodeEncodeError');
    expect(error.msg).toBe("'utf-8' codec can't encode character '\\ud800' in position 5: surrogates not allowed");
  });

  it('reports null bytes in the source', () => {
    const error = syntaxError(compiler.compile(req('x = 1\0')));
    expect(error.type).toBe('SyntaxError');
    expect(error.msg).toBe('source code string cannot contain null bytes');
  });
});

describe('warnings', () => {
  it('returns SyntaxWarnings instead of printing them', () => {
    const output = compiler.compile(req("x = 1\ny = '\\d'\n", { filename: 'w.py' }));
    expect(output.ok).toBe(true);
    expect(output.warnings).toEqual([
      {
        category: 'SyntaxWarning',
        message: '"\\d" is an invalid escape sequence. Such sequences will not work in the future. Did you mean "\\\\d"? A raw string is also an option.',
        filename: 'w.py',
        lineno: 2,
      },
    ]);
  });

  it('keeps warnings emitted before a syntax error', () => {
    const output = compiler.compile(req("x = '\\d' +"));
    expect(output.ok).toBe(false);
    expect(output.warnings.map((w) => w.category)).toEqual(['SyntaxWarning']);
  });

  it('has none for clean code', () => {
    expect(compiler.compile(req('pass\n')).warnings).toEqual([]);
  });
});

describe('the disk cache', () => {
  it('serves a repeated compile without asking the worker', () => {
    const request = req('a_unique_name_1 = 41 + 1\n');
    const before = pyodideWorkerStats().requests;
    const first = marshalOf(compiler.compile(request));
    expect(pyodideWorkerStats().requests).toBe(before + 1);
    const hitsBefore = compiler.stats.hits;
    const second = marshalOf(compiler.compile(request));
    expect(pyodideWorkerStats().requests).toBe(before + 1);
    expect(compiler.stats.hits).toBe(hitsBefore + 1);
    expect(second).toEqual(first);
  });

  it('is shared by another Compiler on the same directory', () => {
    const request = req('a_unique_name_2 = 2\n');
    const first = marshalOf(compiler.compile(request));
    const other = new Compiler({ cacheDir: compiler.cacheDir, env: {} });
    const before = pyodideWorkerStats().requests;
    expect(marshalOf(other.compile(request))).toEqual(first);
    expect(other.stats).toEqual({ hits: 1, misses: 0 });
    expect(pyodideWorkerStats().requests).toBe(before);
  });

  it('caches syntax errors and warnings too', () => {
    const request = req("s = '\\q'\nx = (\n");
    const first = compiler.compile(request);
    const before = pyodideWorkerStats().requests;
    const second = compiler.compile(request);
    expect(pyodideWorkerStats().requests).toBe(before);
    expect(second).toEqual(first);
    expect(second.ok).toBe(false);
    expect(second.warnings.length).toBe(1);
  });

  it('keys on every input of compile()', () => {
    const cache = new CompileCache(dir);
    const base = req('x = 1\n');
    const keys = new Set([
      cache.key('v', base),
      cache.key('v2', base),
      cache.key('v', { ...base, source: 'x = 2\n' }),
      cache.key('v', { ...base, filename: 'other' }),
      cache.key('v', { ...base, mode: 'single' }),
      cache.key('v', { ...base, flags: 0x2000 }),
      cache.key('v', { ...base, optimize: 2 }),
      // Lone surrogates must not collide with U+FFFD (a UTF-8 encoding would merge them).
      cache.key('v', { ...base, source: 'x = "\ud800"\n' }),
      cache.key('v', { ...base, source: 'x = "\ufffd"\n' }),
    ]);
    expect(keys.size).toBe(9);
    expect(cache.key('v', base)).toBe(cache.key('v', { ...base }));
  });

  function entryFile(request: CompileRequest): string {
    const cache = new CompileCache(compiler.cacheDir!);
    return cache.entryPath(cache.key(compiler.version, request));
  }

  it('treats a corrupt entry as a miss and replaces it', () => {
    const request = req('a_unique_name_3 = 3\n');
    const good = marshalOf(compiler.compile(request));
    const file = entryFile(request);
    writeFileSync(file, 'garbage, not a cache entry');
    const before = pyodideWorkerStats().requests;
    expect(marshalOf(compiler.compile(request))).toEqual(good);
    expect(pyodideWorkerStats().requests).toBe(before + 1);
    // Rewritten: the next compile is a hit again.
    expect(marshalOf(compiler.compile(request))).toEqual(good);
    expect(pyodideWorkerStats().requests).toBe(before + 1);
  });

  it('treats a truncated entry as a miss', () => {
    const request = req('a_unique_name_4 = 4\n');
    const good = marshalOf(compiler.compile(request));
    const file = entryFile(request);
    truncateSync(file, readFileSync(file).length - 1);
    const before = pyodideWorkerStats().requests;
    expect(marshalOf(compiler.compile(request))).toEqual(good);
    expect(pyodideWorkerStats().requests).toBe(before + 1);
  });

  it('leaves no temporary files behind', () => {
    const leftovers: string[] = [];
    const walk = (d: string): void => {
      for (const entry of readdirSync(d, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(join(d, entry.name));
        else if (entry.name.endsWith('.tmp')) leftovers.push(entry.name);
      }
    };
    walk(compiler.cacheDir!);
    expect(leftovers).toEqual([]);
  });

  it('still compiles when the cache directory cannot be created', () => {
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, '');
    const broken = new Compiler({ cacheDir: join(blocker, 'cache'), env: {} });
    expect(broken.compile(req('y = 5\n')).ok).toBe(true);
  });

  it('can be turned off', () => {
    const uncached = new Compiler({ cacheDir: null, env: {} });
    const before = pyodideWorkerStats().requests;
    uncached.compile(req('z = 6\n'));
    uncached.compile(req('z = 6\n'));
    expect(pyodideWorkerStats().requests).toBe(before + 2);
  });

  it('started the worker only once for all of this', () => {
    expect(pyodideWorkerStats().starts).toBe(1);
  });
});

describe('NodeHost.compile', () => {
  it('reads the line of a post-parse error back from the file, as CPython does', () => {
    const file = join(dir, 'prog.py');
    const source = 'def f():\n    pass\nreturn 1\n';
    writeFileSync(file, source);
    const host = new NodeHost({ compiler, env: {} });
    const error = syntaxErrorWithMetadata(host.compile(req(source, { filename: file })));
    expect(error).toEqual({
      type: 'SyntaxError',
      msg: "'return' outside function",
      filename: file,
      lineno: 3,
      offset: 1,
      text: 'return 1\n',
      endLineno: 3,
      endOffset: 9,
      metadata: null,
    });
  });

  it('leaves text empty when there is no such file', () => {
    const host = new NodeHost({ compiler, env: {} });
    expect(syntaxError(host.compile(req('return 1', { filename: '<string>' }))).text).toBeNull();
  });

  it('reports its compiler version', () => {
    expect(new NodeHost({ compiler, env: {} }).compilerVersion).toBe(compiler.version);
  });
});
