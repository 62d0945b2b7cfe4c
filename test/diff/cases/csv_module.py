# The csv module (csv.py over the _csv C module): reading and writing with dialects, quoting modes,
# escapes, DictReader/DictWriter, the dialect registry, field_size_limit and the errors _csv raises.
import csv
import io
import os


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def read(text, **kw):
    return list(csv.reader(io.StringIO(text, newline=''), **kw))


def write(rows, **kw):
    s = io.StringIO()
    w = csv.writer(s, **kw)
    for r in rows:
        w.writerow(r)
    return s.getvalue()


# ---- reading ----
show('basic', lambda: read('a,b,c\r\n1,2,3\r\n'))
show('lf', lambda: read('a,b\n1,2\n'))
show('cr', lambda: read('a,b\r1,2\r'))
show('no final newline', lambda: read('a,b\n1,2'))
show('quoted', lambda: read('"a,b",c\n"x""y",z\n'))
show('quoted newline', lambda: read('"line1\nline2",b\n'))
show('empty fields', lambda: read(',,\n,\n'))
show('empty lines', lambda: read('a\n\nb\n'))
show('list input', lambda: list(csv.reader(['a,b', 'c,"d"'])))
show('spaces', lambda: read('a, b , c\n'))
show('skipinitialspace', lambda: read('a, b,  "c, d"\n', skipinitialspace=True))
show('skipinitialspace only spaces', lambda: read('a,  ,b\n', skipinitialspace=True))
show('delimiter tab', lambda: read('a\tb\tc\n', delimiter='\t'))
show('excel-tab', lambda: read('a\tb\n', dialect='excel-tab'))
show('quotechar', lambda: read("'a,b',c\n", quotechar="'"))
show('escapechar', lambda: read('a\\,b,c\n', escapechar='\\'))
show('escape in quotes', lambda: read('"a\\"b",c\n', escapechar='\\', doublequote=False))
show('escape at eol', lambda: read('a\\\nb,c\n', escapechar='\\'))
show('no doublequote', lambda: read('"a"b,c\n', doublequote=False))
show('quote mid field', lambda: read('ab"c"d,e\n'))
show('quote after quote', lambda: read('"ab"c,d\n'))
show('quote none', lambda: read('"a",b\n', quoting=csv.QUOTE_NONE))
show('nonnumeric', lambda: read('1,"2",3.5,\n', quoting=csv.QUOTE_NONNUMERIC))
show('nonnumeric bad', lambda: read('1,abc\n', quoting=csv.QUOTE_NONNUMERIC))
show('strings', lambda: read('1,"2",,""\n', quoting=csv.QUOTE_STRINGS))
show('notnull', lambda: read('1,"2",,""\n', quoting=csv.QUOTE_NOTNULL))
show('all read', lambda: read('1,"2",,""\n', quoting=csv.QUOTE_ALL))
show('strict ok', lambda: read('"a",b\n', strict=True))
show('strict bad', lambda: read('"a"b,c\n', strict=True))
show('strict eof', lambda: read('"abc', strict=True))
show('nonstrict eof', lambda: read('"abc'))
show('eof in quoted after newline', lambda: read('"abc\n'))
show('newline in unquoted', lambda: list(csv.reader(['a\nb,c\n'])))
show('bytes input', lambda: list(csv.reader([b'a,b'])))
show('NUL', lambda: read('a\0b,c\n'))
show('unicode', lambda: read('é,ü,"漢字"\n😀,x\n'))
show('not iterable', lambda: csv.reader(5))
show('no args', lambda: csv.reader())
show('too many args', lambda: csv.reader([], 'excel', 3))

r = csv.reader(io.StringIO('a,b\n"c\nd",e\nf\n'))
for row in r:
    print('line_num', r.line_num, row)
print('reader dialect', r.dialect.delimiter, r.dialect.quoting, type(r).__name__, type(r).__module__)
show('reader iter is self', lambda: iter(r) is r)

