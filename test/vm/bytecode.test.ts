// The marshal reader, the location table and the exception table decoders, checked against what CPython
// 3.14 itself (pyodide, in this test run) reports for the same code objects: every co_* field,
// co_positions() for every code unit, and dis's parse of the exception table, for nested code too.

import { beforeAll, describe, expect, it } from 'vitest';
import { loadPyodide, type PyodideInterface } from 'pyodide';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { marshalLoads, MarshalError } from '../../vm/marshal/reader.js';
import { PyCode } from '../../vm/objects/code.js';
import { PyFloat } from '../../vm/objects/float.js';
import { PyBytes } from '../../vm/objects/bytes.js';
import { PySet } from '../../vm/objects/set.js';
import { None, Ellipsis } from '../../vm/objects/singletons.js';
import { PySlice } from '../../vm/objects/slice.js';
import { PyComplex } from '../../vm/objects/complex.js';
import '../../vm/index.js';
import { Op } from '../../vm/bytecode/opcodes.js';

const SOURCES: Record<string, string> = {
  three_lines: 'a = 1\nb = 2\nc = a * b\n',
  functions: [
    'def f(a, b=2, *args, c, d=4, **kw):',
    '    def g(x):',
    '        nonlocal a',
    '        a += x',
    '        return a',
    '    return g(b) + len(args) + c + d',
    'print(f(1, c=3))',
    '',
  ].join('\n'),
  exceptions: [
    'try:',
    '    x = 1 / 0',
    'except ZeroDivisionError as e:',
    '    print(e)',
    'finally:',
    '    print("done")',
    'with open("f") as fh:',
    '    for line in fh:',
    '        try:',
    '            pass',
    '        except* ValueError:',
    '            pass',
    '',
  ].join('\n'),
  constants: 'x = (1, 2.5, -3j, "s", b"b", None, True, ..., 10**30, -(2**100), "\\ud800")\ny = x[1:2]\nz = y in {1, 2}\n',
  classes_generators: [
    'class A(Base, metaclass=M):',
    '    """doc"""',
    '    x: int = 1',
    '    def m(self):',
    '        yield from range(3)',
    '        return super().m()',
    'async def co():',
    '    await thing',
    'z = [i * i for i in range(10) if i % 2]',
    'match z:',
    '    case [1, *rest]: pass',
    '    case {"k": v}: pass',
    '    case A(x=1): pass',
    '',
  ].join('\n'),
  extended_arg: Array.from({ length: 300 }, (_, i) => `v${i} = ${i}`).join('\n') + '\nprint(v299)\n',
};

interface CodeInfo {
  fields: Record<string, unknown>;
  positions: [number | null, number | null, number | null, number | null][];
  exctable: [number, number, number, number, boolean][];
  children: CodeInfo[];
}

let py: PyodideInterface;
const compiled: Record<string, { marshal: Uint8Array; info: CodeInfo }> = {};

beforeAll(async () => {
  // Under vitest pyodide cannot locate its own files from import.meta; point it at the package.
  py = await loadPyodide({ indexURL: `${dirname(createRequire(import.meta.url).resolve('pyodide/package.json'))}/` });
  py.runPython(`
import marshal, dis, json, types
def describe(co):
    return {
        'fields': {k: getattr(co, k) for k in ['co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount',
                   'co_stacksize', 'co_flags', 'co_name', 'co_qualname', 'co_filename', 'co_firstlineno',
                   'co_names', 'co_varnames', 'co_cellvars', 'co_freevars']},
        'code_hex': co.co_code.hex(),
        'positions': list(co.co_positions()),
        'exctable': [[e.start // 2, e.end // 2, e.target // 2, e.depth, e.lasti] for e in dis._parse_exception_table(co)],
        'children': [describe(c) for c in co.co_consts if isinstance(c, types.CodeType)],
    }
def compile_info(src):
    co = compile(src, 'prog.py', 'exec')
    return marshal.dumps(co).hex(), json.dumps(describe(co))
`);
  const fn = py.globals.get('compile_info');
  for (const [name, src] of Object.entries(SOURCES)) {
    const [hex, json] = fn(src).toJs() as [string, string];
    compiled[name] = { marshal: Uint8Array.from(Buffer.from(hex, 'hex')), info: JSON.parse(json) };
  }
  fn.destroy();
}, 60_000);

function childCodes(co: PyCode): PyCode[] {
  return co.consts.filter((c): c is PyCode => c instanceof PyCode);
}

