// CompileRequest.ast through the Node host's compiler: a tree the VM serialised (vm/runtime/ast_to_host.ts
// format) is rebuilt from real ast nodes and compiled by CPython, its errors come back with their own
// exception class, and the disk cache keys on the payload bytes.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompileRequest } from '../../vm/host.js';
import { Compiler, pyodideWorkerStats } from '../../host/node/compiler.js';
import { CompileCache } from '../../host/node/compile_cache.js';
import { marshalDumpsList } from '../../vm/marshal/writer.js';
import { marshalLoads } from '../../vm/marshal/reader.js';
import { PyCode } from '../../vm/objects/code.js';
import { PyValue } from '../../vm/objects/object.js';
import { None } from '../../vm/objects/singletons.js';
import '../../vm/objects/all.js';
import { requireFreshBuild } from './fresh_build.js';

let dir: string;
let compiler: Compiler;

beforeAll(() => {
  requireFreshBuild();
  dir = mkdtempSync(join(tmpdir(), 'pyrewind-compiler-ast-payload-test-'));
  compiler = new Compiler({ cacheDir: join(dir, 'cache'), env: {} });
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Expression(body=Constant(value, lineno=1, col_offset=0, end_lineno=1, end_col_offset=n)) as tokens. */
function constantTree(value: PyValue, endCol = 1): Uint8Array {
  const pos = ['lineno', 0, 1, 'col_offset', 0, 0, 'end_lineno', 0, 1, 'end_col_offset', 0, endCol];
  return marshalDumpsList([1, 'Expression', 1, 'body', 1, 'Constant', 6, 'value', 0, value, 'kind', 0, None, ...pos]);
}

function req(ast: Uint8Array, extra: Partial<CompileRequest> = {}): CompileRequest {
  return { source: '', ast, filename: '<tree>', mode: 'eval', flags: 0, optimize: -1, ...extra };
}

describe('tree requests', () => {
  it('compile a rebuilt tree to code', () => {
    const out = compiler.compile(req(constantTree(42, 2)));
    if (!out.ok) throw new Error(`${out.error.type}: ${out.error.msg}`);
    const code = marshalLoads(out.marshal);
    expect(code).toBeInstanceOf(PyCode);
    expect((code as PyCode).filename).toBe('<tree>');
  });

  it("report CPython's conversion errors with their own class", () => {
    // Expression(body=<stand-in of a class named Thing with repr '<thing>'>) has no lineno: read first.
    const tree = marshalDumpsList([1, 'Expression', 1, 'body', 6, 'Thing', '<thing>', 0]);
    const out = compiler.compile(req(tree));
    expect(out.ok).toBe(false);
    if (!out.ok) expect([out.error.type, out.error.msg]).toEqual(['TypeError', 'required field "lineno" missing from expr']);
    const wrongMode = compiler.compile(req(constantTree(1), { mode: 'exec' }));
    if (!wrongMode.ok) expect(wrongMode.error.msg).toBe('expected Module node, got Expression');
    expect(wrongMode.ok).toBe(false);
  });

  it('are cached under their payload, apart from each other and from source', () => {
    const cache = new CompileCache(dir);
    const a = req(constantTree(1));
    const keys = new Set([
      cache.key('v', a),
      cache.key('v', req(constantTree(2))),
      cache.key('v', { source: '', filename: '<tree>', mode: 'eval', flags: 0, optimize: -1 }),
    ]);
    expect(keys.size).toBe(3);
    expect(cache.key('v', a)).toBe(cache.key('v', req(constantTree(1))));

    const first = compiler.compile(req(constantTree(7)));
    const again = new Compiler({ cacheDir: join(dir, 'cache'), env: {} });
    const requests = pyodideWorkerStats().requests;
    expect(again.compile(req(constantTree(7)))).toEqual(first);
    expect(pyodideWorkerStats().requests).toBe(requests);
    const other = again.compile(req(constantTree(8)));
    expect(other.ok).toBe(true);
    expect(pyodideWorkerStats().requests).toBe(requests + 1);
  });
});
