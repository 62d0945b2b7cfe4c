// Checks the native _opcode module against CPython 3.14 (expected lines printed by pyodide 3.14.2):
// is_valid and the has_* predicates over every opcode number, stack_effect over all opcodes with
// negative, small, EXTENDED_ARG-sized and huge opargs and each jump value (as a digest of ~500k
// answers), Argument Clinic errors, the name lists and the executor hook; plus stackEffect() directly.
import { beforeAll, describe, expect, it } from 'vitest';
import { runPyrewind } from '../harness/pyrewind.js';
import type { RunResult } from '../harness/program.js';
import { stackEffect } from '../../vm/modules/opcode.js';
import { Op } from '../../vm/bytecode/opcodes.js';
import { pyErrorType, pyErrorMessage } from '../../vm/runtime/raise.js';

const PROGRAM = String.raw`import _opcode, hashlib
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
show('names', lambda: sorted(n for n in dir(_opcode) if not n.startswith('_')))
for name in ('is_valid', 'has_arg', 'has_const', 'has_name', 'has_jump', 'has_free', 'has_local', 'has_exc'):
    show(name, lambda: [op for op in range(-3, 600) if getattr(_opcode, name)(op)])
rows = []
for op in range(0, 300):
    for arg in list(range(-300, 300, 7)) + [0x305, 2**20, 2**28, -2**20]:
        for jump in (None, True, False):
            try:
                rows.append(str(_opcode.stack_effect(op, arg, jump=jump)))
            except ValueError:
                rows.append('X')
print('effects digest', hashlib.md5(','.join(rows).encode()).hexdigest(), rows.count('X'))
show('no oparg', lambda: [_opcode.stack_effect(op) for op in (1, 9, 31, 46, 52, 263)])
show('kw opcode', lambda: _opcode.has_arg(opcode=52))
for label, f in [('too many', lambda: _opcode.stack_effect(1, 2, 3)), ('bad kw', lambda: _opcode.stack_effect(1, foo=2)),
                 ('opcode kw', lambda: _opcode.stack_effect(opcode=1)), ('bad jump', lambda: _opcode.stack_effect(46, 1, jump=1)),
                 ('float oparg', lambda: _opcode.stack_effect(46, 1.0)), ('big oparg', lambda: _opcode.stack_effect(46, 2**31)),
                 ('big opcode', lambda: _opcode.stack_effect(2**31)), ('has_arg none', lambda: _opcode.has_arg()),
                 ('has_arg two', lambda: _opcode.has_arg(1, opcode=2)), ('has_arg bad kw', lambda: _opcode.has_arg(op=2)),
                 ('nb_ops arg', lambda: _opcode.get_nb_ops(1)), ('nb_ops kw', lambda: _opcode.get_nb_ops(x=1)),
                 ('executor', lambda: _opcode.get_executor((lambda: 0).__code__, 0)), ('executor code', lambda: _opcode.get_executor(1, 0)),
                 ('executor offset', lambda: _opcode.get_executor(1, 'x')), ('executor missing', lambda: _opcode.get_executor(1))]:
    show(label, f)
show('lists', lambda: (len(_opcode.get_nb_ops()), _opcode.get_nb_ops()[13], _opcode.get_intrinsic1_descs()[-1], _opcode.get_intrinsic2_descs()[-1], _opcode.get_special_method_names()))
show('fresh lists', lambda: _opcode.get_nb_ops() is not _opcode.get_nb_ops())
show('consts', lambda: (_opcode.ENABLE_SPECIALIZATION, _opcode.ENABLE_SPECIALIZATION_FT, _opcode.get_specialization_stats(), _opcode.__doc__))
show('function', lambda: (type(_opcode.stack_effect).__name__, _opcode.stack_effect.__module__, _opcode.stack_effect.__name__))
`;

