# trace.Trace(count=1) counts line executions through sys.settrace (the trace module needs gc).
import os
import trace

def f(n):
    total = 0
    for i in range(n):
        if i % 2:
            total += i
    return total

t = trace.Trace(count=1, trace=0)
print(t.runfunc(f, 5))
r = t.results()
mine = sorted((line, c) for (fname, line), c in r.counts.items() if os.path.basename(fname) == 'trace_counts.py')
print(mine)
t2 = trace.Trace(count=1, trace=0, ignoredirs=[])
print(t2.runfunc(sorted, [3, 1, 2]))
print(len(t2.results().counts))
