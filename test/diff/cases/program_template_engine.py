"""A mini templating engine: {{ var|filter }} substitution, {% for %}/{% if %} blocks, plus string.Template."""
import html
import re
import string
from collections import ChainMap
from datetime import date

TOKEN = re.compile(r"({{.*?}}|{%.*?%})", re.S)


class TemplateSyntaxError(Exception):
    pass


FILTERS = {
    "upper": str.upper,
    "lower": str.lower,
    "title": str.title,
    "escape": html.escape,
    "length": len,
    "money": lambda v: f"${v:,.2f}",
    "join": lambda v: ", ".join(map(str, v)),
    "default": lambda v: v if v else "-",
    "pad": lambda v: f"{v!s:<10}|",
}


def resolve(expr, ctx):
    expr = expr.strip()
    if expr.startswith(("'", '"')):
        return expr[1:-1]
    if expr.isdigit():
        return int(expr)
    head, *rest = expr.split(".")
    try:
        value = ctx[head]
    except KeyError:
        raise TemplateSyntaxError(f"undefined variable {head!r}") from None
    for part in rest:
        value = value[part] if isinstance(value, dict) else getattr(value, part)
    return value


def render_expr(expr, ctx):
    name, *filters = [p.strip() for p in expr.split("|")]
    value = resolve(name, ctx)
    for f in filters:
        try:
            value = FILTERS[f](value)
        except KeyError:
            raise TemplateSyntaxError(f"unknown filter {f!r}") from None
    return str(value)


def parse(tokens, until=()):
    nodes = []
    while tokens:
        tok = tokens.pop(0)
        if tok.startswith("{%"):
            words = tok[2:-2].split()
            kw = words[0]
            if kw in until:
                return nodes, kw, words
            if kw == "for":
                if len(words) != 4 or words[2] != "in":
                    raise TemplateSyntaxError(f"bad for tag: {tok}")
                body, end, _ = parse(tokens, ("endfor",))
                nodes.append(("for", words[1], words[3], body))
            elif kw == "if":
                body, end, _ = parse(tokens, ("else", "endif"))
                other = []
                if end == "else":
                    other, _, _ = parse(tokens, ("endif",))
                nodes.append(("if", " ".join(words[1:]), body, other))
            else:
                raise TemplateSyntaxError(f"unknown tag {kw!r}")
        elif tok.startswith("{{"):
            nodes.append(("expr", tok[2:-2]))
        elif tok:
            nodes.append(("text", tok))
    if until:
        raise TemplateSyntaxError(f"missing {'/'.join(until)}")
    return nodes, None, None


def truth(cond, ctx):
    if cond.startswith("not "):
        return not truth(cond[4:], ctx)
    return bool(resolve(cond, ctx))


def render(nodes, ctx):
    out = []
    for node in nodes:
        kind = node[0]
        if kind == "text":
            out.append(node[1])
        elif kind == "expr":
            out.append(render_expr(node[1], ctx))
        elif kind == "for":
            _, var, seq, body = node
            items = resolve(seq, ctx)
            for i, item in enumerate(items):
                loop = {"index": i + 1, "first": i == 0, "last": i == len(items) - 1}
                out.append(render(body, ctx.new_child({var: item, "loop": loop})))
        elif kind == "if":
            _, cond, body, other = node
            out.append(render(body if truth(cond, ctx) else other, ctx))
    return "".join(out)


def render_string(src, **variables):
    nodes, _, _ = parse(TOKEN.split(src))
    return render(nodes, ChainMap(variables, {"today": date(2024, 5, 17)}))


INVOICE = """Invoice for {{ customer.name|title }} ({{ customer.email|lower }})
Date: {{ today }}
{% for item in items %}{{ loop.index }}. {{ item.name|pad }} {{ item.price|money }}{% if loop.last %} <- last{% endif %}
{% endfor %}Items: {{ items|length }}  Tags: {{ tags|join|default }}
{% if vip %}Thank you, valued customer!{% else %}Join our VIP club.{% endif %}
Note: {{ note|escape }}
"""

ctx = dict(
    customer={"name": "ada lovelace", "email": "ADA@Example.ORG"},
    items=[{"name": "widget", "price": 1234.5}, {"name": "gizmo", "price": 0.99}, {"name": "doohickey", "price": 1e6}],
    tags=[],
    vip=True,
    note='<b>"fragile" & heavy</b>',
)
print(render_string(INVOICE, **ctx))
print(render_string("{% if not vip %}no{% else %}yes{% endif %} {{ 'lit' | upper }} {{ 42 }}", vip=False))

for bad in ["{{ nope }}", "{% for x on y %}{% endfor %}", "{% if a %}never closed", "{{ a|frobnicate }}", "{% while %}"]:
    try:
        render_string(bad, a=1)
    except TemplateSyntaxError as e:
        print("TemplateSyntaxError:", e)

t = string.Template("$who likes ${what}s; cost: $$${price}")
print(t.substitute(who="tim", what="kipper", price="3"))
print(t.safe_substitute(who="ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("bad $ sign").substitute()
except ValueError as e:
    print("ValueError", e)
print(t.get_identifiers(), t.is_valid())


class PercentTemplate(string.Template):
    delimiter = "%"
    idpattern = r"[a-z][a-z0-9]*"


print(PercentTemplate("100%% of %user's %{thing}s").substitute(user="bob", thing="cat"))


class Defaulting(dict):
    def __missing__(self, key):
        return f"<{key}?>"


print("{name} is {age} years; {unknown}".format_map(Defaulting(name="Zed", age=33)))
print("{0[x]} {0[y]:>5} {1.real:+.1f} {2!r:^9}".format({"x": 1, "y": "ab"}, 2j + 3, "s"))
fmt = string.Formatter()
print(list(fmt.parse("a{b}c{d!r:>4}{{e}}")))
print(fmt.vformat("{0}-{x}", ("pos",), {"x": "kw"}))
print(string.capwords("hello   wide  world"), string.ascii_letters[:5], string.punctuation[:6])
print(html.unescape("&lt;p&gt; &amp;amp; &#39;q&#39; &eacute;"), html.escape("<a href='x'>", quote=False))
