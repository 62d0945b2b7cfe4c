# Teaching output: print's sep/end/file/flush, f-string '=' and nested specs, format() and str.format,
# printf-style % formatting, and their TypeErrors.
import sys, io
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, '|', e)
print('a', 'b', sep=None, end=None)
print('x', file=None)
class NoWrite: pass
t(lambda: print('x', file=NoWrite()))
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
w = W(); print('a', 1, [2], sep='|', end='#', file=w); print(w.parts)
class WF(W):
    def flush(self): self.parts.append('<flush>')
wf = WF(); print('z', file=wf, flush=True); print(wf.parts)
t(lambda: print('x', file=W(), flush=True))
t(lambda: print(flush=1, end='', sep=''))
t(lambda: print('a', bogus=1))
x = 42
print(f"{x=}", f"{x = :>5}", f"{x=!r:^7}", f"{'nested' + f'{x:03}'}", f"{x:{'>'}{'10'}}", f"{3.14159:.{2}f}", f"{'a'=}")
print(f"{x!s:*^9}", f"{[1,2]=}", f"{ {'k': 1}['k'] }", f"{x:,}", f"{x:_b}", f"{-x:+08.2f}", f"{x:#o}", f"{1e10:g}", f"{x%5=}")
items = ['a', 'b']
print(f"{', '.join(items)}", f"{'\n'.join(items)!r}", f"{len(items) = }", f"{items[0]!a}", f"{'é'!a}")
print(format(12345.678, '>15,.2f'), format('text', '^10'), format(True, 'd'), format(None, ''), format([1], ''), format(1+2j, '.1f'), format(-0.0, '.1f'), format(0.5, '%'))
t(lambda: format([1], 'x'))
t(lambda: format(object(), 'x'))
t(lambda: f"{x:q}")
t(lambda: "{:,d}".format(1.5))
t(lambda: "{0:{1}}".format(3, '>{}'.format(4)))
print("{!r:>8}|{:<5}|{:^5}|{:=+6}".format('s', 1, 2, 3), "{a[0]}{b.imag}".format(a=[9], b=2j), "%(x)05d|%-6.2f|%+i|%c%c" % {'x': 7} if False else '')
print("%(x)05d" % {'x': 7}, "%-6.2f|" % 3.14159, "%+i" % 5, "%c%c" % (72, 'i'), "%5s|%-5s|" % ('ab', 'cd'), "%.3s" % 'abcdef', "%x %X %o %e" % (255, 255, 8, 1234.5), "%%")
t(lambda: "%d" % 1.5)
t(lambda: "%s %s" % ('a',))
t(lambda: "%c" % 'ab')
t(lambda: "%(a)s %s" % {'a': 1})
