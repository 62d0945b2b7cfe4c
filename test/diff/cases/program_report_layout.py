# A monthly report generator: text wrapping, pretty-printing nested structures, calendars and templates.
import textwrap
import pprint
import calendar
import string

LOREM = ("The quarterly numbers came in above expectations, with the northern region leading growth "
         "for the third consecutive period. Supply issues in the second month delayed two product "
         "launches, but customer retention stayed above ninety percent across all segments.")

print(textwrap.fill(LOREM, width=40))
print('-' * 40)
print(textwrap.fill(LOREM, width=50, initial_indent='  * ', subsequent_indent='    '))
print('-' * 40)
for line in textwrap.wrap(LOREM, width=30, max_lines=4, placeholder=' [more]'):
    print(repr(line))
print(textwrap.shorten(LOREM, width=60))
print(textwrap.shorten('Hello  world!', width=12))
print(textwrap.shorten('Hello world!', width=11, placeholder='...'))
print(textwrap.indent('alpha\n\nbeta\n  gamma\n', '> '))
print(textwrap.indent('alpha\n\nbeta\n', '+ ', predicate=lambda line: True))
print(repr(textwrap.dedent('''
        def f():
            return 1
          # odd
        ''')))
w = textwrap.TextWrapper(width=25, break_long_words=True, expand_tabs=True, tabsize=4,
                         replace_whitespace=True, drop_whitespace=True, fix_sentence_endings=True)
print(w.wrap('Supercalifragilisticexpialidocious is long.\tTabs here. And this is it.'))
w2 = textwrap.TextWrapper(width=12, break_on_hyphens=True)
print(w2.wrap('state-of-the-art well-known thing'))
w3 = textwrap.TextWrapper(width=12, break_on_hyphens=False, break_long_words=False)
print(w3.wrap('state-of-the-art well-known thing'))

report = {
    'region': 'north',
    'quarters': [
        {'q': 1, 'sales': [1200, 1350, 980], 'notes': None},
        {'q': 2, 'sales': [1500, 1620, 1710], 'notes': 'launch delayed'},
    ],
    'managers': {'zoe': {'team': 5, 'rating': 4.5}, 'adam': {'team': 7, 'rating': 3.9}},
    'tags': ('growth', 'retention', 'supply'),
    'matrix': [[i * j for j in range(6)] for i in range(4)],
}
pprint.pprint(report)
print('-' * 40)
pprint.pprint(report, width=60, sort_dicts=False)
print('-' * 40)
pprint.pprint(report, depth=2, compact=True)
print('-' * 40)
pprint.pprint(report['matrix'], width=30, compact=True)
print(pprint.pformat(list(range(40)), width=50, compact=True))
print(pprint.pformat({'long_key_' + str(i): 'value ' * i for i in range(6)}, indent=2))
print(pprint.pformat('a long string ' * 10, width=40))
print(pprint.pformat(b'bytes value ' * 8, width=40))
print(pprint.isreadable(report), pprint.isrecursive(report), pprint.saferepr(report['tags']))
rec = [1, 2]
rec.append(rec)
print(pprint.pformat(rec).startswith("[1, 2, <Recursion on list with id="), pprint.isrecursive(rec), pprint.isreadable(rec))
pprint.pprint({'underscore': 1_000_000}, underscore_numbers=True)
pp = pprint.PrettyPrinter(indent=4, width=20)
pp.pprint({'k': list(range(8))})

cal = calendar.TextCalendar(calendar.MONDAY)
print(cal.formatmonth(2024, 2))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2025, 6, w=3, l=1))
print(cal.formatyear(2023, c=2, m=4))
print(calendar.isleap(2024), calendar.leapdays(2000, 2030), calendar.monthrange(2024, 2), calendar.weekday(2024, 7, 4))
print(list(calendar.day_abbr), list(calendar.month_name)[1:4])
print(cal.monthdayscalendar(2024, 3)[:2])
print(list(cal.itermonthdates(2024, 12))[-3:])
print(calendar.timegm((2024, 1, 1, 0, 0, 0)))
print(calendar.Month.MARCH, calendar.Day.FRIDAY, int(calendar.FEBRUARY))
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print(type(e).__name__, e)
print(calendar.HTMLCalendar().formatmonthname(2024, 5))

tmpl = string.Template('Dear $name, your balance of ${amount} USD is due on $date. $$5 fee applies.')
print(tmpl.substitute(name='Ann', amount='12.50', date='2024-05-01'))
print(tmpl.safe_substitute(name='Bob'))
try:
    tmpl.substitute(name='Cy')
except KeyError as e:
    print('KeyError', e)
try:
    string.Template('bad $ here').substitute()
except ValueError as e:
    print('ValueError', e)
print(tmpl.get_identifiers(), tmpl.is_valid())

class PercentTemplate(string.Template):
    delimiter = '%'
    idpattern = r'[a-z]+'

print(PercentTemplate('%who owes %amount').substitute(who='dan', amount=7))
fmt = string.Formatter()
print(fmt.format('{0:>8}|{name:^9}|{1:.3f}', 'right', 3.14159, name='mid'))
print(list(fmt.parse('a{b}c{d!r:>4}e')))
print(string.capwords('hello   wide world'), string.capwords('a-b-c', '-'))