# ---- writing ----
show('w basic', lambda: write([['a', 'b'], [1, 2.5, None]]))
show('w quote needed', lambda: write([['a,b', 'c"d', 'e\nf', 'g\rh', ' sp ']]))
show('w all', lambda: write([['a', 1, None, '']], quoting=csv.QUOTE_ALL))
show('w nonnumeric', lambda: write([['a', 1, 2.5, None, True]], quoting=csv.QUOTE_NONNUMERIC))
show('w strings', lambda: write([['a', 1, 2.5, None, '']], quoting=csv.QUOTE_STRINGS))
show('w notnull', lambda: write([['a', 1, 2.5, None, '']], quoting=csv.QUOTE_NOTNULL))
show('w none no escape', lambda: write([['a,b']], quoting=csv.QUOTE_NONE))
show('w none escape', lambda: write([['a,b', 'c"d']], quoting=csv.QUOTE_NONE, escapechar='\\'))
show('w none quotechar none', lambda: write([['a', 'b']], quoting=csv.QUOTE_NONE, quotechar=None))
show('w escape nodoublequote', lambda: write([['a"b']], doublequote=False, escapechar='\\'))
show('w nodoublequote no escape', lambda: write([['a"b']], doublequote=False))
show('w escapechar in data', lambda: write([['a\\b']], escapechar='\\'))
show('w lineterminator', lambda: write([['a', 'b']], lineterminator='\n'))
show('w lineterm char', lambda: write([['a!b']], lineterminator='!'))
show('w single empty', lambda: write([['']]))
show('w single None', lambda: write([[None]]))
show('w empty row', lambda: write([[]]))
show('w single empty none', lambda: write([['']], quoting=csv.QUOTE_NONE))
show('w single None strings', lambda: write([[None]], quoting=csv.QUOTE_STRINGS))
show('w single None notnull', lambda: write([[None]], quoting=csv.QUOTE_NOTNULL))
show('w space delim', lambda: write([['', 'a', ' b']], delimiter=' ', skipinitialspace=True))
show('w space delim none', lambda: write([['', 'a']], delimiter=' ', skipinitialspace=True, quoting=csv.QUOTE_NONE, escapechar='\\'))
show('w leading space skip', lambda: write([[' a', 'b']], skipinitialspace=True))
show('w string row', lambda: write(['abc']))
show('w tuple/gen', lambda: write([(x * 2 for x in range(3))]))
show('w not iterable', lambda: write([5]))
show('w unicode', lambda: write([['é', '😀,x']]))
show('w tab', lambda: write([['a\tb', 'c']], dialect='excel-tab'))
show('w unix', lambda: write([['a', 1]], dialect='unix'))
show('w float repr', lambda: write([[0.1, 1e20, 1.0, -0.0, float('inf')]]))
s = io.StringIO()
w = csv.writer(s)
print('writerow returns', w.writerow(['x', 'y']))
print('writerows returns', w.writerows([[1], [2, 3]]))
print(repr(s.getvalue()))
print('writer dialect', w.dialect.lineterminator.encode(), type(w).__name__)
show('writer no write', lambda: csv.writer(5))
show('writer write not callable', lambda: csv.writer(type('W', (), {'write': 3})()))

class Bad:
    def __str__(self):
        raise ValueError('no str')

show('w str raises', lambda: write([['a', Bad()]]))


class Out:
    def write(self, line):
        print('write called', repr(line))
        return 42

print('custom writer', csv.writer(Out()).writerow([1, 'a b']))

# ---- dialect objects ----
d = csv.get_dialect('excel')
print('excel', d.delimiter, repr(d.quotechar), d.escapechar, d.doublequote, d.skipinitialspace,
      repr(d.lineterminator), d.quoting, d.strict, type(d).__name__)
show('dialect setattr', lambda: setattr(d, 'delimiter', ';'))
show('list_dialects', lambda: sorted(csv.list_dialects()))
csv.register_dialect('semi', delimiter=';', quoting=csv.QUOTE_ALL)
show('semi read', lambda: read('a;"b;c"\n', dialect='semi'))
show('semi write', lambda: write([['a', 1]], dialect='semi'))
show('semi override', lambda: write([['a', 1]], dialect='semi', quoting=csv.QUOTE_MINIMAL))
show('get semi', lambda: (csv.get_dialect('semi').delimiter, csv.get_dialect('semi').quoting))
csv.unregister_dialect('semi')
show('unregister again', lambda: csv.unregister_dialect('semi'))
show('get unknown', lambda: csv.get_dialect('nope'))
show('reader unknown dialect', lambda: csv.reader([], dialect='nope'))
show('register non-str', lambda: csv.register_dialect(1))
show('register bad kw', lambda: csv.register_dialect('x', foo=1))


