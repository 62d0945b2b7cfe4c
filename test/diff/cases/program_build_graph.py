# A tiny build tool: targets with dependencies, topological scheduling with graphlib, and a diff of
# "generated" files between two runs with difflib.
import graphlib
import difflib

RULES = {
    'app': ['libcore', 'libnet', 'assets'],
    'libcore': ['headers'],
    'libnet': ['libcore', 'openssl'],
    'assets': ['icons', 'fonts'],
    'tests': ['app', 'fixtures'],
    'docs': ['headers'],
    'headers': [],
    'openssl': [],
    'icons': [],
    'fonts': [],
    'fixtures': [],
}

def schedule(rules):
    ts = graphlib.TopologicalSorter()
    for target in sorted(rules):
        ts.add(target, *rules[target])
    ts.prepare()
    waves = []
    while ts.is_active():
        ready = sorted(ts.get_ready())
        waves.append(ready)
        for node in ready:
            ts.done(node)
    return waves

for i, wave in enumerate(schedule(RULES)):
    print(f'wave {i}: {", ".join(wave)}')

order = list(graphlib.TopologicalSorter({k: sorted(v) for k, v in sorted(RULES.items())}).static_order())
print('static order ok:', all(order.index(d) < order.index(t) for t in RULES for d in RULES[t]))
print('count', len(order))

# A cycle must be reported with the nodes that form it.
cyclic = dict(RULES)
cyclic['headers'] = ['app']
ts = graphlib.TopologicalSorter(cyclic)
try:
    ts.prepare()
except graphlib.CycleError as e:
    msg, cycle = e.args
    print('CycleError:', msg)
    print('cycle closes:', cycle[0] == cycle[-1], 'length', len(cycle))
    print('contains headers:', 'headers' in cycle)

ts = graphlib.TopologicalSorter({'x': ['y']})
try:
    ts.get_ready()
except ValueError as e:
    print('ValueError:', e)
ts.prepare()
try:
    ts.done('nonexistent')
except ValueError as e:
    print('ValueError:', e)
try:
    ts.done('x')
except ValueError as e:
    print('ValueError:', e)
try:
    ts.add('z')
except ValueError as e:
    print('ValueError:', e)

# difflib part: compare two versions of a generated Makefile.
old = """CC=gcc
CFLAGS=-O2 -Wall
all: app
app: core.o net.o
\t$(CC) -o app core.o net.o
core.o: core.c
net.o: net.c
clean:
\trm -f *.o app
""".splitlines(keepends=True)
new = """CC=clang
CFLAGS=-O2 -Wall -Wextra
all: app tests
app: core.o net.o assets.o
\t$(CC) -o app core.o net.o assets.o
core.o: core.c
net.o: net.c
assets.o: assets.c
clean:
\trm -f *.o app
""".splitlines(keepends=True)
print(''.join(difflib.unified_diff(old, new, fromfile='Makefile.old', tofile='Makefile', n=1)), end='')
print('---- context diff')
print(''.join(difflib.context_diff(old, new, fromfile='a', tofile='b', n=0)), end='')
print('---- ndiff')
for line in difflib.ndiff(['one\n', 'two\n', 'three\n'], ['ore\n', 'two\n', 'emu\n']):
    print(repr(line))

sm = difflib.SequenceMatcher(None, 'private Thread currentThread;', 'private volatile Thread currentThread;')
print('ratio', round(sm.ratio(), 4), 'quick', round(sm.quick_ratio(), 4), 'real_quick', round(sm.real_quick_ratio(), 4))
for tag, i1, i2, j1, j2 in sm.get_opcodes():
    print(f'{tag:8} a[{i1}:{i2}] b[{j1}:{j2}]')
print(sm.get_matching_blocks())
print(sm.find_longest_match(0, 10, 0, 20))

words = ['build', 'built', 'guild', 'bold', 'bundle', 'rebuild', 'builder', 'quilt']
for probe in ['buld', 'bild', 'quit', 'zzz']:
    print(probe, difflib.get_close_matches(probe, words), difflib.get_close_matches(probe, words, n=2, cutoff=0.3))
sm = difflib.SequenceMatcher(lambda c: c == ' ', 'a b c d', 'a  bcd')
print(sm.get_opcodes())
grouped = difflib.SequenceMatcher(None, list(range(30)), [i for i in range(30) if i % 7]).get_grouped_opcodes(2)
for g in grouped:
    print(g)
d = difflib.Differ()
print(list(d.compare(['abcdefg\n'], ['abXdefh\n'])))
print(difflib.IS_CHARACTER_JUNK(' '), difflib.IS_LINE_JUNK('  #\n'), difflib.IS_LINE_JUNK('x\n'))
