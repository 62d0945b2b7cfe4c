"""Format a plain-text document: wrap paragraphs, render a Markdown subset to HTML, diff revisions, pretty-print data."""
import difflib
import html
import pprint
import re
import string
import textwrap
import unicodedata

DOC = """\
# Release notes  v2.1

The   *quick* brown fox jumps over the **lazy** dog; it's a classic pangram used for
testing fonts & keyboards.  Visit <https://example.org/fox?a=1&b=2> or see `fox.jump()`.

## Changes

- Fixed a crash when the input contained tabs\tand other whitespace.
- Added `--width` option (default: 72).
  Continued line for the same item.
- Improved "smart" quotes -> “curly” ones, plus dashes — and ellipses…

> Quoted text that is long enough to need wrapping when it is rendered into the narrow column output format.

1. first
2. second with [a link](http://x.test/?q=<b>&r="s")
3. third

    code block line 1
    code block  <line 2>

Naïve café résumé — ﬁnal Ⅻ ½ ＡＢＣ.
"""


def inline(text):
    # Order matters: escape first, then add tags, with callbacks for links and code spans.
    codes = []

    def stash(m):
        codes.append("<code>" + html.escape(m.group(1)) + "</code>")
        return f"\x00{len(codes) - 1}\x00"

    text = re.sub(r"`([^`]+)`", stash, text)
    text = html.escape(text, quote=False)
    text = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", text)
    text = re.sub(r"(?<!\*)\*(?!\*)(.+?)\*", r"<em>\1</em>", text)
    text = re.sub(r"\[([^\]]+)\]\(([^)]+)\)",
                  lambda m: '<a href="%s">%s</a>' % (html.escape(html.unescape(m[2])), m[1]), text)
    text = re.sub(r"&lt;(https?://[^&\s]+(?:&amp;[^&\s]+)*)&gt;", r'<a href="\1">\1</a>', text)
    return re.sub(r"\x00(\d+)\x00", lambda m: codes[int(m[1])], text)


def to_html(doc):
    out = []
    blocks = re.split(r"\n\s*\n", doc.strip("\n"))
    for block in blocks:
        lines = block.split("\n")
        if m := re.match(r"(#{1,6})\s+(.*)", block):
            level = len(m[1])
            slug = re.sub(r"[^\w]+", "-", m[2].lower()).strip("-")
            out.append(f'<h{level} id="{slug}">{inline(m[2].strip())}</h{level}>')
        elif all(ln.startswith("    ") for ln in lines):
            out.append("<pre>" + html.escape(textwrap.dedent(block)) + "</pre>")
        elif lines[0].startswith("- "):
            items, cur = [], None
            for ln in lines:
                if ln.startswith("- "):
                    cur = [ln[2:]]
                    items.append(cur)
                else:
                    cur.append(ln.strip())
            out.append("<ul>" + "".join(f"<li>{inline(' '.join(i))}</li>" for i in items) + "</ul>")
        elif re.match(r"\d+\. ", lines[0]):
            out.append("<ol>" + "".join("<li>%s</li>" % inline(re.sub(r"^\d+\.\s*", "", ln)) for ln in lines) + "</ol>")
        elif block.startswith(">"):
            out.append("<blockquote>" + inline(" ".join(ln.lstrip("> ") for ln in lines)) + "</blockquote>")
        else:
            out.append("<p>" + inline(" ".join(lines)) + "</p>")
    return "\n".join(out)


print(to_html(DOC))
print("-" * 40)

para = " ".join(DOC.split("\n\n")[1].split())
for width in (30, 45):
    print(textwrap.fill(para, width=width))
    print()
w = textwrap.TextWrapper(width=38, initial_indent="  * ", subsequent_indent="    ", break_long_words=True,
                         fix_sentence_endings=True, max_lines=4, placeholder=" [...]")