class MyDialect(csv.Dialect):
    delimiter = '|'
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL

csv.register_dialect('mine', MyDialect)
show('mine write', lambda: write([["a|b", "c'd", 'e']], dialect='mine'))
show('mine read', lambda: read("'a|b'|'c''d'|e\n", dialect='mine'))
show('class dialect', lambda: write([['a|b']], dialect=MyDialect))
show('instance dialect', lambda: write([['a|b']], dialect=MyDialect()))
show('dialect obj reuse', lambda: csv.reader([], dialect=d).dialect is d)
csv.unregister_dialect('mine')


class Incomplete(csv.Dialect):
    delimiter = ','

show('incomplete dialect', lambda: Incomplete())

# ---- dialect validation errors ----
for kw in [
    dict(delimiter=''), dict(delimiter='ab'), dict(delimiter=None), dict(delimiter=1),
    dict(delimiter='\n'), dict(delimiter=' '), dict(quotechar='ab'), dict(quotechar=1),
    dict(quotechar=None), dict(quotechar=None, quoting=csv.QUOTE_ALL), dict(escapechar='ab'),
    dict(escapechar=1), dict(quoting=99), dict(quoting='1'), dict(quoting=1.0), dict(lineterminator=1),
    dict(lineterminator=None), dict(delimiter='"'), dict(escapechar=','), dict(escapechar='"'),
    dict(quotechar='\r'), dict(delimiter='\r'), dict(escapechar='\n'), dict(delimiter=';', lineterminator=';'),
    dict(quotechar=' '), dict(quotechar=' ', skipinitialspace=True), dict(escapechar=' '),
    dict(doublequote=0), dict(strict=[]), dict(skipinitialspace='yes'), dict(bogus=1),
]:
    try:
        w = csv.writer(io.StringIO(), **kw)
        dd = w.dialect
        print('ok', kw, repr(dd.delimiter), repr(dd.quotechar), repr(dd.escapechar), dd.quoting,
              dd.doublequote, dd.skipinitialspace, dd.strict)
    except Exception as e:
        print('err', kw, type(e).__name__, e)

show('Dialect direct', lambda: csv.Dialect())
show('_Dialect kw', lambda: (csv.excel().delimiter, csv.unix_dialect.quoting))

# ---- field_size_limit ----
print('limit', csv.field_size_limit())
print('set', csv.field_size_limit(10))
show('too big', lambda: read('a' * 11 + '\n'))
show('just fits', lambda: read('a' * 10 + '\n'))
show('quoted too big', lambda: read('"' + 'b' * 11 + '"\n'))
print('restore', csv.field_size_limit(new_limit=131072))
show('limit bad', lambda: csv.field_size_limit('x'))
show('limit 2 args', lambda: csv.field_size_limit(1, 2))
print('limit now', csv.field_size_limit())

# ---- DictReader / DictWriter ----
text = 'name,age\r\nann,30\r\nbob,25,extra\r\ncy\r\n'
for row in csv.DictReader(io.StringIO(text)):
    print('dict row', row)
dr = csv.DictReader(io.StringIO('a,b\n1,2\n'), fieldnames=['x', 'y'], restkey='r', restval='?')
print('fieldnames', dr.fieldnames, list(dr))
s = io.StringIO()
dw = csv.DictWriter(s, fieldnames=['name', 'age'], restval='n/a')
dw.writeheader()
dw.writerow({'name': 'ann', 'age': 30})
dw.writerows([{'name': 'bob'}, {'age': 5, 'name': 'c,d'}])
print(repr(s.getvalue()))
show('dictwriter extra', lambda: dw.writerow({'name': 'x', 'zzz': 1}))
dw2 = csv.DictWriter(io.StringIO(), fieldnames=['a'], extrasaction='ignore')
print('ignore', dw2.writerow({'a': 1, 'b': 2}))
show('extrasaction bad', lambda: csv.DictWriter(io.StringIO(), ['a'], extrasaction='x'))

# ---- a real file ----
path = 'csv_module_tmp.csv'
with open(path, 'w', newline='') as f:
    w = csv.writer(f)
    w.writerow(['id', 'text'])
    w.writerows([[1, 'hello, world'], [2, 'multi\nline'], [3, 'quote "x"']])
with open(path, newline='') as f:
    print('raw', repr(f.read()))
