# stdin: It was the best of times, it was the worst of times,\nit was the age of wisdom, it was the age of foolishness,\nit was the epoch of belief, it was the epoch of incredulity,\nit was the season of Light, it was the season of Darkness,\nit was the spring of hope, it was the winter of despair.\n\nWe had everything before us, we had nothing before us;\nwe were all going direct to Heaven, we were all going direct the other way.\n
# Text statistics read from stdin: word frequencies with Counter, longest words, line and paragraph
# counts, a bigram table, a histogram bar chart, and a justified re-wrap of the text.
import sys
import re
from collections import Counter, defaultdict

text = sys.stdin.read()
lines = text.splitlines()
paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
words = re.findall(r"[a-z']+", text.lower())
print(f"lines={len(lines)} paragraphs={len(paragraphs)} words={len(words)} chars={len(text)} unique={len(set(words))}")
freq = Counter(words)
print("top words:")
for word, count in freq.most_common(8):
    print(f"  {word:<10} {count:>3} {'*' * count}")
print("longest:", sorted(set(words), key=lambda w: (-len(w), w))[:5])
print("hapax count:", sum(1 for c in freq.values() if c == 1))
bigrams = Counter(zip(words, words[1:]))
print("top bigrams:", [" ".join(b) + f"={n}" for b, n in bigrams.most_common(5)])
by_letter = defaultdict(list)
for w in sorted(set(words)):
    by_letter[w[0]].append(w)
print("by first letter:", {k: len(v) for k, v in sorted(by_letter.items())})
lengths = Counter(len(w) for w in words)
print("length histogram:")
for n in range(1, max(lengths) + 1):
    print(f"  {n:2d} | {'#' * lengths[n]}")

def justify(words, width):
    out, line = [], []
    for w in words:
        if line and len(" ".join(line + [w])) > width:
            gaps = len(line) - 1
            spaces = width - sum(len(x) for x in line)
            if gaps == 0:
                out.append(line[0].ljust(width))
            else:
                q, r = divmod(spaces, gaps)
                out.append("".join(x + " " * (q + (i < r)) for i, x in enumerate(line[:-1])) + line[-1])
            line = []
        line.append(w)
    out.append(" ".join(line).ljust(width))
    return out

for row in justify(text.split(), 36):
    print("|" + row + "|")
print("title case first line:", lines[0].title())
print("sentence count:", len(re.findall(r"[.;]", text)))
