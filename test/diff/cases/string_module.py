# The string module (constants, Template, Formatter, capwords) and textwrap, which real programs use to
# lay out text.
import string
import textwrap

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("constants", lambda: (string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits))
show("punctuation whitespace", lambda: (string.punctuation, string.whitespace, len(string.printable)))
show("capwords", lambda: (string.capwords("hello   wide  world"), string.capwords("a-b c-d", "-")))
t = string.Template("$who likes ${what}s, costs $$5")
show("template", lambda: t.substitute(who="Tim", what="apple"))
show("template missing", lambda: t.substitute(who="Tim"))
show("safe_substitute", lambda: t.safe_substitute(who="Tim"))
show("template bad placeholder", lambda: string.Template("$1abc").substitute())
show("template identifiers", lambda: (t.get_identifiers(), t.is_valid()))
show("Formatter", lambda: string.Formatter().format("{0}-{name}", 1, name="x"))
show("Formatter parse", lambda: list(string.Formatter().parse("a{0:>3}b{x!r}")))
show("caesar", lambda: "Hello, World".translate(str.maketrans(string.ascii_letters, string.ascii_lowercase[3:] + string.ascii_lowercase[:3] + string.ascii_uppercase[3:] + string.ascii_uppercase[:3])))
text = "The quick brown fox jumps over the lazy dog. " * 3
show("wrap", lambda: textwrap.wrap(text, 30))
show("fill", lambda: textwrap.fill("one two three four five six seven", width=12))
show("shorten", lambda: textwrap.shorten(text, width=40, placeholder=" [...]"))
show("dedent", lambda: textwrap.dedent("""
    def f():
        return 1
    """))
show("indent", lambda: textwrap.indent("a\nb\n\nc", "> "))
show("wrap long word", lambda: textwrap.wrap("supercalifragilistic word", 8))