with open(path, newline='') as f:
    for row in csv.reader(f):
        print('file row', row)
with open(path, newline='') as f:
    print('dicts', [dict(r) for r in csv.DictReader(f)])
os.remove(path)

# ---- Sniffer ----
sn = csv.Sniffer()
sample = 'a;b;c\n1;2;3\n4;5;6\n'
dia = sn.sniff(sample)
print('sniff', dia.delimiter, sn.has_header('name;age\nann;30\nbob;25\n'))

# ---- Error ----
print('Error', csv.Error.__module__, csv.Error.__mro__[1].__name__)
print('QUOTE', csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.QUOTE_STRINGS,
      csv.QUOTE_NOTNULL)
print('types', csv.reader.__name__ if hasattr(csv.reader, '__name__') else None, csv.Dialect.__name__)
import _csv
print('_csv', _csv.Dialect.__module__, _csv.Dialect.__name__, _csv.Error is csv.Error)
show('_csv.Dialect kw', lambda: _csv.Dialect(delimiter=';').delimiter)
show('_csv.Dialect from str', lambda: _csv.Dialect('excel-tab').delimiter)
show('_csv.Dialect positional', lambda: _csv.Dialect('excel', 'x').delimiter)
show('_csv.Dialect bad kw', lambda: _csv.Dialect(foo=1))
show('_csv.Dialect no args', lambda: _csv.Dialect().quoting)
for kw in [dict(quoting=None), dict(quoting=True), dict(lineterminator=''), dict(escapechar=None),
           dict(quoting=csv.QUOTE_NONE, quotechar=None, escapechar='\\')]:
    try:
        dd = _csv.Dialect(**kw)
        print('ok2', kw, dd.quoting, repr(dd.lineterminator), dd.escapechar)
    except Exception as e:
        print('err2', kw, type(e).__name__, e)
class Sub(str):
    pass
show('str subclass delim', lambda: _csv.Dialect(delimiter=Sub(';')).delimiter)
show('reader kwargs only', lambda: list(csv.reader(['a;b'], delimiter=';')))
show('writer dialect kw', lambda: csv.writer(io.StringIO(), dialect='excel-tab').dialect.delimiter)
show('reader bad kw', lambda: csv.reader([], foo=1))
show('reader doublequote escapes', lambda: read('"a""b",c\n', doublequote=True, escapechar='\\'))
show('reader strict quote none', lambda: read('a"b,c\n', quoting=csv.QUOTE_NONE, strict=True))
show('crlf inside quotes', lambda: read('"a\r\nb",c\r\n'))
show('escaped crlf', lambda: read('a\\\r\nb\r\n', escapechar='\\'))
show('quote then space', lambda: read('"a" ,b\n'))
show('skip then quote', lambda: read('a,  "b"\n', skipinitialspace=True))
show('trailing delim', lambda: read('a,b,\n'))
show('notnull write empty', lambda: write([['', None, 'x']], quoting=csv.QUOTE_NOTNULL))
show('nonnumeric write decimal', lambda: write([[__import__('fractions').Fraction(1, 3), 1j, b'x']], quoting=csv.QUOTE_NONNUMERIC))
show('writerows not iterable', lambda: csv.writer(io.StringIO()).writerows(5))
show('writerows bad row', lambda: csv.writer(io.StringIO()).writerows([[1], 5]))
show('writerow no args', lambda: csv.writer(io.StringIO()).writerow())
show('line_num set', lambda: setattr(csv.reader([]), 'line_num', 3))
show('reader type call', lambda: type(csv.reader([]))([]))
show('dialect repr type', lambda: type(csv.get_dialect('excel')))
show('field limit neg', lambda: (csv.field_size_limit(-1), csv.field_size_limit(131072)))
show('field limit big', lambda: csv.field_size_limit(2**70))
show('field limit kw bad', lambda: csv.field_size_limit(limit=3))
show('register dialect and kw', lambda: (csv.register_dialect('t2', 'excel', delimiter='|'), csv.get_dialect('t2').delimiter, csv.unregister_dialect('t2')))
show('register too many', lambda: csv.register_dialect('a', 'excel', 3))
show('register none', lambda: csv.register_dialect())
show('unregister args', lambda: csv.unregister_dialect())
show('get_dialect args', lambda: csv.get_dialect(1))
