// The joins outside the str methods that could put a lone high surrogate right before a lone low one
// (format-spec fill characters, decoders under surrogatepass / custom error handlers, unicode_escape,
// charmap, io.StringIO and TextIOWrapper accumulation, re.sub / Match.expand): each refuses with the
// NotImplementedError naming pyrewind's limitation, and everything representable matches CPython.
//
// CPython 3.14 (pyodide) returns the two code points in every refused case, e.g.
// format('\udc00', '\ud800>3') == '\ud800\ud800\udc00' (3 code points); expected values of the other
// lines were printed by pyodide.

import { describe, expect, it } from 'vitest';
import '../../vm/objects/all.js';
import { checkJoinSeams } from '../../vm/objects/str_surrogates.js';
import { pyErrorType } from '../../vm/runtime/raise.js';
import { runSource, lines } from '../vm/run_source.js';

function caught(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  return null;
}

describe('checkJoinSeams', () => {
  it('sees through empty pieces and seps meeting around them', () => {
    expect(pyErrorType(caught(() => checkJoinSeams(['\ud800', '', '\udc00'], '')))).toBe('NotImplementedError');
    expect(pyErrorType(caught(() => checkJoinSeams(['\ud800', '', '', '\udc00x'], '')))).toBe('NotImplementedError');
    expect(pyErrorType(caught(() => checkJoinSeams(['a', '', 'b'], '\udc00-\ud800')))).toBe('NotImplementedError');
    expect(caught(() => checkJoinSeams(['', 'b'], '\udc00-\ud800'))).toBe(null);
    expect(caught(() => checkJoinSeams(['a', ''], '\udc00-\ud800'))).toBe(null);
    expect(caught(() => checkJoinSeams(['\udc00', '', '\ud800'], ''))).toBe(null);
    expect(caught(() => checkJoinSeams(['', '', ''], '\ud800'))).toBe(null);
  });
});

const PROGRAM = String.raw`
import io, re, codecs
def show(label, f):
    try:
        r = f()
        print(label, ascii(r))
    except NotImplementedError as e:
        print(label, 'refused', 'pyrewind cannot represent' in str(e))
    except Exception as e:
        print(label, type(e).__name__, e)
H, L = chr(0xd800), chr(0xdc00)
# format specs: the fill character against the body
show('fill >', lambda: format(L, H + '>3'))
show('fill <', lambda: format(H, L + '<3'))
show('fill ^', lambda: format(L, H + '^4'))
show('fill ^ right only', lambda: format(L, H + '^2'))
show('fill ^ left', lambda: format(H, L + '^3'))
show('fill precision', lambda: format(L + 'x', H + '>3.1'))
show('str.format fill', lambda: ('{:' + H + '>3}').format(L))
show('fill c', lambda: format(0xdc00, H + '>2c'))
show('fill c =', lambda: format(0xdc00, H + '=3c'))
show('fill c <', lambda: format(0xd800, L + '<2c'))
show('fill apart', lambda: format(H, H + '>3'))
show('fill reversed', lambda: format(L, H + '<2'))
show('fill int', lambda: format(-5, H + '=4'))
show('fill float', lambda: format(1.5, L + '^6'))
show('fill complex', lambda: format(5j, H + '>6'))
# decoders
show('utf-8 surrogatepass', lambda: b'\xed\xa0\x80\xed\xb0\x80'.decode('utf-8', 'surrogatepass'))
show('utf_8_decode', lambda: codecs.utf_8_decode(b'\xed\xa0\x80\xed\xb0\x80', 'surrogatepass'))
show('utf-8 surrogatepass apart', lambda: b'\xed\xa0\x80x\xed\xb0\x80'.decode('utf-8', 'surrogatepass'))
show('utf-8 surrogatepass reversed', lambda: b'\xed\xb0\x80\xed\xa0\x80'.decode('utf-8', 'surrogatepass'))
show('utf-32 surrogatepass', lambda: b'\x00\xd8\x00\x00\x00\xdc\x00\x00'.decode('utf-32-le', 'surrogatepass'))
show('utf-16 surrogatepass', lambda: b'\x00\xd8\x00\xdc'.decode('utf-16-le', 'surrogatepass'))
show('surrogateescape', lambda: b'\xed\xa0\x80\xed\xb0\x80'.decode('utf-8', 'surrogateescape'))
show('unicode_escape', lambda: b'\\ud800\\udc00'.decode('unicode_escape'))
show('raw_unicode_escape', lambda: b'\\ud800\\udc00'.decode('raw_unicode_escape'))
show('unicode_escape apart', lambda: b'\\ud800 \\udc00'.decode('unicode_escape'))
codecs.register_error('test.high', lambda e: (H, e.end))
codecs.register_error('test.low', lambda e: (L, e.end))
show('handler high', lambda: b'\xff\xed\xb0\x80'.decode('utf-8', 'test.high'))
calls = iter([H, L])
codecs.register_error('test.alternate', lambda e: (next(calls), e.end))
show('handler high then low', lambda: b'\xff\xff'.decode('utf-8', 'test.alternate'))
show('handler escape', lambda: b'\\ud800\\x'.decode('unicode_escape', 'test.low'))
show('charmap', lambda: codecs.charmap_decode(b'ab', 'strict', {97: H, 98: L}))
show('handler encode', lambda: ('a' + L).encode('ascii', 'test.bytes'))
codecs.register_error('test.bytes', lambda e: (b'?!', e.end))
show('handler encode', lambda: ('a' + L).encode('ascii', 'test.bytes'))
d = codecs.getincrementaldecoder('utf-8')('surrogatepass')
show('incremental', lambda: [d.decode(b'\xed'), d.decode(b'\xa0'), d.decode(b'\x80')])
show('utf_8_decode partial', lambda: codecs.utf_8_decode(b'a\xed\xbf', 'strict', False))
# io.StringIO
def sio(*writes, initial='', seek=None):
    s = io.StringIO(initial)
    if seek is not None:
        s.seek(seek)
    for w in writes:
        s.write(w)
    return s.getvalue()
show('StringIO writes', lambda: sio(H, L))
show('StringIO overwrite left', lambda: sio(L, initial=H + 'x', seek=1))
show('StringIO overwrite right', lambda: sio(H, initial='x' + L))
show('StringIO empty write', lambda: sio(H, '', 'a'))
show('StringIO gap', lambda: sio(L, initial='ab', seek=5))
def sio_state():
    s = io.StringIO()
    s.write(H)
    try:
        s.write(L)
    except NotImplementedError:
        pass
    return s.getvalue(), s.tell()
show('StringIO after refusal', sio_state)
# TextIOWrapper
def tio(data, op, chunk=None):
    t = io.TextIOWrapper(io.BytesIO(data), 'utf-8', 'surrogatepass')
    if chunk is not None:
        t._CHUNK_SIZE = chunk
    return op(t)
PAIR = b'\xed\xa0\x80\xed\xb0\x80'
show('TextIOWrapper read', lambda: tio(PAIR, lambda t: t.read()))
show('TextIOWrapper read chunks', lambda: tio(PAIR, lambda t: t.read(2), 3))
show('TextIOWrapper readline chunks', lambda: tio(PAIR + b'\n', lambda t: t.readline(), 3))
show('TextIOWrapper read 1', lambda: tio(PAIR, lambda t: t.read(1), 3))
show('TextIOWrapper apart', lambda: tio(b'\xed\xa0\x80x\xed\xb0\x80\n', lambda t: t.readline(), 2))
# re
show('re.sub literal', lambda: re.sub('x', L, H + 'x'))
show('re.sub empty', lambda: re.sub('x', '', H + 'x' + L))
show('re.sub callable', lambda: re.sub('x', lambda m: '', H + 'x' + L))
show('re.subn', lambda: re.subn('x', lambda m: L, H + 'x'))
show('re.sub template', lambda: re.sub('(.)(.)', r'\2\1', L + H))
show('expand', lambda: re.match('(.)(.)', L + H).expand(r'\2\1'))
show('re.sub apart', lambda: re.sub('(x)', H + r'\1', 'x' + L))
show('re.sub reversed', lambda: re.sub('x', H, L + 'x'))
`;

