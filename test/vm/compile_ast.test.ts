// compile() of AST objects in the VM: the tree goes to the host's CPython (vm/runtime/ast_to_host.ts) and
// comes back as code, an optimized tree or CPython's error. Cases pyodide cannot show (it dies on a
// cyclic tree) and the marshal writer the payload is made with. Expected outputs are CPython 3.14's,
// checked with pyodide where it survives.

import { describe, expect, it } from 'vitest';
import { runSource, lines } from './run_source.js';
import { marshalDumps, marshalDumpsList, encodeUtf8SurrogatePass } from '../../vm/marshal/writer.js';
import { marshalLoads } from '../../vm/marshal/reader.js';
import { PyFloat } from '../../vm/objects/float.js';
import { PyComplex } from '../../vm/objects/complex.js';
import { PyBytes } from '../../vm/objects/bytes.js';
import { PyTuple } from '../../vm/objects/tuple.js';
import { PyList } from '../../vm/objects/list.js';
import { None, Ellipsis } from '../../vm/objects/singletons.js';
import '../../vm/objects/all.js';

describe('the marshal writer', () => {
  it('round-trips every value kind through the reader', () => {
    const values = [0, -1, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, -(2 ** 40), 2n ** 100n, -(3n ** 90n), true, false, 'h\u00e9\u20ac\u{1f600}', ''];
    for (const v of values) expect(marshalLoads(marshalDumps(v))).toEqual(typeof v === 'bigint' ? v : v);
    expect(marshalLoads(marshalDumps(None))).toBe(None);
    expect(marshalLoads(marshalDumps(Ellipsis))).toBe(Ellipsis);
    expect((marshalLoads(marshalDumps(new PyFloat(-0.5))) as PyFloat).value).toBe(-0.5);
    const c = marshalLoads(marshalDumps(new PyComplex(1.5, -2))) as PyComplex;
    expect([c.real, c.imag]).toEqual([1.5, -2]);
    const b = marshalLoads(marshalDumps(new PyBytes(new Uint8Array([0, 255, 7])))) as PyBytes;
    expect(Array.from(b.data)).toEqual([0, 255, 7]);
    const t = marshalLoads(marshalDumps(new PyTuple([1, new PyList(['a']), None]))) as PyTuple;
    expect(t).toBeInstanceOf(PyTuple);
    expect(t.items[0]).toBe(1);
    expect((t.items[1] as PyList).items).toEqual(['a']);
    const l = marshalLoads(marshalDumpsList([1, 'x', 2n ** 70n])) as PyList;
    expect(l.items).toEqual([1, 'x', 2n ** 70n]);
  });

  it('writes lone surrogates as 3-byte sequences (surrogatepass), pairs as 4 bytes', () => {
    expect(Array.from(encodeUtf8SurrogatePass('\ud800'))).toEqual([0xed, 0xa0, 0x80]);
    expect(Array.from(encodeUtf8SurrogatePass('\u{1f600}'))).toEqual([0xf0, 0x9f, 0x98, 0x80]);
    expect(marshalLoads(marshalDumps('a\udc80b'))).toBe('a\udc80b');
  });
});

describe('compile() of a tree', () => {
  it('compiles parsed and rewritten trees, keeping positions for tracebacks', async () => {
    const r = await runSource(
      'import ast, traceback\n' +
        'class T(ast.NodeTransformer):\n' +
        '    def visit_Constant(self, node):\n' +
        '        return ast.copy_location(ast.Constant(node.value + 1), node)\n' +
        't = T().visit(ast.parse("x = 1\\ny = x // (x - 1)\\n"))\n' +
        'try:\n    exec(compile(t, "virt.py", "exec"), {})\n' +
        'except ZeroDivisionError as e:\n    f = traceback.extract_tb(e.__traceback__)[-1]\n' +
        '    print(f.filename, f.lineno, f.colno, f.end_colno)\n' +
        'print(eval(compile(ast.fix_missing_locations(ast.Expression(ast.Constant(41))), "<e>", "eval")) + 1)\n',
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(lines('virt.py 2 4 16', '42'));
  }, 60_000);

  it("raises CPython's errors for invalid trees", async () => {
    const r = await runSource(
      'import ast\n' +
        'def show(f):\n    try:\n        f()\n    except Exception as e:\n        print(type(e).__name__, e)\n' +
        'show(lambda: compile(ast.Module([ast.Expr(ast.Pass(lineno=1, col_offset=0), lineno=1, col_offset=0)]), "<f>", "exec"))\n' +
        'm = ast.parse("x + 1"); m.body[0].value.op = None\n' +
        'show(lambda: compile(m, "<f>", "exec"))\n' +
        'show(lambda: compile(ast.parse("x"), "<f>", "eval"))\n',
    );
    expect(r.stdout).toBe(
      lines(
        'TypeError expected some sort of expr, but got Pass()',
        'TypeError expected some sort of operator, but got None',
        'TypeError expected Expression node, got Module',
      ),
    );
  }, 60_000);

  it('raises RecursionError for a cyclic tree instead of looping (pyodide itself dies on one)', async () => {
    const r = await runSource(
      'import ast\n' +
        'm = ast.parse("-x")\n' +
        'm.body[0].value.operand = m.body[0].value\n' +
        'try:\n    compile(m, "<f>", "exec")\nexcept RecursionError as e:\n    print("RecursionError", e)\n' +
        'l = []\nm = ast.parse("x"); m.body = l; l.append(ast.Expr(ast.List(l, ast.Load())))\n' +
        'try:\n    compile(m, "<f>", "exec")\nexcept RecursionError as e:\n    print("RecursionError", e)\n',
    );
    expect(r.stdout).toBe(
      lines(
        "RecursionError maximum recursion depth exceeded while traversing 'expr' node",
        "RecursionError maximum recursion depth exceeded while traversing 'expr' node",
      ),
    );
  }, 60_000);

  it('refuses func_type mode for a tree as CPython reports it, without asking the host', async () => {
    const r = await runSource(
      'import ast\n' +
        'try:\n    compile(ast.parse("(int) -> int", mode="func_type"), "<f>", "func_type", ast.PyCF_ONLY_AST)\n' +
        'except TypeError as e:\n    print(e)\n',
    );
    expect(r.stdout).toBe(lines('isinstance() arg 2 must be a type, a tuple of types, or a union'));
  }, 60_000);
});
