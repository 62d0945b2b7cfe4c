// compile(..., PyCF_ONLY_AST) through the Node host's compiler: CPython's tree comes back as marshal
// bytes of the flat preorder list vm/runtime/ast_from_host.ts reads, and the disk cache keeps trees
// apart from code and replays them without starting pyodide.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompileRequest } from '../../vm/host.js';
import { Compiler, pyodideWorkerStats } from '../../host/node/compiler.js';
import type { CompileOutput } from '../../host/node/compiler.js';
import { marshalLoads } from '../../vm/marshal/reader.js';
import { PyList } from '../../vm/objects/list.js';
import { PyValue } from '../../vm/objects/object.js';
import { requireFreshBuild } from './fresh_build.js';

const PyCF_ONLY_AST = 0x400;
let dir: string;
let compiler: Compiler;

beforeAll(() => {
  requireFreshBuild();
  dir = mkdtempSync(join(tmpdir(), 'pyrewind-compiler-ast-test-'));
  compiler = new Compiler({ cacheDir: join(dir, 'cache'), env: {} });
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function req(source: string, extra: Partial<CompileRequest> = {}): CompileRequest {
  return { source, filename: '<t>', mode: 'exec', flags: PyCF_ONLY_AST, optimize: -1, ...extra };
}

function flat(output: CompileOutput): PyValue[] {
  if (!output.ok) throw new Error(`unexpected ${output.error.type}: ${output.error.msg}`);
  const v = marshalLoads(output.marshal);
  if (!(v instanceof PyList)) throw new Error('not a list');
  return v.items;
}

describe('PyCF_ONLY_AST requests', () => {
  it('return the tree in preorder: class names, fields, list lengths, positions', () => {
    // Module(body=[Expr(Name('x', Load()))], type_ignores=[])
    expect(flat(compiler.compile(req('x')))).toEqual(['Module', 1, 'Expr', 'Name', 'x', 'Load', 1, 0, 1, 1, 1, 0, 1, 1, 0]);
  });

  it('keeps constants typed: big ints, floats, bytes, None', () => {
    const items = flat(compiler.compile(req('(2**70, 12345678901234567890, 1e400, b"z", None)', { mode: 'eval' })));
    expect(items).toContain(12345678901234567890n);
    expect(items).toContain(70);
    expect(items.some((v) => typeof v === 'object' && v !== null && (v as { value?: unknown }).value === Infinity)).toBe(true);
    expect(items[0]).toBe('Expression');
  });

  it('parses what only the compiler refuses (no symbol table pass), unlike a code request', () => {
    expect(compiler.compile(req('return 1')).ok).toBe(true);
    expect(compiler.compile(req('return 1', { flags: 0 })).ok).toBe(false);
  });

  it("reports the parser's syntax errors", () => {
    const out = compiler.compile(req('x = (1,'));
    expect(out.ok).toBe(false);
    if (!out.ok) expect([out.error.type, out.error.msg, out.error.lineno, out.error.offset]).toEqual(['SyntaxError', "'(' was never closed", 1, 5]);
  });

  it('flattens deep trees that marshal could not nest', () => {
    const items = flat(compiler.compile(req(`x = ${'1 + '.repeat(3000)}1`)));
    expect(items.filter((v) => v === 'BinOp').length).toBe(3000);
  });

  it('accepts func_type mode', () => {
    expect(flat(compiler.compile(req('(int) -> str', { mode: 'func_type' })))[0]).toBe('FunctionType');
  });
});

describe('the disk cache', () => {
  it('keeps trees and code apart and replays trees without the compiler', () => {
    const source = 'y = [1, 2]\n';
    const before = compiler.stats;
    const tree = flat(compiler.compile(req(source)));
    const code = compiler.compile(req(source, { flags: 0 }));
    expect(code.ok && (code.marshal[0]! & 0x7f) === 0x63).toBe(true);
    expect(compiler.stats.misses).toBe(before.misses + 2);

    const again = new Compiler({ cacheDir: join(dir, 'cache'), env: {} });
    const requests = pyodideWorkerStats().requests;
    expect(flat(again.compile(req(source)))).toEqual(tree);
    const err = again.compile(req('x = (1,'));
    expect(err.ok).toBe(false);
    expect(again.stats).toEqual({ hits: 2, misses: 0 });
    expect(pyodideWorkerStats().requests).toBe(requests);
  });
});
