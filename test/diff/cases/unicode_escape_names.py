# \N{...} escapes decoded at run time by the unicode_escape codec (names, aliases, errors).
import codecs

for raw in [rb'\N{BULLET}', rb'a\N{LATIN SMALL LETTER E WITH ACUTE}b', rb'\N{LINE FEED}', rb'\N{BYTE ORDER MARK}x',
            rb'\N{NO SUCH NAME}', rb'\N{}', rb'\Nx', rb'\N{BULLET', rb'\N', rb'\N{bullet}']:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace']:
        try:
            print(raw, errors, ascii(raw.decode('unicode_escape', errors)))
        except UnicodeDecodeError as e:
            print(raw, errors, 'UnicodeDecodeError', e.start, e.end, e.reason)

dec = codecs.getincrementaldecoder('unicode_escape')()
print(ascii(dec.decode(b'x\\N{BUL')), ascii(dec.decode(b'LET}y', final=True)))
print(ascii('\\N{SNOWMAN}'.encode().decode('unicode_escape')))
