# stdin: n\nb squares\nc\np n\nn\nn\np i\nn\nw 1\nc\np n, values\nq\ny\n
# exit: 1
# breakpoint() with PYTHONBREAKPOINT unset starts pdb (sys.breakpointhook -> pdb.set_trace), whose
# default backend is sys.monitoring: stepping into and through a generator, a breakpoint on a function
# name, continue, where, then quit, which in pdb's inline mode asks for confirmation and ends the program
# with bdb.BdbQuit.
import os
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
os.environ.pop('PYTHONBREAKPOINT', None)


def squares(n):
    for i in range(n):
        yield i * i


def run():
    values = []
    breakpoint()
    gen = squares(3)
    values.append(next(gen))
    values.extend(gen)
    total = sum(values)
    more = list(squares(2))
    print('values', values, more, total)
    return total


try:
    print('result', run())
finally:
    pdb.Pdb._last_pdb_instance = None