print("\n".join(w.wrap(para + " Another sentence.  And supercalifragilisticexpialidocious-hyphenated-words too.")))
w2 = textwrap.TextWrapper(width=12, break_on_hyphens=False, break_long_words=False, expand_tabs=True, tabsize=4)
print(w2.wrap("well-known\tstate-of-the-art abcdefghijklmnopqrstuvwxyz x"))
w3 = textwrap.TextWrapper(width=10, drop_whitespace=False, replace_whitespace=False)
print(w3.wrap("aaa  bbb\tccc   ddd eee"))
print(repr(textwrap.shorten("The quick brown fox jumps over the lazy dog", width=25, placeholder="...")))
print(textwrap.indent("one\n\ntwo\n  three\n", "> "), end="")
print(textwrap.indent("one\n\ntwo\n", "+ ", predicate=lambda ln: True), end="")
print(repr(textwrap.dedent("    a\n      b\n\t\n    c\n")), repr(textwrap.dedent("  x\n\ty\n")))
print(repr("a\tbc\tdef\tg".expandtabs()), repr("a\tbc\r\n\tx".expandtabs(4)))

# Unicode handling in text reports
tail = DOC.strip().splitlines()[-1]
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    n = unicodedata.normalize(form, tail)
    print(form, len(n), ascii(n)[:70], unicodedata.is_normalized(form, tail))
print([unicodedata.name(c, "?") for c in "é—½Ⅻ"], unicodedata.category("Ⅻ"), unicodedata.numeric("½"), unicodedata.decimal("٣"))
print("".join(c for c in unicodedata.normalize("NFKD", "Crème brûlée") if not unicodedata.combining(c)))
print("ß".upper(), "ǅ".lower(), "ǆ".title(), "ﬁ".upper(), "İ".lower().encode("unicode_escape"), "ΣΑΣ".lower(), "straße".casefold())
print(html.escape("<a href='x'>\"&\"</a>"), html.unescape("&lt;&#x41;&#66;&amp;&eacute;&notanentity;&ampx &copy2024 &#0;&#x110000;"))

# Diff two revisions of the notes
old = DOC.splitlines()
new = [ln.replace("72", "80").replace("classic", "famous") for ln in old if "third" not in ln] + ["4. fourth"]
for ln in difflib.unified_diff(old, new, "notes-v1", "notes-v2", n=1, lineterm=""):
    print(ln)
sm = difflib.SequenceMatcher(None, "the lazy dog sleeps", "the crazy dogs sleep")
print(round(sm.ratio(), 4), sm.get_matching_blocks()[:4])
for op in sm.get_opcodes():
    print("  ", op)
print(difflib.get_close_matches("wdith", ["width", "with", "widths", "depth", "wdt"], n=3, cutoff=0.5))
print(list(difflib.ndiff(["one\n", "two\n", "three\n"], ["one\n", "tree\n", "three\n", "four\n"])))

# pprint of nested data
stats = {"words": sorted(set(re.findall(r"[a-z]+", DOC.lower())))[:25], "counts": {c: DOC.count(c) for c in "aeiou"},
         "nested": [(i, {"sq": i * i, "tags": ["x" * i]}) for i in range(1, 5)], "empty": {}, "t": (1,)}
pprint.pprint(stats, width=60, compact=True)
pprint.pprint(stats["nested"], width=40, depth=2)
print(pprint.pformat(list(range(30)), width=40, indent=2))
print(pprint.pformat({"b": 1, "a": [1, 2]}, sort_dicts=False), pprint.saferepr([1, [2, [3]]]), pprint.isreadable({"a": 1}))
pprint.pp({"z": "long string " * 6, "a": 1}, width=50)

# string module helpers
tmpl = string.Template("$title: ${count} items for $$${price}")
print(tmpl.substitute(title="Notes", count=3, price="9.99"), tmpl.safe_substitute(title="X"), tmpl.get_identifiers(), tmpl.is_valid())
print(string.capwords("  hello   wORLD-wide\tweb "), string.capwords("a-b-c", "-"))
fmt = string.Formatter()
print(fmt.format("{0:>{1}}|{name!r:^9}|{0[1]}", "abc", 6, name="n"), list(fmt.parse("a{0}b{x:>3}c{{}}")))
print("{:-^30}".format(" END "), "%-8s|%8.3f|%+05d|%x|%o|%e|%c|%r" % ("ab", 3.14159, 42, 255, 8, 12345.678, 65, "q"))
