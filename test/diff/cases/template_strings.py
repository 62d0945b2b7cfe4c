# Template strings (PEP 750): t"..." literals, string.templatelib.Template and Interpolation, iteration,
# concatenation, conversions and format specs, and a small renderer built on them.
from string.templatelib import Template, Interpolation, convert

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

name = 'World'
n = 42
t = t"Hello {name}! n={n:>5} r={name!r} {n=}"
print(t)
print(t.strings, t.values)
for part in t:
    print(type(part).__name__, repr(part))

def render(template: Template) -> str:
    out = []
    for part in template:
        if isinstance(part, str):
            out.append(part)
        else:
            value = convert(part.value, part.conversion)
            out.append(format(value, part.format_spec))
    return ''.join(out)
print(render(t))

def html(template: Template) -> str:
    esc = lambda s: str(s).replace('<', '&lt;').replace('>', '&gt;')
    return ''.join(p if isinstance(p, str) else esc(p.value) for p in template)
evil = '<script>'
print(html(t"<p>{evil}</p>"))

width = 8
show('nested spec', lambda: t"{n:{width}}".interpolations[0].format_spec)
show('empty', lambda: (t"".strings, t"".interpolations, list(t"")))
show('adjacent', lambda: t"{n}{name}".strings)
show('concat', lambda: (t"a{n}" + t"b{name}").strings)
show('concat str', lambda: t"a" + "b")
show('match', lambda: [(v, e) for v, e, c, f in t.interpolations])
show('build', lambda: Template('x', Interpolation(1, 'one'), 'y'))
show('bad part', lambda: Template(3))
show('types', lambda: (type(t).__module__, type(t).__name__, Interpolation.__match_args__))
match t.interpolations[0]:
    case Interpolation(value, expression, conversion, format_spec):
        print('matched', value, expression, conversion, repr(format_spec))
