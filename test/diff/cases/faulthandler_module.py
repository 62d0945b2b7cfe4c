# faulthandler: the enabled flag, and dump_traceback's format written straight to a descriptor (frames of
# this program only: the harness's own frames differ between the two runners).
import faulthandler
import io
import re
import sys
import tempfile

print(faulthandler.is_enabled(), faulthandler.disable())
print(faulthandler.enable(), faulthandler.is_enabled(), faulthandler.enable(all_threads=False))
print(faulthandler.disable(), faulthandler.disable(), faulthandler.is_enabled())
print(sorted(n for n in dir(faulthandler) if not n.startswith('__')))


def mine(text):
    lines = text.splitlines()
    head = re.sub('0x[0-9a-f]+', '0xX', lines[0])
    return [head] + [l for l in lines[1:] if 'faulthandler_module' in l or l == '  ...']


with tempfile.TemporaryFile('w+') as f:
    def inner(all_threads):
        faulthandler.dump_traceback(f, all_threads)

    def outer(**kw):
        inner(**kw)

    outer(all_threads=False)
    f.seek(0)
    print(mine(f.read()))
    f.seek(0)
    f.truncate()
    outer(all_threads=True)
    f.seek(0)
    print(mine(f.read()))
    f.seek(0)
    f.truncate()

    def été():
        faulthandler.dump_traceback(f.fileno(), all_threads=False)
    été()
    f.seek(0)
    print(mine(f.read()))
    f.seek(0)
    f.truncate()

    def deep(n):
        if n == 0:
            faulthandler.dump_traceback(file=f, all_threads=False)
        else:
            deep(n - 1)
    deep(120)
    f.seek(0)
    lines = mine(f.read())
    print(len(lines), lines[:2], lines[-2:])
    print(faulthandler.enable(f), faulthandler.is_enabled(), faulthandler.disable())

for bad in (io.StringIO(), 'x', -1, 3.5, 10**30):
    try:
        faulthandler.dump_traceback(bad)
    except Exception as e:
        print(type(e).__name__, e)
for bad in (io.StringIO(), -1):
    try:
        faulthandler.enable(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(faulthandler.is_enabled(), faulthandler.cancel_dump_traceback_later(), faulthandler.unregister(10))
try:
    faulthandler.dump_traceback(sys.stdout, True, 1)
except TypeError as e:
    print(e)
try:
    faulthandler.dump_traceback(file=sys.stdout, all_threads=2, x=1)
except TypeError as e:
    print(e)
try:
    faulthandler.dump_traceback(nope=1)
except TypeError as e:
    print(e)
sys.stdout.flush()
