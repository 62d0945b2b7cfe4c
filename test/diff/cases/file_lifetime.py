# Files the program drops without closing are closed (and flushed) when they die, as in CPython.
import os
open('x1.txt', 'w').write('hi')
print(repr(open('x1.txt').read()))
def writer():
    f = open('x2.txt', 'w')
    f.write('from function')
writer()
print(repr(open('x2.txt').read()))
f = open('x3.txt', 'w')
f.write('global')
print(repr(open('x3.txt').read()))
f = None
print(repr(open('x3.txt').read()))
with open('x4.txt', 'w') as g:
    g.write('with')
print(repr(open('x4.txt').read()))
b = open('x5.bin', 'wb')
b.write(b'bytes')
del b
print(open('x5.bin', 'rb').read())
raw = open('x6.bin', 'wb', buffering=0)
raw.write(b'raw')
print(open('x6.bin', 'rb').read())
t = open('x7.txt', 'w')
buf = t.detach()
buf.write(b'detached')
del t
print(open('x7.txt', 'rb').read())
del buf
print(open('x7.txt', 'rb').read())
lines = [line.strip() for line in open('x4.txt')]
print(lines)
for name in ['x1.txt','x2.txt','x3.txt','x4.txt','x5.bin','x6.bin','x7.txt']:
    os.remove(name)
keep = open('x8.txt', 'w')
keep.write('at exit')
