"""A tiny stack-based VM with a two-pass assembler, labels and a disassembler."""
from enum import IntEnum, auto
import struct


class Op(IntEnum):
    PUSH = auto()
    POP = auto()
    ADD = auto()
    SUB = auto()
    MUL = auto()
    DIV = auto()
    DUP = auto()
    SWAP = auto()
    JMP = auto()
    JZ = auto()
    PRINT = auto()
    LOAD = auto()
    STORE = auto()
    HALT = auto()
    CALL = auto()
    RET = auto()


HAS_ARG = {Op.PUSH, Op.JMP, Op.JZ, Op.LOAD, Op.STORE, Op.CALL}


class AsmError(Exception):
    def __init__(self, line, msg):
        super().__init__(f"line {line}: {msg}")
        self.line = line


def assemble(source):
    labels = {}
    items = []
    pc = 0
    for lineno, raw in enumerate(source.splitlines(), 1):
        line = raw.split(";", 1)[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = pc
            continue
        name, *rest = line.split()
        try:
            op = Op[name.upper()]
        except KeyError:
            raise AsmError(lineno, f"unknown opcode {name!r}") from None
        if (op in HAS_ARG) != bool(rest):
            raise AsmError(lineno, f"{op.name} takes {'one' if op in HAS_ARG else 'no'} argument")
        items.append((lineno, op, rest[0] if rest else None))
        pc += 5 if op in HAS_ARG else 1
    code = bytearray()
    for lineno, op, arg in items:
        code.append(op)
        if op in HAS_ARG:
            if arg in labels:
                value = labels[arg]
            else:
                try:
                    value = int(arg, 0)
                except ValueError:
                    raise AsmError(lineno, f"bad operand {arg!r}") from None
            code += struct.pack("<i", value)
    return bytes(code)


def disassemble(code):
    pc = 0
    while pc < len(code):
        op = Op(code[pc])
        if op in HAS_ARG:
            (arg,) = struct.unpack_from("<i", code, pc + 1)
            yield pc, f"{op.name:<6}{arg}"
            pc += 5
        else:
            yield pc, op.name
            pc += 1


class Machine:
    def __init__(self, code, trace=False):
        self.code = code
        self.stack = []
        self.frames = []
        self.memory = [0] * 8
        self.out = []
        self.trace = trace
        self.steps = 0

    def run(self, limit=10_000):
        pc = 0
        code = self.code
        while True:
            self.steps += 1
            if self.steps > limit:
                raise RuntimeError("step limit exceeded")
            op = Op(code[pc])
            arg = None
            if op in HAS_ARG:
                (arg,) = struct.unpack_from("<i", code, pc + 1)
                pc += 5
            else:
                pc += 1
            s = self.stack
            match op:
                case Op.PUSH:
                    s.append(arg)
                case Op.POP:
                    s.pop()
                case Op.ADD | Op.SUB | Op.MUL | Op.DIV:
                    b, a = s.pop(), s.pop()
                    if op is Op.ADD:
                        s.append(a + b)
                    elif op is Op.SUB:
                        s.append(a - b)
                    elif op is Op.MUL:
                        s.append(a * b)
                    else:
                        s.append(a // b)
                case Op.DUP:
                    s.append(s[-1])
                case Op.SWAP:
                    s[-1], s[-2] = s[-2], s[-1]
                case Op.JMP:
                    pc = arg
                case Op.JZ:
                    if s.pop() == 0:
                        pc = arg
                case Op.PRINT:
                    self.out.append(s.pop())
                case Op.LOAD:
                    s.append(self.memory[arg])
                case Op.STORE:
                    self.memory[arg] = s.pop()
                case Op.CALL:
                    self.frames.append(pc)
                    pc = arg
                case Op.RET:
                    pc = self.frames.pop()
                case Op.HALT:
                    return self.out
                case _:
                    raise AssertionError(op)


FACTORIAL = """
    push 10
    store 0      ; n
    push 1
    store 1      ; acc
loop:
    load 0
    jz done
    load 1
    load 0
    mul
    store 1
    load 0
    push 1
    sub
    store 0
    jmp loop
done:
    load 1
    print
    push 7
    call square
    print
    halt
square:
    dup
    mul
    ret
"""

code = assemble(FACTORIAL)
print(len(code), code[:12].hex(" "))
for pc, text in disassemble(code):
    if pc < 20 or pc > 80:
        print(f"{pc:04x}  {text}")
m = Machine(code)
print(m.run(), m.steps, m.memory[:2])

for bad in ("push", "frob 1", "push x", "add 3"):
    try:
        assemble(bad)
    except AsmError as e:
        print(type(e).__name__, e, e.line)

try:
    Machine(assemble("top:\n jmp top")).run(limit=50)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    Machine(assemble("push 1\npush 0\ndiv\nhalt")).run()
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    Machine(bytes([99])).run()
except ValueError as e:
    print("ValueError", e)
print(Op.MUL, repr(Op.MUL), Op(3).name, list(Op)[-2:], Op.HALT + 1)
print(struct.pack(">hHi", -2, 65535, -7).hex(), struct.calcsize("<ihq"), struct.calcsize("ihq"))