const EXPECTED = String.raw`names ['ENABLE_SPECIALIZATION', 'ENABLE_SPECIALIZATION_FT', 'get_executor', 'get_intrinsic1_descs', 'get_intrinsic2_descs', 'get_nb_ops', 'get_special_method_names', 'get_specialization_stats', 'has_arg', 'has_const', 'has_exc', 'has_free', 'has_jump', 'has_local', 'has_name', 'is_valid', 'stack_effect']
is_valid [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266]
has_arg [44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 128, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 197, 200, 209, 210, 211, 237, 239, 241, 242, 243, 244, 245, 247, 248, 249, 250, 251, 253, 255, 257, 258, 259, 260, 261, 263, 264, 265, 266]
has_const [82, 190, 191]
has_name [61, 64, 65, 72, 73, 80, 91, 92, 93, 96, 110, 115, 116, 179, 189, 194, 195, 200, 249]
has_jump [68, 70, 75, 76, 77, 100, 101, 102, 103, 106, 172, 173, 174, 175, 176, 237, 248, 257, 258, 259, 260]
has_free [62, 90, 97, 111]
has_local [3, 63, 83, 84, 85, 86, 87, 88, 89, 112, 113, 114, 261, 266]
has_exc [263, 264, 265]
effects digest a2047af3520990550d499c02179c914f 42327
no oparg [-2, -1, -1, 1, -1, 2]
kw opcode True
too many TypeError stack_effect() takes at most 2 positional arguments (3 given)
bad kw TypeError stack_effect() got an unexpected keyword argument 'foo'
opcode kw TypeError stack_effect() takes at least 1 positional argument (0 given)
bad jump ValueError stack_effect: jump must be False, True or None
float oparg TypeError 'float' object cannot be interpreted as an integer
big oparg OverflowError Python int too large to convert to C long
big opcode OverflowError Python int too large to convert to C int
has_arg none TypeError has_arg() missing required argument 'opcode' (pos 1)
has_arg two TypeError has_arg() takes at most 1 argument (2 given)
has_arg bad kw TypeError has_arg() missing required argument 'opcode' (pos 1)
nb_ops arg TypeError _opcode.get_nb_ops() takes no arguments (1 given)
nb_ops kw TypeError _opcode.get_nb_ops() takes no keyword arguments
executor RuntimeError Executors are not available in this build
executor code TypeError expected a code object, not 'int'
executor offset TypeError 'str' object cannot be interpreted as an integer
executor missing TypeError get_executor() missing required argument 'offset' (pos 2)
lists (27, ('NB_INPLACE_ADD', '+='), 'INTRINSIC_TYPEALIAS', 'INTRINSIC_SET_TYPEPARAM_DEFAULT', ['__enter__', '__exit__', '__aenter__', '__aexit__'])
fresh lists True
consts (1, 1, None, 'Opcode support module.')
function ('builtin_function_or_method', '_opcode', 'stack_effect')`;

describe('_opcode module (program)', () => {
  let result: RunResult | null = null;
  beforeAll(async () => {
    result = await runPyrewind({
      name: 'opcode_module',
      files: new Map([['main.py', new TextEncoder().encode(PROGRAM)]]),
      main: 'main.py',
      argv: [],
      stdin: '',
    });
  }, 120_000);
  it('runs to the end without an uncaught exception', () => {
    expect(result!.stderr).toBe('');
    expect(result!.exitCode).toBe(0);
  });
  const lines = EXPECTED.split('\n');
  it('prints as many lines as CPython', () => {
    expect(result!.stdout.split('\n').filter((l) => l !== '').length).toBe(lines.length);
  });
  lines.forEach((line, i) => {
    it(`line ${i + 1}: ${line.slice(0, 60)}`, () => {
      expect(result!.stdout.split('\n')[i]).toBe(line);
    });
  });
});

describe('stackEffect', () => {
  const refused = (op: number, arg: number): string | null => {
    try {
      stackEffect(op, arg, -1);
      return null;
    } catch (e) {
      return `${pyErrorType(e)}: ${pyErrorMessage(e)}`;
    }
  };
  it('follows the oparg for counted operands', () => {
    expect(stackEffect(Op.BUILD_LIST, 3, -1)).toBe(-2);
    expect(stackEffect(Op.BUILD_MAP, 2, -1)).toBe(-3);
    expect(stackEffect(Op.CALL, 2, -1)).toBe(-3);
    expect(stackEffect(Op.UNPACK_SEQUENCE, 4, -1)).toBe(3);
  });
  it('reads the low bit where it selects an extra push', () => {
    expect(stackEffect(Op.LOAD_ATTR, 0, -1)).toBe(0);
    expect(stackEffect(Op.LOAD_ATTR, 1, -1)).toBe(1);
    expect(stackEffect(Op.LOAD_GLOBAL, 3, -1)).toBe(2);
  });
  it('splits UNPACK_EX into its two byte counts', () => {
    expect(stackEffect(Op.UNPACK_EX, 0x305, -1)).toBe(8);
    expect(stackEffect(Op.UNPACK_EX, -300, -1)).toBe(210);
    expect(stackEffect(Op.UNPACK_EX, -256, -1)).toBe(-1);
    expect(refused(Op.UNPACK_EX, -257 - 255)).toBe('ValueError: invalid opcode or oparg');
  });
  it('refuses negative counts as CPython does', () => {
    expect(refused(Op.BUILD_LIST, -1)).toBe('ValueError: invalid opcode or oparg');
    expect(stackEffect(Op.CALL, -2, -1)).toBe(1);
    expect(refused(Op.CALL, -3)).toBe('ValueError: invalid opcode or oparg');
    expect(stackEffect(Op.NOP, -5, -1)).toBe(0);
  });
  it('gives 0 for a block push that does not jump', () => {
    const SETUP_FINALLY = 264;
    expect(stackEffect(SETUP_FINALLY, 0, -1)).toBe(1);
    expect(stackEffect(SETUP_FINALLY, 0, 1)).toBe(1);
    expect(stackEffect(SETUP_FINALLY, 0, 0)).toBe(0);
    expect(stackEffect(Op.NOP, 0, 0)).toBe(0);
  });
  it('refuses unused, specialized and out-of-range opcodes', () => {
    for (const op of [-1, 3, 121, 150, 267, 1000]) expect(refused(op, 0)).toBe('ValueError: invalid opcode or oparg');
  });
});