describe('joins in format, codecs, io and re', () => {
  it('refuse exactly where CPython would return the pair', async () => {
    const r = await runSource(PROGRAM);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      lines(
        'fill > refused True',
        'fill < refused True',
        'fill ^ refused True',
        "fill ^ right only '\\udc00\\ud800'",
        'fill ^ left refused True',
        'fill precision refused True',
        'str.format fill refused True',
        'fill c refused True',
        'fill c = refused True',
        'fill c < refused True',
        "fill apart '\\ud800\\ud800\\ud800'",
        "fill reversed '\\udc00\\ud800'",
        "fill int '-\\ud800\\ud8005'",
        "fill float '\\udc001.5\\udc00\\udc00'",
        "fill complex '\\ud800\\ud800\\ud800\\ud8005j'",
        'utf-8 surrogatepass refused True',
        'utf_8_decode refused True',
        "utf-8 surrogatepass apart '\\ud800x\\udc00'",
        "utf-8 surrogatepass reversed '\\udc00\\ud800'",
        'utf-32 surrogatepass refused True',
        "utf-16 surrogatepass '\\U00010000'",
        "surrogateescape '\\udced\\udca0\\udc80\\udced\\udcb0\\udc80'",
        'unicode_escape refused True',
        'raw_unicode_escape refused True',
        "unicode_escape apart '\\ud800 \\udc00'",
        "handler high '\\ud800\\ud800\\ud800\\ud800'",
        'handler high then low refused True',
        'handler escape refused True',
        'charmap refused True',
        "handler encode LookupError unknown error handler name 'test.bytes'",
        "handler encode b'a?!'",
        "incremental ['', '', '\\ud800']",
        "utf_8_decode partial ('a', 1)",
        'StringIO writes refused True',
        'StringIO overwrite left refused True',
        'StringIO overwrite right refused True',
        "StringIO empty write '\\ud800a'",
        "StringIO gap 'ab\\x00\\x00\\x00\\udc00'",
        "StringIO after refusal ('\\ud800', 1)",
        'TextIOWrapper read refused True',
        'TextIOWrapper read chunks refused True',
        'TextIOWrapper readline chunks refused True',
        "TextIOWrapper read 1 '\\ud800'",
        "TextIOWrapper apart '\\ud800x\\udc00\\n'",
        're.sub literal refused True',
        're.sub empty refused True',
        're.sub callable refused True',
        're.subn refused True',
        're.sub template refused True',
        'expand refused True',
        "re.sub apart '\\ud800x\\udc00'",
        "re.sub reversed '\\udc00\\ud800'",
      ),
    );
  }, 60_000);
});
