"""A small Markdown-to-HTML renderer: block parsing, inline regexes with callbacks, a table of contents."""
import html
import re
import textwrap
import unicodedata
from collections import Counter

DOC = """\
# Getting *Started* with `mdlite`

Welcome to **mdlite**, a _tiny_ renderer. Visit [the docs](https://example.org/docs?a=1&b=2) or
<https://example.org>. Escaped \\*stars\\* stay literal; so does 2 * 3 * 4.

## Lists & Code

- first item with `code <b>`
- second item, **bold _and_ italic**
  continued on the next line
- third ~~struck~~ item

1. one
2. two
10. ten

```python
def greet(name):
    return f"<hello {name}>"
```

> A quote with *emphasis*
> across two lines.

## Tables — and Ünïcödé headings!

| Name  | Qty | Price |
|-------|----:|------:|
| Apple |   3 |  0.50 |
| Pear  |  12 |  1.25 |

---
Final paragraph with a footnote[^1] and an image ![logo](logo.png "The Logo").

[^1]: The footnote text.
"""

INLINE = [
    (re.compile(r"`([^`]+)`"), lambda m: f"<code>{html.escape(m.group(1))}</code>"),
    (re.compile(r"!\[([^\]]*)\]\(([^)\s]+)(?:\s+\"([^\"]*)\")?\)"),
     lambda m: f'<img src="{m[2]}" alt="{m[1]}"' + (f' title="{m[3]}"' if m[3] else "") + ">"),
    (re.compile(r"\[([^\]]+)\]\(([^)]+)\)"), lambda m: f'<a href="{html.escape(m[2])}">{m[1]}</a>'),
    (re.compile(r"<(https?://[^>]+)>"), lambda m: f'<a href="{m[1]}">{m[1]}</a>'),
    (re.compile(r"\*\*(.+?)\*\*"), r"<strong>\1</strong>"),
    (re.compile(r"(?<![\w\\])[*_](?=\S)(.+?)(?<=\S)[*_](?!\w)"), r"<em>\1</em>"),
    (re.compile(r"~~(.+?)~~"), r"<del>\1</del>"),
    (re.compile(r"\[\^(\w+)\]"), r'<sup id="fnref-\1"><a href="#fn-\1">\1</a></sup>'),
    (re.compile(r"\\([*_`\\])"), r"\1"),
]


def slugify(text):
    text = unicodedata.normalize("NFKD", text)
    text = text.encode("ascii", "ignore").decode()
    text = re.sub(r"[^\w\s-]", "", text).strip().lower()
    return re.sub(r"[-\s]+", "-", text)


def inline(text):
    placeholders = []

    def stash(m):
        placeholders.append(m.group(0))
        return f"\x00{len(placeholders) - 1}\x00"

    text = re.sub(r"`[^`]+`", stash, text)
    text = html.escape(text, quote=False).replace("&lt;http", "<http").replace("&gt;", ">")
    text = re.sub(r"\x00(\d+)\x00", lambda m: placeholders[int(m[1])], text)
    for pattern, repl in INLINE:
        text = pattern.sub(repl, text)
    return text


def render(md):
    out, toc = [], []
    lines = md.splitlines()
    i = 0
    para = []

    def flush():
        if para:
            out.append("<p>" + inline(" ".join(para)) + "</p>")
            para.clear()

    while i < len(lines):
        line = lines[i]
        if m := re.match(r"(#{1,6})\s+(.*)", line):
            flush()
            level, title = len(m[1]), m[2].strip()
            slug = slugify(re.sub(r"[*_`]", "", title))
            toc.append((level, slug, title))
            out.append(f'<h{level} id="{slug}">{inline(title)}</h{level}>')
        elif line.startswith("```"):
            flush()
            lang = line[3:].strip()
            body = []
            i += 1
            while not lines[i].startswith("```"):
                body.append(lines[i])
                i += 1
            cls = f' class="lang-{lang}"' if lang else ""
            out.append(f"<pre><code{cls}>" + html.escape("\n".join(body)) + "</code></pre>")
        elif re.match(r"\s*[-*]\s", line) or re.match(r"\d+\.\s", line):
            flush()
            ordered = bool(re.match(r"\d", line))
            items = []
            while i < len(lines) and (re.match(r"\s*([-*]|\d+\.)\s", lines[i]) or lines[i].startswith("  ")):
                if lines[i].startswith("  ") and items:
                    items[-1] += " " + lines[i].strip()
                else:
                    items.append(re.sub(r"^\s*([-*]|\d+\.)\s+", "", lines[i]))
                i += 1
            i -= 1
            tag = "ol" if ordered else "ul"
            out.append(f"<{tag}>" + "".join(f"<li>{inline(t)}</li>" for t in items) + f"</{tag}>")
        elif line.startswith(">"):
            flush()
            quote = []
            while i < len(lines) and lines[i].startswith(">"):
                quote.append(lines[i].lstrip("> "))
                i += 1
            i -= 1
            out.append("<blockquote>" + inline(" ".join(quote)) + "</blockquote>")
        elif line.startswith("|"):
            flush()
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append([c.strip() for c in lines[i].strip("|").split("|")])
                i += 1
            i -= 1
            aligns = ["right" if c.endswith(":") else "left" for c in rows[1]]
            head = "".join(f"<th>{inline(c)}</th>" for c in rows[0])
            body = "".join("<tr>" + "".join(f'<td align="{a}">{inline(c)}</td>' for c, a in zip(r, aligns)) + "</tr>" for r in rows[2:])
            out.append(f"<table><tr>{head}</tr>{body}</table>")
        elif re.fullmatch(r"-{3,}", line):
            flush()
            out.append("<hr>")
        elif m := re.match(r"\[\^(\w+)\]:\s*(.*)", line):
            flush()
            out.append(f'<div class="fn" id="fn-{m[1]}">{inline(m[2])}</div>')
        elif not line.strip():
            flush()
        else:
            para.append(line.strip())
        i += 1
    flush()
    return out, toc


blocks, toc = render(DOC)
for b in blocks:
    print(b)
print("--- toc ---")
for level, slug, title in toc:
    print("  " * (level - 1) + f"- [{title}](#{slug})")
words = Counter(w.lower() for w in re.findall(r"[^\W\d_]+", DOC))
print(words.most_common(5))
print(textwrap.fill(re.sub(r"<[^>]+>", "", blocks[1]), 50))
print(re.findall(r"(?m)^(#+) (.+)$", DOC)[:2], re.search(r"(?s)```(\w+)\n(.*?)```", DOC).group(1))
print(re.split(r"\s*\|\s*", "| a | b |c|"), re.sub(r"(?i)MDLITE", lambda m: m[0].swapcase(), "mdLite MDLITE"))
print(unicodedata.name("Ü"), unicodedata.category("—"), unicodedata.normalize("NFC", "U\u0308") == "Ü", slugify("Ünïcödé — Tables!"))
