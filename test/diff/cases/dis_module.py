# dis and opcode: disassembly of small functions (no addresses printed), get_instructions, Bytecode,
# code_info fields, findlinestarts, stack_effect and the has* opcode tables from the _opcode module.
import dis
import opcode
import io


def add(a, b):
    return a + b


def loop(n):
    total = 0
    for i in range(n):
        if i % 2:
            total += i
    return total


def guarded(x):
    try:
        return 1 / x
    except ZeroDivisionError:
        return None


def closure():
    v = 1
    def inner():
        return v
    return inner


def show(title, fn):
    try:
        print(title, fn())
    except Exception as e:
        print(title, type(e).__name__, e)


print('--- dis.dis(add)')
dis.dis(add)
print('--- dis.dis(loop)')
dis.dis(loop)
print('--- dis.dis(guarded)')
dis.dis(guarded)
print('--- dis.dis(closure) (inner code object shown as a name only)')
out = io.StringIO()
dis.dis(closure, file=out, depth=0)
print('\n'.join(line for line in out.getvalue().splitlines() if 'code object' not in line))

print('--- get_instructions')
for ins in dis.get_instructions(add):
    print(ins.opname, ins.opcode == opcode.opmap[ins.opname], ins.arg, repr(ins.argval), repr(ins.argrepr),
          ins.offset, ins.start_offset, ins.line_number, ins.is_jump_target, ins.positions.lineno)
names = [i.opname for i in dis.get_instructions(loop)]
print('loop ops', names)
jumps = [(i.opname, i.jump_target is not None) for i in dis.get_instructions(loop) if i.opcode in dis.hasjump]
print('jumps', jumps)

print('--- Bytecode')
bc = dis.Bytecode(add)
print(type(bc).__name__, len(list(bc)), bc.first_line == add.__code__.co_firstlineno)
print(bc.dis().splitlines()[0].split())
print('exception entries', [(e.depth, e.lasti) for e in dis.Bytecode(guarded).exception_entries])

print('--- code_info')
for line in dis.code_info(loop).splitlines():
    if not line.startswith(('Filename', 'Flags')):
        print(line)
print('pretty flags', dis.pretty_flags(loop.__code__.co_flags))
print('linestarts', [line for _, line in dis.findlinestarts(loop.__code__)])
print('co_lines lines', sorted({l for _, _, l in loop.__code__.co_lines() if l is not None}))
print('positions', len(list(add.__code__.co_positions())) == len(add.__code__.co_code) // 2)

print('--- opcode module')
print('opname', opcode.opname[opcode.opmap['BINARY_OP']], opcode.HAVE_ARGUMENT, opcode.EXTENDED_ARG)
print('has tables', opcode.opmap['LOAD_CONST'] in opcode.hasconst, opcode.opmap['LOAD_ATTR'] in opcode.hasname,
      opcode.opmap['JUMP_FORWARD'] in opcode.hasjump, opcode.opmap['LOAD_DEREF'] in opcode.hasfree,
      opcode.opmap['LOAD_FAST'] in opcode.haslocal, opcode.opmap['SETUP_FINALLY'] in opcode.hasexc)
print('table sizes', len(opcode.hasarg), len(opcode.hasconst), len(opcode.hasname), len(opcode.hasjump),
      len(opcode.hasfree), len(opcode.haslocal), len(opcode.hasexc))
print('stack effects', [opcode.stack_effect(opcode.opmap[n], a) for n, a in
                        [('BUILD_LIST', 3), ('CALL', 2), ('LOAD_ATTR', 1), ('LOAD_GLOBAL', 0), ('UNPACK_SEQUENCE', 4),
                         ('UNPACK_EX', 0x102), ('BUILD_MAP', 2), ('COPY', 1)]])
print('no-arg effects', [opcode.stack_effect(opcode.opmap[n]) for n in ('POP_TOP', 'NOP', 'PUSH_NULL', 'RETURN_VALUE')])
print('jump effects', [opcode.stack_effect(opcode.opmap['SETUP_FINALLY'], 0, jump=j) for j in (None, True, False)])
show('invalid opcode', lambda: opcode.stack_effect(3))
show('specialized', lambda: opcode.stack_effect(opcode._specialized_opmap['BINARY_OP_ADD_INT'], 0))
show('negative oparg', lambda: opcode.stack_effect(opcode.opmap['BUILD_LIST'], -1))
show('bad jump', lambda: opcode.stack_effect(opcode.opmap['NOP'], jump=1))
show('bad opcode type', lambda: opcode.stack_effect('x'))
show('no args', lambda: opcode.stack_effect())
print('nb ops', opcode._nb_ops[0], opcode._nb_ops[-1], len(opcode._nb_ops))
print('intrinsics', opcode._intrinsic_1_descs[1], opcode._intrinsic_2_descs[1])
print('special', opcode._special_method_names)
import _opcode
print('_opcode', _opcode.is_valid(0), _opcode.is_valid(3), _opcode.is_valid(121), _opcode.has_arg(opcode.opmap['CALL']),
      _opcode.has_arg(opcode.opmap['NOP']), _opcode.has_jump(-1), _opcode.ENABLE_SPECIALIZATION)
show('executor', lambda: _opcode.get_executor(add.__code__, 0))
show('executor type', lambda: _opcode.get_executor(add, 0))
print('stats', _opcode.get_specialization_stats())