function checkCode(co: PyCode, info: CodeInfo & { code_hex?: string }): void {
  co.decode();
  const f = info.fields;
  expect(co.argcount).toBe(f.co_argcount);
  expect(co.posonlyargcount).toBe(f.co_posonlyargcount);
  expect(co.kwonlyargcount).toBe(f.co_kwonlyargcount);
  expect(co.stacksize).toBe(f.co_stacksize);
  expect(co.flags).toBe(f.co_flags);
  expect(co.name).toBe(f.co_name);
  expect(co.qualname).toBe(f.co_qualname);
  expect(co.filename).toBe(f.co_filename);
  expect(co.firstlineno).toBe(f.co_firstlineno);
  expect(co.names).toEqual(f.co_names);
  expect(co.varnames).toEqual(f.co_varnames);
  expect(co.cellvars).toEqual(f.co_cellvars);
  expect(co.freevars).toEqual(f.co_freevars);
  expect(Buffer.from(co.code).toString('hex')).toBe((info as { code_hex: string }).code_hex);
  const pos = co.getPositions();
  const mine = info.positions.map((_, i) => [
    pos.line[i] < 0 ? null : pos.line[i],
    pos.endLine[i] < 0 ? null : pos.endLine[i],
    pos.col[i] < 0 ? null : pos.col[i],
    pos.endCol[i] < 0 ? null : pos.endCol[i],
  ]);
  expect(mine).toEqual(info.positions);
  expect(co.excTable.map((e) => [e.start, e.end, e.target, e.depth, e.lasti])).toEqual(info.exctable);
  const kids = childCodes(co);
  expect(kids.length).toBe(info.children.length);
  kids.forEach((k, i) => checkCode(k, info.children[i]));
}

describe('marshal reader and code object decoding', () => {
  it.each(Object.keys(SOURCES))('%s: fields, positions and exception table match CPython', (name) => {
    const { marshal, info } = compiled[name];
    const co = marshalLoads(marshal);
    expect(co).toBeInstanceOf(PyCode);
    checkCode(co as PyCode, info);
  });

  it('reads constants of every marshal type with their values', () => {
    // co_consts of the `constants` source, as CPython 3.14 reports them:
    // (1, 2.5, 's', b'b', None, True, Ellipsis, '\ud800', slice(1, 2, None), (-0-3j), 10**30, frozenset({1, 2}))
    const co = marshalLoads(compiled.constants.marshal) as PyCode;
    const [one, f, s, b, n, tr, el, sur, sl, c, big, fs] = co.consts;
    expect(co.consts).toHaveLength(12);
    expect(one).toBe(1);
    expect((f as PyFloat).value).toBe(2.5);
    expect(s).toBe('s');
    expect(Buffer.from((b as PyBytes).data).toString()).toBe('b');
    expect(n).toBe(None);
    expect(tr).toBe(true);
    expect(el).toBe(Ellipsis);
    expect(sur).toBe('\ud800');
    expect(sl).toBeInstanceOf(PySlice);
    expect([(sl as PySlice).start, (sl as PySlice).stop, (sl as PySlice).step]).toEqual([1, 2, None]);
    expect(Object.is((c as PyComplex).real, -0)).toBe(true);
    expect((c as PyComplex).imag).toBe(-3);
    expect(big).toBe(10n ** 30n);
    expect((fs as PySet).size).toBe(2);
  });

  it('folds EXTENDED_ARG into the argument of the instruction it prefixes', () => {
    const co = marshalLoads(compiled.extended_arg.marshal) as PyCode;
    co.decode();
    const stores: number[] = [];
    for (let i = 0; i < co.ops.length; i = co.nexts[i]) {
      if (co.ops[i] === Op.STORE_NAME) stores.push(co.args[i]);
      if (co.ops[i] === Op.EXTENDED_ARG) expect(co.ops[co.nexts[i]]).not.toBe(Op.EXTENDED_ARG);
    }
    expect(stores).toEqual(Array.from({ length: 300 }, (_, i) => i));
  });

  it('rejects truncated or foreign data with a MarshalError', () => {
    const data = compiled.three_lines.marshal;
    expect(() => marshalLoads(data.subarray(0, data.length - 5))).toThrow(MarshalError);
    expect(() => marshalLoads(Uint8Array.from([0x51]))).toThrow(/unknown type code/);
  });
});
