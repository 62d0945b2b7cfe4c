# A sales report that is careful about locales: it reads the process locale, pins LC_NUMERIC to C
# while formatting machine-readable numbers, sorts names with the collation functions, and prints a
# calendar with the C locale's day names. Only what every C/C.UTF-8 system agrees on is printed.
import calendar
import functools
import locale

print('start locale:', locale.getlocale(), locale.getlocale(locale.LC_CTYPE))
print('numeric/time:', locale.getlocale(locale.LC_NUMERIC), locale.getlocale(locale.LC_TIME))
print('encoding:', locale.getencoding(), locale.getpreferredencoding(False), locale.getpreferredencoding())
print('ctype name:', locale.setlocale(locale.LC_CTYPE))
for cat in ('LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY', 'LC_MESSAGES'):
    print(f'  {cat:12} {locale.setlocale(getattr(locale, cat))!r}')
print('categories:', locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE, locale.LC_MONETARY, locale.LC_MESSAGES, locale.LC_ALL)
print('CHAR_MAX', locale.CHAR_MAX, 'Error is', locale.Error.__module__ + '.' + locale.Error.__name__, issubclass(locale.Error, Exception))

conv = locale.localeconv()
for key in sorted(conv):
    print(f'  {key:18} {conv[key]!r}')

old = locale.setlocale(locale.LC_NUMERIC)
print('set numeric C ->', locale.setlocale(locale.LC_NUMERIC, 'C'), '| was', old)
sales = {'north': 1234567.891, 'south': 98765.4321, 'east': 0.5, 'west': -4321.0}
for region, amount in sorted(sales.items()):
    print(f'{region:6}', locale.format_string('%12.2f', amount, grouping=True), locale.format_string('%d', int(amount), grouping=True),
          locale.str(amount), locale.localize(f'{amount:.3f}', grouping=True))
print(locale.format_string('%s has %d items costing %.1f', ('cart', 3, 9.95)))
print(locale.format_string('%(a)s-%(b).2f', {'a': 'x', 'b': 2.5}))
print(locale.atof('1234.5'), locale.atoi('-42'), locale.delocalize('3.14'), locale.atof('2e3', func=int) if False else locale.atof('2e3'))
for bad in ('12,5', 'abc', ''):
    try:
        print(locale.atof(bad))
    except ValueError as e:
        print('ValueError', e)
try:
    locale.currency(12.5)
except ValueError as e:
    print('ValueError', e)
locale.setlocale(locale.LC_NUMERIC, old)

names = ['émile', 'Zoë', 'adam', 'Åsa', 'bob', 'Bob', 'zed', 'Ørjan', '😀smile', '\uffffend', 'a', '']
print(sorted(names, key=functools.cmp_to_key(locale.strcoll)))
print(sorted(names, key=locale.strxfrm))
print([locale.strcoll(a, b) for a, b in [('a', 'b'), ('b', 'a'), ('x', 'x'), ('ab', 'a'), ('', 'a'), ('\U0001F600', '\uffff')]])
print(repr(locale.strxfrm('Straße')))
for call in (lambda: locale.strcoll('a'), lambda: locale.strcoll(1, 'a'), lambda: locale.strxfrm(None), lambda: locale.strcoll('a\0', 'b')):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

for item in ('D_FMT', 'T_FMT', 'T_FMT_AMPM', 'AM_STR', 'PM_STR', 'RADIXCHAR', 'THOUSEP', 'YESEXPR', 'NOEXPR', 'ERA'):
    print(f'  {item:10} {locale.nl_langinfo(getattr(locale, item))!r}')
print([locale.nl_langinfo(getattr(locale, f'DAY_{i}')) for i in range(1, 8)])
print([locale.nl_langinfo(getattr(locale, f'ABMON_{i}')) for i in range(1, 13)])
print(locale.nl_langinfo(locale.CODESET))
try:
    locale.nl_langinfo(0)
except ValueError as e:
    print('ValueError', e)

print('set all C ->', locale.setlocale(locale.LC_ALL, 'C'), locale.getlocale(), locale.setlocale(locale.LC_TIME))
print('set ctype C.UTF-8 ->', locale.setlocale(locale.LC_CTYPE, 'C.UTF-8'), locale.getlocale(), locale.getencoding())
print('POSIX ->', locale.setlocale(locale.LC_COLLATE, 'POSIX'))
print('tuple ->', locale.setlocale(locale.LC_MONETARY, ('C', None)) if False else locale.setlocale(locale.LC_MONETARY, None))
for bad in (99, -1):
    try:
        locale.setlocale(bad)
    except locale.Error as e:
        print('Error', e)
try:
    locale.setlocale(locale.LC_ALL, 5)
except TypeError as e:
    print('TypeError', e)
try:
    locale.setlocale('x')
except TypeError as e:
    print('TypeError', e)
print(locale.normalize('en_US'), locale.normalize('C.utf8'), locale.normalize('de_DE@euro'), locale._build_localename(('fr_FR', 'UTF-8')))
print(locale.getlocale(locale.LC_CTYPE))

cal = calendar.LocaleTextCalendar(firstweekday=0, locale='C')
print(cal.formatmonth(2025, 2))
print(cal.formatweekheader(3), cal.formatmonthname(2025, 2, 0, withyear=False))
html = calendar.LocaleHTMLCalendar(firstweekday=6, locale='C').formatmonthname(2025, 3)
print(html)
print('time locale restored:', locale.setlocale(locale.LC_TIME))
print(locale.gettext('untranslated'), locale.dgettext(None, 'msg') if hasattr(locale, 'dgettext') else '', locale.textdomain(None) if hasattr(locale, 'textdomain') else '')
