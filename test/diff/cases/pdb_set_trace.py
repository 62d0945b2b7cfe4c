# stdin: p x\nn\np x, y\nl\ns\nargs\nn\nr\nn\nu\np x\nd\nn\nn\nb 34\nc\np total, i\ndisplay total\nn\nn\ncl 1\nuntil 37\np total\n!total = 100\nc\n
# pdb.set_trace() with pdb's default (sys.monitoring) backend, driven by commands on standard input: print,
# next, step into a call, args, return, up/down, list, a breakpoint by line, continue, display, clear,
# until, assignment. The debugger stops tracing when the last `continue` finds no breakpoint.
import sys
import bdb
import pdb

# Class-level state of bdb and pdb outlives a run when the oracle reuses its interpreter: start afresh.
bdb.Breakpoint.next = 1
bdb.Breakpoint.bplist = {}
bdb.Breakpoint.bpbynumber = [None]
pdb.Pdb._last_pdb_instance = None
pdb.Pdb._file_mtime_table.clear()
if sys.monitoring.get_tool(sys.monitoring.DEBUGGER_ID) is not None:
    sys.monitoring.free_tool_id(sys.monitoring.DEBUGGER_ID)


def add(a, b):
    c = a + b
    return c


def main():
    x = 1
    y = 5
    pdb.set_trace()
    x = add(x, 2)
    y = x * 2
    print('x, y =', x, y)
    total = 0
    for i in range(4):
        total += i
    total *= 2
    print('total', total)
    return total


print('result', main())
print('monitoring tool after the session:', sys.monitoring.get_tool(sys.monitoring.DEBUGGER_ID))
