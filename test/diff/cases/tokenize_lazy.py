# tokenize reads its source lazily: readline is called one line at a time, as tokens are consumed.
# Each case prints the readline calls interleaved with the tokens, then how the stream ended.
import io
import itertools
import tokenize
import _tokenize
from token import tok_name


def show_token(t):
    print('   ', tok_name[t.type], repr(t.string), t.start, t.end, repr(t.line))


def lines_reader(lines, label='readline'):
    it = iter(lines)

    def readline():
        line = next(it, '')
        print('  ', label, repr(line))
        return line
    return readline


def run(title, lines, limit=None):
    print(title)
    toks = tokenize.generate_tokens(lines_reader(lines))
    if limit is not None:
        toks = itertools.islice(toks, limit)
    try:
        for t in toks:
            show_token(t)
        print('  end')
    except (tokenize.TokenError, SyntaxError) as e:
        print('  ', type(e).__name__, e.args)


run('simple', ['x = 1\n', 'if x:\n', '    y = (1,\n', '  2)\n', '\n', '  # c\n', 'z\n'])
run('nested blocks', ['def f(a):\n', '    if a:\n', '        return [\n', '            1,\n',
                      '        ]\n', '    # between\n', '\n', '    else:\n', '\treturn 2\n'])
run('triple-quoted string', ['s = """one\n', 'two\n', 'three"""; t = 1\n', 'u = 2\n'])
run('continuation', ['x = 1 + \\\n', '    2\n', 'y = 3\n'])
run('f-string over lines', ['f"""a{\n', 'x\n', '}b"""\n'])
run('no final newline', ['a = 1\n', 'b = 2'])
run('chunks that are not lines', ['x = 1\ny', ' = (2,', '\n3)\n', 'z'])
run('crlf', ['a = 1\r\n', 'b = 2\r\n'])
run('stop after five tokens', ['a = 1\n', 'b = 2\n', 'c = 3\n'], limit=5)
run('dedent to column zero at EOF', ['class A:\n', '    def f(self):\n', '        pass\n'])

print('errors')
run('EOF in brackets', ['x = [1,\n', '  2,\n'])
run('EOF in brackets later', ['a = 1\n', 'b = 2\n', 'if a:\n', '    c = {\n', '    1: 2,\n'])
run('EOF in triple-quoted string', ['a = 1\n', 'b = 2\n', 's = """abc\n', 'def\n'])
run('EOF after continuation', ['a = 1\n', 'x = 1 + \\\n'])
run('unterminated string', ['a = 1\n', 'b = 2\n', "s = 'abc\n", 'c = 3\n'])
run('unterminated f-string', ['a = 1\n', "f'{x\n"])
run('bad dedent', ['if 1:\n', '    x\n', '  y\n', 'z\n'])
run('bad dedent later', ['a = 1\n', 'b = 2\n', 'if 1:\n', '        x\n', '    y\n'])
run('tabs and spaces', ['if 1:\n', '\tx\n', '        y\n'])
run('invalid number', ['a = 1\n', 'b = 0x\n', 'c = 3\n'])
run('mismatched bracket', ['a = 1\n', 'b = [1,\n', '2)\n', 'c\n'])
run('null byte', ['a = 1\n', 'b\0 = 2\n', 'c = 3\n'])


def infinite():
    n = 0

    def readline():
        nonlocal n
        n += 1
        print('   line', n)
        return f'x{n} = {n}\n'
    return readline


print('infinite source, first 7 tokens')
for t in itertools.islice(tokenize.generate_tokens(infinite()), 7):
    show_token(t)

print('readline that answers the tokens seen')
seen = []


def answering():
    if not seen:
        return 'start\n'
    if len(seen) < 6:
        return f'after_{seen[-1]}\n'
    return ''


for t in tokenize.generate_tokens(answering):
    if t.type == tokenize.NAME:
        seen.append(t.string)
    show_token(t)

print('tokenize.tokenize (bytes, with encoding detection)')
data = [b'# -*- coding: latin-1 -*-\n', b'x = "\xe9"\n', b'y = 2\n']
it = iter(data)


def byte_readline():
    line = next(it, b'')
    print('   readline', line)
    return line


for t in tokenize.tokenize(byte_readline):
    show_token(t)

print('TokenizerIter directly')
t = _tokenize.TokenizerIter(lines_reader(['a\n']), extra_tokens=True)
print('  created')
for i in range(5):
    try:
        print('  ', next(t))
    except StopIteration as e:
        print('   StopIteration', e.args)

t = _tokenize.TokenizerIter(lines_reader(['a = (\n']), extra_tokens=False)
for i in range(6):
    try:
        print('  ', next(t))
    except SyntaxError as e:
        print('  ', type(e).__name__, e.msg, e.lineno, e.offset)


def failing_after(n, exc):
    calls = 0

    def readline():
        nonlocal calls
        calls += 1
        print('   call', calls)
        if calls > n:
            raise exc
        return f'v{calls} = {calls}\n'
    return readline


t = _tokenize.TokenizerIter(failing_after(1, ValueError('boom')), extra_tokens=True)
for i in range(6):
    try:
        print('  ', next(t))
    except Exception as e:
        print('  ', type(e).__name__, e.args)

t = _tokenize.TokenizerIter(failing_after(2, StopIteration), extra_tokens=True)
print('  ', [tok[1] for tok in t])

bad = iter(['a\n', 5])
t = _tokenize.TokenizerIter(lambda: next(bad), extra_tokens=True)
for i in range(5):
    try:
        print('  ', next(t))
    except Exception as e:
        print('  ', type(e).__name__, e.args)

print('generate_tokens on a StringIO, stopping early')
buf = io.StringIO('a = 1\nb = 2\nc = 3\nd = 4\n')
for t in tokenize.generate_tokens(buf.readline):
    if t.string == 'b':
        break
print('  position after', buf.tell(), repr(buf.read()))
