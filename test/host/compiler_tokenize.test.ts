// Mode 'tokenize' requests through the Node host's compiler: CPython's _tokenize.TokenizerIter runs in
// the host and its tokens (seven flat items each) come back marshalled with the tokenizer's error, and
// the disk cache keeps them apart from code and replays them without starting pyodide.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompileRequest } from '../../vm/host.js';
import { Compiler, pyodideWorkerStats } from '../../host/node/compiler.js';
import type { CompileOutput } from '../../host/node/compiler.js';
import { marshalLoads } from '../../vm/marshal/reader.js';
import { PyList } from '../../vm/objects/list.js';
import { PyTuple } from '../../vm/objects/tuple.js';
import { PyValue } from '../../vm/objects/object.js';
import { requireFreshBuild } from './fresh_build.js';

let dir: string;
let compiler: Compiler;

beforeAll(() => {
  requireFreshBuild();
  dir = mkdtempSync(join(tmpdir(), 'pyrewind-compiler-tokenize-test-'));
  compiler = new Compiler({ cacheDir: join(dir, 'cache'), env: {} });
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function req(source: string, extraTokens = false): CompileRequest {
  return { source, filename: '<tokenize>', mode: 'tokenize', flags: extraTokens ? 1 : 0, optimize: 0 };
}

function tokens(output: CompileOutput): { flat: PyValue[]; error: PyValue[] | null } {
  if (!output.ok) throw new Error(`unexpected ${output.error.type}: ${output.error.msg}`);
  const v = marshalLoads(output.marshal);
  if (!(v instanceof PyTuple) || !(v.items[0] instanceof PyList)) throw new Error('not (tokens, error)');
  const err = v.items[1];
  return { flat: v.items[0].items, error: err instanceof PyTuple ? err.items : null };
}

describe("mode 'tokenize' requests", () => {
  it('return type, string, start, end and line of each token, flat', () => {
    const { flat, error } = tokens(compiler.compile(req('x = 1\n')));
    expect(error).toBeNull();
    // NAME, OP (exact type without extra_tokens), NUMBER, NEWLINE, ENDMARKER
    expect(flat.length).toBe(5 * 7);
    expect(flat.slice(0, 7)).toEqual([1, 'x', 1, 0, 1, 1, 'x = 1\n']);
    expect(flat[7]).toBe(22); // EQUAL
    expect(flat.slice(28, 30)).toEqual([0, '']); // ENDMARKER
  });

  it('honours extra_tokens (flags bit 0): operators become OP, comments are kept', () => {
    const { flat } = tokens(compiler.compile(req('x = 1  # c\n', true)));
    expect(flat[7]).toBe(55); // OP
    expect(flat).toContain('# c');
  });

  it('send the tokens before an error, then the SyntaxError with its fields', () => {
    const { flat, error } = tokens(compiler.compile(req('a = 1\ns = "abc\n')));
    expect(flat.slice(0, 2)).toEqual([1, 'a']);
    expect(error?.slice(0, 5)).toEqual(['SyntaxError', 'unterminated string literal (detected at line 2)', '<string>', 2, 5]);
    const dedent = tokens(compiler.compile(req('if x:\n        a\n    b\n'))).error;
    expect(dedent?.slice(0, 2)).toEqual(['IndentationError', 'unindent does not match any outer indentation level']);
  });
});

describe('the disk cache', () => {
  it('keeps tokens and code apart and replays tokens without the compiler', () => {
    const source = 'z = [1, 2]\n';
    const before = compiler.stats;
    const toks = tokens(compiler.compile(req(source)));
    const code = compiler.compile({ source, filename: '<tokenize>', mode: 'exec', flags: 0, optimize: 0 });
    expect(code.ok && (code.marshal[0]! & 0x7f) === 0x63).toBe(true);
    expect(compiler.stats.misses).toBe(before.misses + 2);

    const again = new Compiler({ cacheDir: join(dir, 'cache'), env: {} });
    const requests = pyodideWorkerStats().requests;
    expect(tokens(again.compile(req(source)))).toEqual(toks);
    expect(again.stats).toEqual({ hits: 1, misses: 0 });
    expect(pyodideWorkerStats().requests).toBe(requests);
    // extra_tokens is part of the key
    expect(tokens(again.compile(req(source, true))).flat[7]).toBe(55);
    expect(again.stats.misses).toBe(1);
  });
});
