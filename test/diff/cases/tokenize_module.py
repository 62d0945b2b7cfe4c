# tokenize (over _tokenize.TokenizerIter, CPython's C tokenizer): generate_tokens on str sources and
# tokenize on bytes with encoding detection, for f-strings, t-strings, comments, continuation lines,
# operators and errors; untokenize round trips; inspect.signature of builtins via __text_signature__.
import io
import inspect
import tokenize

def show(source):
    try:
        for t in tokenize.generate_tokens(io.StringIO(source).readline):
            print(tokenize.tok_name[t.type], t.exact_type, repr(t.string), t.start, t.end, repr(t.line))
    except Exception as e:
        print('error:', type(e).__name__, e)

sources = [
    "x = 1\n",
    "x = f'a{b!r:>{w}}c' + F\"{y=}\" # note\n",
    "t = t'hi {name} {x:{n}}'\n",
    "def f(a, *, b=2) -> int:\n    return a ** b // 3 @ m\n",
    "if x:\n    y = (1 +\n         2)\n    z = 1 + \\\n  3\nelse:\n    pass\n",
    "a <<= 2; b >>= 3; c != d; e := 4; f -> g; h ... i\n",
    "# only a comment\n\n   \n# another\n",
    "s = '''multi\nline''' + r'raw\\n' + b'\\x00' + rb'x'\n",
    "n = 0x_ff + 1_000 + 1.5e-3j + 0o17 + 0b1\n",
    "no_newline_at_end = 1",
    "async def g():\n    await h()\n",
    "\ttab = 1\n",
    "s = 'unterminated\n",
    "s = '''never closed\n",
    "if x:\n        a\n    b\n",
    "x = (1,\n",
    "x = $\n",
    "x = 1if y else 2\n",
]
for s in sources:
    print('--', repr(s))
    show(s)

def show_bytes(data):
    try:
        for t in tokenize.tokenize(io.BytesIO(data).readline):
            print(tokenize.tok_name[t.type], repr(t.string), t.start, t.end, repr(t.line))
    except Exception as e:
        print('error:', type(e).__name__, e)

for data in [
    b"x = 'caf\xc3\xa9'\n",
    b"# -*- coding: latin-1 -*-\ns = '\xe9'\n",
    b"\xef\xbb\xbfy = 2\n",
    b"",
]:
    print('-- bytes', data)
    show_bytes(data)

for s in ["x = 1\nif x:\n    y = [1,\n  2]  # c\n", "def f(a, b):\n    return f'{a}-{b}'\n"]:
    toks = list(tokenize.generate_tokens(io.StringIO(s).readline))
    print(repr(tokenize.untokenize(toks)) == repr(s), repr(tokenize.untokenize(toks)))
    print(repr(tokenize.untokenize((t.type, t.string) for t in toks)))

class NoInit:
    pass

for obj in [len, list.append, dict.get, sorted, NoInit, divmod, str.split, int]:
    try:
        print(getattr(obj, '__qualname__', obj), inspect.signature(obj))
    except Exception as e:
        print('error:', type(e).__name__, e)

def direct(source, **kw):
    import _tokenize
    it = _tokenize.TokenizerIter(io.StringIO(source).readline, **kw)
    try:
        for tok in it:
            print(tok)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))
    try:
        print(list(it))  # a finished iterator stays finished; a failed one raises again
    except SyntaxError as e:
        print('again:', type(e).__name__, e.msg)

direct("a.b(1)\n", extra_tokens=False)
direct("a.b(1)  # c\n", extra_tokens=True)
direct("if a:\n  b\n c\n", extra_tokens=True)

import _tokenize
for call in [
    lambda: list(_tokenize.TokenizerIter(io.BytesIO(b'x\n').readline, extra_tokens=False)),
    lambda: list(_tokenize.TokenizerIter(io.StringIO('x\n').readline, extra_tokens=False, encoding='utf-8')),
    lambda: list(_tokenize.TokenizerIter(io.StringIO('x\n').readline, True)),
    lambda: list(_tokenize.TokenizerIter(io.StringIO('x\n').readline)),
    lambda: list(_tokenize.TokenizerIter(io.BytesIO(b'x\n').readline, extra_tokens=True, encoding=5)),
    lambda: list(_tokenize.TokenizerIter(io.BytesIO(b'x = "\xff"\n').readline, extra_tokens=True, encoding='utf-8'))[2],
    lambda: list(_tokenize.TokenizerIter(iter(['a = (\n', '  1)\n']).__next__, extra_tokens=True)),
]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
